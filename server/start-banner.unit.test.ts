import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startBanner } from './start-banner.js';

const config = {
  publicUrl: 'http://localhost:3000',
  databaseUrl: undefined,
  dataDir: './data',
  workers: 1,
  demoData: true,
  smtpUrl: undefined,
};
const demo = { email: 'owner@demo.hearth', password: 'demo-password', created: true };

test('the banner labels the demo log-in and names the Dev mailbox and the API docs', () => {
  const banner = startBanner(config, demo);
  assert.match(banner, /Hearth is running at http:\/\/localhost:3000/);
  assert.match(banner, /^ {4}email: {4}owner@demo\.hearth$/m);
  assert.match(banner, /^ {4}password: demo-password$/m);
  assert.match(banner, /Dev mailbox: http:\/\/localhost:3000\/dev\/mailbox/);
  assert.match(banner, /API docs: {4}http:\/\/localhost:3000\/api\/docs/);
  assert.match(banner, /embedded PGlite in \.\/data/);
});

test('without demo data there is no log-in; with SMTP_URL mail is not in the Dev mailbox', () => {
  const banner = startBanner({ ...config, demoData: false, smtpUrl: 'smtp://mail:25', databaseUrl: 'postgres://x' }, demo);
  assert.equal(/email:|password:/.test(banner), false);
  assert.equal(banner.includes('/dev/mailbox'), false);
  assert.match(banner, /sent through SMTP_URL/);
  assert.match(banner, /PostgreSQL \(DATABASE_URL\)/);
});
