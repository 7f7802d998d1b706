import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

for (const kind of databaseKinds) {
  describe(`people search matches any part of a name or email (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('"hopper", "lovelace" and, for admins only, "@example.org" find people', async () => {
      // Addresses spelled out: the factory's random hex could itself contain "ace" and match the owner's search.
      const unique = Date.now();
      const owner = await buildUser(t.app, { name: 'Olive Owner', email: `olive-${unique}@owner.test` });
      const group = await buildGroup(owner);
      const grace = await buildUser(t.app, { name: 'Grace Hopper', email: `grace-${unique}@navy.example.org` });
      const ada = await buildUser(t.app, { name: 'Ada Lovelace', email: `ada-${unique}@analytical.test` });
      const member = await buildUser(t.app, { name: 'Plain Member', email: `plain-${unique}@member.test` });
      for (const person of [grace, ada, member]) await addMember(owner, group.id, person);

      const names = async (user: typeof owner, q: string) =>
        (await user.api.get(`/api/groups/${group.id}/members?q=${encodeURIComponent(q)}`)).body.members.map(
          (m: { user: { name: string } }) => m.user.name,
        );
      assert.deepEqual(await names(owner, 'hopper'), ['Grace Hopper']);
      assert.deepEqual(await names(owner, 'LOVELACE'), ['Ada Lovelace']);
      assert.deepEqual(await names(owner, 'ace'), ['Ada Lovelace', 'Grace Hopper'], 'inside a word, newest first');
      assert.deepEqual(await names(owner, 'navy.example.org'), ['Grace Hopper'], 'owners search emails');
      assert.deepEqual(await names(member, 'navy.example.org'), [], 'members cannot probe addresses');
      assert.deepEqual(await names(member, 'hopper'), ['Grace Hopper']);
      assert.deepEqual(await names(owner, '100%'), [], 'LIKE wildcards are matched literally');
    });
  });
}
