import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './client.js';

const statementsByExecutor = new WeakMap<Database, Map<string, unknown>>();

/**
 * A named prepared statement for the hottest queries, so PostgreSQL parses and plans them once per connection
 * instead of on every request. Kept per executor (the pool's db or a transaction), because a statement
 * prepared on one runs on that executor's connection; the driver re-prepares it on a connection that lacks it.
 */
export function preparedStatement<T>(db: Database, name: string, build: () => T): T {
  let statements = statementsByExecutor.get(db);
  if (!statements) {
    statements = new Map();
    statementsByExecutor.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (!statement) {
    statement = build();
    statements.set(name, statement);
  }
  return statement;
}

/**
 * Runs a hot read as rows of arrays, straight through the driver: no Drizzle row mapping (which builds objects
 * and a Date per timestamp), so the SQL should return its columns as text ready to send; a timestamp stays
 * PostgreSQL's text on both drivers, for the caller to turn into the answer's form (timestamptz-text.ts). On PostgreSQL a
 * `name` makes it a named prepared statement, parsed and planned once per connection (only worth it when every
 * value that shapes the plan is a constant in the SQL); without one PostgreSQL plans it for its values each time.
 * PGlite runs in this process and keeps no plans across queries, so the name does not matter there.
 * Takes the database itself, not a transaction: it reads through the pool (or the embedded client).
 */
export async function queryRowArrays<Row extends unknown[]>(
  db: Database,
  statement: { name?: string; text: string; values: unknown[] },
): Promise<Row[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const result = await client.query<Row>({ ...statement, rowMode: 'array', types: timestampsAsText });
    return result.rows;
  }
  if (client instanceof PGlite) {
    const result = await client.query<Row>(statement.text, statement.values, { rowMode: 'array', parsers: timestampParsers });
    return result.rows;
  }
  throw new Error('queryRowArrays needs the database itself (a pg pool or PGlite), not a transaction');
}

const TIMESTAMP_OID = 1114;
const TIMESTAMPTZ_OID = 1184;
const asText = (value: string) => value;
const timestampsAsText = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID
      ? asText
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
const timestampParsers = { [TIMESTAMP_OID]: asText, [TIMESTAMPTZ_OID]: asText };
