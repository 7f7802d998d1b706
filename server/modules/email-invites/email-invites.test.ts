import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { emailInvites } from '../../db/schema/index.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { inviteCodeIn, startSmtpInbox } from '../../../tests/support/smtp-inbox.js';
import { ApiClient, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`email invitations through a real SMTP server (${kind})`, () => {
    let t: TestApp;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    before(async () => {
      inbox = await startSmtpInbox();
      t = await createTestApp(kind, { SMTP_URL: inbox.url, MAIL_FROM: 'Hearth <hello@hearth.test>' }, { mail: 'start' });
    });
    after(async () => {
      await t.close();
      await inbox.close();
    });

    test('an invitation arrives with the right recipient, subject, text and a link to /invite/<code>', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const group = await buildGroup(owner, { name: 'Morning Runners' });
      const address = `Zoe.${Date.now()}@Example.com`;
      const sent = await owner.api.post(`/api/groups/${group.id}/email-invites`, {
        emails: [address],
        message: 'Come run with us!',
      });
      assert.equal(sent.status, 202);
      assert.deepEqual(
        sent.body.sent.map((s: { email: string }) => s.email),
        [address],
      );
      const mail = await inbox.waitFor((m) => m.to.toLowerCase().includes(address.toLowerCase()));
      assert.equal(mail.subject, 'Olive Owner invited you to join Morning Runners on Hearth');
      assert.match(mail.from, /hello@hearth\.test/);
      assert.match(mail.text, /Come run with us!/);
      assert.match(mail.text, new RegExp(`${TEST_PUBLIC_URL}/invite/[A-Za-z0-9_-]{32}`));
      assert.match(mail.html, /Accept the invitation/);
      assert.match(mail.messageId, /@hearth\.test>$/);
    });

    test('invalid addresses are listed back, repeats and members are skipped, not re-invited', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      const fresh = `fresh-${Date.now()}@example.com`;
      const response = await owner.api.post(`/api/groups/${group.id}/email-invites`, {
        emails: [fresh, 'not-an-email', member.email.toUpperCase(), ` ${fresh.toUpperCase()} `],
      });
      assert.equal(response.status, 202);
      assert.deepEqual(
        response.body.sent.map((s: { email: string }) => s.email),
        [fresh],
      );
      assert.deepEqual(response.body.invalid, [{ input: 'not-an-email', reason: 'not a valid email address' }]);
      assert.deepEqual(response.body.skipped.map((s: { reason: string }) => s.reason).sort(), [
        'already_member',
        'repeated_in_list',
      ]);
      assert.equal(response.body.delivery, 'smtp', 'the answer says the mail went to the mail server');
      const again = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [fresh] });
      assert.deepEqual(again.body.skipped, [{ email: fresh, reason: 'already_invited' }]);
      assert.equal((await owner.api.get(`/api/groups/${group.id}/email-invites`)).body.emailInvites.length, 1);
    });

    test('each element of `emails` is one input: a pasted line is not split by the API', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const one = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: ['not an email'] });
      assert.equal(one.status, 202);
      assert.deepEqual(one.body.invalid, [{ input: 'not an email', reason: 'not a valid email address' }]);
      const pasted = await owner.api.post(`/api/groups/${group.id}/email-invites`, {
        emails: ['a@example.com, b@example.com', '<c-angle@example.com>'],
      });
      assert.deepEqual(pasted.body.invalid, [{ input: 'a@example.com, b@example.com', reason: 'not a valid email address' }]);
      assert.deepEqual(
        pasted.body.sent.map((s: { email: string }) => s.email),
        ['c-angle@example.com'],
      );
    });

    test('the invitee joins with the invited address; another account is refused with invite_email_mismatch', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'public' });
      const address = `ivy-${Date.now()}@example.com`;
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [address] });
      const code = inviteCodeIn(await inbox.waitFor((m) => m.to.includes(address) && m.text.includes('/invite/')));
      const preview = await new ApiClient(t.app).get(`/api/invites/${code}`);
      assert.equal(preview.body.invite.invitedEmail, address);
      const stranger = await buildUser(t.app);
      const refused = await stranger.api.post(`/api/invites/${code}/accept`);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'invite_email_mismatch');
      const invitee = await buildUser(t.app, { email: address.toUpperCase() });
      const accepted = await invitee.api.post(`/api/invites/${code}/accept`);
      assert.equal(accepted.body.membership.status, 'active');
      const members = (await owner.api.get(`/api/groups/${group.id}/members`)).body.members;
      assert.equal(members[0].joinedVia.kind, 'email_invite');
      const listed = (await owner.api.get(`/api/groups/${group.id}/email-invites`)).body.emailInvites;
      assert.equal(listed[0].state, 'accepted');
      assert.equal((await invitee.api.post(`/api/invites/${code}/accept`)).body.alreadyMember, true);
    });

    test('a private group still needs approval unless the admin pre-approved', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const plain = `plain-${Date.now()}@example.com`;
      const vip = `vip-${Date.now()}@example.com`;
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [plain] });
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [vip], preApprove: true });
      const plainUser = await buildUser(t.app, { email: plain });
      const vipUser = await buildUser(t.app, { email: vip });
      const plainCode = inviteCodeIn(await inbox.waitFor((m) => m.to.includes(plain) && m.text.includes('/invite/')));
      const vipCode = inviteCodeIn(await inbox.waitFor((m) => m.to.includes(vip) && m.text.includes('/invite/')));
      assert.equal((await plainUser.api.post(`/api/invites/${plainCode}/accept`)).body.membership.status, 'pending');
      assert.equal((await vipUser.api.post(`/api/invites/${vipCode}/accept`)).body.membership.status, 'active');
    });

    test('expired invitations are refused; resend keeps the code with a new expiry; revoke ends it', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const address = `late-${Date.now()}@example.com`;
      const sent = await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [address], expiresInDays: 3 });
      const inviteId = sent.body.sent[0].id;
      const code = inviteCodeIn(await inbox.waitFor((m) => m.to.includes(address) && m.text.includes('/invite/')));
      await t.database.db
        .update(emailInvites)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(emailInvites.id, inviteId));
      const invitee = await buildUser(t.app, { email: address });
      assert.equal((await invitee.api.post(`/api/invites/${code}/accept`)).body.error.code, 'invite_expired');
      assert.equal((await owner.api.get(`/api/groups/${group.id}/email-invites`)).body.emailInvites[0].state, 'expired');

      const resent = await owner.api.post(`/api/groups/${group.id}/email-invites/${inviteId}/resend`);
      assert.equal(resent.status, 200);
      assert.ok(Date.parse(resent.body.emailInvite.expiresAt) > Date.now() + 13 * 86_400_000);
      // Only the invitations: the invitee's account also got a mail to confirm the address.
      const invitations = () => inbox.received.filter((m) => m.to.includes(address) && m.subject.includes('invited you'));
      await inbox.waitFor(() => invitations().length === 2);
      const both = invitations();
      assert.equal(inviteCodeIn(both[1]!), code, 'the same code');
      assert.notEqual(both[1]!.messageId, both[0]!.messageId, 'a new message');

      const revoked = await owner.api.delete(`/api/groups/${group.id}/email-invites/${inviteId}`);
      assert.equal(revoked.body.emailInvite.state, 'revoked');
      assert.equal((await invitee.api.post(`/api/invites/${code}/accept`)).body.error.code, 'invite_revoked');
      assert.equal((await owner.api.post(`/api/groups/${group.id}/email-invites/${inviteId}/resend`)).status, 409);
    });

    test('members and outsiders cannot send email invitations', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      assert.equal((await member.api.post(`/api/groups/${group.id}/email-invites`, { emails: ['x@example.com'] })).status, 403);
      assert.equal((await member.api.get(`/api/groups/${group.id}/email-invites`)).status, 403);
    });

    test('password reset: same answer for unknown addresses, single use, other sessions end, back to the invite', async () => {
      const user = await buildUser(t.app, { name: 'Forgetful' });
      const otherDevice = new ApiClient(t.app);
      await otherDevice.post('/api/auth/login', { email: user.email, password: user.password });
      const visitor = new ApiClient(t.app);
      const known = await visitor.post('/api/auth/password-reset', { email: user.email.toUpperCase(), returnTo: '/invite/abc' });
      const unknown = await visitor.post('/api/auth/password-reset', { email: 'nobody-here@example.com' });
      assert.equal(known.status, 202);
      assert.deepEqual([unknown.status, unknown.body], [known.status, known.body]);
      const mail = await inbox.waitFor((m) => m.to.includes(user.email) && m.subject === 'Reset your Hearth password');
      const token = mail.text.match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1]!;
      const weak = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'short' });
      assert.equal(weak.status, 400);
      const confirmed = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' });
      assert.equal(confirmed.status, 200);
      assert.equal(confirmed.body.returnTo, '/invite/abc');
      assert.equal((await visitor.get('/api/me')).status, 200);
      assert.equal((await otherDevice.get('/api/me')).status, 401, 'other sessions ended');
      assert.equal((await user.api.get('/api/me')).status, 401);
      const reused = await visitor.post('/api/auth/password-reset/confirm', { token, password: 'another new password' });
      assert.equal(reused.body.error.code, 'reset_token_invalid');
      assert.equal(
        (await new ApiClient(t.app).post('/api/auth/login', { email: user.email, password: 'a brand new password' })).status,
        200,
      );
      const offSite = await visitor.post('/api/auth/password-reset', { email: user.email, returnTo: '//evil.example' });
      assert.equal(offSite.status, 202);
    });
  });
}
