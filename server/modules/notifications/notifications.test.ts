import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { type ReceivedMail, startSmtpInbox } from '../../../tests/support/smtp-inbox.js';
import { ApiClient, createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { type MailQueue, startMailQueue } from '../mail/mail-queue.js';
import { sendDueJoinRequestAlerts } from './notifications.service.js';

const TEN_MINUTES = 10 * 60_000;

for (const kind of databaseKinds) {
  describe(`notification mail over real SMTP (${kind})`, () => {
    let t: TestApp;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let sweeperQueue: MailQueue;
    before(async () => {
      inbox = await startSmtpInbox();
      t = await createTestApp(kind, { SMTP_URL: inbox.url }, { mail: 'start' });
      // A second queue over the same database, so the test can run the minutely sweep at a chosen time.
      sweeperQueue = await startMailQueue(t.config, t.database, { pollingSeconds: 0.5 });
    });
    after(async () => {
      await sweeperQueue.stop();
      await t.close();
      await inbox.close();
    });

    const sweepAt = (now: Date) =>
      sendDueJoinRequestAlerts({ db: t.database.db, config: t.config, mailQueue: sweeperQueue }, now);

    /** Mail written for an address (delivered or not): proves a mail was NOT sent without waiting. */
    async function outboxFor(address: string) {
      // Account mail (the address confirmation sent at sign-up) is not a notification.
      const result = await t.database.executeSql(
        "select subject from mail_outbox where lower(to_address) = lower($1) and kind not in ('email_verification', 'magic_link', 'account_exists')",
        [address],
      );
      return result.rows.map((row: { subject: string }) => row.subject);
    }

    const mailTo = (user: SignedInUser, subject: RegExp) =>
      inbox.waitFor((m) => m.to.includes(user.email) && subject.test(m.subject));

    function assertOneClickHeaders(mail: ReceivedMail) {
      assert.match(
        mail.headers['list-unsubscribe'] ?? '',
        /^<http:\/\/hearth\.test\/api\/notifications\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
      );
      assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      assert.match(mail.text, /http:\/\/hearth\.test\/settings\/notifications/);
    }

    async function privateGroupWithAdmins(name: string) {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private', name });
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      // The admin's own join request (private group) opened the owner's 10-minute window: let it end.
      await sweepAt(new Date(Date.now() + TEN_MINUTES + 1000));
      return { owner, admin, group, link };
    }

    async function request(code: string, name: string) {
      const person = await buildUser(t.app, { name });
      assert.equal((await person.api.post(`/api/invites/${code}/accept`)).status, 200);
      return person;
    }

    test('admins hear of the first request at once; more within 10 minutes come as one follow-up', async () => {
      const { owner, admin, group, link } = await privateGroupWithAdmins('Night Owls');
      const quiet = await buildUser(t.app);
      await addMember(owner, group.id, quiet, 'admin');
      await quiet.api.patch('/api/me/notification-settings', { joinRequests: 'none' });
      await sweepAt(new Date(Date.now() + TEN_MINUTES + 1000));

      await request(link.code, 'Grace Hopper');
      for (const recipient of [owner, admin]) {
        const mail = await mailTo(recipient, /^Grace Hopper asked to join Night Owls$/);
        assertOneClickHeaders(mail);
        assert.match(mail.text, new RegExp(`/groups/${group.slug}\\?tab=requests`));
      }
      assert.deepEqual(
        (await outboxFor(quiet.email)).filter((s) => /asked to join|more request/.test(s)),
        [],
        'an admin who chose none gets nothing',
      );

      await request(link.code, 'Ada Lovelace');
      await request(link.code, 'Alan Turing');
      assert.equal(
        (await outboxFor(owner.email)).filter((s) => /^(Grace Hopper|Ada Lovelace|Alan Turing) asked/.test(s)).length,
        1,
        'gathered, not mailed',
      );

      assert.equal(await sweepAt(new Date(Date.now() + 60_000)), 0, 'nothing is due before the window ends');
      await sweepAt(new Date(Date.now() + TEN_MINUTES + 1000));
      const followUp = await mailTo(owner, /^2 more requests to join Night Owls$/);
      assertOneClickHeaders(followUp);
      await mailTo(admin, /^2 more requests to join Night Owls$/);

      await sweepAt(new Date(Date.now() + TEN_MINUTES + 2000));
      assert.equal((await outboxFor(owner.email)).filter((s) => /more requests/.test(s)).length, 1, 'one follow-up only');
    });

    test('a daily digest gathers the day’s requests into one mail', async () => {
      const { owner, link } = await privateGroupWithAdmins('Daily Readers');
      await owner.api.patch('/api/me/notification-settings', { joinRequests: 'daily' });
      await request(link.code, 'Reader One');
      await request(link.code, 'Reader Two');
      assert.deepEqual(
        (await outboxFor(owner.email)).filter((s) => /^Reader|^Today/.test(s)),
        [],
        'nothing is mailed at once',
      );
      await sweepAt(new Date(Date.now() + TEN_MINUTES + 1000));
      assert.deepEqual(
        (await outboxFor(owner.email)).filter((s) => /^Reader|^Today|more request/.test(s)),
        [],
        'nor after 10 minutes',
      );
      await sweepAt(new Date(Date.now() + 86_400_000 + 1000));
      assertOneClickHeaders(await mailTo(owner, /^Today: 2 requests to join Daily Readers$/));
    });

    test('the requester hears the answer: approved ("You’re in") or declined', async () => {
      const { owner, group, link } = await privateGroupWithAdmins('Chess Club');
      const accepted = await request(link.code, 'Bobby');
      const refused = await request(link.code, 'Judit');
      const pending = (await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests;
      const idOf = (user: SignedInUser) => pending.find((r: { user: { id: string } }) => r.user.id === user.id).id;
      await owner.api.post(`/api/groups/${group.id}/join-requests/${idOf(accepted)}/approve`);
      await owner.api.post(`/api/groups/${group.id}/join-requests/decline`, { requestIds: [idOf(refused)] });

      const yes = await mailTo(accepted, /^You're in: open Chess Club$/);
      assertOneClickHeaders(yes);
      assert.match(yes.text, new RegExp(`http://hearth\\.test/groups/${group.slug}`));
      assertOneClickHeaders(await mailTo(refused, /^Your request to join Chess Club$/));
    });

    test('inviters who opt in hear when someone joins through their link or email invitation', async () => {
      const inviter = await buildUser(t.app);
      const group = await buildGroup(inviter, { name: 'Open Garden' });
      const link = (await inviter.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      await request(link.code, 'Before Opt In');
      assert.deepEqual(await outboxFor(inviter.email), [], 'off by default');

      const settings = await inviter.api.patch('/api/me/notification-settings', { inviteeJoined: true });
      assert.deepEqual(settings.body.settings, { joinRequests: 'every', requestDecisions: true, inviteeJoined: true });
      await request(link.code, 'Linus');
      assertOneClickHeaders(await mailTo(inviter, /^Linus joined Open Garden$/));

      const guest = `guest-${Date.now()}@example.com`;
      await inviter.api.post(`/api/groups/${group.id}/email-invites`, { emails: [guest] });
      const invitationMail = await inbox.waitFor((m) => m.to.includes(guest));
      const code = /\/invite\/([A-Za-z0-9_-]{32})/.exec(invitationMail.text)![1]!;
      const invitee = await buildUser(t.app, { name: 'Mailed Guest', email: guest });
      assert.equal((await invitee.api.post(`/api/invites/${code}/accept`)).status, 200);
      const joined = await mailTo(inviter, /^Mailed Guest joined Open Garden$/);
      assert.match(joined.text, /through your email invitation/);
    });

    test('one click on List-Unsubscribe turns that mail off, with no session; the token is single-purpose', async () => {
      const { owner, link } = await privateGroupWithAdmins('Unsubscribers');
      await request(link.code, 'First Asker');
      const mail = await mailTo(owner, /^First Asker asked to join Unsubscribers$/);
      const url = new URL(mail.headers['list-unsubscribe']!.slice(1, -1));

      const stranger = new ApiClient(t.app);
      const clicked = await stranger.request('POST', url.pathname, undefined, {
        'content-type': 'application/x-www-form-urlencoded',
      });
      // ApiClient sends no body without one; a provider posts the RFC 8058 form body.
      const response = await t.app.inject({
        method: 'POST',
        url: url.pathname,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' },
        payload: 'List-Unsubscribe=One-Click',
      });
      assert.equal(clicked.status, 200);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(JSON.parse(response.body).topic, 'join_requests');
      assert.equal((await owner.api.get('/api/me/notification-settings')).body.settings.joinRequests, 'none');

      const opened = await t.app.inject({ method: 'GET', url: url.pathname });
      assert.equal(opened.statusCode, 303, 'a GET only shows the confirmation page');
      assert.match(String(opened.headers.location), /^\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

      await sweepAt(new Date(Date.now() + TEN_MINUTES + 1000));
      await request(link.code, 'Second Asker');
      await sweepAt(new Date(Date.now() + 2 * TEN_MINUTES));
      assert.equal((await outboxFor(owner.email)).filter((s) => /Second Asker|more request/.test(s)).length, 0);

      const forged = await t.app.inject({ method: 'POST', url: `/api/notifications/unsubscribe/${'x'.repeat(43)}` });
      assert.equal(forged.statusCode, 404);
      const token = url.pathname.split('/').pop()!;
      const stored = await t.database.executeSql(
        "select count(*)::int as n from unsubscribe_tokens where token_hash = sha256(convert_to($1, 'UTF8'))",
        [token],
      );
      assert.equal(stored.rows[0].n, 1, 'the token is stored as its SHA-256 hash');
    });

    test('settings: defaults, validation, and they need a session', async () => {
      const user = await buildUser(t.app);
      assert.deepEqual((await user.api.get('/api/me/notification-settings')).body.settings, {
        joinRequests: 'every',
        requestDecisions: true,
        inviteeJoined: false,
      });
      assert.equal((await user.api.patch('/api/me/notification-settings', { joinRequests: 'hourly' })).status, 400);
      assert.equal((await user.api.patch('/api/me/notification-settings', {})).status, 400);
      assert.equal((await new ApiClient(t.app).get('/api/me/notification-settings')).status, 401);
      const updated = await user.api.patch('/api/me/notification-settings', { requestDecisions: false });
      assert.equal(updated.body.settings.requestDecisions, false);
      assert.equal(updated.body.settings.joinRequests, 'every');
    });
  });
}
