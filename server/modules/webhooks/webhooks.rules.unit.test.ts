import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  isAddressAllowed,
  nextAttemptAfter,
  retryDelaysSeconds,
  shouldDisableEndpoint,
  webhookUrlProblem,
} from './webhooks.rules.js';

const strict = { allowHttp: false, allowPrivateNetworks: false };

describe('webhook rules', () => {
  test('only https unless http is allowed; no credentials in URLs; literal private addresses refused', () => {
    assert.equal(webhookUrlProblem('https://hooks.example.com/x', strict), null);
    assert.match(webhookUrlProblem('http://hooks.example.com/x', strict)!, /https/);
    assert.equal(webhookUrlProblem('http://hooks.example.com/x', { ...strict, allowHttp: true }), null);
    assert.match(webhookUrlProblem('ftp://x.example.com', { ...strict, allowHttp: true })!, /http/);
    assert.match(webhookUrlProblem('https://user:pw@x.example.com', strict)!, /password/);
    assert.match(webhookUrlProblem('not a url', strict)!, /full URL/);
    for (const url of [
      'https://127.0.0.1/',
      'https://10.0.0.8/',
      'https://192.168.1.1/',
      'https://169.254.169.254/',
      'https://[::1]/',
      'https://[fe80::1]/',
      'https://224.0.0.1/',
      'https://[::ffff:127.0.0.1]/',
    ]) {
      assert.ok(webhookUrlProblem(url, strict), url);
      assert.equal(webhookUrlProblem(url, { ...strict, allowPrivateNetworks: true }), null, url);
    }
  });

  test('addresses: public unicast only, IPv4-mapped IPv6 judged as IPv4', () => {
    assert.equal(isAddressAllowed('93.184.216.34', strict), true);
    assert.equal(isAddressAllowed('2606:4700::1111', strict), true);
    for (const address of [
      '127.0.0.1',
      '10.1.1.1',
      '172.16.0.1',
      '100.64.0.1',
      '0.0.0.0',
      '::',
      '::ffff:10.0.0.1',
      'fc00::1',
      'garbage',
    ]) {
      assert.equal(isAddressAllowed(address, strict), false, address);
    }
  });

  test('retries back off over about a day, then stop', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    assert.equal(nextAttemptAfter(1, now)!.getTime() - now.getTime(), 5000);
    const total = retryDelaysSeconds.reduce((sum, delay) => sum + delay, 0);
    assert.ok(total >= 23 * 3600 && total <= 25 * 3600, `about 24 hours (${total / 3600} h)`);
    assert.equal(nextAttemptAfter(retryDelaysSeconds.length + 1, now), null);
  });

  test('an endpoint failing for three days is disabled, not sooner', () => {
    const now = new Date('2026-01-04T00:00:00Z');
    assert.equal(shouldDisableEndpoint(null, now), false);
    assert.equal(shouldDisableEndpoint(new Date('2026-01-01T00:00:01Z'), now), false);
    assert.equal(shouldDisableEndpoint(new Date('2026-01-01T00:00:00Z'), now), true);
  });
});
