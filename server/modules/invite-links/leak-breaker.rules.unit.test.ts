import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leakSuspected, raisedThreshold } from './leak-breaker.rules.js';

describe('leak breaker rule', () => {
  test('the join after the threshold trips a quiet link; the threshold-th does not', () => {
    assert.equal(leakSuspected({ inWindow: 24, previousDay: 0 }, 25), false, '25th join');
    assert.equal(leakSuspected({ inWindow: 25, previousDay: 0 }, 25), true, '26th join');
  });

  test('a link that is always this busy does not trip', () => {
    // 26 joins per 10 minutes = 156 an hour; a usual 40 an hour × 5 = 200 > 156.
    assert.equal(leakSuspected({ inWindow: 25, previousDay: 40 * 24 }, 25), false);
    // A usual 20 an hour × 5 = 100 < 156: a burst.
    assert.equal(leakSuspected({ inWindow: 25, previousDay: 20 * 24 }, 25), true);
  });

  test('resuming doubles the threshold', () => {
    assert.equal(raisedThreshold(25), 50);
  });
});
