import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientAddressKey } from './rate-limit.js';

describe('client address keys for rate limits', () => {
  test('IPv4 addresses are keyed as they are, IPv4-mapped IPv6 too', () => {
    assert.equal(clientAddressKey('203.0.113.7'), '203.0.113.7');
    assert.equal(clientAddressKey('::ffff:203.0.113.7'), '203.0.113.7');
  });

  test('IPv6 addresses in the same /64 share one key; another /64 gets another', () => {
    const a = clientAddressKey('2001:db8:1:2:aaaa::1');
    const b = clientAddressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff');
    const c = clientAddressKey('2001:db8:1:3::1');
    assert.equal(a, '2001:db8:1:2::/64');
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.equal(clientAddressKey('::1'), '0:0:0:0::/64');
  });
});
