import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { mailOutbox, sessions, users } from '../../db/schema/index.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`accounts (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('sign-up creates the account, sets an httpOnly SameSite=Lax session cookie and signs the person in', async () => {
      const api = new ApiClient(t.app);
      const response = await api.post('/api/auth/signup', { name: 'Ada', email: 'Ada@Example.com', password: 'long enough' });
      assert.equal(response.status, 201);
      assert.equal(response.body.user.name, 'Ada');
      const cookie = String(response.headers['set-cookie']);
      assert.match(cookie, /^hearth_session=[A-Za-z0-9_-]{43};/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      const me = await api.get('/api/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.email, 'Ada@Example.com');
    });

    test('the password is stored as an argon2id hash and the session only as a hash of its token', async () => {
      const user = await buildUser(t.app);
      const [row] = await t.database.db.select().from(users).where(eq(users.id, user.id));
      assert.match(row!.passwordHash, /^\$argon2id\$/);
      const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.tokenHash.length, 32);
    });

    test('emails are unique whatever their case; signing up again mails the owner instead of saying so', async () => {
      const email = `Case-${Date.now()}@example.com`;
      const owner = await buildUser(t.app, { email, name: 'Original Owner' });
      const api = new ApiClient(t.app);
      const response = await api.post('/api/auth/signup', {
        name: 'Again',
        email: email.toUpperCase(),
        password: 'long enough',
        inviteCode: 'some-invite-code',
      });
      assert.equal(response.status, 202);
      assert.deepEqual(response.body, { status: 'check_email' });
      assert.equal(response.headers['set-cookie'], undefined, 'nobody is signed in');
      assert.doesNotMatch(JSON.stringify(response.body), /exist|taken|account/i, 'the answer does not say the address is known');
      const accounts = await t.database.db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
      assert.deepEqual(
        accounts.map((account) => account.id),
        [owner.id],
      );
      const [mail] = await t.database.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.kind, 'account_exists')));
      assert.equal(mail?.subject, 'You already have a Hearth account');
      const token = mail!.text.match(/magic-link\?token=([A-Za-z0-9_-]+)/)![1]!;
      const signedIn = await api.post('/api/auth/magic-link/confirm', { token });
      assert.equal(signedIn.body.user.id, owner.id);
      assert.equal(signedIn.body.next, '/invite/some-invite-code', 'the link returns to the invite the person came from');
    });

    test('a new account is signed in at once, unverified, with a confirmation link in the mail', async () => {
      const email = `new-${Date.now()}@example.com`;
      const api = new ApiClient(t.app);
      const response = await api.post('/api/auth/signup', { name: 'Newt', email, password: 'long enough' });
      assert.equal(response.status, 201);
      assert.equal(response.body.user.emailVerified, false);
      const [mail] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
      assert.equal(mail?.kind, 'email_verification');
      assert.match(mail!.text, /\/verify-email\?token=[A-Za-z0-9_-]{43}/);
    });

    test('a weak password or a malformed email is a 400 with a readable message', async () => {
      const api = new ApiClient(t.app);
      const weak = await api.post('/api/auth/signup', { name: 'W', email: 'weak@example.com', password: 'short' });
      assert.equal(weak.status, 400);
      assert.equal(weak.body.error.code, 'validation_failed');
      assert.match(weak.body.error.message, /at least 8 characters/);
      const malformed = await api.post('/api/auth/signup', { name: 'M', email: 'not-an-email', password: 'long enough' });
      assert.equal(malformed.status, 400);
      assert.match(malformed.body.error.message, /valid email/);
    });

    test('log-in accepts any case of the email and issues a new session each time', async () => {
      const user = await buildUser(t.app);
      const api = new ApiClient(t.app);
      const first = await api.post('/api/auth/login', { email: user.email.toUpperCase(), password: user.password });
      assert.equal(first.status, 200);
      const firstCookie = String(first.headers['set-cookie']);
      const second = await api.post('/api/auth/login', { email: user.email, password: user.password });
      assert.notEqual(String(second.headers['set-cookie']), firstCookie);
    });

    test('a wrong password and an unknown email get the same answer', async () => {
      const user = await buildUser(t.app);
      const api = new ApiClient(t.app);
      const wrongPassword = await api.post('/api/auth/login', { email: user.email, password: 'not the password' });
      const unknownEmail = await api.post('/api/auth/login', { email: 'nobody@example.com', password: 'not the password' });
      assert.equal(wrongPassword.status, 401);
      assert.deepEqual(wrongPassword.body, unknownEmail.body);
      assert.equal(unknownEmail.body.error.code, 'invalid_credentials');
    });

    test('log-out ends the session on the server, not only in the browser', async () => {
      const user = await buildUser(t.app);
      const stolenCookie = (await user.api.get('/api/me')).status === 200;
      assert.ok(stolenCookie);
      const out = await user.api.post('/api/auth/logout');
      assert.equal(out.status, 204);
      assert.equal((await user.api.get('/api/me')).status, 401);
      const remaining = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      assert.equal(remaining.length, 0);
    });

    test('an expired session is refused, and the next log-in clears it away', async () => {
      const user = await buildUser(t.app);
      await t.database.db
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.userId, user.id));
      assert.equal((await user.api.get('/api/me')).status, 401);
      const fresh = new ApiClient(t.app);
      assert.equal((await fresh.post('/api/auth/login', { email: user.email, password: user.password })).status, 200);
      const left = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      assert.equal(left.length, 1, 'only the new session remains');
    });

    test('GET /api/me without a session is 401 unauthenticated', async () => {
      const response = await new ApiClient(t.app).get('/api/me');
      assert.equal(response.status, 401);
      assert.equal(response.body.error.code, 'unauthenticated');
    });

    test('state-changing requests must be JSON and, with an Origin, from our own origin', async () => {
      const api = new ApiClient(t.app);
      const form = await api.request('POST', '/api/auth/login', undefined, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      assert.equal(form.status, 415);
      assert.equal(form.body.error.code, 'unsupported_media_type');
      const body = { email: 'x@example.com', password: 'whatever1' };
      const foreign = await api.request('POST', '/api/auth/login', body, { origin: 'https://evil.example' });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.body.error.code, 'origin_mismatch');
      const ours = await api.request('POST', '/api/auth/login', body, { origin: TEST_PUBLIC_URL });
      assert.equal(ours.status, 401);
    });
  });
}

describe('accounts over https', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', { PUBLIC_URL: 'https://hearth.example' });
  });
  after(() => t.close());

  test('the session cookie is Secure with the __Host- prefix', async () => {
    const api = new ApiClient(t.app);
    const response = await api.post('/api/auth/signup', { name: 'Sec', email: 'sec@example.com', password: 'long enough' });
    const cookie = String(response.headers['set-cookie']);
    assert.match(cookie, /^__Host-hearth_session=/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Domain=/);
  });
});
