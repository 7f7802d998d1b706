import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

/**
 * Hearth's database functions that write run inside every plain join (`hearth_accept_link`). A `LANGUAGE sql`
 * function that PostgreSQL cannot inline is parsed and planned again on every call from PL/pgSQL — 11 % of
 * PostgreSQL's time per accept before migration 0013 — so only immutable expressions, which are inlined, may be
 * written in SQL.
 */
test('every Hearth database function but inlinable immutable expressions is PL/pgSQL, whose plans are kept', async () => {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  try {
    await migrate(drizzle({ client }), { migrationsFolder: path.join(import.meta.dirname, 'migrations') });
    const { rows } = await client.query<{ name: string; language: string; volatility: string }>(`
      select p.proname as name, l.lanname as language, p.provolatile as volatility
      from pg_proc p join pg_language l on l.oid = p.prolang join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.proname like 'hearth\\_%' order by p.proname`);
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    assert.equal(byName.hearth_count_member_join?.language, 'plpgsql');
    assert.equal(byName.hearth_accept_link?.language, 'plpgsql');
    const replannedOnEveryCall = rows.filter((row) => row.language === 'sql' && row.volatility !== 'i');
    assert.deepEqual(replannedOnEveryCall, []);
  } finally {
    await client.close();
  }
});
