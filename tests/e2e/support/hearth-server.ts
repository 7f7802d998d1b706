import { createServer } from 'node:net';
import { buildApp } from '../../../server/app.js';
import { openTemplatePglite } from '../../support/pglite-template.js';
import { testConfig } from '../../support/test-app.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A real Hearth on a free port with its own in-memory database, serving the built web app. */
export async function startHearth(environment: Record<string, string> = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await openTemplatePglite();
  const config = testConfig({ PUBLIC_URL: baseUrl, PORT: String(port), ...environment });
  const app = await buildApp({ config, database, logStream: false });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    /** For moving time in a journey (e.g. a decision made a month ago); never for setting up what the UI can do. */
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
