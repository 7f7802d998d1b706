import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../support/factories.js';
import { sleep } from '../support/free-port.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** True when `check` passes within `limitMs` (well under the role cache's 10 s TTL, so only an invalidation explains it). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return true;
    await sleep(5);
  }
  return false;
}

/**
 * Each instance keeps who is a member of which group, with which role, for the People tab. A change on one instance
 * must reach the other's cache at once: a removed or banned member must not keep reading the member list there,
 * a demoted admin must not keep admin rights.
 */
describe('member role cache across two instances', () => {
  let first: TestApp;
  let second: TestApp;
  before(async () => {
    first = await createTestApp('postgres');
    second = await createTestApp('postgres', {}, { database: first.database });
  });
  after(async () => {
    await second.app.close();
    await first.close();
  });

  /** The same person, signed in, talking to the second instance. */
  const onSecond = (user: SignedInUser) => new ApiClient(second.app, { headers: { cookie: user.api.cookieHeader() } });
  const membersStatus = async (client: ApiClient, groupId: string) => (await client.get(`/api/groups/${groupId}/members`)).status;

  test('the second instance caches roles: a change made behind its back is not seen', async () => {
    const owner = await buildUser(first.app);
    const member = await buildUser(first.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    await addMember(owner, group.id, member);
    assert.equal(await membersStatus(onSecond(member), group.id), 200);
    await first.database.db.execute(sql`delete from memberships where group_id = ${group.id} and user_id = ${member.id}`);
    assert.equal(await membersStatus(onSecond(member), group.id), 200, 'still answered from memory');
  });

  test('removed, banned and leaving members lose access on the other instance within 500 ms', async () => {
    const owner = await buildUser(first.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    const [removed, banned, leaving] = await Promise.all([buildUser(first.app), buildUser(first.app), buildUser(first.app)]);
    for (const user of [removed, banned, leaving]) {
      await addMember(owner, group.id, user);
      assert.equal(await membersStatus(onSecond(user), group.id), 200);
    }
    assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${removed.id}`)).status, 204);
    assert.equal((await owner.api.post(`/api/groups/${group.id}/bans`, { userId: banned.id })).status, 204);
    assert.equal((await leaving.api.delete(`/api/groups/${group.id}/members/${leaving.id}`)).status, 204);
    for (const [label, user] of [
      ['removed', removed],
      ['banned', banned],
      ['left', leaving],
    ] as const) {
      assert.ok(
        await within(500, async () => (await membersStatus(onSecond(user), group.id)) === 404),
        `the ${label} member still read the member list on the other instance`,
      );
    }
  });

  test('a demoted admin loses admin rights on the other instance within 500 ms', async () => {
    const owner = await buildUser(first.app);
    const admin = await buildUser(first.app);
    const group = await buildGroup(owner);
    await addMember(owner, group.id, admin, 'admin');
    const adminOnSecond = onSecond(admin);
    // Admins see how people joined and may find them by email; members see neither.
    const seesAdminView = async () => {
      const page = await adminOnSecond.get(`/api/groups/${group.id}/members?q=${encodeURIComponent(owner.email)}`);
      return page.body.members.length === 1 && page.body.members[0].joinedVia !== null;
    };
    assert.ok(await seesAdminView());
    assert.equal((await owner.api.patch(`/api/groups/${group.id}/members/${admin.id}`, { role: 'member' })).status, 200);
    assert.ok(await within(500, async () => !(await seesAdminView())), 'the demoted admin kept admin rights there');
  });

  test('an ownership transfer and a deleted group reach the other instance within 500 ms', async () => {
    const owner = await buildUser(first.app);
    const heir = await buildUser(first.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    await addMember(owner, group.id, heir);
    assert.equal((await onSecond(heir).get(`/api/groups/${group.id}/members`)).body.members[0].joinedVia, null);
    const transfer = await owner.api.post(`/api/groups/${group.id}/transfer-ownership`, { userId: heir.id });
    assert.equal(transfer.status, 200, JSON.stringify(transfer.body));
    assert.ok(
      await within(
        500,
        async () => (await onSecond(heir).get(`/api/groups/${group.id}/members`)).body.members[0].joinedVia !== null,
      ),
      'the new owner was still a plain member there',
    );
    const deleted = await heir.api.request('DELETE', `/api/groups/${group.id}`, { confirmName: group.name });
    assert.equal(deleted.status, 204, JSON.stringify(deleted.body));
    assert.ok(await within(500, async () => (await membersStatus(onSecond(heir), group.id)) === 404));
  });

  test('when the other instance stops listening for a moment, it forgets every role it kept', async () => {
    const owner = await buildUser(first.app);
    const member = await buildUser(first.app);
    const group = await buildGroup(owner, { visibility: 'private' });
    await addMember(owner, group.id, member);
    assert.equal(await membersStatus(onSecond(member), group.id), 200);
    // Removed with no announcement, as if its message had been sent while the listener was away.
    await first.database.db.execute(sql`delete from memberships where group_id = ${group.id} and user_id = ${member.id}`);
    assert.equal(await membersStatus(onSecond(member), group.id), 200, 'cached');
    const terminated = await first.database.executeSql(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`,
    );
    assert.ok(terminated.rows.length >= 2, 'both instances were listening');
    assert.ok(await within(500, async () => (await membersStatus(onSecond(member), group.id)) === 404));
  });
});
