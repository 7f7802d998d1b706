import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';

type Actor = 'owner' | 'admin' | 'member' | 'outsider';
type World = { group: { id: string }; people: Record<Actor, SignedInUser>; target: SignedInUser };
type Action = {
  name: string;
  run: (api: SignedInUser['api'], world: World) => Promise<{ status: number }>;
  successStatus: number;
};

/** Every action of the foundation and invite APIs, as the People tab and Invite dialog call them. */
const actions: Action[] = [
  { name: 'view the group', successStatus: 200, run: (api, w) => api.get(`/api/groups/${w.group.id}`) },
  { name: 'list members', successStatus: 200, run: (api, w) => api.get(`/api/groups/${w.group.id}/members`) },
  {
    name: 'promote a member',
    successStatus: 200,
    run: (api, w) => api.patch(`/api/groups/${w.group.id}/members/${w.target.id}`, { role: 'admin' }),
  },
  {
    name: 'remove a member',
    successStatus: 204,
    run: (api, w) => api.delete(`/api/groups/${w.group.id}/members/${w.target.id}`),
  },
  {
    name: 'ban a member',
    successStatus: 204,
    run: (api, w) => api.post(`/api/groups/${w.group.id}/bans`, { userId: w.target.id }),
  },
  { name: 'create an invite link', successStatus: 201, run: (api, w) => api.post(`/api/groups/${w.group.id}/invite-links`, {}) },
  { name: 'list invite links', successStatus: 200, run: (api, w) => api.get(`/api/groups/${w.group.id}/invite-links`) },
  { name: 'list join requests', successStatus: 200, run: (api, w) => api.get(`/api/groups/${w.group.id}/join-requests`) },
  { name: 'pause invites', successStatus: 200, run: (api, w) => api.post(`/api/groups/${w.group.id}/invites/pause`) },
  {
    name: 'set membership questions',
    successStatus: 200,
    run: (api, w) => api.patch(`/api/groups/${w.group.id}`, { membershipQuestions: ['Why?'] }),
  },
];

const allowedFor: Record<string, Actor[]> = {
  'view the group': ['owner', 'admin', 'member', 'outsider'],
  'list members': ['owner', 'admin', 'member'],
  'promote a member': ['owner'],
  'remove a member': ['owner', 'admin'],
  'ban a member': ['owner', 'admin'],
  'create an invite link': ['owner', 'admin'],
  'list invite links': ['owner', 'admin'],
  'list join requests': ['owner', 'admin'],
  'pause invites': ['owner'],
  'set membership questions': ['owner'],
};

for (const kind of databaseKinds) {
  describe(`authorization table: role × action on a public group (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    async function buildWorld(): Promise<World> {
      const owner = await buildUser(t.app);
      const [admin, member, outsider, target] = await Promise.all([
        buildUser(t.app),
        buildUser(t.app),
        buildUser(t.app),
        buildUser(t.app),
      ]);
      const group = await buildGroup(owner, { visibility: 'public' });
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);
      await addMember(owner, group.id, target);
      return { group, people: { owner, admin, member, outsider }, target };
    }

    for (const action of actions) {
      for (const actor of ['owner', 'admin', 'member', 'outsider'] as Actor[]) {
        const allowed = allowedFor[action.name]!.includes(actor);
        test(`${actor} ${allowed ? 'may' : 'may not'} ${action.name}`, async () => {
          const world = await buildWorld();
          const response = await action.run(world.people[actor].api, world);
          assert.equal(response.status, allowed ? action.successStatus : 403);
        });
      }
    }

    test('on a private group, outsiders get 404 for everything, so the group stays secret', async () => {
      const owner = await buildUser(t.app);
      const outsider = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      const world: World = { group, people: { owner, admin: owner, member: owner, outsider }, target: owner };
      for (const action of actions) {
        const response = await action.run(outsider.api, world);
        assert.equal(response.status, 404, action.name);
      }
    });
  });
}
