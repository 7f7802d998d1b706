import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { webhookEventTypes } from '../../server/modules/webhooks/webhook-events.js';
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
      '/api/groups/{groupId}/webhooks',
      '/api/groups/{groupId}/webhooks/{webhookId}',
      '/api/groups/{groupId}/webhooks/{webhookId}/rotate-secret',
      '/api/groups/{groupId}/webhooks/{webhookId}/test',
      '/api/groups/{groupId}/webhooks/{webhookId}/deliveries',
      '/api/auth/magic-link',
      '/api/auth/magic-link/confirm',
      '/api/auth/verify-email',
      '/api/auth/verify-email/confirm',
    ]) {
      assert.ok(paths.includes(path), `${path} is documented`);
    }
    const webhooks = JSON.parse(response.body).webhooks;
    for (const type of webhookEventTypes) {
      const body = webhooks[type]?.post?.requestBody?.content?.['application/json']?.schema;
      assert.ok(body, `the ${type} event is documented`);
      assert.deepEqual(body.required, ['type', 'timestamp', 'data']);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });

  test('every operation has a summary, an operationId and its error codes from the contract table', async () => {
    const document = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${path}`;
        assert.ok(operation.summary, `${name} has a summary`);
        assert.ok(operation.operationId, `${name} has an operationId`);
        assert.ok(!operationIds.has(operation.operationId), `${name}'s operationId is unique`);
        operationIds.add(operation.operationId);
        const errors = Object.entries(operation.responses as Record<string, any>).filter(([status]) => Number(status) >= 400);
        assert.ok(errors.length > 0, `${name} documents its errors`);
        for (const [status, response] of errors) {
          const codes = response.content['application/json'].schema.properties.error.properties.code.enum as string[];
          assert.ok(codes.length > 0, `${name} ${status} lists its codes`);
        }
      }
    }
    const accept = document.paths['/api/invites/{code}/accept'].post;
    assert.deepEqual(accept.responses['410'].content['application/json'].schema.properties.error.properties.code.enum, [
      'invite_exhausted',
      'invite_expired',
      'invite_revoked',
      'invites_paused',
    ]);
  });
});
