import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openPglite } from '../../server/db/client.js';
import { createEmptyDatabase, readEveryTable } from '../support/every-table.js';
import { addMember, buildGroup, buildUser } from '../support/factories.js';
import { freePort } from '../support/free-port.js';
import { type HearthProcess, startHearthProcess } from '../support/hearth-process.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Runs `npm run <script> -- <arg>` as a person would, and collects what it printed. */
function npmRun(script: 'backup' | 'restore', argument: string, environment: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', argument], {
      env: { ...process.env, DATABASE_URL: '', HEARTH_DATA_DIR: '', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

const SESSION_SECRET = 'backup-test-secret-backup-test-secret-012345';
const BACKUP_NAME = /^hearth-backup-\d{8}T\d{6}Z\.jsonl\.gz$/;

async function signUp(url: string, email: string) {
  const response = await fetch(`${url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: email.split('@')[0], email, password: 'long enough password' }),
  });
  assert.equal(response.status, 201);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return (path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { cookie } : { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

describe('npm run backup / restore on the embedded database, while Hearth runs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'hearth-backup-'));
  const original = path.join(root, 'original');
  const restored = path.join(root, 'restored');
  const backups = path.join(root, 'backups');
  let hearth: HearthProcess | undefined;
  after(() => hearth?.process.kill('SIGKILL'));

  test('a backup taken from the running process restores into an empty folder that serves the same community', async () => {
    hearth = await startHearthProcess(await freePort(), { HEARTH_DATA_DIR: original, SESSION_SECRET, RATE_LIMITS: 'off' });
    const owner = await signUp(hearth.url, 'owner@backup.example');
    const group = (await (await owner('/api/groups', { name: 'Kept safe', visibility: 'private' })).json()).group;
    const link = (await (await owner(`/api/groups/${group.id}/invite-links`, { label: 'Flyer' })).json()).inviteLink;
    const requester = await signUp(hearth.url, 'requester@backup.example');
    assert.equal((await requester(`/api/invites/${link.code}/accept`, {})).status, 200);

    const backup = await npmRun('backup', backups, { HEARTH_DATA_DIR: original });
    assert.equal(backup.code, 0, backup.output);
    const [file, ...others] = readdirSync(backups);
    assert.match(file!, BACKUP_NAME);
    assert.deepEqual(others, []);
    assert.equal(statSync(path.join(backups, file!)).mode & 0o777, 0o600, 'only the owner may read a backup');
    assert.equal((await fetch(`${hearth.url}/readyz`)).status, 200, 'Hearth kept serving');
    // The backup went through the running process's control socket: only its owner can reach it.
    assert.equal(statSync(path.join(original, 'control')).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(original, 'control', 'hearth.sock')).mode & 0o777, 0o600);

    const refused = await npmRun('restore', path.join(backups, file!), { HEARTH_DATA_DIR: original });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /already holds an embedded database/);

    const restore = await npmRun('restore', path.join(backups, file!), { HEARTH_DATA_DIR: restored });
    assert.equal(restore.code, 0, restore.output);
    assert.match(restore.output, /Restored \d+ rows in \d+ tables/);

    hearth.process.kill('SIGTERM');
    await new Promise((resolve) => hearth!.process.once('exit', resolve));
    const [originalDatabase, restoredDatabase] = [await openPglite(original), await openPglite(restored)];
    try {
      assert.deepEqual(await readEveryTable(restoredDatabase), await readEveryTable(originalDatabase));
    } finally {
      await originalDatabase.close();
      await restoredDatabase.close();
    }

    // With Hearth stopped, the backup opens the folder itself; a file name may be given instead of a folder.
    const offline = await npmRun('backup', path.join(backups, 'offline.jsonl.gz'), { HEARTH_DATA_DIR: original });
    assert.equal(offline.code, 0, offline.output);
    assert.ok(statSync(path.join(backups, 'offline.jsonl.gz')).size > 0);

    // The restored folder serves: the owner logs in, finds the group, its pending request and the link's code.
    hearth = await startHearthProcess(await freePort(), { HEARTH_DATA_DIR: restored, SESSION_SECRET, RATE_LIMITS: 'off' });
    const logIn = await fetch(`${hearth.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@backup.example', password: 'long enough password' }),
    });
    assert.equal(logIn.status, 200);
    const cookie = logIn.headers.get('set-cookie')!.split(';')[0]!;
    const links = await (await fetch(`${hearth.url}/api/groups/${group.id}/invite-links`, { headers: { cookie } })).json();
    assert.equal(links.inviteLinks[0].code, link.code);
    const requests = await (await fetch(`${hearth.url}/api/groups/${group.id}/join-requests`, { headers: { cookie } })).json();
    assert.equal(requests.joinRequests.length, 1);
  });
});

describe('npm run backup / restore on PostgreSQL', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('postgres');
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    await addMember(owner, group.id, await buildUser(t.app));
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    await (await buildUser(t.app)).api.post(`/api/invites/${link.code}/accept`);
    await owner.api.post(`/api/groups/${group.id}/email-invites`, { emails: ['someone@example.com'] });
  });
  after(() => t.close());

  test('a backup of the live database restores into an empty one, table for table; a non-empty one is refused', async () => {
    const backups = mkdtempSync(path.join(tmpdir(), 'hearth-backup-pg-'));
    const backup = await npmRun('backup', backups, { DATABASE_URL: t.database.url! });
    assert.equal(backup.code, 0, backup.output);
    const [file] = readdirSync(backups);
    assert.match(file!, BACKUP_NAME);

    const refused = await npmRun('restore', path.join(backups, file!), { DATABASE_URL: t.database.url! });
    assert.equal(refused.code, 1);
    assert.match(refused.output, /target database is not empty/);

    const target = await createEmptyDatabase('postgres');
    try {
      const restore = await npmRun('restore', path.join(backups, file!), { DATABASE_URL: target.url! });
      assert.equal(restore.code, 0, restore.output);
      assert.deepEqual(await readEveryTable(target.handle), await readEveryTable(t.database));
    } finally {
      await target.drop();
    }
  });
});
