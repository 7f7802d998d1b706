import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { fastifyCookie } from '@fastify/cookie';
import proxyAddr from '@fastify/proxy-addr';
import type { FastifyBaseLogger } from 'fastify';
import type { TrustFunction } from '../../config.js';
import type { FastLane } from '../../http/fast-lanes.js';
import type { GracefulStop } from '../../http/graceful-stop.js';
import { answersAreLogged, logFastAnswer } from '../../http/request-log.js';
import { describeErrorForLog } from '../../shared/error-log.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { sha256 } from '../../shared/tokens.js';
import { isWellFormedInviteCode } from './invite-links.rules.js';
import { type InviteLookupBudgets, VISITOR_COOKIE, type Visitor, visitorFrom } from './invite-lookup-budgets.js';
import type { InvitePreviewCache } from './invite-preview-cache.js';

/**
 * The invite links' fast lanes (the preview's, decision 136, and the page's, decision 139): one signed-out lane,
 * which each parameterises with its path, its kept answer and its writer, and what that lane is made of (which
 * requests it may take, the client's address as Fastify reads it, the headers for a visitor, and how an answer
 * that waits for its budgets is finished or handed to the route).
 */

/** What each invite lane is given at start-up, besides its own answer's headers. */
export type InviteLaneDependencies = {
  cache: InvitePreviewCache;
  budgets: InviteLookupBudgets;
  /** The session cookie's name: a request that carries one is left to the route (a viewer's standing is read). */
  sessionCookieName: string;
  writeVisitorCookie: (visitor: Visitor) => string;
  trustProxy: TrustFunction | false;
  log: FastifyBaseLogger;
  nextRequestId: () => string;
  stop: Pick<GracefulStop, 'stopping' | 'inFlight'>;
};

/** What a lane decided for a request it handed to its route: its budgets' refusal and the visitor it read or minted. */
export type HandedOverLookUp = { refusal: unknown; visitor: Visitor };

/**
 * A fast lane for signed-out `GET <path><code>` requests (decisions 136 and 139): when `kept` finds the answer for
 * the code without the database (a cached, usable link whose answer the route already made), the lane spends the
 * route's budget (one page open per browser), writes the answer and the route's access-log line, all before Fastify
 * routes the request. Everything else goes to the route as before: a session cookie, a query string, HEAD, an
 * uncached or dead link, a stopping process, a client already gone, and a look-up the budgets refuse, which the
 * route finds in `handedOver` and answers without charging again.
 */
export function signedOutInviteLane<Kept>(
  dependencies: InviteLaneDependencies,
  lane: {
    path: string;
    name: string;
    kept: (codeHash: Buffer) => Kept | undefined;
    write: (response: ServerResponse, kept: Kept, visitor: Visitor) => void;
    handedOver: HandOverNotes<HandedOverLookUp>;
  },
): FastLane {
  const { budgets, sessionCookieName, trustProxy, log, nextRequestId, stop } = dependencies;
  const logsAnswers = answersAreLogged(log);

  /** Writes the answer, and its access-log line as Fastify would: a request id is taken only for an answer. */
  const answer = (response: ServerResponse, kept: Kept, visitor: Visitor, url: string, ip: string, startedAt: number) => {
    lane.write(response, kept, visitor);
    if (logsAnswers) logFastAnswer(log, { id: nextRequestId(), method: 'GET', url, ip, statusCode: 200, startedAt });
  };

  return (request, response, passOn) => {
    if (stop.stopping()) return false;
    const taken = signedOutCodeRequest(request, lane.path, sessionCookieName);
    if (!taken) return false;
    const url = request.url as string;
    const startedAt = logsAnswers ? performance.now() : 0;
    const codeHash = sha256(taken.code);
    const kept = lane.kept(codeHash);
    if (kept === undefined) return false;
    const ip = clientAddressOf(request, trustProxy);
    // A client that left as its request arrived has no address to key budgets or the log by: the route's affair.
    if (ip === undefined) return false;
    const visitor = visitorFrom(taken.cookies?.[VISITOR_COOKIE]);
    // Nothing is counted with RATE_LIMITS=off: the answer goes out in this turn, with no promise made.
    if (!budgets.enabled) {
      answer(response, kept, visitor, url, ip, startedAt);
      return true;
    }
    answerAfterSpending(budgets.spendPageOpen(clientAddressKey(ip), visitor, codeHash), {
      request,
      response,
      stop,
      log,
      name: lane.name,
      answer: () => answer(response, kept, visitor, url, ip, startedAt),
      handOver: (refusal) => {
        lane.handedOver.leave(request, { refusal, visitor });
        passOn(request, response);
      },
    });
    return true;
  };
}

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
export function handOverNotes<Note extends object>(): HandOverNotes<Note> {
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

export type HandOverNotes<Note> = {
  leave(request: IncomingMessage, note: Note): void;
  take(request: IncomingMessage): Note | undefined;
};
