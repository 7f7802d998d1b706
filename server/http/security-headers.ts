import { randomBytes } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

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
 * The headers for answers written outside Fastify's hooks (framework errors before routing): the same policy
 * as everywhere else.
 */
export function baselineSecurityHeaders(secure: boolean): Record<string, string> {
  const policy = Object.entries(contentSecurityPolicy(secure))
    .map(([directive, values]) => [directive, ...values].join(' '))
    .join('; ');
  return {
    'content-security-policy': policy,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(secure && { 'strict-transport-security': 'max-age=31536000' }),
  };
}

/**
 * Security headers on every response (pages, static files, API answers, errors and 404s) through
 * @fastify/helmet, registered before every route so routes added later get them too. Signed-in API answers are
 * never stored by a browser or a proxy cache.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { secure: boolean }) => {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options.secure) },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS only means something over https; sent over http it would pin a LAN install to an address it lacks.
    strictTransportSecurity: options.secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });

  app.addHook('onSend', async (request, reply) => {
    if (isApiAnswer(request.url) && (request.currentUser || !reply.hasHeader('cache-control'))) {
      reply.header('cache-control', 'no-store');
    }
  });
});

/** API answers, not the static files of the API docs page. */
function isApiAnswer(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Allows, on this one HTML answer, inline <style> elements that carry a fresh nonce, and returns the nonce for
 * the page to hand to the code that writes them (see web/src/csp-nonce.ts). Scripts stay 'self' only.
 */
export function allowStyleNonce(reply: FastifyReply): string {
  const nonce = randomBytes(16).toString('base64');
  const policy = String(reply.getHeader('content-security-policy') ?? '');
  reply.header('content-security-policy', policy.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`));
  return nonce;
}
