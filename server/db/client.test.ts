import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { openPglite } from './client.js';
import { lockDataDir } from './data-dir-lock.js';

describe('embedded database folder', () => {
  test('a folder held by this process cannot be opened again; closing it frees the folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-lock-'));
    const first = await openPglite(dataDir);
    await assert.rejects(openPglite(dataDir), new RegExp(`in use by process ${process.pid}\\b`));
    await first.close();
    const second = await openPglite(dataDir);
    await second.close();
  });

  test('a lock file naming a live, unrelated process does not block taking the folder', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-lock-'));
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(dataDir, 'pglite.lock'), String(unrelated.pid));
      const lock = lockDataDir(dataDir);
      assert.equal(readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8').trim(), String(process.pid));
      lock.release();
    } finally {
      unrelated.kill();
    }
  });
});
