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
function baselineSecurityHeaders(secure: boolean): Record<string, string> {
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
 * The headers Hearth answers with, worked out once at start and shared by everything that writes an answer (the
 * first hook, the framework's own errors, the preview's fast lane): `every` answer's security headers, and an
 * `api` answer's, which are also not stored by any cache.
 */
export type SecurityHeaderSets = { every: Record<string, string>; api: Record<string, string> };

export function securityHeaderSets(secure: boolean): SecurityHeaderSets {
  const every = baselineSecurityHeaders(secure);
  return { every, api: { ...every, 'cache-control': 'no-store' } };
}

/**
 * Security headers on every response (pages, static files, API answers, errors and 404s), set by the first
 * onRequest hook so routes added later, and answers refused by later hooks, get them too. API answers are not
 * stored by a browser or a proxy cache unless their route says otherwise, and signed-in API answers never are.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { headers: SecurityHeaderSets }) => {
  const { every, api } = options.headers;

  // Callback-style hooks: no promise per request on the hot path.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiAnswer(request.url) ? api : every);
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
  const nonce = newStyleNonce();
  reply.header(
    'content-security-policy',
    policyAllowingStyleNonce(String(reply.getHeader('content-security-policy') ?? ''), nonce),
  );
  return nonce;
}

/** A fresh nonce for one HTML answer's inline styles. */
export function newStyleNonce(): string {
  return pooledRandomToken(16, 'base64');
}

/** The Content-Security-Policy `policy` with inline <style> elements allowed when they carry `nonce`. */
export function policyAllowingStyleNonce(policy: string, nonce: string): string {
  return policy.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
}
