import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { fastifyCookie } from '@fastify/cookie';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyBaseLogger } from 'fastify';
import type { TrustFunction } from '../../config.js';
import type { GracefulStop } from '../../http/graceful-stop.js';
import { describeErrorForLog } from '../../shared/error-log.js';
import { isWellFormedInviteCode } from './invite-links.rules.js';
import type { Visitor } from './invite-lookup-budgets.js';

/**
 * What the invite links' fast lanes (the preview's, decision 136, and the page's, decision 139) share: which
 * requests they may take, the client's address as Fastify reads it, and how an answer that waits for its budgets
 * is finished or handed to the route.
 */

/**
 * The code of a signed-out `GET <prefix><code>` with a well-formed code and nothing after it, with the request's
 * cookies; undefined for anything else, which the lane leaves to its route (a signed-in viewer is the route's: the
 * session hook reads the session; a query string, another method or HEAD are the route's too).
 */
export function signedOutCodeRequest(
  request: IncomingMessage,
  prefix: string,
  sessionCookieName: string,
): { code: string; cookies: Record<string, string | undefined> | undefined } | undefined {
  const url = request.url as string;
  if (request.method !== 'GET' || !url.startsWith(prefix)) return undefined;
  const code = url.slice(prefix.length);
  // The code's shape has no '/', '?', '%' or '#': the route would read the same parameter from this path.
  if (!isWellFormedInviteCode(code)) return undefined;
  const cookieHeader = request.headers.cookie;
  const cookies = cookieHeader ? fastifyCookie.parse(cookieHeader) : undefined;
  if (cookies?.[sessionCookieName] !== undefined) return undefined;
  return { code, cookies };
}

/** The client's address as Fastify reads it (the same trust function, through the library Fastify uses). */
export function clientAddressOf(request: IncomingMessage, trustProxy: TrustFunction | false): string | undefined {
  return trustProxy ? proxyAddr(request, trustProxy) : request.socket.remoteAddress;
}

/**
 * The header object of a lane's answers for this visitor: `common` and a length to fill in, with a new visitor's
 * cookie. Two objects are made once and filled in per answer, since `writeHead` copies them at once: on these paths a
 * fresh header object per answer cost more than the lane's own work (decision 136).
 */
export function headersForVisitor(common: OutgoingHttpHeaders, writeVisitorCookie: (visitor: Visitor) => string) {
  const forReturningVisitor: OutgoingHttpHeaders = { ...common, 'content-length': 0 };
  const forNewVisitor: OutgoingHttpHeaders = { ...common, 'content-length': 0, 'set-cookie': '' };
  return (visitor: Visitor): OutgoingHttpHeaders => {
    if (!visitor.isNew) return forReturningVisitor;
    forNewVisitor['set-cookie'] = writeVisitorCookie(visitor);
    return forNewVisitor;
  };
}

/**
 * Answers once `spending` (the budgets) resolves, or hands the request to the route with its refusal. The request
 * counts as in flight until then, so a graceful stop waits for it; an answer finished after a stop began says
 * `Connection: close` (decision 131). Call it only once nothing left in the lane's turn can throw, so that a stop
 * never waits for a request that was lost.
 */
export function answerAfterSpending(
  spending: Promise<unknown>,
  lane: {
    request: IncomingMessage;
    response: ServerResponse;
    stop: Pick<GracefulStop, 'stopping' | 'inFlight'>;
    log: FastifyBaseLogger;
    name: string;
    answer: () => void;
    handOver: (refusal: unknown) => void;
  },
): void {
  const finished = lane.stop.inFlight();
  spending
    .then(
      () => {
        if (lane.stop.stopping()) lane.response.setHeader('connection', 'close');
        lane.answer();
      },
      (refusal: unknown) => lane.handOver(refusal),
    )
    .catch((error: unknown) => {
      lane.log.error({ error: describeErrorForLog(error) }, `the ${lane.name} fast lane could not answer; connection dropped`);
      lane.response.destroy();
    })
    .finally(finished)
    // Nothing above should throw; if it did, a rejection left unhandled would end the process.
    .catch(() => {});
}

/**
 * Where a lane leaves what it already decided about a request it hands to its route (a budget's refusal, the
 * visitor it read), for the route to take once instead of deciding again. Kept by request, so a request that
 * never reaches the route (its client left) takes its note with it.
 */
export function handOverNotes<Note extends object>() {
  const notes = new WeakMap<IncomingMessage, Note>();
  return {
    leave(request: IncomingMessage, note: Note): void {
      notes.set(request, note);
    },
    take(request: IncomingMessage): Note | undefined {
      const note = notes.get(request);
      if (note) notes.delete(request);
      return note;
    },
  };
}
