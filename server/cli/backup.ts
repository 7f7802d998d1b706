// `npm run backup [-- <folder or file>]`: writes a consistent backup of Hearth's database, also while Hearth runs.
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { backupFileName, type BackupCounts, parseLine } from '../db/backup/backup-format.js';
import { requestBackup } from '../db/backup/control-socket.js';
import { writeBackup } from '../db/backup/write-backup.js';
import { openPglite, openPostgres } from '../db/client.js';
import { DataDirInUseError } from '../db/data-dir-lock.js';
import { type DatabaseTarget, databaseTargetFromEnvironment, failWith, resolveUserPath } from './cli-environment.js';

async function main() {
  const target = databaseTargetFromEnvironment();
  const file = backupFilePath(process.argv[2] ?? 'backups');
  mkdirSync(path.dirname(file), { recursive: true });
  const output = openBackupFile(file);
  try {
    const counts = await backUp(target, output.writeLine);
    await output.finish();
    console.log(`Backed up ${counts.rows} rows in ${counts.tables} tables to ${file}`);
  } catch (error) {
    output.abort();
    throw error;
  }
}

async function backUp(target: DatabaseTarget, writeLine: (line: string) => Promise<void>): Promise<BackupCounts> {
  if (target.kind === 'postgres') {
    const database = await openPostgres(target.url, 1);
    try {
      return await writeBackup(database.db, 'postgres', writeLine);
    } finally {
      await database.close();
    }
  }
  if (!existsSync(path.join(target.dataDir, 'pglite', 'PG_VERSION')))
    throw new Error(`There is no embedded database in ${target.dataDir} (set HEARTH_DATA_DIR or DATABASE_URL).`);
  let database: Awaited<ReturnType<typeof openPglite>>;
  try {
    database = await openPglite(target.dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    return backUpThroughRunningHearth(target.dataDir, writeLine);
  }
  try {
    return await writeBackup(database.db, 'pglite', writeLine);
  } finally {
    await database.close();
  }
}

/** Hearth is running and holds the folder: it writes the backup for us, from its own connection. */
async function backUpThroughRunningHearth(dataDir: string, writeLine: (line: string) => Promise<void>) {
  let last: string | undefined;
  for await (const line of requestBackup(dataDir)) {
    if (line.startsWith('["error"')) throw new Error(`The running Hearth could not write the backup: ${parseLine(line)[1]}`);
    await writeLine(line);
    last = line;
  }
  const end = last ? parseLine(last) : undefined;
  if (end?.[0] !== 'end') throw new Error('The running Hearth stopped before the backup was complete.');
  return end[1];
}

function backupFilePath(typed: string): string {
  const chosen = resolveUserPath(typed);
  const isFolder = (existsSync(chosen) && statSync(chosen).isDirectory()) || !chosen.endsWith('.gz');
  return isFolder ? path.join(chosen, backupFileName(new Date())) : chosen;
}

/** Written under a temporary name and renamed when complete, so a file with the final name is always whole. */
function openBackupFile(file: string) {
  const partial = `${file}.partial`;
  // The backup holds password hashes and session digests: only the owner may read it.
  const stream = createWriteStream(partial, { mode: 0o600 });
  const gzip = createGzip();
  gzip.pipe(stream);
  return {
    async writeLine(line: string) {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    },
    async finish() {
      gzip.end();
      await finished(stream);
      renameSync(partial, file);
    },
    abort() {
      gzip.destroy();
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}

main().catch(failWith);
