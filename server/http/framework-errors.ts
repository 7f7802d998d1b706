import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { type ErrorCode, errorStatus } from '../shared/errors.js';
import type { SecurityHeaderSets } from './security-headers.js';

/**
 * Errors Fastify and Node answer before any route or hook runs — a URL that is not valid percent-encoding, a
 * path parameter past its maximum length (414), a request line or headers too large (431), a malformed request
 * — also answer with the error contract `{ error: { code, message } }` and the security headers.
 */
export function frameworkErrorOptions(
  headers: SecurityHeaderSets,
): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> {
  return {
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      reply
        .code(tooLong ? errorStatus.uri_too_long : errorStatus.bad_request)
        .headers(headers.api)
        .send({
          error: tooLong
            ? { code: 'uri_too_long', message: 'The address is too long.' }
            : { code: 'bad_request', message: 'The address is not valid (bad percent-encoding).' },
        });
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
      const [code, message]: [ErrorCode, string] =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? ['request_headers_too_large', 'The address or headers are too long.']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? ['request_timeout', 'The request took too long.']
            : ['bad_request', 'Malformed request.'];
      const status = errorStatus[code];
      const body = JSON.stringify({ error: { code, message } });
      const head = Object.entries({
        ...headers.every,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      })
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n');
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
    },
  };
}
