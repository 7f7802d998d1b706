import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared.js';
import { groupBans, inviteLinks, membershipRemovals, memberships, users } from '../../db/schema/index.js';
import type { Role } from '../groups/groups.policy.js';

type NewMembership = typeof memberships.$inferInsert;

/** Inserts a membership unless one exists; returns whether a row was added (callers then bump the count). */
export async function insertMembership(db: Database, values: NewMembership): Promise<boolean> {
  const rows = await db.insert(memberships).values(values).onConflictDoNothing().returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Deletes a membership and returns what it was (for the undo snapshot); undefined when there was none. */
export async function deleteMembership(db: Database, groupId: string, userId: string) {
  const [row] = await db
    .delete(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)))
    .returning();
  return row;
}

/** Keeps what a removed member had, replacing an older snapshot of the same person in the same group. */
export async function saveRemovalSnapshot(
  db: Database,
  removed: typeof memberships.$inferSelect,
  details: { banned: boolean; removedBy: string },
) {
  const values = { ...removed, ...details, removedAt: new Date() };
  await db
    .insert(membershipRemovals)
    .values(values)
    .onConflictDoUpdate({ target: [membershipRemovals.groupId, membershipRemovals.userId], set: values });
}

export async function deleteRemovalSnapshot(db: Database, groupId: string, userId: string) {
  const [row] = await db
    .delete(membershipRemovals)
    .where(and(eq(membershipRemovals.groupId, groupId), eq(membershipRemovals.userId, userId)))
    .returning();
  return row;
}

/** The people banned from a group, newest first, with who banned them. */
export async function listBans(db: Database, groupId: string) {
  const banner = alias(users, 'banner');
  return db
    .select({
      userId: groupBans.userId,
      name: users.name,
      bannedAt: groupBans.createdAt,
      bannedByName: banner.name,
    })
    .from(groupBans)
    .innerJoin(users, eq(users.id, groupBans.userId))
    .leftJoin(banner, eq(banner.id, groupBans.bannedBy))
    .where(eq(groupBans.groupId, groupId))
    .orderBy(sql`${groupBans.createdAt} desc`, groupBans.userId);
}

export async function updateRole(db: Database, groupId: string, userId: string, role: Role) {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)));
}

export async function countOwners(db: Database, groupId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.role, 'owner')));
  return row?.count ?? 0;
}

export async function isBanned(db: Database, groupId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: groupBans.userId })
    .from(groupBans)
    .where(and(eq(groupBans.groupId, groupId), eq(groupBans.userId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function userExists(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1);
  return row !== undefined;
}

export async function insertBan(db: Database, values: typeof groupBans.$inferInsert) {
  await db.insert(groupBans).values(values).onConflictDoNothing();
}

/** Deletes the ban and answers what it recorded (when it was made, the requests it declined), for an undo. */
export async function liftBan(db: Database, groupId: string, userId: string) {
  const [ban] = await db
    .delete(groupBans)
    .where(and(eq(groupBans.groupId, groupId), eq(groupBans.userId, userId)))
    .returning({ createdAt: groupBans.createdAt, declinedRequestIds: groupBans.declinedRequestIds });
  return ban;
}

export async function deleteBan(db: Database, groupId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(groupBans)
    .where(and(eq(groupBans.groupId, groupId), eq(groupBans.userId, userId)))
    .returning({ userId: groupBans.userId });
  return rows.length > 0;
}

export type MemberCursor = { joinedAt: string; userId: string };

const inviter = alias(users, 'inviter');

type MembersPageOptions = {
  groupId: string;
  limit: number;
  cursor?: MemberCursor;
  search?: string;
  /** Whether the search also matches emails (owners and admins only: members cannot probe addresses). */
  searchEmails?: boolean;
  inviteLinkId?: string;
};

/**
 * One page of a group's members, newest first. The (joined_at, user_id) row comparison and the ORDER BY match
 * the memberships_group_newest index exactly, so a deep page costs the same as the first one. `value` is either
 * the option itself or a placeholder of that name, so the same query serves EXPLAIN, benchmarks and the
 * prepared statements below.
 */
function buildMembersPage(db: Database, options: MembersPageOptions, value: (name: string, actual: unknown) => unknown) {
  const conditions: SQL[] = [eq(memberships.groupId, value('groupId', options.groupId) as string)];
  if (options.cursor) {
    conditions.push(
      sql`(${memberships.joinedAt}, ${memberships.userId}) < (${value('cursorJoinedAt', options.cursor.joinedAt)}::timestamptz, ${value('cursorUserId', options.cursor.userId)}::uuid)`,
    );
  }
  if (options.search) {
    const pattern = value('pattern', containsPattern(options.search));
    conditions.push(
      options.searchEmails
        ? sql`(lower(${users.name}) like ${pattern} or lower(${users.email}) like ${pattern})`
        : sql`lower(${users.name}) like ${pattern}`,
    );
  }
  if (options.inviteLinkId) conditions.push(eq(memberships.inviteLinkId, value('inviteLinkId', options.inviteLinkId) as string));
  return db
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      joinedAt: memberships.joinedAt,
      // Postgres keeps microseconds; the cursor carries the exact text so no row is skipped or repeated.
      cursorJoinedAt: sql<string>`${memberships.joinedAt}::text`,
      joinedVia: memberships.joinedVia,
      inviteLinkId: memberships.inviteLinkId,
      inviteLinkLabel: inviteLinks.label,
      invitedByName: inviter.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(inviteLinks, eq(inviteLinks.id, memberships.inviteLinkId))
    .leftJoin(inviter, eq(inviter.id, memberships.invitedBy))
    .where(and(...conditions))
    .orderBy(sql`${memberships.joinedAt} desc nulls last`, sql`${memberships.userId} desc nulls last`)
    .limit(value('limit', options.limit) as number);
}

/** The page query with its values inlined as parameters (for EXPLAIN and the benchmark's pgbench script). */
export function membersPageQuery(db: Database, options: MembersPageOptions) {
  return buildMembersPage(db, options, (_name, actual) => actual);
}

export async function listMembersPage(db: Database, options: MembersPageOptions) {
  // One prepared statement per combination of filters: the People tab's query is planned once per connection.
  const name = `members_page_${options.cursor ? 'c' : ''}${options.search ? (options.searchEmails ? 'se' : 's') : ''}${options.inviteLinkId ? 'l' : ''}`;
  const statement = preparedStatement(db, name, () =>
    buildMembersPage(db, options, (placeholder) => sql.placeholder(placeholder)).prepare(name),
  );
  return statement.execute({
    groupId: options.groupId,
    limit: options.limit,
    cursorJoinedAt: options.cursor?.joinedAt,
    cursorUserId: options.cursor?.userId,
    pattern: options.search ? containsPattern(options.search) : undefined,
    inviteLinkId: options.inviteLinkId,
  });
}

/** Any part of the name or email ("hopper" finds Grace Hopper), served by the users_*_trgm indexes. */
function containsPattern(search: string): string {
  return `%${escapeLike(search.toLowerCase())}%`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
