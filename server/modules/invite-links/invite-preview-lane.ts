import type { ServerResponse } from 'node:http';
import type { FastLane } from '../../http/fast-lanes.js';
import {
  type HandedOverLookUp,
  handOverNotes,
  headersForVisitor,
  type InviteLaneDependencies,
  signedOutInviteLane,
} from './invite-lane-kit.js';
import type { Visitor } from './invite-lookup-budgets.js';
import { keptSignedOutPreview } from './invitations.service.js';

export type InvitePreviewLaneDependencies = InviteLaneDependencies & {
  /** The headers of every API answer (security headers, `Cache-Control: no-store`), as the first hook sets them. */
  apiHeaders: Record<string, string>;
};

/** A request the lane took and then handed to the route, with what it had already decided (see `takeHandedOver`). */
const handedOver = handOverNotes<HandedOverLookUp>();

/**
 * The invite preview's fast lane (docs/decisions/136-preview-fast-lane.md): `GET /api/invites/:code` from a
 * signed-out browser, for a link whose look-up is cached and that can be used now, answered with the kept bytes
 * before Fastify routes the request. It spends the same budgets, mints the same visitor cookie, sends the same
 * headers and writes the same access-log line as the route; everything else (a session cookie, an uncached or dead
 * link, an email invitation, a query string, HEAD, a stopping process) goes to the route as before, and so does a
 * look-up the budgets refuse, whose error answer is Fastify's.
 */
export function invitePreviewLane(dependencies: InvitePreviewLaneDependencies): FastLane {
  const { cache } = dependencies;
  return signedOutInviteLane(dependencies, {
    path: '/api/invites/',
    name: 'invite preview',
    kept: (codeHash) => keptSignedOutPreview(cache, codeHash),
    write: answerWriter(dependencies.apiHeaders, dependencies.writeVisitorCookie),
    handedOver,
  });
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
