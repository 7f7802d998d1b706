import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** How long a stopping process waits for requests it is still working on (supervisors kill at 10–30 s). */
const DRAIN_LIMIT_MS = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** Counted among the requests in flight until its answer is handed to the socket. */
    inFlight: boolean;
  }
}

/**
 * Closing the HTTP server waits for open connections, not for work: a request whose client has already gone has
 * no connection left to wait for, so the process used to close the database under it (its next query failed and
 * a join the person had clicked was dropped). Each request counts from its first hook until its answer is handed
 * to the socket (onSend: the handler and every hook that reads or writes data are done by then), whether or not
 * the client is still there. One exception: a request whose client leaves before its body has been read never
 * reaches its handler (Fastify waits for the rest of the body), so it stops counting when its client leaves.
 * Call `waitOnClose` after everything else is registered: onClose hooks run last-first, so it runs right after
 * the server stops listening and before the queues, the bus and the database close.
 */
export function trackRequestsInFlight(app: FastifyInstance): { waitOnClose(): void } {
  let inFlight = 0;
  let whenDrained: (() => void) | undefined;
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
    if (hasBody(request.raw)) {
      // Left before its body was read to the end: Fastify will not run the handler.
      request.raw.once('close', () => {
        if (!request.raw.readableEnded) finished(request);
      });
    }
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    finished(request);
    done(null, payload);
  });

  const drained = () =>
    new Promise<void>((resolve) => {
      if (inFlight === 0) return resolve();
      const limit = setTimeout(() => {
        app.log.warn({ requests: inFlight }, `stopping with requests still in flight after ${DRAIN_LIMIT_MS / 1000} s`);
        resolve();
      }, DRAIN_LIMIT_MS);
      whenDrained = () => {
        clearTimeout(limit);
        resolve();
      };
    });
  return { waitOnClose: () => app.addHook('onClose', drained) };
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Closing the HTTP server ends idle keep-alive connections, but not a connection that has never sent a request
 * (a browser's speculative preconnect, a client that opened a socket and was cut off): Node counts it neither
 * idle nor busy, stops the timer that would have ended it, and the server's close then waits for the keep-alive
 * timeout, 72 s, before the process can exit. Such a connection carries no request, so ending it loses nothing;
 * it is done just after the server stops accepting connections (preClose runs right before that).
 */
export function endUnusedConnectionsOnClose(app: FastifyInstance): void {
  const open = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  app.addHook('preClose', (done) => {
    setImmediate(() => {
      for (const socket of open) if (socket.bytesRead === 0) socket.destroy();
    });
    done();
  });
}
