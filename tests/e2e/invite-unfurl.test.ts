import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { INVITE_BUDGET_BYTES, measureInviteBundle } from '../../scripts/measure-invite-bundle.mjs';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A plain HTTP GET with chosen headers (fetch would decompress and hide Content-Encoding). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const LONG_WORD_NAME = `Supercalifragilistic${'x'.repeat(60)}`;
const LONG_DESCRIPTION = `${'Our community of runners meets every morning. '.repeat(42)}`.slice(0, 2000);

describe('shared invite links: unfurls, no-JS card, slow phones, copy on plain http, long text (Chromium)', () => {
  const world = hearthAndBrowser();
  let link = '';
  let longLink = '';

  /** A browser whose copy of the web app's scripts never arrives: what the server's HTML shows by itself. */
  async function scriptsBlocked(viewport: { width: number; height: number }) {
    const context = await world.browser.newContext({ viewport });
    await context.route(/\/assets\/.*\.js$/, (route) => route.abort());
    return context;
  }

  /** People → Invite → Invitation link: the dialog, with its read-only link field. */
  async function openInviteDialog(page: Page) {
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Invitation link' }).click();
    return dialog;
  }

  test('the invite route needs at most 120 KB of compressed JavaScript', () => {
    const { brotli, gzip, files } = measureInviteBundle();
    console.log(
      `invite route JavaScript: ${files.length} files, ${(brotli / 1024).toFixed(1)} KB Brotli, ${(gzip / 1024).toFixed(1)} KB gzip`,
    );
    assert.ok(brotli <= INVITE_BUDGET_BYTES, `Brotli ${brotli} bytes`);
    // gzip (plain-http installs) is reported, and kept within a tenth of the budget (decision record 115).
    assert.ok(gzip <= INVITE_BUDGET_BYTES * 1.1, `gzip ${gzip} bytes`);
  });

  test('an owner copies the link on a plain-http install: without the Clipboard API the link is selected with "Press Ctrl+C"', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, {
      name: 'Dana Demo',
      email: 'dana@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(owner.page, { name: 'Morning Runners', description: 'We run at dawn.', visibility: 'Public' });
    assert.equal(await owner.page.title(), 'Morning Runners · Hearth');

    let dialog = await openInviteDialog(owner.page);
    const field = dialog.getByRole('textbox', { name: /Invitation link/ });
    link = await field.inputValue();
    const widthBefore = (await field.boundingBox())!.width;
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Copied', { exact: true }).waitFor();
    assert.equal((await field.boundingBox())!.width, widthBefore, '"Copied" does not shrink the link field');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // What a browser on http://192.168.x.y offers: no navigator.clipboard, and here no execCommand copy either.
    const lan = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    // A string, not a function: tsx would wrap the arrow functions in a helper the page does not have.
    await lan.page.addInitScript(
      "Object.defineProperty(Navigator.prototype, 'clipboard', { get() { return undefined; } }); document.execCommand = function () { return false; };",
    );
    await lan.page.goto(`${world.hearth.baseUrl}/login`);
    await lan.page.getByLabel('Email').fill('dana@example.com');
    await lan.page.getByLabel('Password').fill('correct horse battery');
    await lan.page.getByRole('button', { name: 'Log in' }).click();
    await lan.page.getByRole('link', { name: /Morning Runners/ }).click();
    dialog = await openInviteDialog(lan.page);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText(/Press (Ctrl\+C|⌘C) to copy the selected link/).waitFor();
    const selection = await lan.page.evaluate(() => {
      const active = document.activeElement as HTMLInputElement;
      return { id: active.id, selected: active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0) };
    });
    assert.deepEqual(selection, { id: 'invite-link-url', selected: link });
    assert.deepEqual(await accessibilityViolations(lan.page, '[role="dialog"]'), []);
    await screenshot(lan.page, 'copy-fallback-plain-http-phone');
  });

  test('robots.txt, favicon.ico and apple-touch-icon.png are real files; assets are compressed and cached by kind', async () => {
    const robots = await rawGet(`${world.hearth.baseUrl}/robots.txt`);
    assert.equal(robots.status, 200);
    assert.match(robots.headers['content-type'] as string, /^text\/plain/);
    assert.match(robots.body.toString(), /User-agent: \*\nAllow: \/invite\/\nDisallow: \/\n/);
    const icon = await rawGet(`${world.hearth.baseUrl}/favicon.ico`);
    assert.equal(icon.status, 200);
    assert.deepEqual([...icon.body.subarray(0, 4)], [0, 0, 1, 0], 'an ICO file');
    const touch = await rawGet(`${world.hearth.baseUrl}/apple-touch-icon.png`);
    assert.equal(touch.headers['content-type'], 'image/png');
    assert.deepEqual([(await sharp(touch.body).metadata()).width, (await sharp(touch.body).metadata()).height], [180, 180]);

    const html = await rawGet(`${world.hearth.baseUrl}/`);
    assert.equal(html.headers['cache-control'], 'no-cache');
    const script = html.body.toString().match(/src="(\/assets\/index-[^"]+\.js)"/)![1]!;
    const brotli = await rawGet(`${world.hearth.baseUrl}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(brotli.headers.vary as string, /accept-encoding/i);
    const gzip = await rawGet(`${world.hearth.baseUrl}${script}`, { 'accept-encoding': 'gzip, deflate' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    const plain = await rawGet(`${world.hearth.baseUrl}${script}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(brotli.body.length < plain.body.length / 2, `${brotli.body.length} vs ${plain.body.length}`);
  });

  test('without JavaScript the invitee reads who invited them to which group; crawlers get the tags and the card', async () => {
    // JavaScript off: the HTML alone says who invited you to which group.
    const noJs = await world.browser.newContext({ javaScriptEnabled: false });
    const noJsPage = await noJs.newPage();
    await noJsPage.goto(link);
    const html = await noJsPage.content();
    assert.match(html, /<title>Dana Demo invited you to join Morning Runners · Hearth<\/title>/);
    assert.match(html, /<h1 class="ssr-invite-name">Morning Runners<\/h1>/);
    await noJs.close();

    // Scripts that never arrive (axe needs JavaScript itself, so the app's scripts are blocked instead).
    const context = await scriptsBlocked({ width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto(link);
    const card = page.locator('#server-invite-card');
    assert.ok(await card.getByRole('heading', { level: 1, name: 'Morning Runners' }).isVisible());
    assert.match(await card.innerText(), /Dana Demo invited you to join[\s\S]*1 member · Public group[\s\S]*We run at dawn\./);
    assert.deepEqual(await accessibilityViolations(page, '#server-invite-card'), []);
    await screenshot(page, 'invite-no-javascript-phone');
    await context.close();

    for (const userAgent of ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 'WhatsApp/2.23.20.0 A']) {
      const html = (await rawGet(link, { 'user-agent': userAgent })).body.toString();
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
      assert.ok(image.startsWith(`${link}/card.png`));
      const png = await rawGet(image, { 'user-agent': userAgent });
      const metadata = await sharp(png.body).metadata();
      assert.deepEqual([metadata.format, metadata.width, metadata.height], ['png', 1200, 630]);
    }
  });

  test('on a slow phone connection the group name shows before the scripts have loaded, then the app takes over', async () => {
    const invitee = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    const client = await invitee.context.newCDPSession(invitee.page);
    await client.send('Network.enable');
    // About "Slow 3G": 400 ms round trips, 50 KB/s down.
    await client.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 50 * 1024,
    });
    const scriptsFinished: string[] = [];
    invitee.page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scriptsFinished.push(request.url());
    });
    await invitee.page.goto(link, { waitUntil: 'commit' });
    await invitee.page.locator('#server-invite-card').getByRole('heading', { name: 'Morning Runners' }).waitFor();
    const scriptsWhenNameShown = scriptsFinished.length;
    const modalThen = await invitee.page.getByRole('dialog').count();
    await screenshot(invitee.page, 'invite-slow-3g-before-scripts');
    assert.equal(scriptsWhenNameShown, 0, 'the name is on screen before any script has finished loading');
    assert.equal(modalThen, 0);

    await invitee.page.getByRole('dialog', { name: 'Morning Runners' }).waitFor({ timeout: 60_000 });
    assert.equal(await invitee.page.locator('#server-invite-card').count(), 0, 'the app replaced the server card');
    assert.ok(scriptsFinished.length > 0);
    assert.deepEqual(invitee.problems, []);
  });

  test('an 80-character one-word name and a 2,000-character description wrap at 390 px; the tabs scroll', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await signUpThroughUi(owner.page, world.hearth.baseUrl, {
      name: 'Lena Long',
      email: 'lena@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(owner.page, { name: LONG_WORD_NAME, description: LONG_DESCRIPTION, visibility: 'Private' });
    const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow(owner.page)) <= 0, `group page overflows by ${await overflow(owner.page)}px`);
    const tabs = owner.page.getByRole('tablist', { name: 'Group sections' });
    const sizes = await tabs.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    assert.ok(sizes.client <= 390, `the tab list fits the screen (${sizes.client}px)`);
    const settings = owner.page.getByRole('tab', { name: 'Settings' });
    await settings.click();
    assert.equal(await settings.getAttribute('aria-selected'), 'true', 'the last tab can be reached');
    await screenshot(owner.page, 'long-name-group-page-phone');

    await owner.page.goto(`${world.hearth.baseUrl}/`);
    await owner.page.getByRole('heading', { name: 'My groups' }).waitFor();
    assert.ok((await overflow(owner.page)) <= 0, 'My groups does not scroll sideways');
    await owner.page.getByRole('link', { name: new RegExp(LONG_WORD_NAME.slice(0, 20)) }).click();

    const dialog = await openInviteDialog(owner.page);
    longLink = await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue();
    const box = (await dialog.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the Invite dialog stays on screen (${box.x}, ${box.width})`);
    await screenshot(owner.page, 'long-name-invite-dialog-phone');

    for (const javaScriptEnabled of [false, true]) {
      const viewport = { width: 390, height: 844 };
      const context = javaScriptEnabled ? await world.browser.newContext({ viewport }) : await scriptsBlocked(viewport);
      const page = await context.newPage();
      await page.goto(longLink);
      const heading = javaScriptEnabled
        ? page.getByRole('dialog').getByRole('heading', { name: LONG_WORD_NAME })
        : page.locator('#server-invite-card').getByRole('heading', { name: LONG_WORD_NAME });
      await heading.waitFor();
      assert.ok((await overflow(page)) <= 0, `the invite page (JavaScript ${javaScriptEnabled}) overflows`);
      const headingBox = (await heading.boundingBox())!;
      assert.ok(headingBox.x + headingBox.width <= 390, 'the long name wraps inside the screen');
      if (javaScriptEnabled) {
        const signUp = (await page.getByRole('tab', { name: 'Sign up' }).boundingBox())!;
        assert.ok(signUp.y + signUp.height <= 844, `the long description leaves Sign up on the first screen (${signUp.y})`);
      }
      await screenshot(page, `long-name-invite-${javaScriptEnabled ? 'modal' : 'no-js'}-phone`);
      await context.close();
    }
  });
});
