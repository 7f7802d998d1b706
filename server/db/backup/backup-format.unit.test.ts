import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, parseHeader, parseLine, qualifiedName } from './backup-format.js';

describe('backup format', () => {
  test('file names carry the UTC time, sort by it and hold no characters that file systems refuse', () => {
    assert.equal(backupFileName(new Date('2026-11-25T20:06:15.485Z')), 'hearth-backup-20261125T200615Z.jsonl.gz');
    const names = ['2026-11-25T20:06:15Z', '2026-11-25T09:00:00Z', '2027-01-01T00:00:00Z'].map((at) =>
      backupFileName(new Date(at)),
    );
    assert.deepEqual([...names].sort(), [names[1], names[0], names[2]]);
  });

  test('a header is accepted only from a Hearth backup of a version this Hearth reads', () => {
    const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: 'x', engine: 'pglite', migrations: [1] };
    assert.deepEqual(parseHeader(JSON.stringify(header)), header);
    assert.throws(() => parseHeader(undefined), /not a Hearth backup/);
    assert.throws(() => parseHeader('{"some":"json"}'), /not a Hearth backup/);
    assert.throws(() => parseHeader('PGDMP binary'), /not a Hearth backup/);
    assert.throws(() => parseHeader(JSON.stringify({ ...header, version: 99 })), /format version 99/);
  });

  test('a damaged line is reported as damage, not as a crash', () => {
    assert.deepEqual(parseLine('["table","public","users"]'), ['table', 'public', 'users']);
    assert.throws(() => parseLine('["rows",[{"id":'), /damaged/);
    assert.throws(() => parseLine('{"table":"users"}'), /damaged/);
  });

  test('identifiers are quoted, so a name cannot break out of the statement', () => {
    assert.equal(qualifiedName('public', 'we"ird'), '"public"."we""ird"');
  });
});
