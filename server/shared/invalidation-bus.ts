import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type pg from 'pg';

/** Something cached may be stale: every instance drops what it holds about this link, group, session or user. */
export type Invalidation = { kind: 'invite-link' | 'group' | 'session' | 'user'; id: string };

const KINDS = new Set(['invite-link', 'group', 'session', 'user']);

export type InvalidationBus = {
  publish(message: Invalidation): Promise<void>;
  subscribe(handler: (message: Invalidation) => void): void;
  close(): Promise<void>;
};

const CHANNEL = 'hearth_invalidate';

/**
 * Fans invalidations out to every Hearth instance: Redis pub/sub when REDIS_URL is set, else PostgreSQL
 * LISTEN/NOTIFY, else (embedded PGlite, one process) within this process only. The publisher's own
 * handlers run at once, before the message goes out, so its next request already sees the change.
 */
export async function createInvalidationBus(options: { redis?: Redis; pool?: pg.Pool }): Promise<InvalidationBus> {
  const local = new EventEmitter();
  const deliver = (raw: string) => {
    try {
      const message = JSON.parse(raw) as Invalidation;
      if (KINDS.has(message.kind) && typeof message.id === 'string') local.emit('message', message);
    } catch {
      // Not ours; ignore.
    }
  };
  const subscribe = (handler: (message: Invalidation) => void) => local.on('message', handler);

  if (options.redis) {
    const publisher = options.redis;
    const subscriber = publisher.duplicate();
    await subscriber.subscribe(CHANNEL);
    subscriber.on('message', (_channel, raw) => deliver(raw));
    return {
      subscribe,
      publish: async (message) => {
        local.emit('message', message);
        await publisher.publish(CHANNEL, JSON.stringify(message));
      },
      close: async () => {
        subscriber.disconnect();
      },
    };
  }

  if (options.pool) {
    const pool = options.pool;
    let listener: pg.PoolClient | undefined;
    let closed = false;
    const listen = async () => {
      const client = await pool.connect();
      listener = client;
      client.on('notification', (notification) => notification.payload && deliver(notification.payload));
      // A lost listening connection would silently stop invalidations: drop it and listen again.
      client.once('error', () => {
        if (closed || listener !== client) return;
        listener = undefined;
        client.release(true);
        setTimeout(() => void listen().catch(() => {}), 500);
      });
      await client.query(`listen ${CHANNEL}`);
    };
    await listen();
    return {
      subscribe,
      publish: async (message) => {
        local.emit('message', message);
        await pool.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
      },
      close: async () => {
        closed = true;
        // Destroyed, not returned: a pooled connection must not stay subscribed.
        listener?.on('error', () => {});
        listener?.release(true);
        listener = undefined;
      },
    };
  }

  return {
    subscribe,
    publish: async (message) => {
      local.emit('message', message);
    },
    close: async () => {},
  };
}
