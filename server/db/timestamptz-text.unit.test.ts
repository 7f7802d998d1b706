import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoFromTimestamptzText } from './timestamptz-text.js';

test('a UTC timestamptz becomes ISO with milliseconds, truncated like to_char and Date', () => {
  assert.equal(isoFromTimestamptzText('2026-11-20 23:20:16.077574+00'), '2026-11-20T23:20:16.077Z');
  assert.equal(isoFromTimestamptzText('2026-11-20 23:20:16.999999+00'), '2026-11-20T23:20:16.999Z');
});

test('PostgreSQL drops trailing zeros and a zero fraction; the ISO form keeps three digits', () => {
  assert.equal(isoFromTimestamptzText('2026-11-20 23:20:16.5+00'), '2026-11-20T23:20:16.500Z');
  assert.equal(isoFromTimestamptzText('2026-11-20 23:20:16.01+00'), '2026-11-20T23:20:16.010Z');
  assert.equal(isoFromTimestamptzText('2026-11-20 23:20:16+00'), '2026-11-20T23:20:16.000Z');
});

test('a session in another time zone gives the same instant in UTC', () => {
  assert.equal(isoFromTimestamptzText('2026-11-21 00:20:16.077574+01'), '2026-11-20T23:20:16.077Z');
  assert.equal(isoFromTimestamptzText('2026-11-20 18:50:16-04:30'), '2026-11-20T23:20:16.000Z');
  assert.equal(isoFromTimestamptzText('2026-01-01 04:59:59.9+05:30'), '2025-12-31T23:29:59.900Z');
});

test('text that is not a timestamptz is refused, not turned into a wrong date', () => {
  assert.throws(() => isoFromTimestamptzText('yesterday'), /not a timestamptz/);
});
