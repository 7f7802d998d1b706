import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { emitActivityWebhook } from '../webhooks/webhook-emit.js';
import { groupActivity, inviteLinks, users } from '../../db/schema/index.js';
import type { ActivityKind, FieldChange } from './activity.rules.js';

/**
 * One admin action, as the code that performs it describes it.
 *
 * ```ts
 * await db.transaction(async (tx) => {
 *   await repository.updateInviteLink(tx, link.id, { label: 'Flyer' });
 *   await recordActivity(tx, {
 *     groupId: group.id,
 *     actorId: actor.id,
 *     kind: 'invite_link.edited',
 *     target: { inviteLinkId: link.id },
 *     details: { changes: { label: { before: 'Old', after: 'Flyer' } } },
 *   });
 * });
 * ```
 */
export type ActivityEntry = {
  groupId: string;
  /** The person who acted. */
  actorId: string;
  kind: ActivityKind;
  /** What was acted on: a person (member, requester, banned user) and/or an invite link. */
  target?: { userId?: string | null; inviteLinkId?: string | null };
  details?: {
    /** Settings edits: every changed field, before → after (see changedFields in activity.rules.ts). */
    changes?: Record<string, FieldChange>;
    /** Bulk actions: how many things the one action affected (requests approved, invitations revoked). */
    count?: number;
    /** Anything else worth showing, kept small (a link's label at the time, the new role). */
    [key: string]: unknown;
  };
};

/**
 * Writes one activity entry. Always call it with the transaction that performs the action, so the entry exists
 * exactly when the action happened: a failed action rolls its entry back with it. Entries are never updated or
 * deleted (the log has no edit or delete path).
 */
export async function recordActivity(tx: Database, entry: ActivityEntry): Promise<void> {
  // The admin actions that are also webhook events are announced from here, in the same transaction.
  await emitActivityWebhook(tx, entry);
  await tx.insert(groupActivity).values({
    groupId: entry.groupId,
    actorId: entry.actorId,
    kind: entry.kind,
    targetUserId: entry.target?.userId ?? null,
    targetInviteLinkId: entry.target?.inviteLinkId ?? null,
    details: entry.details ?? {},
  });
}

export type ActivityCursor = { createdAt: string; id: string };

const actor = alias(users, 'actor');
const targetUser = alias(users, 'target_user');

/** One page newest first; the (created_at, id) comparison matches the group_activity_* indexes. */
export async function listActivityPage(
  db: Database,
  options: { groupId: string; limit: number; cursor?: ActivityCursor; kind?: ActivityKind; actorId?: string },
) {
  const conditions: SQL[] = [eq(groupActivity.groupId, options.groupId)];
  if (options.kind) conditions.push(eq(groupActivity.kind, options.kind));
  if (options.actorId) conditions.push(eq(groupActivity.actorId, options.actorId));
  if (options.cursor) {
    conditions.push(
      sql`(${groupActivity.createdAt}, ${groupActivity.id}) < (${options.cursor.createdAt}::timestamptz, ${options.cursor.id}::uuid)`,
    );
  }
  return db
    .select({
      entry: groupActivity,
      // Microseconds survive in the text form; a JS Date would round them and skip rows at a page boundary.
      cursorCreatedAt: sql<string>`${groupActivity.createdAt}::text`,
      actorName: actor.name,
      targetUserName: targetUser.name,
      targetInviteLinkLabel: inviteLinks.label,
    })
    .from(groupActivity)
    .leftJoin(actor, eq(actor.id, groupActivity.actorId))
    .leftJoin(targetUser, eq(targetUser.id, groupActivity.targetUserId))
    .leftJoin(inviteLinks, eq(inviteLinks.id, groupActivity.targetInviteLinkId))
    .where(and(...conditions))
    .orderBy(sql`${groupActivity.createdAt} desc, ${groupActivity.id} desc`)
    .limit(options.limit);
}
