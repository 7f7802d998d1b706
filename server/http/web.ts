import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { allowStyleNonce } from './security-headers.js';
import { FALLBACK_SHELL } from '../modules/invite-links/invite-page.html.js';

export const webDistDir = path.resolve(import.meta.dirname, '../../dist/web');
const indexFile = path.join(webDistDir, 'index.html');

/** The built index.html (the page every route starts from), or a script-less shell when the app is not built. */
export function readWebShell(): string {
  return existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : FALLBACK_SHELL;
}

/**
 * A page made once and answered many times, each answer with its own style nonce: the bytes before and after
 * the nonce's place in a meta tag, where the web app reads it (web/src/csp-nonce.ts).
 */
export type NonceSlottedPage = { beforeNonce: Buffer; afterNonce: Buffer };

export function withNonceSlot(html: string): NonceSlottedPage {
  const head = html.indexOf('<head>');
  if (head === -1) throw new Error('The page has no <head> to carry its style nonce (is dist/web/index.html complete?)');
  const slot = head + '<head>'.length;
  return {
    beforeNonce: Buffer.from(`${html.slice(0, slot)}\n    <meta name="csp-nonce" content="`),
    afterNonce: Buffer.from(`" />${html.slice(slot)}`),
  };
}

/** The page with this answer's style nonce in its slot (the CSP header is set to allow it). */
export function withStyleNonce(page: NonceSlottedPage, reply: FastifyReply): Buffer {
  return pageWithNonce(page, allowStyleNonce(reply));
}

/** The page with `nonce` in its slot (for a writer that sets the CSP header itself). */
export function pageWithNonce(page: NonceSlottedPage, nonce: string): Buffer {
  return Buffer.concat([page.beforeNonce, Buffer.from(nonce), page.afterNonce]);
}

/** Vite names bundled files by content hash, so they never change under their URL. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;

/**
 * Serves the built single-page app: real files from dist/web, and index.html for every other page URL so the
 * client router can take over (the invite page is rendered by the invite-links module). Files are sent
 * precompressed (Brotli or gzip, written at build time by vite.config.ts) when the browser accepts it; hashed
 * assets are cached for a year, everything else is revalidated.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!existsSync(indexFile)) {
    app.log.warn('dist/web is missing: run `npm run build` to serve the web app');
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  // Each page answer carries its own style nonce (see allowStyleNonce), written into a meta tag of the shell.
  const shell = withNonceSlot(indexHtml);
  const appShell = (reply: FastifyReply) => withStyleNonce(shell, reply);
  await app.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header(
        'cache-control',
        HASHED_ASSET.test(filePath.split(path.sep).join('/'))
          ? 'public, max-age=31536000, immutable'
          : filePath.endsWith('.html')
            ? 'no-cache'
            : 'public, max-age=86400',
      );
    },
  });

  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.code(404).send({ error: { code: 'not_found', message: `No route for GET ${request.url.split('?')[0]}.` } });
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(appShell(reply));
  });
}
