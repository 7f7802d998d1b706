import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import { recordActivity } from '../activity/activity.repository.js';
import { changedFields } from '../activity/activity.rules.js';
import { insertMembership } from '../memberships/memberships.repository.js';
import { type ActorRole, can, type GroupAction } from './groups.policy.js';
import * as repository from './groups.repository.js';
import type { GroupRow } from './groups.repository.js';
import { slugForGroupName } from './groups.rules.js';

export type GroupView = ReturnType<typeof presentGroup>;

export function presentGroup(group: GroupRow, role: ActorRole) {
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    visibility: group.visibility,
    avatarUrl: group.avatarUrl,
    memberCount: group.memberCount,
    invitesPaused: group.invitesPaused,
    membershipQuestions: group.membershipQuestions,
    role,
  };
}

export async function createGroup(
  db: Database,
  input: { ownerId: string; name: string; description?: string; visibility: 'public' | 'private' },
) {
  return db.transaction(async (tx) => {
    const group = await repository.insertGroup(tx, {
      slug: slugForGroupName(input.name),
      name: input.name,
      description: input.description ?? '',
      visibility: input.visibility,
      createdBy: input.ownerId,
      memberCount: 1,
    });
    await insertMembership(tx, { groupId: group.id, userId: input.ownerId, role: 'owner', joinedVia: 'created' });
    return presentGroup(group, 'owner');
  });
}

export async function listMyGroups(db: Database, userId: string) {
  const rows = await repository.listGroupsOfUser(db, userId);
  return rows.map((row) => presentGroup(row.group, row.role));
}

/**
 * Loads a group for someone about to do `action` in it. A private group is invisible (404) to non-members, so
 * its existence is not leaked; a visible group answers 403 when the role does not allow the action.
 */
export async function authorizeGroupAction(
  db: Database,
  idOrSlug: string,
  userId: string | null,
  action: GroupAction,
  options: { lock?: boolean } = {},
) {
  const found = await repository.findGroupWithRole(db, idOrSlug, userId, options);
  if (!found || (found.group.visibility === 'private' && found.role === null)) {
    throw new AppError('group_not_found', 'This group does not exist, or you are not a member of it.');
  }
  if (action !== 'viewGroup' && !can(found.role, action)) {
    throw new AppError('forbidden', 'You do not have permission to do that in this group.');
  }
  return found;
}

export async function getGroup(db: Database, idOrSlug: string, userId: string | null) {
  const { group, role } = await authorizeGroupAction(db, idOrSlug, userId, 'viewGroup');
  return presentGroup(group, role);
}

export async function updateGroupSettings(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; userId: string; membershipQuestions?: string[]; description?: string },
) {
  const { updated, role, group } = await db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.userId, 'editGroupSettings', { lock: true });
    const settings = {
      ...(input.membershipQuestions !== undefined && { membershipQuestions: input.membershipQuestions }),
      ...(input.description !== undefined && { description: input.description }),
    };
    const updated = await repository.updateGroup(tx, group.id, settings);
    const changes = changedFields(group, settings);
    if (Object.keys(changes).length > 0) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: input.userId,
        kind: 'group.settings_changed',
        details: { changes },
      });
    }
    return { updated, role, group };
  });
  // Invite previews show the description and questions: drop them from every instance's cache.
  await invalidations.publish({ kind: 'group', id: group.id });
  return presentGroup(updated, role);
}
