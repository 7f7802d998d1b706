import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../server/shared/redis.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/database.js';
import { buildGroup, buildUser, randomClientIp } from '../support/factories.js';
import { freePort, waitUntil } from '../support/free-port.js';
import { type HearthProcess, startHearthProcess } from '../support/hearth-process.js';
import { RedisChild } from '../support/redis-child.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** Runs `work` and returns its result with how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Keys Hearth keeps in Redis for rate limits, read through a client of the test's own. */
async function rateLimitKeys(redis: RedisChild): Promise<string[]> {
  const client = connectRedis(redis.url);
  try {
    await waitUntil('the test client to connect', () => client.status === 'ready', 5000);
    return await client.keys('hearth:rl:*');
  } finally {
    client.disconnect();
  }
}

for (const kind of databaseKinds) {
  describe(`Redis trouble does not take Hearth down (${kind})`, () => {
    let redis: RedisChild;
    let client: Redis;
    let t: TestApp;
    const logLines: string[] = [];

    before(async () => {
      redis = await RedisChild.create();
      client = connectRedis(redis.url);
      const logStream = new PassThrough();
      logStream.on('data', (chunk) => logLines.push(...String(chunk).split('\n').filter(Boolean)));
      t = await createTestApp(
        kind,
        { RATE_LIMITS: 'on', RATE_LIMIT_AUTH_PER_IP: '5/60', REDIS_URL: redis.url, LOG_LEVEL: 'warn' },
        { redis: client, logStream },
      );
    });
    after(async () => {
      await t.close();
      client.disconnect();
      await redis.stop();
    });

    const redisWarnings = () =>
      logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level === 40 && entry.msg.includes('REDIS_URL'));
    const readiness = async () => {
      const { result, ms } = await timed(() => t.app.inject({ method: 'GET', url: '/readyz' }));
      return { status: result.statusCode, body: result.json(), ms };
    };

    test('with Redis stopped, sign-up, log-in, invites, revoke and log-out answer at once, limits still hold, /readyz says degraded', async () => {
      const owner = await buildUser(t.app, { ip: randomClientIp() });
      const group = await buildGroup(owner);
      const links = await Promise.all(
        [0, 1].map(async () => (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink),
      );
      assert.ok((await rateLimitKeys(redis)).length > 0, 'while Redis answers, limits are counted there');
      assert.equal((await readiness()).body.status, 'ready');

      await redis.stop();
      const visitor = new ApiClient(t.app, { remoteAddress: randomClientIp() });
      const email = `visitor-${randomBytes(4).toString('hex')}@example.com`;
      const steps: [string, () => Promise<{ status: number }>, number][] = [
        ['sign-up', () => visitor.post('/api/auth/signup', { name: 'Vi', email, password: 'long enough' }), 201],
        ['log-out', () => visitor.post('/api/auth/logout'), 204],
        ['log-in', () => visitor.post('/api/auth/login', { email, password: 'long enough' }), 200],
        ['invite preview', () => visitor.get(`/api/invites/${links[0].code}`), 200],
        ['invite accept', () => visitor.post(`/api/invites/${links[0].code}/accept`), 200],
        ['revoke', () => owner.api.delete(`/api/groups/${group.id}/invite-links/${links[1].id}`), 200],
        ['log-out again', () => visitor.post('/api/auth/logout'), 204],
      ];
      for (const [name, step, expected] of steps) {
        const { result, ms } = await timed(step);
        assert.equal(result.status, expected, `${name}: ${JSON.stringify(result)}`);
        assert.ok(ms < 1500, `${name} took ${Math.round(ms)} ms`);
      }

      // Limits degrade to this instance's memory rather than vanish.
      const guesser = new ApiClient(t.app, { remoteAddress: randomClientIp() });
      const statuses = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        statuses.push((await guesser.post('/api/auth/login', { email, password: 'wrong guess' })).status);
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);

      const ready = await readiness();
      assert.ok(ready.ms < 2000, `/readyz took ${Math.round(ready.ms)} ms`);
      assert.equal(ready.status, 200);
      assert.equal(ready.body.status, 'degraded');
      assert.equal(ready.body.checks.database.status, 'ok');
      assert.equal(ready.body.checks.redis.status, 'degraded');
      assert.equal(redisWarnings().length, 1, 'one warning for the outage, not one per request');

      await redis.start();
      await waitUntil('/readyz to report Redis back', async () => (await readiness()).body.status === 'ready');
      await new ApiClient(t.app, { remoteAddress: '10.250.250.250' }).post('/api/auth/login', { email, password: 'x' });
      assert.ok(
        (await rateLimitKeys(redis)).some((key) => key.endsWith('10.250.250.250')),
        'once Redis is back, limits are shared through it again',
      );
    });

    test('a frozen Redis (SIGSTOP) costs a request well under a second, and /readyz still answers within 2 s', async () => {
      const email = `frozen-${randomBytes(4).toString('hex')}@example.com`;
      const person = new ApiClient(t.app, { remoteAddress: randomClientIp() });
      assert.equal((await person.post('/api/auth/signup', { name: 'Fro', email, password: 'long enough' })).status, 201);
      const warningsBefore = redisWarnings().length;
      redis.freeze();
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          const { result, ms } = await timed(() => person.post('/api/auth/login', { email, password: 'long enough' }));
          assert.equal(result.status, 200);
          assert.ok(ms < 1000, `log-in with Redis frozen took ${Math.round(ms)} ms`);
        }
        const ready = await readiness();
        assert.ok(ready.ms < 2000, `/readyz took ${Math.round(ready.ms)} ms`);
        assert.equal(ready.status, 200);
        assert.equal(ready.body.checks.redis.status, 'degraded');
        assert.equal(redisWarnings().length, warningsBefore + 1);
      } finally {
        redis.thaw();
      }
      await waitUntil('/readyz to report Redis back', async () => (await readiness()).body.status === 'ready');
    });
  });
}

describe('starting Hearth while Redis is unreachable', () => {
  let database: TestDatabase;
  let redis: RedisChild;
  let hearth: HearthProcess | undefined;
  before(async () => {
    database = await createTestDatabase('postgres');
    redis = await RedisChild.create({ started: false });
  });
  after(async () => {
    hearth?.process.kill('SIGKILL');
    await redis.stop();
    await database.drop();
  });

  test('starts degraded after a bounded wait, names REDIS_URL in the log, and uses Redis once it appears', async () => {
    const started = performance.now();
    hearth = await startHearthProcess(await freePort(), {
      DATABASE_URL: database.url as string,
      REDIS_URL: redis.url,
      SESSION_SECRET: 'redis-outage-test-secret-redis-outage-test',
    });
    const startUp = performance.now() - started;
    assert.ok(startUp < 20_000, `start-up took ${Math.round(startUp)} ms`);
    assert.match(hearth.output.join(''), /REDIS_URL/);
    const readyz = async () => (await fetch(`${hearth?.url}/readyz`)).json();
    assert.equal((await readyz()).status, 'degraded');

    await redis.start();
    await waitUntil('Hearth to reconnect to Redis', async () => (await readyz()).status === 'ready');
    const login = await fetch(`${hearth.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever1' }),
    });
    assert.equal(login.status, 401);
    assert.ok((await rateLimitKeys(redis)).length > 0, 'limits are counted in Redis once it is there');
  });
});
