import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { DatabaseHandle } from '../client.js';
import {
  BACKED_UP_SCHEMAS,
  type BackupCounts,
  BackupFormatError,
  parseHeader,
  parseLine,
  qualifiedName,
  quoteIdentifier,
  RestoreRefusedError,
} from './backup-format.js';

const migrationsFolder = path.join(import.meta.dirname, '..', 'migrations');
type Rows = { rows: Record<string, unknown>[] };
const schemaList = sql.raw(BACKED_UP_SCHEMAS.map((schema) => `'${schema}'`).join(', '));

/** Tables Hearth owns in the target; a restore only goes into a database that has none. */
export async function countExistingTables(database: DatabaseHandle): Promise<number> {
  const result = (await database.db.execute(sql`
    select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname in (${schemaList})`)) as unknown as Rows;
  return Number(result.rows[0]?.count ?? 0);
}

/**
 * Restores a backup into an empty database, all or nothing: one transaction recreates the schema as it was when the
 * backup was taken (this Hearth's migrations up to the backup's last one), loads every row and sets every sequence;
 * the migrations that came later then run as at any start-up. Foreign keys are dropped for the load and added back
 * (which checks every row), so tables can be loaded in any order, and user triggers stay off so loading a row
 * causes nothing.
 */
export async function restoreBackup(database: DatabaseHandle, lines: AsyncIterable<string>): Promise<BackupCounts> {
  const iterator = lines[Symbol.asyncIterator]();
  const header = parseHeader((await iterator.next()).value);
  const existing = await countExistingTables(database);
  if (existing > 0)
    throw new RestoreRefusedError(
      `The target database is not empty (${existing} tables). Restore into an empty data folder or an empty database.`,
    );
  const migrations = readMigrationFiles({ migrationsFolder });
  const backupLevel = header.migrations.at(-1) ?? 0;
  const known = new Set(migrations.map((migration) => migration.folderMillis));
  const unknown = header.migrations.filter((createdAt) => !known.has(createdAt));
  if (unknown.length > 0)
    throw new RestoreRefusedError(
      'This backup was made by a newer or different version of Hearth (it has migrations this one does not know). ' +
        'Restore it with that version.',
    );

  const counts = await database.db.transaction(async (tx) => {
    const query = async (statement: ReturnType<typeof sql>) => ((await tx.execute(statement)) as unknown as Rows).rows;
    await tx.execute(sql`create schema if not exists drizzle`);
    // Drizzle's own definition, so later start-ups recognise the restored migration history.
    await tx.execute(
      sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
    );
    for (const migration of migrations.filter((candidate) => candidate.folderMillis <= backupLevel)) {
      for (const statement of migration.sql) await tx.execute(sql.raw(statement));
    }

    const tables = await query(sql`
      select c.oid::text as oid, n.nspname as schema, c.relname as name from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in (${schemaList})`);
    const foreignKeys = await query(sql`
      select con.conrelid::regclass::text as "table", con.conname as name, pg_get_constraintdef(con.oid) as definition
      from pg_constraint con join pg_namespace n on n.oid = con.connamespace
      where con.contype = 'f' and n.nspname in (${schemaList})`);
    for (const key of foreignKeys)
      await tx.execute(sql.raw(`alter table ${key.table} drop constraint ${quoteIdentifier(String(key.name))}`));
    for (const table of tables)
      await tx.execute(sql.raw(`alter table ${qualifiedName(String(table.schema), String(table.name))} disable trigger user`));
    // Rows a migration may have written are in the backup too, as they were when it was taken.
    if (tables.length > 0)
      await tx.execute(
        sql.raw(`truncate ${tables.map((table) => qualifiedName(String(table.schema), String(table.name))).join(', ')}`),
      );

    const loaded: BackupCounts = { tables: 0, rows: 0 };
    let insert: ((rows: Record<string, unknown>[]) => Promise<void>) | undefined;
    let expected: BackupCounts | undefined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (expected) throw new BackupFormatError('The backup file is damaged (lines after its end).');
      const line = parseLine(next.value);
      if (line[0] === 'table') {
        const [, schema, name] = line;
        const table = tables.find((candidate) => candidate.schema === schema && candidate.name === name);
        if (!table) throw new BackupFormatError(`The backup has a table ${schema}.${name} that its migrations do not create.`);
        insert = await insertInto(query, String(table.oid), qualifiedName(schema, name));
        loaded.tables++;
      } else if (line[0] === 'rows') {
        if (!insert) throw new BackupFormatError('The backup file is damaged (rows before any table).');
        await insert(line[1]);
        loaded.rows += line[1].length;
      } else if (line[0] === 'sequence') {
        const [, schema, name, value, called] = line;
        await tx.execute(sql`select setval(${qualifiedName(schema, name)}::regclass, ${value}::bigint, ${called})`);
      } else if (line[0] === 'end') {
        expected = line[1];
      } else if (line[0] === 'error') {
        throw new BackupFormatError(`The backup was interrupted: ${line[1]}`);
      }
    }
    if (!expected) throw new BackupFormatError('The backup file is incomplete (it has no end line); it cannot be restored.');
    if (expected.rows !== loaded.rows || expected.tables !== loaded.tables)
      throw new BackupFormatError(
        `The backup file is damaged: it announces ${expected.rows} rows in ${expected.tables} tables, but holds ${loaded.rows} in ${loaded.tables}.`,
      );

    for (const table of tables)
      await tx.execute(sql.raw(`alter table ${qualifiedName(String(table.schema), String(table.name))} enable trigger user`));
    for (const key of foreignKeys)
      await tx.execute(sql.raw(`alter table ${key.table} add constraint ${quoteIdentifier(String(key.name))} ${key.definition}`));
    return loaded;
  });
  await database.migrate();
  return counts;
}

/** An insert for one table: PostgreSQL turns each JSON row back into typed columns (generated columns excepted). */
async function insertInto(
  query: (statement: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>,
  tableOid: string,
  qualified: string,
) {
  const columns = await query(sql`
    select attname as name, attidentity as identity from pg_attribute
    where attrelid = ${tableOid}::oid and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`);
  const columnList = columns.map((column) => quoteIdentifier(String(column.name))).join(', ');
  const overriding = columns.some((column) => column.identity === 'a') ? ' overriding system value' : '';
  return async (rows: Record<string, unknown>[]) => {
    await query(
      sql`${sql.raw(`insert into ${qualified} (${columnList})${overriding} select ${columnList} from jsonb_populate_recordset(null::${qualified}, `)}${JSON.stringify(rows)}::jsonb)`,
    );
  };
}
