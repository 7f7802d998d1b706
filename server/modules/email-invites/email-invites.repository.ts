import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { emailInvites, groups, memberships, users } from '../../db/schema/index.js';

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

export async function listEmailInvites(db: Database, groupId: string) {
  return db
    .select({ invite: emailInvites, inviterName: users.name })
    .from(emailInvites)
    .leftJoin(users, eq(users.id, emailInvites.invitedBy))
    .where(eq(emailInvites.groupId, groupId))
    .orderBy(desc(emailInvites.createdAt))
    .limit(1000);
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
    .select({ invite: emailInvites, group: groups, inviterName: users.name })
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
