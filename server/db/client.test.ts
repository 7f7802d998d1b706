import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openPglite } from './client.js';

describe('embedded database folder', () => {
  test('a second process cannot open a data folder that a live process holds; a stale lock is taken over', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-lock-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(dataDir, 'pglite.lock'), String(holder.pid));
      await assert.rejects(openPglite(dataDir), /in use by process \d+/);
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => holder.once('exit', resolve));
    const handle = await openPglite(dataDir);
    await handle.migrate();
    await handle.close();
  });
});
