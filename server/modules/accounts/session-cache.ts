import type { Database } from '../../db/client.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import { sha256 } from '../../shared/tokens.js';
import { findUserBySessionHash } from './accounts.repository.js';
import type { PublicUser } from './accounts.service.js';

type Entry = { user: PublicUser; loadedAt: number };

/**
 * Signed-in requests skip the session look-up for a few seconds after the first. Log-out publishes the session's
 * hash and a password reset the user's id, and every instance drops the entry at once, so an ended session is
 * refused on the very next request everywhere; the TTL only bounds a session that simply expired.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly invalidatedAt = new Map<string, number>();

  constructor(
    bus: InvalidationBus,
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 50_000,
  ) {
    bus.subscribe((message) => {
      if (message.kind === 'session' || message.kind === 'user') this.invalidate(message.id);
    });
  }

  async find(db: Database, token: string): Promise<PublicUser | undefined> {
    const tokenHash = sha256(token);
    const key = tokenHash.toString('base64url');
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.loadedAt < this.ttlMs) return cached.user;
    const user = await findUserBySessionHash(db, tokenHash, new Date(now));
    const invalidated = Math.max(this.invalidatedAt.get(key) ?? 0, user ? (this.invalidatedAt.get(user.id) ?? 0) : 0);
    if (user && invalidated < now) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { user, loadedAt: now });
    } else {
      this.entries.delete(key);
    }
    return user;
  }

  private invalidate(id: string) {
    const now = Date.now();
    this.invalidatedAt.set(id, now);
    if (!this.entries.delete(id)) {
      for (const [key, entry] of this.entries) if (entry.user.id === id) this.entries.delete(key);
    }
    if (this.invalidatedAt.size > 10_000) {
      for (const [markId, time] of this.invalidatedAt) if (now - time > this.ttlMs) this.invalidatedAt.delete(markId);
    }
  }
}

/** The id a log-out publishes for a session: the same key the cache files it under. */
export function sessionKey(token: string): string {
  return sha256(token).toString('base64url');
}
