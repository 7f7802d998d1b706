import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressesFromCsv } from './address-file.js';

test('a CSV with an email column (and a name column) gives its addresses', () => {
  assert.deepEqual(addressesFromCsv('name,email\r\nAda,ada@example.com\n"Alan","alan@example.com"\n\n'), [
    'ada@example.com',
    'alan@example.com',
  ]);
});

test('a CSV without a header gives every cell that looks like an address', () => {
  assert.deepEqual(addressesFromCsv('ada@example.com;Ada\ngrace@example.com'), ['ada@example.com', 'grace@example.com']);
});
