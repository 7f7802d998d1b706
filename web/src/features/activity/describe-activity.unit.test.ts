import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ActivityEntry, describeActivity, describeChanges } from './describe-activity.js';

const entry = (overrides: Partial<ActivityEntry>): ActivityEntry => ({
  id: '00000000-0000-0000-0000-000000000000',
  kind: 'invite_link.revoked',
  actor: { id: 'a', name: 'Ada' },
  target: { user: null, inviteLink: null },
  details: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('describeActivity', () => {
  test('names the actor, the action and the target', () => {
    assert.equal(
      describeActivity(entry({ target: { user: null, inviteLink: { id: 'l', label: 'Flyer' } } })),
      'Ada revoked the link “Flyer”',
    );
    assert.equal(
      describeActivity(entry({ kind: 'member.banned', target: { user: { id: 'u', name: 'Bob' }, inviteLink: null } })),
      'Ada banned Bob',
    );
  });
  test('bulk decisions show their count; deleted actors are named as such', () => {
    assert.equal(describeActivity(entry({ kind: 'join_request.declined', details: { count: 40 } })), 'Ada declined 40 requests');
    assert.equal(describeActivity(entry({ kind: 'invites.paused', actor: null })), 'A former member paused all invites');
  });
  test('email invitation revokes name the address when there was one, else how many', () => {
    assert.equal(
      describeActivity(entry({ kind: 'email_invite.revoked', details: { count: 1, email: 'grace@example.com' } })),
      'Ada revoked the invitation to grace@example.com',
    );
    assert.equal(
      describeActivity(entry({ kind: 'email_invite.revoked', details: { count: 25 } })),
      'Ada revoked 25 email invitations',
    );
  });
  test('changes read before → after', () => {
    assert.deepEqual(
      describeChanges(
        entry({ details: { changes: { label: { before: 'Flyer', after: 'Poster' }, maxUses: { before: null, after: 20 } } } }),
      ),
      ['label: “Flyer” → “Poster”', 'maximum uses: none → 20'],
    );
  });

  test('settings read as words: visibility and switches, not the API’s tokens', () => {
    assert.deepEqual(
      describeChanges(
        entry({
          kind: 'group.settings_changed',
          details: {
            changes: {
              visibility: { before: 'public', after: 'private' },
              previewShowsMemberCount: { before: true, after: false },
              name: { before: 'public', after: 'Runners' },
            },
          },
        }),
      ),
      ['visibility: Public → Private', 'invite previews show the member count: yes → no', 'name: “public” → “Runners”'],
    );
  });

  test('a removed picture is told apart from a new one', () => {
    assert.equal(
      describeActivity(entry({ kind: 'group.picture_changed', details: { picture: 'uploaded' } })),
      'Ada changed the group’s picture',
    );
    assert.equal(
      describeActivity(entry({ kind: 'group.picture_changed', details: { picture: 'removed' } })),
      'Ada removed the group’s picture',
    );
  });
});
