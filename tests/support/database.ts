import { randomBytes } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type DatabaseHandle, openPostgres } from '../../server/db/client.js';
import { openTemplatePglite } from './pglite-template.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Both engines every integration test runs on. PostgreSQL is never skipped: if it is down, tests fail. */
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

export const adminPostgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = DatabaseHandle & { url?: string; drop(): Promise<void> };

/** A migrated, empty database of its own: in-memory PGlite, or a fresh PostgreSQL database dropped afterwards. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openTemplatePglite();
    return { ...handle, drop: () => handle.close() };
  }
  const name = `hearth_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database ${name}`));
  const url = new URL(adminPostgresUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 20);
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminPostgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs a long set-up statement (a million rows) on PostgreSQL without the request-sized statement and answer
 * timeouts every pool connection has (server/db/client.ts): a test's data load is not a request.
 */
export async function executeWithoutTimeouts(database: TestDatabase, query: SQL): Promise<void> {
  if (!database.url) throw new Error('executeWithoutTimeouts needs a PostgreSQL test database');
  const { sql: text, params } = new PgDialect().sqlToQuery(query);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(text, params as unknown[]);
  } finally {
    await client.end();
  }
}
