/**
 * Prints Hearth's OpenAPI document (the one served at /api/openapi.json) without starting a server or touching
 * a real database: the routes are built over an in-memory PGlite, as the tests do.
 */
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openMemoryPglite } from '../server/db/client.js';

export async function openApiDocument(): Promise<Record<string, any>> {
  const database = await openMemoryPglite();
  const config = loadConfig({
    PUBLIC_URL: 'http://localhost:3000',
    SESSION_SECRET: 'openapi-document-openapi-document-openapi',
    HEARTH_DATA_DIR: '/tmp/hearth-openapi-unused',
    RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
  });
  const app = await buildApp({ config, database, serveWeb: false, mail: 'idle', webhooks: 'idle', logStream: false });
  await app.ready();
  const document = app.swagger() as Record<string, any>;
  await app.close();
  await database.close();
  return document;
}
