import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('OpenAPI document', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  test('is served at /api/openapi.json with every contract path, and browsable at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const paths = Object.keys(JSON.parse(response.body).paths);
    for (const path of [
      '/api/auth/signup',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/me',
      '/api/groups',
      '/api/groups/{groupId}',
      '/api/groups/{groupId}/members',
      '/api/groups/{groupId}/members/{userId}',
      '/api/groups/{groupId}/bans',
      '/api/groups/{groupId}/bans/{userId}',
      '/api/groups/{groupId}/invite-links',
      '/api/groups/{groupId}/invite-links/{linkId}',
      '/api/groups/{groupId}/invite-links/{linkId}/reset',
      '/api/groups/{groupId}/invites/pause',
      '/api/groups/{groupId}/invites/resume',
      '/api/invites/{code}',
      '/api/invites/{code}/accept',
      '/api/groups/{groupId}/join-requests',
      '/api/groups/{groupId}/join-requests/{requestId}/approve',
      '/api/groups/{groupId}/join-requests/{requestId}/decline',
      '/api/groups/{groupId}/email-invites',
      '/api/groups/{groupId}/email-invites/{inviteId}/resend',
      '/api/groups/{groupId}/email-invites/{inviteId}',
      '/api/auth/password-reset',
      '/api/auth/password-reset/confirm',
      '/api/auth/magic-link',
      '/api/auth/magic-link/confirm',
      '/api/auth/verify-email',
      '/api/auth/verify-email/confirm',
    ]) {
      assert.ok(paths.includes(path), `${path} is documented`);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });
});
