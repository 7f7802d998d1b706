import type { Database } from '../../db/client.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import * as repository from './invite-links.repository.js';

type InviteRow = NonNullable<Awaited<ReturnType<typeof repository.findInviteByCodeHash>>>;
type Entry = { row: InviteRow; loadedAt: number };

/**
 * A short-lived cache of invite look-ups (link + group + inviter) by code hash, so a viral link's previews do
 * not each cost a database round-trip. Revoke, reset, edits and pause publish an invalidation that every
 * instance applies at once; the TTL only bounds how stale the member count can get. Accepting never reads
 * from here: it always checks the database inside its transaction.
 */
export class InvitePreviewCache {
  private readonly entries = new Map<string, Entry>();
  /** When each link or group was last invalidated: a load that started before that is not cached. */
  private readonly invalidatedAt = new Map<string, number>();

  constructor(
    bus: InvalidationBus,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {
    bus.subscribe((message) => this.invalidate(message.id));
  }

  async find(db: Database, codeHash: Buffer): Promise<InviteRow | undefined> {
    const key = codeHash.toString('base64url');
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.loadedAt < this.ttlMs) return cached.row;
    const loadStartedAt = now;
    const row = await repository.findInviteByCodeHash(db, codeHash);
    if (row && !this.invalidatedSince(row, loadStartedAt)) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { row, loadedAt: loadStartedAt });
    }
    return row;
  }

  private invalidatedSince(row: InviteRow, time: number): boolean {
    return (this.invalidatedAt.get(row.link.id) ?? 0) >= time || (this.invalidatedAt.get(row.group.id) ?? 0) >= time;
  }

  private invalidate(id: string) {
    const now = Date.now();
    this.invalidatedAt.set(id, now);
    for (const [key, entry] of this.entries) {
      if (entry.row.link.id === id || entry.row.group.id === id) this.entries.delete(key);
    }
    // Old invalidation marks matter only while a load that started before them can still finish.
    if (this.invalidatedAt.size > 1000) {
      for (const [markId, time] of this.invalidatedAt) if (now - time > this.ttlMs) this.invalidatedAt.delete(markId);
    }
  }
}
