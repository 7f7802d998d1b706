import assert from 'node:assert/strict';
import { test } from 'node:test';
import { databaseBeforeMigration } from '../../tests/support/database-before-migration.js';

/**
 * A join time the People tab cannot write as an ISO time (infinity, a year past 9999) made the members page answer
 * 500. Migration 0014 gives such rows their group's creation time and then refuses them for good.
 */
test('migration 0014 mends join times the People tab cannot show, then the database refuses them', async () => {
  const { client, migrateToLatest, close } = await databaseBeforeMigration(14);
  try {
    await client.exec(`
      insert into users (id, name, email, password_hash) values
        ('00000000-0000-4000-8000-000000000001', 'Owner', 'o@example.com', '!'),
        ('00000000-0000-4000-8000-000000000003', 'Far', 'f@example.com', '!'),
        ('00000000-0000-4000-8000-000000000004', 'Gone', 'g@example.com', '!');
      insert into groups (id, slug, name, visibility, created_by, created_at) values
        ('00000000-0000-4000-8000-000000000002', 'g', 'G', 'public', '00000000-0000-4000-8000-000000000001', '2026-01-02 03:04:05+00'),
        ('00000000-0000-4000-8000-000000000005', 'h', 'H', 'public', '00000000-0000-4000-8000-000000000001', 'infinity');
      insert into memberships (group_id, user_id, role, joined_at, joined_via) values
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'owner', 'infinity', 'created'),
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003', 'member', '12026-01-01 00:00:00+00', 'demo'),
        ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000001', 'owner', 'infinity', 'created');
      insert into membership_removals (group_id, user_id, role, joined_at, joined_via) values
        ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000004', 'member', '-infinity', 'demo');
    `);
    await migrateToLatest();

    const { rows } = await client.query<{ joined: string }>(`
      select joined_at::text as joined from memberships where group_id = '00000000-0000-4000-8000-000000000002'
      union all select joined_at::text from membership_removals`);
    assert.deepEqual(
      rows.map((row) => row.joined),
      ['2026-01-02 03:04:05+00', '2026-01-02 03:04:05+00', '2026-01-02 03:04:05+00'],
    );
    const { rows: inGroupWithoutTime } = await client.query<{ recent: boolean }>(`
      select joined_at > now() - interval '1 hour' and joined_at <= now() as recent from memberships
      where group_id = '00000000-0000-4000-8000-000000000005'`);
    assert.deepEqual(inGroupWithoutTime, [{ recent: true }], "a group whose own time cannot be shown gives the migration's time");
    await assert.rejects(
      client.query(`update memberships set joined_at = 'infinity'`),
      /memberships_joined_at_shown/,
      'a join time with no ISO form is refused',
    );
    await assert.rejects(
      client.query(`update membership_removals set joined_at = '10000-01-01 00:00:00+00'`),
      /membership_removals_joined_at_shown/,
    );
    await client.query(`update memberships set joined_at = '9999-12-31 23:59:59+00'`);
  } finally {
    await close();
  }
});
