import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { allowStyleNonce } from './security-headers.js';

export const webDistDir = path.resolve(import.meta.dirname, '../../dist/web');

/**
 * Serves the built single-page app: real files from dist/web, and index.html for every other page URL so the
 * client router can take over. The invite page never leaks its URL (and code) to other sites via Referer.
 */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  const indexFile = path.join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn('dist/web is missing: run `npm run build` to serve the web app');
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  // Each page answer carries its own style nonce (see allowStyleNonce), written into a meta tag of the shell.
  const appShell = (reply: FastifyReply) =>
    indexHtml.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${allowStyleNonce(reply)}" />`);
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });

  app.get('/invite/:code', { schema: { hide: true } }, async (_request, reply) => {
    return reply
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-store')
      .type('text/html')
      .send(appShell(reply));
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.code(404).send({ error: { code: 'not_found', message: `No route for GET ${request.url.split('?')[0]}.` } });
    }
    return reply.header('cache-control', 'no-cache').type('text/html').send(appShell(reply));
  });
}
