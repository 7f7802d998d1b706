import type { FastifyInstance, FastifyReply } from 'fastify';
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
 * The security headers of every answer, the same set whatever the answer (decision 102): computed once at start,
 * because none of them depends on the request. These are the headers @fastify/helmet sent with our options; it
 * rebuilt them on every request (decision 123).
 */
export function baselineSecurityHeaders(secure: boolean): Record<string, string> {
  const policy = Object.entries(contentSecurityPolicy(secure))
    .map(([directive, values]) => [directive, ...values].join(' '))
    .join('; ');
  return {
    'content-security-policy': policy,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    // HSTS only means something over https; sent over http it would pin a LAN install to an address it lacks.
    ...(secure && { 'strict-transport-security': 'max-age=31536000' }),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    // The legacy XSS auditor is itself exploitable; 0 turns it off in the browsers that still have one.
    'x-xss-protection': '0',
  };
}

/**
 * Security headers on every response (pages, static files, API answers, errors and 404s), set by the first
 * onRequest hook so routes added later, and answers refused by later hooks, get them too. API answers are not
 * stored by a browser or a proxy cache unless their route says otherwise, and signed-in API answers never are.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { secure: boolean }) => {
  const headers = baselineSecurityHeaders(options.secure);
  const apiHeaders = { ...headers, 'cache-control': 'no-store' };

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
