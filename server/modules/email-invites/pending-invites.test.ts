import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { emailInvitesPageQuery } from './email-invites.repository.js';

type Invite = { id: string; email: string; state: string; sentAt: string; expiresAt: string; invitedBy: unknown };
type PlanNode = { 'Node Type': string; 'Actual Rows': number; 'Index Name'?: string; Plans?: PlanNode[] };

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

for (const kind of databaseKinds) {
  describe(`pending email invitations at scale (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    /**
     * Inserts `count` invitations with one statement: addresses `<prefix>-<n>@example.com`, all created at the same
     * instant (so paging must break ties by id), in the given stored status, optionally already past their expiry.
     */
    async function seedInvites(
      groupId: string,
      inviterId: string,
      count: number,
      options: { prefix: string; status?: string; expired?: boolean },
    ) {
      await t.database.db.execute(sql`
        insert into email_invites (group_id, email, code_hash, code_encrypted, invited_by, status, expires_at)
        select ${groupId}::uuid, ${options.prefix} || '-' || n || '@example.com',
               decode(replace(gen_random_uuid()::text, '-', ''), 'hex'), 'sealed', ${inviterId}::uuid,
               ${options.status ?? 'sent'},
               now() + ${options.expired ? '-1 day' : '14 days'}::interval
        from generate_series(1, ${count}::int) n`);
    }

    async function allPages(owner: SignedInUser, groupId: string, query = '') {
      const seen: Invite[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams(query);
        if (cursor) params.set('cursor', cursor);
        const page = await owner.api.get(`/api/groups/${groupId}/email-invites?${params}`);
        assert.equal(page.status, 200, JSON.stringify(page.body));
        seen.push(...page.body.emailInvites);
        pageSizes.push(page.body.emailInvites.length);
        cursor = page.body.nextCursor;
      } while (cursor);
      return { seen, pageSizes };
    }

    const count = async (owner: SignedInUser, groupId: string, query: string) =>
      (await owner.api.get(`/api/groups/${groupId}/email-invites/count?${query}`)).body.count;

    test('pages of 50 walk every invitation once, newest first, even when they share one timestamp', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      await seedInvites(group.id, owner.id, 120, { prefix: 'paged' });
      const { seen, pageSizes } = await allPages(owner, group.id);
      assert.deepEqual(pageSizes, [50, 50, 20]);
      assert.equal(new Set(seen.map((invite) => invite.id)).size, 120, 'no invitation repeated or skipped');
      const first = seen[0]!;
      assert.equal(first.state, 'sent');
      assert.deepEqual(first.invitedBy, { name: owner.name }, 'the existing fields are still there');
      assert.equal(await count(owner, group.id, ''), 120);

      const crafted = await owner.api.get(`/api/groups/${group.id}/email-invites?cursor=${'x'.repeat(40)}`);
      assert.equal(crafted.status, 400);
      assert.equal(crafted.body.error.code, 'validation_failed');
      const badState = await owner.api.get(`/api/groups/${group.id}/email-invites?state=lost`);
      assert.equal(badState.status, 400);
    });

    test('search finds any part of the address, case-insensitive; the state filter and counts agree', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      await seedInvites(group.id, owner.id, 3, { prefix: 'alpha' });
      await seedInvites(group.id, owner.id, 2, { prefix: 'beta', status: 'opened' });
      await seedInvites(group.id, owner.id, 2, { prefix: 'gamma', expired: true });
      await seedInvites(group.id, owner.id, 1, { prefix: 'delta', status: 'revoked' });
      await seedInvites(group.id, owner.id, 1, { prefix: 'epsilon', status: 'accepted' });
      await seedInvites(group.id, owner.id, 1, { prefix: 'zeta', status: 'bounced' });

      const emails = async (query: string) => (await allPages(owner, group.id, query)).seen.map((i) => i.email).sort();
      assert.deepEqual(await emails('search=ALPHA'), ['alpha-1@example.com', 'alpha-2@example.com', 'alpha-3@example.com']);
      assert.deepEqual(await emails('search=a-2%40'), ['alpha-2@example.com', 'beta-2@example.com', 'gamma-2@example.com']);
      assert.deepEqual(await emails('search=%25'), [], 'a % is a character, not a wildcard');
      assert.deepEqual(await emails('state=opened'), ['beta-1@example.com', 'beta-2@example.com']);
      assert.deepEqual(await emails('state=expired'), ['gamma-1@example.com', 'gamma-2@example.com']);
      assert.deepEqual(await emails('state=sent'), ['alpha-1@example.com', 'alpha-2@example.com', 'alpha-3@example.com']);
      const pending = await emails('state=pending');
      assert.equal(pending.length, 8, 'pending: sent, opened, expired and bounced, not revoked or accepted');
      assert.ok(!pending.some((email) => email.startsWith('delta') || email.startsWith('epsilon')));
      assert.equal(await count(owner, group.id, 'state=pending'), 8);
      assert.equal(await count(owner, group.id, 'state=expired&search=gamma-1'), 1);
      assert.equal(await count(owner, group.id, 'state=revoked'), 1);
      assert.equal(await count(owner, group.id, ''), 10);
    });

    test('bulk revoke ends every open invitation matching the search, only in this group, in one go', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const otherGroup = await buildGroup(owner);
      await seedInvites(group.id, owner.id, 60, { prefix: 'spam' });
      await seedInvites(group.id, owner.id, 2, { prefix: 'spam-old', status: 'accepted' });
      await seedInvites(group.id, owner.id, 5, { prefix: 'friend' });
      await seedInvites(otherGroup.id, owner.id, 4, { prefix: 'spam' });

      assert.equal(await count(owner, group.id, 'search=spam&state=pending'), 60, 'the button shows what it will revoke');
      const revoked = await owner.api.post(`/api/groups/${group.id}/email-invites/revoke`, { search: 'spam', state: 'pending' });
      assert.equal(revoked.status, 200);
      assert.deepEqual(revoked.body, { revoked: 60 });
      assert.equal(await count(owner, group.id, 'state=revoked'), 60);
      assert.equal(await count(owner, group.id, 'state=pending'), 5, 'the friends are still invited');
      assert.equal(await count(owner, group.id, 'state=accepted'), 2, 'accepted invitations are left alone');
      assert.equal(await count(owner, otherGroup.id, 'state=pending'), 4, 'the other group is untouched');

      const again = await owner.api.post(`/api/groups/${group.id}/email-invites/revoke`, { search: 'spam' });
      assert.deepEqual(again.body, { revoked: 0 }, 'revoking twice changes nothing');

      const friends = (await allPages(owner, group.id, 'search=friend')).seen;
      const chosen = friends.slice(0, 2).map((invite) => invite.id);
      const someIds = await owner.api.post(`/api/groups/${group.id}/email-invites/revoke`, { ids: chosen });
      assert.deepEqual(someIds.body, { revoked: 2 });
      const foreign = await owner.api.post(`/api/groups/${otherGroup.id}/email-invites/revoke`, {
        ids: friends.map((i) => i.id),
      });
      assert.deepEqual(foreign.body, { revoked: 0 }, 'ids of another group are not revoked through this one');
      assert.equal(await count(owner, group.id, 'state=pending'), 3);
    });

    test('only owners and admins may list, count or revoke invitations', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);
      await seedInvites(group.id, owner.id, 3, { prefix: 'guarded' });
      for (const person of [member, outsider]) {
        assert.equal((await person.api.get(`/api/groups/${group.id}/email-invites`)).status, 403);
        assert.equal((await person.api.get(`/api/groups/${group.id}/email-invites/count`)).status, 403);
        assert.equal((await person.api.post(`/api/groups/${group.id}/email-invites/revoke`, {})).status, 403);
      }
      assert.equal(await count(owner, group.id, 'state=pending'), 3, 'refused revokes changed nothing');
      assert.equal(await count(admin, group.id, 'state=pending'), 3);
      assert.deepEqual((await admin.api.post(`/api/groups/${group.id}/email-invites/revoke`, {})).body, { revoked: 3 });
    });

    test('with 10,000 pending invitations the People tab fetches as few rows as with none', async () => {
      const owner = await buildUser(t.app);
      const crowded = await buildGroup(owner);
      const empty = await buildGroup(owner);
      await seedInvites(crowded.id, owner.id, 10_000, { prefix: 'crowd' });
      await t.database.db.execute(sql`analyze email_invites`);

      /** The invitation requests the People tab makes: the collapsed count, then the first page when opened. */
      async function peopleTabRows(groupId: string) {
        const collapsed = await owner.api.get(`/api/groups/${groupId}/email-invites/count?state=pending`);
        const opened = await owner.api.get(`/api/groups/${groupId}/email-invites?state=pending`);
        assert.equal(opened.status, 200);
        return { count: collapsed.body.count, rows: 1 + opened.body.emailInvites.length, nextCursor: opened.body.nextCursor };
      }
      const crowdedTab = await peopleTabRows(crowded.id);
      const emptyTab = await peopleTabRows(empty.id);
      assert.equal(crowdedTab.count, 10_000, 'the collapsed header still says how many');
      assert.equal(emptyTab.count, 0);
      assert.equal(crowdedTab.rows, 51, 'one count row and one page of 50');
      assert.equal(emptyTab.rows, 1);
      assert.ok(crowdedTab.nextCursor, 'the rest is behind Load more');

      // The database side: every node of the page query's plan, first page and a deep page, returns at most 51 rows.
      const deep = await owner.api.get(`/api/groups/${crowded.id}/email-invites?state=pending&cursor=${crowdedTab.nextCursor}`);
      assert.equal(deep.body.emailInvites.length, 50);
      const [createdAt, id] = JSON.parse(Buffer.from(crowdedTab.nextCursor!, 'base64url').toString('utf8'));
      for (const cursor of [undefined, { createdAt, id }]) {
        const query = emailInvitesPageQuery(t.database.db, { groupId: crowded.id, state: 'pending', limit: 51, cursor });
        const result = await t.database.db.execute(sql`explain (analyze, format json) ${query}`);
        const rows = (result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[]);
        const plan = (rows[0] as Record<string, [{ Plan: PlanNode }]>)['QUERY PLAN']![0].Plan;
        const nodes = nodesOf(plan);
        assert.equal(nodes[0]!['Node Type'], 'Limit');
        for (const node of nodes) {
          assert.ok(node['Actual Rows'] <= 51, `${node['Node Type']} returned ${node['Actual Rows']} rows`);
        }
        assert.ok(!nodes.some((node) => node['Node Type'] === 'Sort'), 'no sort of the whole group');
      }
    });
  });
}
