import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { TrustFunction } from '../../config.js';
import type { FastLane } from '../../http/fast-lanes.js';
import type { GracefulStop } from '../../http/graceful-stop.js';
import { answersAreLogged, logFastAnswer } from '../../http/request-log.js';
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
import { keptSignedOutPreview } from './invitations.service.js';

export type InvitePreviewLaneDependencies = {
  cache: InvitePreviewCache;
  budgets: InviteLookupBudgets;
  /** The session cookie's name: a request that carries one is left to the route (a viewer's standing is read). */
  sessionCookieName: string;
  writeVisitorCookie: (visitor: Visitor) => string;
  /** The headers of every API answer (security headers, `Cache-Control: no-store`), as the first hook sets them. */
  apiHeaders: Record<string, string>;
  trustProxy: TrustFunction | false;
  log: FastifyBaseLogger;
  nextRequestId: () => string;
  stop: Pick<GracefulStop, 'stopping' | 'inFlight'>;
};

const PREVIEW_PATH = '/api/invites/';

/** A request the lane took and then handed to the route, with what it had already decided (see `takeHandedOver`). */
const handedOver = handOverNotes<{ refusal: unknown; visitor: Visitor }>();

/**
 * The invite preview's fast lane (docs/decisions/136-preview-fast-lane.md): `GET /api/invites/:code` from a
 * signed-out browser, for a link whose look-up is cached and that can be used now, answered with the kept bytes
 * before Fastify routes the request. It spends the same budgets, mints the same visitor cookie, sends the same
 * headers and writes the same access-log line as the route; everything else (a session cookie, an uncached or dead
 * link, an email invitation, a query string, HEAD, a stopping process) goes to the route as before, and so does a
 * look-up the budgets refuse, whose error answer is Fastify's.
 */
export function invitePreviewLane(dependencies: InvitePreviewLaneDependencies): FastLane {
  const { cache, budgets, sessionCookieName, trustProxy, log, nextRequestId, stop } = dependencies;
  const writeAnswer = answerWriter(dependencies.apiHeaders, dependencies.writeVisitorCookie);
  const logsAnswers = answersAreLogged(log);

  /** Writes the answer, and its access-log line as Fastify would: a request id is taken only for an answer. */
  const answer = (response: ServerResponse, body: Buffer, visitor: Visitor, url: string, ip: string, startedAt: number) => {
    writeAnswer(response, body, visitor);
    if (logsAnswers) logFastAnswer(log, { id: nextRequestId(), method: 'GET', url, ip, statusCode: 200, startedAt });
  };

  return (request, response, passOn) => {
    if (stop.stopping()) return false;
    const taken = signedOutCodeRequest(request, PREVIEW_PATH, sessionCookieName);
    if (!taken) return false;
    const { code, cookies } = taken;
    const url = request.url as string;
    const startedAt = logsAnswers ? performance.now() : 0;
    const codeHash = sha256(code);
    const body = keptSignedOutPreview(cache, codeHash);
    if (body === undefined) return false;

    const ip = clientAddressOf(request, trustProxy);
    // A client that left as its request arrived has no address to key budgets or the log by: the route's affair.
    if (ip === undefined) return false;
    const visitor = visitorFrom(cookies?.[VISITOR_COOKIE]);
    // Nothing is counted with RATE_LIMITS=off: the answer goes out in this turn, with no promise made.
    if (!budgets.enabled) {
      answer(response, body, visitor, url, ip, startedAt);
      return true;
    }
    answerAfterSpending(budgets.spendPageOpen(clientAddressKey(ip), visitor, codeHash), {
      request,
      response,
      stop,
      log,
      name: 'invite preview',
      answer: () => answer(response, body, visitor, url, ip, startedAt),
      handOver: (refusal) => {
        handedOver.leave(request, { refusal, visitor });
        passOn(request, response);
      },
    });
    return true;
  };
}

/** Writes a preview answer: the API headers, the length, and a new visitor's cookie. */
function answerWriter(apiHeaders: Record<string, string>, writeVisitorCookie: (visitor: Visitor) => string) {
  const headersFor = headersForVisitor({ ...apiHeaders, 'content-type': 'application/json; charset=utf-8' }, writeVisitorCookie);
  return (response: ServerResponse, body: Buffer, visitor: Visitor) => {
    const head = headersFor(visitor);
    head['content-length'] = body.length;
    response.writeHead(200, head);
    response.end(body);
  };
}

/**
 * What the lane decided for a request it handed to the route (a refusal of its budgets, and the visitor it
 * recognised or minted), taken once: the route answers with that refusal instead of charging the budgets again.
 */
export const takeHandedOver = handedOver.take;
