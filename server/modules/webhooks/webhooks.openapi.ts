import { z } from 'zod';
import { pingEventType, webhookEventSchemas } from './webhook-events.js';

/**
 * The OpenAPI 3.1 `webhooks` section: one entry per event type, generated from the same zod schemas that type
 * the payloads Hearth sends, so the document and the deliveries cannot drift apart.
 */
export function webhooksOpenApiSection() {
  const entries: [string, z.ZodType][] = [
    ...Object.entries(webhookEventSchemas),
    [pingEventType, z.object({ webhookId: z.uuid(), message: z.string() })],
  ];
  return Object.fromEntries(
    entries.map(([type, data]) => [
      type,
      {
        post: {
          summary: `Event ${type}`,
          operationId: `webhook_${type.replace(/\W/g, '_')}`,
          description:
            'Sent as a POST signed per Standard Webhooks 1.0 (`webhook-id`, `webhook-timestamp`, `webhook-signature`). ' +
            'Answer 2xx within 10 s; anything else is retried with back-off for 24 hours, with the same `webhook-id`.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: z.toJSONSchema(
                  z.object({
                    type: z.literal(type),
                    timestamp: z.string().describe('ISO 8601, when the change happened.'),
                    data,
                  }),
                  { target: 'draft-2020-12', unrepresentable: 'any' },
                ) as Record<string, unknown>,
              },
            },
          },
          responses: { '200': { description: 'Received (any 2xx).' } },
        },
      },
    ]),
  );
}
