import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildGroup, buildUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

/** A name no other test uses (the database is shared by the file's tests), and the slug it reads as. */
function uniqueName(words: string) {
  const token = randomBytes(4).toString('hex');
  return { name: `${words} ${token}`, slug: `${words.toLowerCase().replaceAll(' ', '-')}-${token}` };
}

for (const kind of databaseKinds) {
  describe(`readable group slugs and duplicate names (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('a group is reached at its readable name; a second owner with that name gets -2, a third -3', async () => {
      const { name, slug } = uniqueName('Book Club');
      const first = await buildGroup(await buildUser(t.app), { name });
      const second = await buildGroup(await buildUser(t.app), { name });
      const third = await buildGroup(await buildUser(t.app), { name: name.toUpperCase() });
      assert.deepEqual([first.slug, second.slug, third.slug], [slug, `${slug}-2`, `${slug}-3`]);
      const owner = await buildUser(t.app);
      const opened = await owner.api.get(`/api/groups/${second.slug}`);
      assert.equal(opened.body.group.id, second.id, 'each slug opens its own group');
    });

    test('the same owner creating a second group of the same name (any case, any Unicode form) gets 409', async () => {
      const owner = await buildUser(t.app);
      const token = randomBytes(4).toString('hex');
      const created = await buildGroup(owner, { name: `Café Club ${token}` });
      for (const again of [`Café Club ${token}`, `CAFÉ CLUB ${token}`, `Cafe\u0301 club ${token}`]) {
        const refused = await owner.api.post('/api/groups', { name: again, visibility: 'public' });
        assert.equal(refused.status, 409, again);
        assert.equal(refused.body.error.code, 'group_name_taken');
        assert.match(refused.body.error.message, /You already own a group called “Café Club/);
        assert.equal(refused.body.error.details.group.slug, created.slug, 'the answer points at the existing group');
      }
      const groups = await owner.api.get('/api/groups');
      assert.equal(groups.body.groups.length, 1, 'no look-alike was created');
      const different = await owner.api.post('/api/groups', { name: `Café Club ${token} North`, visibility: 'public' });
      assert.equal(different.status, 201, 'another name is fine');
    });

    test('renaming keeps the slug, so old links still open the group; renaming onto another owned name is 409', async () => {
      const owner = await buildUser(t.app);
      const garden = uniqueName('Garden');
      const group = await buildGroup(owner, { name: garden.name });
      const other = await buildGroup(owner, { name: `Other ${garden.name}` });
      const renamed = await owner.api.patch(`/api/groups/${group.id}`, { name: `Allotment ${garden.name}` });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.body.group.slug, garden.slug, 'the slug does not follow the name');
      assert.equal((await owner.api.get(`/api/groups/${garden.slug}`)).body.group.name, `Allotment ${garden.name}`);
      const onto = await owner.api.patch(`/api/groups/${group.id}`, { name: other.name.toLowerCase() });
      assert.equal(onto.status, 409);
      assert.equal(onto.body.error.code, 'group_name_taken');
      const recase = await owner.api.patch(`/api/groups/${other.id}`, { name: other.name.toUpperCase() });
      assert.equal(recase.status, 200, "changing only the case of a group's own name is allowed");
      const fresh = await buildGroup(await buildUser(t.app), { name: garden.name });
      assert.equal(fresh.slug, `${garden.slug}-2`, "a renamed group's slug stays reserved for it");
    });

    if (kind === 'postgres') {
      test('eight people creating the same name at once get the slug and -2 … -8, each exactly once', async () => {
        const { name, slug } = uniqueName('Run Club');
        const owners = await Promise.all(Array.from({ length: 8 }, () => buildUser(t.app)));
        const responses = await Promise.all(owners.map((owner) => owner.api.post('/api/groups', { name, visibility: 'public' })));
        assert.deepEqual(
          responses.map((response) => response.status),
          Array(8).fill(201),
        );
        const slugs = responses.map((response) => response.body.group.slug as string).sort();
        const expected = [slug, ...Array.from({ length: 7 }, (_, index) => `${slug}-${index + 2}`)].sort();
        assert.deepEqual(slugs, expected);
      });

      test('a double-clicked Create makes one group: the second request is refused as a duplicate', async () => {
        const owner = await buildUser(t.app);
        const { name } = uniqueName('Choir');
        const responses = await Promise.all([1, 2, 3].map(() => owner.api.post('/api/groups', { name, visibility: 'public' })));
        assert.deepEqual(responses.map((response) => response.status).sort(), [201, 409, 409]);
        assert.equal((await owner.api.get('/api/groups')).body.groups.length, 1);
      });
    }
  });
}
