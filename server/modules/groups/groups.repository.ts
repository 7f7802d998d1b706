import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared.js';
import { groupAvatars, groupBans, groups, joinRequests, memberships, users } from '../../db/schema/index.js';
import type { Role } from './groups.policy.js';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GroupRow = typeof groups.$inferSelect;

/**
 * A group's columns with its live member count: the row's own count plus the joins accept counted on the
 * group's shards (decision 121). Select groups with this, never with the bare table.
 */
export const groupColumns = {
  ...getTableColumns(groups),
  memberCount:
    sql<number>`(${groups.memberCount} + coalesce((select sum(s.members) from group_member_count_shards s where s.group_id = ${groups.id}), 0))::int`.mapWith(
      Number,
    ),
};

/**
 * Inserts the group unless its slug is taken, answering undefined then. A concurrent insert of the same slug is
 * waited for (ON CONFLICT does), so the caller can look again and pick the next free slug without a failed
 * statement aborting its transaction.
 */
export async function insertGroupUnlessSlugTaken(db: Database, values: typeof groups.$inferInsert) {
  const [group] = await db.insert(groups).values(values).onConflictDoNothing({ target: groups.slug }).returning();
  return group as GroupRow | undefined;
}

/** The slugs in use among `base` and `base-<number>` (base holds only a-z, 0-9 and hyphens, see groups.rules). */
export async function findTakenSlugs(db: Database, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: groups.slug })
    .from(groups)
    .where(sql`${groups.slug} = ${base} or (${groups.slug} like ${`${base}-%`} and ${groups.slug} ~ ${`^${base}-[0-9]+$`})`);
  return rows.map((row) => row.slug);
}

/**
 * Makes one person's group creations take turns until the transaction ends, so a double-clicked "Create" finds
 * the first group when checking for a duplicate name. FOR NO KEY UPDATE does not block the KEY SHARE locks that
 * foreign keys take on the row, so the person's other writes (joining, requests) go on meanwhile.
 */
export async function lockCreatorForGroupCreation(db: Database, userId: string) {
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('no key update');
}

/** The groups a person owns, for the duplicate-name check (owners have a handful; names are compared in JS). */
export async function listGroupNamesOwnedBy(db: Database, userId: string) {
  return db
    .select({ id: groups.id, slug: groups.slug, name: groups.name })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'owner')));
}

/** Finds a group by id or slug with the viewer's role in it (null when not a member), in one round-trip. */
export async function findGroupWithRole(db: Database, idOrSlug: string, userId: string | null, options: { lock?: boolean } = {}) {
  const byId = UUID_SHAPE.test(idOrSlug);
  const build = () =>
    db
      .select({ group: groupColumns, role: memberships.role })
      .from(groups)
      .leftJoin(memberships, and(eq(memberships.groupId, groups.id), eq(memberships.userId, sql.placeholder('userId'))))
      .where(byId ? eq(groups.id, sql.placeholder('group')) : eq(groups.slug, sql.placeholder('group')))
      .limit(1);
  const parameters = { group: idOrSlug, userId: userId ?? NO_USER };
  const [row] = options.lock
    ? await build().for('no key update', { of: groups }).execute(parameters)
    : await preparedStatement(db, `find_group_with_role_by_${byId ? 'id' : 'slug'}`, () =>
        build().prepare(`find_group_with_role_by_${byId ? 'id' : 'slug'}`),
      ).execute(parameters);
  if (!row) return undefined;
  return { group: row.group, role: (row.role ?? null) as Role | null };
}

/** Matches no membership: signed-out viewers get the group with a null role. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

export async function findRole(db: Database, groupId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

export async function listGroupsOfUser(db: Database, userId: string) {
  return db
    .select({ group: groupColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(memberships.joinedAt));
}

/**
 * Holds the group for a join until commit (KEY SHARE, what the membership's foreign key takes anyway), taken
 * before the link so every accept locks group, link, shards in that order (decision 121): admins' edits (NO KEY
 * UPDATE) go on beside it, a deletion waits for it or it for the deletion.
 */
export async function holdGroupForJoin(db: Database, groupId: string): Promise<boolean> {
  const rows = await db.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId)).for('key share');
  return rows.length > 0;
}

/** A join through an invite link, counted on one of the group's shards rather than its hot row (decision 121). */
export async function countMemberJoin(db: Database, groupId: string) {
  await db.execute(sql`select hearth_count_member_join(${groupId})`);
}

export async function adjustMemberCount(db: Database, groupId: string, delta: number) {
  await db
    .update(groups)
    .set({ memberCount: sql`${groups.memberCount} + ${delta}` })
    .where(eq(groups.id, groupId));
}

export async function updateGroup(db: Database, groupId: string, values: Partial<typeof groups.$inferInsert>) {
  const [group] = await db.update(groups).set(values).where(eq(groups.id, groupId)).returning(groupColumns);
  return group!;
}

export type ViewerStanding =
  | { status: 'member'; role: Role }
  | { status: 'banned' | 'pending' | null; role: null }
  | { status: 'declined'; role: null; declinedAt: Date };

/** The viewer's standing in a group: member, banned, an open or declined latest request, or nothing yet. */
export async function findViewerStanding(db: Database, groupId: string, userId: string): Promise<ViewerStanding> {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)))
    .limit(1);
  if (member) return { status: 'member', role: member.role };
  const [ban] = await db
    .select({ userId: groupBans.userId })
    .from(groupBans)
    .where(and(eq(groupBans.groupId, groupId), eq(groupBans.userId, userId)))
    .limit(1);
  if (ban) return { status: 'banned', role: null };
  const [latest] = await db
    .select({ status: joinRequests.status, decidedAt: joinRequests.decidedAt, createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.userId, userId)))
    .orderBy(desc(joinRequests.createdAt))
    .limit(1);
  if (latest?.status === 'pending') return { status: 'pending', role: null };
  if (latest?.status === 'declined') return { status: 'declined', role: null, declinedAt: latest.decidedAt ?? latest.createdAt };
  return { status: null, role: null };
}

/** Groups the user asked to join and is still waiting on, newest request first. */
export async function listGroupsRequestedBy(db: Database, userId: string) {
  return db
    .select({ group: groupColumns })
    .from(joinRequests)
    .innerJoin(groups, eq(groups.id, joinRequests.groupId))
    .where(and(eq(joinRequests.userId, userId), eq(joinRequests.status, 'pending')))
    .orderBy(desc(joinRequests.createdAt));
}

export async function countPendingRequests(db: Database, groupId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(joinRequests)
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.status, 'pending')));
  return row?.count ?? 0;
}

/** Deletes the group; memberships, bans, links, requests and the picture go with it (foreign keys cascade). */
export async function deleteGroup(db: Database, groupId: string) {
  await db.delete(groups).where(eq(groups.id, groupId));
}

/**
 * Stores a new picture under the next version. The row outlives a removal (with its images emptied) so a
 * version number, cached for a year by browsers, never comes back with another picture.
 */
export async function saveAvatar(db: Database, groupId: string, images: { image512: Buffer; image128: Buffer }) {
  const [row] = await db
    .insert(groupAvatars)
    .values({ groupId, version: 1, ...images })
    .onConflictDoUpdate({
      target: groupAvatars.groupId,
      set: { version: sql`${groupAvatars.version} + 1`, ...images, updatedAt: sql`now()` },
    })
    .returning({ version: groupAvatars.version });
  return row!.version;
}

export async function emptyAvatar(db: Database, groupId: string) {
  await db
    .update(groupAvatars)
    .set({ image512: Buffer.alloc(0), image128: Buffer.alloc(0), updatedAt: sql`now()` })
    .where(eq(groupAvatars.groupId, groupId));
}

/** One size of a group's current picture, or undefined when that version is not the current one. */
export async function findAvatarImage(db: Database, groupId: string, version: number, size: 128 | 512) {
  const [row] = await db
    .select({ image: size === 512 ? groupAvatars.image512 : groupAvatars.image128 })
    .from(groupAvatars)
    .innerJoin(groups, eq(groups.id, groupAvatars.groupId))
    .where(and(eq(groupAvatars.groupId, groupId), eq(groupAvatars.version, version), eq(groups.avatarVersion, version)))
    .limit(1);
  return row && row.image.length > 0 ? row.image : undefined;
}
