import assert from 'node:assert/strict';
import { test } from 'node:test';
import { databaseBeforeMigration } from '../../tests/support/database-before-migration.js';

/**
 * An install upgraded to migration 0011 keeps every link's count and limit: uses move to the link's shards and a
 * limited link's remaining uses become quotas that add up to max_uses (decision 121).
 */
test('migration 0011 moves existing uses onto shards and keeps each link exactly as limited as before', async () => {
  const { client, migrateToLatest, close } = await databaseBeforeMigration(11);
  try {
    await client.exec(`
      insert into users (id, name, email, password_hash) values ('00000000-0000-4000-8000-000000000001', 'Owner', 'o@example.com', '!');
      insert into groups (id, slug, name, visibility, created_by) values ('00000000-0000-4000-8000-000000000002', 'g', 'G', 'public', '00000000-0000-4000-8000-000000000001');
      insert into invite_links (id, group_id, code_hash, code_encrypted, max_uses, uses) values
        ('00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000002', '\\x01', 'x', null, 7),
        ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000002', '\\x02', 'x', 40, 3),
        ('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000002', '\\x03', 'x', 5, 5);
    `);
    await migrateToLatest();
    const { rows } = await client.query<{ id: string; shards: number; used: number; quota: number | null }>(`
      select invite_link_id as id, count(*)::int as shards, sum(used)::int as used, sum(quota)::int as quota
      from invite_link_use_shards group by invite_link_id order by invite_link_id`);
    assert.deepEqual(
      rows.map((row) => [row.id.slice(-2), row.shards, row.used, row.quota]),
      [
        ['10', 16, 7, null],
        ['11', 16, 3, 40],
        ['12', 16, 5, 5],
      ],
    );
    // The used-up link has no room left on any shard; the limited one has exactly its 37 remaining uses.
    const claims = await client.query<{ claim: number }>(
      `select hearth_claim_link_use('00000000-0000-4000-8000-000000000012') as claim`,
    );
    assert.equal(claims.rows[0]!.claim, 0);
    let counted = 0;
    for (let attempt = 0; attempt < 40; attempt++) {
      const { rows: claim } = await client.query<{ claim: number }>(
        `select hearth_claim_link_use('00000000-0000-4000-8000-000000000011') as claim`,
      );
      if (claim[0]!.claim > 0) counted++;
      if (claim[0]!.claim === 2) assert.equal(counted, 37, 'the last use is the 37th');
    }
    assert.equal(counted, 37);
  } finally {
    await close();
  }
});
