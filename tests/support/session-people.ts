import type { Database } from '../../server/db/client.js';
import { sessions, users } from '../../server/db/schema/index.js';
import { generateToken, sha256 } from '../../server/shared/tokens.js';

export type PersonWithSession = { id: string; cookie: string };

/**
 * People signed in without going through HTTP, for tests that drive a separate Hearth process: a user row and a
 * one-hour session each, written in two statements (sign-up and log-in would spend argon2 time and, across many
 * people, the sign-up rate limit the test is not about). The cookie is what a browser would send.
 */
export async function insertPeopleWithSessions<const People extends readonly { name: string; email: string }[]>(
  db: Database,
  people: People,
): Promise<{ [Index in keyof People]: PersonWithSession }> {
  const inserted = await db
    .insert(users)
    .values(people.map(({ name, email }) => ({ name, email, passwordHash: '!' })))
    .returning({ id: users.id });
  const tokens = inserted.map(() => generateToken(32));
  await db.insert(sessions).values(
    inserted.map(({ id }, index) => ({
      tokenHash: sha256(tokens[index]!),
      userId: id,
      expiresAt: new Date(Date.now() + 3_600_000),
    })),
  );
  // One answer per person, in their order (a mapped tuple type, so a caller can destructure without checks).
  return inserted.map(({ id }, index) => ({ id, cookie: `hearth_session=${tokens[index]}` })) as {
    [Index in keyof People]: PersonWithSession;
  };
}
