import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { avatarUrlOf, canAskAgainAt, initialsOf } from './groups.rules.js';

describe('group rules', () => {
  test('a declined requester may ask again the given number of days after the decision, or never', () => {
    const declinedAt = new Date('2026-01-31T10:00:00Z');
    assert.equal(canAskAgainAt(declinedAt, 30)?.toISOString(), '2026-03-02T10:00:00.000Z');
    assert.equal(canAskAgainAt(declinedAt, 1)?.toISOString(), '2026-02-01T10:00:00.000Z');
    assert.equal(canAskAgainAt(declinedAt, null), null);
  });

  test('the picture URL changes with every version, and there is none without a picture', () => {
    const id = '6f1c1d8e-0a5b-4c1e-9a43-1f2d3c4b5a69';
    assert.equal(avatarUrlOf({ id, avatarVersion: 3, avatarUrl: null }), `/api/groups/${id}/avatar/3?size=128`);
    assert.notEqual(
      avatarUrlOf({ id, avatarVersion: 4, avatarUrl: null }),
      avatarUrlOf({ id, avatarVersion: 3, avatarUrl: null }),
    );
    assert.equal(avatarUrlOf({ id, avatarVersion: null, avatarUrl: null }), null);
  });

  test('initials take the first letters of the first two words', () => {
    assert.equal(initialsOf('morning runners club'), 'MR');
    assert.equal(initialsOf('  Solo  '), 'S');
  });
});
