import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { inviteLinks, joinRequests, users } from '../../db/schema/index.js';

export type JoinRequestRow = typeof joinRequests.$inferSelect;

export async function insertJoinRequest(db: Database, values: typeof joinRequests.$inferInsert) {
  const [request] = await db.insert(joinRequests).values(values).returning();
  return request!;
}

/** Declines a person's open requests (a ban does), answering their ids so an undo can reopen exactly these. */
export async function declinePendingRequestsOf(
  db: Database,
  groupId: string,
  userId: string,
  decidedBy: string,
): Promise<string[]> {
  const rows = await db
    .update(joinRequests)
    .set({ status: 'declined', decidedAt: new Date(), decidedBy })
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.userId, userId), eq(joinRequests.status, 'pending')))
    .returning({ id: joinRequests.id });
  return rows.map((row) => row.id);
}

/**
 * Puts requests a ban declined back to pending, as they were before it (undecided). Only rows still declined
 * change: nothing can decide a banned person's request in between, but the guard keeps the undo exact anyway.
 */
export async function reopenDeclinedRequests(db: Database, groupId: string, requestIds: string[]): Promise<number> {
  if (requestIds.length === 0) return 0;
  const rows = await db
    .update(joinRequests)
    .set({ status: 'pending', decidedAt: null, decidedBy: null })
    .where(and(eq(joinRequests.groupId, groupId), inArray(joinRequests.id, requestIds), eq(joinRequests.status, 'declined')))
    .returning({ id: joinRequests.id });
  return rows.length;
}

export async function listJoinRequests(
  db: Database,
  options: { groupId: string; status: 'pending' | 'approved' | 'declined'; inviteLinkId?: string },
) {
  const conditions: SQL[] = [eq(joinRequests.groupId, options.groupId), eq(joinRequests.status, options.status)];
  if (options.inviteLinkId) conditions.push(eq(joinRequests.inviteLinkId, options.inviteLinkId));
  return db
    .select({ request: joinRequests, userName: users.name, inviteLinkLabel: inviteLinks.label })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .leftJoin(inviteLinks, eq(inviteLinks.id, joinRequests.inviteLinkId))
    .where(and(...conditions))
    .orderBy(asc(joinRequests.createdAt))
    .limit(500);
}

/**
 * Moves pending requests to a decision. Only rows still pending change (the UPDATE's row lock makes a second,
 * simultaneous decision find nothing), so the returned rows are exactly the ones this call decided.
 */
export async function decidePendingRequests(
  db: Database,
  options: { groupId: string; requestIds?: string[]; inviteLinkId?: string; status: 'approved' | 'declined'; decidedBy: string },
) {
  const conditions: SQL[] = [eq(joinRequests.groupId, options.groupId), eq(joinRequests.status, 'pending')];
  if (options.requestIds) conditions.push(inArray(joinRequests.id, options.requestIds));
  if (options.inviteLinkId) conditions.push(eq(joinRequests.inviteLinkId, options.inviteLinkId));
  return db
    .update(joinRequests)
    .set({ status: options.status, decidedAt: sql`now()`, decidedBy: options.decidedBy })
    .where(and(...conditions))
    .returning();
}

export async function findJoinRequests(db: Database, groupId: string, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .select()
    .from(joinRequests)
    .where(and(eq(joinRequests.groupId, groupId), inArray(joinRequests.id, requestIds)));
}
