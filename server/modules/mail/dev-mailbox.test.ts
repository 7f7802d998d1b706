import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`Dev mailbox without SMTP (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind, {}, { mail: 'start' });
    });
    after(() => t.close());

    test('an owner reads the invitations of their groups; nobody reads another person’s reset link', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { name: 'Quiet Club' });
      const address = `guest-${Date.now()}@example.com`;
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [address] });
      const victim = await buildUser(t.app);
      await new ApiClient(t.app).post('/api/auth/password-reset', { email: victim.email });

      const mailbox = (await owner.api.get('/api/dev/mailbox')).body.messages;
      assert.deepEqual(
        mailbox.map((message: { to: string }) => message.to),
        [address],
      );
      assert.match(mailbox[0].text, /\/invite\/[A-Za-z0-9_-]{32}/);

      const otherOwner = await buildUser(t.app);
      await buildGroup(otherOwner);
      assert.deepEqual(
        (await otherOwner.api.get('/api/dev/mailbox')).body.messages,
        [],
        'another group’s invitations stay private',
      );
      assert.equal((await victim.api.get('/api/dev/mailbox')).status, 403, 'people who run no group have no Dev mailbox');
      // The account menu asks first, so nobody meets that 403 on every page.
      assert.deepEqual((await owner.api.get('/api/dev/mailbox/status')).body, { available: true });
      assert.deepEqual((await victim.api.get('/api/dev/mailbox/status')).body, { available: false });
      assert.equal((await new ApiClient(t.app).get('/api/dev/mailbox/status')).status, 401);
    });

    test('admins read the invitations of the groups they administer', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { name: 'Admin Club' });
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      const address = `admin-guest-${Date.now()}@example.com`;
      const sent = await admin.api.post(`/api/groups/${group.id}/email-invites`, { emails: [address] });
      assert.equal(sent.body.delivery, 'dev_mailbox', 'the answer says the mail was kept in the Dev mailbox');
      const mailbox = await admin.api.get('/api/dev/mailbox');
      assert.equal(mailbox.status, 200);
      assert.ok(mailbox.body.messages.some((message: { to: string }) => message.to === address));
      const member = await buildUser(t.app);
      await addMember(owner, group.id, member);
      assert.equal((await member.api.get('/api/dev/mailbox')).status, 403, 'members do not read invitations');
    });

    test('only the link Hearth generated is offered as a link; URLs in the personal message are not', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { name: 'Link Club' });
      const address = `linked-${Date.now()}@example.com`;
      const message = 'Join here instead: https://evil.example/invite/phish and http://hearth.test/invite/forgedcode';
      await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: [address], message });
      const mail = (await owner.api.get('/api/dev/mailbox')).body.messages.find((entry: { to: string }) => entry.to === address);
      assert.ok(mail.text.includes('https://evil.example/invite/phish'), 'the message itself is shown as written');
      assert.equal(mail.links.length, 1);
      assert.match(mail.links[0].url, /^http:\/\/hearth\.test\/invite\/[A-Za-z0-9_-]{32}$/);
      assert.equal(mail.links[0].label, 'Accept the invitation');
    });
  });
}

describe('Dev mailbox with SMTP configured', () => {
  test('does not exist', async () => {
    const t = await createTestApp('pglite', { SMTP_URL: 'smtp://127.0.0.1:1' }, { mail: 'start' });
    try {
      const owner = await buildUser(t.app);
      await buildGroup(owner);
      assert.equal((await owner.api.get('/api/dev/mailbox')).status, 404);
      assert.deepEqual((await owner.api.get('/api/dev/mailbox/status')).body, { available: false });
    } finally {
      await t.close();
    }
  });
});
