import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildGroup, buildUser } from '../support/factories.js';
import type { DatabaseKind } from '../support/database.js';
import { signedInPeople } from '../support/race-people.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * More people than uses race for one link, through each way accept can run (decision 121): the single-call
 * plain join with the leak breaker off (no lock on the link) and on (the link's row serialises its accepts),
 * and the general accept (taken here because the inviter asked to be mailed about joins). Exactly maxUses get
 * in, the rest are told the link is used up, and every count agrees with the rows.
 */
const designs = [
  { name: 'plain join, leak breaker off', breaker: false, inviterMail: false },
  { name: 'plain join, leak breaker on', breaker: true, inviterMail: false },
  { name: 'general accept (inviter mailed about joins)', breaker: false, inviterMail: true },
] as const;

const races: { kind: DatabaseKind; people: number; maxUses: number }[] = [
  { kind: 'postgres', people: 200, maxUses: 25 },
  // PGlite has one connection, so its "race" is a queue; it still runs every design's SQL.
  { kind: 'pglite', people: 24, maxUses: 10 },
];

for (const race of races) {
  describe(`maxUses under concurrency (${race.kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(race.kind);
    });
    after(() => t.close());

    for (const design of designs) {
      test(`${race.people} people accept a maxUses ${race.maxUses} link at once, ${design.name}: exactly ${race.maxUses} get in`, async () => {
        const owner = await buildUser(t.app);
        const group = await buildGroup(owner, { visibility: 'public' });
        // The threshold sits above maxUses: the breaker counts every join but does not trip in this race.
        await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: design.breaker, threshold: 1000 });
        if (design.inviterMail) await owner.api.patch('/api/me/notification-settings', { inviteeJoined: true });
        const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: race.maxUses })).body.inviteLink;

        const clients = await signedInPeople(t, race.people, `${race.kind}-${designs.indexOf(design)}`);
        const results = await Promise.all(clients.map((api) => api.post(`/api/invites/${link.code}/accept`)));
        const joined = results.filter((r) => r.status === 200 && r.body.membership.status === 'active');
        const refused = results.filter((r) => r.status === 410);
        assert.equal(joined.length, race.maxUses);
        const others = results.filter((r) => r.status !== 200 && r.status !== 410);
        assert.deepEqual(
          others.slice(0, 3).map((r) => r.body),
          [],
        );
        assert.equal(refused.length, race.people - race.maxUses);
        assert.ok(refused.every((r) => r.body.error.code === 'invite_exhausted'));

        const [counts] = (
          (await t.database.db.execute(sql`
            select (select count(*)::int from memberships where group_id = ${group.id} and invite_link_id = ${link.id}) as memberships,
                   (select count(*)::int from invite_link_uses where invite_link_id = ${link.id}) as use_rows,
                   (select count(*)::int from mail_outbox where group_id = ${group.id} and kind = 'notification') as join_mails`)) as unknown as {
            rows: unknown[];
          }
        ).rows as { memberships: number; use_rows: number; join_mails: number }[];
        // The mail proves which accept ran: only the general accept writes the inviter's join notices.
        assert.deepEqual(counts, {
          memberships: race.maxUses,
          use_rows: race.maxUses,
          join_mails: design.inviterMail ? race.maxUses : 0,
        });
        const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
        assert.equal(listed.uses, race.maxUses);
        assert.equal(listed.state, 'used_up');
        assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, race.maxUses + 1);
      });
    }

    test('an unlimited link counts every one of many concurrent joins, and the group counts them as members', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public' });
      await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: false });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const people = Math.min(race.people, 60);
      const clients = await signedInPeople(t, people, `${race.kind}-unlimited`);
      const results = await Promise.all(clients.map((api) => api.post(`/api/invites/${link.code}/accept`)));
      assert.ok(results.every((r) => r.status === 200 && r.body.membership.status === 'active'));
      // The same people again: nobody counts twice.
      await Promise.all(clients.slice(0, 5).map((api) => api.post(`/api/invites/${link.code}/accept`)));
      const listed = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks[0];
      assert.equal(listed.uses, people);
      assert.equal((await owner.api.get(`/api/groups/${group.id}`)).body.group.memberCount, people + 1);
    });
  });
}
