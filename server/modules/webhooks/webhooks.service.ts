import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import { insertEvent, pingEventType } from './webhook-events.js';
import * as repository from './webhooks.repository.js';
import { type NetworkPolicy, webhookUrlProblem } from './webhooks.rules.js';

export type WebhookDependencies = { secrets: SecretBox; policy: NetworkPolicy; wake(): void };
type Actor = { idOrSlug: string; actorId: string };

/** A Standard Webhooks secret: `whsec_` + base64 of 24 random bytes. */
function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function presentWebhook(row: repository.WebhookEndpointRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.disabledAt === null,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function checkedUrl(url: string, policy: NetworkPolicy): string {
  const problem = webhookUrlProblem(url, policy);
  if (problem) throw new AppError('validation_failed', problem);
  return url;
}

async function ownedEndpoint(db: Database, input: Actor & { webhookId: string }) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'manageWebhooks');
  const endpoint = await repository.findEndpoint(db, group.id, input.webhookId);
  if (!endpoint) throw new AppError('webhook_not_found', 'This webhook does not exist in this group.');
  return endpoint;
}

export async function createWebhook(
  db: Database,
  deps: WebhookDependencies,
  input: Actor & { url: string; events: string[]; description?: string },
) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'manageWebhooks');
  const secret = newSigningSecret();
  const row = await repository.insertEndpoint(db, {
    groupId: group.id,
    url: checkedUrl(input.url, deps.policy),
    events: [...new Set(input.events)],
    description: input.description ?? '',
    secretEncrypted: deps.secrets.seal(secret),
    createdBy: input.actorId,
  });
  return { webhook: presentWebhook(row), secret };
}

export async function listWebhooks(db: Database, input: Actor) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'manageWebhooks');
  return (await repository.listEndpoints(db, group.id)).map(presentWebhook);
}

export async function updateWebhook(
  db: Database,
  deps: WebhookDependencies,
  input: Actor & { webhookId: string; url?: string; events?: string[]; description?: string; enabled?: boolean },
) {
  const endpoint = await ownedEndpoint(db, input);
  const row = await repository.updateEndpoint(db, endpoint.id, {
    ...(input.url !== undefined && { url: checkedUrl(input.url, deps.policy) }),
    ...(input.events !== undefined && { events: [...new Set(input.events)] }),
    ...(input.description !== undefined && { description: input.description }),
    // Turning an endpoint back on starts a fresh failure count.
    ...(input.enabled === true && { disabledAt: null, disabledReason: null, failingSince: null }),
    ...(input.enabled === false && !endpoint.disabledAt && { disabledAt: new Date(), disabledReason: 'Turned off by an owner.' }),
  });
  return presentWebhook(row);
}

export async function deleteWebhook(db: Database, input: Actor & { webhookId: string }) {
  const endpoint = await ownedEndpoint(db, input);
  await repository.deleteEndpoint(db, endpoint.id);
}

/** A new secret at once: deliveries signed from now on use it (receivers update theirs). */
export async function rotateWebhookSecret(db: Database, deps: WebhookDependencies, input: Actor & { webhookId: string }) {
  const endpoint = await ownedEndpoint(db, input);
  const secret = newSigningSecret();
  const row = await repository.updateEndpoint(db, endpoint.id, { secretEncrypted: deps.secrets.seal(secret) });
  return { webhook: presentWebhook(row), secret };
}

/** Queues a `ping` to this endpoint only; the delivery log shows how it went. */
export async function sendTestPing(db: Database, deps: WebhookDependencies, input: Actor & { webhookId: string }) {
  const endpoint = await ownedEndpoint(db, input);
  if (endpoint.disabledAt) throw new AppError('validation_failed', 'Turn this webhook on before sending a test.');
  await insertEvent(
    db,
    endpoint.groupId,
    pingEventType,
    { webhookId: endpoint.id, message: 'Hello from Hearth: this endpoint is set up.' },
    { onlyEndpointId: endpoint.id },
  );
  deps.wake();
}

export async function listWebhookDeliveries(db: Database, input: Actor & { webhookId: string; cursor?: string }) {
  const endpoint = await ownedEndpoint(db, input);
  const pageSize = 50;
  const rows = await repository.listDeliveries(db, endpoint.id, {
    before: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    deliveries: page.map(({ delivery, eventType }) => ({
      id: delivery.id,
      messageId: delivery.messageId,
      eventType,
      status: delivery.status,
      attempts: delivery.attempts,
      lastStatusCode: delivery.lastStatusCode,
      lastError: delivery.lastError,
      durationMs: delivery.lastDurationMs,
      responseBody: delivery.lastResponseBody,
      nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt.toISOString() : null,
      createdAt: delivery.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > pageSize && last
        ? Buffer.from(JSON.stringify([last.delivery.createdAt.toISOString(), last.delivery.id])).toString('base64url')
        : null,
  };
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page.');
  }
}

/** Sends a delivery again now, with its original `webhook-id` (receivers de-duplicate on it). */
export async function redeliverWebhookDelivery(
  db: Database,
  deps: WebhookDependencies,
  input: Actor & { webhookId: string; deliveryId: string },
) {
  const endpoint = await ownedEndpoint(db, input);
  const delivery = await repository.findDelivery(db, endpoint.id, input.deliveryId);
  if (!delivery) throw new AppError('webhook_delivery_not_found', 'This delivery does not exist for this webhook.');
  await repository.requeueDelivery(db, delivery.id);
  deps.wake();
}
