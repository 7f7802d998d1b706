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
});
