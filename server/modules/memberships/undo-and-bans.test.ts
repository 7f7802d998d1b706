import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

type Member = {
  user: { id: string };
  role: string;
  joinedAt: string;
  joinedVia: { kind: string; inviteLinkLabel: string | null };
};

for (const kind of databaseKinds) {
  describe(`undo of remove and ban, and the banned list (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    const memberOf = async (
      api: { get: (url: string) => Promise<{ body: { members: Member[] } }> },
      groupId: string,
      userId: string,
    ) => (await api.get(`/api/groups/${groupId}/members`)).body.members.find((member) => member.user.id === userId);

    test('undo of a removal re-adds the member with the same role, join date and attribution', async () => {
      const owner = await buildUser(t.app, { name: 'Olive' });
      const group = await buildGroup(owner);
      const admin = await buildUser(t.app, { name: 'Adam' });
      await addMember(owner, group.id, admin, 'admin');
      const before = await memberOf(owner.api, group.id, admin.id);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${admin.id}`)).status, 204);
      assert.equal(await memberOf(owner.api, group.id, admin.id), undefined);
      const undo = await owner.api.post(`/api/groups/${group.id}/members/${admin.id}/restore`);
      assert.equal(undo.status, 200);
      assert.deepEqual(undo.body.member, { userId: admin.id, role: 'admin', restored: true });
      assert.deepEqual(await memberOf(owner.api, group.id, admin.id), before);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
      const twice = await owner.api.post(`/api/groups/${group.id}/members/${admin.id}/restore`);
      assert.equal(twice.status, 409);
      assert.equal(twice.body.error.code, 'undo_unavailable');
    });

    test('undo of a ban lifts the ban and restores the membership; the banned list shows who and when', async () => {
      const owner = await buildUser(t.app, { name: 'Olive' });
      const group = await buildGroup(owner);
      const member = await buildUser(t.app, { name: 'Bea Banned' });
      await addMember(owner, group.id, member);
      const before = await memberOf(owner.api, group.id, member.id);
      assert.equal((await owner.api.post(`/api/groups/${group.id}/bans`, { userId: member.id })).status, 204);
      const bans = (await owner.api.get(`/api/groups/${group.id}/bans`)).body.bans;
      assert.equal(bans.length, 1);
      assert.deepEqual(bans[0].user, { id: member.id, name: 'Bea Banned' });
      assert.deepEqual(bans[0].bannedBy, { name: 'Olive' });
      assert.ok(Date.parse(bans[0].bannedAt) > Date.now() - 60_000);

      const undo = await owner.api.post(`/api/groups/${group.id}/members/${member.id}/restore`);
      assert.equal(undo.status, 200);
      assert.deepEqual(await memberOf(owner.api, group.id, member.id), before);
      assert.deepEqual((await owner.api.get(`/api/groups/${group.id}/bans`)).body.bans, []);
    });

    test('unban lifts a ban without re-adding anyone; an old removal cannot be undone after the window', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const member = await buildUser(t.app);
      await addMember(owner, group.id, member);
      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: member.id });
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/bans/${member.id}`)).status, 204);
      assert.deepEqual((await owner.api.get(`/api/groups/${group.id}/bans`)).body.bans, []);
      assert.equal(await memberOf(owner.api, group.id, member.id), undefined);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/bans/${member.id}`)).status, 404);
      // The person can come back through a link again.
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assert.equal((await member.api.post(`/api/invites/${link.code}/accept`)).status, 200);

      const other = await buildUser(t.app);
      await addMember(owner, group.id, other);
      await owner.api.delete(`/api/groups/${group.id}/members/${other.id}`);
      await t.database.db.execute(
        sql`update membership_removals set removed_at = now() - interval '11 minutes' where user_id = ${other.id}`,
      );
      const late = await owner.api.post(`/api/groups/${group.id}/members/${other.id}/restore`);
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'undo_unavailable');
      assert.equal(await memberOf(owner.api, group.id, other.id), undefined);
    });

    test('undo of a ban reopens exactly the join requests the ban declined, in the same step', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const requester = await buildUser(t.app);
      const bystander = await buildUser(t.app);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const requestIds = async (status: string) =>
        (await owner.api.get(`/api/groups/${group.id}/join-requests?status=${status}`)).body.joinRequests
          .filter((request: { user: { id: string } }) => request.user.id === requester.id)
          .map((request: { id: string }) => request.id);

      // An earlier request the owner declined on its own: the undo must leave it declined.
      await requester.api.post(`/api/invites/${link.code}/accept`);
      const [earlier] = await requestIds('pending');
      await owner.api.post(`/api/groups/${group.id}/join-requests/${earlier}/decline`);
      await t.database.db.execute(
        sql`update join_requests set decided_at = now() - interval '400 days', created_at = now() - interval '401 days' where id = ${earlier}`,
      );
      assert.equal((await requester.api.post(`/api/invites/${link.code}/accept`)).body.membership.status, 'pending');
      await bystander.api.post(`/api/invites/${link.code}/accept`);
      const [open] = await requestIds('pending');

      assert.equal((await owner.api.post(`/api/groups/${group.id}/bans`, { userId: requester.id })).status, 204);
      assert.deepEqual(await requestIds('pending'), [], 'the ban declined the open request');
      assert.deepEqual((await requestIds('declined')).sort(), [earlier, open].sort());

      const undo = await owner.api.post(`/api/groups/${group.id}/members/${requester.id}/restore`);
      assert.equal(undo.status, 200);
      assert.deepEqual(await requestIds('pending'), [open], 'the request the ban declined waits for review again');
      assert.deepEqual(await requestIds('declined'), [earlier], 'the owner’s own decision stands');
      assert.equal((await requester.api.get(`/api/groups/${group.id}`)).body.group.viewerStatus, 'pending');
      const bystanders = (await owner.api.get(`/api/groups/${group.id}/join-requests?status=pending`)).body.joinRequests;
      assert.equal(bystanders.length, 2, "the bystander's request was never touched");
    });

    test('a ban lifted through restore after the undo window leaves the requests it declined declined', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const requester = await buildUser(t.app);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await requester.api.post(`/api/invites/${link.code}/accept`);
      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: requester.id });
      await t.database.db.execute(
        sql`update group_bans set created_at = now() - interval '11 minutes' where user_id = ${requester.id}`,
      );
      assert.equal((await owner.api.post(`/api/groups/${group.id}/members/${requester.id}/restore`)).status, 200);
      assert.deepEqual((await owner.api.get(`/api/groups/${group.id}/bans`)).body.bans, []);
      const pending = (await owner.api.get(`/api/groups/${group.id}/join-requests?status=pending`)).body.joinRequests;
      assert.deepEqual(pending, []);
    });

    test('only owners and admins list bans, unban or undo; an admin cannot restore an admin', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const admin = await buildUser(t.app);
      const otherAdmin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, otherAdmin, 'admin');
      await addMember(owner, group.id, member);
      const target = await buildUser(t.app);
      await addMember(owner, group.id, target);
      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: target.id });

      for (const who of [member, outsider]) {
        assert.equal((await who.api.get(`/api/groups/${group.id}/bans`)).status, 403);
        assert.equal((await who.api.delete(`/api/groups/${group.id}/bans/${target.id}`)).status, 403);
        assert.equal((await who.api.post(`/api/groups/${group.id}/members/${target.id}/restore`)).status, 403);
      }
      assert.equal((await admin.api.get(`/api/groups/${group.id}/bans`)).status, 200);

      await owner.api.delete(`/api/groups/${group.id}/members/${otherAdmin.id}`);
      const refused = await admin.api.post(`/api/groups/${group.id}/members/${otherAdmin.id}/restore`);
      assert.equal(refused.status, 403);
      assert.equal(await memberOf(owner.api, group.id, otherAdmin.id), undefined);
      assert.equal((await owner.api.post(`/api/groups/${group.id}/members/${otherAdmin.id}/restore`)).status, 200);
    });
  });
}
