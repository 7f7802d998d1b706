import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseKinds } from '../support/database.js';
import { buildGroup, buildUser, randomClientIp, type SignedInUser } from '../support/factories.js';
import { type FastLaneApps, fastLaneApps, type LaneAnswer } from '../support/fast-lane-apps.js';
import type { TestApp } from '../support/test-app.js';

/**
 * The invite page's fast lane (decision 139) answers a cached link's page to signed-out browsers in front of
 * Fastify, so only a real socket reaches it (`inject` goes straight to Fastify). The first view of a link is the
 * route's (it loads the link and renders the page), the next ones the lane's, and nobody may tell them apart — the
 * same page and headers, each answer with its own style nonce, the same budgets and log line — nor see a group that
 * was edited or a link that was revoked.
 */

type PageView = LaneAnswer;

const NONCE_IN_PAGE = /<meta name="csp-nonce" content="([^"]+)" \/>/;
const NONCE_IN_POLICY = /style-src 'self' 'nonce-([^']+)'/;
const VISITOR_ID = /hearth_visitor=[A-Za-z0-9_-]{22}/;
/** The `name=value` of the visitor cookie an answer set, as the browser sends it back. */
const visitorCookieOf = (answer: PageView) => VISITOR_ID.exec(answer.headers.get('set-cookie') ?? '')?.[0];

for (const kind of databaseKinds) {
  describe(`invite page fast lane (${kind})`, () => {
    let apps: FastLaneApps;
    let t: TestApp;
    let tight: TestApp;
    before(async () => {
      apps = await fastLaneApps(kind, '/invite/');
      ({ t, tight } = apps);
    });
    after(() => apps.close());

    const view = (app: TestApp, path: string, from: { ip: string; cookie?: string }) => apps.get(app, path, from);
    const linkOn = (app: TestApp, groupFields?: Record<string, unknown>) => apps.linkOn(app, groupFields);

    /** The style nonce an answer allowed in its CSP header and the one its page hands to the web app. */
    const noncesOf = (answer: PageView) => ({
      inPolicy: NONCE_IN_POLICY.exec(answer.headers.get('content-security-policy') ?? '')?.[1],
      inPage: NONCE_IN_PAGE.exec(answer.text)?.[1],
    });
    const withoutNonce = (text: string) => text.replace(NONCE_IN_PAGE, '<meta name="csp-nonce" content="…" />');

    test("a cached link's page is the route's page, with the same headers and a fresh style nonce", async () => {
      const { link } = await linkOn(t, { name: 'Harbour Swimmers' });
      const routedBefore = apps.routed.length;
      const fromRoute = await view(t, `/invite/${link.code}`, { ip: randomClientIp() });
      const fromLane = await view(t, `/invite/${link.code}`, { ip: randomClientIp() });
      assert.equal(apps.routed.length - routedBefore, 1, 'only the first view, which loaded the link, reached Fastify');
      for (const answer of [fromRoute, fromLane]) {
        assert.equal(answer.status, 200);
        assert.match(answer.text, /Harbour Swimmers/);
        const { inPolicy, inPage } = noncesOf(answer);
        assert.ok(inPolicy, 'the CSP allows this answer’s nonce');
        assert.equal(inPage, inPolicy, 'the page carries the nonce its CSP allows');
      }
      assert.notEqual(noncesOf(fromLane).inPage, noncesOf(fromRoute).inPage, 'every answer has its own nonce');
      assert.equal(withoutNonce(fromLane.text), withoutNonce(fromRoute.text));
      const comparable = (answer: PageView) =>
        [...answer.headers]
          .filter(([name]) => name !== 'date')
          .map(
            ([name, value]) =>
              `${name}: ${value.replace(NONCE_IN_POLICY, "style-src 'self' 'nonce-…'").replace(VISITOR_ID, 'hearth_visitor=…')}`,
          );
      assert.deepEqual(comparable(fromLane), comparable(fromRoute));
      for (const answer of [fromRoute, fromLane]) {
        assert.match(
          answer.headers.get('set-cookie') ?? '',
          /^hearth_visitor=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
        );
      }
      assert.notEqual(visitorCookieOf(fromLane), visitorCookieOf(fromRoute), 'each new browser is its own visitor');
      assert.equal(fromLane.headers.get('x-frame-options'), 'DENY');
      assert.equal(fromLane.headers.get('cache-control'), 'no-store');
      assert.equal(fromLane.headers.get('referrer-policy'), 'no-referrer');
    });

    test('an edit or a revoke shows on the very next view', async () => {
      const { owner, group, link } = await linkOn(t, { name: 'Pier Swimmers' });
      const ip = randomClientIp();
      const page = async () => (await view(t, `/invite/${link.code}`, { ip })).text;
      assert.match(await page(), /Pier Swimmers/);
      assert.match(await page(), /Pier Swimmers/);
      assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { name: 'Harbour Club' })).status, 200);
      const renamed = await page();
      assert.match(renamed, /Harbour Club/);
      assert.doesNotMatch(renamed, /Pier Swimmers/);
      assert.match(await page(), /Harbour Club/);
      await owner.api.delete(`/api/groups/${group.id}/invite-links/${link.id}`);
      const revoked = await view(t, `/invite/${link.code}`, { ip });
      assert.equal(revoked.status, 200, 'a dead link unfurls as the neutral invitation');
      assert.doesNotMatch(revoked.text, /Harbour Club/);
    });

    test('a link that expires while its look-up is cached unfurls as the neutral invitation on the next view', async () => {
      const owner = await buildUser(t.app, { ip: randomClientIp() });
      const group = await buildGroup(owner, { name: 'Fleeting Rowers' });
      const expiresAt = new Date(Date.now() + 1_500).toISOString();
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { expiresAt })).body.inviteLink;
      const ip = randomClientIp();
      assert.match((await view(t, `/invite/${link.code}`, { ip })).text, /Fleeting Rowers/);
      assert.match((await view(t, `/invite/${link.code}`, { ip })).text, /Fleeting Rowers/);
      await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 50));
      // Still within the cache's five seconds: the lane itself must see that the link has expired.
      const expired = await view(t, `/invite/${link.code}`, { ip });
      assert.equal(expired.status, 200);
      assert.doesNotMatch(expired.text, /Fleeting Rowers/);
    });

    test('signed-in browsers, query strings, HEAD and the card are left to the routes', async () => {
      const { owner, link } = await linkOn(t, { name: 'Lane Keepers' });
      const ip = randomClientIp();
      await view(t, `/invite/${link.code}`, { ip });
      const routedBefore = apps.routed.length;
      const cookie = (owner as SignedInUser).api.cookieHeader();
      assert.match((await view(t, `/invite/${link.code}`, { ip, cookie })).text, /Lane Keepers/);
      assert.match((await view(t, `/invite/${link.code}?utm_source=chat`, { ip })).text, /Lane Keepers/);
      assert.equal((await view(t, `/invite/${link.code}/card.png`, { ip })).headers.get('content-type'), 'image/png');
      const head = await fetch(`${apps.origin(t)}/invite/${link.code}`, { method: 'HEAD', headers: { 'x-forwarded-for': ip } });
      assert.equal(head.status, 200);
      assert.equal(apps.routed.length - routedBefore, 4);
      assert.match((await view(t, `/invite/${link.code}`, { ip })).text, /Lane Keepers/);
      assert.equal(apps.routed.length - routedBefore, 4, 'a signed-out view without a query is the lane’s');
    });

    test("the budgets are the route's, and a view past them is the neutral page, charged once", async () => {
      const { link } = await linkOn(tight, { name: 'Budgeted Rowers' });
      const venue = randomClientIp();
      const routedBefore = apps.routedOnTight.length;
      for (let phone = 0; phone < 3; phone++) {
        const answer = await view(tight, `/invite/${link.code}`, { ip: venue });
        assert.equal(answer.status, 200);
        assert.match(answer.text, /Budgeted Rowers/);
      }
      assert.equal(apps.routedOnTight.length - routedBefore, 1, 'the second and third views were the lane’s');
      const fourth = await view(tight, `/invite/${link.code}`, { ip: venue });
      assert.equal(apps.routedOnTight.length - routedBefore, 2, 'the lane handed the refused view to the route');
      assert.equal(fourth.status, 200, 'a rate-limited page still opens, as the neutral invitation');
      assert.doesNotMatch(fourth.text, /Budgeted Rowers/);
      assert.equal(fourth.headers.get('x-frame-options'), 'DENY');
      assert.ok(visitorCookieOf(fourth), 'the refused view still gets a visitor cookie');
      // Three views and one refusal: four units, not five (the route answers the lane's refusal without charging).
      if (apps.redis) assert.equal(Number(await apps.redis.get(`hearth:rl:invite-resolve-ip:${venue}`)), 4);
      // Another address behind the same proxy has its own budget.
      assert.match((await view(tight, `/invite/${link.code}`, { ip: randomClientIp() })).text, /Budgeted Rowers/);
    });

    test("a browser's page view is its page open: the web app's preview and visit count that follow are free", async () => {
      const { link } = await linkOn(tight, { name: 'Venue Rowers' });
      await view(tight, `/invite/${link.code}`, { ip: randomClientIp() });
      const venue = randomClientIp();
      const routedBefore = apps.routedOnTight.length;
      // The address may open three invitations a minute: three phones open the link, each with its page (the
      // lane's), then the page's preview and visit count with the cookie the page set.
      for (let phone = 0; phone < 3; phone++) {
        const page = await view(tight, `/invite/${link.code}`, { ip: venue });
        assert.match(page.text, /Venue Rowers/);
        const cookie = visitorCookieOf(page);
        assert.ok(cookie, 'the page sets a new browser’s visitor cookie');
        const from = { 'x-forwarded-for': venue, cookie } as Record<string, string>;
        const preview = await fetch(`${apps.origin(tight)}/api/invites/${link.code}`, { headers: from });
        assert.equal(preview.status, 200);
        assert.equal(preview.headers.get('set-cookie'), null, 'the preview knows the browser from its page');
        assert.equal(((await preview.json()) as { invite: { group: { name: string } } }).invite.group.name, 'Venue Rowers');
        const visit = await fetch(`${apps.origin(tight)}/api/invites/${link.code}/visits`, { method: 'POST', headers: from });
        assert.equal(visit.status, 204);
      }
      assert.deepEqual(
        apps.routedOnTight.slice(routedBefore).filter((url) => url === `/invite/${link.code}`),
        [],
        'every page was the lane’s',
      );
      if (apps.redis) assert.equal(Number(await apps.redis.get(`hearth:rl:invite-resolve-ip:${venue}`)), 3);
      // A fourth phone is past the address's three page opens.
      assert.doesNotMatch((await view(tight, `/invite/${link.code}`, { ip: venue })).text, /Venue Rowers/);
    });

    test('every view is logged once, as the route logs it, without the code', async () => {
      const { link } = await linkOn(t);
      const ip = randomClientIp();
      const before = apps.logLines.length;
      for (let i = 0; i < 3; i++) assert.equal((await view(t, `/invite/${link.code}`, { ip })).status, 200);
      await apps.assertAccessLines(before, { redactedUrl: '/invite/[redacted]', ip, code: link.code, count: 3 });
    });
  });
}
