import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { queryRowArrays } from '../../db/prepared.js';
import { groupBans, membershipRemovals, memberships, users } from '../../db/schema/index.js';
import type { Role } from '../groups/groups.policy.js';
import { MEMBERS_PAGE_SIZE } from './memberships.schemas.js';

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

/** The most rows one page query returns: a page of members and one more, which says a next page exists. */
export const MEMBERS_PAGE_ROWS = MEMBERS_PAGE_SIZE + 1;

type MembersPageOptions = {
  groupId: string;
  cursor?: MemberCursor;
  search?: string;
  /** Whether the search also matches emails (owners and admins only: members cannot probe addresses). */
  searchEmails?: boolean;
  inviteLinkId?: string;
};

/**
 * One page of a group's members, newest first, as plain SQL. The (joined_at, user_id) row comparison and the
 * ORDER BY match the memberships_group_newest index exactly, so a deep page costs the same as the first one.
 *
 * The LIMIT is written into the SQL, not sent as a parameter: with a parameter PostgreSQL never settled on a
 * generic plan and re-planned every request (0.33 ms planning against 0.004 ms, docs/decisions/122). The
 * time someone joined comes back as PostgreSQL's own text, with its microseconds: the next page's cursor carries
 * it as it is, so no row is skipped or repeated, and the answer's `joinedAt` is made from it in Node
 * (`isoFromTimestamptzText`), which costs less than PostgreSQL's `to_char` (docs/decisions/133).
 *
 * `name` is set for the page shapes that are planned once per connection. A search gets none: PostgreSQL then
 * plans it for its actual pattern every time, because a plan made for any `LIKE $n` is a parallel scan of users.
 */
export function membersPageStatement(options: MembersPageOptions): { name?: string; text: string; values: unknown[] } {
  if (options.search) return buildMembersPageStatement(options);
  // A named shape's text depends only on the shape: written once, then only its values are gathered per request.
  const name = namedShape(options);
  let text = namedPageTexts.get(name);
  if (text === undefined) {
    text = buildMembersPageStatement(options).text;
    namedPageTexts.set(name, text);
  }
  const values: unknown[] = [options.groupId];
  if (options.cursor) values.push(options.cursor.joinedAt, options.cursor.userId);
  if (options.inviteLinkId) values.push(options.inviteLinkId);
  return { name, text, values };
}

const namedPageTexts = new Map<string, string>();

/** The prepared statement's name of a page shape planned once per connection (not a search). */
function namedShape(options: MembersPageOptions): string {
  return `members_page_${options.cursor ? 'c' : ''}${options.inviteLinkId ? 'l' : ''}`;
}

function buildMembersPageStatement(options: MembersPageOptions): { name?: string; text: string; values: unknown[] } {
  const values: unknown[] = [options.groupId];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  // A named page statement hides the group and the cursor from the planner (`(select $n)`), so that every
  // execution costs the same to it and it keeps the generic plan. Seen as values, a big group among small ones
  // made each custom plan look cheaper than the generic one (more rows, so the LIMIT stops sooner), and
  // PostgreSQL planned every request again: 0.5–1.5 ms of planning for a 0.2 ms page (docs/decisions/129).
  // The plan is the same index walk whatever the values: the group's index, or a link's own index when the page
  // is one link's members (decision 130). A search is planned for its values on purpose.
  const named = !options.search;
  const hidden = (placeholder: string) => (named ? `(select ${placeholder})` : placeholder);
  const conditions = [`m.group_id = ${hidden('$1::uuid')}`];
  if (options.cursor) {
    conditions.push(
      `(m.joined_at, m.user_id) < (${hidden(`${parameter(options.cursor.joinedAt)}::timestamptz`)}, ${hidden(`${parameter(options.cursor.userId)}::uuid`)})`,
    );
  }
  if (options.search) {
    const pattern = parameter(containsPattern(options.search));
    conditions.push(
      options.searchEmails
        ? `(lower(u.name) like ${pattern} or lower(u.email) like ${pattern})`
        : `lower(u.name) like ${pattern}`,
    );
  }
  if (options.inviteLinkId) conditions.push(`m.invite_link_id = ${hidden(`${parameter(options.inviteLinkId)}::uuid`)}`);
  const attribution = named ? attributionJoined : attributionSubqueries;
  const text = `select u.id, u.name, m.role, m.joined_at, m.joined_via, m.invite_link_id, ${attribution.columns}
from memberships m
join users u on u.id = m.user_id${attribution.joins}
where ${conditions.join(' and ')}
order by m.joined_at desc nulls last, m.user_id desc nulls last
limit ${MEMBERS_PAGE_ROWS}`;
  return { name: named ? namedShape(options) : undefined, text, values };
}

/**
 * The link's label and the inviter's name, two ways. A named shape is planned once per connection, so it joins
 * them: the join runs cheapest (scalar subqueries cost about 12 % more per page). A search is planned for every
 * request, and the planner's cost grows with the tables it must order: the same columns read by scalar
 * subqueries leave it two tables instead of four, about half the planning (0.15 against 0.27 ms) for the same
 * execution, 5–7 % more searches per second under pgbench (docs/decisions/133).
 */
const attributionJoined = {
  columns: 'l.label, inviter.name',
  joins: `
left join invite_links l on l.id = m.invite_link_id
left join users inviter on inviter.id = m.invited_by`,
};
const attributionSubqueries = {
  columns: `(select l.label from invite_links l where l.id = m.invite_link_id),
  (select inviter.name from users inviter where inviter.id = m.invited_by)`,
  joins: '',
};

/** The page query with its parameters (for EXPLAIN and the benchmark's pgbench script). */
export function membersPageQuery(options: MembersPageOptions): { sql: string; params: unknown[] } {
  const statement = membersPageStatement(options);
  return { sql: statement.text, params: statement.values };
}

/** A member as the page query returns it, in its column order: id, name, role, joined at (PostgreSQL's text), … */
export type MemberRow = [
  userId: string,
  name: string,
  role: Role,
  joinedAtText: string,
  joinedVia: (typeof memberships.$inferSelect)['joinedVia'],
  inviteLinkId: string | null,
  inviteLinkLabel: string | null,
  invitedByName: string | null,
];

/** Runs the page query as arrays of text, skipping Drizzle's row mapping on the People tab's hot path. */
export function listMembersPage(db: Database, options: MembersPageOptions): Promise<MemberRow[]> {
  return queryRowArrays<MemberRow>(db, membersPageStatement(options));
}

/** Any part of the name or email ("hopper" finds Grace Hopper), served by the users_*_trgm indexes. */
function containsPattern(search: string): string {
  return `%${escapeLike(search.toLowerCase())}%`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
