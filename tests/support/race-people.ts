import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { ApiClient, type TestApp } from './test-app.js';

/**
 * `count` people for a race, signed in: inserted in one statement (sign-up through HTTP would time argon2, not the
 * race), then each logged in. `batch` keeps their addresses apart from other races in the same database.
 */
export async function signedInPeople(t: TestApp, count: number, batch: string): Promise<ApiClient[]> {
  const passwordHash = await hash('correct horse battery', { algorithm: 2 });
  await t.database.db.execute(sql`
    insert into users (name, email, password_hash)
    select 'Racer ' || n, 'racer-' || n || '-' || ${batch} || '@race.example', ${passwordHash} from generate_series(1, ${count}) n`);
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const api = new ApiClient(t.app);
      const login = await api.post('/api/auth/login', {
        email: `racer-${index + 1}-${batch}@race.example`,
        password: 'correct horse battery',
      });
      assert.equal(login.status, 200);
      return api;
    }),
  );
}
