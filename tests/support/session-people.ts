import type { Database } from '../../server/db/client.js';
import { users } from '../../server/db/schema/index.js';
import { startSession } from '../../server/modules/accounts/accounts.service.js';

export type PersonWithSession = { id: string; cookie: string };

/**
 * People signed in without going through HTTP, for tests that drive a separate Hearth process: the user rows in
 * one statement, then a session each as log-in starts it (sign-up and log-in over HTTP would spend argon2 time and,
 * across many people, the sign-up rate limit the test is not about). The cookie is what a browser would send.
 */
export async function insertPeopleWithSessions<const People extends readonly { name: string; email: string }[]>(
  db: Database,
  people: People,
): Promise<{ [Index in keyof People]: PersonWithSession }> {
  const inserted = await db
    .insert(users)
    .values(people.map(({ name, email }) => ({ name, email, passwordHash: '!' })))
    .returning();
  const sessions = await Promise.all(inserted.map((user) => startSession(db, user)));
  // One answer per person, in their order (a mapped tuple type, so a caller can destructure without checks).
  return sessions.map(({ user, token }) => ({ id: user.id, cookie: `hearth_session=${token}` })) as {
    [Index in keyof People]: PersonWithSession;
  };
}
