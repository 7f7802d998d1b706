/**
 * A short-lived in-process cache whose entries other instances can drop at once through the invalidation bus.
 * An entry is filed under its key and also answers to the ids `idsOf` names (a link's and its group's id, a
 * session's user), so invalidating any of them drops it. A load that started before an invalidation of its key or
 * ids is returned but not kept, so a slow read can never put stale data back. The TTL only bounds what no
 * invalidation covers.
 *
 * Callers that miss the same key while its load runs share that load: when a viral link's entry expired, every
 * request in flight (about 90 at 100 connections) used to read the same row from the database at once, each
 * through the full route, every few seconds. A caller that arrives after an invalidation or a clear does not join
 * a load that started before it, so an edit is still seen on the next look-up.
 *
 * Only values `isKept` accepts are kept (by default every value found), and only those are shared.
 */
export class InvalidatedCache<Value> {
  private readonly entries = new Map<string, { value: Value; loadedAt: number }>();
  private readonly invalidatedAt = new Map<string, number>();
  /** The load running for each key, which callers that miss the key meanwhile wait for instead of loading again. */
  private readonly loading = new Map<string, Promise<Value | undefined>>();
  private clearedAt = 0;

  constructor(
    private readonly idsOf: (value: Value) => string[],
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly isKept: (value: Value) => boolean = () => true,
  ) {}

  /** The entry for `key` if one is kept and fresh, without loading: for callers that answer only from memory. */
  peek(key: string): Value | undefined {
    return this.freshAt(key, Date.now());
  }

  get(key: string, load: () => Promise<Value | undefined>): Promise<Value | undefined> {
    const loadStartedAt = Date.now();
    const cached = this.freshAt(key, loadStartedAt);
    if (cached !== undefined) return Promise.resolve(cached);
    const running = this.loading.get(key);
    // A value that is not kept (nothing found, or what `isKept` refuses) may be out of date as soon as it is read:
    // a caller who joined that load reads for itself, as it always did.
    if (running) return running.then((value) => (value !== undefined && this.isKept(value) ? value : load()));
    const loaded = this.loadAndKeep(key, load, loadStartedAt).finally(() => {
      if (this.loading.get(key) === loaded) this.loading.delete(key);
    });
    this.loading.set(key, loaded);
    return loaded;
  }

  private async loadAndKeep(
    key: string,
    load: () => Promise<Value | undefined>,
    loadStartedAt: number,
  ): Promise<Value | undefined> {
    const value = await load();
    const lastInvalidation = value ? Math.max(...[key, ...this.idsOf(value)].map((id) => this.invalidatedAt.get(id) ?? 0)) : 0;
    if (value && this.isKept(value) && lastInvalidation < loadStartedAt && this.clearedAt < loadStartedAt) {
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
    this.loading.clear();
  }

  invalidate(id: string): void {
    const now = Date.now();
    this.invalidatedAt.set(id, now);
    this.entries.delete(id);
    // A running load's ids are unknown until it ends: later callers of any key start their own.
    this.loading.clear();
    for (const [key, entry] of this.entries) if (this.idsOf(entry.value).includes(id)) this.entries.delete(key);
    // A mark matters only while a load that started before it can still be running.
    if (this.invalidatedAt.size > 10_000) {
      for (const [markId, time] of this.invalidatedAt) if (now - time > this.ttlMs) this.invalidatedAt.delete(markId);
    }
  }
}
