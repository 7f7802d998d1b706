import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, inviteLinks, inviteLinkUses, inviteLinkVisits, users } from '../../db/schema/index.js';

export type InviteLinkRow = typeof inviteLinks.$inferSelect;

export async function insertInviteLink(db: Database, values: typeof inviteLinks.$inferInsert): Promise<InviteLinkRow> {
  const [link] = await db.insert(inviteLinks).values(values).returning();
  return link!;
}

/** The link and its group by code hash (groups are joined, so a deleted group's code is simply not found). */
export async function findInviteByCodeHash(db: Database, codeHash: Buffer) {
  const [row] = await db
    .select({ link: inviteLinks, group: groups, inviterName: users.name })
    .from(inviteLinks)
    .innerJoin(groups, eq(groups.id, inviteLinks.groupId))
    .leftJoin(users, eq(users.id, inviteLinks.createdBy))
    .where(eq(inviteLinks.codeHash, codeHash))
    .limit(1);
  return row;
}

export async function findInviteLink(db: Database, groupId: string, linkId: string) {
  const [link] = await db
    .select()
    .from(inviteLinks)
    .where(and(eq(inviteLinks.groupId, groupId), eq(inviteLinks.id, linkId)))
    .limit(1);
  return link;
}

/** The group's primary link, whatever its state (a revoked link is never primary: revoking hands the role back). */
export async function findPrimaryInviteLink(db: Database, groupId: string) {
  const [link] = await db
    .select()
    .from(inviteLinks)
    .where(and(eq(inviteLinks.groupId, groupId), eq(inviteLinks.isPrimary, true)))
    .limit(1);
  return link;
}

/** Takes the primary role from whichever link holds it, so another link can take it (one primary per group). */
export async function clearPrimaryInviteLink(db: Database, groupId: string) {
  await db
    .update(inviteLinks)
    .set({ isPrimary: false })
    .where(and(eq(inviteLinks.groupId, groupId), eq(inviteLinks.isPrimary, true)));
}

export async function updateInviteLink(db: Database, linkId: string, values: Partial<typeof inviteLinks.$inferInsert>) {
  const [link] = await db.update(inviteLinks).set(values).where(eq(inviteLinks.id, linkId)).returning();
  return link!;
}

/**
 * Records that `userId` used the link; false when they already had (a use counts once per person).
 */
export async function recordUse(db: Database, inviteLinkId: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(inviteLinkUses)
    .values({ inviteLinkId, userId })
    .onConflictDoNothing()
    .returning({ userId: inviteLinkUses.userId });
  return rows.length > 0;
}

/**
 * Counts a use only while the link has room. The UPDATE takes the row lock and Postgres re-checks the WHERE
 * after waiting for it, so with N uses left exactly N concurrent callers succeed.
 */
export async function incrementUsesWithinLimit(db: Database, inviteLinkId: string): Promise<InviteLinkRow | undefined> {
  // RETURNING gives the row as it is after waiting for the lock: a concurrent breaker trip is seen here.
  const [row] = await db
    .update(inviteLinks)
    .set({ uses: sql`${inviteLinks.uses} + 1` })
    .where(
      and(eq(inviteLinks.id, inviteLinkId), or(isNull(inviteLinks.maxUses), sql`${inviteLinks.uses} < ${inviteLinks.maxUses}`)),
    )
    .returning();
  return row;
}

export async function recordVisit(db: Database, inviteLinkId: string, visitorKey: string) {
  await db.insert(inviteLinkVisits).values({ inviteLinkId, visitorKey }).onConflictDoNothing();
}

/** Every link of a group, newest first, with its creator and funnel counts. */
export async function listInviteLinksWithStats(db: Database, groupId: string, onlyLinkId?: string) {
  const countWhere = (table: string, condition: string) =>
    sql<number>`${sql.raw(`(select count(*)::int from ${table} where ${condition})`)}`;
  return db
    .select({
      link: inviteLinks,
      creatorName: users.name,
      opened: countWhere('invite_link_visits v', 'v.invite_link_id = invite_links.id'),
      signedUp: countWhere('users su', 'su.signed_up_via_invite_link_id = invite_links.id'),
      joined: countWhere('memberships m', 'm.invite_link_id = invite_links.id'),
      pending: countWhere('join_requests r', `r.invite_link_id = invite_links.id and r.status = 'pending'`),
      approved: countWhere('join_requests r', `r.invite_link_id = invite_links.id and r.status = 'approved'`),
      declined: countWhere('join_requests r', `r.invite_link_id = invite_links.id and r.status = 'declined'`),
    })
    .from(inviteLinks)
    .leftJoin(users, eq(users.id, inviteLinks.createdBy))
    .where(and(eq(inviteLinks.groupId, groupId), onlyLinkId ? eq(inviteLinks.id, onlyLinkId) : undefined))
    .orderBy(desc(inviteLinks.createdAt));
}

/** The viewer's standing in a group (member, banned, open or declined request): see groups.repository. */
export { findViewerStanding as findViewerStatus } from '../groups/groups.repository.js';
