import type { Database } from '../../db/client.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import { recordActivity } from '../activity/activity.repository.js';
import { renderAvatar } from './avatar-image.js';
import * as repository from './groups.repository.js';
import { authorizeGroupAction, presentGroup } from './groups.service.js';

/** Replaces the group's picture; the new version gives it a new URL, so caches never show the old one. */
export async function uploadGroupAvatar(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; userId: string; image: Buffer },
) {
  // Decoding happens before the transaction: no row is locked while sharp works.
  await authorizeGroupAction(db, input.idOrSlug, input.userId, 'editGroupProfile');
  const images = await renderAvatar(input.image);
  const group = await db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.userId, 'editGroupProfile', { lock: true });
    const version = await repository.saveAvatar(tx, group.id, images);
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.userId,
      kind: 'group.picture_changed',
      details: { picture: 'uploaded' },
    });
    return presentGroup(await repository.updateGroup(tx, group.id, { avatarVersion: version }), role);
  });
  await invalidations.publish({ kind: 'group', id: group.id });
  return group;
}

export async function removeGroupAvatar(
  db: Database,
  invalidations: InvalidationBus,
  input: { idOrSlug: string; userId: string },
) {
  const group = await db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.userId, 'editGroupProfile', { lock: true });
    await repository.emptyAvatar(tx, group.id);
    if (group.avatarVersion !== null || group.avatarUrl !== null) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: input.userId,
        kind: 'group.picture_changed',
        details: { picture: 'removed' },
      });
    }
    return presentGroup(await repository.updateGroup(tx, group.id, { avatarVersion: null, avatarUrl: null }), role);
  });
  await invalidations.publish({ kind: 'group', id: group.id });
  return group;
}

/**
 * Pictures are public by their URL (which holds the group's random id): invite previews, social cards and
 * crawlers show them to people who are not members yet.
 */
export async function findGroupAvatar(db: Database, input: { groupId: string; version: number; size: 128 | 512 }) {
  return repository.findAvatarImage(db, input.groupId, input.version, input.size);
}
