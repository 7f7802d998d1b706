import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../db/client.js';
import { databaseUnavailableReason } from '../db/unavailable.js';
import { DeadlineExceeded, withDeadline } from '../shared/deadline.js';
import type { RedisHealth } from '../shared/redis.js';

/** /readyz answers within this, whatever state the database is in (load balancers time their probes out). */
const DATABASE_CHECK_DEADLINE_MS = 1500;

/**
 * A write that proves the database takes writes, not only connections: a temporary table created and filled in
 * one implicit transaction, dropped at its commit. A read-only database (a standby, `default_transaction_read_only`)
 * or a full disk fails it; it touches no table of Hearth's.
 */
const WRITE_PROBE =
  'create temporary table hearth_write_probe (checked_at timestamptz) on commit drop; insert into hearth_write_probe values (now())';

type Check = { status: 'ok' } | { status: 'failing' | 'degraded'; message: string };

/**
 * GET /readyz: 200 when the database takes writes (`status: "ready"`, or `"degraded"` while Redis is away and
 * rate limits are per instance), 503 when it does not; `checks` says which part is failing and why.
 */
export function registerReadiness(app: FastifyInstance, dependencies: { database: DatabaseHandle; redisHealth?: RedisHealth }) {
  const checkDatabase = sharedInFlight(() => dependencies.database.executeSql(WRITE_PROBE));

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const [database, redis] = await Promise.all([
      checkDatabase().then(
        (): Check => ({ status: 'ok' }),
        (error): Check => ({ status: 'failing', message: describeDatabaseFailure(error) }),
      ),
      dependencies.redisHealth?.check(),
    ]);
    const checks = { database, ...(redis && { redis }) };
    if (database.status !== 'ok') return reply.code(503).send({ status: 'unavailable', checks });
    return { status: redis && redis.status !== 'ok' ? 'degraded' : 'ready', checks };
  });
}

/**
 * At most one probe at a time, and nobody waits on it longer than the deadline: against a frozen database, probes
 * would otherwise pile up, each holding a pooled connection until the driver gives up on it.
 */
function sharedInFlight(probe: () => Promise<unknown>): () => Promise<unknown> {
  let running: { promise: Promise<unknown>; startedAt: number } | undefined;
  return () => {
    if (!running) {
      const promise = probe().finally(() => {
        if (running?.promise === promise) running = undefined;
      });
      promise.catch(() => {});
      running = { promise, startedAt: Date.now() };
    }
    const remaining = DATABASE_CHECK_DEADLINE_MS - (Date.now() - running.startedAt);
    return withDeadline(running.promise, Math.max(remaining, 0), 'the database');
  };
}

function describeDatabaseFailure(error: unknown): string {
  if (error instanceof DeadlineExceeded) return `the database did not answer within ${DATABASE_CHECK_DEADLINE_MS} ms`;
  const reason = databaseUnavailableReason(error);
  if (reason?.startsWith('25006')) return `the database refuses writes (read-only): ${reason}`;
  if (reason) return `the database is unreachable: ${reason}`;
  return `the database failed a write: ${error instanceof Error ? error.message : String(error)}`;
}
