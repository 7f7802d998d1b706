import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
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
