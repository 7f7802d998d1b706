import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ActorRole, can, type GroupAction, groupActions, outranks } from './groups.policy.js';

const expected: Record<GroupAction, ActorRole[]> = {
  viewGroup: ['owner', 'admin', 'member'],
  viewMembers: ['owner', 'admin', 'member'],
  manageInviteLinks: ['owner', 'admin'],
  decideJoinRequests: ['owner', 'admin'],
  changeRoles: ['owner'],
  removeMembers: ['owner', 'admin'],
  banMembers: ['owner', 'admin'],
  pauseInvites: ['owner'],
  editGroupSettings: ['owner'],
  manageWebhooks: ['owner'],
  /** Description, welcome message and picture: admins run the group day to day too. */
  editGroupProfile: ['owner', 'admin'],
  transferOwnership: ['owner'],
  deleteGroup: ['owner'],
  viewActivity: ['owner', 'admin'],
};

describe('group policy', () => {
  for (const action of groupActions) {
    for (const role of ['owner', 'admin', 'member', null] as ActorRole[]) {
      const allowed = expected[action].includes(role);
      test(`${role ?? 'non-member'} ${allowed ? 'can' : 'cannot'} ${action}`, () => {
        assert.equal(can(role, action), allowed);
      });
    }
  }

  test('ranks: owner > admin > member, and nobody outranks an equal', () => {
    assert.equal(outranks('owner', 'admin'), true);
    assert.equal(outranks('owner', 'member'), true);
    assert.equal(outranks('admin', 'member'), true);
    assert.equal(outranks('admin', 'admin'), false);
    assert.equal(outranks('admin', 'owner'), false);
    assert.equal(outranks('member', 'member'), false);
    assert.equal(outranks(null, 'member'), false);
  });
});
