import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../support/free-port.js';
import { type HearthProcess, spawnHearthProcess, startHearthProcess, waitUntilReady } from '../support/hearth-process.js';

/** Issue 13: Hearth on the embedded database, killed and restarted as a supervisor (systemd, Docker) would. */
describe('embedded database: restart after a crash, one server per folder', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-restart-'));
  const environment = {
    HEARTH_DATA_DIR: dataDir,
    SESSION_SECRET: 'restart-test-secret-restart-test-secret-0123',
    RATE_LIMITS: 'off',
  };
  const running = new Set<HearthProcess>();
  // Ports the OS picked free: a port picked at random can be taken by another test's server, and then the start
  // fails on EADDRINUSE instead of on what this file tests.
  const start = async () => track(await startHearthProcess(await freePort(), environment, { detached: true }));
  const spawnOn = (port: number) => track(spawnHearthProcess(port, environment, { detached: true }));
  const track = (hearth: HearthProcess) => {
    running.add(hearth);
    hearth.process.once('exit', () => running.delete(hearth));
    return hearth;
  };
  /** SIGKILL to the whole process group: nothing gets to clean up, exactly as after a crash or an OOM kill. */
  const killGroup = (hearth: HearthProcess) => process.kill(-hearth.process.pid!, 'SIGKILL');
  const exited = (hearth: HearthProcess) =>
    hearth.process.exitCode !== null || hearth.process.signalCode !== null
      ? Promise.resolve()
      : once(hearth.process, 'exit').then(() => {});

  before(async () => {
    // The first start creates the database (initdb); later starts only reopen it.
    killGroup(await start());
  });
  after(() => {
    for (const hearth of running) killGroup(hearth);
  });

  test('after SIGKILL, a restart 0, 100 or 500 ms later serves, and every acknowledged write is there', async () => {
    const acknowledged: string[] = [];
    let current = await start();
    // Each delay once: every restart re-checks every write acknowledged before any of the earlier crashes.
    for (const delayMs of [0, 100, 500]) {
      for (let index = 0; index < 3; index++) {
        const email = `person-${acknowledged.length}@restart.example`;
        const response = await fetch(`${current.url}/api/auth/signup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Restarted', email, password: 'long enough password' }),
        });
        assert.equal(response.status, 201);
        acknowledged.push(email);
      }
      killGroup(current); // at once after the last acknowledgement, with no wait for the process to be reaped
      await sleep(delayMs);
      current = await start();
      for (const email of acknowledged) {
        const logIn = await fetch(`${current.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password: 'long enough password' }),
        });
        assert.equal(logIn.status, 200, `${email} was acknowledged before the crash and must still log in`);
      }
    }
    killGroup(current);
    await exited(current);
  });

  test('a lock file naming a live, unrelated process (this test runner) does not block start-up', async () => {
    writeFileSync(path.join(dataDir, 'pglite.lock'), String(process.pid));
    const hearth = await start();
    killGroup(hearth);
    await exited(hearth);
  });

  test('a second live server on the same folder is refused with a message naming the first', async () => {
    const first = await start();
    const second = spawnOn(await freePort());
    assert.equal(await waitUntilReady(second), false);
    await exited(second);
    assert.equal(second.process.exitCode, 1);
    assert.match(second.output.join(''), new RegExp(`in use by process ${first.process.pid}\\b`));
    assert.equal((await fetch(`${first.url}/readyz`)).status, 200, 'the first server keeps serving');
    killGroup(first);
    await exited(first);
  });

  test('two servers started at the same instant on one folder: exactly one serves', async () => {
    for (let round = 0; round < 3; round++) {
      const first = await freePort();
      let second = await freePort();
      while (second === first) second = await freePort();
      const pair = [spawnOn(first), spawnOn(second)];
      const ready = await Promise.all(pair.map((hearth) => waitUntilReady(hearth)));
      assert.equal(ready.filter(Boolean).length, 1, `round ${round}: exactly one serves`);
      const refused = pair[ready.indexOf(false)]!;
      const serving = pair[ready.indexOf(true)]!;
      await exited(refused);
      assert.match(refused.output.join(''), new RegExp(`in use by process ${serving.process.pid}\\b`));
      killGroup(serving);
      await exited(serving);
    }
  });
});
