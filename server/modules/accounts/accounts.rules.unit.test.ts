import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafeReturnPath, safeReturnPath } from './accounts.rules.js';

test('a same-site path is a safe place to return to', () => {
  for (const path of ['/', '/invite/AbC_-123', '/groups/book-club?tab=people', '/login?next=%2Finvite%2Fx']) {
    assert.equal(isSafeReturnPath(path), true, path);
  }
});

test('anything that a browser could turn into another host is refused', () => {
  for (const path of [
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/\\/evil.example',
    'javascript:alert(1)',
    'invite/abc',
    '',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\u007f',
    `/${'a'.repeat(300)}`,
  ]) {
    assert.equal(isSafeReturnPath(path), false, JSON.stringify(path));
  }
});

test('safeReturnPath keeps a safe path and drops the rest to null', () => {
  assert.equal(safeReturnPath('/invite/abc'), '/invite/abc');
  assert.equal(safeReturnPath('//evil.example'), null);
  assert.equal(safeReturnPath(undefined), null);
  assert.equal(safeReturnPath(null), null);
});
