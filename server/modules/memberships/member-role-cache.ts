import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { InvalidatedCache } from '../../shared/invalidated-cache.js';
import { type InvalidationBus, membershipKey } from '../../shared/invalidation-bus.js';
import { type ActorRole, can, type GroupAction, type Role } from '../groups/groups.policy.js';
import { authorizeGroupAction } from '../groups/groups.service.js';

/**
 * What the load found: a member's role; null for a non-member of a group they may see; or the refusal of someone
 * who may not see it (no such group, a private group's non-member). Only members are kept.
 */
type RoleEntry = { groupId: string; userId: string; role: Role | null } | { refusal: AppError };

/**
 * The People tab asks "which group is this, and what is my role in it?" on every page it loads; this answers it
 * from memory for a few seconds after the first time. Only members are kept: someone who joins was never cached
 * as a non-member, so joining needs no announcement. Whatever lowers or ends a role announces it over the
 * invalidation bus and every instance drops the entry at once: a role change, removal, ban or leave publishes the
 * membership (`membershipKey`), an ownership transfer or deleted group the group (which also covers a new slug).
 * A gap in the bus (lost LISTEN connection) drops everything. The TTL only bounds what nothing announces.
 *
 * For reads only: every write re-reads the role with the group row locked (authorizeGroupAction with `lock`).
 */
export class MemberRoleCache {
  private readonly cache = new InvalidatedCache<RoleEntry>(
    (entry) => ('refusal' in entry ? [] : [entry.groupId, membershipKey(entry.groupId, entry.userId)]),
    10_000,
    50_000,
    (entry) => !('refusal' in entry) && entry.role !== null,
  );

  constructor(bus: InvalidationBus) {
    bus.onGap(() => this.cache.clear());
    bus.subscribe((message) => {
      if (message.kind === 'group' || message.kind === 'membership') this.cache.invalidate(message.id);
    });
  }

  /** authorizeGroupAction for a read, answering with the group's id and the caller's role. */
  async authorize(
    db: Database,
    idOrSlug: string,
    userId: string | null,
    action: GroupAction,
  ): Promise<{ groupId: string; role: ActorRole }> {
    if (userId === null) {
      const { group, role } = await authorizeGroupAction(db, idOrSlug, userId, action);
      return { groupId: group.id, role };
    }
    // The load applies the group rules that do not depend on the action (no such group; a private group's
    // non-member). Their refusal is answered, not thrown, so that it is not shared with callers who joined this
    // load: like a non-member's answer, it may be out of date at once (an approval announces nothing).
    const found = await this.cache.get(`${idOrSlug} ${userId}`, async () => {
      try {
        const { group, role } = await authorizeGroupAction(db, idOrSlug, userId, 'viewGroup');
        return { groupId: group.id, userId, role };
      } catch (error) {
        if (error instanceof AppError) return { refusal: error };
        throw error;
      }
    });
    if (!found) throw new Error('unreachable: the load answers a member, a non-member or a refusal');
    if ('refusal' in found) throw found.refusal;
    if (action !== 'viewGroup' && !can(found.role, action)) {
      throw new AppError('forbidden', 'You do not have permission to do that in this group.');
    }
    return { groupId: found.groupId, role: found.role };
  }
}
