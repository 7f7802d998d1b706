import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { groups, memberships, users } from './schema/index.js';

export const DEMO_OWNER = { name: 'Dana Demo', email: 'owner@demo.hearth', password: 'hearth-demo-owner' };

const DEMO_MEMBERS = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Linus Pauling', 'Mary Jackson'];

/** Fills an empty database with a demo owner, a public and a private group; does nothing otherwise. */
export async function seedDemoData(db: Database): Promise<boolean> {
  const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(users)) as [{ count: number }];
  if (count > 0) return false;
  await db.transaction(async (tx) => {
    const passwordHash = await hash(DEMO_OWNER.password, { algorithm: 2 });
    const [owner] = await tx
      .insert(users)
      .values({ name: DEMO_OWNER.name, email: DEMO_OWNER.email, passwordHash, emailVerifiedAt: new Date() })
      .returning();
    const members = await tx
      .insert(users)
      .values(
        DEMO_MEMBERS.map((name) => ({
          name,
          email: `${name.split(' ')[0]!.toLowerCase()}@demo.hearth`,
          // Demo members cannot log in: their hash matches no password.
          passwordHash: '!demo-account-no-login',
        })),
      )
      .returning();
    const demoGroups = await tx
      .insert(groups)
      .values([
        {
          slug: 'morning-runners',
          name: 'Morning Runners',
          description: 'A friendly club for people who run before work. Everyone welcome.',
          visibility: 'public',
          createdBy: owner!.id,
        },
        {
          slug: 'founders-circle',
          name: "Founders' Circle",
          description: 'A private mastermind for early-stage founders. Requests are reviewed by the hosts.',
          visibility: 'private',
          createdBy: owner!.id,
          membershipQuestions: ['What are you building?'],
        },
      ])
      .returning();
    for (const [index, group] of demoGroups.entries()) {
      const joined = members.slice(index, index + 4);
      await tx.insert(memberships).values([
        { groupId: group.id, userId: owner!.id, role: 'owner', joinedVia: 'created' },
        ...joined.map((member, position) => ({
          groupId: group.id,
          userId: member.id,
          role: position === 0 ? ('admin' as const) : ('member' as const),
          joinedVia: 'demo' as const,
          joinedAt: new Date(Date.now() - (position + 1) * 86_400_000),
        })),
      ]);
      await tx
        .update(groups)
        .set({ memberCount: joined.length + 1 })
        .where(sql`${groups.id} = ${group.id}`);
    }
  });
  return true;
}
