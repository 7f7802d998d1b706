import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseKinds } from '../../../tests/support/database.js';
import { createEmptyDatabase, readEveryTable } from '../../../tests/support/every-table.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { users } from '../schema/index.js';
import { parseHeader } from './backup-format.js';
import { restoreBackup } from './restore-backup.js';
import { writeBackup } from './write-backup.js';

async function* linesOf(lines: string[]) {
  yield* lines;
}

for (const kind of databaseKinds) {
  describe(`backup and restore (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
      // A community with members, links, a pending join request and mail in the outbox.
      const owner = await buildUser(t.app, { name: 'Owner Ölwen' });
      const group = await buildGroup(owner, { visibility: 'private', description: 'Backed up' });
      await addMember(owner, group.id, await buildUser(t.app), 'admin');
      await addMember(owner, group.id, await buildUser(t.app));
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Newsletter' })).body.inviteLink;
      const requester = await buildUser(t.app);
      await requester.api.get(`/api/invites/${link.code}`);
      assert.equal((await requester.api.post(`/api/invites/${link.code}/accept`)).body.membership.status, 'pending');
      const invited = await owner.api.post(`/api/groups/${group.id}/email-invites`, {
        emails: ['guest-one@example.com', 'guest-two@example.com'],
      });
      assert.equal(invited.status, 202);
      await owner.api.post('/api/auth/password-reset', { email: owner.email });
    });
    after(() => t.close());

    test('a backup restored into an empty database holds every row of every table', async () => {
      const lines: string[] = [];
      const counts = await writeBackup(t.database.db, kind, async (line) => void lines.push(line));
      const header = parseHeader(lines[0]);
      assert.equal(header.engine, kind);
      assert.ok(header.migrations.length > 0);

      const source = await readEveryTable(t.database);
      for (const table of ['users', 'groups', 'memberships', 'invite_links', 'join_requests', 'email_invites', 'mail_outbox'])
        assert.ok((source[`public.${table}`]?.length ?? 0) > 0, `the world has rows in ${table}`);
      assert.equal(
        counts.rows,
        Object.values(source).reduce((sum, rows) => sum + rows.length, 0),
      );

      const target = await createEmptyDatabase(kind);
      try {
        const restored = await restoreBackup(target.handle, linesOf(lines));
        assert.deepEqual(restored, counts);
        assert.deepEqual(await readEveryTable(target.handle), source);
        // The restored database is usable: migrations are recorded, and a new row gets through every constraint.
        await target.handle.migrate();
        await target.handle.db.insert(users).values({ name: 'After restore', email: 'after@example.com', passwordHash: 'x' });
      } finally {
        await target.drop();
      }
    });

    test('a backup is one snapshot: a write that commits while it runs is not in it', async () => {
      const lines: string[] = [];
      let lateWrite: Promise<unknown> | undefined;
      await writeBackup(t.database.db, kind, async (line) => {
        lines.push(line);
        if (lateWrite) return;
        // Written after the backup began and before it reads the users table. PostgreSQL commits it meanwhile;
        // PGlite has one connection, which the backup's transaction holds, so there it waits.
        lateWrite = buildUser(t.app, { email: 'late@example.com' });
        if (kind === 'postgres') await lateWrite;
        else await sleep(300);
      });
      await lateWrite;
      const sourceEmails = (await t.database.db.select({ email: users.email }).from(users)).map((row) => row.email);
      assert.ok(sourceEmails.includes('late@example.com'), 'the late write was acknowledged');
      const target = await createEmptyDatabase(kind);
      try {
        await restoreBackup(target.handle, linesOf(lines));
        const restoredEmails = (await target.handle.db.select({ email: users.email }).from(users)).map((row) => row.email);
        assert.ok(restoredEmails.length > 0);
        assert.ok(!restoredEmails.includes('late@example.com'));
      } finally {
        await target.drop();
      }
    });

    test('restoring into a database that already holds data is refused, and changes nothing', async () => {
      const lines: string[] = [];
      await writeBackup(t.database.db, kind, async (line) => void lines.push(line));
      const before = await readEveryTable(t.database);
      await assert.rejects(restoreBackup(t.database, linesOf(lines)), /target database is not empty/);
      assert.deepEqual(await readEveryTable(t.database), before);
    });

    test('a truncated backup is refused and leaves the target empty', async () => {
      const lines: string[] = [];
      await writeBackup(t.database.db, kind, async (line) => void lines.push(line));
      const target = await createEmptyDatabase(kind);
      try {
        await assert.rejects(restoreBackup(target.handle, linesOf(lines.slice(0, -2))), /incomplete/);
        assert.deepEqual(await readEveryTable(target.handle), {});
      } finally {
        await target.drop();
      }
    });
  });
}
