import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startHearthProcess } from '../support/hearth-process.js';
import { startSmtpInbox } from '../support/smtp-inbox.js';

async function startHearth(databaseUrl: string, smtpUrl: string, port: number) {
  const { process: child } = await startHearthProcess(port, {
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SESSION_SECRET: 'mail-crash-test-secret-mail-crash-test-secret',
    RATE_LIMITS: 'off',
    MAIL_CLAIM_SECONDS: '2',
  });
  return child;
}

describe('mail queue survives kill -9 (postgres)', () => {
  let database: TestDatabase;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  const processes: ChildProcess[] = [];
  before(async () => {
    database = await createTestDatabase('postgres');
    inbox = await startSmtpInbox({ delayMs: 150 });
  });
  after(async () => {
    for (const child of processes) child.kill('SIGKILL');
    await inbox.close();
    await database.drop();
  });

  test('killing the sender mid-queue loses nothing and repeats only in-flight messages, with the same Message-ID', async () => {
    const port = 30000 + Math.floor(Math.random() * 10000);
    const first = await startHearth(database.url!, inbox.url, port);
    processes.push(first);
    const base = `http://127.0.0.1:${port}`;
    const signUp = await fetch(`${base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Owner', email: 'owner@crash.example', password: 'long enough' }),
    });
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { 'content-type': 'application/json', cookie };
    const group = (
      await (
        await fetch(`${base}/api/groups`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: 'Crash', visibility: 'public' }),
        })
      ).json()
    ).group;
    const addresses = Array.from({ length: 40 }, (_, index) => `person-${index}@crash.example`);
    const sent = await fetch(`${base}/api/groups/${group.id}/email-invites`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ emails: addresses }),
    });
    assert.equal(sent.status, 202);

    await inbox.waitFor(() => inbox.received.length >= 8, 20_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const deliveredBeforeCrash = inbox.received.length;
    assert.ok(deliveredBeforeCrash < 40, `the crash came too late to prove anything (${deliveredBeforeCrash} delivered)`);

    processes.push(await startHearth(database.url!, inbox.url, port + 1));
    const everyone = new Set(addresses);
    // Only the invitations: the owner's own mail (the confirmation of their address) is not part of the count.
    const invitations = () => inbox.received.filter((mail) => everyone.has(mail.to));
    await inbox.waitFor(() => new Set(invitations().map((mail) => mail.to)).size === everyone.size, 60_000);

    const byRecipient = new Map<string, string[]>();
    for (const mail of invitations()) byRecipient.set(mail.to, [...(byRecipient.get(mail.to) ?? []), mail.messageId]);
    assert.deepEqual([...byRecipient.keys()].sort(), [...everyone].sort(), 'nothing lost');
    const repeated = [...byRecipient.entries()].filter(([, ids]) => ids.length > 1);
    for (const [recipient, ids] of repeated)
      assert.equal(new Set(ids).size, 1, `${recipient} got a repeat with another Message-ID`);
    assert.ok(repeated.length <= 4, `only in-flight messages (at most a batch of 4) may repeat; ${repeated.length} did`);
  });
});
