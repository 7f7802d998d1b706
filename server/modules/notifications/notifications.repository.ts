import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, joinRequestAlerts, memberships, notificationSettings, unsubscribeTokens, users } from '../../db/schema/index.js';
import type { JoinRequestMode, NotificationSettings, NotificationTopic } from './notifications.rules.js';

const settingsColumns = {
  joinRequests: sql<JoinRequestMode>`coalesce(${notificationSettings.joinRequests}, 'every')`,
  requestDecisions: sql<boolean>`coalesce(${notificationSettings.requestDecisions}, true)`,
  inviteeJoined: sql<boolean>`coalesce(${notificationSettings.inviteeJoined}, false)`,
};

export type Recipient = { userId: string; name: string; email: string } & NotificationSettings;

/** People with their settings (the defaults when they never chose). */
export async function findRecipients(db: Database, userIds: string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, name: users.name, email: users.email, ...settingsColumns })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(inArray(users.id, userIds));
}

/** The owners and admins of a group, with their settings. */
export async function findGroupAdmins(db: Database, groupId: string): Promise<Recipient[]> {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, ...settingsColumns })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(and(eq(memberships.groupId, groupId), inArray(memberships.role, ['owner', 'admin'])));
}

export async function findSettings(db: Database, userId: string): Promise<NotificationSettings> {
  const [row] = await findRecipients(db, [userId]);
  return { joinRequests: row!.joinRequests, requestDecisions: row!.requestDecisions, inviteeJoined: row!.inviteeJoined };
}

export async function saveSettings(db: Database, userId: string, changes: Partial<NotificationSettings>) {
  await db
    .insert(notificationSettings)
    .values({ userId, ...changes })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...changes, updatedAt: sql`now()` } });
}

export async function insertUnsubscribeToken(
  db: Database,
  values: { tokenHash: Buffer; userId: string; topic: NotificationTopic },
) {
  await db.insert(unsubscribeTokens).values(values);
}

export async function findUnsubscribeToken(db: Database, tokenHash: Buffer) {
  const [row] = await db.select().from(unsubscribeTokens).where(eq(unsubscribeTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

/**
 * Counts one join request against an admin's alert window and says whether to mail now. `every`: the first
 * request (no window, or a window that ended with nothing gathered) is mailed at once and opens a window; any
 * other request is gathered. `daily`: every request is gathered into the day's digest. The upsert holds the row
 * lock, so two requests at the same instant cannot both be "first".
 */
export async function countJoinRequestAlert(
  db: Database,
  input: { groupId: string; userId: string; mode: 'every' | 'daily'; now: Date; windowSeconds: number },
): Promise<{ mailNow: boolean }> {
  const windowEndsAt = new Date(input.now.getTime() + input.windowSeconds * 1000);
  const opensWindow = sql`(${joinRequestAlerts.mode} = 'every' and ${joinRequestAlerts.windowEndsAt} <= ${input.now.toISOString()}::timestamptz and ${joinRequestAlerts.gathered} = 0)`;
  const [row] = await db
    .insert(joinRequestAlerts)
    .values({
      groupId: input.groupId,
      userId: input.userId,
      mode: input.mode,
      windowEndsAt,
      gathered: input.mode === 'every' ? 0 : 1,
    })
    .onConflictDoUpdate({
      target: [joinRequestAlerts.groupId, joinRequestAlerts.userId],
      set: {
        mode: sql`excluded.mode`,
        gathered: sql`case when ${opensWindow} then excluded.gathered else ${joinRequestAlerts.gathered} + 1 end`,
        // A new window also starts when someone switches to the daily digest (the day starts then).
        windowEndsAt: sql`case when ${opensWindow} or (excluded.mode = 'daily' and ${joinRequestAlerts.mode} = 'every') then excluded.window_ends_at else ${joinRequestAlerts.windowEndsAt} end`,
      },
    })
    .returning({ gathered: joinRequestAlerts.gathered });
  return { mailNow: input.mode === 'every' && row!.gathered === 0 };
}

/**
 * Windows that ended with requests gathered, taken for mailing (the row locks, skipped by a concurrent sweep,
 * make each follow-up go out once) and removed, so the next request opens a fresh window. Empty ended windows
 * are removed too.
 */
export async function takeDueJoinRequestAlerts(db: Database, now: Date, limit = 500) {
  const due = await db
    .select()
    .from(joinRequestAlerts)
    .where(lte(joinRequestAlerts.windowEndsAt, now))
    .orderBy(joinRequestAlerts.windowEndsAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  for (const alert of due) {
    await db
      .delete(joinRequestAlerts)
      .where(and(eq(joinRequestAlerts.groupId, alert.groupId), eq(joinRequestAlerts.userId, alert.userId)));
  }
  return due.filter((alert) => alert.gathered > 0);
}

export async function findGroups(db: Database, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db.select({ id: groups.id, slug: groups.slug, name: groups.name }).from(groups).where(inArray(groups.id, groupIds));
}
