import { createServer } from 'node:net';

/** A TCP port nothing listens on right now (the OS picks it), for services a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns true; fails with `what` after `limitMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, limitMs = 15_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    try {
      if (await check()) return;
    } catch {}
    await sleep(50);
  }
  throw new Error(`Timed out after ${limitMs} ms waiting for ${what}`);
}
