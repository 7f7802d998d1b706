import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startHearthProcess } from '../support/hearth-process.js';
import { startWebhookReceiver } from '../support/webhook-receiver.js';

describe('webhook deliveries survive kill -9 (postgres)', () => {
  let database: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const processes: ChildProcess[] = [];
  before(async () => {
    database = await createTestDatabase('postgres');
    // Slow answers keep deliveries in flight when the sender dies.
    receiver = await startWebhookReceiver(() => ({ status: 200, delayMs: 400 }));
  });
  after(async () => {
    for (const child of processes) child.kill('SIGKILL');
    await receiver.close();
    await database.drop();
  });

  const start = (port: number) =>
    startHearthProcess(port, {
      DATABASE_URL: database.url!,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SESSION_SECRET: 'webhook-crash-test-secret-webhook-crash-test',
      RATE_LIMITS: 'off',
      WEBHOOKS_ALLOW_HTTP: '1',
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: '1',
    });

  test('killing Hearth mid-delivery loses no event, and a repeat carries the same webhook-id', async () => {
    const port = 30000 + Math.floor(Math.random() * 10000);
    const first = await start(port);
    processes.push(first.process);
    const base = first.url;
    const signUp = await fetch(`${base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Owner', email: 'owner@webhook-crash.example', password: 'long enough' }),
    });
    const headers = { 'content-type': 'application/json', cookie: signUp.headers.get('set-cookie')!.split(';')[0]! };
    const post = (path: string, body: unknown = {}) =>
      fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const group = (await (await post('/api/groups', { name: 'Crash hooks', visibility: 'public' })).json()).group;
    const webhook = (
      await (await post(`/api/groups/${group.id}/webhooks`, { url: `${receiver.url}/crash`, events: ['member.joined'] })).json()
    ).webhook;
    const events = 30;
    for (let index = 0; index < events; index++) {
      assert.equal((await post(`/api/groups/${group.id}/webhooks/${webhook.id}/test`)).status, 202);
    }

    await receiver.waitFor(() => receiver.received.length >= 3, 20_000);
    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));
    const before = new Set(receiver.received.map((entry) => entry.headers['webhook-id']));
    assert.ok(before.size < events, `the crash came too late to prove anything (${before.size} delivered)`);

    processes.push((await start(port + 1)).process);
    // In-flight deliveries are retried once their 15-second lease runs out.
    await receiver.waitFor(() => new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size === events, 60_000);
    const counts = new Map<string, number>();
    for (const entry of receiver.received) {
      const id = String(entry.headers['webhook-id']);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    assert.equal(counts.size, events, 'every event arrived');
    const repeated = [...counts.values()].filter((count) => count > 1).length;
    assert.ok(repeated <= 8, `only in-flight deliveries (one batch) may repeat; ${repeated} did`);
  });
});
