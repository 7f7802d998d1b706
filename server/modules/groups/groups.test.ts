import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`groups and members (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('creating a group makes the creator its owner and its only member', async () => {
      const owner = await buildUser(t.app);
      const name = `Morning Runners ${randomBytes(3).toString('hex')}`;
      const response = await owner.api.post('/api/groups', {
        name,
        description: 'Run early',
        visibility: 'private',
      });
      assert.equal(response.status, 201);
      const { group } = response.body;
      assert.equal(group.slug, name.toLowerCase().replaceAll(' ', '-'), 'the slug is the readable name');
      assert.equal(group.memberCount, 1);
      assert.equal(group.visibility, 'private');
      assert.equal(group.role, 'owner');
      const list = await owner.api.get('/api/groups');
      assert.deepEqual(
        list.body.groups.map((g: { id: string }) => g.id),
        [group.id],
      );
      const bySlug = await owner.api.get(`/api/groups/${group.slug}`);
      assert.equal(bySlug.body.group.id, group.id);
      const members = await owner.api.get(`/api/groups/${group.id}/members`);
      assert.equal(members.body.members.length, 1);
      assert.equal(members.body.members[0].role, 'owner');
      assert.equal(members.body.members[0].joinedVia.kind, 'created');
    });

    test('group names over 80 characters, descriptions over 2,000 and unknown visibilities are 400s', async () => {
      const owner = await buildUser(t.app);
      const longName = await owner.api.post('/api/groups', { name: 'x'.repeat(81), visibility: 'public' });
      assert.equal(longName.status, 400);
      assert.match(longName.body.error.message, /80 characters/);
      const longDescription = await owner.api.post('/api/groups', {
        name: 'ok',
        description: 'x'.repeat(2001),
        visibility: 'public',
      });
      assert.equal(longDescription.status, 400);
      assert.match(longDescription.body.error.message, /2,000/);
      const badVisibility = await owner.api.post('/api/groups', { name: 'ok', visibility: 'secret' });
      assert.equal(badVisibility.status, 400);
      assert.equal((await owner.api.get('/api/groups')).body.groups.length, 0);
    });

    test('signed-out people cannot create groups', async () => {
      const response = await new ApiClient(t.app).post('/api/groups', { name: 'x', visibility: 'public' });
      assert.equal(response.status, 401);
    });

    test('a private group is invisible to non-members; a public one is visible but its members are not', async () => {
      const owner = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      const hidden = await buildGroup(owner, { visibility: 'private' });
      const open = await buildGroup(owner, { visibility: 'public' });
      assert.equal((await outsider.api.get(`/api/groups/${hidden.id}`)).status, 404);
      assert.equal((await outsider.api.get(`/api/groups/${hidden.id}/members`)).body.error.code, 'group_not_found');
      const visible = await outsider.api.get(`/api/groups/${open.id}`);
      assert.equal(visible.status, 200);
      assert.equal(visible.body.group.role, null);
      const members = await outsider.api.get(`/api/groups/${open.id}/members`);
      assert.equal(members.status, 403);
      assert.equal(members.body.error.code, 'forbidden');
    });

    test('the People list is newest first, searchable by name (and, for admins, email) prefix, and filterable by link', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const group = await buildGroup(owner);
      const zed = await buildUser(t.app, { name: 'Zed Zimmer', email: `zed-${Date.now()}@example.com` });
      const amy = await buildUser(t.app, { name: 'Amy Adams' });
      await addMember(owner, group.id, zed);
      await addMember(owner, group.id, amy);
      const all = await owner.api.get(`/api/groups/${group.id}/members`);
      assert.deepEqual(
        all.body.members.map((m: { user: { name: string } }) => m.user.name),
        ['Amy Adams', 'Zed Zimmer', 'Olive Owner'],
      );
      const byName = await owner.api.get(`/api/groups/${group.id}/members?q=zed%20z`);
      assert.deepEqual(
        byName.body.members.map((m: { user: { name: string } }) => m.user.name),
        ['Zed Zimmer'],
      );
      const byEmail = await owner.api.get(`/api/groups/${group.id}/members?q=ZED-`);
      assert.deepEqual(
        byEmail.body.members.map((m: { user: { name: string } }) => m.user.name),
        ['Zed Zimmer'],
      );
      const memberProbe = await amy.api.get(`/api/groups/${group.id}/members?q=ZED-`);
      assert.equal(memberProbe.body.members.length, 0, 'members search names only: they cannot probe addresses');
      const wildcard = await owner.api.get(`/api/groups/${group.id}/members?q=%25`);
      assert.equal(wildcard.body.members.length, 0, 'a % in the search is a literal, not a wildcard');
      const amyLink = all.body.members[0].joinedVia.inviteLinkId;
      const viaLink = await owner.api.get(`/api/groups/${group.id}/members?inviteLinkId=${amyLink}`);
      assert.deepEqual(
        viaLink.body.members.map((m: { user: { name: string } }) => m.user.name),
        ['Amy Adams'],
      );
      assert.equal(all.body.members[0].joinedVia.kind, 'invite_link');
      assert.deepEqual(all.body.members[0].joinedVia.invitedBy, { name: 'Olive Owner' });
    });

    test('members come 50 a page with a cursor that walks every member exactly once', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      // 119 members inserted directly, several sharing one joined_at, to prove the tie-break on user id.
      await t.database.db.execute(`
        with people as (
          insert into users (name, email, password_hash)
          select 'Bulk ' || n, 'bulk-' || n || '-' || '${group.id}' || '@example.com', '!'
          from generate_series(1, 119) as n returning id, name
        )
        insert into memberships (group_id, user_id, role, joined_via, joined_at)
        select '${group.id}', id, 'member', 'demo', now() - (substring(name from 6)::int / 3) * interval '1 minute' from people`);
      const seen: string[] = [];
      let cursor: string | null = null;
      const pageSizes: number[] = [];
      do {
        const page: { body: { members: { user: { id: string } }[]; nextCursor: string | null } } = await owner.api.get(
          `/api/groups/${group.id}/members${cursor ? `?cursor=${cursor}` : ''}`,
        );
        pageSizes.push(page.body.members.length);
        seen.push(...page.body.members.map((m) => m.user.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.deepEqual(pageSizes, [50, 50, 20]);
      assert.equal(new Set(seen).size, 120);
      const bad = await owner.api.get(`/api/groups/${group.id}/members?cursor=garbage`);
      assert.equal(bad.status, 400);
    });

    test('owners promote and demote; the change shows in the People list', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      const promoted = await owner.api.patch(`/api/groups/${group.id}/members/${member.id}`, { role: 'admin' });
      assert.equal(promoted.status, 200);
      assert.equal((await member.api.get(`/api/groups/${group.id}`)).body.group.role, 'admin');
      const demoted = await owner.api.patch(`/api/groups/${group.id}/members/${member.id}`, { role: 'member' });
      assert.equal(demoted.body.member.role, 'member');
      const toOwner = await owner.api.patch(`/api/groups/${group.id}/members/${member.id}`, { role: 'owner' });
      assert.equal(toOwner.status, 400);
    });

    test('removing a member takes them out and lowers the member count', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${member.id}`)).status, 204);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 1);
      assert.equal((await member.api.get(`/api/groups/${group.id}/members`)).status, 403);
      const again = await owner.api.delete(`/api/groups/${group.id}/members/${member.id}`);
      assert.equal(again.body.error.code, 'member_not_found');
    });

    test('a banned person is removed and cannot rejoin through any link until unbanned', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      assert.equal((await owner.api.post(`/api/groups/${group.id}/bans`, { userId: member.id })).status, 204);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 1);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const refused = await member.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'banned');
      assert.equal((await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0].uses, 0);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/bans/${member.id}`)).status, 204);
      const rejoined = await member.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(rejoined.body.membership.status, 'active');
    });

    test('nobody can act on an equal or higher role: admins cannot remove admins or the owner', async () => {
      const owner = await buildUser(t.app);
      const adminA = await buildUser(t.app);
      const adminB = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, adminA, 'admin');
      await addMember(owner, group.id, adminB, 'admin');
      assert.equal((await adminA.api.delete(`/api/groups/${group.id}/members/${adminB.id}`)).status, 403);
      assert.equal((await adminA.api.delete(`/api/groups/${group.id}/members/${owner.id}`)).status, 403);
      assert.equal((await adminA.api.post(`/api/groups/${group.id}/bans`, { userId: owner.id })).status, 403);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 3);
    });
  });
}
