import { hash, randomBytes } from 'node:crypto';

/** A URL-safe token of `bytes` random bytes from the CSPRNG (32 bytes = 256 bits → 43 characters). */
export function generateToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** One-shot hashing (Node ≥ 20.12): half the cost of a Hash object, and every request hashes a code or a token. */
export function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}
