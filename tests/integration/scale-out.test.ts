import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type HearthProcess, startHearthProcess } from '../support/hearth-process.js';
import { insertPeopleWithSessions } from '../support/session-people.js';
import { randomClientIp } from '../support/factories.js';

type Instance = HearthProcess;

function startInstance(databaseUrl: string, port: number): Promise<Instance> {
  return startHearthProcess(port, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    PUBLIC_URL: 'http://hearth.test',
    SESSION_SECRET: 'scale-out-test-secret-scale-out-test-secret',
    TRUST_PROXY: '1',
    RATE_LIMIT_AUTH_PER_IP: '3/60',
    RATE_LIMIT_INVITE_ACCEPT_PER_IP: '1000/60',
  });
}

/** A JSON call to one instance, as one client (address and cookie). */
async function call(instance: Instance, method: string, path: string, options: { ip: string; cookie?: string; body?: unknown }) {
  const response = await fetch(`${instance.url}${path}`, {
    method,
    headers: {
      'x-forwarded-for': options.ip,
      ...(options.cookie && { cookie: options.cookie }),
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const setCookie = response.headers.get('set-cookie');
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, cookie: setCookie?.split(';')[0] };
}

describe('two Hearth processes sharing one PostgreSQL and one Redis', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;

  before(async () => {
    database = await createTestDatabase('postgres');
    const base = 20000 + Math.floor(Math.random() * 20000);
    [first, second] = await Promise.all([startInstance(database.url!, base), startInstance(database.url!, base + 1)]);
  });
  after(async () => {
    first?.process.kill('SIGKILL');
    second?.process.kill('SIGKILL');
    await database?.drop();
  });

  test('a session made on one instance works on the other, and log-out there ends it here', async () => {
    const ip = randomClientIp();
    const signUp = await call(first, 'POST', '/api/auth/signup', {
      ip,
      body: { name: 'Sam', email: `sam-${Date.now()}@example.com`, password: 'long enough' },
    });
    assert.equal(signUp.status, 201);
    const me = await call(second, 'GET', '/api/me', { ip, cookie: signUp.cookie });
    assert.equal(me.status, 200);
    assert.equal(me.body.user.name, 'Sam');
    // Logging out on the first ends the session on the second within 100 ms, although it had the session cached.
    assert.equal((await call(first, 'POST', '/api/auth/logout', { ip, cookie: signUp.cookie })).status, 204);
    const started = performance.now();
    while ((await call(second, 'GET', '/api/me', { ip, cookie: signUp.cookie })).status !== 401) {
      assert.ok(performance.now() - started < 100, 'the session still worked on the other instance after 100 ms');
    }
  });

  test('a rate limit is shared: the budget spent on one instance is gone on the other', async () => {
    const ip = randomClientIp();
    const body = { email: 'nobody@example.com', password: 'whatever1' };
    const statuses = [];
    for (const instance of [first, second, first, second])
      statuses.push((await call(instance, 'POST', '/api/auth/login', { ip, body })).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });

  test('a link revoked on one instance is refused by the other at once; 200 accepts spread over both respect maxUses', async () => {
    const ip = randomClientIp();
    const owner = await call(first, 'POST', '/api/auth/signup', {
      ip,
      body: { name: 'Olive', email: `olive-${Date.now()}@example.com`, password: 'long enough' },
    });
    const group = (
      await call(first, 'POST', '/api/groups', { ip, cookie: owner.cookie, body: { name: 'Scale', visibility: 'public' } })
    ).body.group;
    const doomed = (await call(first, 'POST', `/api/groups/${group.id}/invite-links`, { ip, cookie: owner.cookie, body: {} }))
      .body.inviteLink;
    assert.equal((await call(second, 'GET', `/api/invites/${doomed.code}`, { ip })).status, 200);
    await call(first, 'DELETE', `/api/groups/${group.id}/invite-links/${doomed.id}`, { ip, cookie: owner.cookie });
    const refused = await call(second, 'GET', `/api/invites/${doomed.code}`, { ip });
    assert.equal(refused.status, 410);
    assert.equal(refused.body.error.code, 'invite_revoked');

    const limited = (
      await call(first, 'POST', `/api/groups/${group.id}/invite-links`, { ip, cookie: owner.cookie, body: { maxUses: 25 } })
    ).body.inviteLink;
    // 200 signed-in people, made directly in the database (sign-up through HTTP would be rate limited by design).
    const batch = Date.now();
    const people = await insertPeopleWithSessions(
      database.db,
      Array.from({ length: 200 }, (_, index) => ({ name: `Racer ${index}`, email: `racer-${index}-${batch}@example.com` })),
    );
    const results = await Promise.all(
      people.map(({ cookie }, index) =>
        call(index % 2 ? first : second, 'POST', `/api/invites/${limited.code}/accept`, { ip: randomClientIp(), cookie }),
      ),
    );
    assert.equal(results.filter((result) => result.status === 200).length, 25, JSON.stringify(results.slice(0, 2)));
    assert.ok(results.filter((result) => result.status !== 200).every((result) => result.body.error.code === 'invite_exhausted'));
    const links = (await call(second, 'GET', `/api/groups/${group.id}/invite-links`, { ip, cookie: owner.cookie })).body
      .inviteLinks;
    const counted = links.find((link: { id: string }) => link.id === limited.id);
    assert.equal(counted.uses, 25);
    assert.equal(counted.joins, 25);
  });

  test('SIGTERM stops an instance cleanly while the other keeps serving', async () => {
    const exited = new Promise<number | null>((resolve) => first.process.once('exit', (code) => resolve(code)));
    first.process.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal((await fetch(`${second.url}/healthz`)).status, 200);
  });
});
