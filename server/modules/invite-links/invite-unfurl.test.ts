import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { databaseKinds } from '../../../tests/support/database.js';
import { buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../../tests/support/test-app.js';
import { groupAvatars, groups, inviteLinks } from '../../db/schema/index.js';

/** The user agents of the link expanders people paste invitations into. None of them runs JavaScript. */
const CRAWLERS = {
  slack: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  twitter: 'Twitterbot/1.0',
  whatsapp: 'WhatsApp/2.23.20.0 A',
  discord: 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
  telegram: 'TelegramBot (like TwitterBot)',
};

/** Reads `<meta property|name="key" content="…">` the way a crawler does (content is HTML-unescaped). */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g)) {
    tags.set(match[1]!, decodeEntities(match[2]!));
  }
  const title = html.match(/<title>([^<]*)<\/title>/);
  if (title) tags.set('title', decodeEntities(title[1]!));
  return tags;
}

function decodeEntities(text: string) {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The visible text of the server-rendered card, tags stripped. */
function cardText(html: string): string {
  const card = html.match(/<main id="server-invite-card"[\s\S]*?<\/main>/)?.[0] ?? '';
  return decodeEntities(card.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).trim();
}

async function pngOf(size: number, colour: string) {
  return sharp({ create: { width: size, height: size, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

for (const kind of databaseKinds) {
  describe(`invite links unfurl (${kind})`, () => {
    let t: TestApp;
    let owner: SignedInUser;
    before(async () => {
      t = await createTestApp(kind);
      owner = await buildUser(t.app, { name: 'Dana Demo' });
    });
    after(() => t.close());

    async function linkFor(groupId: string) {
      const response = await owner.api.post(`/api/groups/${groupId}/invite-links`, {});
      return response.body.inviteLink as { id: string; code: string };
    }
    const fetchAs = (url: string, userAgent: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url, headers: { 'user-agent': userAgent, ...headers } });
    /** Changes made straight in the database reach cached previews once the group is invalidated. */
    const invalidateGroup = async (groupId: string) => {
      const response = await owner.api.patch(`/api/groups/${groupId}`, { membershipQuestions: [] });
      assert.equal(response.status, 200);
    };

    test('every crawler gets the invitation in <head> and a readable card in <body>, without JavaScript', async () => {
      const group = await buildGroup(owner, {
        name: 'Morning Runners',
        visibility: 'public',
        description: `We run at dawn along the river.\n${'Bring water and a friend. '.repeat(20)}`,
      });
      const { code } = await linkFor(group.id);
      for (const [crawler, userAgent] of Object.entries(CRAWLERS)) {
        const response = await fetchAs(`/invite/${code}`, userAgent);
        assert.equal(response.statusCode, 200, crawler);
        assert.match(response.headers['content-type'] as string, /^text\/html/);
        assert.equal(response.headers['referrer-policy'], 'no-referrer');
        assert.equal(response.headers['cache-control'], 'no-store');
        const tags = metaTags(response.body);
        assert.equal(tags.get('title'), 'Dana Demo invited you to join Morning Runners · Hearth', crawler);
        assert.equal(tags.get('og:title'), 'Dana Demo invited you to join Morning Runners');
        assert.equal(tags.get('og:site_name'), 'Hearth');
        assert.equal(tags.get('og:url'), `${TEST_PUBLIC_URL}/invite/${code}`);
        assert.match(tags.get('og:image')!, new RegExp(`^${TEST_PUBLIC_URL}/invite/${code}/card\\.png\\?v=`));
        assert.equal(tags.get('og:image:width'), '1200');
        assert.equal(tags.get('og:image:height'), '630');
        assert.equal(tags.get('twitter:card'), 'summary_large_image');
        const description = tags.get('og:description')!;
        assert.ok(description.startsWith('We run at dawn along the river. Bring water'), description);
        assert.ok(description.length <= 200 && description.endsWith('…'), 'the description is shortened');
        const text = cardText(response.body);
        assert.match(text, /Dana Demo invited you to join Morning Runners/);
        assert.match(text, /1 member · Public group/);
        assert.match(response.body, /class="ssr-invite-picture ssr-invite-initials hue-\d+" aria-hidden="true">MR</);
      }
    });

    test('the page is made once per cached link, yet every answer has its own style nonce and an edit shows at once', async () => {
      const group = await buildGroup(owner, { name: 'Kept Page Club', visibility: 'public' });
      const { id, code } = await linkFor(group.id);
      const nonces = new Set<string>();
      for (let index = 0; index < 3; index++) {
        const response = await fetchAs(`/invite/${code}`, CRAWLERS.slack);
        assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
        const nonce = response.body.match(/<meta name="csp-nonce" content="([^"]+)" \/>/)?.[1];
        assert.ok(nonce, 'the page carries a nonce');
        assert.match(
          response.headers['content-security-policy'] as string,
          new RegExp(`style-src 'self' 'nonce-${nonce!.replace(/[+/]/g, '\\$&')}'`),
        );
        nonces.add(nonce!);
        assert.match(cardText(response.body), /invited you to join Kept Page Club/);
      }
      assert.equal(nonces.size, 3, 'a nonce of its own per answer');

      assert.equal((await owner.api.patch(`/api/groups/${group.id}`, { name: 'Renamed Page Club' })).status, 200);
      const renamed = await fetchAs(`/invite/${code}`, CRAWLERS.slack);
      assert.match(cardText(renamed.body), /invited you to join Renamed Page Club/);
      assert.equal(metaTags(renamed.body).get('og:title'), 'Dana Demo invited you to join Renamed Page Club');

      assert.equal((await owner.api.delete(`/api/groups/${group.id}/invite-links/${id}`)).status, 200);
      const revoked = await fetchAs(`/invite/${code}`, CRAWLERS.slack);
      assert.doesNotMatch(revoked.body, /Renamed Page Club/, 'a revoked link names no group');
    });

    test('the social card is a 1200×630 PNG with an ETag that changes with the name and the picture, and only then', async () => {
      const group = await buildGroup(owner, { name: 'Book Club', visibility: 'private' });
      const { code } = await linkFor(group.id);
      const first = await fetchAs(`/invite/${code}/card.png`, CRAWLERS.facebook);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['content-type'], 'image/png');
      assert.match(first.headers['cache-control'] as string, /^public, max-age=\d+$/);
      const image = await sharp(first.rawPayload).metadata();
      assert.deepEqual([image.format, image.width, image.height], ['png', 1200, 630]);
      const etag = first.headers.etag as string;
      assert.match(etag, /^"card-[A-Za-z0-9_-]+"$/);

      const again = await fetchAs(`/invite/${code}/card.png`, CRAWLERS.twitter, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304, 'an unchanged card is not sent again');

      await t.database.db.update(groups).set({ name: 'Book Club Lisbon' }).where(eq(groups.id, group.id));
      await invalidateGroup(group.id);
      const renamed = await fetchAs(`/invite/${code}/card.png`, CRAWLERS.twitter, { 'if-none-match': etag });
      assert.equal(renamed.statusCode, 200, 'a renamed group gets a new card');
      const renamedEtag = renamed.headers.etag as string;
      assert.notEqual(renamedEtag, etag);
      const page = metaTags((await fetchAs(`/invite/${code}`, CRAWLERS.slack)).body);
      assert.match(page.get('og:image')!, /\?v=/);
      assert.match(page.get('title')!, /Book Club Lisbon/);

      await t.database.db.insert(groupAvatars).values({
        groupId: group.id,
        version: 1,
        image512: await pngOf(512, '#1d4ed8'),
        image128: await pngOf(128, '#1d4ed8'),
      });
      await t.database.db.update(groups).set({ avatarVersion: 1 }).where(eq(groups.id, group.id));
      await invalidateGroup(group.id);
      const withPicture = await fetchAs(`/invite/${code}/card.png`, CRAWLERS.discord, { 'if-none-match': renamedEtag });
      assert.equal(withPicture.statusCode, 200, 'a new picture gets a new card');
      assert.notEqual(withPicture.headers.etag, renamedEtag);
      // The picture is drawn: the card now holds the picture's blue where the initials' square was.
      const { data, info } = await sharp(withPicture.rawPayload).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      ];
      assert.deepEqual(at(190, 315), [0x1d, 0x4e, 0xd8]);

      const html = (await fetchAs(`/invite/${code}`, CRAWLERS.whatsapp)).body;
      const pictureUrl = html.match(/<img class="ssr-invite-picture" src="([^"]+)"/)?.[1];
      assert.equal(pictureUrl, `/invite/${code}/picture.png?v=1`);
      const picture = await fetchAs(pictureUrl!, CRAWLERS.whatsapp);
      assert.equal(picture.statusCode, 200);
      assert.equal((await sharp(picture.rawPayload).metadata()).width, 128);
    });

    test('unknown, malformed, revoked and expired codes get the neutral invitation and name no group', async () => {
      const group = await buildGroup(owner, { name: 'Secret Society', description: 'Members only', visibility: 'private' });
      const revoked = await linkFor(group.id);
      assert.equal((await owner.api.delete(`/api/groups/${group.id}/invite-links/${revoked.id}`)).status, 200);
      const expired = await linkFor(group.id);
      await t.database.db
        .update(inviteLinks)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(inviteLinks.id, expired.id));
      await invalidateGroup(group.id);
      const codes = {
        unknown: 'A'.repeat(32),
        malformed: '<script>alert(1)</script>',
        revoked: revoked.code,
        expired: expired.code,
      };
      const pngs = new Set<string>();
      for (const [why, code] of Object.entries(codes)) {
        const response = await fetchAs(`/invite/${encodeURIComponent(code)}`, CRAWLERS.telegram);
        assert.equal(response.statusCode, 200, why);
        const tags = metaTags(response.body);
        assert.equal(tags.get('title'), 'Hearth invitation', why);
        assert.equal(tags.get('og:title'), 'Hearth invitation', why);
        assert.equal(tags.get('og:image:width'), '1200');
        for (const secret of ['Secret Society', 'Members only', 'Dana']) {
          assert.equal(response.body.includes(secret), false, `${why} leaks ${secret}`);
        }
        assert.equal(response.body.includes('<script>alert'), false, `${why}: the code is escaped`);
        const card = await fetchAs(`/invite/${encodeURIComponent(code)}/card.png`, CRAWLERS.telegram);
        assert.equal(card.statusCode, 200);
        assert.equal((await sharp(card.rawPayload).metadata()).width, 1200);
        pngs.add(card.headers.etag as string);
        const picture = await fetchAs(`/invite/${encodeURIComponent(code)}/picture.png`, CRAWLERS.telegram);
        assert.equal(picture.statusCode, 404);
      }
      assert.equal(pngs.size, 1, 'every refused code gets the same neutral card');
    });

    test('a private group that hides its member count and description hides them from the page, card and preview API', async () => {
      const group = await buildGroup(owner, { name: 'Quiet Circle', description: 'Our private notes', visibility: 'private' });
      const { code } = await linkFor(group.id);
      const shownEtag = (await fetchAs(`/invite/${code}/card.png`, CRAWLERS.slack)).headers.etag;
      await t.database.db
        .update(groups)
        .set({ previewShowsMemberCount: false, previewShowsDescription: false })
        .where(eq(groups.id, group.id));
      await invalidateGroup(group.id);

      const html = (await fetchAs(`/invite/${code}`, CRAWLERS.slack)).body;
      assert.equal(html.includes('Our private notes'), false);
      assert.equal(/\d+ members?/.test(html), false, 'no member count on the page');
      assert.match(
        metaTags(html).get('og:description')!,
        /^Dana Demo invited you to join Quiet Circle on Hearth\. Private group\.$/,
      );
      assert.match(cardText(html), /Quiet Circle Private group/);
      assert.notEqual((await fetchAs(`/invite/${code}/card.png`, CRAWLERS.slack)).headers.etag, shownEtag);

      const preview = await t.app.inject({ method: 'GET', url: `/api/invites/${code}` });
      assert.equal(preview.statusCode, 200);
      const { group: previewed } = preview.json().invite;
      assert.equal(previewed.memberCount, null);
      assert.equal(previewed.description, '');

      // A public group always shows both: the switches are for private groups.
      await t.database.db.update(groups).set({ visibility: 'public' }).where(eq(groups.id, group.id));
      await invalidateGroup(group.id);
      const publicPreview = (await t.app.inject({ method: 'GET', url: `/api/invites/${code}` })).json().invite.group;
      assert.equal(publicPreview.memberCount, 1);
      assert.equal(publicPreview.description, 'Our private notes');
    });

    test('names and descriptions are escaped everywhere they appear', async () => {
      const group = await buildGroup(owner, {
        name: '<img src=x onerror=alert(1)> & "Friends"',
        description: '</title><script>alert("x")</script>',
        visibility: 'public',
      });
      const { code } = await linkFor(group.id);
      const html = (await fetchAs(`/invite/${code}`, CRAWLERS.facebook)).body;
      assert.equal(html.includes('<img src=x'), false);
      assert.equal(html.includes('<script>alert'), false);
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;Friends&quot;/);
      assert.equal(metaTags(html).get('og:description'), '</title><script>alert("x")</script>');
      assert.equal(
        metaTags(html).get('title'),
        'Dana Demo invited you to join <img src=x onerror=alert(1)> & "Friends" · Hearth',
      );
    });
  });
}
