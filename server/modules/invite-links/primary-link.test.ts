import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { inviteLinks } from '../../db/schema/index.js';

const current = (groupId: string) => `/api/groups/${groupId}/invite-links/current`;

for (const kind of databaseKinds) {
  describe(`the primary invite link (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('the primary link survives new links: creating others never changes what the dialog shows', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const primary = (await owner.api.post(current(group.id))).body.inviteLink;
      assert.equal(primary.primary, true);
      const other = (
        await owner.api.post(`/api/groups/${group.id}/invite-links`, {
          label: 'Instagram bio',
          maxUses: 3,
          requiresApproval: true,
        })
      ).body.inviteLink;
      assert.equal(other.primary, false);
      const again = await owner.api.post(current(group.id));
      assert.equal(again.status, 200);
      assert.equal(again.body.inviteLink.id, primary.id);
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
      assert.deepEqual(
        listed.map((link: { id: string; primary: boolean }) => [link.id, link.primary]),
        [
          [other.id, false],
          [primary.id, true],
        ],
      );
    });

    test('resetting the primary link keeps it primary with a new code, and the old row points at its replacement', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const primary = (await owner.api.post(current(group.id))).body.inviteLink;
      const reset = await owner.api.post(`/api/groups/${group.id}/invite-links/${primary.id}/reset`);
      assert.equal(reset.status, 201);
      assert.equal(reset.body.inviteLink.primary, true);
      assert.notEqual(reset.body.inviteLink.code, primary.code);
      const shown = (await owner.api.post(current(group.id))).body.inviteLink;
      assert.equal(shown.id, reset.body.inviteLink.id);
      assert.equal(shown.code, reset.body.inviteLink.code);
      const old = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks.find(
        (link: { id: string }) => link.id === primary.id,
      );
      assert.deepEqual([old.state, old.primary, old.replacedById], ['revoked', false, reset.body.inviteLink.id]);
      // Resetting an ordinary link leaves the primary where it was.
      const other = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Flyer' })).body.inviteLink;
      const otherReset = (await owner.api.post(`/api/groups/${group.id}/invite-links/${other.id}/reset`)).body.inviteLink;
      assert.equal(otherReset.primary, false);
      assert.equal((await owner.api.post(current(group.id))).body.inviteLink.id, shown.id);
    });

    test('make-primary moves the role; admins may, members may not, and dead links are refused with 409', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);
      const first = (await owner.api.post(current(group.id))).body.inviteLink;
      const second = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Newsletter' })).body.inviteLink;

      const byMember = await member.api.post(`/api/groups/${group.id}/invite-links/${second.id}/make-primary`);
      assert.equal(byMember.status, 403);
      const moved = await admin.api.post(`/api/groups/${group.id}/invite-links/${second.id}/make-primary`);
      assert.equal(moved.status, 200);
      assert.equal(moved.body.inviteLink.primary, true);
      assert.equal((await owner.api.post(current(group.id))).body.inviteLink.id, second.id);
      const flags = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks.map(
        (link: { id: string; primary: boolean }) => [link.id, link.primary],
      );
      assert.deepEqual(
        flags.filter(([, primary]: [string, boolean]) => primary),
        [[second.id, true]],
      );

      await owner.api.delete(`/api/groups/${group.id}/invite-links/${first.id}`);
      const revoked = await owner.api.post(`/api/groups/${group.id}/invite-links/${first.id}/make-primary`);
      assert.equal(revoked.status, 409);
      assert.equal(revoked.body.error.code, 'invite_link_not_active');
      const usedUp = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: 1 })).body.inviteLink;
      await (await buildUser(t.app)).api.post(`/api/invites/${usedUp.code}/accept`);
      const refused = await owner.api.post(`/api/groups/${group.id}/invite-links/${usedUp.id}/make-primary`);
      assert.equal(refused.body.error.code, 'invite_link_not_active');
      assert.equal((await owner.api.post(current(group.id))).body.inviteLink.id, second.id, 'the primary did not move');
    });

    test('revoking the primary link hands the role to a fresh link the next time the dialog opens', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const primary = (await owner.api.post(current(group.id))).body.inviteLink;
      const other = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Other' })).body.inviteLink;
      const revoked = (await owner.api.delete(`/api/groups/${group.id}/invite-links/${primary.id}`)).body.inviteLink;
      assert.equal(revoked.primary, false);
      const fresh = await owner.api.post(current(group.id));
      assert.equal(fresh.status, 201);
      assert.equal(fresh.body.inviteLink.primary, true);
      assert.notEqual(fresh.body.inviteLink.id, other.id, 'another admin’s link is not promoted behind their back');
    });

    test('the database refuses a second primary link in one group', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      await owner.api.post(current(group.id));
      const other = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await assert.rejects(
        t.database.db.update(inviteLinks).set({ isPrimary: true }).where(eq(inviteLinks.id, other.id)),
        (error: { cause?: { code?: string } }) => error.cause?.code === '23505',
      );
    });

    test("the migration makes each existing group's current link (its newest working one) primary", async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const create = async (body: object) =>
        (await owner.api.post(`/api/groups/${group.id}/invite-links`, body)).body.inviteLink as { id: string };
      const older = await create({ label: 'older' });
      const newest = await create({ label: 'newest' });
      const revoked = await create({ label: 'revoked later' });
      await owner.api.delete(`/api/groups/${group.id}/invite-links/${revoked.id}`);
      const migration = readFileSync(path.join(import.meta.dirname, '../../db/migrations/0005_primary_links.sql'), 'utf8');
      const backfill = migration
        .split('--> statement-breakpoint')
        .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
        .find((statement) => statement.startsWith('UPDATE'))!;
      let primaries: { id: string }[] = [];
      await t.database.db
        .transaction(async (tx) => {
          // As before the migration: no link is primary anywhere, and uses were a column of the link (until
          // migration 0011 moved them to shards). Rolled back afterwards.
          await tx.update(inviteLinks).set({ isPrimary: false });
          await tx.execute(sql`alter table invite_links add column uses integer not null default 0`);
          await tx.execute(sql.raw(backfill));
          primaries = await tx
            .select({ id: inviteLinks.id })
            .from(inviteLinks)
            .where(sql`${inviteLinks.groupId} = ${group.id} and ${inviteLinks.isPrimary}`);
          tx.rollback();
        })
        .catch((error: Error) => assert.match(error.message, /rollback/i));
      assert.deepEqual(primaries, [{ id: newest.id }]);
      assert.notEqual(older.id, newest.id);
    });

    test('the approval setting can be edited, except switched off on a private group', async () => {
      const owner = await buildUser(t.app);
      const publicGroup = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${publicGroup.id}/invite-links`, {})).body.inviteLink;
      const edited = await owner.api.patch(`/api/groups/${publicGroup.id}/invite-links/${link.id}`, { requiresApproval: true });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.inviteLink.requiresApproval, true);
      const joiner = await buildUser(t.app);
      assert.equal((await joiner.api.post(`/api/invites/${link.code}/accept`)).body.membership.status, 'pending');
      const privateGroup = await buildGroup(owner, { visibility: 'private' });
      const privateLink = (await owner.api.post(`/api/groups/${privateGroup.id}/invite-links`, {})).body.inviteLink;
      const refused = await owner.api.patch(`/api/groups/${privateGroup.id}/invite-links/${privateLink.id}`, {
        requiresApproval: false,
      });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, 'validation_failed');
    });
  });
}
