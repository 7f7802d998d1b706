import type { DatabaseHandle } from '../../db/client.js';
import type { SecretBox } from '../../shared/secret-box.js';
import type { MailQueue } from '../mail/mail-queue.js';
import { startPgBoss } from '../mail/mail-queue.js';
import { deliveryTimeoutMs, sendSignedMessage } from './webhook-sender.js';
import { disableFailingEndpoint } from './webhooks.notifications.js';
import * as repository from './webhooks.repository.js';
import {
  isSuccessStatus,
  type NetworkPolicy,
  nextAttemptAfter,
  retryDelaysSeconds,
  shouldDisableEndpoint,
} from './webhooks.rules.js';

const QUEUE = 'deliver-webhook';

export type WebhookDelivery = {
  /** Looks for due deliveries now instead of at the next tick (after a change was committed here). */
  wake(): void;
  stop(): Promise<void>;
};

export type WebhookDeliveryOptions = {
  policy: NetworkPolicy;
  secrets: SecretBox;
  mailQueue: MailQueue;
  publicUrl: string;
  /** How often pending deliveries are looked for; each instance looks, SKIP LOCKED shares them out. */
  pollMs?: number;
  retryDelays?: readonly number[];
};

/**
 * Delivers webhook events from the outbox tables through the same durable queue as mail (pg-boss). The
 * delivery row is the truth: a dispatcher leases due rows and hands their ids to pg-boss workers; a worker
 * killed mid-send leaves the lease to run out, and the row is sent again with the same `webhook-id`. Failed
 * attempts are rescheduled on the row (about 24 hours of back-off), so nothing depends on a job surviving.
 */
export async function startWebhookDelivery(database: DatabaseHandle, options: WebhookDeliveryOptions): Promise<WebhookDelivery> {
  const { boss, stop: stopBoss } = await startPgBoss(database, QUEUE);
  const leaseSeconds = deliveryTimeoutMs / 1000 + 5;
  const delays = options.retryDelays ?? retryDelaysSeconds;

  const deliver = async (deliveryId: string) => {
    const row = await repository.loadDeliveryForSending(database.db, deliveryId);
    if (row?.delivery.status !== 'pending') return;
    const attempt = await sendSignedMessage(
      {
        url: row.endpoint.url,
        secret: options.secrets.open(row.endpoint.secretEncrypted),
        messageId: row.delivery.messageId,
        payload: JSON.stringify(row.payload),
      },
      options.policy,
    );
    const now = new Date();
    if (attempt.statusCode !== null && isSuccessStatus(attempt.statusCode) && !attempt.error) {
      await repository.recordAttempt(database.db, deliveryId, attempt, { status: 'succeeded' });
      if (row.endpoint.failingSince) await repository.updateEndpoint(database.db, row.endpoint.id, { failingSince: null });
      return;
    }
    const nextAttemptAt = nextAttemptAfter(row.delivery.attempts + 1, now, delays);
    await repository.recordAttempt(
      database.db,
      deliveryId,
      attempt,
      nextAttemptAt ? { status: 'pending', nextAttemptAt } : { status: 'failed' },
    );
    const failingSince = row.endpoint.failingSince ?? now;
    if (!row.endpoint.failingSince) await repository.updateEndpoint(database.db, row.endpoint.id, { failingSince: now });
    if (!row.endpoint.disabledAt && shouldDisableEndpoint(failingSince, now)) {
      await disableFailingEndpoint(database.db, options, row.endpoint);
    }
  };

  await boss.work<{ deliveryId: string }>(QUEUE, { batchSize: 8, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await Promise.all(jobs.map((job) => deliver(job.data.deliveryId)));
  });

  let dispatching = false;
  const dispatch = async () => {
    if (dispatching) return;
    dispatching = true;
    try {
      for (;;) {
        const ids = await repository.claimDueDeliveries(database.db, leaseSeconds, 50);
        if (ids.length === 0) break;
        await boss.insert(ids.map((deliveryId) => ({ name: QUEUE, data: { deliveryId }, retryLimit: 0 })));
        if (ids.length < 50) break;
      }
    } catch {
      // The next tick tries again; rows stay pending (or their lease runs out).
    } finally {
      dispatching = false;
    }
  };
  await dispatch();
  const timer = setInterval(() => void dispatch(), options.pollMs ?? 1000);
  timer.unref();

  return {
    wake: () => void dispatch(),
    stop: async () => {
      clearInterval(timer);
      await stopBoss();
    },
  };
}

export const idleWebhookDelivery: WebhookDelivery = { wake: () => {}, stop: async () => {} };
