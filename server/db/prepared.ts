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
