import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/**
 * `bytes` fresh random bytes from the CSPRNG as text, drawn from a block filled 4 KiB at a time (as
 * crypto.randomUUID does): on the hot paths (a visitor id per first preview, a nonce per page) one call into the
 * CSPRNG costs more than the rest of the answer's own work. Every byte is handed out once.
 */
export function pooledRandomToken(bytes: number, encoding: 'base64' | 'base64url' = 'base64url'): string {
  if (offset + bytes > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const token = pool.toString(encoding, offset, offset + bytes);
  offset += bytes;
  return token;
}
