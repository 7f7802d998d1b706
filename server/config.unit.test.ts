import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, defaultDatabasePoolSize, loadConfig } from './config.js';

describe('configuration', () => {
  test('defaults: port 3000 on 127.0.0.1, PUBLIC_URL from the port, a session secret kept in the data folder', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-config-'));
    const config = loadConfig({ HEARTH_DATA_DIR: dataDir });
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.secureCookies, false);
    assert.equal(config.sessionSecret, readFileSync(path.join(dataDir, 'session-secret'), 'utf8').trim());
    assert.equal(loadConfig({ HEARTH_DATA_DIR: dataDir }).sessionSecret, config.sessionSecret, 'kept across restarts');
  });

  test('the PostgreSQL pool is about two connections per core of the host, shared by its workers, unless set', () => {
    assert.equal(defaultDatabasePoolSize(1, 2), 4, 'one process on a 2-core host');
    assert.equal(defaultDatabasePoolSize(2, 4), 4, 'two workers on a 4-core host share the eight');
    assert.equal(defaultDatabasePoolSize(8, 8), 3, 'never fewer than three: the invalidation bus keeps one');
    assert.equal(defaultDatabasePoolSize(1, 1), 3);
    assert.equal(defaultDatabasePoolSize(1, 64), 20, 'never more than twenty per process');
    assert.equal(defaultDatabasePoolSize(3, 4), 3, 'rounded up');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-config-'));
    const databaseUrl = 'postgres://localhost/hearth';
    assert.equal(
      loadConfig({ HEARTH_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '7' }).databasePoolSize,
      7,
    );
    const byWorkers = loadConfig({ HEARTH_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, WEB_CONCURRENCY: '2' });
    assert.equal(byWorkers.databasePoolSize, defaultDatabasePoolSize(2));
  });

  test('a bad value stops start-up with a message naming the variable', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', SESSION_SECRET: 'x'.repeat(32) }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT/);
        return true;
      },
    );
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x', SESSION_SECRET: 'x'.repeat(32) }), /DATABASE_URL/);
    assert.throws(() => loadConfig({ RATE_LIMIT_AUTH_PER_IP: 'lots', SESSION_SECRET: 'x'.repeat(32) }), /RATE_LIMIT_AUTH_PER_IP/);
  });

  test('an https PUBLIC_URL turns on secure cookies; rate limits and proxy trust follow their variables', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://hearth.example/',
      SESSION_SECRET: 'x'.repeat(32),
      RATE_LIMITS: 'off',
      TRUST_PROXY: '1',
    });
    assert.equal(config.publicUrl, 'https://hearth.example');
    assert.equal(config.secureCookies, true);
    assert.equal(config.rateLimitsEnabled, false);
    assert.equal(config.trustProxy, 1, 'TRUST_PROXY=1 trusts exactly one proxy hop, not every hop');
  });

  test('TRUST_PROXY takes a hop count or a list of proxy addresses and CIDRs', () => {
    const trust = (value: string) => loadConfig({ SESSION_SECRET: 'x'.repeat(32), TRUST_PROXY: value }).trustProxy;
    assert.equal(trust('0'), false);
    assert.equal(trust('2'), 2);
    assert.deepEqual(trust('10.0.0.1, 192.168.0.0/16,fd00::/8'), ['10.0.0.1', '192.168.0.0/16', 'fd00::/8']);
    assert.deepEqual(trust('loopback'), ['loopback']);
    for (const bad of ['yes', 'true', '10.0.0.300', '10.0.0.0/33', '10.0.0.1,,', '-1']) {
      assert.throws(() => trust(bad), /TRUST_PROXY/, bad);
    }
  });
});
