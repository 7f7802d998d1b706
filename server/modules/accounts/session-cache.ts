import type { Database } from '../../db/client.js';
import { InvalidatedCache } from '../../shared/invalidated-cache.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import { sha256 } from '../../shared/tokens.js';
import { findUserBySessionHash } from './accounts.repository.js';
import type { PublicUser } from './accounts.service.js';

/**
 * Signed-in requests skip the session look-up for a few seconds after the first. Log-out publishes the session's
 * key and a password reset the user's id, and every instance drops the entry at once, so an ended session is
 * refused everywhere within milliseconds; the TTL only bounds a session that simply expired.
 */
export class SessionCache {
  private readonly cache = new InvalidatedCache<PublicUser>((user) => [user.id], 10_000, 50_000);

  constructor(bus: InvalidationBus) {
    bus.onGap(() => this.cache.clear());
    bus.subscribe((message) => {
      if (message.kind === 'session' || message.kind === 'user') this.cache.invalidate(message.id);
    });
  }

  find(db: Database, token: string): Promise<PublicUser | undefined> {
    const tokenHash = sha256(token);
    return this.cache.get(tokenHash.toString('base64url'), () => findUserBySessionHash(db, tokenHash, new Date()));
  }
}

/** The id a log-out publishes for a session: the same key the cache files it under. */
export function sessionKey(token: string): string {
  return sha256(token).toString('base64url');
}
