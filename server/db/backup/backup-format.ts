/**
 * A Hearth backup is gzip-compressed JSON lines, the same for PGlite and PostgreSQL (so a backup of the embedded
 * database also moves a community onto PostgreSQL). Line 1 is the header; then, per table, a `table` line and
 * `rows` lines (each a batch of rows as PostgreSQL's own `to_jsonb` renders them, so every column type round-trips
 * through PostgreSQL's input functions); then `sequence` lines; and last an `end` line with the counts, so a
 * truncated file is recognised.
 */
export const BACKUP_FORMAT = 'hearth-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  /** `created_at` of every applied migration (drizzle's folder timestamp), oldest first. */
  migrations: number[];
};

export type BackupLine =
  | ['table', string, string]
  | ['rows', Record<string, unknown>[]]
  | ['sequence', string, string, string, boolean]
  | ['end', BackupCounts]
  | ['error', string];

export type BackupCounts = { tables: number; rows: number };

/** The schemas a backup covers: Hearth's tables and drizzle's record of applied migrations. pg-boss's jobs are
 * left out: they only point at outbox rows, and unsent mail is enqueued again at start-up. */
export const BACKED_UP_SCHEMAS = ['public', 'drizzle'] as const;

export function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = line ? JSON.parse(line) : undefined;
  } catch {}
  if (!header || header.format !== BACKUP_FORMAT) throw new BackupFormatError('This file is not a Hearth backup.');
  if (header.version !== BACKUP_VERSION)
    throw new BackupFormatError(`This backup has format version ${header.version}; this Hearth reads version ${BACKUP_VERSION}.`);
  if (!Array.isArray(header.migrations)) throw new BackupFormatError('This backup has no list of migrations.');
  return header as BackupHeader;
}

export function parseLine(line: string): BackupLine {
  try {
    const parsed = JSON.parse(line);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string') return parsed as BackupLine;
  } catch {}
  throw new BackupFormatError('The backup file is damaged (a line is not valid JSON).');
}

/** `hearth-backup-20261125T194844Z.jsonl.gz`: sorts by time, and is safe on every file system. */
export function backupFileName(at: Date): string {
  return `hearth-backup-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.jsonl.gz`;
}

export class BackupFormatError extends Error {}

/** A restore refused before anything was written: the target already holds data, or the backup cannot apply. */
export class RestoreRefusedError extends Error {}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualifiedName(schema: string, name: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}
