import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, executeWithoutTimeouts, type TestDatabase } from '../../../tests/support/database.js';
import { listMembersPage, membersPageQuery } from './memberships.repository.js';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };

/** A full read of a big table (small lookup tables such as an empty invite_links may be scanned). */
const readsAll = (node: PlanNode) =>
  node['Node Type'] === 'Seq Scan' && ['users', 'memberships'].includes(node['Relation Name'] ?? '');

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * Searching a group of a million members must not read the million: the planner finds the few matching people
 * through the trigram indexes on users, then their memberships, and sorts that handful.
 */
describe('people search plan at a million members (postgres)', () => {
  let database: TestDatabase;
  const groupId = '00000000-0000-4000-8000-000000000001';

  before(async () => {
    database = await createTestDatabase('postgres');
    await executeWithoutTimeouts(
      database,
      sql`
      insert into users (id, name, email, password_hash)
      values ('00000000-0000-4000-8000-0000000000aa', 'Owner', 'owner@plan.example', '!')`,
    );
    await executeWithoutTimeouts(
      database,
      sql`
      insert into groups (id, slug, name, visibility, created_by)
      values (${groupId}, 'million', 'Million', 'public', '00000000-0000-4000-8000-0000000000aa')`,
    );
    // Bulk load without the search indexes, then build them once (the same indexes the migration made).
    await database.db.execute(
      sql`drop index users_name_trgm, users_email_trgm, users_name_lower_prefix, users_email_lower_prefix`,
    );
    await executeWithoutTimeouts(
      database,
      sql`
      with people as (
        insert into users (name, email, password_hash)
        select 'Member ' || n, 'member-' || n || '@plan.example', '!' from generate_series(1, 1000000) n
        returning id
      )
      insert into memberships (group_id, user_id, role, joined_via)
      select ${groupId}::uuid, id, 'member', 'demo' from people`,
    );
    await executeWithoutTimeouts(
      database,
      sql`
      with people as (
        insert into users (name, email, password_hash)
        values ('Grace Hopper', 'grace@navy.example.org', '!'), ('Ada Lovelace', 'ada@engine.example.org', '!')
        returning id
      )
      insert into memberships (group_id, user_id, role, joined_via) select ${groupId}::uuid, id, 'member', 'demo' from people`,
    );
    await executeWithoutTimeouts(database, sql`create index users_name_trgm on users using gin (lower(name) gin_trgm_ops)`);
    await executeWithoutTimeouts(database, sql`create index users_email_trgm on users using gin (lower(email) gin_trgm_ops)`);
    await executeWithoutTimeouts(database, sql`analyze`);
  });
  after(() => database.drop());

  async function planOf(options: Parameters<typeof membersPageQuery>[0]): Promise<PlanNode[]> {
    const query = membersPageQuery(options);
    const result = await database.pool!.query(`explain (format json) ${query.sql}`, query.params as unknown[]);
    return nodesOf(result.rows[0]['QUERY PLAN'][0].Plan);
  }

  test('a name search uses the name trigram index; an admin search uses the email one too', async () => {
    const byName = await planOf({ groupId, search: 'hopper' });
    assert.ok(
      byName.some((node) => node['Index Name'] === 'users_name_trgm'),
      `expected users_name_trgm in ${JSON.stringify(byName.map((n) => n['Index Name'] ?? n['Node Type']))}`,
    );
    assert.ok(!byName.some(readsAll), 'no sequential scan of users or memberships');

    const byEmail = await planOf({ groupId, search: '@navy.example', searchEmails: true });
    const indexes = byEmail.map((node) => node['Index Name']);
    assert.ok(indexes.includes('users_name_trgm') && indexes.includes('users_email_trgm'), JSON.stringify(indexes));
    assert.ok(!byEmail.some(readsAll), 'no sequential scan of users or memberships');

    const page = await listMembersPage(database.db, { groupId, search: 'hopper' });
    assert.deepEqual(
      page.map(([, name]) => name),
      ['Grace Hopper'],
      'and it finds her among a million',
    );
  });

  test('a search page never starts parallel workers, however cheap PostgreSQL is told they are', async () => {
    // A common pattern at a million members: every tenth person's name holds "member 1" (and a few more).
    const query = membersPageQuery({ groupId, search: 'member 1', searchEmails: true });
    const client = await database.pool!.connect();
    const gathers = async () => {
      const result = await client.query(`explain (format json) ${query.sql}`, query.params as unknown[]);
      return nodesOf(result.rows[0]['QUERY PLAN'][0].Plan).filter((node) => node['Node Type'].startsWith('Gather'));
    };
    try {
      for (const cheaper of [
        'parallel_setup_cost',
        'parallel_tuple_cost',
        'min_parallel_index_scan_size',
        'min_parallel_table_scan_size',
      ]) {
        await client.query(`set ${cheaper} = 0`);
      }
      assert.deepEqual(await gathers(), [], "Hearth's connections start with parallel query off");
      await client.query('set max_parallel_workers_per_gather = 2');
      assert.ok((await gathers()).length > 0, 'with workers allowed, the same page would start them');
    } finally {
      client.release(true);
    }
  });
});
