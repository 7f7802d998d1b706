import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPostgres } from '../../server/db/client.js';
import { buildGroup, buildUser } from '../support/factories.js';
import { sleep, waitUntil } from '../support/free-port.js';
import { ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** True when `check` passes within `limitMs` (well under the caches' TTLs, so only an invalidation explains it). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return true;
    await sleep(10);
  }
  return false;
}

describe('cross-instance invalidation survives a PostgreSQL restart', () => {
  let cluster: ThrowawayPostgres;
  let first: TestApp;
  let second: TestApp;

  before(async () => {
    cluster = await ThrowawayPostgres.create();
    const database = await cluster.openDatabase();
    // Each instance has its own pool, hence its own listening connection, as two processes would.
    const secondHandle = await openPostgres(database.url as string, 5);
    first = await createTestApp('postgres', {}, { database });
    second = await createTestApp('postgres', {}, { database: { ...secondHandle, drop: () => secondHandle.close() } });
  });
  after(async () => {
    await second?.close();
    await first?.close();
    cluster?.destroy();
  });

  test('after the database was down for a while, a revoke and a log-out on one instance reach the other', {
    timeout: 90_000,
  }, async () => {
    const owner = await buildUser(first.app);
    const group = await buildGroup(owner);
    const visitor = new ApiClient(second.app);
    const revokeReachesSecond = async () => {
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assert.equal((await visitor.get(`/api/invites/${link.code}`)).status, 200);
      await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
      return within(500, async () => (await visitor.get(`/api/invites/${link.code}`)).status === 410);
    };
    assert.ok(await revokeReachesSecond(), 'invalidation works before the restart');

    // Down long enough that a listener which retries once, or a few times quickly, gives up.
    cluster.stop();
    await sleep(3000);
    await cluster.start();

    await waitUntil('both instances to reach the database again', async () => {
      const [a, b] = await Promise.all([first, second].map((t) => t.app.inject({ method: 'GET', url: '/readyz' })));
      return a?.statusCode === 200 && b?.statusCode === 200;
    });
    // The listener reconnects with back-off (at most 5 s apart): give it that long, then it must work every time.
    await waitUntil('a revoke on the first instance to reach the second', revokeReachesSecond, 15_000);
    for (let round = 0; round < 3; round++) assert.ok(await revokeReachesSecond(), `revoke ${round} after the restart`);

    // Sessions too: the second instance caches the session, and a log-out on the first ends it there at once.
    const member = await buildUser(first.app);
    const onSecond = new ApiClient(second.app, { headers: { cookie: member.api.cookieHeader() } });
    assert.equal((await onSecond.get('/api/me')).status, 200);
    assert.equal((await member.api.post('/api/auth/logout')).status, 204);
    assert.ok(
      await within(500, async () => (await onSecond.get('/api/me')).status === 401),
      'the ended session still worked on the other instance',
    );
  });
});
