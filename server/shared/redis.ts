import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { withDeadline } from './deadline.js';

/** How long start-up waits for Redis before starting with per-instance rate limits. */
export const REDIS_STARTUP_WAIT_MS = 3000;

/**
 * The Redis client for REDIS_URL, set up to fail fast rather than wait: a command while disconnected fails at once
 * (ioredis would queue it and retry, so each request waited about 8 s), a frozen server's silence ends after a
 * second, and reconnection is retried forever in the background, backing off to once every 2 s.
 *
 * Commands issued in the same tick go out as one pipeline (auto-pipelining): under load many requests spend their
 * rate-limit budgets at once, and one write for all of them instead of one each about halved the CPU the limits
 * add to a cached invite preview (bench, reference "with its rate limits on"; docs/decisions/135).
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    enableAutoPipelining: true,
    maxRetriesPerRequest: 0,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(100 * attempt, 2000),
  });
  // Connection errors are expected while Redis is away; RedisHealth reports the outage once.
  redis.on('error', () => {});
  return redis;
}

/** Resolves true once Redis is ready, or false after `ms`: start-up never waits longer for it. */
export async function waitForRedis(redis: Redis, ms = REDIS_STARTUP_WAIT_MS): Promise<boolean> {
  if (redis.status === 'ready') return true;
  const ready = new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true)));
  return withDeadline(ready, ms, 'Redis').catch(() => false);
}

/**
 * Whether Redis can be used right now. A failed command or a lost connection marks it degraded (one warning per
 * outage, naming REDIS_URL); while degraded nobody waits on it, and a background ping every second notices when
 * it answers again.
 */
export class RedisHealth {
  private degraded: { since: Date; reason: string } | undefined;
  private probe: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly redis: Redis,
    private readonly log: FastifyBaseLogger,
  ) {
    if (redis.status !== 'ready') this.markFailed(new Error(`not connected (${redis.status})`));
    redis.on('close', () => this.markFailed(new Error('connection closed')));
  }

  get usable(): boolean {
    return this.degraded === undefined && this.redis.status === 'ready';
  }

  markFailed(error: unknown): void {
    if (this.degraded || this.closed) return;
    const reason = error instanceof Error ? error.message : String(error);
    this.degraded = { since: new Date(), reason };
    this.log.warn(
      { reason },
      'Redis (REDIS_URL) is unreachable: rate limits are kept per instance until it answers again; reconnecting in the background',
    );
    this.probe = setInterval(() => void this.checkRecovered(), 1000);
    this.probe.unref();
  }

  /** For /readyz: a ping with a short deadline when healthy (so an outage shows before a request hits it). */
  async check(): Promise<{ status: 'ok' } | { status: 'degraded'; message: string; since: string }> {
    if (!this.degraded) {
      try {
        await withDeadline(this.redis.ping(), 500, 'Redis');
      } catch (error) {
        this.markFailed(error);
      }
    }
    if (!this.degraded) return { status: 'ok' };
    return {
      status: 'degraded',
      message: `Redis (REDIS_URL) is unreachable (${this.degraded.reason}): rate limits are per instance until it answers again`,
      since: this.degraded.since.toISOString(),
    };
  }

  close(): void {
    this.closed = true;
    clearInterval(this.probe);
  }

  private async checkRecovered(): Promise<void> {
    if (!this.degraded || this.redis.status !== 'ready') return;
    try {
      await withDeadline(this.redis.ping(), 500, 'Redis');
    } catch {
      return;
    }
    if (!this.degraded) return;
    this.log.info({ downSince: this.degraded.since }, 'Redis answers again: rate limits are shared across instances again');
    this.degraded = undefined;
    clearInterval(this.probe);
  }
}
