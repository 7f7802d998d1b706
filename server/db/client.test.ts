import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
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

  test('a server refused while the holder is still writing its pid names the holder, not the dead one before it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-lock-'));
    const lockFile = path.join(dataDir, 'pglite.lock');
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    writeFileSync(lockFile, `${gone.pid}\n`);
    // Takes the lock, says so, and only writes its pid 150 ms later: the window a simultaneous start can hit.
    const slowHolder = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs');
         const fd = fs.openSync(${JSON.stringify(lockFile)}, fs.constants.O_RDWR);
         if (!require('fs-native-extensions').tryLock(fd)) process.exit(2);
         process.stdout.write('locked\\n');
         setTimeout(() => { fs.ftruncateSync(fd, 0); fs.writeSync(fd, process.pid + '\\n', 0); }, 150);
         setTimeout(() => {}, 30000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await once(slowHolder.stdout, 'data');
      assert.throws(() => lockDataDir(dataDir), new RegExp(`in use by process ${slowHolder.pid}\\b`));
    } finally {
      slowHolder.kill();
    }
  });
});
