import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { emailInvites, groups, memberships, users } from '../../db/schema/index.js';
import type { EmailInviteCursor, EmailInviteStateFilter } from './email-invites.rules.js';
import { groupColumns } from '../groups/groups.repository.js';

export type EmailInviteRow = typeof emailInvites.$inferSelect;

/** Inserts invitations, skipping addresses that already have a live one (the partial unique index decides). */
export async function insertEmailInvites(db: Database, rows: (typeof emailInvites.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(emailInvites).values(rows).onConflictDoNothing().returning();
}

/** Which of these addresses already belong to members of the group (case-insensitive). */
export async function findMemberEmails(db: Database, groupId: string, emails: string[]) {
  if (emails.length === 0) return new Set<string>();
  const rows = await db
    .select({ email: sql<string>`lower(${users.email})` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.groupId, groupId),
        inArray(
          sql`lower(${users.email})`,
          emails.map((email) => email.toLowerCase()),
        ),
      ),
    );
  return new Set(rows.map((row) => row.email));
}

export type EmailInviteFilter = {
  groupId: string;
  /** Any part of the address, case-insensitive. */
  search?: string;
  state?: EmailInviteStateFilter;
};

/** The conditions shared by a page, its count and a bulk revoke, so "all matching" means the same rows in each. */
function matching(filter: EmailInviteFilter): SQL[] {
  const conditions: SQL[] = [eq(emailInvites.groupId, filter.groupId)];
  if (filter.search) conditions.push(sql`lower(${emailInvites.email}) like ${containsPattern(filter.search)}`);
  if (filter.state) conditions.push(stateCondition(filter.state));
  return conditions;
}

/** The SQL twin of emailInviteState: sent and opened invitations past their expiry count as expired. */
function stateCondition(state: EmailInviteStateFilter): SQL {
  const live = sql`${emailInvites.status} in ('sent', 'opened')`;
  switch (state) {
    case 'pending':
      return sql`${emailInvites.status} in ('sent', 'opened', 'bounced')`;
    case 'expired':
      return sql`(${live} and ${emailInvites.expiresAt} <= now())`;
    case 'sent':
    case 'opened':
      return sql`(${emailInvites.status} = ${state} and ${emailInvites.expiresAt} > now())`;
    default:
      return eq(emailInvites.status, state);
  }
}

function containsPattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * One page of the group's invitations, newest first, read in order from email_invites_group_newest and stopped
 * after `limit` rows: a group with 10,000 invitations costs the same as one with none.
 */
export function emailInvitesPageQuery(db: Database, options: EmailInviteFilter & { limit: number; cursor?: EmailInviteCursor }) {
  const conditions = matching(options);
  if (options.cursor) {
    conditions.push(
      sql`(${emailInvites.createdAt}, ${emailInvites.id}) < (${options.cursor.createdAt}::timestamptz, ${options.cursor.id}::uuid)`,
    );
  }
  return db
    .select({
      invite: emailInvites,
      inviterName: users.name,
      // Postgres keeps microseconds; the cursor carries the exact text so no row is skipped or repeated.
      cursorCreatedAt: sql<string>`${emailInvites.createdAt}::text`,
    })
    .from(emailInvites)
    .leftJoin(users, eq(users.id, emailInvites.invitedBy))
    .where(and(...conditions))
    .orderBy(desc(emailInvites.createdAt), desc(emailInvites.id))
    .limit(options.limit);
}

export async function listEmailInvitesPage(db: Database, options: Parameters<typeof emailInvitesPageQuery>[1]) {
  return emailInvitesPageQuery(db, options);
}

export async function countEmailInvites(db: Database, filter: EmailInviteFilter) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(emailInvites)
    .where(and(...matching(filter)));
  return row?.count ?? 0;
}

/** Revokes every matching invitation that is still open (not accepted, not already revoked) in one statement. */
export async function revokeMatchingEmailInvites(db: Database, filter: EmailInviteFilter & { ids?: string[] }) {
  const conditions = matching(filter);
  conditions.push(sql`${emailInvites.status} in ('sent', 'opened', 'bounced')`);
  if (filter.ids) conditions.push(inArray(emailInvites.id, filter.ids));
  const revoked = await db
    .update(emailInvites)
    .set({ status: 'revoked', revokedAt: sql`now()` })
    .where(and(...conditions))
    .returning({ id: emailInvites.id, email: emailInvites.email });
  return revoked;
}

export async function findEmailInvite(db: Database, groupId: string, inviteId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(emailInvites)
    .where(and(eq(emailInvites.groupId, groupId), eq(emailInvites.id, inviteId)))
    .limit(1);
  const [invite] = options.lock ? await query.for('update') : await query;
  return invite;
}

/** The invitation, its group and inviter, by code hash; locked when accepting. */
export async function findEmailInviteByCodeHash(db: Database, codeHash: Buffer, options: { lock?: boolean } = {}) {
  const query = db
    .select({ invite: emailInvites, group: groupColumns, inviterName: users.name })
    .from(emailInvites)
    .innerJoin(groups, eq(groups.id, emailInvites.groupId))
    .leftJoin(users, eq(users.id, emailInvites.invitedBy))
    .where(eq(emailInvites.codeHash, codeHash))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: emailInvites }) : await query;
  return row;
}

export async function updateEmailInvite(db: Database, inviteId: string, values: Partial<typeof emailInvites.$inferInsert>) {
  const [invite] = await db.update(emailInvites).set(values).where(eq(emailInvites.id, inviteId)).returning();
  return invite!;
}

export async function markEmailInviteOpened(db: Database, inviteId: string) {
  await db
    .update(emailInvites)
    .set({ status: 'opened', openedAt: sql`now()` })
    .where(and(eq(emailInvites.id, inviteId), eq(emailInvites.status, 'sent')));
}
