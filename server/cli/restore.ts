// `npm run restore -- <file>`: restores a backup into an empty data folder (HEARTH_DATA_DIR) or an empty
// PostgreSQL database (DATABASE_URL). Anything that already holds data is refused.
import { createReadStream, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { BackupFormatError, parseHeader } from '../db/backup/backup-format.js';
import { restoreBackup } from '../db/backup/restore-backup.js';
import { type DatabaseHandle, openPglite, openPostgres } from '../db/client.js';
import { databaseTargetFromEnvironment, failWith, resolveUserPath } from './cli-environment.js';

async function main() {
  const typed = process.argv[2];
  if (!typed) throw new Error('Usage: npm run restore -- <backup file>');
  const file = resolveUserPath(typed);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const target = databaseTargetFromEnvironment();
  // Read the header before touching any database, so a wrong file is refused at once.
  const lines = backupLines(file);
  const first = await lines.next();
  parseHeader(first.done ? undefined : first.value);

  let database: DatabaseHandle;
  let undo = () => {};
  let described: string;
  if (target.kind === 'postgres') {
    database = await openPostgres(target.url, 1);
    described = 'the PostgreSQL database in DATABASE_URL';
  } else {
    const databaseDir = path.join(target.dataDir, 'pglite');
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0)
      throw new Error(
        `${target.dataDir} already holds an embedded database. Restore into an empty data folder: ` +
          'point HEARTH_DATA_DIR at a new folder (or move the old one away first).',
      );
    database = await openPglite(target.dataDir);
    // The folder held no database before: if the restore fails, leave it as empty as it was.
    undo = () => rmSync(databaseDir, { recursive: true, force: true });
    described = `the embedded database in ${target.dataDir}`;
  }

  try {
    const counts = await restoreBackup(database, prepend(first.value, lines));
    await database.close();
    console.log(`Restored ${counts.rows} rows in ${counts.tables} tables from ${file} into ${described}.`);
    console.log(
      'Start Hearth with the SESSION_SECRET (or the session-secret file of the old data folder) it had when the ' +
        'backup was made, so admins can still see their invite links.',
    );
  } catch (error) {
    await database.close().catch(() => {});
    undo();
    throw error;
  }
}

async function* backupLines(file: string): AsyncGenerator<string> {
  const gunzip = createReadStream(file).pipe(createGunzip());
  try {
    yield* createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_'))
      throw new BackupFormatError(`${file} is not a Hearth backup (not gzip).`);
    throw error;
  }
}

async function* prepend(first: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield first;
  yield* rest;
}

main().catch(failWith);
