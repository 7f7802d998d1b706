import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { inviteLinks } from '../../db/schema/index.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildGroup, buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../tests/support/test-app.js';
import { sha256 } from '../../shared/tokens.js';

for (const kind of databaseKinds) {
  describe(`invite links (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('an admin creates a link with settings; it is PUBLIC_URL/invite/<code> and the database holds no usable code', async () => {
      const owner = await buildUser(t.app, { name: 'Olive' });
      const group = await buildGroup(owner);
      const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
      const response = await owner.api.post(`/api/groups/${group.id}/invite-links`, {
        label: 'Instagram bio',
        expiresAt,
        maxUses: 10,
        requiresApproval: true,
      });
      assert.equal(response.status, 201);
      const link = response.body.inviteLink;
      assert.match(link.code, /^[A-Za-z0-9_-]{32}$/);
      assert.equal(link.url, `${TEST_PUBLIC_URL}/invite/${link.code}`);
      assert.equal(link.label, 'Instagram bio');
      assert.equal(link.expiresAt, expiresAt);
      assert.equal(link.maxUses, 10);
      assert.equal(link.uses, 0);
      assert.equal(link.requiresApproval, true);
      assert.equal(link.state, 'active');
      assert.deepEqual(link.createdBy, { id: owner.id, name: 'Olive' });
      const [row] = await t.database.db.select().from(inviteLinks).where(eq(inviteLinks.id, link.id));
      const dump = JSON.stringify(row);
      assert.equal(dump.includes(link.code), false, 'the code is not stored in clear');
      assert.deepEqual(row!.codeHash, sha256(link.code));
    });

    test('bad settings are 400s and create nothing', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const cases = [
        { maxUses: 0 },
        { maxUses: 100_001 },
        { maxUses: 2.5 },
        { expiresAt: new Date(Date.now() - 1000).toISOString() },
        { expiresAt: 'tomorrow' },
        { label: 'x'.repeat(101) },
      ];
      for (const body of cases) {
        const response = await owner.api.post(`/api/groups/${group.id}/invite-links`, body);
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.equal(response.body.error.code, 'validation_failed');
      }
      assert.equal((await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks.length, 0);
    });

    test("the dialog's current link is created once and then reused", async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const first = await owner.api.post(`/api/groups/${group.id}/invite-links/current`);
      assert.equal(first.status, 201);
      const second = await owner.api.post(`/api/groups/${group.id}/invite-links/current`);
      assert.equal(second.status, 200);
      assert.equal(second.body.inviteLink.id, first.body.inviteLink.id);
      await owner.api.delete(`/api/groups/${group.id}/invite-links/${first.body.inviteLink.id}`);
      const third = await owner.api.post(`/api/groups/${group.id}/invite-links/current`);
      assert.notEqual(third.body.inviteLink.id, first.body.inviteLink.id);
    });

    test('anyone can preview a link without signing in, and previewing joins nobody', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const group = await buildGroup(owner, { name: 'Morning Runners', description: 'Run early', visibility: 'private' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const visitor = new ApiClient(t.app);
      const preview = await visitor.get(`/api/invites/${link.code}`);
      assert.equal(preview.status, 200);
      assert.deepEqual(preview.body.invite.inviter, { name: 'Olive Owner' });
      assert.equal(preview.body.invite.group.name, 'Morning Runners');
      assert.equal(preview.body.invite.group.description, 'Run early');
      assert.equal(preview.body.invite.group.initials, 'MR');
      assert.equal(preview.body.invite.group.memberCount, 1);
      assert.equal(preview.body.invite.group.visibility, 'private');
      assert.equal(preview.body.invite.requiresApproval, true);
      const signedIn = await buildUser(t.app);
      await signedIn.api.get(`/api/invites/${link.code}`);
      const links = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
      assert.equal(links[0].uses, 0);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 1);
    });

    test('unknown codes, malformed codes and codes of deleted groups get the same 404', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await t.database.db.execute(sql`delete from groups where id = ${group.id}`);
      const api = new ApiClient(t.app);
      const answers = await Promise.all([
        api.get(`/api/invites/${link.code}`),
        api.get(`/api/invites/${'A'.repeat(32)}`),
        api.get('/api/invites/not-a-code'),
      ]);
      for (const answer of answers) {
        assert.equal(answer.status, 404);
        assert.deepEqual(answer.body, answers[0]!.body);
      }
      assert.equal(answers[0]!.body.error.code, 'invite_not_found');
    });

    test('joining a public group through a link makes an active member, attributed to the link and its creator', async () => {
      const owner = await buildUser(t.app, { name: 'Olive' });
      const group = await buildGroup(owner, { visibility: 'public' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Webinar' })).body.inviteLink;
      const invitee = await buildUser(t.app, { name: 'Ivy' });
      const accepted = await invitee.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(accepted.status, 200);
      assert.deepEqual(accepted.body.membership, { groupId: group.id, groupSlug: group.slug, status: 'active', role: 'member' });
      const members = (await owner.api.get(`/api/groups/${group.id}/members`)).body.members;
      assert.equal(members[0].user.name, 'Ivy');
      assert.deepEqual(members[0].joinedVia, {
        kind: 'invite_link',
        inviteLinkId: link.id,
        inviteLinkLabel: 'Webinar',
        invitedBy: { name: 'Olive' },
      });
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
      assert.equal(listed.uses, 1);
      assert.equal(listed.joins, 1);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
    });

    test('accepting again: already a member, no use counted', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const invitee = await buildUser(t.app);
      // Outside clients may POST with no body at all.
      const first = await invitee.api.request('POST', `/api/invites/${link.code}/accept`);
      assert.equal(first.body.membership.status, 'active');
      const again = await invitee.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(again.status, 200);
      assert.equal(again.body.alreadyMember, true);
      const ownerAccept = await owner.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(ownerAccept.body.alreadyMember, true);
      assert.equal(ownerAccept.body.membership.role, 'owner');
      assert.equal((await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0].uses, 1);
    });

    test('a private group turns an accept into a pending request; repeating it counts no new use', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { requiresApproval: false })).body.inviteLink;
      assert.equal(link.requiresApproval, true, "a private group's link cannot switch approval off");
      const invitee = await buildUser(t.app);
      const first = await invitee.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(first.body.membership.status, 'pending');
      assert.equal(first.body.membership.role, null);
      const second = await invitee.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(second.status, 200);
      assert.equal(second.body.membership.status, 'pending');
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
      assert.equal(listed.uses, 1);
      assert.equal(listed.pending, 1);
      assert.equal((await invitee.api.get(`/api/groups/${group.id}/members`)).status, 404);
      assert.equal((await invitee.api.get(`/api/invites/${link.code}`)).body.invite.viewerStatus, 'pending');
    });

    test("a public group's link can require approval", async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { requiresApproval: true })).body.inviteLink;
      const invitee = await buildUser(t.app);
      assert.equal((await invitee.api.post(`/api/invites/${link.code}/accept`)).body.membership.status, 'pending');
    });

    test("raising or lowering a used link's limit lets exactly the new number in", async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: 2 })).body.inviteLink;
      const join = async () => (await (await buildUser(t.app)).api.post(`/api/invites/${link.code}/accept`)).status;
      assert.deepEqual([await join(), await join(), await join()], [200, 200, 410]);
      const edit = (maxUses: number | null) => owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { maxUses });
      assert.equal((await edit(1)).status, 400, 'not below the uses already counted');
      assert.equal((await edit(5)).body.inviteLink.uses, 2);
      assert.deepEqual([await join(), await join(), await join(), await join()], [200, 200, 200, 410]);
      assert.equal((await edit(null)).status, 200);
      assert.equal(await join(), 200);
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
      assert.deepEqual([listed.uses, listed.maxUses], [6, null]);
      assert.equal((await edit(6)).body.inviteLink.state, 'used_up');
      assert.equal(await join(), 410);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 7);
    });

    test('membership questions must be answered before a request is sent, and the answers reach the admins', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const questions = await owner.api.patch(`/api/groups/${group.id}`, {
        membershipQuestions: ['What are you building?', 'Who sent you?'],
      });
      assert.equal(questions.status, 200);
      const tooMany = await owner.api.patch(`/api/groups/${group.id}`, { membershipQuestions: ['1', '2', '3', '4'] });
      assert.equal(tooMany.status, 400);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const invitee = await buildUser(t.app, { name: 'Quinn' });
      const preview = await invitee.api.get(`/api/invites/${link.code}`);
      assert.deepEqual(preview.body.invite.group.membershipQuestions, ['What are you building?', 'Who sent you?']);
      const unanswered = await invitee.api.post(`/api/invites/${link.code}/accept`, { answers: ['A CRM'] });
      assert.equal(unanswered.status, 400);
      assert.equal(
        (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0].uses,
        0,
        'nothing half-written',
      );
      const answered = await invitee.api.post(`/api/invites/${link.code}/accept`, { answers: ['A CRM', 'Olive'] });
      assert.equal(answered.body.membership.status, 'pending');
      const requests = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      assert.deepEqual(requests[0].answers, [
        { question: 'What are you building?', answer: 'A CRM' },
        { question: 'Who sent you?', answer: 'Olive' },
      ]);
      assert.equal(requests[0].user.name, 'Quinn');
      assert.equal(requests[0].inviteLinkId, link.id);
    });

    test('expired, used-up, revoked and paused links are refused with their own 410 code', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const expiring = (
        await owner.api.post(`/api/groups/${group.id}/invite-links`, { expiresAt: new Date(Date.now() + 60_000).toISOString() })
      ).body.inviteLink;
      await t.database.db
        .update(inviteLinks)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(inviteLinks.id, expiring.id));
      const single = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: 1 })).body.inviteLink;
      await (await buildUser(t.app)).api.post(`/api/invites/${single.code}/accept`);
      const revoked = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assert.equal(
        (await owner.api.delete(`/api/groups/${group.id}/invite-links/${revoked.id}`)).body.inviteLink.state,
        'revoked',
      );
      const invitee = await buildUser(t.app);
      for (const [code, expected] of [
        [expiring.code, 'invite_expired'],
        [single.code, 'invite_exhausted'],
        [revoked.code, 'invite_revoked'],
      ]) {
        const preview = await invitee.api.get(`/api/invites/${code}`);
        assert.equal(preview.status, 410);
        assert.equal(preview.body.error.code, expected);
        assert.match(preview.body.error.message, /Ask an admin/);
        const accept = await invitee.api.post(`/api/invites/${code}/accept`);
        assert.equal(accept.body.error.code, expected);
      }
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
      assert.deepEqual(listed.map((link: { state: string }) => link.state).sort(), ['expired', 'revoked', 'used_up']);
      const open = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assert.equal((await owner.api.post(`/api/groups/${group.id}/invites/pause`)).body.group.invitesPaused, true);
      assert.equal((await invitee.api.post(`/api/invites/${open.code}/accept`)).body.error.code, 'invites_paused');
      await owner.api.post(`/api/groups/${group.id}/invites/resume`);
      assert.equal((await invitee.api.post(`/api/invites/${open.code}/accept`)).body.membership.status, 'active');
    });

    test("a dead link names a public group's page to anyone, a private group's only to its members", async () => {
      const owner = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      const visitor = new ApiClient(t.app);
      const deadLinkOf = async (group: { id: string }) => {
        const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
        await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
        return link.code as string;
      };
      const detailsFor = async (api: ApiClient, code: string) => {
        const answer = await api.get(`/api/invites/${code}`);
        assert.equal(answer.status, 410);
        assert.equal(answer.body.error.code, 'invite_revoked');
        return answer.body.error.details;
      };

      const open = await buildGroup(owner, { visibility: 'public' });
      const openCode = await deadLinkOf(open);
      const seenSignedOut = await detailsFor(visitor, openCode);
      assert.equal(seenSignedOut.group.slug, open.slug, 'anyone may join a public group from its page');
      assert.equal(seenSignedOut.viewerStatus, null);
      assert.equal((await detailsFor(owner.api, openCode)).viewerStatus, 'member');

      const closed = await buildGroup(owner, { visibility: 'private' });
      const closedCode = await deadLinkOf(closed);
      for (const api of [visitor, outsider.api]) {
        const details = await detailsFor(api, closedCode);
        assert.equal(details.group.slug, null, "a private group's address stays with its members");
        assert.equal(details.viewerStatus, null);
        assert.equal(details.group.name, closed.name);
      }
      const seenByMember = await detailsFor(owner.api, closedCode);
      assert.equal(seenByMember.viewerStatus, 'member');
      assert.equal(seenByMember.group.slug, closed.slug);

      // A banned person is told so, and is not pointed to the public page's Join.
      const banned = await buildUser(t.app);
      await owner.api.post(`/api/groups/${open.id}/bans`, { userId: banned.id });
      const seenByBanned = await detailsFor(banned.api, openCode);
      assert.equal(seenByBanned.viewerStatus, 'banned');
      assert.equal(seenByBanned.group.slug, null);
    });

    test('editing a link changes its label, expiry and limit; the limit cannot go below the uses', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: 5 })).body.inviteLink;
      await (await buildUser(t.app)).api.post(`/api/invites/${link.code}/accept`);
      await (await buildUser(t.app)).api.post(`/api/invites/${link.code}/accept`);
      const edited = await owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, {
        label: 'Newsletter',
        maxUses: null,
        expiresAt: null,
      });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.inviteLink.label, 'Newsletter');
      assert.equal(edited.body.inviteLink.maxUses, null);
      assert.equal(edited.body.inviteLink.code, link.code);
      const tooLow = await owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { maxUses: 1 });
      assert.equal(tooLow.status, 400);
      assert.match(tooLow.body.error.message, /already been used 2 times/);
    });

    test('reset revokes the old code and issues a fresh one with the same settings', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (
        await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Flyer', maxUses: 7, requiresApproval: true })
      ).body.inviteLink;
      const reset = await owner.api.post(`/api/groups/${group.id}/invite-links/${link.id}/reset`);
      assert.equal(reset.status, 201);
      const fresh = reset.body.inviteLink;
      assert.notEqual(fresh.code, link.code);
      assert.deepEqual([fresh.label, fresh.maxUses, fresh.requiresApproval, fresh.uses], ['Flyer', 7, true, 0]);
      const invitee = await buildUser(t.app);
      assert.equal((await invitee.api.post(`/api/invites/${link.code}/accept`)).body.error.code, 'invite_revoked');
      assert.equal((await invitee.api.post(`/api/invites/${fresh.code}/accept`)).status, 200);
    });

    test('a link of another group cannot be touched through this group', async () => {
      const owner = await buildUser(t.app);
      const mine = await buildGroup(owner);
      const other = await buildGroup(await buildUser(t.app));
      const foreignOwner = await buildUser(t.app);
      const foreignGroup = await buildGroup(foreignOwner);
      const foreignLink = (await foreignOwner.api.post(`/api/groups/${foreignGroup.id}/invite-links`, {})).body.inviteLink;
      const response = await owner.api.delete(`/api/groups/${mine.id}/invite-links/${foreignLink.id}`);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'invite_link_not_found');
      assert.equal((await owner.api.get(`/api/groups/${other.id}/invite-links`)).status, 403);
    });

    test('the funnel counts unique visitors (one browser before and after sign-up is one), sign-ups, joins, pending, approved and declined', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const visitor = new ApiClient(t.app);
      await visitor.post(`/api/invites/${link.code}/visits`);
      await visitor.post(`/api/invites/${link.code}/visits`);
      await new ApiClient(t.app).post(`/api/invites/${link.code}/visits`);
      const signup = await visitor.post('/api/auth/signup', {
        name: 'Funnel',
        email: `funnel-${Date.now()}@example.com`,
        password: 'long enough',
        inviteCode: link.code,
      });
      assert.equal(signup.status, 201);
      await visitor.post(`/api/invites/${link.code}/visits`);
      await visitor.post(`/api/invites/${link.code}/accept`);
      const approvedOne = await buildUser(t.app);
      const declinedOne = await buildUser(t.app);
      await approvedOne.api.post(`/api/invites/${link.code}/accept`);
      await declinedOne.api.post(`/api/invites/${link.code}/accept`);
      const requests = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      const idOf = (userId: string) => requests.find((r: { user: { id: string } }) => r.user.id === userId).id;
      await owner.api.post(`/api/groups/${group.id}/join-requests/${idOf(approvedOne.id)}/approve`);
      await owner.api.post(`/api/groups/${group.id}/join-requests/${idOf(declinedOne.id)}/decline`);
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
      assert.deepEqual(listed.funnel, { opened: 2, signedUp: 1, joined: 1, pending: 1, approved: 1, declined: 1 });
    });
  });
}
