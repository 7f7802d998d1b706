import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { addMember, buildGroup, buildUser } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver } from '../support/webhook-receiver.js';

describe('leak circuit-breaker (postgres, real HTTP server)', () => {
  let t: TestApp;
  let base: string;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    t = await createTestApp(
      'postgres',
      { WEBHOOKS_ALLOW_HTTP: '1', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: '1' },
      { webhooks: 'start' },
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await t.close();
    await receiver.close();
  });

  async function signedInRacers(count: number, prefix: string) {
    const passwordHash = await hash('correct horse battery', { algorithm: 2 });
    await t.database.db.execute(sql`
      insert into users (name, email, password_hash)
      select 'Racer ' || n, ${prefix} || n || '@leak.example', ${passwordHash} from generate_series(1, ${count}) n`);
    return Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const login = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `${prefix}${index + 1}@leak.example`, password: 'correct horse battery' }),
        });
        assert.equal(login.status, 200);
        return login.headers.get('set-cookie')!.split(';')[0]!;
      }),
    );
  }

  test('a burst through one link: exactly the threshold get in, the rest become requests; admins hear; resume restores it', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { visibility: 'public', name: 'Leaky Club' });
    assert.equal((await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { threshold: 10 })).status, 200);
    const hook = await owner.api.post(`/api/groups/${group.id}/webhooks`, {
      url: `${receiver.url}/leak`,
      events: ['invite_link.leak_suspected'],
    });
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Forum post' })).body.inviteLink;

    const cookies = await signedInRacers(40, 'burst-');
    const results = await Promise.all(
      cookies.map(async (cookie) => {
        const response = await fetch(`${base}/api/invites/${link.code}/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: '{}',
        });
        return { status: response.status, body: await response.json() };
      }),
    );
    assert.ok(
      results.every((result) => result.status === 200),
      JSON.stringify(results.find((r) => r.status !== 200)),
    );
    const active = results.filter((result) => result.body.membership.status === 'active');
    const pending = results.filter((result) => result.body.membership.status === 'pending');
    assert.equal(active.length, 10, 'no more than the threshold get in without approval');
    assert.equal(pending.length, 30);

    const links = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
    const tripped = links.find((entry: { id: string }) => entry.id === link.id);
    assert.equal(tripped.requiresApproval, true);
    assert.ok(tripped.leakSuspectedAt);
    assert.equal((await owner.api.get(`/api/groups/${group.id}/join-requests`)).body.joinRequests.length, 30);

    const mail = (await t.database.db.execute(
      sql`select to_address, subject from mail_outbox where group_id = ${group.id} and kind = 'leak_suspected'`,
    )) as unknown as { rows: { to_address: string; subject: string }[] };
    assert.deepEqual(
      mail.rows.map((row) => row.to_address),
      [owner.email],
    );
    assert.match(mail.rows[0]!.subject, /Forum post/);

    await receiver.waitFor(() => receiver.received.some((entry) => entry.path === '/leak'));
    const events = receiver.received.filter((entry) => entry.path === '/leak');
    const event = new Webhook(hook.body.secret).verify(events[0]!.body, events[0]!.headers as Record<string, string>) as any;
    assert.equal(event.type, 'invite_link.leak_suspected');
    assert.equal(event.data.inviteLink.id, link.id);
    assert.equal(events[0]!.body.includes(link.code), false, 'never the invite code');

    // "It's fine — resume": the link lets people in again, and now tolerates twice the threshold.
    const resumed = await owner.api.post(`/api/groups/${group.id}/invite-links/${link.id}/resume`);
    assert.equal(resumed.status, 200);
    assert.equal(resumed.body.inviteLink.requiresApproval, false);
    assert.equal(resumed.body.inviteLink.leakSuspectedAt, null);
    const [late] = await signedInRacers(1, 'late-');
    const lateJoin = await fetch(`${base}/api/invites/${link.code}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: late! },
      body: '{}',
    });
    assert.equal((await lateJoin.json()).membership.status, 'active');
  });

  test('owners can turn the breaker off; admins cannot change it', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { visibility: 'public' });
    const admin = await buildUser(t.app);
    await addMember(owner, group.id, admin, 'admin');
    assert.equal((await admin.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: false })).status, 403);
    assert.equal((await admin.api.get(`/api/groups/${group.id}/leak-breaker`)).body.leakBreaker.enabled, true);
    const off = await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, { enabled: false });
    assert.equal(off.body.leakBreaker.enabled, false);
    assert.equal((await owner.api.patch(`/api/groups/${group.id}/leak-breaker`, {})).status, 400);
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    const cookies = await signedInRacers(30, 'off-');
    const results = await Promise.all(
      cookies.map(async (cookie) =>
        (
          await fetch(`${base}/api/invites/${link.code}/accept`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: '{}',
          })
        ).json(),
      ),
    );
    assert.equal(results.filter((result: any) => result.membership.status === 'active').length, 30);
    const resume = await owner.api.post(`/api/groups/${group.id}/invite-links/${link.id}/resume`);
    assert.equal(resume.status, 400, 'nothing to resume');
  });
});
