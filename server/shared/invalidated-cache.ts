/**
 * A short-lived in-process cache whose entries other instances can drop at once through the invalidation bus.
 * An entry is filed under its key and also answers to the ids `idsOf` names (a link's and its group's id, a
 * session's user), so invalidating any of them drops it. A load that started before an invalidation of its key or
 * ids is returned but not kept, so a slow read can never put stale data back. The TTL only bounds what no
 * invalidation covers.
 */
export class InvalidatedCache<Value> {
  private readonly entries = new Map<string, { value: Value; loadedAt: number }>();
  private readonly invalidatedAt = new Map<string, number>();
  private clearedAt = 0;

  constructor(
    private readonly idsOf: (value: Value) => string[],
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  /** The entry for `key` if one is kept and fresh, without loading: for callers that answer only from memory. */
  peek(key: string): Value | undefined {
    return this.freshAt(key, Date.now());
  }

  async get(key: string, load: () => Promise<Value | undefined>): Promise<Value | undefined> {
    const loadStartedAt = Date.now();
    const cached = this.freshAt(key, loadStartedAt);
    if (cached !== undefined) return cached;
    const value = await load();
    const lastInvalidation = value ? Math.max(...[key, ...this.idsOf(value)].map((id) => this.invalidatedAt.get(id) ?? 0)) : 0;
    if (value && lastInvalidation < loadStartedAt && this.clearedAt < loadStartedAt) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { value, loadedAt: loadStartedAt });
    } else {
      this.entries.delete(key);
    }
    return value;
  }

  /** The value kept for `key`, if it was loaded less than the TTL before `now`. */
  private freshAt(key: string, now: number): Value | undefined {
    const cached = this.entries.get(key);
    return cached && now - cached.loadedAt < this.ttlMs ? cached.value : undefined;
  }

  /** Drops every entry (invalidations may have been missed); loads already running are not kept either. */
  clear(): void {
    this.clearedAt = Date.now();
    this.entries.clear();
  }

  invalidate(id: string): void {
    const now = Date.now();
    this.invalidatedAt.set(id, now);
    this.entries.delete(id);
    for (const [key, entry] of this.entries) if (this.idsOf(entry.value).includes(id)) this.entries.delete(key);
    // A mark matters only while a load that started before it can still be running.
    if (this.invalidatedAt.size > 10_000) {
      for (const [markId, time] of this.invalidatedAt) if (now - time > this.ttlMs) this.invalidatedAt.delete(markId);
    }
  }
}
