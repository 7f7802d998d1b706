import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import sharp from 'sharp';
import { sha256 } from '../../server/shared/tokens.js';
import { databaseKinds } from '../support/database.js';
import { buildGroup, buildUser, randomClientIp } from '../support/factories.js';
import { ApiClient, createTestApp, type TestApp } from '../support/test-app.js';

const randomCode = () => randomBytes(24).toString('base64url');

// PGlite keeps limits in the process; PostgreSQL runs with Redis, the multi-instance set-up.
for (const kind of databaseKinds) {
  describe(`invite look-ups at a venue (${kind})`, () => {
    let t: TestApp;
    let tight: TestApp;
    let redis: Redis | undefined;
    before(async () => {
      const shared: Record<string, string> = { RATE_LIMITS: 'on' };
      if (kind === 'postgres') {
        redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
        shared.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
      }
      // The default budgets (RATE_LIMIT_INVITE_RESOLVE_PER_IP 120/60, RATE_LIMIT_INVITE_UNKNOWN_PER_IP 10/600).
      t = await createTestApp(kind, shared, { redis });
      tight = await createTestApp(kind, { ...shared, RATE_LIMIT_INVITE_RESOLVE_PER_IP: '3/60' }, { redis, database: t.database });
    });
    after(async () => {
      await tight.app.close();
      await t.close();
      redis?.disconnect();
    });

    test('100 phones behind one address all open a valid link while 1,000 random codes from it are throttled', async () => {
      const owner = await buildUser(t.app, { ip: randomClientIp() });
      const group = await buildGroup(owner, { name: 'Cafe Club' });
      const picture = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#2a6f97' } })
        .png()
        .toBuffer();
      assert.equal((await owner.api.upload('PUT', `/api/groups/${group.id}/avatar`, picture, 'image/png')).status, 200);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links/current`)).body.inviteLink;
      const venue = randomClientIp();

      const guessStatuses: number[] = [];
      const retryAfters: number[] = [];
      const guesser = new ApiClient(t.app, { remoteAddress: venue });
      const guess = async () => {
        const answer = await guesser.get(`/api/invites/${randomCode()}`);
        guessStatuses.push(answer.status);
        if (answer.status === 429) retryAfters.push(Number(answer.headers['retry-after']));
      };
      const visitorResults: { page: string; picture: number; preview: number; counted: number }[] = [];
      const visit = async () => {
        // Each visitor is their own phone (own cookies) on the café's one address, opening the link as a browser
        // does: the invite page, the group's picture on it, then the web app's preview and its visit count.
        const phone = new ApiClient(t.app, { remoteAddress: venue });
        const page = await phone.get(`/invite/${link.code}`);
        const shown = page.status === 200 && /Cafe Club/.test(String(page.body)) ? 'the group' : 'neutral';
        const pictureUrl = /<img class="ssr-invite-picture" src="([^"]+)"/.exec(String(page.body))?.[1];
        const pictureAnswer = pictureUrl ? (await phone.get(pictureUrl)).status : 0;
        const preview = await phone.get(`/api/invites/${link.code}`);
        const counted = await phone.post(`/api/invites/${link.code}/visits`);
        visitorResults.push({ page: shown, picture: pictureAnswer, preview: preview.status, counted: counted.status });
      };

      // The guesses start first and keep going while the phones arrive, 10 at a time: 100 phones in a minute, fewer
      // than the address's 120 page opens, each of them four requests.
      for (let round = 0; round < 10; round++) {
        await Promise.all([...Array.from({ length: 100 }, guess), ...Array.from({ length: 10 }, visit)]);
      }

      assert.equal(visitorResults.length, 100);
      const opened = { page: 'the group', picture: 200, preview: 200, counted: 204 };
      assert.deepEqual(
        visitorResults.filter((result) => JSON.stringify(result) !== JSON.stringify(opened)),
        [],
        'every phone opened the link: its page, its picture, its preview and its visit',
      );
      assert.equal(guessStatuses.length, 1000);
      assert.equal(guessStatuses.filter((status) => status === 404).length, 10, 'the unknown-code budget is 10');
      assert.equal(guessStatuses.filter((status) => status === 429).length, 990, 'every further guess is throttled');
      assert.ok(retryAfters.every((seconds) => seconds > 0 && seconds <= 600));

      // Each phone's page, picture, preview and visit count were one page open: 100 units of the address's 120.
      if (redis) assert.equal(Number(await redis.get(`hearth:rl:invite-resolve-ip:${venue}`)), 100);

      // The funnel counts each phone once, and the link still opens from the venue afterwards.
      const links = (await owner.api.get(`/api/groups/${group.id}/invite-links`)).body.inviteLinks;
      assert.equal(links[0].funnel.opened, 100);
      assert.equal((await new ApiClient(t.app, { remoteAddress: venue }).get(`/api/invites/${link.code}`)).status, 200);
    });

    test("guesses through the invite page spend the venue's unknown-code budget, and still block no one's valid link", async () => {
      const owner = await buildUser(t.app, { ip: randomClientIp() });
      const group = await buildGroup(owner, { name: 'Harbour Readers' });
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      const venue = randomClientIp();
      const guesser = new ApiClient(t.app, { remoteAddress: venue });
      for (let attempt = 0; attempt < 15; attempt++) {
        const page = await guesser.get(`/invite/${randomCode()}`);
        assert.equal(page.status, 200, 'an unknown code is the neutral invitation, whatever the budget');
        assert.doesNotMatch(String(page.body), /Harbour Readers/);
      }
      if (redis) assert.equal(Number(await redis.get(`hearth:rl:invite-unknown-ip:${venue}`)), 15);
      // The budget of ten unknown codes is spent: the API's next guess from the venue is throttled…
      assert.equal((await guesser.get(`/api/invites/${randomCode()}`)).status, 429);
      // …while a phone at the venue opens the real link, page and preview.
      const phone = new ApiClient(t.app, { remoteAddress: venue });
      assert.match(String((await phone.get(`/invite/${link.code}`)).body), /Harbour Readers/);
      assert.equal((await phone.get(`/api/invites/${link.code}`)).body.invite.group.name, 'Harbour Readers');
    });

    /** A fresh group's invite link on the instance with the tight look-up budget. */
    const linkOnTight = async () => {
      const owner = await buildUser(tight.app, { ip: randomClientIp() });
      const group = await buildGroup(owner);
      return (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
    };

    test("one page open spends one unit: the page's preview, visit and re-read after signing in count once", async () => {
      const link = await linkOnTight();
      const venue = randomClientIp();
      for (let visitor = 0; visitor < 3; visitor++) {
        const phone = new ApiClient(tight.app, { remoteAddress: venue });
        assert.equal((await phone.get(`/api/invites/${link.code}`)).status, 200);
        assert.equal((await phone.post(`/api/invites/${link.code}/visits`)).status, 204);
        assert.equal((await phone.get(`/api/invites/${link.code}`)).status, 200);
      }
      // The budget is 3 page opens a minute: a fourth phone is told when to retry.
      const fourth = await new ApiClient(tight.app, { remoteAddress: venue }).get(`/api/invites/${link.code}`);
      assert.equal(fourth.status, 429);
      assert.equal(fourth.body.error.code, 'rate_limited');
      assert.ok(Number(fourth.headers['retry-after']) > 0);
      // A client that drops its cookies pays for every look-up, so skipping the cookie buys nothing.
      const elsewhere = randomClientIp();
      const statuses = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        statuses.push((await new ApiClient(tight.app, { remoteAddress: elsewhere }).get(`/api/invites/${link.code}`)).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    });

    test("a crawler's card and page, fetched without cookies, pay for themselves and leave no page open behind", async () => {
      const link = await linkOnTight();
      const crawler = randomClientIp();
      const fetchAs = (url: string) => tight.app.inject({ method: 'GET', url, remoteAddress: crawler });
      const card = await fetchAs(`/invite/${link.code}/card.png`);
      assert.equal(card.headers['set-cookie'], undefined, 'an image sets no cookie');
      const page = await fetchAs(`/invite/${link.code}`);
      assert.ok(page.headers['set-cookie'], 'the page offers one, which a crawler drops');
      await fetchAs(`/invite/${link.code}/card.png`);
      // Three fetches, three page opens: the address's budget is spent, and the next card is the neutral one.
      const fourth = await fetchAs(`/invite/${link.code}/card.png`);
      assert.equal(fourth.statusCode, 200);
      assert.notEqual(fourth.headers.etag, card.headers.etag, 'past the budget the card shows no group');
      if (redis) {
        assert.equal(Number(await redis.get(`hearth:rl:invite-resolve-ip:${crawler}`)), 4);
        const opensOfThisLink = await redis.keys(`hearth:rl:invite-page-open:*${sha256(link.code).toString('base64url')}`);
        assert.equal(opensOfThisLink.length, 1, 'only the page, which set a cookie, recorded an open');
      }
    });

    test('a page past its few follow-ups pays for each further look-up, and is refused only when the address has no budget left', async () => {
      const link = await linkOnTight();
      const phone = new ApiClient(tight.app, { remoteAddress: randomClientIp() });
      const statuses = [];
      for (let lookUp = 0; lookUp < 9; lookUp++) statuses.push((await phone.get(`/api/invites/${link.code}`)).status);
      // The open (1 of 3), five free follow-ups, then two charged look-ups (2 and 3 of 3); the ninth is refused.
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200, 429]);
    });

    test('a refused look-up records no page open: a made-up visitor cookie buys no free look-ups and stores nothing', async () => {
      const link = await linkOnTight();
      const venue = randomClientIp();
      for (let phone = 0; phone < 3; phone++) {
        assert.equal((await new ApiClient(tight.app, { remoteAddress: venue }).get(`/api/invites/${link.code}`)).status, 200);
      }
      const madeUp = randomBytes(16).toString('base64url');
      const withMadeUpCookie = (remoteAddress: string) =>
        new ApiClient(tight.app, { remoteAddress, headers: { cookie: `hearth_visitor=${madeUp}` } });
      assert.equal((await withMadeUpCookie(venue).get(`/api/invites/${link.code}`)).status, 429);
      if (redis) assert.deepEqual(await redis.keys(`*${madeUp}*`), [], 'a refused look-up leaves no key in Redis');

      // Had the refused look-up counted as an open, this cookie's next look-up would be a free follow-up, and three
      // fresh phones would still fit in the other address's budget.
      const elsewhere = randomClientIp();
      const statuses = [(await withMadeUpCookie(elsewhere).get(`/api/invites/${link.code}`)).status];
      for (let phone = 0; phone < 3; phone++) {
        statuses.push((await new ApiClient(tight.app, { remoteAddress: elsewhere }).get(`/api/invites/${link.code}`)).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
      if (redis) assert.equal((await redis.keys(`*${madeUp}*`)).length, 1, 'the open it paid for is recorded');
    });
  });
}
