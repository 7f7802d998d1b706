import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import {
  BACKED_UP_SCHEMAS,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupHeader,
  qualifiedName,
} from './backup-format.js';

const ROWS_PER_LINE = 500;

type Rows = { rows: Record<string, unknown>[] };
const schemaList = sql.raw(BACKED_UP_SCHEMAS.map((schema) => `'${schema}'`).join(', '));

/**
 * Writes a backup of every table Hearth owns, read in one REPEATABLE READ, READ ONLY transaction: one snapshot,
 * whatever commits meanwhile (on PGlite the transaction also holds the single connection, so nothing interleaves).
 * `writeLine` is awaited for each line, so a slow destination slows the reading instead of filling memory.
 */
export async function writeBackup(
  db: Database,
  engine: BackupHeader['engine'],
  writeLine: (line: string) => Promise<void>,
): Promise<BackupCounts> {
  return db.transaction(
    async (tx) => {
      const query = async (statement: ReturnType<typeof sql>) => ((await tx.execute(statement)) as unknown as Rows).rows;
      const tables = await query(sql`
        select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname in (${schemaList}) order by n.nspname, c.relname`);
      const hasMigrationTable = tables.some((table) => table.schema === 'drizzle' && table.name === '__drizzle_migrations');
      const migrations = hasMigrationTable
        ? (await query(sql`select created_at::text as at from drizzle.__drizzle_migrations order by created_at`)).map((row) =>
            Number(row.at),
          )
        : [];
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        engine,
        migrations,
      };
      await writeLine(JSON.stringify(header));

      const counts: BackupCounts = { tables: 0, rows: 0 };
      for (const table of tables) {
        const schema = String(table.schema);
        const name = String(table.name);
        await writeLine(JSON.stringify(['table', schema, name]));
        counts.tables++;
        // A cursor reads the table in batches; rows leave PostgreSQL as JSON text, so no driver reinterprets them.
        await tx.execute(
          sql.raw(
            `declare backup_rows no scroll cursor for select to_jsonb(t)::text as row from ${qualifiedName(schema, name)} t`,
          ),
        );
        for (;;) {
          const batch = await query(sql.raw(`fetch forward ${ROWS_PER_LINE} from backup_rows`));
          if (batch.length === 0) break;
          await writeLine(`["rows",[${batch.map((row) => row.row).join(',')}]]`);
          counts.rows += batch.length;
        }
        await tx.execute(sql.raw('close backup_rows'));
      }

      const sequences = await query(sql`
        select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'S' and n.nspname in (${schemaList}) order by n.nspname, c.relname`);
      for (const sequence of sequences) {
        const schema = String(sequence.schema);
        const name = String(sequence.name);
        const [state] = await query(
          sql.raw(`select last_value::text as value, is_called as called from ${qualifiedName(schema, name)}`),
        );
        await writeLine(JSON.stringify(['sequence', schema, name, String(state?.value), Boolean(state?.called)]));
      }
      await writeLine(JSON.stringify(['end', counts]));
      return counts;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
