import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { startMailQueue, startPgBoss } from '../../server/modules/mail/mail-queue.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { testConfig } from '../support/test-app.js';

describe('mail queue start-up (postgres)', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase('postgres');
  });
  after(() => database.drop());

  test('several instances starting at the same instant on a fresh database all get a working queue', async () => {
    const starts = await Promise.allSettled([1, 2, 3, 4].map(() => startMailQueue(testConfig(), database)));
    const queues = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
    try {
      assert.deepEqual(
        starts.map((start) => (start.status === 'rejected' ? String(start.reason) : 'started')),
        ['started', 'started', 'started', 'started'],
      );
      const installed = await database.executeSql("select count(*)::int as count from pg_namespace where nspname = 'pgboss'");
      assert.equal(installed.rows[0].count, 1);
    } finally {
      await Promise.all(queues.map((queue) => queue.stop()));
    }
  });

  test('a job that finishes after the queue stopped and the database closed does not reach the closed pool', async () => {
    const own = await createTestDatabase('postgres');
    const { boss, stop } = await startPgBoss(own, 'late-finish');
    await stop();
    await own.drop();
    // What pg-boss 10 does when a job it fetched just before stop() finishes afterwards: it marks the job done and
    // does not await it, so a rejection here would be unhandled (it failed a CI run).
    const late = boss.complete('late-finish', '00000000-0000-4000-8000-000000000001');
    const outcome = await Promise.race([
      late.then(
        () => 'answered',
        (error: Error) => `rejected: ${error.message}`,
      ),
      delay(300).then(() => 'not sent'),
    ]);
    assert.equal(outcome, 'not sent');
  });
});
