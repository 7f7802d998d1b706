import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { accessibilityViolations, newPerson, screenshot } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

/** A page of another origin (another port) that frames the given Hearth URLs, as a clickjacker would. */
async function startFramingSite(urls: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const frames = urls.map((url) => `<iframe src="${url}" width="600" height="400"></iframe>`).join('\n');
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Win a prize</title>${frames}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function frameText(frame: Frame): Promise<string> {
  try {
    return await frame.locator('body').innerText({ timeout: 2000 });
  } catch {
    return '';
  }
}

describe('security headers in Chromium', () => {
  const world = hearthAndBrowser();

  test('another site cannot frame the invite page or the group page of a signed-in person', async () => {
    // The victim is signed in to Hearth in this browser; the framing site is same-site (another port), so
    // the session cookie would ride along into the frames.
    const victim = await world.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signUp = await victim.request.post(`${world.hearth.baseUrl}/api/auth/signup`, {
      data: { name: 'Vera Victim', email: 'vera@example.com', password: 'correct horse battery' },
    });
    assert.equal(signUp.status(), 201);
    const post = async (path: string, data: object) =>
      (await victim.request.post(`${world.hearth.baseUrl}${path}`, { data })).json();
    const { group } = await post('/api/groups', { name: 'Target', visibility: 'private' });
    const { inviteLink: link } = await post(`/api/groups/${group.id}/invite-links`, {});
    const framed = [`${world.hearth.baseUrl}/invite/${link.code}`, `${world.hearth.baseUrl}/groups/${group.id}`];
    const site = await startFramingSite(framed);
    try {
      const page = await victim.newPage();
      const refusals: string[] = [];
      page.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
      });
      await page.goto(site.url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      const children = page.frames().filter((frame) => frame !== page.mainFrame());
      assert.equal(children.length, 2);
      for (const frame of children) {
        const text = await frameText(frame);
        assert.doesNotMatch(text, /Target|invited you|Join/, `a framed Hearth page rendered: ${frame.url()}`);
      }
      assert.equal(refusals.length, 2, 'Chromium refused both frames because of frame-ancestors');
      await screenshot(page, 'framing-blocked');
    } finally {
      await site.close();
      await victim.close();
    }
  });

  test('pages, static files and 404s carry the headers; the API docs work under their policy', async () => {
    for (const path of ['/', '/groups/whatever', '/favicon.svg', '/api/me', '/api/nothing-here']) {
      const response = await fetch(`${world.hearth.baseUrl}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(response.headers.get('x-frame-options'), 'DENY', path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin', path);
      assert.equal(response.headers.get('strict-transport-security'), null, `${path}: no HSTS over http`);
    }

    const { page, problems, context } = await newPerson(world.browser, world.hearth.baseUrl);
    await page.goto(`${world.hearth.baseUrl}/api/docs`);
    await page.getByRole('heading', { name: /Hearth API/ }).waitFor();
    await page.locator('.opblock-summary-control').first().waitFor();
    assert.deepEqual(await accessibilityViolations(page, 'body'), [], 'the API docs pass axe');
    await page
      .getByRole('button', { name: /POST \/api\/auth\/signup/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Try it out' }).waitFor();
    await screenshot(page, 'api-docs-under-csp');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
