import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from 'helmet';
import fp from 'fastify-plugin';
import { pooledRandomToken } from './random-tokens.js';

/**
 * The Content-Security-Policy of every page Hearth serves: only our own scripts, styles and connections, images
 * also from data: and blob: (QR codes, downloads), no plugins, no <base> rewriting, and no framing by any site
 * (clickjacking: a framed invite page turned one decoy click into a join).
 */
export function contentSecurityPolicy(secure: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(secure && { 'upgrade-insecure-requests': [] }),
  };
}

/**
 * The security headers of every answer, the same set whatever the answer (decision 102). helmet decides them,
 * with our options, once at start: none depends on the request, and running its middleware per request cost
 * the preview a tenth of its time (decision 123).
 */
export function baselineSecurityHeaders(secure: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(secure) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS only means something over https; sent over http it would pin a LAN install to an address it lacks.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  })({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Security headers on every response (pages, static files, API answers, errors and 404s), set by the first
 * onRequest hook so routes added later, and answers refused by later hooks, get them too. API answers are not
 * stored by a browser or a proxy cache unless their route says otherwise, and signed-in API answers never are.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { secure: boolean }) => {
  const headers = baselineSecurityHeaders(options.secure);
  const apiHeaders = apiAnswerHeaders(options.secure, headers);

  // Callback-style hooks: no promise per request on the hot path.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiAnswer(request.url) ? apiHeaders : headers);
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    // A route may allow caching (a group picture): never for a signed-in caller.
    if (request.currentUser && isApiAnswer(request.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
});

/**
 * The headers every API answer starts with: the security headers, and not stored by any cache. `securityHeaders`,
 * when the caller has already worked them out for `secure`, saves running helmet again.
 */
export function apiAnswerHeaders(
  secure: boolean,
  securityHeaders: Record<string, string> = baselineSecurityHeaders(secure),
): Record<string, string> {
  return { ...securityHeaders, 'cache-control': 'no-store' };
}

/** API answers, not the static files of the API docs page. */
function isApiAnswer(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Allows, on this one HTML answer, inline <style> elements that carry a fresh nonce, and returns the nonce for
 * the page to hand to the code that writes them (see web/src/csp-nonce.ts). Scripts stay 'self' only. Only HTML
 * answers call this: nothing else is rendered by a browser that could use a nonce.
 */
export function allowStyleNonce(reply: FastifyReply): string {
  const nonce = pooledRandomToken(16, 'base64');
  const policy = String(reply.getHeader('content-security-policy') ?? '');
  reply.header('content-security-policy', policy.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`));
  return nonce;
}
