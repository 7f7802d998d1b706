import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeEmailInviteCursor, emailInviteState, encodeEmailInviteCursor } from './email-invites.rules.js';

describe('email invitation cursor', () => {
  test('round-trips PostgreSQL timestamptz text with microseconds and the id', () => {
    const cursor = { createdAt: '2026-11-25 21:10:03.123456+00', id: '0b7c6f7e-4c3e-4a43-9d6b-7c1f0f7f1a2b' };
    assert.deepEqual(decodeEmailInviteCursor(encodeEmailInviteCursor(cursor)), cursor);
  });
  test('refuses anything encodeEmailInviteCursor does not write', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const crafted of [
      'not base64 at all!',
      encode(['2026-11-25 21:10:03+00']),
      encode(["2026-11-25'; drop table users; --", '0b7c6f7e-4c3e-4a43-9d6b-7c1f0f7f1a2b']),
      encode(['2026-11-25 21:10:03+00', 'not-a-uuid']),
      encode({ createdAt: '2026-11-25 21:10:03+00', id: '0b7c6f7e-4c3e-4a43-9d6b-7c1f0f7f1a2b' }),
    ]) {
      assert.equal(decodeEmailInviteCursor(crafted), null, crafted);
    }
  });
});

describe('emailInviteState', () => {
  test('a live invitation past its expiry is expired; revoked and accepted stay as they are', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const past = new Date('2026-11-24T12:00:00Z');
    assert.equal(emailInviteState({ status: 'sent', expiresAt: past }, now), 'expired');
    assert.equal(emailInviteState({ status: 'opened', expiresAt: past }, now), 'expired');
    assert.equal(emailInviteState({ status: 'revoked', expiresAt: past }, now), 'revoked');
    assert.equal(emailInviteState({ status: 'sent', expiresAt: new Date('2026-11-26T12:00:00Z') }, now), 'sent');
  });
});
