import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidatedCache } from './invalidated-cache.js';

type Row = { id: string; groupId: string; version: number };

describe('invalidated cache', () => {
  test('serves from memory until its key or an associated id is invalidated', async () => {
    const cache = new InvalidatedCache<Row>((row) => [row.id, row.groupId], 60_000, 100);
    let version = 1;
    const load = async () => ({ id: 'link-1', groupId: 'group-1', version });
    assert.equal((await cache.get('code', load))?.version, 1);
    version = 2;
    assert.equal((await cache.get('code', load))?.version, 1, 'cached');
    cache.invalidate('group-1');
    assert.equal((await cache.get('code', load))?.version, 2, 'dropped through the group id');
    version = 3;
    cache.invalidate('code');
    assert.equal((await cache.get('code', load))?.version, 3, 'dropped through its own key');
  });

  test('a load that started before an invalidation is returned but not kept', async () => {
    const cache = new InvalidatedCache<Row>((row) => [row.id], 60_000, 100);
    let release!: () => void;
    const slow = cache.get(
      'code',
      () =>
        new Promise<Row>((resolve) => {
          release = () => resolve({ id: 'link-1', groupId: 'g', version: 1 });
        }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    cache.invalidate('link-1');
    release();
    assert.equal((await slow)?.version, 1);
    assert.equal(
      (await cache.get('code', async () => ({ id: 'link-1', groupId: 'g', version: 2 })))?.version,
      2,
      'the stale read was not cached',
    );
  });

  test('entries expire after the TTL', async () => {
    const cache = new InvalidatedCache<Row>((row) => [row.id], 1, 100);
    let version = 1;
    const load = async () => ({ id: 'x', groupId: 'g', version });
    await cache.get('a', load);
    version = 2;
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal((await cache.get('a', load))?.version, 2);
  });

  test('the oldest entry makes room when the cache is full', async () => {
    const cache = new InvalidatedCache<Row>((row) => [row.id], 60_000, 2);
    const loads: string[] = [];
    const loader = (key: string) => async () => {
      loads.push(key);
      return { id: key, groupId: 'g', version: 1 };
    };
    for (const key of ['a', 'b', 'c', 'c', 'b', 'a']) await cache.get(key, loader(key));
    assert.deepEqual(loads, ['a', 'b', 'c', 'a']);
  });

  test('clear drops every entry, and a load that started before it is returned but not kept', async () => {
    const cache = new InvalidatedCache<Row>((row) => [row.id], 60_000, 100);
    let version = 1;
    const load = async () => ({ id: 'link-1', groupId: 'g', version });
    await cache.get('code', load);
    let release!: () => void;
    const slow = cache.get(
      'other',
      () => new Promise<Row>((resolve) => (release = () => resolve({ id: 'x', groupId: 'g', version }))),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    version = 2;
    cache.clear();
    release();
    assert.equal((await slow)?.version, 2);
    assert.equal((await cache.get('code', load))?.version, 2, 'the entry held before the gap was dropped');
    version = 3;
    assert.equal((await cache.get('other', load))?.version, 3, 'the load that straddled the gap was not kept');
  });

  describe('callers that miss the same key while it loads', () => {
    /** A load that ends when the test says, counting how many times the database would have been read. */
    function controlledLoads(cache: InvalidatedCache<Row>) {
      const reads: ((row: Row | undefined) => void)[] = [];
      const load = () => new Promise<Row | undefined>((resolve) => reads.push(resolve));
      return { reads, get: (key = 'code') => cache.get(key, load) };
    }
    const row = (version: number): Row => ({ id: 'link-1', groupId: 'group-1', version });

    test('share one read of the database, and all get its row', async () => {
      const cache = new InvalidatedCache<Row>((value) => [value.id], 60_000, 100);
      const { reads, get } = controlledLoads(cache);
      const callers = Array.from({ length: 90 }, () => get());
      assert.equal(reads.length, 1, 'one read for 90 callers');
      reads[0]?.(row(1));
      const answers = await Promise.all(callers);
      assert.ok(answers.every((answer) => answer?.version === 1));
      assert.equal((await get())?.version, 1, 'and it was kept');
      assert.equal(reads.length, 1);
    });

    test('do not join a read that began before an invalidation or a clear', async () => {
      for (const drop of [
        (cache: InvalidatedCache<Row>) => cache.invalidate('group-1'),
        (cache: InvalidatedCache<Row>) => cache.clear(),
      ]) {
        const cache = new InvalidatedCache<Row>((value) => [value.id, value.groupId], 60_000, 100);
        const { reads, get } = controlledLoads(cache);
        const before = get();
        drop(cache);
        // Time is counted in milliseconds: a read that begins in the invalidation's millisecond is not kept.
        await new Promise((resolve) => setTimeout(resolve, 2));
        const after = get();
        assert.equal(reads.length, 2, 'the caller after the invalidation reads for itself');
        reads[0]?.(row(1));
        reads[1]?.(row(2));
        assert.equal((await before)?.version, 1);
        assert.equal((await after)?.version, 2, 'the edit is seen on the next look-up');
        assert.equal((await get())?.version, 2, 'the fresh read was kept, the straddling one was not');
      }
    });

    test('read for themselves when the shared read found nothing to keep', async () => {
      const cache = new InvalidatedCache<Row>(
        (value) => [value.id],
        60_000,
        100,
        (value) => value.version > 0,
      );
      for (const found of [undefined, row(0)]) {
        const { reads, get } = controlledLoads(cache);
        const first = get();
        const joined = get();
        reads[0]?.(found);
        assert.equal(await first, found);
        await new Promise((resolve) => setImmediate(resolve));
        assert.equal(reads.length, 2, 'an unkept answer may be stale at once: the caller who joined reads again');
        reads[1]?.(row(3));
        assert.equal((await joined)?.version, 3);
      }
    });

    test('all see a failed read, and the next caller reads again', async () => {
      const cache = new InvalidatedCache<Row>((value) => [value.id], 60_000, 100);
      let fail = true;
      let reads = 0;
      const load = async () => {
        reads++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (fail) throw new Error('database timed out');
        return row(1);
      };
      const callers = [cache.get('code', load), cache.get('code', load)];
      for (const caller of callers) await assert.rejects(caller, /database timed out/);
      assert.equal(reads, 1);
      fail = false;
      assert.equal((await cache.get('code', load))?.version, 1);
      assert.equal(reads, 2);
    });
  });
});
