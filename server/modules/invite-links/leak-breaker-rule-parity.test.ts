import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/database.js';
import { leakRateMultiplier, leakSuspected, leakWindowMinutes } from './leak-breaker.rules.js';

/**
 * The single-call accept (migration 0011) applies the leak breaker's rule in SQL; this keeps that copy and
 * leak-breaker.rules.ts saying the same thing over the inputs that matter (around the threshold and the rate).
 */
let database: TestDatabase;
before(async () => {
  database = await createTestDatabase('pglite');
});
after(() => database.drop());

test("the SQL leak rule decides exactly as leak-breaker.rules.ts's leakSuspected", async () => {
  const cases: [number, number, number][] = [];
  for (const threshold of [2, 10, 25, 1000])
    for (const inWindow of [0, 1, threshold - 2, threshold - 1, threshold, threshold + 1, threshold * 3])
      for (const previousDay of [0, 1, 24, inWindow * 24, inWindow * 24 + 24, 1000, 100_000])
        if (inWindow >= 0) cases.push([inWindow, previousDay, threshold]);
  const values = sql.join(
    cases.map(([inWindow, previousDay, threshold]) => sql`(${inWindow}::int, ${previousDay}::int, ${threshold}::int)`),
    sql`, `,
  );
  const result = (await database.db.execute(sql`
    select c.in_window, c.previous_day, c.threshold,
           hearth_leak_suspected(c.in_window, c.previous_day, c.threshold, ${leakWindowMinutes}, ${leakRateMultiplier}) as suspected
    from (values ${values}) as c(in_window, previous_day, threshold)`)) as unknown as {
    rows: { in_window: number; previous_day: number; threshold: number; suspected: boolean }[];
  };
  assert.equal(result.rows.length, cases.length);
  const disagreements = result.rows.filter(
    (row) => row.suspected !== leakSuspected({ inWindow: row.in_window, previousDay: row.previous_day }, row.threshold),
  );
  assert.deepEqual(disagreements, []);
  assert.ok(result.rows.some((row) => row.suspected) && result.rows.some((row) => !row.suspected));
});
