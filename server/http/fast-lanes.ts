import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';

/**
 * A handler that may answer a request before Fastify routes it (docs/decisions/136-preview-fast-lane.md). It
 * returns false, having written nothing and started nothing, to leave the request to Fastify, or true once the
 * answer is its own. A lane that took a request and then cannot answer it (a refusal that Fastify's error handling
 * writes) hands it to `passOn` (Fastify's handler) later, before writing anything, and never in the same turn:
 * if a lane throws, the request goes to Fastify, which must then be the only one to answer it.
 */
export type FastLane = (
  request: IncomingMessage,
  response: ServerResponse,
  passOn: (request: IncomingMessage, response: ServerResponse) => void,
) => boolean;

/** The options Fastify hands a server factory, with its defaults applied (fastify.js). */
type ServerSettings = {
  http?: http.ServerOptions;
  https?: unknown;
  http2?: unknown;
  keepAliveTimeout: number;
  requestTimeout: number;
  connectionTimeout: number;
  maxRequestsPerSocket: number;
};

/**
 * The HTTP server Hearth listens with: Node's, with the fast lanes asked first and Fastify answering everything
 * they leave. Pass `serverFactory` to Fastify; lanes can be added until the server takes requests.
 */
export class FastLanes {
  private readonly lanes: FastLane[] = [];

  /** `onLaneError`: told of a lane that threw (a bug); the request then goes to Fastify, or is dropped if begun. */
  constructor(private readonly onLaneError: (error: unknown) => void) {}

  add(lane: FastLane): void {
    this.lanes.push(lane);
  }

  readonly serverFactory: FastifyServerFactory = (fastify, options) => {
    const { lanes, onLaneError } = this;
    const settings = options as ServerSettings;
    // Hearth serves plain HTTP/1.1 (TLS ends at the proxy); a factory would otherwise drop these options silently.
    if (settings.https || settings.http2)
      throw new Error('FastLanes makes an HTTP/1.1 server: https and http2 are not supported');
    // No closure is made per request: the lanes get Fastify's handler itself to pass a request on with.
    const server = http.createServer(settings.http ?? {}, (request, response) => {
      try {
        for (const lane of lanes) if (lane(request, response, fastify)) return;
      } catch (error) {
        // A throw here would otherwise end the process: the request goes to Fastify as if no lane existed.
        onLaneError(error);
        if (response.headersSent) return void response.destroy();
      }
      fastify(request, response);
    });
    // What Fastify does to a server it makes itself (lib/server.js), and leaves undone for a factory's: the
    // options here carry Fastify's defaults (a 72-second keep-alive) or the app's own values.
    const { keepAliveTimeout, requestTimeout, connectionTimeout, maxRequestsPerSocket } = settings;
    server.keepAliveTimeout = keepAliveTimeout;
    server.requestTimeout = requestTimeout;
    server.setTimeout(connectionTimeout);
    if (maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket;
    return server;
  };
}
