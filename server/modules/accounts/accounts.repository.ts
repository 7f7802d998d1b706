import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared.js';
import { sessions, users } from '../../db/schema/index.js';

export async function insertUser(
  db: Database,
  values: { name: string; email: string; passwordHash: string; signedUpViaInviteLinkId?: string | null },
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
      .select({ id: users.id, name: users.name, email: users.email })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))))
      .limit(1)
      .prepare('find_user_by_session'),
  );
  const [row] = await statement.execute({ tokenHash, now });
  return row;
}
