import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { desc, eq, sql } from 'drizzle-orm';
import { mailOutbox } from '../../server/db/schema/index.js';
import { databaseKinds } from '../support/database.js';
import { buildGroup, buildUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** An app whose log lines the test reads. */
async function createLoggedApp(kind: (typeof databaseKinds)[number]) {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk) => lines.push(String(chunk)));
  const t = await createTestApp(kind, {}, { logStream: stream });
  return { t, log: () => lines.join('') };
}

/** The reset link of the newest reset mail to `email`, read from the outbox (mail stays there in tests). */
async function latestResetToken(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.database.db
    .select({ text: mailOutbox.text })
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, email))
    .orderBy(desc(mailOutbox.createdAt), desc(sql`ctid`))
    .limit(1);
  return mail!.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1]!;
}

for (const kind of databaseKinds) {
  describe(`secrets stay out of the log (${kind})`, () => {
    let t: TestApp;
    let log: () => string;
    before(async () => {
      ({ t, log } = await createLoggedApp(kind));
    });
    after(() => t.close());

    test('reset, magic-link, verification and invite URLs are logged without their tokens', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const code = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink.code;
      await new ApiClient(t.app).post('/api/auth/password-reset', { email: owner.email });
      const resetToken = await latestResetToken(t, owner.email);
      const visitor = new ApiClient(t.app);
      await visitor.get(`/reset-password?token=${resetToken}`);
      await visitor.get('/magic-link?token=magic-secret-0123456789');
      await visitor.get('/verify-email?token=verify-secret-0123456789');
      await visitor.get(`/invite/${code}`);
      await visitor.get(`/login?next=${encodeURIComponent(`/invite/${code}`)}`);
      await visitor.get(`/api/invites/${code}`);
      const written = log();
      assert.match(written, /reset-password\?token=\[redacted\]/);
      assert.match(written, /magic-link\?token=\[redacted\]/);
      for (const secret of [resetToken, code, 'magic-secret-0123456789', 'verify-secret-0123456789']) {
        assert.equal(written.includes(secret), false, `${secret} is in the log`);
      }
    });

    test('a failed query logs neither its parameters nor the request body', async () => {
      // Any insert into users fails inside the database, as a full disk or a broken constraint would.
      await t.database.db.execute(sql`
        create or replace function hearth_test_refuse_users() returns trigger language plpgsql as $$
        begin raise exception 'refused by test trigger'; end $$`);
      await t.database.db.execute(sql`
        create trigger hearth_test_refuse_users before insert on users
        for each row execute function hearth_test_refuse_users()`);
      try {
        const email = `leaky-${Date.now()}@example.com`;
        const password = 'my very secret password';
        const response = await new ApiClient(t.app).post('/api/auth/signup', { name: 'Lea Leaky', email, password });
        assert.equal(response.status, 500);
        assert.equal(response.body.error.code, 'internal_error');
        const written = log();
        assert.match(written, /unhandled error/);
        assert.match(written, /"sqlState":"P0001"/, 'the log still says what failed');
        for (const secret of [email, password, '$argon2id$', 'Lea Leaky', 'params']) {
          assert.equal(written.includes(secret), false, `${secret} is in the log`);
        }
      } finally {
        await t.database.db.execute(sql`drop trigger hearth_test_refuse_users on users`);
      }
    });

    test('completing a reset ends every other reset link of the account', async () => {
      const user = await buildUser(t.app);
      const visitor = new ApiClient(t.app);
      await visitor.post('/api/auth/password-reset', { email: user.email });
      const first = await latestResetToken(t, user.email);
      await visitor.post('/api/auth/password-reset', { email: user.email });
      const second = await latestResetToken(t, user.email);
      assert.notEqual(first, second);
      const used = await visitor.post('/api/auth/password-reset/confirm', { token: second, password: 'a brand new password' });
      assert.equal(used.status, 200);
      const stale = await new ApiClient(t.app).post('/api/auth/password-reset/confirm', {
        token: first,
        password: 'an attacker password',
      });
      assert.equal(stale.status, 400);
      assert.equal(stale.body.error.code, 'reset_token_invalid');
      const logIn = await new ApiClient(t.app).post('/api/auth/login', { email: user.email, password: 'a brand new password' });
      assert.equal(logIn.status, 200);
    });
  });
}
