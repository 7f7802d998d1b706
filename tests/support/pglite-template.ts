import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, openMemoryPglite } from '../../server/db/client.js';

/**
 * In-memory PGlite databases started from a dump instead of initdb. A new PGlite runs initdb (3.5 s alone, far
 * more when the two cores are busy) and then the migrations; loading a dump of one that did takes well under a
 * second. The dumps are kept in the temp folder for the whole run (every test file is its own process), named
 * after the migrations and the PGlite version, so a changed migration never loads a stale dump.
 */
export type PgliteTemplate = 'migrated' | 'empty';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const migrationsFolder = path.join(repositoryRoot, 'server/db/migrations');

function templateFile(template: PgliteTemplate): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(repositoryRoot, 'node_modules/@electric-sql/pglite/package.json')));
  for (const entry of readdirSync(migrationsFolder, { recursive: true, withFileTypes: true }).sort((a, b) =>
    path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    hash.update(entry.name);
    hash.update(readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return path.join(tmpdir(), `hearth-pglite-${template}-${hash.digest('hex').slice(0, 16)}.tar`);
}

const dumps = new Map<PgliteTemplate, Promise<Blob>>();

/** The dump, read from the temp folder, or made (and written there, atomically) by the first process to need it. */
function dumpOf(template: PgliteTemplate): Promise<Blob> {
  let dump = dumps.get(template);
  if (!dump) {
    dump = (async () => {
      const file = templateFile(template);
      const saved = await readFile(file).catch(() => null);
      if (saved) return new Blob([saved]);
      const fresh = await openMemoryPglite();
      try {
        if (template === 'migrated') await fresh.migrate();
        const made = await fresh.dumpDataDir();
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, Buffer.from(await made.arrayBuffer()));
        renameSync(partial, file); // another process racing here writes the same bytes
        return made;
      } finally {
        await fresh.close();
      }
    })();
    dumps.set(template, dump);
  }
  return dump;
}

/** A fresh in-memory PGlite of its own: migrated and empty, or (`empty`) with no migrations run. */
export async function openTemplatePglite(template: PgliteTemplate = 'migrated'): Promise<DatabaseHandle> {
  return openMemoryPglite({ loadDataDir: await dumpOf(template) });
}
