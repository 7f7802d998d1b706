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

test('offsets with seconds, early years and BC dates convert exactly too', () => {
  assert.equal(isoFromTimestamptzText('1900-01-01 00:00:00+00:19:32'), '1899-12-31T23:40:28.000Z');
  assert.equal(isoFromTimestamptzText('1900-01-01 00:00:00-00:01:15'), '1900-01-01T00:01:15.000Z');
  assert.equal(isoFromTimestamptzText('0050-06-01 00:30:00+01'), '0050-05-31T23:30:00.000Z');
  assert.equal(isoFromTimestamptzText('0044-03-15 12:00:00+00 BC'), '-000043-03-15T12:00:00.000Z');
});

test('text that is not a timestamptz is refused, not turned into a wrong date', () => {
  assert.throws(() => isoFromTimestamptzText('yesterday'), /not a timestamptz/);
});
