import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import type { groups } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import { recordActivity } from '../activity/activity.repository.js';
import { changedFields } from '../activity/activity.rules.js';
import { attributionRef, emitIfSubscribed, personRef } from '../webhooks/webhook-emit.js';
import { decidePendingRequestsAndAdmit } from '../join-requests/join-requests.service.js';
import { insertMembership, isBanned, updateRole } from '../memberships/memberships.repository.js';
import { type ActorRole, can, type GroupAction } from './groups.policy.js';
import * as repository from './groups.repository.js';
import type { GroupRow } from './groups.repository.js';
import { avatarUrlOf, firstFreeSlug, isSameGroupName, slugBaseForGroupName } from './groups.rules.js';

export type GroupView = ReturnType<typeof presentGroup>;
type ViewerStatus = 'member' | 'pending' | 'declined' | 'banned' | null;

export function presentGroup(group: GroupRow, role: ActorRole, viewerStatus: ViewerStatus = role ? 'member' : null) {
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    visibility: group.visibility,
    avatarUrl: avatarUrlOf(group),
    memberCount: group.memberCount,
    invitesPaused: group.invitesPaused,
    membershipQuestions: group.membershipQuestions,
    /** For members: people looking at the public page or waiting on a request do not see it yet. */
    welcomeMessage: role ? group.welcomeMessage : '',
    previewShowsMemberCount: group.previewShowsMemberCount,
    previewShowsDescription: group.previewShowsDescription,
    requestAgainAfterDays: group.requestAgainAfterDays,
    role,
    viewerStatus,
  };
}

export async function createGroup(
  db: Database,
  input: { ownerId: string; name: string; description?: string; visibility: 'public' | 'private' },
) {
  return db.transaction(async (tx) => {
    await repository.lockCreatorForGroupCreation(tx, input.ownerId);
    await refuseNameTheOwnerAlreadyUses(tx, input.ownerId, input.name);
    const group = await insertWithReadableSlug(tx, {
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

/**
 * A second group with the same name as one the person already owns is almost always a double submit or a
 * forgotten first try, and leaves two look-alikes in My groups. Different owners may share a name (their slugs
 * differ by a number). The answer names the existing group so the form can offer to open it.
 */
async function refuseNameTheOwnerAlreadyUses(tx: Database, ownerId: string, name: string, except?: string) {
  const owned = await repository.listGroupNamesOwnedBy(tx, ownerId);
  const existing = owned.find((group) => group.id !== except && isSameGroupName(group.name, name));
  if (existing) {
    throw new AppError(
      'group_name_taken',
      `You already own a group called “${existing.name}”. Choose another name for the new one.`,
      {},
      { group: existing },
    );
  }
}

/** Attempts before giving up on a readable slug; each lost attempt means another group just took that slug. */
const SLUG_ATTEMPTS = 10;

/**
 * Inserts the group under its readable slug, or the smallest free `-N` variant. Two people creating "Book Club"
 * at once both pick `book-club`; the unique index lets one in and the other looks again and takes `book-club-2`.
 * After SLUG_ATTEMPTS lost races a random suffix ends the contest instead of looping on.
 */
async function insertWithReadableSlug(tx: Database, values: Omit<typeof groups.$inferInsert, 'slug'>) {
  const base = slugBaseForGroupName(values.name);
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    const slug = firstFreeSlug(base, await repository.findTakenSlugs(tx, base));
    const group = await repository.insertGroupUnlessSlugTaken(tx, { ...values, slug });
    if (group) return group;
  }
  const group = await repository.insertGroupUnlessSlugTaken(tx, { ...values, slug: `${base}-${randomSlugSuffix()}` });
  if (!group) throw new Error(`no free slug for "${base}"`);
  return group;
}

const randomSlugSuffix = () => randomBytes(4).readUInt32BE(0).toString(36);

export async function listMyGroups(db: Database, userId: string) {
  const [rows, requested] = await Promise.all([
    repository.listGroupsOfUser(db, userId),
    repository.listGroupsRequestedBy(db, userId),
  ]);
  return {
    groups: rows.map((row) => presentGroup(row.group, row.role)),
    requestedGroups: requested.map((row) => presentGroup(row.group, null, 'pending')),
  };
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

/**
 * A group as its viewer may see it. Non-members see a public group (its public page) with where they stand
 * (banned, requested); a private group stays a 404 for them, except for someone whose request is pending, who
 * already saw it in the invite and is told their request awaits approval.
 */
export async function getGroup(db: Database, idOrSlug: string, userId: string | null) {
  const found = await repository.findGroupWithRole(db, idOrSlug, userId);
  if (found && found.role !== null) return presentGroup(found.group, found.role);
  const standing = found && userId ? await repository.findViewerStanding(db, found.group.id, userId) : null;
  if (!found || (found.group.visibility === 'private' && standing?.status !== 'pending')) {
    throw new AppError('group_not_found', 'This group does not exist, or you are not a member of it.');
  }
  return presentGroup(found.group, null, standing?.status ?? null);
}

type SettingsInput = {
  idOrSlug: string;
  userId: string;
  membershipQuestions?: string[];
  description?: string;
  name?: string;
  visibility?: 'public' | 'private';
  pendingRequests?: 'approve' | 'keep';
  welcomeMessage?: string;
  previewShowsMemberCount?: boolean;
  previewShowsDescription?: boolean;
  requestAgainAfterDays?: number | null;
};

/** Fields admins may change too; anything else in the body needs the owner. */
const profileFields = new Set(['description', 'welcomeMessage']);

export async function updateGroupSettings(
  context: Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'invalidations'>,
  input: SettingsInput,
) {
  const { db, invalidations } = context;
  const mail: string[] = [];
  const { idOrSlug, userId, pendingRequests, ...changes } = input;
  const changed = Object.entries(changes).filter(([, value]) => value !== undefined);
  const action = changed.every(([field]) => profileFields.has(field)) ? 'editGroupProfile' : 'editGroupSettings';
  const updated = await db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, idOrSlug, userId, action, { lock: true });
    // Renaming to a name another of the owner's groups has is refused like creating it; the slug stays (see
    // docs/decisions/125-readable-slugs.md), so shared links and bookmarks keep working.
    if (changes.name !== undefined && !isSameGroupName(changes.name, group.name)) {
      await refuseNameTheOwnerAlreadyUses(tx, userId, changes.name, group.id);
    }
    if (group.visibility === 'private' && changes.visibility === 'public') {
      const pending = await repository.countPendingRequests(tx, group.id);
      if (pending > 0 && !pendingRequests) {
        throw new AppError(
          'pending_requests_decision_needed',
          `${pending} ${pending === 1 ? 'person is' : 'people are'} waiting for approval. Choose whether to approve them all or keep them for review.`,
          {},
          { pendingRequests: pending },
        );
      }
      if (pending > 0 && pendingRequests === 'approve') {
        mail.push(...(await decidePendingRequestsAndAdmit(tx, context, { group, decidedBy: userId })));
      }
    }
    // An empty change (e.g. `{}`) saves nothing and answers the group as it is.
    const row = changed.length > 0 ? await repository.updateGroup(tx, group.id, Object.fromEntries(changed)) : group;
    const before = changedFields(group, Object.fromEntries(changed));
    if (Object.keys(before).length > 0) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: userId,
        kind: 'group.settings_changed',
        details: { changes: before },
      });
    }
    return presentGroup(row, role);
  });
  await context.mailQueue.enqueue(mail);
  // Invite previews show the name, description and questions: drop them from every instance's cache.
  await invalidations.publish({ kind: 'group', id: updated.id });
  return updated;
}

/** The owner hands the group to another member, and stays on as an admin. */
export async function transferOwnership(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; actorId: string; newOwnerId: string },
) {
  const group = await db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'transferOwnership', { lock: true });
    if (input.newOwnerId === input.actorId) throw new AppError('validation_failed', 'You already own this group.');
    const targetRole = await repository.findRole(tx, group.id, input.newOwnerId);
    if (!targetRole) throw new AppError('member_not_found', 'Only a member of the group can become its owner.');
    await updateRole(tx, group.id, input.newOwnerId, 'owner');
    await updateRole(tx, group.id, input.actorId, 'admin');
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'group.ownership_transferred',
      target: { userId: input.newOwnerId },
    });
    return presentGroup(group, 'admin');
  });
  await invalidations.publish({ kind: 'group', id: group.id });
  return group;
}

/** Deletes a group for good, once its owner has typed its name. */
export async function deleteGroup(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; actorId: string; confirmName: string },
) {
  const groupId = await db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'deleteGroup', { lock: true });
    if (input.confirmName.trim() !== group.name.trim()) {
      throw new AppError('validation_failed', `Type the group's name, ${group.name}, to confirm.`);
    }
    await repository.deleteGroup(tx, group.id);
    return group.id;
  });
  await invalidations.publish({ kind: 'group', id: groupId });
}

/** Joins a public group from its page: no link needed, bans still apply. */
export async function joinPublicGroup(db: Database, input: { idOrSlug: string; userId: string }) {
  return db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.userId, 'viewGroup', { lock: true });
    const membership = (memberRole: 'owner' | 'admin' | 'member') => ({
      groupId: group.id,
      groupSlug: group.slug,
      status: 'active' as const,
      role: memberRole,
    });
    if (role) return { membership: membership(role), alreadyMember: true };
    if (await isBanned(tx, group.id, input.userId)) throw new AppError('banned', 'You cannot join this group.');
    // authorizeGroupAction hid private groups from non-members, so this group is public.
    await insertMembership(tx, { groupId: group.id, userId: input.userId, role: 'member', joinedVia: 'public_page' });
    await repository.adjustMemberCount(tx, group.id, 1);
    await emitIfSubscribed(tx, group.id, 'member.joined', async () => ({
      group: { id: group.id, name: group.name },
      member: (await personRef(tx, input.userId))!,
      attribution: await attributionRef(tx, { via: 'public_join' }),
    }));
    return { membership: membership('member') };
  });
}
