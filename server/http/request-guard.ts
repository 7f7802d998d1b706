import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NUL_MESSAGE = 'The request contains a NUL character, which no field accepts.';
/** Cheap test on the raw body before walking it: in JSON a NUL can only arrive escaped as \u0000. */
const mayHoldNul = (text: string) => text.includes('\\u0000');

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, entry]) => key.includes('\u0000') || containsNul(entry));
  }
  return false;
}

/** The one write whose body is not JSON: a group picture is uploaded as the image itself. */
const IMAGE_UPLOAD_ROUTES = new Set(['/api/groups/:groupId/avatar']);

/**
 * CSRF defence in depth, on top of SameSite=Lax cookies: a state-changing request with a body must be JSON
 * (HTML forms cannot send it cross-site without a preflight), and a present Origin must be our own.
 */
export function registerRequestGuard(app: FastifyInstance, publicUrl: string): void {
  const allowedOrigin = new URL(publicUrl).origin;

  // An empty JSON body (e.g. a DELETE or a bodiless POST) is accepted as "no body" rather than an error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return done(new AppError('validation_failed', 'The request body is not valid JSON.'), undefined);
    }
    if (mayHoldNul(text) && containsNul(parsed)) {
      return done(new AppError('validation_failed', NUL_MESSAGE), undefined);
    }
    done(null, parsed);
  });

  // One callback-style hook for both checks: every request runs it, so it makes no promise of its own.
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      refuseNul(request.url);
      refuseCrossSiteWrite(request, allowedOrigin);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

/** PostgreSQL cannot store a NUL byte in text: refused up front, in any path or query, as bad input. */
function refuseNul(url: string): void {
  if (url.includes('%00')) throw new AppError('validation_failed', NUL_MESSAGE);
}

function refuseCrossSiteWrite(request: FastifyRequest, allowedOrigin: string): void {
  if (!STATE_CHANGING.has(request.method)) return;
  // One-click unsubscribe (RFC 8058) is a form post from a mail provider; the token in the URL is its only
  // authority (no cookie is read), so there is nothing for a cross-site request to ride on.
  if (request.method === 'POST' && request.url.startsWith('/api/notifications/unsubscribe/')) return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== allowedOrigin) {
    throw new AppError('origin_mismatch', 'This request came from another site and was refused.');
  }
  const hasBody = carriesBody(request.raw);
  const contentType = request.headers['content-type'] ?? '';
  // A cross-site form cannot send an image/* Content-Type without a CORS preflight, which Hearth never grants.
  if (request.method === 'PUT' && IMAGE_UPLOAD_ROUTES.has(request.routeOptions.url ?? '') && /^image\//i.test(contentType)) {
    return;
  }
  if (hasBody && !/^application\/json\b/i.test(contentType)) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
  // A body-less cross-site form post still carries a form content type: refuse anything but JSON or none.
  if (!hasBody && contentType !== '' && !/^application\/json\b/i.test(contentType)) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
}

/** The request announces a body (a length above zero, or a chunked one). */
export function carriesBody(request: IncomingMessage): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
}
