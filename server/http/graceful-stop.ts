import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { carriesBody } from './request-guard.js';

/** How long a stopping process waits for connections and requests (supervisors kill at 10–30 s). */
const STOP_LIMIT_MS = 10_000;

/** Methods whose body Fastify reads before the handler; it runs GET and HEAD handlers without reading one. */
const BODY_READ_FIRST = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Counted among the requests in flight until its answer is handed to the socket. */
    inFlight: boolean;
  }
}

export type GracefulStop = {
  /** Registers the wait for requests in flight; call it after every other onClose hook. */
  waitForRequestsOnClose(): void;
  /** The stop has begun: answers from now on say `Connection: close` (a fast lane leaves them to Fastify). */
  stopping(): boolean;
  /** Counts a request answered outside Fastify (a fast lane that waits) as in flight until the returned call. */
  inFlight(): () => void;
};

/**
 * How a process stops (SIGTERM: a deploy, a scale-down) without dropping work or hanging. Closing Fastify stops
 * listening, waits for open connections, then runs the onClose hooks (queues, bus) before main.ts closes the
 * database. On its own that had three gaps (docs/decisions/131):
 *
 * - A request whose client has gone has no connection to wait for, so the database closed under its handler (its
 *   next query failed, and a Join clicked just before a deploy was lost). So every request counts as in flight from
 *   its first hook until its answer is handed to the socket (onSend: the handler and every hook that touches data
 *   are done by then), client or no client, and the last onClose hook waits for the count to reach zero. Routes
 *   must therefore answer through `reply.send` (or by returning a value): a hijacked reply would be waited for
 *   until the limit. A request whose client leaves before its body has been read never reaches its handler
 *   (Fastify waits for the rest of the body), so it stops counting then.
 * - A connection that has never sent a request (a browser's preconnect) is neither idle nor busy to Node, and
 *   closing the server removes the only timer that would end it: the process waited forever. Such connections are
 *   ended as soon as the server stops listening; they carry no request.
 * - A connection whose request is answered after the stop began went back to keep-alive and held the close for
 *   its 72 s timeout. Answers sent while stopping say `Connection: close`.
 *
 * Whatever is still open or running `STOP_LIMIT_MS` after the stop began is cut off, with a warning.
 */
export function stopGracefully(app: FastifyInstance): GracefulStop {
  let inFlight = 0;
  let whenDrained: (() => void) | undefined;
  let stopDeadline: number | undefined;
  const finished = (request: { inFlight: boolean }) => {
    if (!request.inFlight) return;
    request.inFlight = false;
    if (--inFlight === 0) whenDrained?.();
  };

  app.decorateRequest('inFlight', false);
  // Callback style, like the other global hooks: no promise per request.
  app.addHook('onRequest', (request, _reply, done) => {
    request.inFlight = true;
    inFlight++;
    if (BODY_READ_FIRST.has(request.method) && carriesBody(request.raw)) {
      request.raw.once('close', () => {
        if (!request.raw.readableEnded) finished(request);
      });
    }
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    finished(request);
    if (stopDeadline !== undefined) reply.header('connection', 'close');
    done(null, payload);
  });

  const connections = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  app.addHook('preClose', (done) => {
    stopDeadline = Date.now() + STOP_LIMIT_MS;
    // Fastify closes the server right after its preClose hooks, in this same turn.
    setImmediate(() => {
      for (const socket of connections) if (socket.bytesRead === 0) socket.destroy();
    });
    setTimeout(() => app.server.closeAllConnections(), STOP_LIMIT_MS).unref();
    done();
  });

  const drained = () =>
    new Promise<void>((resolve) => {
      if (inFlight === 0) return resolve();
      const limit = setTimeout(
        () => {
          app.log.warn({ requests: inFlight }, `stopping with requests still in flight after ${STOP_LIMIT_MS / 1000} s`);
          resolve();
        },
        Math.max(0, (stopDeadline ?? Date.now() + STOP_LIMIT_MS) - Date.now()),
      );
      whenDrained = () => {
        clearTimeout(limit);
        resolve();
      };
    });
  return {
    // onClose hooks run last-first: registered after everything else, this one runs first once the server has
    // closed its connections, before the queues, the bus and the database close.
    waitForRequestsOnClose: () => app.addHook('onClose', drained),
    stopping: () => stopDeadline !== undefined,
    inFlight: () => {
      const request = { inFlight: true };
      inFlight++;
      return () => finished(request);
    },
  };
}
