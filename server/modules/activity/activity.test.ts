import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

type Entry = {
  kind: string;
  actor: { id: string; name: string } | null;
  target: { user: { id: string; name: string } | null; inviteLink: { id: string; label: string } | null };
  details: Record<string, any>;
};

for (const kind of databaseKinds) {
  describe(`activity log (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    async function activity(user: SignedInUser, groupId: string, query = ''): Promise<Entry[]> {
      const response = await user.api.get(`/api/groups/${groupId}/activity${query}`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      return response.body.entries;
    }

    async function requestToJoin(owner: SignedInUser, groupId: string, code: string) {
      const person = await buildUser(t.app);
      await person.api.post(`/api/invites/${code}/accept`);
      const requests = (await owner.api.get(`/api/groups/${groupId}/join-requests`)).body.joinRequests;
      return { person, request: requests.find((r: { user: { id: string } }) => r.user.id === person.id) };
    }

    test('every admin action leaves an entry naming the actor, the target and what changed', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const group = await buildGroup(owner, { visibility: 'private' });
      const admin = await buildUser(t.app, { name: 'Adam Admin' });
      await addMember(owner, group.id, admin, 'admin');

      const link = (await admin.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Flyer' })).body.inviteLink;
      await admin.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { label: 'Poster', maxUses: 20 });
      const fresh = (await admin.api.post(`/api/groups/${group.id}/invite-links/${link.id}/reset`)).body.inviteLink;
      await admin.api.delete(`/api/groups/${group.id}/invite-links/${fresh.id}`);
      await owner.api.post(`/api/groups/${group.id}/invites/pause`);
      await owner.api.post(`/api/groups/${group.id}/invites/resume`);

      const open = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const first = await requestToJoin(owner, group.id, open.code);
      await admin.api.post(`/api/groups/${group.id}/join-requests/${first.request.id}/approve`);
      const others = [await requestToJoin(owner, group.id, open.code), await requestToJoin(owner, group.id, open.code)];
      await admin.api.post(`/api/groups/${group.id}/join-requests/decline`, { requestIds: others.map((o) => o.request.id) });

      await owner.api.patch(`/api/groups/${group.id}/members/${first.person.id}`, { role: 'admin' });
      await owner.api.patch(`/api/groups/${group.id}/members/${first.person.id}`, { role: 'member' });
      await admin.api.delete(`/api/groups/${group.id}/members/${first.person.id}`);
      await admin.api.post(`/api/groups/${group.id}/bans`, { userId: others[0]!.person.id });
      await admin.api.delete(`/api/groups/${group.id}/bans/${others[0]!.person.id}`);
      await owner.api.patch(`/api/groups/${group.id}`, { description: 'Knitting on Thursdays' });

      const entries = await activity(admin, group.id);
      const byKind = (kind: string) => entries.filter((entry) => entry.kind === kind);
      assert.deepEqual(
        entries.map((entry) => entry.kind).sort(),
        [
          'group.settings_changed',
          'invite_link.created',
          'invite_link.created',
          'invite_link.created', // the link used for addMember
          'invite_link.edited',
          'invite_link.reset', // one entry: the reset names the old link and the fresh one
          'invite_link.revoked',
          'invites.paused',
          'invites.resumed',
          'join_request.approved',
          'join_request.approved', // addMember's approval (private group)
          'join_request.declined',
          'member.banned',
          'member.removed',
          'member.role_changed',
          'member.role_changed',
          'member.role_changed', // addMember's promotion to admin
          'member.unbanned',
        ].sort(),
      );

      const edited = byKind('invite_link.edited')[0]!;
      assert.equal(edited.actor?.name, 'Adam Admin');
      assert.equal(edited.target.inviteLink?.id, link.id);
      assert.deepEqual(edited.details.changes, {
        label: { before: 'Flyer', after: 'Poster' },
        maxUses: { before: null, after: 20 },
      });
      assert.equal(byKind('invite_link.reset')[0]!.target.inviteLink?.id, link.id);
      assert.equal(byKind('invite_link.reset')[0]!.details.newInviteLinkId, fresh.id);
      assert.equal(byKind('invite_link.revoked')[0]!.target.inviteLink?.id, fresh.id);

      const declined = byKind('join_request.declined')[0]!;
      assert.equal(declined.details.count, 2, 'a bulk decision records how many it decided');
      const approved = byKind('join_request.approved').find((entry) => entry.target.user?.id === first.person.id)!;
      assert.equal(approved.actor?.id, admin.id);
      assert.equal(approved.details.count, 1);

      const demoted = byKind('member.role_changed').find((entry) => entry.details.changes.role.before === 'admin')!;
      assert.deepEqual(demoted.details.changes, { role: { before: 'admin', after: 'member' } });
      assert.equal(demoted.target.user?.id, first.person.id);
      assert.equal(byKind('member.banned')[0]!.target.user?.id, others[0]!.person.id);
      assert.deepEqual(byKind('group.settings_changed')[0]!.details.changes, {
        description: { before: '', after: 'Knitting on Thursdays' },
      });
      assert.equal(entries[0]!.kind, 'group.settings_changed', 'newest first');
    });

    test('revoking email invitations is logged once per action, with the address or the count; repeats log nothing', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const group = await buildGroup(owner);
      const admin = await buildUser(t.app, { name: 'Adam Admin' });
      await addMember(owner, group.id, admin, 'admin');
      const stamp = Date.now();
      const emails = ['grace', 'spam-1', 'spam-2', 'spam-3'].map((name) => `${name}-${stamp}@example.com`);
      const sent = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails });
      const [grace] = sent.body.sent as { id: string; email: string }[];

      assert.equal((await admin.api.delete(`/api/groups/${group.id}/email-invites/${grace!.id}`)).status, 200);
      assert.equal((await admin.api.delete(`/api/groups/${group.id}/email-invites/${grace!.id}`)).status, 200);
      const bulk = await owner.api.post(`/api/groups/${group.id}/email-invites/revoke`, { search: `spam` });
      assert.deepEqual(bulk.body, { revoked: 3 });
      assert.deepEqual((await owner.api.post(`/api/groups/${group.id}/email-invites/revoke`, {})).body, { revoked: 0 });

      const entries = await activity(owner, group.id, '?kind=email_invite.revoked');
      assert.deepEqual(
        entries.map((entry) => ({ actor: entry.actor?.name, details: entry.details })),
        [
          { actor: 'Olive Owner', details: { count: 3 } },
          { actor: 'Adam Admin', details: { count: 1, email: grace!.email } },
        ],
        'one entry per revoke that changed something, newest first',
      );
    });

    test('filters by kind and by person, and pages with a keyset cursor', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      for (let index = 0; index < 55; index++) {
        await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: `Owner ${index}` });
      }
      const adminLink = (await admin.api.post(`/api/groups/${group.id}/invite-links`, { label: 'By admin' })).body.inviteLink;
      await admin.api.delete(`/api/groups/${group.id}/invite-links/${adminLink.id}`);

      const byAdmin = await activity(owner, group.id, `?actorId=${admin.id}`);
      assert.deepEqual(
        byAdmin.map((entry) => entry.kind),
        ['invite_link.revoked', 'invite_link.created'],
      );
      const revoked = await activity(owner, group.id, '?kind=invite_link.revoked');
      assert.deepEqual(
        revoked.map((entry) => entry.target.inviteLink?.label),
        ['By admin'],
      );

      const created = `?kind=invite_link.created&actorId=${owner.id}`;
      const page1 = (await owner.api.get(`/api/groups/${group.id}/activity${created}`)).body;
      assert.equal(page1.entries.length, 50);
      assert.ok(page1.nextCursor);
      const page2 = (await owner.api.get(`/api/groups/${group.id}/activity${created}&cursor=${page1.nextCursor}`)).body;
      assert.equal(page2.nextCursor, null);
      const labels = [...page1.entries, ...page2.entries].map((entry: Entry) => entry.target.inviteLink?.label);
      assert.equal(labels.length, 56, '55 links plus the one addMember made');
      assert.equal(new Set(labels).size, 56, 'no entry twice across pages');

      const bad = await owner.api.get(`/api/groups/${group.id}/activity?kind=nonsense`);
      assert.equal(bad.status, 400);
      assert.equal((await owner.api.get(`/api/groups/${group.id}/activity?cursor=xyz`)).status, 400);
    });

    test('owners and admins read the log; members and outsiders do not; there is no way to edit or delete it', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const member = await buildUser(t.app);
      await addMember(owner, group.id, member);
      const outsider = await buildUser(t.app);
      assert.equal((await member.api.get(`/api/groups/${group.id}/activity`)).status, 403);
      assert.equal((await outsider.api.get(`/api/groups/${group.id}/activity`)).status, 404);
      const [entry] = await activity(owner, group.id);
      for (const method of ['DELETE', 'PATCH', 'PUT'] as const) {
        const response = await owner.api.request(method, `/api/groups/${group.id}/activity/${(entry as any).id}`, {});
        assert.equal(response.status, 404, `${method} is not a route`);
      }
      assert.equal((await owner.api.request('DELETE', `/api/groups/${group.id}/activity`)).status, 404);
    });

    test('a refused action leaves no entry', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      const before = await activity(owner, group.id);
      assert.equal((await admin.api.post(`/api/groups/${group.id}/invites/pause`)).status, 403);
      assert.equal((await admin.api.delete(`/api/groups/${group.id}/members/${owner.id}`)).status, 403);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const afterLink = await activity(owner, group.id);
      assert.equal(afterLink.length, before.length + 1);
      assert.equal((await owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { maxUses: 0 })).status, 400);
      assert.deepEqual(await activity(owner, group.id), afterLink);
    });

    test('the entry and its action commit together: when the entry cannot be written, the action is undone', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Door' })).body.inviteLink;
      const member = await buildUser(t.app);
      await member.api.post(`/api/invites/${link.code}/accept`);
      const before = await activity(owner, group.id);

      // Make the log refuse this group's entries from now on, as a disk or constraint failure would.
      await t.database.executeSql(`
        create function refuse_activity() returns trigger language plpgsql as $$
        begin raise exception 'activity log unavailable'; end $$;
        create trigger refuse_activity before insert on group_activity
          for each row when (new.group_id = '${group.id}') execute function refuse_activity();`);
      try {
        assert.equal((await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`)).status, 500);
        assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${member.id}`)).status, 500);
        assert.equal((await owner.api.post(`/api/groups/${group.id}/invites/pause`)).status, 500);

        const links = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
        assert.equal(links.find((l: { id: string }) => l.id === link.id).state, 'active', 'the revoke was rolled back');
        const members = (await owner.api.get(`/api/groups/${group.id}/members`)).body.members;
        assert.ok(
          members.some((m: { user: { id: string } }) => m.user.id === member.id),
          'the removal was rolled back',
        );
        assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.invitesPaused, false);
        assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
      } finally {
        await t.database.executeSql('drop trigger refuse_activity on group_activity; drop function refuse_activity();');
      }
      assert.deepEqual(await activity(owner, group.id), before, 'the log is unchanged');
    });
  });
}
