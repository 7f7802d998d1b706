import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeNextPath } from './safe-next.js';

test('after log-in, only same-site paths are followed (no open redirect)', () => {
  assert.equal(safeNextPath('/groups/runners'), '/groups/runners');
  assert.equal(safeNextPath('/invite/abc?x=1'), '/invite/abc?x=1');
  for (const hostile of [
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    '',
    null,
  ]) {
    assert.equal(safeNextPath(hostile), '/', String(hostile));
  }
});
