import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

function assertSecurityHeaders(headers: Record<string, unknown>, what: string) {
  const csp = String(headers['content-security-policy'] ?? '');
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "img-src 'self' data: blob:",
  ]) {
    assert.ok(csp.includes(directive), `${what}: CSP has ${directive} (got ${csp})`);
  }
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, what);
  assert.equal(headers['x-frame-options'], 'DENY', what);
  assert.equal(headers['x-content-type-options'], 'nosniff', what);
  assert.equal(headers['referrer-policy'], 'no-referrer', what);
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin', what);
}

describe('security headers', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite');
  });
  after(() => t.close());

  test('every kind of answer carries them: success, validation error, refusal, 401 and 404', async () => {
    const anonymous = new ApiClient(t.app);
    const answers = {
      health: await anonymous.get('/healthz'),
      openapi: await anonymous.get('/api/openapi.json'),
      invalid: await anonymous.post('/api/auth/signup', { email: 'nope' }),
      foreignOrigin: await anonymous.request('POST', '/api/auth/login', {}, { origin: 'http://evil.test' }),
      unauthenticated: await anonymous.get('/api/me'),
      unknownRoute: await anonymous.get('/api/no-such-thing'),
      unknownPage: await anonymous.get('/no-such-page'),
    };
    assert.equal(answers.invalid.status, 400);
    assert.equal(answers.foreignOrigin.status, 403);
    assert.equal(answers.unauthenticated.status, 401);
    assert.equal(answers.unknownRoute.status, 404);
    for (const [what, answer] of Object.entries(answers)) assertSecurityHeaders(answer.headers, what);
    assert.equal(answers.health.headers['strict-transport-security'], undefined, 'no HSTS when PUBLIC_URL is http');
  });

  test('signed-in API answers are never stored by a cache', async () => {
    const user = await buildUser(t.app);
    for (const url of ['/api/me', '/api/groups']) {
      const answer = await user.api.get(url);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['cache-control'], 'no-store', url);
    }
    const created = await user.api.post('/api/groups', { name: 'Cache test', visibility: 'public' });
    assert.equal(created.headers['cache-control'], 'no-store');
  });

  test('the API docs page gets inline styles (Swagger UI needs them) but still no inline script and no framing', async () => {
    const docs = await new ApiClient(t.app).get('/api/docs/static/index.html');
    const csp = String(docs.headers['content-security-policy']);
    assert.match(csp, /style-src 'self' 'unsafe-inline'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(docs.headers['x-frame-options'], 'DENY');
  });
});

describe('security headers over https', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('pglite', { PUBLIC_URL: 'https://hearth.example' });
  });
  after(() => t.close());

  test('HSTS is sent when PUBLIC_URL is https', async () => {
    const answer = await new ApiClient(t.app).get('/healthz');
    assert.match(String(answer.headers['strict-transport-security']), /max-age=31536000/);
    assertSecurityHeaders(answer.headers, 'https health');
  });
});
