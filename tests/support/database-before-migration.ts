import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

const migrationsFolder = path.join(import.meta.dirname, '..', '..', 'server', 'db', 'migrations');

/**
 * An in-memory PGlite migrated up to, not including, migration `index`: an older install, for tests of what that
 * migration does to the data such an install holds. `migrateToLatest` runs the rest, as Hearth's start-up would.
 */
export async function databaseBeforeMigration(index: number) {
  const olderFolder = mkdtempSync(path.join(tmpdir(), 'hearth-migrations-'));
  cpSync(migrationsFolder, olderFolder, { recursive: true });
  const journalFile = path.join(olderFolder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.filter((entry: { idx: number }) => entry.idx < index);
  writeFileSync(journalFile, JSON.stringify(journal));

  const client = await PGlite.create({ extensions: { pg_trgm } });
  const db = drizzle({ client });
  try {
    await migrate(db, { migrationsFolder: olderFolder });
  } catch (error) {
    await client.close();
    rmSync(olderFolder, { recursive: true, force: true });
    throw error;
  }
  return {
    client,
    migrateToLatest: () => migrate(db, { migrationsFolder }),
    async close() {
      await client.close();
      rmSync(olderFolder, { recursive: true, force: true });
    },
  };
}
