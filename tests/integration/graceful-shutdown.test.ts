import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { memberships } from '../../server/db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort, sleep, waitUntil } from '../support/free-port.js';
import { type HearthProcess, startHearthProcess } from '../support/hearth-process.js';
import { insertPeopleWithSessions } from '../support/session-people.js';

const publicUrl = 'http://hearth.test';

/**
 * SIGTERM (a deploy, a scale-down) while requests are still being worked on. Closing the HTTP server stops new
 * requests and waits for open connections; a request whose client has already gone has no connection left to
 * wait for, so the database used to close under it: its next query failed ("Cannot use a pool after calling end
 * on the pool") or the process exited first, and a join the person had clicked was dropped.
 */
describe('SIGTERM with requests in flight whose clients have left (postgres)', () => {
  let database: TestDatabase;
  let hearth: HearthProcess;
  let blocker: pg.Client;

  before(async () => {
    database = await createTestDatabase('postgres');
    hearth = await startHearthProcess(await freePort(), {
      DATABASE_URL: database.url!,
      PUBLIC_URL: publicUrl,
      SESSION_SECRET: 'graceful-shutdown-test-secret-graceful-shutdown',
      RATE_LIMITS: 'off',
    });
    blocker = new pg.Client({ connectionString: database.url! });
    await blocker.connect();
  });
  after(async () => {
    hearth?.process.kill('SIGKILL');
    await blocker?.end().catch(() => {});
    await database?.drop();
  });

  test('a join clicked just before the stop still lands; forms never read and idle connections do not hold it up', async () => {
    const owner = await call('POST', '/api/auth/signup', {
      body: { name: 'Olive', email: 'olive@example.com', password: 'long enough' },
    });
    const group = (
      await call('POST', '/api/groups', { cookie: owner.cookie, body: { name: 'Deploy day', visibility: 'public' } })
    ).body.group;
    const link = (await call('POST', `/api/groups/${group.id}/invite-links`, { cookie: owner.cookie, body: {} })).body.inviteLink;
    // Signed in elsewhere: this process has never seen the session, so each request starts with a look-up.
    const [joiner, formSender, stayer] = await insertPeopleWithSessions(database.db, [
      { name: 'Jo', email: 'jo@example.com' },
      { name: 'Fran', email: 'fran@example.com' },
      { name: 'Stan', email: 'stan@example.com' },
    ]);

    // Hold the requests inside that look-up: another connection locks the users table.
    await blocker.query('begin');
    await blocker.query('lock table users in access exclusive mode');
    const join = abortable(`/api/invites/${link.code}/accept`, joiner.cookie);
    const form = abortable('/api/groups', formSender.cookie, { name: 'Never read', visibility: 'private' });
    // A client that waits for its answer on a keep-alive connection.
    const stayed = fetch(`${hearth.url}/api/me`, { headers: { cookie: stayer.cookie } });
    await waitUntil('a session look-up waits on the lock', async () => {
      // Asked of the lock table, not of pg_stat_activity's query text: on a connection that has already prepared the
      // look-up, the wait happens while binding it, and the text still shows that connection's previous statement.
      const waiting = await blocker.query(
        `select count(*)::int as n from pg_locks
         where relation = 'users'::regclass and not granted
           and database = (select oid from pg_database where datname = current_database())`,
      );
      return waiting.rows[0].n > 0;
    });
    // The others wait behind it (for the lock, or for a new pool connection, which cannot start while it is held).
    await sleep(500);

    // A browser's speculative preconnect: a connection that never sends a request.
    const preconnect = connect(Number(new URL(hearth.url).port), '127.0.0.1');
    await new Promise((resolve) => preconnect.once('connect', resolve));
    const preconnectEnded = new Promise((resolve) => preconnect.once('close', resolve));

    // Both clients give up (a closed tab, a dropped phone connection), then the process is told to stop.
    join.abort();
    form.abort();
    assert.deepEqual(await Promise.all([join.answered, form.answered]), ['aborted', 'aborted']);
    const exited = new Promise<number | null>((resolve) => hearth.process.once('exit', (code) => resolve(code)));
    hearth.process.kill('SIGTERM');
    await sleep(300);
    assert.equal(hearth.process.exitCode, null, 'the process waits for the join it is still working on');
    const released = Date.now();
    await blocker.query('commit');

    assert.equal((await stayed).status, 200, 'the client that stayed gets its answer');
    assert.equal(await Promise.race([exited, sleep(20_000).then(() => 'still running 20 s later')]), 0);
    // Nothing else holds the stop up: not the form, whose body was never read (its client left first, so Fastify
    // never runs its handler: 10 s, the stop's limit), not the unused connection (forever), not the connection
    // whose answer came after the stop began (72 s of keep-alive).
    assert.ok(Date.now() - released < 5_000, `exited ${Date.now() - released} ms after the lock was released`);
    await preconnectEnded;
    const output = hearth.output.join('');
    assert.doesNotMatch(output, /Cannot use a pool/);
    assert.doesNotMatch(output, /"level":50/, 'no error was logged');
    assert.doesNotMatch(output, /requests still in flight/);
    const joined = await database.db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.groupId, group.id), eq(memberships.userId, joiner.id)));
    assert.deepEqual(joined, [{ role: 'member' }], 'the join landed');
  });

  async function call(method: string, path: string, options: { cookie?: string; body?: unknown }) {
    const response = await fetch(`${hearth.url}${path}`, {
      method,
      headers: {
        origin: publicUrl,
        ...(options.cookie && { cookie: options.cookie }),
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return { body: text ? JSON.parse(text) : undefined, cookie: response.headers.get('set-cookie')?.split(';')[0] };
  }

  /** A POST the test can give up on; a body makes it a form, none a button (accept). */
  function abortable(path: string, cookie: string, body?: unknown) {
    const client = new AbortController();
    const answered = fetch(`${hearth.url}${path}`, {
      method: 'POST',
      headers: { cookie, origin: publicUrl, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: client.signal,
    }).then(
      (response) => `answered ${response.status}`,
      () => 'aborted',
    );
    return { answered, abort: () => client.abort() };
  }
});
