import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared.js';
import { sessions, users } from '../../db/schema/index.js';

export async function insertUser(
  db: Database,
  values: {
    name: string;
    email: string;
    passwordHash: string;
    signedUpViaInviteLinkId?: string | null;
    emailVerifiedAt?: Date | null;
  },
) {
  const [user] = await db.insert(users).values(values).returning();
  return user!;
}

export async function findUserByEmail(db: Database, email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return user;
}

export async function insertSession(db: Database, values: { tokenHash: Buffer; userId: string; expiresAt: Date }) {
  await db.insert(sessions).values(values);
}

export async function deleteExpiredSessions(db: Database, userId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, new Date())));
}

export async function deleteSession(db: Database, tokenHash: Buffer) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function findUserBySessionHash(db: Database, tokenHash: Buffer, now: Date) {
  // Runs on every signed-in request: prepared once per connection.
  const statement = preparedStatement(db, 'find_user_by_session', () =>
    db
      .select({ id: users.id, name: users.name, email: users.email, emailVerifiedAt: users.emailVerifiedAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .limit(1)
      .prepare('find_user_by_session'),
  );
  const [row] = await statement.execute({ tokenHash, now });
  return row && { id: row.id, name: row.name, email: row.email, emailVerified: row.emailVerifiedAt !== null };
}

export async function deleteSessionsOfUser(db: Database, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Marks the account's address verified (once); true when this call is the one that verified it. */
export async function markEmailVerified(db: Database, userId: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ emailVerifiedAt: sql`now()` })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}
