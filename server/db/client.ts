import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** One type for PGlite and node-postgres; a transaction is also a Database, so repositories take either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The node-postgres pool, when on PostgreSQL (LISTEN/NOTIFY and health checks use it). */
  pool?: pg.Pool;
  /** Plain SQL with positional parameters, for libraries that bring their own queries (pg-boss). */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
};

const migrationsFolder = path.join(import.meta.dirname, 'migrations');
/** Extensions the migrations create; PGlite ships them as loadable bundles. */
const extensions = { pg_trgm };

export async function openPostgres(databaseUrl: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePostgres({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    pool,
    executeSql: (text, values) => pool.query(text, values as unknown[]),
    migrate: () => migratePostgres(drizzlePostgres({ client: pool, schema }), { migrationsFolder }),
    close: () => pool.end(),
  };
}

/**
 * PGlite does not stop a second process from opening the same folder (which would corrupt it), so a lock
 * file holding our pid guards it; a lock left by a dead process is taken over.
 */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const databaseDir = path.join(dataDir, 'pglite');
  mkdirSync(databaseDir, { recursive: true });
  const lockFile = path.join(dataDir, 'pglite.lock');
  acquireLock(lockFile);
  const client = await PGlite.create({ dataDir: databaseDir, extensions });
  return pgliteHandle(client, () => rmSync(lockFile, { force: true }));
}

/** An in-memory PGlite, for tests. */
export async function openMemoryPglite(): Promise<DatabaseHandle> {
  return pgliteHandle(await PGlite.create({ extensions }), () => {});
}

function pgliteHandle(client: PGlite, release: () => void): DatabaseHandle {
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      // Without parameters a library may send several statements at once (pg-boss's schema set-up).
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

function acquireLock(lockFile: string): void {
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${path.dirname(lockFile)} is in use by process ${holder}. ` +
          'Stop it, or point HEARTH_DATA_DIR at another folder.',
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The Postgres error code (e.g. 23505) of a failed query: drizzle wraps it in `cause`. */
export function postgresErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
