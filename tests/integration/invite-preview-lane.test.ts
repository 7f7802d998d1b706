import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { FastLanes } from '../../server/http/fast-lanes.js';
import { requestIdSequence } from '../../server/http/request-log.js';
import { securityHeaderSets } from '../../server/http/security-headers.js';
import { InviteLookupBudgets, visitorCookieWriter } from '../../server/modules/invite-links/invite-lookup-budgets.js';
import { InvitePreviewCache } from '../../server/modules/invite-links/invite-preview-cache.js';
import { invitePreviewLane, takeHandedOver } from '../../server/modules/invite-links/invite-preview-lane.js';
import { previewInvite } from '../../server/modules/invite-links/invitations.service.js';
import type { AppError } from '../../server/shared/errors.js';
import { createInvalidationBus } from '../../server/shared/invalidation-bus.js';
import { createLimiters } from '../../server/shared/rate-limit.js';
import { sha256 } from '../../server/shared/tokens.js';
import { databaseKinds } from '../support/database.js';
import { buildGroup, buildUser, type SignedInUser, randomClientIp } from '../support/factories.js';
import { type FastLaneApps, fastLaneApps, type LaneAnswer } from '../support/fast-lane-apps.js';
import { createTestApp, type TestApp, testConfig } from '../support/test-app.js';

/**
 * The invite preview's fast lane (decision 136) answers cached, signed-out previews in front of Fastify, so only a
 * real socket reaches it (`inject` goes straight to Fastify). Through one: the first look-up of a link is the
 * route's (nothing is cached yet), the next ones the lane's, and a person must not be able to tell them apart —
 * same bytes, headers, cookie, budgets, refusals and log line — nor see a stale group after an edit.
 */

type LookUp = LaneAnswer;

for (const kind of databaseKinds) {
  describe(`invite preview fast lane (${kind})`, () => {
    let apps: FastLaneApps;
    let t: TestApp;
    let tight: TestApp;
    before(async () => {
      apps = await fastLaneApps(kind, '/api/invites/');
      ({ t, tight } = apps);
    });
    after(() => apps.close());

    const lookUp = (app: TestApp, code: string, from: { ip: string; cookie?: string }) =>
      apps.get(app, `/api/invites/${code}`, from);
    /** The `name=value` of the visitor cookie an answer set. */
    const visitorCookieOf = (answer: LookUp) => (answer.headers.get('set-cookie') ?? '').split(';')[0] as string;

    const linkOn = (app: TestApp, groupFields?: Record<string, unknown>) => apps.linkOn(app, groupFields);

    test("a cached link's preview is the route's answer, byte for byte, with the same headers and cookie", async () => {
      const { link } = await linkOn(t, { name: 'Harbour Swimmers' });
      const routedBefore = apps.routed.length;
      const fromRoute = await lookUp(t, link.code, { ip: randomClientIp() });
      const fromLane = await lookUp(t, link.code, { ip: randomClientIp() });
      assert.equal(apps.routed.length - routedBefore, 1, 'only the first look-up, which filled the cache, reached Fastify');
      for (const answer of [fromRoute, fromLane]) {
        assert.equal(answer.status, 200);
        assert.equal(JSON.parse(answer.text).invite.group.name, 'Harbour Swimmers');
      }
      assert.equal(fromLane.text, fromRoute.text);
      const comparable = (answer: LookUp) =>
        [...answer.headers]
          .filter(([name]) => name !== 'date' && name !== 'set-cookie')
          .map(([name, value]) => `${name}: ${value}`);
      assert.deepEqual(comparable(fromLane), comparable(fromRoute));
      assert.equal(fromLane.headers.get('x-frame-options'), 'DENY');
      assert.equal(fromLane.headers.get('cache-control'), 'no-store');

      // Each new browser gets its own visitor cookie with the same attributes; a returning one gets none.
      const attributes = (answer: LookUp) => (answer.headers.get('set-cookie') ?? '').split(';').slice(1).join(';');
      assert.match(visitorCookieOf(fromLane), /^hearth_visitor=[A-Za-z0-9_-]{22}$/);
      assert.notEqual(visitorCookieOf(fromLane), visitorCookieOf(fromRoute));
      assert.equal(attributes(fromLane), attributes(fromRoute));
      assert.match(attributes(fromLane), /HttpOnly/);
      const returning = await lookUp(t, link.code, { ip: randomClientIp(), cookie: visitorCookieOf(fromLane) });
      assert.equal(returning.status, 200);
      assert.equal(returning.headers.get('set-cookie'), null);
      assert.equal(apps.routed.length - routedBefore, 1);
    });

    test('a link that expires while its look-up is cached is refused on the next look-up', async () => {
      const owner = await buildUser(t.app, { ip: randomClientIp() });
      const group = await buildGroup(owner);
      const expiresAt = new Date(Date.now() + 1_500).toISOString();
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { expiresAt })).body.inviteLink;
      const ip = randomClientIp();
      assert.equal((await lookUp(t, link.code, { ip })).status, 200);
      assert.equal((await lookUp(t, link.code, { ip })).status, 200);
      await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 50));
      // Still within the cache's five seconds: the lane itself must see that the link has expired.
      const expired = await lookUp(t, link.code, { ip });
      assert.equal(expired.status, 410);
      assert.equal(JSON.parse(expired.text).error.code, 'invite_expired');
    });

    test('an edit or a revoke shows on the very next look-up', async () => {
      const { owner, group, link } = await linkOn(t, { description: 'Sundays at the pier' });
      const ip = randomClientIp();
      const description = async () => JSON.parse((await lookUp(t, link.code, { ip })).text).invite.group.description;
      assert.equal(await description(), 'Sundays at the pier');
      assert.equal(await description(), 'Sundays at the pier');
      assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { description: 'Saturdays now' })).status, 200);
      assert.equal(await description(), 'Saturdays now');
      assert.equal(await description(), 'Saturdays now');
      await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
      const revoked = await lookUp(t, link.code, { ip });
      assert.equal(revoked.status, 410);
      assert.equal(JSON.parse(revoked.text).error.code, 'invite_revoked');
    });

    test('a signed-in viewer is still told their own standing', async () => {
      const { owner, link } = await linkOn(t);
      const ip = randomClientIp();
      assert.equal(JSON.parse((await lookUp(t, link.code, { ip })).text).invite.viewerStatus, null);
      assert.equal(JSON.parse((await lookUp(t, link.code, { ip })).text).invite.viewerStatus, null);
      const asOwner = await lookUp(t, link.code, { ip, cookie: (owner as SignedInUser).api.cookieHeader() });
      assert.equal(JSON.parse(asOwner.text).invite.viewerStatus, 'member');
    });

    test("the budgets are the route's: one unit per page open, free follow-ups, and the route's refusal past them", async () => {
      const { link } = await linkOn(tight);
      const venue = randomClientIp();
      // Three phones at one address (budget 3 a minute); the first look-up fills the cache.
      const phones: string[] = [];
      for (let phone = 0; phone < 3; phone++) {
        const answer = await lookUp(tight, link.code, { ip: venue });
        assert.equal(answer.status, 200);
        phones.push(visitorCookieOf(answer));
      }
      // Each page's follow-ups are free (four of them), so every phone can re-read its page.
      for (const cookie of phones) assert.equal((await lookUp(tight, link.code, { ip: venue, cookie })).status, 200);
      const fourth = await lookUp(tight, link.code, { ip: venue });
      assert.equal(fourth.status, 429);
      assert.equal(JSON.parse(fourth.text).error.code, 'rate_limited');
      assert.ok(Number(fourth.headers.get('retry-after')) > 0);
      assert.equal(fourth.headers.get('x-frame-options'), 'DENY', 'the refusal carries the security headers');
      // The address is the one the proxy named: another address behind the same proxy has its own budget.
      assert.equal((await lookUp(tight, link.code, { ip: randomClientIp() })).status, 200);
    });

    test('a refused look-up is charged once and records no page open: its cookie buys no free follow-up anywhere', async () => {
      const { link } = await linkOn(tight);
      const venue = randomClientIp();
      for (let phone = 0; phone < 3; phone++) assert.equal((await lookUp(tight, link.code, { ip: venue })).status, 200);
      const refused = await lookUp(tight, link.code, { ip: venue });
      assert.equal(refused.status, 429);
      // Three answers and one refusal: four units, not five (the route answers the lane's refusal without charging).
      if (apps.redis) assert.equal(Number(await apps.redis.get(`hearth:rl:invite-resolve-ip:${venue}`)), 4);
      // Had the refused open been recorded, this cookie would now look up for free, and three new phones would
      // still fit in the other address's budget.
      const cookie = visitorCookieOf(refused) || `hearth_visitor=${randomBytes(16).toString('base64url')}`;
      const elsewhere = randomClientIp();
      const statuses = [(await lookUp(tight, link.code, { ip: elsewhere, cookie })).status];
      for (let phone = 0; phone < 3; phone++) statuses.push((await lookUp(tight, link.code, { ip: elsewhere })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    });

    test('every answer is logged once, as the route logs it, without the code', async () => {
      const { link } = await linkOn(t);
      const ip = randomClientIp();
      const before = apps.logLines.length;
      for (let i = 0; i < 3; i++) assert.equal((await lookUp(t, link.code, { ip })).status, 200);
      await apps.assertAccessLines(before, { redactedUrl: '/api/invites/[redacted]', ip, code: link.code, count: 3 });
    });
  });
}

/**
 * Which requests the lane takes, seen from the one place that can tell: a server whose Fastify is a stub that
 * says "passed on". The app-level tests above show the answers are the same; these show the lane is really the
 * one answering (so the speed it is there for is real) and leaves everything else alone.
 */
describe('which look-ups the preview fast lane answers (pglite)', () => {
  let t: TestApp;
  let cache: InvitePreviewCache;
  let owner: SignedInUser;
  let stopping = false;
  let inFlight = 0;
  const servers: Server[] = [];
  const laneErrors: unknown[] = [];

  before(async () => {
    t = await createTestApp('pglite');
    cache = new InvitePreviewCache(await createInvalidationBus({}));
    owner = await buildUser(t.app);
  });
  after(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await t.close();
  });

  /** Listens with `lanes` in front of a stand-in for Fastify, which says whether a lane handed it a refusal. */
  async function listenBehind(lanes: FastLanes): Promise<string> {
    const fastify = (request: IncomingMessage, response: ServerResponse) => {
      const handedOver = takeHandedOver(request);
      response.writeHead(299);
      response.end(handedOver ? `handed over: ${(handedOver.refusal as AppError).code}` : 'passed on');
    };
    const server = lanes.serverFactory(fastify as never, {
      keepAliveTimeout: 5_000,
      requestTimeout: 0,
      connectionTimeout: 0,
      maxRequestsPerSocket: 0,
    }) as Server;
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** A server with the lane in front of a stand-in for Fastify, which says whether the lane handed it a refusal. */
  async function laneServer(limits: { resolvePerIp: string } | 'off') {
    const config = testConfig(
      limits === 'off' ? {} : { RATE_LIMITS: 'on', RATE_LIMIT_INVITE_RESOLVE_PER_IP: limits.resolvePerIp },
    );
    const lanes = new FastLanes((error) => laneErrors.push(error));
    lanes.add(
      invitePreviewLane({
        cache,
        budgets: new InviteLookupBudgets(createLimiters(config), config.rateLimitsEnabled),
        sessionCookieName: 'hearth_session',
        writeVisitorCookie: visitorCookieWriter(false),
        apiHeaders: securityHeaderSets(false).api,
        trustProxy: false,
        log: pino({ level: 'silent' }),
        nextRequestId: requestIdSequence(),
        stop: {
          stopping: () => stopping,
          inFlight: () => {
            inFlight++;
            return () => inFlight--;
          },
        },
      }),
    );
    const origin = await listenBehind(lanes);
    return async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${origin}${path}`, init);
      return { status: response.status, text: await response.text(), setCookie: response.headers.get('set-cookie') };
    };
  }

  async function newLink() {
    const group = await buildGroup(owner);
    return (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink as { code: string };
  }

  test("answers a cached, usable link's signed-out preview itself, and leaves every other request to Fastify", async () => {
    const get = await laneServer('off');
    const { code } = await newLink();
    assert.deepEqual(await get(`/api/invites/${code}`), { status: 299, text: 'passed on', setCookie: null }, 'not cached yet');

    await cache.find(t.database.db, sha256(code));
    const kept = await previewInvite(t.database.db, cache, { code, viewerId: null });
    const answered = await get(`/api/invites/${code}`);
    assert.equal(answered.status, 200);
    assert.equal(answered.text, kept.toString());
    assert.match(
      answered.setCookie ?? '',
      /^hearth_visitor=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );

    const passedOn = [
      await get(`/api/invites/${code}`, { headers: { cookie: 'hearth_session=some-token' } }),
      await get(`/api/invites/${code}?ref=mail`),
      await get(`/api/invites/${code}`, { method: 'HEAD' }),
      await get(`/api/invites/${code}/visits`, { method: 'POST' }),
      await get(`/api/invites/${code.slice(1)}`),
      await get(`/api/invites/${(await newLink()).code}`),
    ];
    assert.deepEqual(
      passedOn.map((answer) => answer.status),
      [299, 299, 299, 299, 299, 299],
    );
    stopping = true;
    assert.equal((await get(`/api/invites/${code}`)).status, 299, 'a stopping process answers through Fastify');
    stopping = false;
    assert.deepEqual(laneErrors, []);
  });

  test('a lane that throws is reported and its request answered by Fastify, not the end of the process', async () => {
    const lanes = new FastLanes((error) => laneErrors.push(error));
    lanes.add(() => {
      throw new Error('a bug in a lane');
    });
    const response = await fetch(`${await listenBehind(lanes)}/api/invites/x`);
    assert.equal(response.status, 299);
    assert.equal(await response.text(), 'passed on');
    assert.equal(laneErrors.length, 1);
    laneErrors.length = 0;
  });

  test('with rate limits on, it waits for the budgets, counts itself in flight, and hands a refusal to Fastify', async () => {
    const get = await laneServer({ resolvePerIp: '2/60' });
    const { code } = await newLink();
    await cache.find(t.database.db, sha256(code));
    assert.equal((await get(`/api/invites/${code}`)).status, 200);
    assert.equal((await get(`/api/invites/${code}`)).status, 200);
    assert.deepEqual(await get(`/api/invites/${code}`), { status: 299, text: 'handed over: rate_limited', setCookie: null });
    assert.equal(inFlight, 0, 'every request it waited on was counted out again');
  });
});

describe('the preview fast lane behind https and without a trusted proxy (pglite)', () => {
  const apps: TestApp[] = [];
  after(async () => {
    for (const app of apps) await app.app.close();
    await apps[0]?.database.drop();
  });

  async function listening(environment: Record<string, string>) {
    const app = await createTestApp('pglite', environment, apps[0] ? { database: apps[0].database } : {});
    apps.push(app);
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`;
    const owner = await buildUser(app.app);
    const group = await buildGroup(owner);
    const { code } = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    const lookUp = async (headers: Record<string, string> = {}) => {
      const response = await fetch(`${origin}/api/invites/${code}`, { headers });
      return { status: response.status, setCookie: response.headers.get('set-cookie'), body: await response.text() };
    };
    return { owner, lookUp };
  }

  test('behind https the visitor cookie is Secure, and the __Host- session cookie still reaches the route', async () => {
    const { owner, lookUp } = await listening({ PUBLIC_URL: 'https://hearth.test' });
    await lookUp();
    const fromLane = await lookUp();
    assert.match(fromLane.setCookie ?? '', /; Secure$/);
    const session = owner.api.cookieHeader() ?? '';
    assert.match(session, /__Host-hearth_session=/);
    assert.equal(JSON.parse((await lookUp({ cookie: session })).body).invite.viewerStatus, 'member');
  });

  test('without a trusted proxy, a made-up X-Forwarded-For does not change whose budget is spent', async () => {
    const { lookUp } = await listening({ RATE_LIMITS: 'on', RATE_LIMIT_INVITE_RESOLVE_PER_IP: '3/60' });
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await lookUp({ 'x-forwarded-for': randomClientIp() })).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
  });
});
