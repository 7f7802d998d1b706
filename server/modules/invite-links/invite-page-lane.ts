import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { TrustFunction } from '../../config.js';
import type { FastLane } from '../../http/fast-lanes.js';
import type { GracefulStop } from '../../http/graceful-stop.js';
import { answersAreLogged, logFastAnswer } from '../../http/request-log.js';
import { newStyleNonce, policyAllowingStyleNonce } from '../../http/security-headers.js';
import { type NonceSlottedPage, pageWithNonce } from '../../http/web.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { sha256 } from '../../shared/tokens.js';
import {
  answerAfterSpending,
  clientAddressOf,
  handOverNotes,
  headersForVisitor,
  signedOutCodeRequest,
} from './invite-lane-kit.js';
import { type InviteLookupBudgets, VISITOR_COOKIE, type Visitor, visitorFrom } from './invite-lookup-budgets.js';
import type { InvitePreviewCache } from './invite-preview-cache.js';
import { keptInvitePage } from './invite-unfurl.service.js';

export type InvitePageLaneDependencies = {
  cache: InvitePreviewCache;
  budgets: InviteLookupBudgets;
  /** The session cookie's name: a request that carries one is left to the route, as on the preview's lane. */
  sessionCookieName: string;
  writeVisitorCookie: (visitor: Visitor) => string;
  /** Every answer's security headers, as the first hook sets them on a page. */
  pageHeaders: Record<string, string>;
  trustProxy: TrustFunction | false;
  log: FastifyBaseLogger;
  nextRequestId: () => string;
  stop: Pick<GracefulStop, 'stopping' | 'inFlight'>;
};

/** What the invite page's route adds to every page's headers: the code is a secret, never sent on nor kept. */
export const INVITE_PAGE_HEADERS = {
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'content-type': 'text/html; charset=utf-8',
} as const;

const PAGE_PATH = '/invite/';

/**
 * A page view the lane took and handed to the route, with the refusal its budgets gave and the visitor it read or
 * minted (see `takeHandedOverPageView`).
 */
const handedOver = handOverNotes<{ refusal: unknown; visitor: Visitor }>();

/**
 * The invite page's fast lane (docs/decisions/139-invite-page-fast-lane.md): `GET /invite/:code` from a signed-out
 * browser, for a link whose look-up is cached and that can be used now, once the route has rendered its page for
 * that look-up, answered with the kept page and a fresh style nonce before Fastify routes the request. It spends the
 * same budgets, sends the same headers and writes the same access-log line as the route; everything else goes to
 * the route as before, and so does a view the budgets refuse, which the route answers with the neutral page.
 */
export function invitePageLane(dependencies: InvitePageLaneDependencies): FastLane {
  const { cache, budgets, sessionCookieName, trustProxy, log, nextRequestId, stop } = dependencies;
  const writePage = pageWriter(dependencies.pageHeaders, dependencies.writeVisitorCookie);
  const logsAnswers = answersAreLogged(log);

  const answer = (
    response: ServerResponse,
    page: NonceSlottedPage,
    visitor: Visitor,
    url: string,
    ip: string,
    startedAt: number,
  ) => {
    writePage(response, page, visitor);
    if (logsAnswers) logFastAnswer(log, { id: nextRequestId(), method: 'GET', url, ip, statusCode: 200, startedAt });
  };

  return (request, response, passOn) => {
    if (stop.stopping()) return false;
    const taken = signedOutCodeRequest(request, PAGE_PATH, sessionCookieName);
    if (!taken) return false;
    const url = request.url as string;
    const startedAt = logsAnswers ? performance.now() : 0;
    const codeHash = sha256(taken.code);
    const page = keptInvitePage(cache, codeHash);
    if (page === undefined) return false;
    const ip = clientAddressOf(request, trustProxy);
    // A client that left as its request arrived has no address to key budgets or the log by: the route's affair.
    if (ip === undefined) return false;
    const visitor = visitorFrom(taken.cookies?.[VISITOR_COOKIE]);
    // Nothing is counted with RATE_LIMITS=off: the answer goes out in this turn, with no promise made.
    if (!budgets.enabled) {
      answer(response, page, visitor, url, ip, startedAt);
      return true;
    }
    answerAfterSpending(budgets.spendPageOpen(clientAddressKey(ip), visitor, codeHash), {
      request,
      response,
      stop,
      log,
      name: 'invite page',
      answer: () => answer(response, page, visitor, url, ip, startedAt),
      handOver: (refusal) => {
        handedOver.leave(request, { refusal, visitor });
        passOn(request, response);
      },
    });
    return true;
  };
}

/**
 * Writes a page answer: the security headers with this answer's style nonce allowed, the route's own headers, the
 * length, a new visitor's cookie, and the page with the same nonce in its slot.
 */
function pageWriter(pageHeaders: Record<string, string>, writeVisitorCookie: (visitor: Visitor) => string) {
  const policy = pageHeaders['content-security-policy'] ?? '';
  const headersFor = headersForVisitor({ ...pageHeaders, ...INVITE_PAGE_HEADERS }, writeVisitorCookie);
  return (response: ServerResponse, page: NonceSlottedPage, visitor: Visitor) => {
    const head = headersFor(visitor);
    const nonce = newStyleNonce();
    const body = pageWithNonce(page, nonce);
    head['content-security-policy'] = policyAllowingStyleNonce(policy, nonce);
    head['content-length'] = body.length;
    response.writeHead(200, head);
    response.end(body);
  };
}

/**
 * The refusal the lane's budgets gave a page view it handed to the route, and the visitor it read or minted, taken
 * once: the route answers with that refusal (the neutral page, for a rate limit) instead of charging the budgets
 * again, and with that visitor's cookie.
 */
export const takeHandedOverPageView = handedOver.take;
