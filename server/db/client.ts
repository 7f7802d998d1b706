import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
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

/**
 * How long a request may wait on PostgreSQL before it is answered 503 (see server/db/unavailable.ts): to open a
 * connection, for a free pool slot under load (longer: a busy pool is not an outage), for a statement (enforced by
 * the server), and for any answer at all (a frozen server enforces nothing). Migrations skip the statement limits.
 */
export const postgresTimeouts = { connectMs: 5_000, poolSlotMs: 30_000, statementMs: 8_000, answerMs: 10_000 };

/**
 * Settings every connection Hearth opens to PostgreSQL starts with (sent at connect, as the timeouts are). No
 * parallel query: Hearth's statements read pages of at most 51 rows, and a parallel plan starts worker processes
 * for each one. At a million members a name search sits where the planner's estimate tips it into a parallel
 * index walk now and then (after an ANALYZE): 10-20 ms a page instead of 1-4 ms, and two more processes per search
 * on cores the requests share (decision 140).
 */
export const postgresSessionOptions = '-c max_parallel_workers_per_gather=0';

export async function openPostgres(
  databaseUrl: string,
  poolSize = 10,
  /** false for tools that load data in bulk (the benchmark), where one statement may rightly take minutes. */
  options: { requestTimeouts?: boolean } = {},
): Promise<DatabaseHandle> {
  const timeouts =
    options.requestTimeouts === false
      ? {}
      : {
          statement_timeout: postgresTimeouts.statementMs,
          query_timeout: postgresTimeouts.answerMs,
          idle_in_transaction_session_timeout: postgresTimeouts.answerMs * 2,
        };
  const connection = {
    connectionString: databaseUrl,
    // pg-pool reads this as the wait for a slot; AbandoningClient sets its own, shorter, for opening a connection.
    connectionTimeoutMillis: postgresTimeouts.poolSlotMs,
    keepAlive: true,
    Client: AbandoningClient,
    options: postgresSessionOptions,
  };
  const pool = new pg.Pool({
    ...connection,
    max: poolSize,
    ...timeouts,
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const db = drizzlePostgres({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    pool,
    executeSql: (text, values) => pool.query(text, values as unknown[]),
    migrate: async () => {
      const migrationPool = new pg.Pool({ ...connection, max: 1 });
      migrationPool.on('error', () => {});
      try {
        await migratePostgres(drizzlePostgres({ client: migrationPool, schema }), { migrationsFolder });
      } finally {
        await migrationPool.end();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A client that closes its connection when a query gets no answer in time. node-postgres would keep it, and every
 * later query on it (a transaction's ROLLBACK, the next request) would wait behind the lost one.
 */
class AbandoningClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: postgresTimeouts.connectMs });
    // A connection lost while a request holds it (the server stopped) fails that request's query; without a
    // listener the 'error' event it also emits would crash the process. The pool drops the client on release.
    this.on('error', () => {});
  }

  // node-postgres overloads query() many ways; this passes every form through. (Every request runs queries through
  // here: the time-out handler is one bound method, not a closure made per query.)
  override query(...args: any[]): any {
    if (typeof args.at(-1) === 'function') {
      const callback = args.pop() as (error: Error | undefined, result: unknown) => void;
      return super.query(...(args as [string]), (error: Error | undefined, result: unknown) => {
        if (error) this.abandonIfUnanswered(error);
        callback(error, result);
      });
    }
    const result = (super.query as (...rest: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.catch(this.abandonIfUnanswered);
    return result;
  }

  private readonly abandonIfUnanswered = (error: unknown): void => {
    if (error instanceof Error && error.message === 'Query read timeout') {
      (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    }
  };
}

/**
 * PGlite does not stop a second process from opening the same folder (which would corrupt it), so the folder is
 * held with a lock the kernel releases when this process dies (server/db/data-dir-lock.ts).
 */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const databaseDir = path.join(dataDir, 'pglite');
  mkdirSync(databaseDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir: databaseDir, extensions });
    return pgliteHandle(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * An in-memory PGlite, for tests. `loadDataDir` starts it from another's dump (`dumpDataDir`) instead of running
 * initdb, which costs seconds: the test support keeps one migrated dump per run (tests/support/pglite-template.ts).
 */
export async function openMemoryPglite(
  options: { loadDataDir?: Blob } = {},
): Promise<DatabaseHandle & { dumpDataDir(): Promise<Blob> }> {
  const client = await PGlite.create({ extensions, ...(options.loadDataDir && { loadDataDir: options.loadDataDir }) });
  return { ...pgliteHandle(client, () => {}), dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob };
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
