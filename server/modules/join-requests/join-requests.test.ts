import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`join requests (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    async function requestToJoin(owner: SignedInUser, groupId: string, code: string) {
      const invitee = await buildUser(t.app);
      await invitee.api.post(`/api/invites/${code}/accept`);
      const requests = (await owner.api.get(`/api/groups/${groupId}/join-requests`)).body.joinRequests;
      return { invitee, request: requests.find((r: { user: { id: string } }) => r.user.id === invitee.id) };
    }

    async function privateGroupWithLink() {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Podcast' })).body.inviteLink;
      return { owner, group, link };
    }

    test('approving makes the requester a member attributed to the link; the request leaves the list', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const { invitee, request } = await requestToJoin(owner, group.id, link.code);
      assert.equal(request.inviteLinkLabel, 'Podcast');
      assert.equal((await owner.api.post(`/api/groups/${group.id}/join-requests/${request.id}/approve`)).status, 204);
      const members = (await owner.api.get(`/api/groups/${group.id}/members`)).body.members;
      assert.equal(members[0].user.id, invitee.id);
      assert.equal(members[0].joinedVia.inviteLinkLabel, 'Podcast');
      assert.equal((await invitee.api.get(`/api/groups/${group.id}/members`)).body.members[0].joinedVia, null);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
      assert.equal((await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests.length, 0);
      const approved = await owner.api.get(`/api/groups/${group.id}/join-requests?status=approved`);
      assert.equal(approved.body.joinRequests[0].id, request.id);
    });

    test('declining tells the requester on their next visit, and they cannot request again through a link before the cooldown', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const { invitee, request } = await requestToJoin(owner, group.id, link.code);
      assert.equal((await owner.api.post(`/api/groups/${group.id}/join-requests/${request.id}/decline`)).status, 204);
      const preview = await invitee.api.get(`/api/invites/${link.code}`);
      assert.equal(preview.body.invite.viewerStatus, 'declined');
      const again = await invitee.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(again.status, 403);
      assert.equal(again.body.error.code, 'request_declined');
    });

    test('deciding a request twice is 409 already_decided, also when two admins decide at the same instant', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      const { request } = await requestToJoin(owner, group.id, link.code);
      const [a, b] = await Promise.all([
        owner.api.post(`/api/groups/${group.id}/join-requests/${request.id}/approve`),
        admin.api.post(`/api/groups/${group.id}/join-requests/${request.id}/decline`),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [204, 409]);
      const loser = a.status === 409 ? a : b;
      assert.equal(loser.body.error.code, 'already_decided');
      const memberCount = (await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount;
      assert.equal(memberCount, a.status === 204 ? 3 : 2);
      const unknown = await owner.api.post(`/api/groups/${group.id}/join-requests/00000000-0000-4000-8000-000000000000/approve`);
      assert.equal(unknown.status, 404);
    });

    test('bulk: approve every pending request from one link, leaving the others', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const otherLink = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Other' })).body.inviteLink;
      await requestToJoin(owner, group.id, link.code);
      await requestToJoin(owner, group.id, link.code);
      const { request: other } = await requestToJoin(owner, group.id, otherLink.code);
      const result = await owner.api.post(`/api/groups/${group.id}/join-requests/approve`, { inviteLinkId: link.id });
      assert.equal(result.status, 200);
      assert.equal(result.body.decided.length, 2);
      const left = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      assert.deepEqual(
        left.map((r: { id: string }) => r.id),
        [other.id],
      );
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 3);
    });

    test('bulk decline by ids reports the ones already decided', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const { request: first } = await requestToJoin(owner, group.id, link.code);
      const { request: second } = await requestToJoin(owner, group.id, link.code);
      await owner.api.post(`/api/groups/${group.id}/join-requests/${first.id}/approve`);
      const result = await owner.api.post(`/api/groups/${group.id}/join-requests/decline`, { requestIds: [first.id, second.id] });
      assert.deepEqual(result.body, { decided: [second.id], alreadyDecided: [first.id] });
      const empty = await owner.api.post(`/api/groups/${group.id}/join-requests/decline`, {});
      assert.equal(empty.status, 400);
    });

    test('banning someone with a pending request declines it', async () => {
      const { owner, group, link } = await privateGroupWithLink();
      const { invitee } = await requestToJoin(owner, group.id, link.code);
      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: invitee.id });
      assert.equal((await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests.length, 0);
    });
  });
}
