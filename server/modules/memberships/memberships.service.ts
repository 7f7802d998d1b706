import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { type InvalidationBus, membershipKey } from '../../shared/invalidation-bus.js';
import { recordActivity } from '../activity/activity.repository.js';
import { can, outranks } from '../groups/groups.policy.js';
import { adjustMemberCount, findRole } from '../groups/groups.repository.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import { declinePendingRequestsOf, reopenDeclinedRequests } from '../join-requests/join-requests.repository.js';
import { emitIfSubscribed, personRef } from '../webhooks/webhook-emit.js';
import * as repository from './memberships.repository.js';
import type { MemberCursor } from './memberships.repository.js';
import type { MemberRoleCache } from './member-role-cache.js';
import { membersPageJson } from './members-page-json.js';
import { MEMBERS_PAGE_SIZE } from './memberships.schemas.js';

/** A page of the People tab, as the JSON text of `membersResponse` (members-page-json.ts writes it). */
export async function listMembers(
  db: Database,
  roles: MemberRoleCache,
  input: { idOrSlug: string; userId: string | null; cursor?: string; search?: string; inviteLinkId?: string },
): Promise<string> {
  const { groupId, role } = await roles.authorize(db, input.idOrSlug, input.userId, 'viewMembers');
  // How each person joined (which link, who invited them, demo data) is for the people who run the group, and
  // only they may find people by email.
  const seesAttribution = can(role, 'manageInviteLinks');
  const rows = await repository.listMembersPage(db, {
    searchEmails: seesAttribution,
    groupId,
    cursor: input.cursor ? decodeCursor(input.cursor) : undefined,
    search: input.search || undefined,
    inviteLinkId: input.inviteLinkId,
  });
  return membersPageAnswer(rows, seesAttribution);
}

/**
 * The answer for the rows a page query read (one more than a page when a next page exists): the page's JSON and
 * the cursor of its last member. The bench's Node floor writes its answer with this too.
 */
export function membersPageAnswer(rows: readonly repository.MemberRow[], withAttribution: boolean): string {
  const last = rows.length > MEMBERS_PAGE_SIZE ? rows[MEMBERS_PAGE_SIZE - 1] : undefined;
  const nextCursor = last ? encodeCursor({ joinedAt: last[3], userId: last[0] }) : null;
  return membersPageJson(rows, Math.min(rows.length, MEMBERS_PAGE_SIZE), withAttribution, nextCursor);
}

function encodeCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.joinedAt, cursor.userId])).toString('base64url');
}

const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(value: string): MemberCursor {
  try {
    const [joinedAt, userId] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    // Only the shapes encodeCursor writes (PostgreSQL's timestamptz text and a uuid): a crafted cursor is a 400.
    if (
      typeof joinedAt === 'string' &&
      CURSOR_TIMESTAMP.test(joinedAt) &&
      !Number.isNaN(Date.parse(joinedAt)) &&
      typeof userId === 'string' &&
      UUID.test(userId)
    ) {
      return { joinedAt, userId };
    }
  } catch {}
  throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page.');
}

/** Loads the target member and checks the actor outranks them (admins act on members, owners on both). */
async function authorizeActionOnMember(
  db: Database,
  input: { idOrSlug: string; actorId: string; targetUserId: string },
  action: 'changeRoles' | 'removeMembers' | 'banMembers',
) {
  const { group, role } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, action, { lock: true });
  const targetRole = await findRole(db, group.id, input.targetUserId);
  if (targetRole && !outranks(role, targetRole)) {
    throw new AppError('forbidden', 'You cannot do that to a member whose role is equal to or above yours.');
  }
  return { group, targetRole };
}

export async function changeMemberRole(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; actorId: string; targetUserId: string; role: 'admin' | 'member' },
) {
  const changed = await db.transaction(async (tx) => {
    const { group, targetRole } = await authorizeActionOnMember(tx, input, 'changeRoles');
    if (!targetRole) throw new AppError('member_not_found', 'That person is not a member of this group.');
    await repository.updateRole(tx, group.id, input.targetUserId, input.role);
    if (targetRole !== input.role) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: input.actorId,
        kind: 'member.role_changed',
        target: { userId: input.targetUserId },
        details: { changes: { role: { before: targetRole, after: input.role } } },
      });
    }
    return { groupId: group.id, userId: input.targetUserId, role: input.role };
  });
  // Every instance's MemberRoleCache drops the old role at once (a demoted admin loses admin rights everywhere).
  await invalidations.publish({ kind: 'membership', id: membershipKey(changed.groupId, changed.userId) });
  return { userId: changed.userId, role: changed.role };
}

/** How long "Undo" can re-add a removed or banned member as they were. The toast offers it for a few seconds. */
export const UNDO_WINDOW_MS = 10 * 60_000;

export async function removeMember(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; actorId: string; targetUserId: string },
) {
  if (input.targetUserId === input.actorId) {
    return leaveGroup(db, invalidations, { idOrSlug: input.idOrSlug, userId: input.actorId });
  }
  const groupId = await db.transaction(async (tx) => {
    const { group, targetRole } = await authorizeActionOnMember(tx, input, 'removeMembers');
    if (!targetRole) throw new AppError('member_not_found', 'That person is not a member of this group.');
    const removed = await repository.deleteMembership(tx, group.id, input.targetUserId);
    if (removed) await repository.saveRemovalSnapshot(tx, removed, { banned: false, removedBy: input.actorId });
    await adjustMemberCount(tx, group.id, -1);
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'member.removed',
      target: { userId: input.targetUserId },
      details: { role: targetRole },
    });
    return group.id;
  });
  await invalidations.publish({ kind: 'membership', id: membershipKey(groupId, input.targetUserId) });
}

/** Bans a member or any user: removes the membership and open requests, and blocks every way back in. */
export async function banUser(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; actorId: string; targetUserId: string },
) {
  const groupId = await db.transaction(async (tx) => {
    const { group } = await authorizeActionOnMember(tx, input, 'banMembers');
    if (input.targetUserId === input.actorId) throw new AppError('forbidden', 'You cannot ban yourself.');
    if (!(await repository.userExists(tx, input.targetUserId))) {
      throw new AppError('member_not_found', 'There is no such person to ban.');
    }
    // The ban keeps the ids of the requests it declines, so "Undo" can reopen exactly those.
    const declinedRequestIds = await declinePendingRequestsOf(tx, group.id, input.targetUserId, input.actorId);
    await repository.insertBan(tx, {
      groupId: group.id,
      userId: input.targetUserId,
      bannedBy: input.actorId,
      declinedRequestIds,
    });
    const removed = await repository.deleteMembership(tx, group.id, input.targetUserId);
    if (removed) {
      await repository.saveRemovalSnapshot(tx, removed, { banned: true, removedBy: input.actorId });
      await adjustMemberCount(tx, group.id, -1);
    } else {
      // An older removal's snapshot must not let "Undo" of this ban re-add the person.
      await repository.deleteRemovalSnapshot(tx, group.id, input.targetUserId);
    }
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'member.banned',
      target: { userId: input.targetUserId },
    });
    return group.id;
  });
  await invalidations.publish({ kind: 'membership', id: membershipKey(groupId, input.targetUserId) });
}

export async function unbanUser(db: Database, input: { idOrSlug: string; actorId: string; targetUserId: string }) {
  await db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'banMembers');
    if (!(await repository.deleteBan(tx, group.id, input.targetUserId))) {
      throw new AppError('not_found', 'That person is not banned from this group.');
    }
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'member.unbanned',
      target: { userId: input.targetUserId },
    });
  });
}

export async function listBans(db: Database, input: { idOrSlug: string; actorId: string }) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'banMembers');
  const rows = await repository.listBans(db, group.id);
  return rows.map((row) => ({
    user: { id: row.userId, name: row.name },
    bannedAt: row.bannedAt.toISOString(),
    bannedBy: row.bannedByName ? { name: row.bannedByName } : null,
  }));
}

/**
 * Undoes a recent removal or ban in one transaction: lifts the ban that came with it, reopens the join requests
 * the ban declined, and re-adds the person with the role, join date and attribution they had. A ban of someone
 * who was not a member is lifted (and, within the undo window, their declined requests reopened).
 */
export async function restoreMember(db: Database, input: { idOrSlug: string; actorId: string; targetUserId: string }) {
  return db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'removeMembers', { lock: true });
    if (await findRole(tx, group.id, input.targetUserId)) {
      throw new AppError('undo_unavailable', 'That person is already a member again.');
    }
    const snapshot = await repository.deleteRemovalSnapshot(tx, group.id, input.targetUserId);
    const recent = snapshot && Date.now() - snapshot.removedAt.getTime() <= UNDO_WINDOW_MS ? snapshot : undefined;
    if (recent && !outranks(role, recent.role)) {
      throw new AppError('forbidden', 'You cannot restore a member whose role is equal to or above yours.');
    }
    const wasBanned = recent ? recent.banned : await repository.isBanned(tx, group.id, input.targetUserId);
    if (!recent && !wasBanned) {
      throw new AppError('undo_unavailable', 'There is no recent removal or ban of that person to undo.');
    }
    if (wasBanned) {
      if (!can(role, 'banMembers')) throw new AppError('forbidden', 'You cannot lift bans in this group.');
      const ban = await repository.liftBan(tx, group.id, input.targetUserId);
      // Within the undo window the undo puts back what the ban changed: the requests it declined are pending
      // again. A ban lifted later (the non-member branch below has no window) leaves them declined, like Unban.
      if (ban && Date.now() - ban.createdAt.getTime() <= UNDO_WINDOW_MS) {
        await reopenDeclinedRequests(tx, group.id, ban.declinedRequestIds);
      }
    }
    if (!recent) return { userId: input.targetUserId, role: null, restored: false };
    await repository.insertMembership(tx, {
      groupId: group.id,
      userId: recent.userId,
      role: recent.role,
      joinedAt: recent.joinedAt,
      joinedVia: recent.joinedVia,
      inviteLinkId: recent.inviteLinkId,
      emailInviteId: recent.emailInviteId,
      invitedBy: recent.invitedBy,
    });
    await adjustMemberCount(tx, group.id, 1);
    return { userId: input.targetUserId, role: recent.role, restored: true };
  });
}

/** A member leaves on their own. The owner must hand the group to someone first, so it is never left ownerless. */
export async function leaveGroup(db: Database, invalidations: InvalidationBus, input: { idOrSlug: string; userId: string }) {
  const groupId = await db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.userId, 'viewGroup', { lock: true });
    if (!role) throw new AppError('member_not_found', 'You are not a member of this group.');
    if (role === 'owner' && (await repository.countOwners(tx, group.id)) <= 1) {
      throw new AppError(
        'owner_must_transfer',
        'You own this group. Transfer ownership to another member (or delete the group) before leaving.',
      );
    }
    await repository.deleteMembership(tx, group.id, input.userId);
    await adjustMemberCount(tx, group.id, -1);
    await emitIfSubscribed(tx, group.id, 'member.left', async () => ({
      group: { id: group.id, name: group.name },
      member: (await personRef(tx, input.userId))!,
    }));
    return group.id;
  });
  await invalidations.publish({ kind: 'membership', id: membershipKey(groupId, input.userId) });
}
