import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type DatabaseHandle, openPostgres } from '../../server/db/client.js';
import { adminPostgresUrl, type DatabaseKind } from './database.js';
import { openTemplatePglite } from './pglite-template.js';

type Rows = { rows: Record<string, unknown>[] };

/** Every row of every table in Hearth's schemas, as PostgreSQL renders it to JSON, sorted: for comparing databases. */
export async function readEveryTable(database: DatabaseHandle): Promise<Record<string, string[]>> {
  const tables = (
    (await database.db.execute(sql`
      select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in ('public', 'drizzle') order by 1, 2`)) as unknown as Rows
  ).rows;
  const snapshot: Record<string, string[]> = {};
  for (const { schema, name } of tables) {
    const rows = (
      (await database.db.execute(
        sql.raw(`select to_jsonb(t)::text as row from "${schema}"."${name}" t order by 1`),
      )) as unknown as Rows
    ).rows;
    snapshot[`${schema}.${name}`] = rows.map((row) => String(row.row));
  }
  return snapshot;
}

/** A database with nothing in it (no migrations run): what a restore goes into. */
export async function createEmptyDatabase(
  kind: DatabaseKind,
): Promise<{ handle: DatabaseHandle; url?: string; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await openTemplatePglite('empty');
    return { handle, drop: () => handle.close() };
  }
  const name = `hearth_restore_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(adminPostgresUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 4);
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: adminPostgresUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
