import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import pino from 'pino';

/**
 * The access log: one line per answered request ("request completed", with the method, the URL without its
 * secrets, the client address, the status and the time taken), where Fastify wrote two ("incoming request" and
 * "request completed"). At the default level those two lines, each a synchronous write to stdout, cost a cached
 * invite preview as much CPU as answering it (decision 126); one line, written asynchronously, keeps the log.
 */
export class OneLineRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    } else {
      reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    }
  }
}

/**
 * Where the log goes when nobody passed a stream: stdout, written asynchronously (lines that arrive while a write
 * is in flight go out together in the next one), flushed when the process ends.
 */
export function standardOutputLog(): pino.DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false });
  process.once('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // Nothing was waiting, or stdout is gone: there is nowhere left to write to.
    }
  });
  return destination;
}

/**
 * Request ids as Fastify makes them by default (`req-1`, `req-2`, … in base 36), from one sequence that Fastify
 * and the fast lanes in front of it share, so an id names one request in the log whichever answered it.
 */
export function requestIdSequence(): () => string {
  const maxSmallInteger = 2147483647;
  let last = 0;
  return () => {
    last = (last + 1) & maxSmallInteger;
    return `req-${last.toString(36)}`;
  };
}

/** What a fast lane logs of an answer it wrote: the line `OneLineRequestLog` writes for Fastify's answers. */
export type AnsweredRequest = { id: string; method: string; url: string; ip: string; statusCode: number; startedAt: number };

/**
 * Whether `log` writes access-log lines (`info` and below), asked once by a fast lane so that, as for Fastify's
 * own answers, nothing is measured or built for a line that would be dropped.
 */
export function answersAreLogged(log: FastifyBaseLogger): boolean {
  return ['info', 'debug', 'trace'].includes(log.level);
}

/** Writes the access-log line of an answer a fast lane wrote (same fields, same serialisers, same redaction). */
export function logFastAnswer(log: FastifyBaseLogger, answered: AnsweredRequest): void {
  log.info(
    {
      reqId: answered.id,
      // The `req` serialiser (app.ts) reads method, url (redacting its secrets) and ip, as of a Fastify request.
      req: { method: answered.method, url: answered.url, ip: answered.ip },
      res: { statusCode: answered.statusCode },
      responseTime: performance.now() - answered.startedAt,
    },
    'request completed',
  );
}
