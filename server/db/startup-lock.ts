import pg from 'pg';

/** Any constant: every Hearth instance of one database takes the same session-level advisory lock. */
const STARTUP_LOCK_KEY = 7_461_030_211;

/**
 * Instances that start at the same moment on one PostgreSQL (several processes, or several workers) would run
 * migrations and install the queue's schema and schedules side by side, which PostgreSQL answers with deadlocks.
 * They take turns instead: each start-up holds an advisory lock until its set-up is done. The embedded database
 * has one process by construction and needs none.
 */
export async function withStartupLock<T>(databaseUrl: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!databaseUrl) return work();
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}
