import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { desc, eq, sql } from 'drizzle-orm';
import { magicLinkTokens, mailOutbox, users } from '../../db/schema/index.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../tests/support/test-app.js';

let sequence = 0;
const freshAddress = () => `magic-${++sequence}-${Date.now()}@example.com`;

/** The sign-in token in the newest mail to `address`, read from the outbox as a mail server would deliver it. */
async function tokenMailedTo(t: TestApp, address: string): Promise<{ token: string; subject: string }> {
  const [mail] = await t.database.db
    .select()
    .from(mailOutbox)
    .where(sql`lower(${mailOutbox.toAddress}) = lower(${address})`)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  assert.ok(mail, `a mail to ${address}`);
  const match = mail.text.match(new RegExp(`${TEST_PUBLIC_URL}/magic-link\\?token=([A-Za-z0-9_-]{43})`));
  assert.ok(match, 'the mail carries a sign-in link');
  return { token: match[1]!, subject: mail.subject };
}

for (const kind of databaseKinds) {
  describe(`Continue with email (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('the answer is the same 202 whether or not the address has an account', async () => {
      const existing = await buildUser(t.app);
      const api = new ApiClient(t.app);
      const known = await api.post('/api/auth/magic-link', { email: existing.email });
      const unknown = await api.post('/api/auth/magic-link', { email: freshAddress() });
      assert.equal(known.status, 202);
      assert.equal(unknown.status, 202);
      assert.deepEqual(known.body, unknown.body);
      assert.deepEqual(Object.keys(known.headers).sort(), Object.keys(unknown.headers).sort());
    });

    test('a new address: the link asks for a name, then creates a verified account and signs in', async () => {
      const address = freshAddress();
      const api = new ApiClient(t.app);
      await api.post('/api/auth/magic-link', { email: address, next: '/invite/abcdef' });
      const { token, subject } = await tokenMailedTo(t, address);
      assert.equal(subject, 'Finish creating your Hearth account');

      const withoutName = await api.post('/api/auth/magic-link/confirm', { token });
      assert.equal(withoutName.status, 400);
      assert.equal(withoutName.body.error.code, 'name_required');
      assert.equal((await api.get('/api/me')).status, 401, 'not signed in yet');

      const confirmed = await api.post('/api/auth/magic-link/confirm', { token, name: 'Mia Magic' });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.body.next, '/invite/abcdef');
      assert.equal(confirmed.body.created, true);
      assert.deepEqual(
        { name: confirmed.body.user.name, email: confirmed.body.user.email, verified: confirmed.body.user.emailVerified },
        { name: 'Mia Magic', email: address, verified: true },
      );
      assert.match(String(confirmed.headers['set-cookie']), /hearth_session=.*HttpOnly/);
      const me = await api.get('/api/me');
      assert.equal(me.body.user.email, address);
      assert.equal(me.body.user.emailVerified, true);
    });

    test('an existing account signs in with its link, and the link works once', async () => {
      const person = await buildUser(t.app, { name: 'Kim Known' });
      const browser = new ApiClient(t.app);
      await browser.post('/api/auth/magic-link', { email: person.email.toUpperCase() });
      const { token, subject } = await tokenMailedTo(t, person.email);
      assert.equal(subject, 'Your Hearth sign-in link');
      const first = await browser.post('/api/auth/magic-link/confirm', { token });
      assert.equal(first.status, 200);
      assert.equal(first.body.user.id, person.id);
      assert.equal(first.body.created, false);
      assert.equal(first.body.next, null);

      const again = await new ApiClient(t.app).post('/api/auth/magic-link/confirm', { token });
      assert.equal(again.status, 400);
      assert.equal(again.body.error.code, 'magic_link_invalid');
    });

    test('a link older than 15 minutes is refused, and the token is stored only as its SHA-256', async () => {
      const address = freshAddress();
      const api = new ApiClient(t.app);
      await api.post('/api/auth/magic-link', { email: address });
      const { token } = await tokenMailedTo(t, address);
      const [row] = await t.database.db.select().from(magicLinkTokens).where(eq(magicLinkTokens.email, address));
      assert.equal(row!.tokenHash.length, 32);
      assert.notEqual(row!.tokenHash.toString('base64url'), token);
      const lifetime = row!.expiresAt.getTime() - row!.createdAt.getTime();
      assert.ok(Math.abs(lifetime - 15 * 60_000) < 5_000, `lives 15 minutes, not ${lifetime} ms`);

      await t.database.db
        .update(magicLinkTokens)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(magicLinkTokens.email, address));
      const late = await api.post('/api/auth/magic-link/confirm', { token, name: 'Late Larry' });
      assert.equal(late.status, 400);
      assert.equal(late.body.error.code, 'magic_link_invalid');
      const created = await t.database.db.select().from(users).where(eq(users.email, address));
      assert.equal(created.length, 0, 'no account was created');
    });

    test('using one link ends the other outstanding links of the address', async () => {
      const address = freshAddress();
      const api = new ApiClient(t.app);
      await api.post('/api/auth/magic-link', { email: address });
      const older = (await tokenMailedTo(t, address)).token;
      await new Promise((resolve) => setTimeout(resolve, 5));
      await api.post('/api/auth/magic-link', { email: address });
      const newer = (await tokenMailedTo(t, address)).token;
      assert.notEqual(older, newer);
      assert.equal((await api.post('/api/auth/magic-link/confirm', { token: newer, name: 'Nell' })).status, 200);
      const stale = await new ApiClient(t.app).post('/api/auth/magic-link/confirm', { token: older });
      assert.equal(stale.body.error.code, 'magic_link_invalid');
    });

    test('next must be a same-site path: other hosts are refused, never followed', async () => {
      const api = new ApiClient(t.app);
      for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a\nb']) {
        const response = await api.post('/api/auth/magic-link', { email: freshAddress(), next });
        assert.equal(response.status, 400, `refused: ${JSON.stringify(next)}`);
        assert.equal(response.body.error.code, 'validation_failed');
      }
      const malformed = await api.post('/api/auth/magic-link', { email: 'not-an-email' });
      assert.equal(malformed.status, 400);
    });

    test('a password squatter loses the account to whoever proves the mailbox', async () => {
      const address = freshAddress();
      const squatter = await buildUser(t.app, { email: address, name: 'Squatter' });
      const owner = new ApiClient(t.app);
      await owner.post('/api/auth/magic-link', { email: address });
      const { token } = await tokenMailedTo(t, address);
      assert.equal((await owner.post('/api/auth/magic-link/confirm', { token })).status, 200);
      assert.equal((await squatter.api.get('/api/me')).status, 401, 'the squatter is signed out');
      const relogin = await new ApiClient(t.app).post('/api/auth/login', { email: address, password: squatter.password });
      assert.equal(relogin.status, 401, 'and their password no longer works');
      assert.equal((await owner.get('/api/me')).body.user.emailVerified, true);
    });
  });
}

describe('Continue with email is rate-limited like password resets', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', { RATE_LIMITS: 'on', RATE_LIMIT_MAGIC_LINK_PER_IP: '2/3600' });
  });
  after(() => t.close());

  test('past the budget a client gets 429 with Retry-After, and one address gets no more than the budget of mail', async () => {
    const api = new ApiClient(t.app);
    assert.equal((await api.post('/api/auth/magic-link', { email: 'a@example.com' })).status, 202);
    assert.equal((await api.post('/api/auth/magic-link', { email: 'b@example.com' })).status, 202);
    const limited = await api.post('/api/auth/magic-link', { email: 'c@example.com' });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);

    // Many client addresses asking for one victim's mailbox: the third request answers 202 but sends nothing.
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      const other = new ApiClient(t.app, { remoteAddress: ip });
      assert.equal((await other.post('/api/auth/magic-link', { email: 'victim@example.com' })).status, 202);
    }
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, 'victim@example.com'));
    assert.equal(mails.length, 2);
  });
});
