import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, inviteLinks, inviteLinkUses, inviteLinkVisits, users } from '../../db/schema/index.js';
import { groupColumns } from '../groups/groups.repository.js';

/**
 * A link's columns with its uses: the sum of its use shards (decision 121). Select links with this, never with
 * the bare table.
 */
export const inviteLinkColumns = {
  ...getTableColumns(inviteLinks),
  uses: sql<number>`(select coalesce(sum(s.used), 0) from invite_link_use_shards s where s.invite_link_id = ${inviteLinks.id})::int`.mapWith(
    Number,
  ),
};

export type InviteLinkRow = typeof inviteLinks.$inferSelect & { uses: number };

/** A new link; the database gives it its use shards (and spreads max_uses over them) in the same statement. */
export async function insertInviteLink(db: Database, values: typeof inviteLinks.$inferInsert): Promise<InviteLinkRow> {
  const [link] = await db.insert(inviteLinks).values(values).returning(getTableColumns(inviteLinks));
  return { ...link!, uses: 0 };
}

/** The link and its group by code hash (groups are joined, so a deleted group's code is simply not found). */
export async function findInviteByCodeHash(db: Database, codeHash: Buffer) {
  const [row] = await db
    .select({ link: inviteLinkColumns, group: groupColumns, inviterName: users.name })
    .from(inviteLinks)
    .innerJoin(groups, eq(groups.id, inviteLinks.groupId))
    .leftJoin(users, eq(users.id, inviteLinks.createdBy))
    .where(eq(inviteLinks.codeHash, codeHash))
    .limit(1);
  // Tagged here, once per load, so a cached look-up is already the `resolveInvite` answer (no copy per request).
  return row && { kind: 'link' as const, ...row };
}

export async function findInviteLink(db: Database, groupId: string, linkId: string) {
  const [link] = await db
    .select(inviteLinkColumns)
    .from(inviteLinks)
    .where(and(eq(inviteLinks.groupId, groupId), eq(inviteLinks.id, linkId)))
    .limit(1);
  return link;
}

/** The group's primary link, whatever its state (a revoked link is never primary: revoking hands the role back). */
export async function findPrimaryInviteLink(db: Database, groupId: string) {
  const [link] = await db
    .select(inviteLinkColumns)
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
  const [link] = await db.update(inviteLinks).set(values).where(eq(inviteLinks.id, linkId)).returning(inviteLinkColumns);
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
 * Counts a use on one of the link's shards while the link has room (`hearth_claim_link_use`, migration 0011):
 * each shard counts under its own row lock up to its quota, so with N uses left exactly N concurrent callers
 * succeed. `lastUse` is true for exactly the one claim that took the link's last use.
 */
export async function claimUse(db: Database, inviteLinkId: string): Promise<{ claimed: boolean; lastUse: boolean }> {
  const result = (await db.execute(sql`select hearth_claim_link_use(${inviteLinkId}) as claim`)) as unknown as {
    rows: { claim: number }[];
  };
  const claim = Number(result.rows[0]?.claim ?? 0);
  return { claimed: claim > 0, lastUse: claim === 2 };
}

/**
 * The link as it is now, locked until commit (decision 121): with the leak breaker on, exclusively (its count is
 * exact because accepts through one link are then decided one after another); otherwise shared, so accepts go
 * on side by side while a revoke or a limit edit waits for them and is seen by every accept after it.
 */
export async function lockInviteLinkForAccept(
  db: Database,
  inviteLinkId: string,
  mode: 'exclusive' | 'shared',
): Promise<InviteLinkRow | undefined> {
  const [link] = await db
    .select(inviteLinkColumns)
    .from(inviteLinks)
    .where(eq(inviteLinks.id, inviteLinkId))
    .for(mode === 'exclusive' ? 'no key update' : 'share');
  return link;
}

/** The link as it is now (another transaction may have changed it since it was resolved). */
export async function findInviteLinkById(db: Database, inviteLinkId: string): Promise<InviteLinkRow | undefined> {
  const [link] = await db.select(inviteLinkColumns).from(inviteLinks).where(eq(inviteLinks.id, inviteLinkId));
  return link;
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
      link: inviteLinkColumns,
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
