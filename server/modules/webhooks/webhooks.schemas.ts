import { z } from 'zod';
import { groupParams } from '../groups/groups.schemas.js';
import { webhookEventTypes } from './webhook-events.js';

const eventType = z.enum(webhookEventTypes as [string, ...string[]]);

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()).describe('The event types this endpoint receives.'),
  enabled: z.boolean().describe('false when turned off by an owner, or by Hearth after 3 days of failures.'),
  disabledReason: z.string().nullable(),
  failingSince: z.string().nullable().describe('Start of the current run of failed deliveries, if any.'),
  createdAt: z.string(),
});

export const webhookParams = groupParams.extend({ webhookId: z.uuid() });
export const deliveryParams = webhookParams.extend({ deliveryId: z.uuid() });

export const createWebhookBody = z.object({
  url: z.string().trim().min(1).max(2000),
  events: z.array(eventType).min(1, 'Choose at least one event.').max(webhookEventTypes.length),
  description: z.string().trim().max(200).optional(),
});

export const updateWebhookBody = z
  .object({
    url: z.string().trim().min(1).max(2000).optional(),
    events: z.array(eventType).min(1, 'Choose at least one event.').max(webhookEventTypes.length).optional(),
    description: z.string().trim().max(200).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Send at least one field to change.');

export const webhookResponse = z.object({ webhook: webhookSchema });
export const webhookWithSecretResponse = z.object({
  webhook: webhookSchema,
  secret: z.string().describe('The signing secret (`whsec_…`), shown only now. Verify deliveries with it.'),
});
export const webhookListResponse = z.object({ webhooks: z.array(webhookSchema), eventTypes: z.array(z.string()) });

export const deliverySchema = z.object({
  id: z.uuid(),
  messageId: z.string().describe('The `webhook-id` header: the same on every retry and redelivery.'),
  eventType: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  responseBody: z.string().nullable().describe('The receiver’s answer, first 1 KB.'),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
});
export const deliveriesQuery = z.object({ cursor: z.string().max(200).optional() });
export const deliveryListResponse = z.object({ deliveries: z.array(deliverySchema), nextCursor: z.string().nullable() });
