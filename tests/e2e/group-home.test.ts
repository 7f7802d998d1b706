import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

const viewports = [
  { name: 'desktop', size: { width: 1280, height: 860 } },
  { name: 'phone', size: { width: 390, height: 844 } },
] as const;

const password = 'correct horse battery';

async function assertNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
}

/** People → Invite → Invitation link, read from the link field. */
async function inviteLinkOf(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: /Invite people to/ });
  await dialog.getByRole('tab', { name: 'Invitation link' }).click();
  const link = await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

describe('a group with a face and a home, in Chromium', () => {
  const world = hearthAndBrowser();

  for (const viewport of viewports) {
    test(`${viewport.name}: the owner edits the settings and uploads a picture; a new member lands on the home`, async () => {
      const owner = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await signUpThroughUi(owner.page, world.hearth.baseUrl, {
        name: 'Olive Owner',
        email: `olive-${viewport.name}@example.com`,
        password,
      });
      await createGroupThroughUi(owner.page, { name: `Trail Club ${viewport.name}`, visibility: 'Public' });
      await owner.page.getByRole('tab', { name: 'Settings' }).click();

      const picture = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#0e7490' } })
        .jpeg()
        .toBuffer();
      await owner.page
        .getByLabel('Upload a picture')
        .setInputFiles({ name: 'trail.jpg', mimeType: 'image/jpeg', buffer: picture });
      await owner.page.getByText('Picture updated', { exact: true }).waitFor();
      const heroPicture = owner.page.locator('.group-hero img.avatar');
      await heroPicture.waitFor();
      assert.match((await heroPicture.getAttribute('src')) ?? '', /\/avatar\/1\?size=128$/);
      assert.ok(await heroPicture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 128));

      const renamed = `Trail Runners ${viewport.name}`;
      await owner.page.getByLabel('Name', { exact: true }).fill(renamed);
      await owner.page.getByRole('textbox', { name: 'Description' }).fill('Saturday trail runs.\nAll paces welcome.');
      await owner.page.getByLabel('Welcome message').fill('Welcome! Say hi and tell us your favourite trail.');
      await owner.page.getByRole('button', { name: 'Save details' }).click();
      await owner.page.getByText('Group details saved', { exact: true }).waitFor();
      await owner.page.getByRole('heading', { level: 1, name: renamed }).waitFor();
      await owner.page.getByRole('radio', { name: 'Never' }).check();
      await owner.page.getByRole('button', { name: 'Save access settings' }).click();
      await owner.page.getByText('Access settings saved', { exact: true }).waitFor();
      assert.deepEqual(await accessibilityViolations(owner.page, 'main'), []);
      await assertNoSidewaysScroll(owner.page);
      await screenshot(owner.page, `group-settings-${viewport.name}`);

      const link = await inviteLinkOf(owner.page);
      const invitee = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await invitee.page.goto(link);
      const modal = invitee.page.getByRole('dialog', { name: renamed });
      await modal.getByText('Olive Owner invited you to join').waitFor();
      // The group's own page is behind the modal, not a blank page.
      assert.match(await invitee.page.locator('.invite-page-behind').innerText(), /All paces welcome\./);
      await screenshot(invitee.page, `invite-over-group-page-${viewport.name}`);
      await modal.getByRole('tab', { name: 'Sign up' }).click();
      await modal.getByLabel('Name').fill('Ivy Invitee');
      await modal.getByLabel('Email').fill(`ivy-${viewport.name}@example.com`);
      await modal.getByLabel('Password').fill(password);
      await modal.getByRole('button', { name: 'Create account' }).click();
      await modal.getByRole('link', { name: 'Go to the group' }).click();

      await invitee.page.getByRole('heading', { name: `Welcome to ${renamed}` }).waitFor();
      // The group's home has loaded once its welcome message is there (the page may still say "Loading…").
      await invitee.page.locator('main').getByText('Say hi and tell us your favourite trail.').waitFor();
      const home = await invitee.page.locator('main').innerText();
      assert.match(home, /Say hi and tell us your favourite trail\./);
      assert.match(home, /Saturday trail runs\.\nAll paces welcome\./, 'line breaks are kept');
      assert.match(home, /2 members/);
      assert.equal(await invitee.page.getByRole('tab', { name: 'Settings' }).count(), 0);
      assert.deepEqual(await accessibilityViolations(invitee.page, 'main'), []);
      await assertNoSidewaysScroll(invitee.page);
      await screenshot(invitee.page, `group-home-new-member-${viewport.name}`);
      assert.equal(await invitee.page.title(), `${renamed} · Hearth`);

      // Leaving takes them back to My groups, where the group is gone.
      await invitee.page.getByRole('button', { name: 'Leave group' }).click();
      await invitee.page
        .getByRole('alertdialog', { name: `Leave ${renamed}?` })
        .getByRole('button', { name: 'Leave group' })
        .click();
      await invitee.page.getByRole('heading', { name: 'My groups' }).waitFor();
      await invitee.page.getByText('You are not in any group yet').waitFor();

      // The owner deletes the group: an alert dialog that only acts once the group's name is typed.
      await owner.page.reload();
      await owner.page.getByRole('tab', { name: 'Settings' }).click();
      await owner.page.getByRole('button', { name: 'Delete group…' }).click();
      const confirm = owner.page.getByRole('alertdialog', { name: `Delete ${renamed}?` });
      await confirm.getByLabel(/Type the group’s name to confirm/).fill('Trail');
      assert.equal(await confirm.getByRole('button', { name: 'Delete this group' }).isDisabled(), true);
      await confirm.getByLabel(/Type the group’s name to confirm/).fill(renamed);
      assert.deepEqual(await accessibilityViolations(owner.page, '[role="alertdialog"]'), []);
      await screenshot(owner.page, `group-delete-confirm-${viewport.name}`);
      await confirm.getByRole('button', { name: 'Delete this group' }).click();
      await owner.page.getByRole('heading', { name: 'My groups' }).waitFor();
      await owner.page.getByText('You are not in any group yet').waitFor();
      assert.deepEqual([...owner.problems, ...invitee.problems], []);
      await owner.context.close();
      await invitee.context.close();
    });

    test(`${viewport.name}: a signed-in non-member joins a public group from its page`, async () => {
      const owner = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await signUpThroughUi(owner.page, world.hearth.baseUrl, {
        name: 'Paz Public',
        email: `paz-${viewport.name}@example.com`,
        password,
      });
      await createGroupThroughUi(owner.page, {
        name: `Open Kitchen ${viewport.name}`,
        description: 'Recipes for everyone.',
        visibility: 'Public',
      });
      const groupUrl = owner.page.url().split('?')[0]!;

      const visitor = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await signUpThroughUi(visitor.page, world.hearth.baseUrl, {
        name: 'Vic Visitor',
        email: `vic-${viewport.name}@example.com`,
        password,
      });
      await visitor.page.goto(groupUrl);
      await visitor.page.getByRole('heading', { name: 'About' }).waitFor();
      assert.match(await visitor.page.locator('main').innerText(), /1 member[\s\S]*About[\s\S]*Recipes for everyone\./);
      assert.deepEqual(await accessibilityViolations(visitor.page, 'main'), []);
      await assertNoSidewaysScroll(visitor.page);
      await screenshot(visitor.page, `public-group-page-${viewport.name}`);
      await visitor.page.getByRole('button', { name: `Join Open Kitchen ${viewport.name}` }).click();
      await visitor.page.getByRole('tab', { name: 'Home' }).waitFor();
      assert.match(await visitor.page.locator('main').innerText(), /2 members/);
      assert.deepEqual([...owner.problems, ...visitor.problems], []);
      await owner.context.close();
      await visitor.context.close();
    });

    test(`${viewport.name}: a declined requester sees the group, when they may ask again, and Escape keeps them on the invitation`, async () => {
      const owner = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await signUpThroughUi(owner.page, world.hearth.baseUrl, {
        name: 'Dana Decider',
        email: `dana-${viewport.name}@example.com`,
        password,
      });
      const groupName = `Quiet Room ${viewport.name}`;
      await createGroupThroughUi(owner.page, { name: groupName, visibility: 'Private' });
      const link = await inviteLinkOf(owner.page);

      const requester = await newPerson(world.browser, world.hearth.baseUrl, viewport.size);
      await signUpThroughUi(requester.page, world.hearth.baseUrl, {
        name: 'Rae Requester',
        email: `rae-${viewport.name}@example.com`,
        password,
      });
      await requester.page.goto(link);
      await requester.page.getByRole('dialog', { name: groupName }).getByRole('button', { name: 'Request to join' }).click();
      await requester.page.getByRole('heading', { name: 'Request sent' }).waitFor();
      await requester.page.goto(world.hearth.baseUrl);
      await requester.page.getByText('Requested — awaiting approval').waitFor();
      await requester.page.getByRole('link', { name: new RegExp(groupName) }).click();
      await requester.page.getByRole('heading', { name: 'Requested — awaiting approval' }).waitFor();

      await owner.page.getByRole('tab', { name: 'Join requests' }).click();
      await owner.page
        .getByRole('listitem', { name: 'Request from Rae Requester' })
        .getByRole('button', { name: 'Decline' })
        .click();
      await owner.page
        .getByRole('alertdialog', { name: 'Decline Rae Requester’s request?' })
        .getByRole('button', { name: 'Decline' })
        .click();
      await owner.page.getByText('No pending requests').waitFor();

      await requester.page.goto(link);
      const modal = requester.page.getByRole('dialog', { name: groupName });
      await modal.getByRole('heading', { name: 'Your request was declined' }).waitFor();
      const text = await modal.innerText();
      assert.match(text, new RegExp(`The admins of ${groupName} declined your request to join\\. You can ask again from `));
      assert.doesNotMatch(text, /will review your request/);
      assert.equal(await modal.getByRole('button', { name: /Join|Request to join|Ask again/ }).count(), 0);
      assert.deepEqual(await accessibilityViolations(requester.page, '[role="dialog"]'), []);
      await screenshot(requester.page, `invite-declined-${viewport.name}`);

      await requester.page.keyboard.press('Escape');
      await requester.page.getByRole('button', { name: `Open the invitation to ${groupName}` }).waitFor();
      assert.equal(requester.page.url(), link, 'Escape never leaves the invitation');
      await requester.page.getByRole('button', { name: `Open the invitation to ${groupName}` }).click();
      await modal.getByRole('heading', { name: 'Your request was declined' }).waitFor();

      // A month later the cooldown has passed: the modal offers Ask again, which sends a new request.
      await world.hearth.database.db.execute(
        `update join_requests set decided_at = now() - interval '31 days'
         where group_id in (select id from groups where name = '${groupName}')`,
      );
      await requester.page.reload();
      await modal.getByText('You may ask again now.').waitFor();
      await modal.getByRole('button', { name: 'Ask again' }).click();
      // The join step comes back (with the group's questions, if any), its button now saying Ask again.
      await modal.getByRole('button', { name: 'Ask again' }).click();
      await modal.getByRole('heading', { name: 'Request sent' }).waitFor();
      await owner.page.reload();
      await owner.page.getByRole('listitem', { name: 'Request from Rae Requester' }).waitFor();
      assert.deepEqual([...owner.problems, ...requester.problems], []);
      await owner.context.close();
      await requester.context.close();
    });
  }

  test('a network failure while requesting to join keeps the typed answer and offers Retry', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, { name: 'Nell Network', email: 'nell@example.com', password });
    await createGroupThroughUi(owner.page, { name: 'Flaky Wifi Club', visibility: 'Private' });
    await owner.page.getByRole('tab', { name: 'Settings' }).click();
    await owner.page.getByLabel('Question 1').fill('Where do you run?');
    await owner.page.getByRole('button', { name: 'Save questions' }).click();
    await owner.page.getByText('Questions saved', { exact: true }).waitFor();
    const link = await inviteLinkOf(owner.page);

    const requester = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await signUpThroughUi(requester.page, world.hearth.baseUrl, { name: 'Theo Tunnel', email: 'theo@example.com', password });
    await requester.page.goto(link);
    const modal = requester.page.getByRole('dialog', { name: 'Flaky Wifi Club' });
    await modal.getByLabel('Where do you run?').fill('Along the canal');
    // The first attempt never reaches the server.
    let failed = false;
    await requester.page.route('**/accept', (route) => {
      if (failed) return route.fallback();
      failed = true;
      return route.abort('internetdisconnected');
    });
    await modal.getByRole('button', { name: 'Request to join' }).click();
    await modal.getByText('Could not reach Hearth').waitFor();
    assert.equal(await modal.getByLabel('Where do you run?').inputValue(), 'Along the canal');
    await screenshot(requester.page, 'invite-network-error-phone');
    await modal.getByRole('button', { name: 'Retry' }).click();
    await modal.getByRole('heading', { name: 'Request sent' }).waitFor();
    await owner.page.getByRole('tab', { name: 'Join requests' }).click();
    await owner.page.getByRole('listitem', { name: 'Request from Theo Tunnel' }).getByText('Along the canal').waitFor();
    requester.problems.splice(
      0,
      requester.problems.length,
      ...requester.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)),
    );
    assert.deepEqual([...owner.problems, ...requester.problems], []);
    await owner.context.close();
    await requester.context.close();
  });

  test('a tab that could not load says so and offers Retry, which loads it', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, { name: 'Rhea Retry', email: 'rhea@example.com', password });
    await createGroupThroughUi(owner.page, { name: 'Patchy Signal Society', visibility: 'Public' });
    // While `failing` names a part, every request for it fails, the app's own quiet retries included.
    const failing = new Set(['activity', 'members']);
    await owner.page.route(/\/api\/groups\/[^/]+\/(activity|members)(\?|$)/, (route) => {
      const part = /\/(activity|members)(\?|$)/.exec(route.request().url())?.[1] ?? '';
      return failing.has(part) ? route.abort('internetdisconnected') : route.fallback();
    });
    await owner.page.getByRole('tab', { name: 'Activity' }).click();
    const activityError = owner.page.getByRole('alert').filter({ hasText: 'Could not load the activity log' });
    await activityError.waitFor();
    await owner.page.getByRole('tab', { name: 'People' }).click();
    const peopleError = owner.page.getByRole('alert').filter({ hasText: 'Could not load members' });
    await peopleError.waitFor();
    await screenshot(owner.page, 'tab-load-error-with-retry');
    failing.delete('members');
    await peopleError.getByRole('button', { name: 'Retry', exact: true }).click();
    await owner.page.getByRole('list', { name: 'Members' }).getByText('Rhea Retry').waitFor();
    // Back on Activity the log is asked for again, and fails again; once the network is back, Retry loads it.
    await owner.page.getByRole('tab', { name: 'Activity' }).click();
    await activityError.waitFor();
    failing.delete('activity');
    await activityError.getByRole('button', { name: 'Retry', exact: true }).click();
    await activityError.waitFor({ state: 'detached' });
    await owner.page
      .getByText('No activity yet')
      .or(owner.page.getByRole('list', { name: 'Activity' }).getByRole('listitem').first())
      .waitFor();
    owner.problems.splice(0, owner.problems.length, ...owner.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)));
    assert.deepEqual(owner.problems, []);
    await owner.context.close();
  });
});
