import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startMailQueue } from '../../server/modules/mail/mail-queue.js';
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
});
