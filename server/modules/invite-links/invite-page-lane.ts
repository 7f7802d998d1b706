import type { ServerResponse } from 'node:http';
import type { FastLane } from '../../http/fast-lanes.js';
import { newStyleNonce, policyAllowingStyleNonce } from '../../http/security-headers.js';
import { type NonceSlottedPage, pageWithNonce } from '../../http/web.js';
import {
  type HandedOverLookUp,
  handOverNotes,
  headersForVisitor,
  type InviteLaneDependencies,
  signedOutInviteLane,
} from './invite-lane-kit.js';
import type { Visitor } from './invite-lookup-budgets.js';
import { keptInvitePage } from './invite-unfurl.service.js';

export type InvitePageLaneDependencies = InviteLaneDependencies & {
  /** Every answer's security headers, as the first hook sets them on a page. */
  pageHeaders: Record<string, string>;
};

/** What the invite page's route adds to every page's headers: the code is a secret, never sent on nor kept. */
export const INVITE_PAGE_HEADERS = {
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'content-type': 'text/html; charset=utf-8',
} as const;

/**
 * A page view the lane took and handed to the route, with the refusal its budgets gave and the visitor it read or
 * minted (see `takeHandedOverPageView`).
 */
const handedOver = handOverNotes<HandedOverLookUp>();

/**
 * The invite page's fast lane (docs/decisions/139-invite-page-fast-lane.md): `GET /invite/:code` from a signed-out
 * browser, for a link whose look-up is cached and that can be used now, once the route has rendered its page for
 * that look-up, answered with the kept page and a fresh style nonce before Fastify routes the request. It spends the
 * same budgets, mints the same visitor cookie, sends the same headers and writes the same access-log line as the
 * route; everything else goes to the route as before, and so does a view the budgets refuse, which the route
 * answers with the neutral page.
 */
export function invitePageLane(dependencies: InvitePageLaneDependencies): FastLane {
  const { cache } = dependencies;
  return signedOutInviteLane(dependencies, {
    path: '/invite/',
    name: 'invite page',
    kept: (codeHash) => keptInvitePage(cache, codeHash),
    write: pageWriter(dependencies.pageHeaders, dependencies.writeVisitorCookie),
    handedOver,
  });
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
