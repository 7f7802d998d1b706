import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedStatement } from '../../db/prepared.js';
import { groups, memberships } from '../../db/schema/index.js';
import type { Role } from './groups.policy.js';

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GroupRow = typeof groups.$inferSelect;

export async function insertGroup(db: Database, values: typeof groups.$inferInsert): Promise<GroupRow> {
  const [group] = await db.insert(groups).values(values).returning();
  return group!;
}

/** Finds a group by id or slug with the viewer's role in it (null when not a member), in one round-trip. */
export async function findGroupWithRole(db: Database, idOrSlug: string, userId: string | null, options: { lock?: boolean } = {}) {
  const byId = UUID_SHAPE.test(idOrSlug);
  const build = () =>
    db
      .select({ group: groups, role: memberships.role })
      .from(groups)
      .leftJoin(memberships, and(eq(memberships.groupId, groups.id), eq(memberships.userId, sql.placeholder('userId'))))
      .where(byId ? eq(groups.id, sql.placeholder('group')) : eq(groups.slug, sql.placeholder('group')))
      .limit(1);
  const parameters = { group: idOrSlug, userId: userId ?? NO_USER };
  const [row] = options.lock
    ? await build().for('update', { of: groups }).execute(parameters)
    : await preparedStatement(db, `find_group_with_role_by_${byId ? 'id' : 'slug'}`, () =>
        build().prepare(`find_group_with_role_by_${byId ? 'id' : 'slug'}`),
      ).execute(parameters);
  if (!row) return undefined;
  return { group: row.group, role: (row.role ?? null) as Role | null };
}

/** Matches no membership: signed-out viewers get the group with a null role. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

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
