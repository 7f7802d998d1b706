import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe token of `bytes` random bytes from the CSPRNG (32 bytes = 256 bits → 43 characters). */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
