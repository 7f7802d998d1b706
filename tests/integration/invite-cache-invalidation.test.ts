import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { buildGroup, buildUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** Polls until `check` passes; returns how long it took. */
async function timeUntil(check: () => Promise<boolean>, limitMs = 2000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Number.POSITIVE_INFINITY;
}

// Invalidations travel by PostgreSQL NOTIFY whether or not Redis is configured (docs/decisions/103).
for (const setup of ['without Redis', 'with Redis'] as const) {
  describe(`invite preview cache across two instances (${setup})`, () => {
    let first: TestApp;
    let second: TestApp;
    let redis: Redis | undefined;
    before(async () => {
      redis = setup === 'with Redis' ? new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 }) : undefined;
      first = await createTestApp('postgres', {}, { redis });
      second = await createTestApp('postgres', {}, { redis, database: first.database });
    });
    after(async () => {
      await second.app.close();
      await first.close();
      redis?.disconnect();
    });

    test('previews are cached, and a revoke, reset or pause on one instance is refused by the other within 500 ms', async () => {
      const owner = await buildUser(first.app);
      const group = await buildGroup(owner);
      const visitor = new ApiClient(second.app);
      const links = await Promise.all(
        [0, 1, 2].map(async () => (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink),
      );
      for (const link of links) assert.equal((await visitor.get(`/api/invites/${link.code}`)).status, 200);

      // Behind the cache's back (no invalidation), the second instance keeps answering from memory: it is caching.
      await first.database.db.execute(sql`update groups set description = 'changed quietly' where id = ${group.id}`);
      assert.notEqual((await visitor.get(`/api/invites/${links[0].code}`)).body.invite.group.description, 'changed quietly');

      await owner.api.delete(`/api/groups/${group.id}/invite-links/${links[0].id}`);
      const revokedAfter = await timeUntil(async () => (await visitor.get(`/api/invites/${links[0].code}`)).status === 410);
      assert.ok(revokedAfter < 500, `revocation reached the other instance after ${revokedAfter} ms`);

      await owner.api.post(`/api/groups/${group.id}/invite-links/${links[1].id}/reset`);
      const resetAfter = await timeUntil(
        async () => (await visitor.get(`/api/invites/${links[1].code}`)).body?.error?.code === 'invite_revoked',
      );
      assert.ok(resetAfter < 500, `reset reached the other instance after ${resetAfter} ms`);

      await owner.api.post(`/api/groups/${group.id}/invites/pause`);
      const pausedAfter = await timeUntil(
        async () => (await visitor.get(`/api/invites/${links[2].code}`)).body?.error?.code === 'invites_paused',
      );
      assert.ok(pausedAfter < 500, `pause reached the other instance after ${pausedAfter} ms`);
    });
  });
}
