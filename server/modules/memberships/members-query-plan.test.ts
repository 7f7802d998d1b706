import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, executeWithoutTimeouts, type TestDatabase } from '../../../tests/support/database.js';
import { membersPageQuery, membersPageStatement } from './memberships.repository.js';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; Plans?: PlanNode[] };

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The People tab must stay fast at a million members: its page query has to walk the
 * memberships_group_newest index in order and stop after one page, never sort the group.
 */
describe('members page query plan (postgres)', () => {
  let database: TestDatabase;
  const groupId = '00000000-0000-4000-8000-000000000001';
  const viralLinkId = '00000000-0000-4000-8002-000000000001';
  const sparseLinkId = '00000000-0000-4000-8002-000000000002';

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
      select ('00000000-0000-4000-8000-00000000000' || n)::uuid, 'plan-' || n, 'Plan ' || n, 'public',
             '00000000-0000-4000-8000-0000000000aa'
      from generate_series(1, 4) n`,
    );
    // 200,000 members: enough for the planner to prefer the index to a sort. As on a real server, one group is
    // much bigger than the others (nine in ten members are in group 1, the rest spread over groups 2–4): that is
    // what made PostgreSQL plan every page again (decision 129), and even groups hid it.
    await executeWithoutTimeouts(
      database,
      sql`
      with people as (
        insert into users (name, email, password_hash)
        select 'Member ' || n, 'member-' || n || '@plan.example', '!' from generate_series(1, 200000) n
        returning id, substring(name from 8)::int as n
      )
      insert into memberships (group_id, user_id, role, joined_via, joined_at, invite_link_id)
      select ('00000000-0000-4000-8000-00000000000' || (case when n % 10 = 0 then 2 + n % 3 else 1 end))::uuid, id,
             'member', 'demo', now() - n * interval '1 second',
             -- Group 1's members came through its links: one viral link brought 80,000 of its 180,000, one sparse
             -- link 200, fifteen others the rest (the other groups' members joined without a link).
             case when n % 10 = 0 then null
                  when n % 1000 = 1 then ${sparseLinkId}::uuid
                  when n % 2 = 0 then ${viralLinkId}::uuid
                  else ('00000000-0000-4000-8001-0000000000' || lpad((n % 30)::text, 2, '0'))::uuid end
      from people`,
    );
    await executeWithoutTimeouts(database, sql`analyze`);
  });
  after(() => database.drop());

  async function planOf(options: Parameters<typeof membersPageQuery>[0]): Promise<PlanNode[]> {
    const query = membersPageQuery(options);
    const result = await database.pool!.query(`explain (format json) ${query.sql}`, query.params as unknown[]);
    return nodesOf(result.rows[0]['QUERY PLAN'][0].Plan);
  }

  test('the first page and a deep page read the group index in order and sort nothing', async () => {
    for (const cursor of [undefined, { joinedAt: new Date(Date.now() - 150_000_000).toISOString(), userId: groupId }]) {
      const nodes = await planOf({ groupId, cursor });
      assert.ok(
        nodes.some((node) => node['Index Name'] === 'memberships_group_newest'),
        `expected memberships_group_newest in ${JSON.stringify(nodes.map((n) => n['Node Type']))}`,
      );
      assert.ok(!nodes.some((node) => node['Node Type'].includes('Sort')), 'no Sort node');
      assert.equal(nodes[0]!['Node Type'], 'Limit');
    }
  });

  test('the named page statements are planned once per connection: PostgreSQL settles on the generic plan', async () => {
    const client = await database.pool!.connect();
    try {
      for (const cursor of [undefined, { joinedAt: new Date(Date.now() - 150_000_000).toISOString(), userId: groupId }]) {
        const statement = membersPageStatement({ groupId, cursor });
        assert.ok(statement.name, 'a page without a search is a named statement');
        // The big group's pages, as when its admins page through it (a mix with small groups' pages can hide it).
        for (let run = 0; run < 10; run++) await client.query(statement);
        const [counts] = (
          await client.query('select generic_plans, custom_plans from pg_prepared_statements where name = $1', [statement.name])
        ).rows;
        // PostgreSQL plans the first five executions for their values, then keeps the generic plan when it is as
        // good; a LIMIT sent as a parameter made every execution a custom plan (0.33 ms planning each).
        assert.equal(Number(counts.custom_plans), 5, JSON.stringify(counts));
        assert.equal(Number(counts.generic_plans), 5, JSON.stringify(counts));
        const explained = await client.query(
          `explain (format json) execute ${statement.name}(${statement.values.map((value) => `'${value}'`).join(', ')})`,
        );
        const nodes = nodesOf(explained.rows[0]['QUERY PLAN'][0].Plan);
        assert.ok(
          nodes.some((node) => node['Index Name'] === 'memberships_group_newest'),
          'the generic plan walks the index',
        );
        assert.ok(!nodes.some((node) => node['Node Type'].includes('Sort')), 'and sorts nothing');
      }
      // A search is never a named statement: PostgreSQL plans it for its pattern (people-search-plan.test.ts).
      assert.equal(membersPageStatement({ groupId, search: 'hopper' }).name, undefined);
    } finally {
      client.release();
    }
  });

  test("one link's members (the People tab filtered by link) walk the group-and-link index, for a viral link and a sparse one", async () => {
    // Before decision 130 the only plans were a walk of the whole group's index keeping the link's rows (most of a
    // big group read for a sparse link) or all of the link's rows sorted (a viral link's hundred thousand).
    const client = await database.pool!.connect();
    try {
      const deep = { joinedAt: new Date(Date.now() - 100_000_000).toISOString(), userId: groupId };
      for (const cursor of [undefined, deep]) {
        const pages = [viralLinkId, sparseLinkId].map((inviteLinkId) => membersPageStatement({ groupId, cursor, inviteLinkId }));
        // Both links' pages share one named statement: its generic plan has to serve either size.
        for (let run = 0; run < 10; run++) await client.query(pages[run % 2]!);
        const [counts] = (
          await client.query('select generic_plans, custom_plans from pg_prepared_statements where name = $1', [pages[0]!.name])
        ).rows;
        assert.equal(Number(counts.custom_plans), 5, `PostgreSQL keeps one plan: ${JSON.stringify(counts)}`);
        assert.equal(Number(counts.generic_plans), 5, `PostgreSQL keeps one plan: ${JSON.stringify(counts)}`);
        for (const page of pages) {
          const explained = await client.query(
            `explain (analyze, buffers, format json) execute ${page.name}(${page.values.map((value) => `'${value}'`).join(', ')})`,
          );
          const plan = explained.rows[0]['QUERY PLAN'][0].Plan as PlanNode & {
            'Shared Hit Blocks': number;
            'Shared Read Blocks': number;
          };
          const nodes = nodesOf(plan);
          assert.ok(
            nodes.some((node) => node['Index Name'] === 'memberships_group_invite_link_newest'),
            `expected memberships_group_invite_link_newest in ${JSON.stringify(nodes.map((n) => n['Index Name'] ?? n['Node Type']))}`,
          );
          assert.ok(!nodes.some((node) => node['Node Type'].includes('Sort')), 'and sorts nothing');
          // One page reads about a page's worth of the index and the rows it joins, not the group or the link.
          const blocks = plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
          assert.ok(blocks < 1000, `a page of one link's members read ${blocks} blocks`);
        }
      }
    } finally {
      client.release();
    }
  });
});
