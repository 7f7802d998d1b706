import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateToken } from '../../shared/tokens.js';
import {
  INVITE_CODE_BYTES,
  inviteLinkState,
  inviteRefusal,
  isWellFormedInviteCode,
  joinNeedsApproval,
} from './invite-links.rules.js';

const now = new Date('2030-01-01T12:00:00Z');
const active = { revokedAt: null, expiresAt: null, maxUses: null, uses: 0 };

describe('invite link rules', () => {
  test('generated codes carry at least 128 bits and have the accepted shape', () => {
    assert.ok(INVITE_CODE_BYTES * 8 >= 128);
    const code = generateToken(INVITE_CODE_BYTES);
    assert.equal(isWellFormedInviteCode(code), true);
    assert.notEqual(generateToken(INVITE_CODE_BYTES), code);
  });

  test('codes of the wrong shape are refused before any look-up', () => {
    for (const code of ['', 'short', `${'a'.repeat(31)}!`, 'a'.repeat(33), "'; drop table users; --aaaaaaaaaa"]) {
      assert.equal(isWellFormedInviteCode(code), false, code);
    }
  });

  test('a link is active, expired, used up or revoked', () => {
    assert.equal(inviteLinkState(active, now), 'active');
    assert.equal(inviteLinkState({ ...active, expiresAt: new Date('2030-01-01T11:59:59Z') }, now), 'expired');
    assert.equal(inviteLinkState({ ...active, expiresAt: new Date('2030-01-01T12:00:01Z') }, now), 'active');
    assert.equal(inviteLinkState({ ...active, maxUses: 3, uses: 3 }, now), 'used_up');
    assert.equal(inviteLinkState({ ...active, maxUses: 3, uses: 2 }, now), 'active');
    assert.equal(inviteLinkState({ ...active, revokedAt: now, maxUses: 1, uses: 1 }, now), 'revoked');
  });

  test('refusals: revoked first, then paused, expired, exhausted', () => {
    const open = { invitesPaused: false };
    const paused = { invitesPaused: true };
    assert.equal(inviteRefusal(active, open, now), null);
    assert.equal(inviteRefusal(active, paused, now), 'invites_paused');
    assert.equal(inviteRefusal({ ...active, revokedAt: now }, paused, now), 'invite_revoked');
    assert.equal(inviteRefusal({ ...active, expiresAt: new Date(0) }, open, now), 'invite_expired');
    assert.equal(inviteRefusal({ ...active, maxUses: 1, uses: 1 }, open, now), 'invite_exhausted');
  });

  test('private groups always need approval; public ones only when the link asks', () => {
    assert.equal(joinNeedsApproval({ visibility: 'private' }, { requiresApproval: false }), true);
    assert.equal(joinNeedsApproval({ visibility: 'public' }, { requiresApproval: false }), false);
    assert.equal(joinNeedsApproval({ visibility: 'public' }, { requiresApproval: true }), true);
  });
});
