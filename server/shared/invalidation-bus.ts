import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';

/**
 * Something cached may be stale: every instance drops what it holds about this link, group, session or user, or
 * about one person's membership of one group (id: `membershipKey(groupId, userId)`).
 */
export type Invalidation = { kind: 'invite-link' | 'group' | 'session' | 'user' | 'membership'; id: string };

const KINDS = new Set(['invite-link', 'group', 'session', 'user', 'membership']);

/** The id a 'membership' invalidation carries. */
export function membershipKey(groupId: string, userId: string): string {
  return `${groupId}/${userId}`;
}

export type InvalidationBus = {
  /** Never throws: the change it announces is already saved, and a failed announcement must not undo the answer. */
  publish(message: Invalidation): Promise<void>;
  subscribe(handler: (message: Invalidation) => void): void;
  /** Called when messages may have been missed (the listening connection was lost): drop everything cached. */
  onGap(handler: () => void): void;
  close(): Promise<void>;
};

const CHANNEL = 'hearth_invalidate';
/** The listening connection checks itself this often, so a connection that died silently is replaced. */
const HEARTBEAT_MS = 15_000;
const MAX_BACKOFF_MS = 5_000;

/**
 * Fans invalidations out to every Hearth instance: PostgreSQL LISTEN/NOTIFY when on PostgreSQL, else (embedded
 * PGlite, one process) within this process only. They travel through the database that holds the change, not
 * Redis (see docs/decisions/103): whenever a change could be saved, its announcement can be sent. The publisher's
 * own handlers run at once, before the message goes out, so its next request already sees the change.
 */
export async function createInvalidationBus(options: { pool?: pg.Pool; log?: FastifyBaseLogger }): Promise<InvalidationBus> {
  const local = new EventEmitter();
  const subscribe = (handler: (message: Invalidation) => void) => local.on('message', handler);
  const onGap = (handler: () => void) => local.on('gap', handler);

  if (!options.pool) {
    return {
      subscribe,
      onGap,
      publish: async (message) => {
        local.emit('message', message);
      },
      close: async () => {},
    };
  }

  const pool = options.pool;
  const listener = new ListeningConnection(
    pool,
    options.log,
    (raw) => {
      try {
        const message = JSON.parse(raw) as Invalidation;
        if (KINDS.has(message.kind) && typeof message.id === 'string') local.emit('message', message);
      } catch {
        // Not ours; ignore.
      }
    },
    () => local.emit('gap'),
  );
  await listener.start();
  return {
    subscribe,
    onGap,
    publish: async (message) => {
      local.emit('message', message);
      try {
        await pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
      } catch (error) {
        options.log?.warn({ err: error, kind: message.kind }, 'could not announce an invalidation to other instances');
      }
    },
    close: async () => listener.close(),
  };
}

/**
 * One connection that LISTENs, kept alive forever: when it is lost (a database restart, a killed backend, a
 * heartbeat that gets no answer) it reconnects with back-off (0.1 s doubling to 5 s) until it listens again, and
 * reports a gap both when lost and when listening again, since messages sent in between never reached it.
 */
class ListeningConnection {
  private client: pg.PoolClient | undefined;
  private closed = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: FastifyBaseLogger | undefined,
    private readonly deliver: (raw: string) => void,
    private readonly reportGap: () => void,
  ) {}

  /** The first attempt is awaited; if it fails, the instance starts anyway and keeps trying in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    this.drop();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const lost = () => this.lose(client as pg.PoolClient);
      client.on('error', lost);
      client.on('end', lost);
      client.on('notification', (notification) => notification.payload && this.deliver(notification.payload));
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      if (client) {
        client.on('error', () => {});
        client.release(true);
      }
      this.retry(error);
      return;
    }
    if (this.closed) {
      client.release(true);
      return;
    }
    this.client = client;
    if (this.attempt > 0) {
      this.log?.info({ attempts: this.attempt }, 'listening for cache invalidations again');
      this.reportGap();
    }
    this.attempt = 0;
    this.heartbeat = setInterval(() => {
      client.query('select 1').catch(() => this.lose(client));
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private lose(client: pg.PoolClient): void {
    if (this.closed || this.client !== client) return;
    this.log?.warn('lost the connection that listens for cache invalidations: reconnecting');
    this.drop();
    this.reportGap();
    this.retry();
  }

  private drop(): void {
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    // Destroyed, not returned: a pooled connection must not stay subscribed.
    client.on('error', () => {});
    client.release(true);
  }

  private retry(error?: unknown): void {
    if (this.closed) return;
    if (this.attempt === 0 && error) this.log?.warn({ err: error }, 'cannot listen for cache invalidations yet: retrying');
    const delay = Math.min(100 * 2 ** this.attempt, MAX_BACKOFF_MS);
    this.attempt++;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}
