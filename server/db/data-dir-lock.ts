import { closeSync, constants, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export type DataDirLock = { release(): void };

// Loaded on first use, so a PostgreSQL deployment never needs the native binary.
function loadNativeFs(): typeof import('fs-native-extensions') {
  try {
    return createRequire(import.meta.url)('fs-native-extensions');
  } catch (error) {
    throw new Error(
      `The embedded database needs a file lock that fs-native-extensions provides, and it has no binary for ${process.platform}-${process.arch} ` +
        `(${error instanceof Error ? error.message : error}). Use PostgreSQL (DATABASE_URL) on this platform.`,
    );
  }
}

/**
 * Holds the embedded database's folder for this process with an advisory lock that the kernel releases the
 * moment the process dies (an open-file-description lock on Linux, flock on macOS), so a crashed Hearth can be
 * restarted at once while a second live one is refused. The lock file is never deleted: a process that opened
 * it just before a deletion would lock an orphaned file while a newcomer locks a fresh one. The pid written into
 * it only names the holder in the refusal message; it never decides anything (see docs/decisions/101).
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = path.join(dataDir, 'pglite.lock');
  const descriptor = openSync(lockFile, constants.O_RDWR | constants.O_CREAT, 0o600);
  let granted = false;
  try {
    granted = loadNativeFs().tryLock(descriptor);
  } finally {
    if (!granted) closeSync(descriptor);
  }
  if (!granted) throw new DataDirInUseError(dataDir, readLiveHolder(lockFile));
  // Written over the old pid, then cut to length, so a reader never finds the file empty while it is held.
  const written = writeSync(descriptor, `${process.pid}\n`, 0);
  ftruncateSync(descriptor, written);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      closeSync(descriptor); // closing the descriptor drops the lock
    },
  };
}

const holderWriteGraceMs = 500;

/**
 * The holder writes its pid just after it takes the lock, so a server refused at that very instant can read the
 * pid of the process before it (dead) or an empty file. On this refusal path only, wait up to half a second for a
 * live pid to name.
 */
function readLiveHolder(lockFile: string): number | undefined {
  const deadline = Date.now() + holderWriteGraceMs;
  for (;;) {
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return holder;
    if (Date.now() >= deadline) return undefined;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: number | undefined) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder ? `process ${holder}` : 'another process'}. ` +
        'Stop it, or point HEARTH_DATA_DIR at another folder.',
    );
  }
}
