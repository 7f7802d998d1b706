import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, memberships } from '../../db/schema/index.js';
import type { Role } from './groups.policy.js';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GroupRow = typeof groups.$inferSelect;

export async function insertGroup(db: Database, values: typeof groups.$inferInsert): Promise<GroupRow> {
  const [group] = await db.insert(groups).values(values).returning();
  return group!;
}

/** Finds a group by id or slug, with the viewer's role in it (null when not a member). */
export async function findGroupWithRole(db: Database, idOrSlug: string, userId: string | null, options: { lock?: boolean } = {}) {
  const where = UUID_SHAPE.test(idOrSlug) ? eq(groups.id, idOrSlug) : eq(groups.slug, idOrSlug);
  const query = db.select().from(groups).where(where).limit(1);
  const [group] = options.lock ? await query.for('update') : await query;
  if (!group) return undefined;
  const role = userId ? await findRole(db, group.id, userId) : null;
  return { group, role };
}

export async function findRole(db: Database, groupId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

export async function listGroupsOfUser(db: Database, userId: string) {
  return db
    .select({ group: groups, role: memberships.role })
    .from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(memberships.joinedAt));
}

export async function adjustMemberCount(db: Database, groupId: string, delta: number) {
  await db
    .update(groups)
    .set({ memberCount: sql`${groups.memberCount} + ${delta}` })
    .where(eq(groups.id, groupId));
}

export async function updateGroup(db: Database, groupId: string, values: Partial<typeof groups.$inferInsert>) {
  const [group] = await db.update(groups).set(values).where(eq(groups.id, groupId)).returning();
  return group!;
}
