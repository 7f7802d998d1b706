import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('foundation journey in Chromium', () => {
  const world = hearthAndBrowser();

  test('sign up, create a private group, open People and see yourself as owner', async () => {
    const { page, problems, context } = await newPerson(world.browser, world.hearth.baseUrl);
    await page.goto(world.hearth.baseUrl);
    await page.getByRole('heading', { name: 'Log in to Hearth' }).waitFor();
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Olive Owner',
      email: 'olive@example.com',
      password: 'correct horse battery',
    });
    await page.getByText('You are not in any group yet').waitFor();
    await createGroupThroughUi(page, { name: 'Founders Circle', description: 'Early-stage founders', visibility: 'Private' });
    await page.getByRole('tab', { name: 'People' }).click();
    const members = page.getByRole('list', { name: 'Members' });
    const me = members.getByRole('listitem').filter({ hasText: 'Olive Owner' });
    await me.waitFor();
    assert.match(await me.innerText(), /Owner/);
    assert.match(await me.innerText(), /created the group/);
    assert.match(await page.getByText('Private group').innerText(), /1 member/);
    await screenshot(page, 'people-tab');

    await page.getByLabel('Search members').fill('nobody-like-this');
    await page.getByText('Nobody matches').waitFor();
    await page.getByLabel('Search members').fill('oli');
    await me.waitFor();

    // Without SMTP_URL an owner's account menu offers the Dev mailbox.
    await page.getByRole('button', { name: 'Account menu for Olive Owner' }).click();
    await page.getByRole('menuitem', { name: 'Dev mailbox' }).click();
    await page.getByText('No mail yet').waitFor();

    await page.getByRole('button', { name: 'Account menu for Olive Owner' }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Hearth' }).waitFor();
    await page.getByLabel('Email').fill('OLIVE@example.com');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That email and password do not match.' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the layout holds on a phone', async () => {
    const { page, context } = await newPerson(world.browser, world.hearth.baseUrl, { width: 375, height: 740 });
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Pat Phone',
      email: 'pat@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Phone Club', visibility: 'Public' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(page, 'group-page-phone');
    await context.close();
  });
});
