import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../../db/schema/index.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export async function insertEndpoint(db: Database, values: typeof webhookEndpoints.$inferInsert) {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  return row!;
}

export async function listEndpoints(db: Database, groupId: string) {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.groupId, groupId)).orderBy(webhookEndpoints.createdAt);
}

export async function findEndpoint(db: Database, groupId: string, endpointId: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.groupId, groupId), eq(webhookEndpoints.id, endpointId)));
  return row;
}

export async function updateEndpoint(db: Database, endpointId: string, values: Partial<typeof webhookEndpoints.$inferInsert>) {
  const [row] = await db.update(webhookEndpoints).set(values).where(eq(webhookEndpoints.id, endpointId)).returning();
  return row!;
}

export async function deleteEndpoint(db: Database, endpointId: string) {
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
}

/** Newest first, keyset-paged on (created_at, id). */
export async function listDeliveries(
  db: Database,
  endpointId: string,
  options: { before?: { createdAt: Date; id: string }; limit: number },
) {
  return db
    .select({ delivery: webhookDeliveries, eventType: webhookEvents.type })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        options.before &&
          or(
            lt(webhookDeliveries.createdAt, options.before.createdAt),
            and(eq(webhookDeliveries.createdAt, options.before.createdAt), lt(webhookDeliveries.id, options.before.id)),
          ),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(options.limit);
}

export async function findDelivery(db: Database, endpointId: string, deliveryId: string) {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.id, deliveryId)));
  return row;
}

/** Sends a finished delivery again, now, keeping its `webhook-id`. */
export async function requeueDelivery(db: Database, deliveryId: string) {
  await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: sql`now()`, claimedUntil: null, finishedAt: null })
    .where(eq(webhookDeliveries.id, deliveryId));
}

/**
 * Takes up to `limit` due deliveries for `leaseSeconds`. A worker that dies mid-send leaves the lease to run out,
 * after which the delivery is due again (same `webhook-id`). SKIP LOCKED lets instances dispatch side by side.
 */
export async function claimDueDeliveries(db: Database, leaseSeconds: number, limit: number): Promise<string[]> {
  const result = await db.execute(sql`
    update webhook_deliveries set claimed_until = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from webhook_deliveries
      where status = 'pending' and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning id`);
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

export async function loadDeliveryForSending(db: Database, deliveryId: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, payload: webhookEvents.payload })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row;
}

export type AttemptRecord = { statusCode: number | null; error: string | null; durationMs: number; responseBody: string | null };

export async function recordAttempt(
  db: Database,
  deliveryId: string,
  attempt: AttemptRecord,
  outcome: { status: 'succeeded' | 'failed' | 'pending'; nextAttemptAt?: Date },
) {
  await db
    .update(webhookDeliveries)
    .set({
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastStatusCode: attempt.statusCode,
      lastError: attempt.error,
      lastDurationMs: attempt.durationMs,
      lastResponseBody: attempt.responseBody,
      status: outcome.status,
      claimedUntil: null,
      ...(outcome.nextAttemptAt && { nextAttemptAt: outcome.nextAttemptAt }),
      ...(outcome.status !== 'pending' && { finishedAt: sql`now()` }),
    })
    .where(eq(webhookDeliveries.id, deliveryId));
}
