import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedFields } from './activity.rules.js';

describe('changedFields', () => {
  test('lists only the fields that were set to a different value, before → after', () => {
    assert.deepEqual(changedFields({ label: 'A', maxUses: null, expiresAt: null }, { label: 'B', maxUses: null }), {
      label: { before: 'A', after: 'B' },
    });
  });
  test('compares lists by value and dates by instant', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    assert.deepEqual(changedFields({ questions: ['x'], at: when }, { questions: ['x'], at: new Date(when) }), {});
    assert.deepEqual(changedFields({ questions: ['x'] }, { questions: ['x', 'y'] }), {
      questions: { before: ['x'], after: ['x', 'y'] },
    });
  });
  test('ignores fields a PATCH did not name', () => {
    assert.deepEqual(changedFields({ description: 'a', name: 'n' }, { description: undefined }), {});
  });
});
