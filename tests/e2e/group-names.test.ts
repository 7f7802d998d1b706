import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createGroupThroughUi, launchBrowser, newPerson, signUpThroughUi } from './support/browser.js';
import { startHearth } from './support/hearth-server.js';

describe('group names and addresses in Chromium', () => {
  let hearth: Awaited<ReturnType<typeof startHearth>>;
  let browser: Browser;
  before(async () => {
    hearth = await startHearth();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await hearth?.close();
  });

  test('a new group lives at its readable name; creating it twice says so and offers the first one', async () => {
    const { page, problems, context } = await newPerson(browser, hearth.baseUrl);
    await signUpThroughUi(page, hearth.baseUrl, {
      name: 'Nora Names',
      email: 'nora@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Knitting Circle', visibility: 'Public' });
    assert.equal(new URL(page.url()).pathname, '/groups/knitting-circle');

    await page.goto(hearth.baseUrl);
    await page.getByRole('button', { name: 'Create group' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a group' });
    await dialog.getByLabel('Group name').fill('knitting circle');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    const alert = dialog.getByRole('alert');
    await alert.filter({ hasText: 'You already own a group called “Knitting Circle”' }).waitFor();
    assert.equal(await dialog.getByLabel('Group name').getAttribute('aria-invalid'), 'true');
    await alert.getByRole('link', { name: 'Open “Knitting Circle”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knitting Circle' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/groups/knitting-circle');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
