import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { databaseKinds } from '../support/database.js';
import { addMember, buildGroup, buildUser } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

/** The answers the adversarial review got 500 for, each now a 4xx with the error contract. */
for (const kind of databaseKinds) {
  describe(`hostile input (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    function assertRefused(answer: { status: number; body: any }, status: number, code: string, what: string) {
      assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.error.code, code, what);
      assert.equal(typeof answer.body.error.message, 'string', what);
    }

    test('a NUL byte in a text field, a query or a path parameter is a 400', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const anonymous = new ApiClient(t.app);
      const signUp = await anonymous.post('/api/auth/signup', {
        name: 'A\u0000B',
        email: 'nul@example.com',
        password: 'long enough',
      });
      assertRefused(signUp, 400, 'validation_failed', 'sign-up name');
      assertRefused(
        await owner.api.post('/api/groups', { name: 'G\u0000', visibility: 'public' }),
        400,
        'validation_failed',
        'group',
      );
      assertRefused(
        await owner.api.patch(`/api/groups/${group.id}`, { description: 'x\u0000' }),
        400,
        'validation_failed',
        'patch',
      );
      assertRefused(await owner.api.get(`/api/groups/${group.id}/members?q=a%00`), 400, 'validation_failed', 'search');
      assertRefused(await owner.api.get('/api/groups/abc%00def'), 400, 'validation_failed', 'path');
      assertRefused(await anonymous.get('/api/invites/abc%00'), 400, 'validation_failed', 'invite code');
    });

    test('PATCH with {} or only unknown keys is a 400', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assertRefused(await owner.api.patch(`/api/groups/${group.id}`, {}), 400, 'validation_failed', 'group {}');
      assertRefused(await owner.api.patch(`/api/groups/${group.id}`, { bogus: 1 }), 400, 'validation_failed', 'group unknown');
      const linkUrl = `/api/groups/${group.id}/invite-links/${link.id}`;
      assertRefused(await owner.api.patch(linkUrl, {}), 400, 'validation_failed', 'link {}');
      assertRefused(await owner.api.patch(linkUrl, { nope: true }), 400, 'validation_failed', 'link unknown');
      assert.equal((await owner.api.patch(linkUrl, { label: 'Still editable' })).status, 200);
    });

    test('banning an unknown person is a 404, and crafted member cursors are 400s', async () => {
      const owner = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMember(owner, group.id, member);
      const ban = await owner.api.post(`/api/groups/${group.id}/bans`, { userId: '6c1b0b1e-7c4e-4f1a-9b3a-2b1f0e9d8c7a' });
      assertRefused(ban, 404, 'member_not_found', 'ban unknown');
      const crafted = [
        ['1', member.id],
        ['2026-01-01 00:00:00+00', '------------------------------------'],
        ['9999-99-99 99:99:99+00', member.id],
        ['2026-01-01 00:00:00+00', 'x\u0000'],
      ].map((cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url'));
      for (const cursor of crafted) {
        assertRefused(await owner.api.get(`/api/groups/${group.id}/members?cursor=${cursor}`), 400, 'validation_failed', cursor);
      }
    });

    test('framework errors use the error contract: bad URL encoding, 413, 414, unsupported media type, malformed JSON', async () => {
      const owner = await buildUser(t.app);
      const raw = async (options: InjectOptions) => {
        const response = await t.app.inject(options);
        return { status: response.statusCode, body: JSON.parse(response.body) };
      };
      assertRefused(await raw({ method: 'GET', url: '/api/groups/%E0%A4%A' }), 400, 'bad_request', 'bad encoding');
      assertRefused(await raw({ method: 'GET', url: `/api/invites/${'x'.repeat(1000)}` }), 414, 'uri_too_long', '414');
      const huge = JSON.stringify({ email: 'x'.repeat(2_000_000), password: 'x' });
      const big = await raw({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: huge,
      });
      assertRefused(big, 413, 'payload_too_large', '413');
      const xml = await raw({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      });
      assertRefused(xml, 415, 'unsupported_media_type', '415');
      assertRefused(
        await owner.api.request('POST', '/api/groups', undefined, { 'content-type': 'application/json' }),
        400,
        'validation_failed',
        'no body',
      );
      const malformed = await raw({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"a',
      });
      assertRefused(malformed, 400, 'validation_failed', 'malformed JSON');
    });

    test('names refuse control characters and direction overrides, and are stored trimmed and in NFC', async () => {
      const owner = await buildUser(t.app);
      for (const name of ['Dana\u202Egnp.exe', 'Tab\there', 'Line\nbreak', '\u2066isolated\u2069', 'bell\u0007']) {
        assertRefused(await owner.api.post('/api/groups', { name, visibility: 'public' }), 400, 'validation_failed', name);
        const anonymous = new ApiClient(t.app);
        const signUp = await anonymous.post('/api/auth/signup', {
          name,
          email: `n-${Date.now()}@example.com`,
          password: 'long enough',
        });
        assertRefused(signUp, 400, 'validation_failed', `user ${name}`);
      }
      const group = await buildGroup(owner);
      const label = await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Insta\u202Egram' });
      assertRefused(label, 400, 'validation_failed', 'label');
      const decomposed = '  Cafe\u0301 Club  ';
      const created = await owner.api.post('/api/groups', { name: decomposed, visibility: 'public' });
      assert.equal(created.status, 201);
      assert.equal(created.body.group.name, 'Caf\u00e9 Club');
      const signedUp = await new ApiClient(t.app).post('/api/auth/signup', {
        name: ' Zoe\u0308 ',
        email: `nfc-${Date.now()}@example.com`,
        password: 'long enough',
      });
      assert.equal(signedUp.body.user.name, 'Zo\u00eb');
      assert.equal(
        (await owner.api.post('/api/groups', { name: 'Ünïcødé 日本 группа', visibility: 'public' })).status,
        201,
        'letters of every script stay allowed',
      );
    });
  });
}
