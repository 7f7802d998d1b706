import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { mailOutbox, memberships, users } from '../../db/schema/index.js';

export type OutboxMessage = typeof mailOutbox.$inferSelect;

export async function insertOutboxMessages(db: Database, messages: (typeof mailOutbox.$inferInsert)[]) {
  if (messages.length === 0) return [];
  return db.insert(mailOutbox).values(messages).returning({ id: mailOutbox.id });
}

/**
 * Takes a message for sending unless it is sent or another worker holds it. The claim expires by itself, so a
 * worker killed mid-send leaves the message to be retried (with the same Message-ID).
 */
export async function claimOutboxMessage(db: Database, id: string, claimSeconds: number): Promise<OutboxMessage | undefined> {
  const [message] = await db
    .update(mailOutbox)
    .set({ claimedUntil: sql`now() + make_interval(secs => ${claimSeconds})`, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(
      and(
        eq(mailOutbox.id, id),
        isNull(mailOutbox.sentAt),
        or(isNull(mailOutbox.claimedUntil), lt(mailOutbox.claimedUntil, sql`now()`)),
      ),
    )
    .returning();
  return message;
}

export async function markOutboxMessageSent(db: Database, id: string) {
  await db.update(mailOutbox).set({ sentAt: sql`now()`, claimedUntil: null, lastError: null }).where(eq(mailOutbox.id, id));
}

export async function releaseOutboxMessage(db: Database, id: string, error: string) {
  await db
    .update(mailOutbox)
    .set({ claimedUntil: null, lastError: error.slice(0, 500) })
    .where(eq(mailOutbox.id, id));
}

/** Unsent messages nobody holds, older than `minAgeSeconds`: enqueued again so none is ever stranded. */
export async function findStrandedOutboxIds(db: Database, minAgeSeconds: number) {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        isNull(mailOutbox.sentAt),
        or(isNull(mailOutbox.claimedUntil), lt(mailOutbox.claimedUntil, sql`now()`)),
        lt(mailOutbox.createdAt, sql`now() - make_interval(secs => ${minAgeSeconds})`),
      ),
    )
    .limit(5000);
  return rows.map((row) => row.id);
}

/** Owners and admins send invitations, so they read them in the Dev mailbox. */
export async function runsAGroup(db: Database, userId: string): Promise<boolean> {
  const [found] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.role, ['owner', 'admin'])))
    .limit(1);
  return found !== undefined;
}

/**
 * The Dev mailbox of one person: invitations of the groups they own or administer, and mail addressed to them
 * once they have verified that address, written after they verified it. Mail written earlier belongs to whoever
 * held the address then: signing up as bob@ must not show Bob's invitation (decision record 104). Never someone
 * else's password-reset link or notification.
 */
export async function listMailboxFor(db: Database, user: { id: string; email: string }, limit = 100) {
  return db
    .select()
    .from(mailOutbox)
    .where(
      or(
        and(
          sql`lower(${mailOutbox.toAddress}) = lower(${user.email})`,
          sql`${mailOutbox.createdAt} >= (select ${users.emailVerifiedAt} from ${users} where ${users.id} = ${user.id})`,
        ),
        and(
          eq(mailOutbox.kind, 'email_invite'),
          inArray(
            mailOutbox.groupId,
            db
              .select({ groupId: memberships.groupId })
              .from(memberships)
              .where(and(eq(memberships.userId, user.id), inArray(memberships.role, ['owner', 'admin']))),
          ),
        ),
      ),
    )
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
