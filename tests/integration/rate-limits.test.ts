import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../server/shared/redis.js';
import { buildGroup, buildUser, randomClientIp } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

const tight = {
  RATE_LIMITS: 'on',
  RATE_LIMIT_AUTH_PER_IP: '3/60',
  RATE_LIMIT_INVITE_RESOLVE_PER_IP: '50/60',
  RATE_LIMIT_INVITE_ACCEPT_PER_IP: '50/60',
  RATE_LIMIT_INVITE_ACCEPT_PER_ACCOUNT: '2/60',
  RATE_LIMIT_INVITE_UNKNOWN_PER_IP: '3/600',
  RATE_LIMIT_EMAIL_INVITES_PER_ADMIN: '3/3600',
  RATE_LIMIT_EMAIL_INVITES_PER_GROUP: '5/3600',
};

describe('rate limits (in-process)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', tight);
  });
  after(() => t.close());

  test('log-in is limited per client address and answers 429 with Retry-After', async () => {
    const api = new ApiClient(t.app, { remoteAddress: randomClientIp() });
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    const limited = await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' });
    assert.equal(limited.body.error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    const elsewhere = new ApiClient(t.app, { remoteAddress: randomClientIp() });
    assert.equal((await elsewhere.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status, 401);
  });

  test('unknown codes are throttled on their own budget, and the guesser can still open a valid link', async () => {
    const ip = randomClientIp();
    const owner = await buildUser(t.app, { ip: randomClientIp() });
    const group = await buildGroup(owner);
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    const api = new ApiClient(t.app, { remoteAddress: ip });
    for (let attempt = 0; attempt < 10; attempt++) assert.equal((await api.get(`/api/invites/${link.code}`)).status, 200);
    const guesses = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      guesses.push((await api.get(`/api/invites/${randomBytes(24).toString('base64url')}`)).status);
    }
    assert.deepEqual(guesses, [404, 404, 404, 429]);
    const throttled = await api.get(`/api/invites/${randomBytes(24).toString('base64url')}`);
    assert.equal(throttled.body.error.code, 'rate_limited');
    assert.ok(Number(throttled.headers['retry-after']) > 0);
    assert.equal((await api.get(`/api/invites/${link.code}`)).status, 200, 'a valid code still opens');
  });

  test('accepting is limited per account, whatever address it comes from', async () => {
    const owner = await buildUser(t.app, { ip: randomClientIp() });
    const group = await buildGroup(owner);
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    const invitee = await buildUser(t.app, { ip: randomClientIp() });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++)
      statuses.push((await invitee.api.post(`/api/invites/${link.code}/accept`)).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  test('email invitations are limited per admin and per group, counting each address', async () => {
    const owner = await buildUser(t.app, { ip: randomClientIp() });
    const admin = await buildUser(t.app, { ip: randomClientIp() });
    const group = await buildGroup(owner);
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    await admin.api.post(`/api/invites/${link.code}/accept`);
    await owner.api.patch(`/api/groups/${group.id}/members/${admin.id}`, { role: 'admin' });
    const addresses = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}-${i}-${Date.now()}@example.com`);
    assert.equal((await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: addresses('a', 3) })).status, 202);
    const tooMany = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: addresses('b', 1) });
    assert.equal(tooMany.status, 429, 'the admin spent their 3');
    assert.equal(tooMany.body.error.code, 'rate_limited');
    assert.equal((await admin.api.post(`/api/groups/${group.id}/email-invites`, { emails: addresses('c', 2) })).status, 202);
    assert.equal(
      (await admin.api.post(`/api/groups/${group.id}/email-invites`, { emails: addresses('d', 1) })).status,
      429,
      'the group spent its 5',
    );
  });

  test('without TRUST_PROXY, X-Forwarded-For cannot pick a fresh address', async () => {
    const ip = randomClientIp();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const api = new ApiClient(t.app, { remoteAddress: ip, headers: { 'x-forwarded-for': randomClientIp() } });
      statuses.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.equal(statuses[3], 429);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', { ...tight, TRUST_PROXY: '1' });
  });
  after(() => t.close());

  test('with TRUST_PROXY=1 the client address comes from X-Forwarded-For', async () => {
    const proxy = randomClientIp();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const api = new ApiClient(t.app, { remoteAddress: proxy, headers: { 'x-forwarded-for': randomClientIp() } });
      statuses.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401]);
  });

  test('with TRUST_PROXY=1 a forged left-most X-Forwarded-For entry does not escape the limit', async () => {
    const proxy = randomClientIp();
    const client = randomClientIp();
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      // The client writes its own X-Forwarded-For; the one proxy appends the address it saw.
      const forwardedFor = `${randomClientIp()}, ${client}`;
      const api = new ApiClient(t.app, { remoteAddress: proxy, headers: { 'x-forwarded-for': forwardedFor } });
      statuses.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });
});

describe('rate limits behind proxies named by address', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', { ...tight, TRUST_PROXY: '10.250.0.0/16, 10.251.0.7' });
  });
  after(() => t.close());

  test('X-Forwarded-For is believed only from the listed proxies, and forged entries behind them are skipped', async () => {
    const client = randomClientIp();
    const viaListedProxies = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      // client → 10.251.0.7 → 10.250.3.4 → Hearth; whatever the client put in front is not trusted.
      const api = new ApiClient(t.app, {
        remoteAddress: '10.250.3.4',
        headers: { 'x-forwarded-for': `${randomClientIp()}, ${client}, 10.251.0.7` },
      });
      viaListedProxies.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.deepEqual(viaListedProxies, [401, 401, 401, 429]);

    const direct = randomClientIp();
    const fromUnlisted = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const api = new ApiClient(t.app, { remoteAddress: direct, headers: { 'x-forwarded-for': randomClientIp() } });
      fromUnlisted.push((await api.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' })).status);
    }
    assert.deepEqual(fromUnlisted, [401, 401, 401, 429], 'a client that is not a listed proxy is keyed by its own address');
  });
});

describe('rate limits shared through Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let redis: Redis;
  before(async () => {
    // The client production uses (auto-pipelined: commands of one tick share a write).
    redis = connectRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    first = await createTestApp('postgres', { ...tight, REDIS_URL: 'redis://127.0.0.1:6379' }, { redis });
    second = await createTestApp(
      'postgres',
      { ...tight, REDIS_URL: 'redis://127.0.0.1:6379' },
      { redis, database: first.database },
    );
  });
  after(async () => {
    await second.app.close();
    await first.close();
    redis.disconnect();
  });

  test('two app instances share one budget per client', async () => {
    const ip = randomClientIp();
    const onFirst = new ApiClient(first.app, { remoteAddress: ip });
    const onSecond = new ApiClient(second.app, { remoteAddress: ip });
    const body = { email: 'x@example.com', password: 'whatever1' };
    const statuses = [
      (await onFirst.post('/api/auth/login', body)).status,
      (await onSecond.post('/api/auth/login', body)).status,
      (await onFirst.post('/api/auth/login', body)).status,
      (await onSecond.post('/api/auth/login', body)).status,
    ];
    assert.deepEqual(statuses, [401, 401, 401, 429]);
  });

  test('a burst of attempts at once, on both instances, spends the budget exactly once each', async () => {
    const ip = randomClientIp();
    const body = { email: 'x@example.com', password: 'whatever1' };
    const clients = [first, second].map((instance) => new ApiClient(instance.app, { remoteAddress: ip }));
    const statuses = await Promise.all(
      Array.from({ length: 24 }, (_, index) => clients[index % 2]!.post('/api/auth/login', body).then((answer) => answer.status)),
    );
    assert.equal(statuses.filter((status) => status === 401).length, 3, 'three attempts fit the budget of 3');
    assert.equal(statuses.filter((status) => status === 429).length, 21, 'every other attempt is refused');
  });
});

describe('logs', () => {
  test('invite codes never appear in the request log', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk) => lines.push(String(chunk)));
    const t = await createTestApp('pglite', {}, { logStream: stream });
    try {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await new ApiClient(t.app).get(`/api/invites/${link.code}`);
      await owner.api.post(`/api/invites/${link.code}/accept`);
      const log = lines.join('');
      assert.match(log, /\/api\/invites\/\[redacted\]/);
      assert.equal(log.includes(link.code), false);
      assert.equal(log.includes(owner.password), false);
    } finally {
      await t.close();
    }
  });
});
