import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

/** A photo as a phone makes it: a JPEG, not square, carrying EXIF. */
function photoWithExif(width = 900, height = 600) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'secret-location', Artist: 'Ada' } })
    .toBuffer();
}

async function requestToJoin(owner: SignedInUser, groupId: string, requester: SignedInUser) {
  const link = await owner.api.post(`/api/groups/${groupId}/invite-links`, {});
  const accepted = await requester.api.post(`/api/invites/${link.body.inviteLink.code}/accept`);
  assert.equal(accepted.body.membership.status, 'pending');
  return link.body.inviteLink.code as string;
}

for (const kind of databaseKinds) {
  describe(`group profile, home and public page (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('an uploaded picture is re-encoded to 512 and 128 px squares without metadata, at a versioned, cached URL', async () => {
      const owner = await buildUser(t.app);
      const stranger = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const uploaded = await owner.api.upload('PUT', `/api/groups/${group.id}/avatar`, await photoWithExif(), 'image/jpeg');
      assert.equal(uploaded.status, 200);
      const avatarUrl: string = uploaded.body.group.avatarUrl;
      assert.equal(avatarUrl, `/api/groups/${group.id}/avatar/1?size=128`);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.avatarUrl, avatarUrl);

      // Served to anyone holding the URL (invite previews and cards show it to non-members).
      const small = await t.app.inject({ method: 'GET', url: avatarUrl });
      assert.equal(small.statusCode, 200);
      assert.equal(small.headers['content-type'], 'image/png');
      assert.equal(small.headers['cache-control'], 'public, max-age=31536000, immutable');
      const smallInfo = await sharp(small.rawPayload).metadata();
      assert.deepEqual([smallInfo.format, smallInfo.width, smallInfo.height], ['png', 128, 128]);
      assert.equal(smallInfo.exif, undefined, 'EXIF is stripped');
      assert.ok(!small.rawPayload.includes(Buffer.from('secret-location')));
      const large = await t.app.inject({ method: 'GET', url: avatarUrl.replace('size=128', 'size=512') });
      const largeInfo = await sharp(large.rawPayload).metadata();
      assert.deepEqual([largeInfo.width, largeInfo.height], [512, 512]);
      assert.equal((await stranger.api.get(avatarUrl)).status, 200);

      // A new upload gets a new URL; the old one is gone rather than showing the new picture under a cached URL.
      const png = await sharp({ create: { width: 300, height: 300, channels: 4, background: '#1d4ed8' } })
        .png()
        .toBuffer();
      const second = await owner.api.upload('PUT', `/api/groups/${group.id}/avatar`, png, 'image/png');
      assert.equal(second.body.group.avatarUrl, `/api/groups/${group.id}/avatar/2?size=128`);
      assert.equal((await t.app.inject({ method: 'GET', url: avatarUrl })).statusCode, 404);

      const removed = await owner.api.delete(`/api/groups/${group.id}/avatar`);
      assert.equal(removed.status, 200);
      assert.equal(removed.body.group.avatarUrl, null);
      assert.equal((await t.app.inject({ method: 'GET', url: second.body.group.avatarUrl })).statusCode, 404);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/avatar`)).status, 200, 'removing no picture is no error');
      const webp = await sharp(png).webp().toBuffer();
      const again = await owner.api.upload('PUT', `/api/groups/${group.id}/avatar`, webp, 'image/webp');
      assert.equal(again.body.group.avatarUrl, `/api/groups/${group.id}/avatar/3?size=128`, 'versions never repeat');
      const logged = (await owner.api.get(`/api/groups/${group.id}/activity?kind=group.picture_changed`)).body.entries;
      assert.deepEqual(
        logged.map((entry: { details: { picture: string } }) => entry.details.picture),
        ['uploaded', 'removed', 'uploaded', 'uploaded'],
        'each change is in the activity log, newest first; removing a picture that was not there is not',
      );
    });

    test('oversized, SVG, GIF, undecodable and non-image uploads are refused with their codes', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const url = `/api/groups/${group.id}/avatar`;
      const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
      const tooLarge = await owner.api.upload('PUT', url, huge, 'image/png');
      assert.equal(tooLarge.status, 413);
      assert.equal(tooLarge.body.error.code, 'image_too_large');
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
      for (const contentType of ['image/svg+xml', 'image/png']) {
        const refused = await owner.api.upload('PUT', url, svg, contentType);
        assert.equal(refused.status, 400, contentType);
        assert.equal(refused.body.error.code, 'invalid_image');
      }
      const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
        .gif()
        .toBuffer();
      assert.equal((await owner.api.upload('PUT', url, gif, 'image/gif')).body.error.code, 'invalid_image');
      assert.equal((await owner.api.upload('PUT', url, gif, 'image/png')).body.error.code, 'invalid_image');
      const garbage = await owner.api.upload('PUT', url, Buffer.from('not a picture at all'), 'image/jpeg');
      assert.equal(garbage.status, 400);
      assert.equal(garbage.body.error.code, 'invalid_image');
      const text = await owner.api.upload('PUT', url, Buffer.from('hello'), 'text/plain');
      assert.equal(text.status, 415);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.avatarUrl, null);
      // Just under the limit (well over the 1 MB JSON limit) is fine.
      const noise = await sharp(randomBytes(1200 * 1200 * 3), { raw: { width: 1200, height: 1200, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      assert.ok(noise.length > 4 * 1024 * 1024 && noise.length < 5 * 1024 * 1024, `${noise.length} bytes`);
      assert.equal((await owner.api.upload('PUT', url, noise, 'image/png')).status, 200);
    });

    test('admins change the picture, description and welcome message; only the owner renames or changes visibility', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);
      const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0f0' } })
        .png()
        .toBuffer();
      assert.equal((await admin.api.upload('PUT', `/api/groups/${group.id}/avatar`, png, 'image/png')).status, 200);
      assert.equal((await member.api.upload('PUT', `/api/groups/${group.id}/avatar`, png, 'image/png')).status, 403);
      assert.equal((await member.api.delete(`/api/groups/${group.id}/avatar`)).status, 403);
      const pictureEntries = (await owner.api.get(`/api/groups/${group.id}/activity?kind=group.picture_changed`)).body.entries;
      assert.deepEqual(
        pictureEntries.map((entry: { actor: { id: string } }) => entry.actor.id),
        [admin.id],
        "the activity log names who changed the picture; the member's refused attempts are not there",
      );

      const byAdmin = await admin.api.patch(`/api/groups/${group.id}`, {
        description: 'Line one\nLine two',
        welcomeMessage: 'Say hello in the thread!',
      });
      assert.equal(byAdmin.status, 200);
      assert.equal(byAdmin.body.group.description, 'Line one\nLine two', 'line breaks are kept');
      assert.equal(byAdmin.body.group.welcomeMessage, 'Say hello in the thread!');
      assert.equal((await admin.api.patch(`/api/groups/${group.id}`, { name: 'Mine now' })).status, 403);
      assert.equal((await member.api.patch(`/api/groups/${group.id}`, { welcomeMessage: 'hi' })).status, 403);

      const byOwner = await owner.api.patch(`/api/groups/${group.id}`, {
        name: 'Evening Runners',
        visibility: 'private',
        previewShowsMemberCount: false,
        previewShowsDescription: false,
        requestAgainAfterDays: null,
      });
      assert.equal(byOwner.status, 200);
      assert.equal(byOwner.body.group.name, 'Evening Runners');
      assert.equal(byOwner.body.group.visibility, 'private');
      assert.equal(byOwner.body.group.requestAgainAfterDays, null);
      assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { name: '  ' })).status, 400);
      // An empty change is a client mistake (issue 11: `PATCH {}` is a 4xx), and changes nothing.
      const nothing = await admin.api.patch(`/api/groups/${group.id}`, {});
      assert.equal(nothing.status, 400);
      assert.equal(nothing.body.error.code, 'validation_failed');
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.name, 'Evening Runners');
      assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { requestAgainAfterDays: 0 })).status, 400);

      // A private group that hides its size and description keeps them out of invite previews.
      const link = await owner.api.post(`/api/groups/${group.id}/invite-links`, {});
      const preview = await t.app.inject({ method: 'GET', url: `/api/invites/${link.body.inviteLink.code}` });
      const invite = preview.json().invite;
      assert.equal(invite.group.memberCount, null);
      assert.equal(invite.group.description, '');
      assert.equal(invite.group.name, 'Evening Runners');
      assert.match(invite.group.avatarUrl, /\/avatar\/1\?size=128$/);
    });

    test('turning a private group public asks what to do with pending requests: approve them all, or keep them', async () => {
      const owner = await buildUser(t.app);
      const [first, second] = await Promise.all([buildUser(t.app), buildUser(t.app)]);
      const approving = await buildGroup(owner, { visibility: 'private' });
      await requestToJoin(owner, approving.id, first);
      await requestToJoin(owner, approving.id, second);
      const asked = await owner.api.patch(`/api/groups/${approving.id}`, { visibility: 'public' });
      assert.equal(asked.status, 409);
      assert.equal(asked.body.error.code, 'pending_requests_decision_needed');
      assert.equal(asked.body.error.details.pendingRequests, 2);
      assert.equal((await owner.api.get(`/api/groups/${approving.id}`)).body.group.visibility, 'private', 'nothing changed');
      const approved = await owner.api.patch(`/api/groups/${approving.id}`, { visibility: 'public', pendingRequests: 'approve' });
      assert.equal(approved.status, 200);
      assert.equal(approved.body.group.memberCount, 3);
      assert.equal((await first.api.get(`/api/groups/${approving.id}`)).body.group.role, 'member');

      const keeping = await buildGroup(owner, { visibility: 'private' });
      await requestToJoin(owner, keeping.id, first);
      const kept = await owner.api.patch(`/api/groups/${keeping.id}`, { visibility: 'public', pendingRequests: 'keep' });
      assert.equal(kept.body.group.memberCount, 1);
      assert.equal((await owner.api.get(`/api/groups/${keeping.id}/join-requests`)).body.joinRequests.length, 1);
    });

    test('a member leaves; the last owner must transfer first; after a transfer the old owner is an admin and may leave', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      const left = await member.api.delete(`/api/groups/${group.id}/members/${member.id}`);
      assert.equal(left.status, 204);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 1);
      assert.equal((await member.api.get(`/api/groups/${group.id}`)).body.group.role, null);

      const ownerLeaves = await owner.api.delete(`/api/groups/${group.id}/members/${owner.id}`);
      assert.equal(ownerLeaves.status, 409);
      assert.equal(ownerLeaves.body.error.code, 'owner_must_transfer');

      await addMember(owner, group.id, member);
      const toOutsider = await owner.api.post(`/api/groups/${group.id}/transfer-ownership`, { userId: outsider.id });
      assert.equal(toOutsider.body.error.code, 'member_not_found');
      assert.equal(
        (await member.api.post(`/api/groups/${group.id}/transfer-ownership`, { userId: member.id })).status,
        403,
        'only the owner transfers',
      );
      const transferred = await owner.api.post(`/api/groups/${group.id}/transfer-ownership`, { userId: member.id });
      assert.equal(transferred.status, 200);
      assert.equal(transferred.body.group.role, 'admin');
      assert.equal((await member.api.get(`/api/groups/${group.id}`)).body.group.role, 'owner');
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${owner.id}`)).status, 204);
      assert.equal((await member.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 1);
    });

    test('only the owner deletes a group, and only after typing its name', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const group = await buildGroup(owner, { name: 'Doomed Club' });
      await addMember(owner, group.id, admin, 'admin');
      const byAdmin = await admin.api.request('DELETE', `/api/groups/${group.id}`, { confirmName: 'Doomed Club' });
      assert.equal(byAdmin.status, 403);
      const mistyped = await owner.api.request('DELETE', `/api/groups/${group.id}`, { confirmName: 'Doomed' });
      assert.equal(mistyped.status, 400);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).status, 200);
      const deleted = await owner.api.request('DELETE', `/api/groups/${group.id}`, { confirmName: 'Doomed Club' });
      assert.equal(deleted.status, 204);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).status, 404);
      assert.equal((await admin.api.get('/api/groups')).body.groups.length, 0);
    });

    test('a signed-in non-member joins a public group from its page; bans still apply; private groups stay hidden', async () => {
      const owner = await buildUser(t.app);
      const visitor = await buildUser(t.app);
      const banned = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public', description: 'About us' });
      await owner.api.patch(`/api/groups/${group.id}`, { welcomeMessage: 'Hello, new member' });
      const page = await visitor.api.get(`/api/groups/${group.slug}`);
      assert.equal(page.body.group.role, null);
      assert.equal(page.body.group.welcomeMessage, '', 'the welcome message is for members');
      assert.equal(page.body.group.viewerStatus, null);
      assert.equal(page.body.group.description, 'About us');
      const joined = await visitor.api.post(`/api/groups/${group.slug}/join`);
      assert.equal(joined.status, 200);
      assert.deepEqual(joined.body.membership, { groupId: group.id, groupSlug: group.slug, status: 'active', role: 'member' });
      assert.equal((await visitor.api.post(`/api/groups/${group.id}/join`)).body.alreadyMember, true);
      assert.equal((await visitor.api.get(`/api/groups/${group.id}`)).body.group.welcomeMessage, 'Hello, new member');
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, 2);
      const members = await owner.api.get(`/api/groups/${group.id}/members`);
      assert.equal(members.body.members[0].joinedVia.kind, 'public_page');

      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: banned.id });
      assert.equal((await banned.api.get(`/api/groups/${group.id}`)).body.group.viewerStatus, 'banned');
      const refused = await banned.api.post(`/api/groups/${group.id}/join`);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'banned');
      const bans = await owner.api.get(`/api/groups/${group.id}/bans`);
      assert.deepEqual(
        bans.body.bans.map((ban: { user: { id: string } }) => ban.user.id),
        [banned.id],
      );
      assert.equal((await visitor.api.get(`/api/groups/${group.id}/bans`)).status, 403, 'members do not see the ban list');
      await owner.api.delete(`/api/groups/${group.id}/bans/${banned.id}`);
      assert.equal((await banned.api.post(`/api/groups/${group.id}/join`)).status, 200, 'unbanned people may join again');

      const hidden = await buildGroup(owner, { visibility: 'private' });
      const privateJoin = await visitor.api.post(`/api/groups/${hidden.id}/join`);
      assert.equal(privateJoin.status, 404);
      assert.equal(privateJoin.body.error.code, 'group_not_found');
    });

    test('ordinary members do not see how others joined; owners and admins do', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);
      const asMember = await member.api.get(`/api/groups/${group.id}/members`);
      assert.equal(asMember.body.members.length, 3);
      assert.ok(asMember.body.members.every((m: { joinedVia: unknown }) => m.joinedVia === null));
      assert.ok(!JSON.stringify(asMember.body).includes('invite_link'));
      const asAdmin = await admin.api.get(`/api/groups/${group.id}/members`);
      assert.equal(asAdmin.body.members[0].joinedVia.kind, 'invite_link');
      assert.deepEqual(asAdmin.body.members[0].joinedVia.invitedBy, { name: owner.name });
    });

    test('My groups lists pending requests, and the group URL says the request awaits approval', async () => {
      const owner = await buildUser(t.app);
      const requester = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private', name: 'Quiet Readers' });
      await requestToJoin(owner, group.id, requester);
      const mine = await requester.api.get('/api/groups');
      assert.deepEqual(mine.body.groups, []);
      assert.equal(mine.body.requestedGroups.length, 1);
      assert.equal(mine.body.requestedGroups[0].name, 'Quiet Readers');
      assert.equal(mine.body.requestedGroups[0].viewerStatus, 'pending');
      const opened = await requester.api.get(`/api/groups/${group.slug}`);
      assert.equal(opened.status, 200);
      assert.equal(opened.body.group.viewerStatus, 'pending');
      assert.equal((await requester.api.get(`/api/groups/${group.id}/members`)).status, 404, 'no member list yet');
    });

    test('a declined requester may ask again after the cooldown, not before; a group can forbid asking again', async () => {
      const owner = await buildUser(t.app);
      const requester = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const code = await requestToJoin(owner, group.id, requester);
      const [request] = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      await owner.api.post(`/api/groups/${group.id}/join-requests/${request.id}/decline`);

      const preview = await requester.api.get(`/api/invites/${code}`);
      assert.equal(preview.body.invite.viewerStatus, 'declined');
      const askAgainAt = new Date(preview.body.invite.canAskAgainAt);
      const days = (askAgainAt.getTime() - Date.now()) / 86_400_000;
      assert.ok(days > 29.9 && days <= 30, `default cooldown is 30 days, got ${days}`);
      const early = await requester.api.post(`/api/invites/${code}/accept`);
      assert.equal(early.status, 403);
      assert.equal(early.body.error.code, 'request_declined');
      assert.equal(early.body.error.details.canAskAgainAt, preview.body.invite.canAskAgainAt);
      assert.match(early.body.error.message, new RegExp(askAgainAt.toISOString().slice(0, 10)));

      await t.database.db.execute(`update join_requests set decided_at = now() - interval '31 days' where id = '${request.id}'`);
      const later = await requester.api.get(`/api/invites/${code}`);
      assert.ok(new Date(later.body.invite.canAskAgainAt).getTime() < Date.now());
      const again = await requester.api.post(`/api/invites/${code}/accept`);
      assert.equal(again.status, 200);
      assert.equal(again.body.membership.status, 'pending');
      assert.equal((await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests.length, 1);

      // Declined again, in a group that never allows asking twice.
      await owner.api.patch(`/api/groups/${group.id}`, { requestAgainAfterDays: null });
      const [second] = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      await owner.api.post(`/api/groups/${group.id}/join-requests/${second.id}/decline`);
      await t.database.db.execute(`update join_requests set decided_at = now() - interval '3650 days'`);
      assert.equal((await requester.api.get(`/api/invites/${code}`)).body.invite.canAskAgainAt, null);
      const never = await requester.api.post(`/api/invites/${code}/accept`);
      assert.equal(never.body.error.code, 'request_declined');
      assert.equal(never.body.error.details.canAskAgainAt, null);
    });

    test('dead and paused links still name the group and the inviter; banned viewers are told so in the preview', async () => {
      const owner = await buildUser(t.app, { name: 'Dana Demo' });
      const banned = await buildUser(t.app);
      const group = await buildGroup(owner, { name: 'Morning Runners' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await owner.api.post(`/api/groups/${group.id}/bans`, { userId: banned.id });
      assert.equal((await banned.api.get(`/api/invites/${link.code}`)).body.invite.viewerStatus, 'banned');

      await owner.api.post(`/api/groups/${group.id}/invites/pause`);
      const paused = await banned.api.get(`/api/invites/${link.code}`);
      assert.equal(paused.body.error.code, 'invites_paused');
      assert.equal(paused.body.error.details.group.name, 'Morning Runners');
      await owner.api.post(`/api/groups/${group.id}/invites/resume`);

      await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
      const revoked = await banned.api.get(`/api/invites/${link.code}`);
      assert.equal(revoked.status, 410);
      assert.equal(revoked.body.error.code, 'invite_revoked');
      assert.deepEqual(revoked.body.error.details.inviter, { name: 'Dana Demo' });
      assert.equal(revoked.body.error.details.group.name, 'Morning Runners');
    });
  });
}
