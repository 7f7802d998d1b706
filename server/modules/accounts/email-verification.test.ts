import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq, sql } from 'drizzle-orm';
import { emailVerificationTokens, mailOutbox } from '../../db/schema/index.js';
import { sha256 } from '../../shared/tokens.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildGroup, buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../../../tests/support/test-app.js';

let sequence = 0;
const freshAddress = (name: string) => `${name}-${++sequence}-${Date.now()}@example.com`;

/** What the real owner of `address` would find in their mailbox: the newest mail of that kind, from the outbox. */
async function newestMail(t: TestApp, address: string, kind: 'email_verification' | 'magic_link' | 'email_invite') {
  const [mail] = await t.database.db
    .select()
    .from(mailOutbox)
    .where(and(sql`lower(${mailOutbox.toAddress}) = lower(${address})`, eq(mailOutbox.kind, kind)))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  assert.ok(mail, `a ${kind} mail to ${address}`);
  return mail;
}

const tokenIn = (text: string, path: string) => text.match(new RegExp(`/${path}\\?token=([A-Za-z0-9_-]{43})`))![1]!;
const inviteCodeIn = (text: string) => text.match(/\/invite\/([A-Za-z0-9_-]{32})/)![1]!;

for (const kind of databaseKinds) {
  describe(`verified addresses (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('the link in the sign-up mail verifies the address once, in any browser', async () => {
      const person = await buildUser(t.app);
      assert.equal((await person.api.get('/api/me')).body.user.emailVerified, false);
      const token = tokenIn((await newestMail(t, person.email, 'email_verification')).text, 'verify-email');

      const otherBrowser = new ApiClient(t.app);
      const confirmed = await otherBrowser.post('/api/auth/verify-email/confirm', { token });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.headers['set-cookie'], undefined, 'confirming signs nobody in');
      assert.equal((await person.api.get('/api/me')).body.user.emailVerified, true, 'the signed-in session sees it at once');

      const again = await otherBrowser.post('/api/auth/verify-email/confirm', { token });
      assert.equal(again.status, 400);
      assert.equal(again.body.error.code, 'verification_token_invalid');
    });

    test('"send it again" mails a fresh link; an expired link is refused', async () => {
      const person = await buildUser(t.app);
      const first = tokenIn((await newestMail(t, person.email, 'email_verification')).text, 'verify-email');
      await t.database.db
        .update(emailVerificationTokens)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(emailVerificationTokens.tokenHash, sha256(first)));
      const expired = await person.api.post('/api/auth/verify-email/confirm', { token: first });
      assert.equal(expired.body.error.code, 'verification_token_invalid');

      assert.equal((await person.api.post('/api/auth/verify-email')).status, 202);
      const second = tokenIn((await newestMail(t, person.email, 'email_verification')).text, 'verify-email');
      assert.notEqual(second, first);
      assert.equal((await person.api.post('/api/auth/verify-email/confirm', { token: second })).status, 200);
      assert.equal((await new ApiClient(t.app).post('/api/auth/verify-email')).status, 401, 'resending needs a session');
    });

    test('someone who signs up as bob@ cannot read Bob’s invitation nor join his private group; Bob still joins from the mail', async () => {
      const owner = await buildUser(t.app, { name: 'Olivia Owner' });
      const group = await buildGroup(owner, { name: 'Secret Garden', visibility: 'private' });
      const bob = freshAddress('bob');
      const sent = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [bob], preApprove: true });
      assert.equal(sent.status, 202);

      // The attack: sign up with Bob's address, create any group to get a Dev mailbox, look for Bob's mail.
      const attacker = await buildUser(t.app, { email: bob, name: 'Not Bob' });
      await buildGroup(attacker, { name: 'Decoy' });
      await attacker.api.post('/api/auth/verify-email');
      await new ApiClient(t.app).post('/api/auth/magic-link', { email: bob });
      const mailbox = await attacker.api.get('/api/dev/mailbox');
      assert.equal(mailbox.status, 200);
      assert.deepEqual(mailbox.body.messages, [], 'no mail addressed to bob@ before the address was proven');
      assert.doesNotMatch(JSON.stringify(mailbox.body), /\/invite\/|token=/);
      assert.equal((await attacker.api.get(`/api/groups/${group.id}`)).status, 404, 'not a member of the private group');

      // Bob, reading his real mailbox: he signs in with a link (which ends the squatter's sessions) …
      await new ApiClient(t.app).post('/api/auth/magic-link', { email: bob });
      const bobBrowser = new ApiClient(t.app);
      const signIn = tokenIn((await newestMail(t, bob, 'magic_link')).text, 'magic-link');
      assert.equal((await bobBrowser.post('/api/auth/magic-link/confirm', { token: signIn })).status, 200);
      assert.equal((await attacker.api.get('/api/me')).status, 401);
      // … and one click on the invitation makes him a member, pre-approved.
      const code = inviteCodeIn((await newestMail(t, bob, 'email_invite')).text);
      const accepted = await bobBrowser.post(`/api/invites/${code}/accept`);
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.membership.status, 'active');
    });

    test('an invitee without an account joins in one step from the mail, and redeeming the code verifies them', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const carol = freshAddress('carol');
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [carol], preApprove: true });
      const code = inviteCodeIn((await newestMail(t, carol, 'email_invite')).text);

      const browser = new ApiClient(t.app);
      const signUp = await browser.post('/api/auth/signup', {
        name: 'Carol',
        email: carol,
        password: 'long enough',
        inviteCode: code,
      });
      assert.equal(signUp.status, 201);
      assert.equal(signUp.body.user.emailVerified, false);
      const accepted = await browser.post(`/api/invites/${code}/accept`);
      assert.equal(accepted.body.membership.status, 'active');
      assert.equal((await browser.get('/api/me')).body.user.emailVerified, true);
    });

    test('once verified, the Dev mailbox shows mail to that address written from then on, never before', async () => {
      const person = await buildUser(t.app);
      await buildGroup(person);
      await new ApiClient(t.app).post('/api/auth/magic-link', { email: person.email });
      const before = await newestMail(t, person.email, 'magic_link');
      const token = tokenIn((await newestMail(t, person.email, 'email_verification')).text, 'verify-email');
      await person.api.post('/api/auth/verify-email/confirm', { token });
      await new ApiClient(t.app).post('/api/auth/password-reset', { email: person.email });
      const ids = (await person.api.get('/api/dev/mailbox')).body.messages.map((message: { subject: string }) => message.subject);
      assert.deepEqual(ids, ['Reset your Hearth password']);
      assert.notEqual(before.subject, 'Reset your Hearth password');
    });
  });
}
