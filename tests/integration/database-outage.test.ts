import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { buildGroup, buildUser, type SignedInUser } from '../support/factories.js';
import { waitUntil } from '../support/free-port.js';
import { ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

const signUpBody = () => ({ name: 'Dee', email: `dee-${randomBytes(4).toString('hex')}@example.com`, password: 'long enough' });

describe('PostgreSQL stopped, frozen or refusing writes (a throwaway cluster)', () => {
  let cluster: ThrowawayPostgres;
  let t: TestApp;
  let owner: SignedInUser;
  let groupId: string;
  const errorLogs: string[] = [];

  before(async () => {
    cluster = await ThrowawayPostgres.create();
    const logStream = new PassThrough();
    logStream.on('data', (chunk) =>
      errorLogs.push(
        ...String(chunk)
          .split('\n')
          .filter((line) => line.includes('"level":50')),
      ),
    );
    t = await createTestApp('postgres', { LOG_LEVEL: 'error' }, { database: await cluster.openDatabase(), logStream });
    owner = await buildUser(t.app);
    groupId = (await buildGroup(owner)).id;
  });
  after(async () => {
    await t?.close();
    cluster?.destroy();
  });

  const readiness = async () => {
    const { result, ms } = await timed(() => t.app.inject({ method: 'GET', url: '/readyz' }));
    return { status: result.statusCode, body: result.json(), ms };
  };
  const assertUnavailable = (response: { status: number; body: any; headers: Record<string, unknown> }, what: string) => {
    assert.equal(response.status, 503, `${what}: ${JSON.stringify(response.body)}\n${errorLogs.join('\n')}`);
    assert.equal(response.body.error.code, 'service_unavailable');
    assert.equal(typeof response.body.error.message, 'string');
    assert.ok(Number(response.headers['retry-after']) > 0, `${what}: Retry-After`);
  };
  const worksAgain = async () => {
    await waitUntil('/readyz to report the database back', async () => (await readiness()).status === 200, 20_000);
    assert.equal((await new ApiClient(t.app).post('/api/auth/signup', signUpBody())).status, 201);
    assert.equal((await owner.api.post(`/api/groups/${groupId}/invite-links`, {})).status, 201);
  };

  test('stopped: requests answer 503 service_unavailable with Retry-After, /readyz 503 at once, and all recovers on restart', async () => {
    assert.equal((await readiness()).body.status, 'ready');
    cluster.stop();

    const ready = await readiness();
    assert.ok(ready.ms < 2000, `/readyz took ${Math.round(ready.ms)} ms`);
    assert.equal(ready.status, 503);
    assert.equal(ready.body.checks.database.status, 'failing');

    const visitor = new ApiClient(t.app);
    assertUnavailable(await visitor.post('/api/auth/signup', signUpBody()), 'sign-up');
    assertUnavailable(await visitor.post('/api/auth/login', { email: 'x@example.com', password: 'whatever1' }), 'log-in');
    assertUnavailable(await visitor.get('/api/invites/no-such-code-at-all-0123456789ab'), 'invite preview');
    assertUnavailable(await owner.api.post(`/api/groups/${groupId}/invite-links`, {}), 'create link');

    await cluster.start();
    await worksAgain();
  });

  test('frozen (SIGSTOP): /readyz answers 503 within 2 s every time, requests end in 503 instead of hanging', {
    timeout: 90_000,
  }, async () => {
    cluster.freeze();
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const ready = await readiness();
        assert.ok(ready.ms < 2000, `/readyz took ${Math.round(ready.ms)} ms`);
        assert.equal(ready.status, 503);
        assert.match(ready.body.checks.database.message, /did not answer/);
      }
      const attempts = await Promise.all(
        [0, 1, 2].map(() => timed(() => new ApiClient(t.app).post('/api/auth/signup', signUpBody()))),
      );
      for (const { result, ms } of attempts) {
        assertUnavailable(result, 'sign-up against a frozen database');
        assert.ok(ms < 16_000, `sign-up took ${Math.round(ms)} ms`);
      }
    } finally {
      cluster.thaw();
    }
    await worksAgain();
  });

  test('refusing writes (read-only): /readyz reports it, and a write answers 503, not 500', async () => {
    await cluster.sql(['alter system set default_transaction_read_only = on', 'select pg_reload_conf()']);
    try {
      await waitUntil('/readyz to notice', async () => (await readiness()).status === 503);
      const ready = await readiness();
      assert.ok(ready.ms < 2000);
      assert.match(ready.body.checks.database.message, /read-only/);
      assertUnavailable(await new ApiClient(t.app).post('/api/auth/signup', signUpBody()), 'sign-up');
    } finally {
      await cluster.sql([
        'set default_transaction_read_only = off',
        'alter system reset default_transaction_read_only',
        'select pg_reload_conf()',
      ]);
    }
    await worksAgain();
  });
});

describe('readiness on the embedded database', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  test('/readyz proves a write works and says so', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ready', checks: { database: { status: 'ok' } } });
  });
});
