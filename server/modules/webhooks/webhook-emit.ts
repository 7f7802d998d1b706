import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, users } from '../../db/schema/index.js';
import type { ActivityEntry } from '../activity/activity.repository.js';
import { emitWebhookEvent, type WebhookEventData, type WebhookEventType } from './webhook-events.js';
import { findInviteLinkById } from '../invite-links/invite-links.repository.js';

/**
 * Builds and writes a webhook event only when an enabled endpoint of the group subscribed to it: groups without
 * webhooks pay one indexed EXISTS, never the name look-ups a payload needs.
 */
export async function emitIfSubscribed<T extends WebhookEventType>(
  tx: Database,
  groupId: string,
  type: T,
  build: () => Promise<WebhookEventData<T>>,
): Promise<void> {
  const result = (await tx.execute(sql`
    select exists (
      select 1 from webhook_endpoints
      where group_id = ${groupId} and disabled_at is null and ${type} = any(events)
    ) as subscribed`)) as unknown as { rows: { subscribed: boolean }[] };
  if (!result.rows[0]?.subscribed) return;
  await emitWebhookEvent(tx, groupId, type, await build());
}

export async function groupRef(tx: Database, groupId: string) {
  const [row] = await tx.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.id, groupId));
  return row ?? { id: groupId, name: '' };
}

export async function personRef(tx: Database, userId: string | null | undefined) {
  if (!userId) return null;
  const [row] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

async function person(tx: Database, userId: string) {
  return (await personRef(tx, userId)) ?? { id: userId, name: '' };
}

export async function inviteLinkRef(tx: Database, linkId: string) {
  const link = await findInviteLinkById(tx, linkId);
  return {
    id: linkId,
    label: link?.label ?? '',
    requiresApproval: link?.requiresApproval ?? false,
    maxUses: link?.maxUses ?? null,
    uses: link?.uses ?? 0,
    expiresAt: link?.expiresAt?.toISOString() ?? null,
  };
}

/** How a person came in, for `member.joined` and `join_request.created`. */
export async function attributionRef(
  tx: Database,
  input: {
    via: 'invite_link' | 'email_invite' | 'join_request' | 'public_join' | 'created' | 'demo';
    inviteLinkId?: string | null;
    emailInviteId?: string | null;
    invitedBy?: string | null;
  },
) {
  const link = input.inviteLinkId ? await inviteLinkRef(tx, input.inviteLinkId) : null;
  return {
    via: input.via,
    inviteLinkId: input.inviteLinkId ?? null,
    inviteLinkLabel: link?.label ?? null,
    emailInviteId: input.emailInviteId ?? null,
    invitedBy: await personRef(tx, input.invitedBy),
  };
}

/**
 * The webhook event each kind of activity entry stands for, or null when it is not one. Every kind is listed, so
 * a new kind does not compile until someone decides. Join-request decisions are emitted per request where they
 * are decided (a bulk decision is one log entry but one event per person).
 */
const eventOfActivity: Record<ActivityEntry['kind'], WebhookEventType | null> = {
  'invite_link.created': 'invite_link.created',
  'invite_link.edited': 'invite_link.updated',
  'invite_link.made_primary': 'invite_link.updated',
  'invite_link.revoked': 'invite_link.revoked',
  'invite_link.reset': 'invite_link.reset',
  'invites.paused': 'invites.paused',
  'invites.resumed': 'invites.resumed',
  'member.role_changed': 'member.role_changed',
  'member.removed': 'member.removed',
  'member.banned': 'member.banned',
  'join_request.approved': null,
  'join_request.declined': null,
  // Not (yet) part of the webhook contract: the events below would be new types for subscribers to handle.
  'member.unbanned': null,
  'group.settings_changed': null,
  'group.picture_changed': null,
  'group.ownership_transferred': null,
  // Invitations by email are announced only when accepted (email_invite.accepted); a revoke reaches nobody outside.
  'email_invite.revoked': null,
};

/** Emits the webhook event an activity entry stands for, in the same transaction. */
export async function emitActivityWebhook(tx: Database, entry: ActivityEntry): Promise<void> {
  const type = eventOfActivity[entry.kind];
  if (!type) return;
  await emitIfSubscribed(tx, entry.groupId, type, async () => {
    const group = await groupRef(tx, entry.groupId);
    const actor = await personRef(tx, entry.actorId);
    const linkId = entry.target?.inviteLinkId;
    const memberId = entry.target?.userId;
    if (type.startsWith('invite_link.') && linkId) {
      // A reset announces the link that replaced the old code.
      const newLinkId = (entry.details as { newInviteLinkId?: string } | undefined)?.newInviteLinkId;
      return { group, actor, inviteLink: await inviteLinkRef(tx, newLinkId ?? linkId) } as never;
    }
    if (type === 'member.role_changed' && memberId) {
      const role = entry.details?.changes?.role;
      return {
        group,
        actor,
        member: await person(tx, memberId),
        before: String(role?.before ?? ''),
        after: String(role?.after ?? ''),
      } as never;
    }
    if (memberId) return { group, actor, member: await person(tx, memberId) } as never;
    return { group, actor } as never;
  });
}
