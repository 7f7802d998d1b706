import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';

/**
 * Every event Hearth sends to webhooks, with the shape of its `data`. Payloads carry ids, names and attribution,
 * never an invite code, a password or a token. The OpenAPI document's `webhooks` section is generated from here.
 */
const person = z.object({ id: z.string().uuid(), name: z.string() });
const group = z.object({ id: z.string().uuid(), name: z.string() });
const attribution = z
  .object({
    via: z.enum(['invite_link', 'email_invite', 'join_request', 'public_join', 'created', 'demo']),
    inviteLinkId: z.string().uuid().nullable(),
    inviteLinkLabel: z.string().nullable(),
    emailInviteId: z.string().uuid().nullable(),
    invitedBy: person.nullable(),
  })
  .describe('How the person came in: the link or email invitation, and who brought them.');
const inviteLink = z.object({
  id: z.string().uuid(),
  label: z.string(),
  requiresApproval: z.boolean(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  expiresAt: z.string().nullable(),
});
const actor = person.nullable().describe('Who did it (null when Hearth itself did, e.g. the leak breaker).');

export const webhookEventSchemas = {
  'member.joined': z.object({ group, member: person, attribution }),
  'member.left': z.object({ group, member: person }),
  'member.removed': z.object({ group, member: person, actor }),
  'member.banned': z.object({ group, member: person, actor }),
  'member.role_changed': z.object({ group, member: person, actor, before: z.string(), after: z.string() }),
  'join_request.created': z.object({ group, requestId: z.string().uuid(), requester: person, attribution }),
  'join_request.approved': z.object({ group, requestId: z.string().uuid(), requester: person, actor }),
  'join_request.declined': z.object({ group, requestId: z.string().uuid(), requester: person, actor }),
  'invite_link.created': z.object({ group, inviteLink, actor }),
  'invite_link.updated': z.object({ group, inviteLink, actor }),
  'invite_link.revoked': z.object({ group, inviteLink, actor }),
  'invite_link.reset': z.object({ group, inviteLink, actor }),
  'invite_link.exhausted': z.object({ group, inviteLink }),
  'invite_link.leak_suspected': z.object({
    group,
    inviteLink,
    joinsInWindow: z.number().int(),
    windowMinutes: z.number().int(),
  }),
  'invites.paused': z.object({ group, actor }),
  'invites.resumed': z.object({ group, actor }),
  'email_invite.accepted': z.object({ group, emailInviteId: z.string().uuid(), member: person, invitedBy: person.nullable() }),
} as const;

export type WebhookEventType = keyof typeof webhookEventSchemas;
export type WebhookEventData<T extends WebhookEventType> = z.infer<(typeof webhookEventSchemas)[T]>;
export const webhookEventTypes = Object.keys(webhookEventSchemas) as WebhookEventType[];

/** `ping` is sent by "Send test"; endpoints receive it whatever events they chose. */
export const pingEventType = 'ping';

/**
 * Writes an event, and one delivery per enabled endpoint of the group that subscribed to it, in the caller's
 * transaction and in one statement: a rolled-back change announces nothing, and a crash after commit loses
 * nothing (the dispatcher finds pending deliveries). Groups without webhooks write nothing.
 */
export async function emitWebhookEvent<T extends WebhookEventType>(
  tx: Database,
  groupId: string,
  type: T,
  data: WebhookEventData<T>,
): Promise<void> {
  await insertEvent(tx, groupId, type, data, { onlyEndpointId: null });
}

export async function insertEvent(
  tx: Database,
  groupId: string,
  type: string,
  data: unknown,
  options: { onlyEndpointId: string | null },
): Promise<void> {
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  await tx.execute(sql`
    with subscribers as (
      select id from webhook_endpoints
      where group_id = ${groupId} and disabled_at is null
        and (${options.onlyEndpointId}::uuid is null and ${type} = any(events) or id = ${options.onlyEndpointId}::uuid)
    ), event as (
      insert into webhook_events (group_id, type, payload)
      select ${groupId}, ${type}, ${payload}::jsonb where exists (select 1 from subscribers)
      returning id
    )
    insert into webhook_deliveries (message_id, endpoint_id, event_id)
    select 'msg_' || replace(gen_random_uuid()::text, '-', ''), subscribers.id, event.id from subscribers, event`);
}
