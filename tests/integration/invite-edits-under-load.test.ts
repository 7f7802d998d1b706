import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { DatabaseKind } from '../support/database.js';
import { buildGroup, buildUser } from '../support/factories.js';
import { signedInPeople } from '../support/race-people.js';
import { type ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * An admin changes a link while people are accepting through it (decision 121 orders the locks so that an edit
 * and the accepts in flight see each other; this exercises it). Whatever the interleaving: every accept is
 * answered (a join or a clear refusal, never a 5xx), no more people join than the limit the database ended with,
 * and the uses counted, the memberships and the member count all agree.
 */
const runs: { kind: DatabaseKind; people: number }[] = [
  { kind: 'postgres', people: 120 },
  // PGlite has one connection: the edit lands between queued accepts, which still checks the same SQL.
  { kind: 'pglite', people: 24 },
];

for (const run of runs) {
  describe(`invite link edits during a burst of accepts (${run.kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(run.kind);
    });
    after(() => t.close());

    for (const breaker of [false, true]) {
      test(`the limit lowered mid-burst holds (leak breaker ${breaker ? 'on' : 'off'})`, async () => {
        const owner = await buildUser(t.app);
        const group = await buildGroup(owner, { visibility: 'public' });
        await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: breaker, threshold: 1000 });
        const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: run.people })).body.inviteLink;
        const lowered = Math.floor(run.people / 4);
        const clients = await signedInPeople(t, run.people, `${run.kind}-lower-${breaker}`);

        const accepts = clients.map((api) => api.post(`/api/invites/${link.code}/accept`));
        const edit = await owner.api.patch(`/api/groups/${group.id}/invite-links/${link.id}`, { maxUses: lowered });
        const results = await Promise.all(accepts);

        assert.ok([200, 400].includes(edit.status), `the edit is applied or refused as too low: ${JSON.stringify(edit.body)}`);
        const finalLimit = edit.status === 200 ? lowered : run.people;
        if (edit.status === 400) assert.equal(edit.body.error.code, 'validation_failed');
        const joined = results.filter((r) => r.status === 200 && r.body.membership.status === 'active').length;
        const refusals = results.filter((r) => r.status !== 200);
        assert.deepEqual(
          refusals.filter((r) => r.status !== 410 || r.body.error.code !== 'invite_exhausted').map((r) => r.body),
          [],
          'every other answer is "used up"',
        );
        assert.ok(joined <= finalLimit, `${joined} joined past the limit of ${finalLimit}`);
        if (edit.status === 200) assert.equal(joined, lowered, 'the lowered limit is reached, not undershot');
        await assertCountsAgree(t, owner.api, group.id, link.id, joined);
      });
    }

    test('a link revoked mid-burst lets nobody in after the revoke answers', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public' });
      await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: false });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const clients = await signedInPeople(t, run.people, `${run.kind}-revoke`);
      const firstWave = clients.slice(0, run.people / 2);
      const secondWave = clients.slice(run.people / 2);

      const accepts = firstWave.map((api) => api.post(`/api/invites/${link.code}/accept`));
      const revoke = await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
      assert.equal(revoke.status, 200);
      const late = await Promise.all(secondWave.map((api) => api.post(`/api/invites/${link.code}/accept`)));
      const results = await Promise.all(accepts);

      assert.ok(
        late.every((r) => r.status === 410 && r.body.error.code === 'invite_revoked'),
        'after the revoke: refused',
      );
      const joined = results.filter((r) => r.status === 200 && r.body.membership.status === 'active').length;
      assert.deepEqual(
        results
          .filter((r) => r.status !== 200 && !(r.status === 410 && r.body.error.code === 'invite_revoked'))
          .map((r) => r.body),
        [],
        'in flight: joined or told the link was withdrawn',
      );
      await assertCountsAgree(t, owner.api, group.id, link.id, joined);
    });
  });
}

async function assertCountsAgree(t: TestApp, owner: ApiClient, groupId: string, linkId: string, joined: number) {
  const [counts] = (
    (await t.database.db.execute(sql`
      select (select count(*)::int from memberships where group_id = ${groupId} and invite_link_id = ${linkId}) as memberships,
             (select count(*)::int from invite_link_uses where invite_link_id = ${linkId}) as use_rows`)) as unknown as {
      rows: { memberships: number; use_rows: number }[];
    }
  ).rows;
  assert.deepEqual(counts, { memberships: joined, use_rows: joined });
  const listed = (await owner.get(`/api/groups/${groupId}/invite-links`)).body.inviteLinks.find(
    (entry: { id: string }) => entry.id === linkId,
  );
  assert.equal(listed.uses, joined, 'the link counts each join once');
  assert.equal((await owner.get(`/api/groups/${groupId}`)).body.group.memberCount, joined + 1);
}
