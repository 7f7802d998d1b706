import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { buildGroup, buildUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

describe('maxUses under concurrency (postgres)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('postgres');
  });
  after(() => t.close());

  test('200 different people accepting a maxUses 25 link at the same instant: exactly 25 get in', async () => {
    const owner = await buildUser(t.app);
    const group = await buildGroup(owner, { visibility: 'public' });
    const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { maxUses: 25 })).body.inviteLink;

    // 200 accounts inserted in one statement (sign-up through HTTP would time argon2, not the race).
    const passwordHash = await hash('correct horse battery', { algorithm: 2 });
    await t.database.db.execute(sql`
      insert into users (name, email, password_hash)
      select 'Racer ' || n, 'racer-' || n || '@race.example', ${passwordHash} from generate_series(1, 200) n`);
    const clients = await Promise.all(
      Array.from({ length: 200 }, async (_, index) => {
        const api = new ApiClient(t.app);
        const login = await api.post('/api/auth/login', {
          email: `racer-${index + 1}@race.example`,
          password: 'correct horse battery',
        });
        assert.equal(login.status, 200);
        return api;
      }),
    );

    const results = await Promise.all(clients.map((api) => api.post(`/api/invites/${link.code}/accept`)));
    const joined = results.filter((r) => r.status === 200 && r.body.membership.status === 'active');
    const refused = results.filter((r) => r.status === 410);
    assert.equal(joined.length, 25);
    assert.equal(refused.length, 175);
    assert.ok(refused.every((r) => r.body.error.code === 'invite_exhausted'));

    const [counts] = (
      (await t.database.db.execute(sql`
        select (select count(*)::int from memberships where group_id = ${group.id} and invite_link_id = ${link.id}) as memberships,
               (select uses from invite_links where id = ${link.id}) as uses,
               (select member_count from groups where id = ${group.id}) as member_count`)) as unknown as { rows: unknown[] }
    ).rows as { memberships: number; uses: number; member_count: number }[];
    assert.deepEqual(counts, { memberships: 25, uses: 25, member_count: 26 });
  });
});
