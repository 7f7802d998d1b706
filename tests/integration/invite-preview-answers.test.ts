import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { invitePreviewResponse } from '../../server/modules/invite-links/invite-links.schemas.js';
import { buildGroup, buildUser, type SignedInUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The preview keeps its serialised answers per cached link and viewer state (decision 123). What a person would
 * notice if that went wrong: an edit that does not show, or one viewer's standing shown to another.
 */
describe('invite preview answers kept as bytes', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  /** The raw bytes of the preview answer, checked against the route's schema. */
  async function previewText(code: string, viewer: ApiClient = new ApiClient(t.app)) {
    const response = await t.app.inject({ method: 'GET', url: `/api/invites/${code}`, headers: cookieOf(viewer) });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['x-frame-options'], 'DENY');
    invitePreviewResponse.parse(JSON.parse(response.body));
    return response.body;
  }
  const cookieOf = (viewer: ApiClient): Record<string, string> => {
    const cookie = viewer.cookieHeader();
    return cookie ? { cookie } : {};
  };
  const inviteOf = (text: string) => JSON.parse(text).invite;

  test('an edit to the group or the link changes the cached answer at once, and a revoke ends it', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { description: 'Runs on Sundays' });
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;

    const first = await previewText(link.code);
    assert.equal(await previewText(link.code), first, 'two anonymous visitors get the same bytes');
    assert.equal(inviteOf(first).group.description, 'Runs on Sundays');
    assert.equal(inviteOf(first).requiresApproval, false);

    assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { description: 'Runs on Saturdays' })).status, 200);
    const afterGroupEdit = await previewText(link.code);
    assert.notEqual(afterGroupEdit, first);
    assert.equal(inviteOf(afterGroupEdit).group.description, 'Runs on Saturdays');

    const edited = await owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { requiresApproval: true });
    assert.equal(edited.status, 200);
    assert.equal(inviteOf(await previewText(link.code)).requiresApproval, true);

    await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
    const revoked = await new ApiClient(t.app).get(`/api/invites/${link.code}`);
    assert.equal(revoked.status, 410);
    assert.equal(revoked.body.error.code, 'invite_revoked');
  });

  test("each viewer state gets its own answer, and no viewer's standing reaches another", async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { requestAgainAfterDays: 7 })).status, 200);
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    const requestToJoin = async (person: SignedInUser) => {
      const accepted = await person.api.post(`/api/invites/${link.code}/accept`);
      assert.equal(accepted.body.membership.status, 'pending');
    };
    const decline = async (person: SignedInUser) => {
      const requests = await owner.api.get(`/api/groups/${group.id}/join-requests`);
      const request = requests.body.joinRequests.find((entry: { user: { id: string } }) => entry.user.id === person.id);
      assert.equal((await owner.api.post(`/api/groups/${group.id}/join-requests/${request.id}/decline`)).status, 204);
    };
    const pending = await buildUser(t.app);
    await requestToJoin(pending);
    const declinedFirst = await buildUser(t.app);
    await requestToJoin(declinedFirst);
    await decline(declinedFirst);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const declinedSecond = await buildUser(t.app);
    await requestToJoin(declinedSecond);
    await decline(declinedSecond);
    const stranger = await buildUser(t.app);

    // Signed-in viewers first, so their answers are in the cache before the anonymous one is asked for.
    const seen = {
      member: inviteOf(await previewText(link.code, owner.api)),
      pending: inviteOf(await previewText(link.code, pending.api)),
      declinedFirst: inviteOf(await previewText(link.code, declinedFirst.api)),
      declinedSecond: inviteOf(await previewText(link.code, declinedSecond.api)),
      stranger: inviteOf(await previewText(link.code, stranger.api)),
      anonymous: inviteOf(await previewText(link.code)),
    };
    assert.equal(seen.member.viewerStatus, 'member');
    assert.equal(seen.pending.viewerStatus, 'pending');
    assert.equal(seen.declinedFirst.viewerStatus, 'declined');
    assert.equal(seen.declinedSecond.viewerStatus, 'declined');
    assert.ok(seen.declinedFirst.canAskAgainAt && seen.declinedSecond.canAskAgainAt);
    assert.notEqual(
      seen.declinedFirst.canAskAgainAt,
      seen.declinedSecond.canAskAgainAt,
      'each declined person has their own date',
    );
    for (const viewer of ['stranger', 'anonymous'] as const) {
      assert.equal(seen[viewer].viewerStatus, null, viewer);
      assert.equal(seen[viewer].canAskAgainAt, null, viewer);
    }
    assert.equal(seen.pending.canAskAgainAt, null);

    // Asked again in another order, from the cache: still each their own.
    assert.equal(inviteOf(await previewText(link.code)).viewerStatus, null);
    assert.equal(inviteOf(await previewText(link.code, pending.api)).viewerStatus, 'pending');
    assert.equal(inviteOf(await previewText(link.code, owner.api)).viewerStatus, 'member');
    assert.equal(inviteOf(await previewText(link.code, declinedSecond.api)).canAskAgainAt, seen.declinedSecond.canAskAgainAt);

    // A change of standing shows at once even though the link's answers are cached: standing is read each time.
    await decline(pending);
    assert.equal(inviteOf(await previewText(link.code, pending.api)).viewerStatus, 'declined');
  });
});
