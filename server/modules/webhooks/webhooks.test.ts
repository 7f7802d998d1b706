import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { startWebhookReceiver } from '../../../tests/support/webhook-receiver.js';
import type { MailQueue } from '../mail/mail-queue.js';
import { webhookEventTypes } from './webhook-events.js';
import { disableFailingEndpoint } from './webhooks.notifications.js';
import { findEndpoint } from './webhooks.repository.js';

const allowLocal = { WEBHOOKS_ALLOW_HTTP: '1', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: '1' };

for (const kind of databaseKinds) {
  describe(`webhooks (${kind})`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    before(async () => {
      t = await createTestApp(kind, allowLocal, { webhooks: 'start', webhookRetryDelays: [1, 1, 1] });
      receiver = await startWebhookReceiver();
    });
    after(async () => {
      await t.close();
      await receiver.close();
    });

    async function ownerWithWebhook(path: string, events: string[] = ['member.joined']) {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const created = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
        url: `${receiver.url}${path}`,
        events,
        description: 'CRM',
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return { owner, group, webhook: created.body.webhook, secret: created.body.secret as string };
    }

    test('an endpoint turned off after 3 days of failures mails the owner in the frame of every Hearth mail, names escaped', async () => {
      const owner = await buildUser(t.app, { name: "Ann O'Neil & co" });
      const group = await buildGroup(owner, { name: `Knit & Purl ${kind}` });
      const created = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
        url: `${receiver.url}/off-${kind}`,
        events: ['member.joined'],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const endpoint = (await findEndpoint(t.database.db, group.id, created.body.webhook.id))!;
      const enqueued: string[] = [];
      const mailQueue = { enqueue: async (ids: string[]) => void enqueued.push(...ids) } as MailQueue;
      await disableFailingEndpoint(t.database.db, { mailQueue, publicUrl: t.config.publicUrl }, endpoint);

      const mails = (
        (await t.database.db.execute(
          sql`select id, to_address, subject, text, html from mail_outbox where kind = 'webhook_disabled' and group_id = ${group.id}`,
        )) as unknown as { rows: { id: string; to_address: string; subject: string; text: string; html: string }[] }
      ).rows;
      assert.equal(mails.length, 1);
      const [mail] = mails;
      assert.deepEqual(enqueued, [mail!.id]);
      assert.equal(mail!.to_address, owner.email);
      assert.equal(mail!.subject, `A webhook of Knit & Purl ${kind} was turned off`);
      const settingsUrl = `${t.config.publicUrl}/groups/${group.slug}?tab=settings`;
      assert.match(mail!.text, new RegExp(`Settings → Webhooks: ${settingsUrl.replace(/[.?]/g, '\\$&')}`));
      assert.match(mail!.html, /^<!doctype html>/);
      assert.match(mail!.html, /Hi Ann O&#39;Neil &amp; co,/);
      assert.match(mail!.html, /<strong>Knit &amp; Purl /);
      assert.ok(mail!.html.includes(`<a data-hearth-link href="${settingsUrl.replace('&', '&amp;')}"`), mail!.html);
      const listed = await owner.api.get(`/api/groups/${group.id}/webhooks`);
      assert.equal(listed.body.webhooks[0].disabledReason, 'Every delivery failed for 3 days.');
    });

    test('an owner adds an endpoint and sees its secret once; a test ping arrives signed with it', async () => {
      const path = `/ping-${kind}`;
      const { owner, group, webhook, secret } = await ownerWithWebhook(path);
      assert.match(secret, /^whsec_[A-Za-z0-9+/=]{32}$/);
      const listed = await owner.api.get(`/api/groups/${group.id}/webhooks`);
      assert.equal(listed.body.webhooks.length, 1);
      assert.equal(JSON.stringify(listed.body).includes(secret), false, 'the secret is never listed');
      assert.ok(listed.body.eventTypes.includes('invite_link.leak_suspected'));

      assert.equal((await owner.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`)).status, 202);
      await receiver.waitFor(() => receiver.received.some((entry) => entry.path === path));
      const ping = receiver.received.find((entry) => entry.path === path)!;
      const verified = new Webhook(secret).verify(ping.body, ping.headers as Record<string, string>) as {
        type: string;
        data: unknown;
      };
      assert.equal(verified.type, 'ping');
      assert.match(String(ping.headers['webhook-id']), /^msg_[0-9a-f]{32}$/);

      await receiver.waitFor(() => false, 300).catch(() => {});
      const log = await owner.api.get(`/api/groups/${group.id}/webhooks/${webhook.id}/deliveries`);
      assert.equal(log.body.deliveries[0].status, 'succeeded');
      assert.equal(log.body.deliveries[0].eventType, 'ping');
      assert.equal(log.body.deliveries[0].lastStatusCode, 200);
    });

    test('a rotated secret signs the next deliveries; the old one no longer verifies', async () => {
      const path = `/rotate-${kind}`;
      const { owner, group, webhook, secret } = await ownerWithWebhook(path);
      const rotated = await owner.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/rotate-secret`);
      assert.equal(rotated.status, 200);
      assert.notEqual(rotated.body.secret, secret);
      await owner.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`);
      await receiver.waitFor(() => receiver.received.some((entry) => entry.path === path));
      const ping = receiver.received.find((entry) => entry.path === path)!;
      assert.doesNotThrow(() => new Webhook(rotated.body.secret).verify(ping.body, ping.headers as Record<string, string>));
      assert.throws(() => new Webhook(secret).verify(ping.body, ping.headers as Record<string, string>));
    });

    test('a receiver answering 500 then 200 gets the same webhook-id again, and the log shows both attempts', async () => {
      const path = `/flaky-${kind}`;
      let calls = 0;
      const previous = receiver.respond;
      receiver.respond = (entry, index) =>
        entry.path === path ? { status: ++calls === 1 ? 500 : 200, body: 'x'.repeat(5000) } : previous(entry, index);
      try {
        const { owner, group, webhook } = await ownerWithWebhook(path);
        await owner.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`);
        await receiver.waitFor(() => receiver.received.filter((entry) => entry.path === path).length >= 2);
        const ids = receiver.received.filter((entry) => entry.path === path).map((entry) => entry.headers['webhook-id']);
        assert.equal(ids[0], ids[1]);
        let delivery: any;
        await receiver.waitFor(() => false, 300).catch(() => {});
        for (let i = 0; i < 40; i++) {
          delivery = (await owner.api.get(`/api/groups/${group.id}/webhooks/${webhook.id}/deliveries`)).body.deliveries[0];
          if (delivery.status === 'succeeded') break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.equal(delivery.status, 'succeeded');
        assert.equal(delivery.attempts, 2);
        assert.equal(delivery.responseBody.length, 1024, 'response bodies are capped at 1 KB');

        const redeliver = await owner.api.post(
          `/api/groups/${group.id}/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`,
        );
        assert.equal(redeliver.status, 202);
        await receiver.waitFor(() => receiver.received.filter((entry) => entry.path === path).length >= 3);
        assert.equal(receiver.received.filter((entry) => entry.path === path)[2]!.headers['webhook-id'], ids[0]);
      } finally {
        receiver.respond = previous;
      }
    });

    test('a redirect is not followed and counts as a failure', async () => {
      const path = `/redirect-${kind}`;
      const previous = receiver.respond;
      receiver.respond = (entry, index) =>
        entry.path === path
          ? { status: 302, headers: { location: `${receiver.url}/elsewhere-${kind}` } }
          : previous(entry, index);
      try {
        const { owner, group, webhook } = await ownerWithWebhook(path);
        await owner.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`);
        await receiver.waitFor(() => receiver.received.some((entry) => entry.path === path));
        await new Promise((resolve) => setTimeout(resolve, 300));
        const delivery = (await owner.api.get(`/api/groups/${group.id}/webhooks/${webhook.id}/deliveries`)).body.deliveries[0];
        assert.notEqual(delivery.status, 'succeeded');
        assert.match(delivery.lastError, /not followed/);
        assert.equal(
          receiver.received.some((entry) => entry.path === `/elsewhere-${kind}`),
          false,
        );
      } finally {
        receiver.respond = previous;
      }
    });

    test('every event type of the invitation lifecycle arrives, signed, once per change', async () => {
      const path = `/all-${kind}`;
      const { owner, group, secret } = await ownerWithWebhook(path, webhookEventTypes);
      const base = `/api/groups/${group.id}`;
      const link = (await owner.api.post(`${base}/invite-links`, { label: 'Everything' })).body.inviteLink;
      await owner.api.patch(`${base}/invite-links/${link.id}`, { label: 'Everything, renamed' });
      const joiner = await buildUser(t.app);
      await joiner.api.post(`/api/invites/${link.code}/accept`);
      await owner.api.patch(`${base}/members/${joiner.id}`, { role: 'admin' });
      await owner.api.delete(`${base}/members/${joiner.id}`);
      const troll = await buildUser(t.app);
      await troll.api.post(`/api/invites/${link.code}/accept`);
      await owner.api.post(`${base}/bans`, { userId: troll.id });
      const leaver = await buildUser(t.app);
      await leaver.api.post(`/api/invites/${link.code}/accept`);
      await leaver.api.delete(`${base}/members/${leaver.id}`);
      const gated = (await owner.api.post(`${base}/invite-links`, { requiresApproval: true })).body.inviteLink;
      const [asker, declined] = [await buildUser(t.app), await buildUser(t.app)];
      await asker.api.post(`/api/invites/${gated.code}/accept`);
      await declined.api.post(`/api/invites/${gated.code}/accept`);
      const requests = (await owner.api.get(`${base}/join-requests`)).body.joinRequests as { id: string; user: { id: string } }[];
      await owner.api.post(`${base}/join-requests/${requests.find((r) => r.user.id === asker.id)!.id}/approve`);
      await owner.api.post(`${base}/join-requests/${requests.find((r) => r.user.id === declined.id)!.id}/decline`);
      const single = (await owner.api.post(`${base}/invite-links`, { maxUses: 1 })).body.inviteLink;
      await (await buildUser(t.app)).api.post(`/api/invites/${single.code}/accept`);
      await owner.api.post(`${base}/invite-links/${link.id}/reset`);
      await owner.api.delete(`${base}/invite-links/${gated.id}`);
      await owner.api.post(`${base}/invites/pause`);
      await owner.api.post(`${base}/invites/resume`);
      const invitee = await buildUser(t.app);
      await owner.api.post(`${base}/email-invites`, { emails: [invitee.email] });
      const outbox = (await t.database.db.execute(
        sql`select text from mail_outbox where kind = 'email_invite' and lower(to_address) = lower(${invitee.email})`,
      )) as unknown as { rows: { text: string }[] };
      const code = outbox.rows[0]!.text.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]!;
      assert.equal((await invitee.api.post(`/api/invites/${code}/accept`)).status, 200);

      const expected = webhookEventTypes.filter((type) => type !== 'invite_link.leak_suspected');
      const received = () => receiver.received.filter((entry) => entry.path === path);
      const types = () => new Set(received().map((entry) => JSON.parse(entry.body).type));
      await receiver.waitFor(() => expected.every((type) => types().has(type)), 30_000).catch(() => {});
      assert.deepEqual(
        expected.filter((type) => !types().has(type)),
        [],
        'every event type arrived',
      );
      const ids = received().map((entry) => entry.headers['webhook-id']);
      assert.equal(new Set(ids).size, ids.length, 'each event arrives once');
      for (const entry of received()) {
        const event = new Webhook(secret).verify(entry.body, entry.headers as Record<string, string>) as {
          data: { group: { id: string } };
        };
        assert.equal(event.data.group.id, group.id);
        for (const code of [link.code, gated.code, single.code])
          assert.equal(entry.body.includes(code), false, 'never an invite code');
      }
      const joined = received()
        .map((entry) => JSON.parse(entry.body))
        .find((event) => event.type === 'member.joined' && event.data.member.id === joiner.id);
      assert.equal(joined.data.attribution.inviteLinkId, link.id);
      assert.equal(joined.data.attribution.invitedBy.id, owner.id);
    });

    test('only owners manage webhooks; other groups cannot see them; bad input is a 4xx', async () => {
      const { owner, group, webhook } = await ownerWithWebhook(`/authz-${kind}`);
      const admin = await buildUser(t.app);
      await addMember(owner, group.id, admin, 'admin');
      assert.equal((await admin.api.get(`/api/groups/${group.id}/webhooks`)).status, 403);
      assert.equal((await admin.api.post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`)).status, 403);
      const stranger = await buildUser(t.app);
      const otherGroup = await buildGroup(stranger);
      const crossGroup = await stranger.api.patch(`/api/groups/${otherGroup.id}/webhooks/${webhook.id}`, { description: 'mine' });
      assert.equal(crossGroup.status, 404);
      assert.equal(crossGroup.body.error.code, 'webhook_not_found');
      const unknownEvent = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
        url: 'https://example.com/h',
        events: ['nope'],
      });
      assert.equal(unknownEvent.status, 400);
      const empty = await owner.api.patch(`/api/groups/${group.id}/webhooks/${webhook.id}`, {});
      assert.equal(empty.status, 400);
      const off = await owner.api.patch(`/api/groups/${group.id}/webhooks/${webhook.id}`, { enabled: false });
      assert.equal(off.body.webhook.enabled, false);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/webhooks/${webhook.id}`)).status, 204);
      assert.equal((await owner.api.get(`/api/groups/${group.id}/webhooks`)).body.webhooks.length, 0);
    });
  });
}

describe('webhooks refuse private networks unless allowed (pglite)', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    t = await createTestApp('pglite', { WEBHOOKS_ALLOW_HTTP: '1' }, { webhooks: 'start', webhookRetryDelays: [60] });
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await t.close();
    await receiver.close();
  });

  test('loopback, 10.x and 169.254.x URLs are refused when saved', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner);
    for (const url of [receiver.url, 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:9/x']) {
      const response = await owner.api.post(`/api/groups/${group.id}/webhooks`, { url, events: ['member.joined'] });
      assert.equal(response.status, 400, url);
      assert.equal(response.body.error.code, 'validation_failed');
    }
  });

  test('a name that resolves to loopback is refused at delivery time, after DNS', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner);
    const created = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
      url: `http://localhost:${receiver.port}/dns`,
      events: ['member.joined'],
    });
    assert.equal(created.status, 201, 'a DNS name cannot be judged before it is resolved');
    await owner.api.post(`/api/groups/${group.id}/webhooks/${created.body.webhook.id}/test`);
    let delivery: any;
    for (let i = 0; i < 50; i++) {
      delivery = (await owner.api.get(`/api/groups/${group.id}/webhooks/${created.body.webhook.id}/deliveries`)).body
        .deliveries[0];
      if (delivery?.attempts > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(delivery.attempts, 1);
    assert.match(delivery.lastError, /private or local address/);
    assert.equal(receiver.received.length, 0, 'nothing reached the loopback receiver');
  });

  test('https is required unless WEBHOOKS_ALLOW_HTTP=1', async () => {
    const strict = await createTestApp('postgres', {}, { webhooks: 'idle' });
    try {
      const owner = await buildUser(strict.app);
      const group = await buildGroup(owner);
      const response = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
        url: 'http://example.com/h',
        events: ['member.joined'],
      });
      assert.equal(response.status, 400);
      assert.match(response.body.error.message, /https/);
      const ok = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
        url: 'https://example.com/h',
        events: ['member.joined'],
      });
      assert.equal(ok.status, 201);
    } finally {
      await strict.close();
    }
  });
});
