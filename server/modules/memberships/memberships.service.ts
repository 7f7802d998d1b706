import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { recordActivity } from '../activity/activity.repository.js';
import { can, outranks } from '../groups/groups.policy.js';
import { adjustMemberCount, findRole } from '../groups/groups.repository.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import { declinePendingRequestsOf } from '../join-requests/join-requests.repository.js';
import * as repository from './memberships.repository.js';
import type { MemberCursor } from './memberships.repository.js';

export async function listMembers(
  db: Database,
  input: { idOrSlug: string; userId: string | null; pageSize: number; cursor?: string; search?: string; inviteLinkId?: string },
) {
  const { group, role } = await authorizeGroupAction(db, input.idOrSlug, input.userId, 'viewMembers');
  const rows = await repository.listMembersPage(db, {
    searchEmails: can(role, 'manageInviteLinks'),
    groupId: group.id,
    limit: input.pageSize + 1,
    cursor: input.cursor ? decodeCursor(input.cursor) : undefined,
    search: input.search || undefined,
    inviteLinkId: input.inviteLinkId,
  });
  const page = rows.slice(0, input.pageSize);
  const last = page.at(-1);
  return {
    members: page.map((row) => ({
      user: { id: row.userId, name: row.name },
      role: row.role,
      joinedAt: row.joinedAt.toISOString(),
      joinedVia: {
        kind: row.joinedVia,
        inviteLinkId: row.inviteLinkId,
        inviteLinkLabel: row.inviteLinkId ? (row.inviteLinkLabel ?? '') : null,
        invitedBy: row.invitedByName ? { name: row.invitedByName } : null,
      },
    })),
    nextCursor:
      rows.length > input.pageSize && last ? encodeCursor({ joinedAt: last.cursorJoinedAt, userId: last.userId }) : null,
  };
}

function encodeCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.joinedAt, cursor.userId])).toString('base64url');
}

function decodeCursor(value: string): MemberCursor {
  try {
    const [joinedAt, userId] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof joinedAt === 'string' && !Number.isNaN(Date.parse(joinedAt)) && /^[0-9a-f-]{36}$/i.test(userId)) {
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
  input: { idOrSlug: string; actorId: string; targetUserId: string; role: 'admin' | 'member' },
) {
  return db.transaction(async (tx) => {
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
    return { userId: input.targetUserId, role: input.role };
  });
}

export async function removeMember(db: Database, input: { idOrSlug: string; actorId: string; targetUserId: string }) {
  await db.transaction(async (tx) => {
    const { group, targetRole } = await authorizeActionOnMember(tx, input, 'removeMembers');
    if (!targetRole) throw new AppError('member_not_found', 'That person is not a member of this group.');
    await repository.deleteMembership(tx, group.id, input.targetUserId);
    await adjustMemberCount(tx, group.id, -1);
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'member.removed',
      target: { userId: input.targetUserId },
      details: { role: targetRole },
    });
  });
}

/** Bans a member or any user: removes the membership and open requests, and blocks every way back in. */
export async function banUser(db: Database, input: { idOrSlug: string; actorId: string; targetUserId: string }) {
  await db.transaction(async (tx) => {
    const { group } = await authorizeActionOnMember(tx, input, 'banMembers');
    if (input.targetUserId === input.actorId) throw new AppError('forbidden', 'You cannot ban yourself.');
    await repository.insertBan(tx, { groupId: group.id, userId: input.targetUserId, bannedBy: input.actorId });
    if (await repository.deleteMembership(tx, group.id, input.targetUserId)) await adjustMemberCount(tx, group.id, -1);
    await declinePendingRequestsOf(tx, group.id, input.targetUserId, input.actorId);
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'member.banned',
      target: { userId: input.targetUserId },
    });
  });
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
