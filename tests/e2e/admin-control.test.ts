import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

/** Signs someone up and has them join through `code`, by API calls in a browser context of their own. */
async function joinThroughApi(browser: Browser, baseUrl: string, code: string, name: string) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`;
  const signup = await context.request.post('/api/auth/signup', { data: { name, email, password: 'correct horse battery' } });
  assert.equal(signup.status(), 201);
  assert.equal((await context.request.post(`/api/invites/${code}/accept`, { data: {} })).status(), 200);
  await context.close();
}

async function openInviteDialog(page: Page) {
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Invite' }).click();
  const dialog = page.getByRole('dialog', { name: /Invite people to/ });
  await dialog.getByRole('textbox', { name: /Invitation link/ }).waitFor();
  return dialog;
}

describe('admins stay in control: primary link, confirmations, undo, in Chromium', () => {
  const world = hearthAndBrowser();

  test('a new link leaves the primary link alone; the picker tells the truth about each link; reset asks first', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    const { page } = owner;
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Olive Owner',
      email: 'olive@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Morning Runners', visibility: 'Public' });
    let dialog = await openInviteDialog(page);
    const primaryUrl = await dialog.getByRole('textbox', { name: /Invitation link \(primary\)/ }).inputValue();
    assert.match(await dialog.locator('#invite-link-caption').innerText(), /can join at once.*never expires, no limit on uses/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Invite links tab → New link: an approval link for one bio, limited to 3 uses.
    await page.getByRole('tab', { name: 'Invite links' }).click();
    await page.getByRole('button', { name: 'New link' }).click();
    await page.getByRole('textbox', { name: 'Label' }).fill('Instagram bio');
    await page.getByLabel('Limit the number of uses').check();
    await page.getByLabel('Maximum uses').fill('3');
    await page.getByLabel('Joins need approval').check();
    await page.getByRole('button', { name: 'Create link' }).click();
    const bio = page.getByRole('listitem', { name: 'Instagram bio' });
    await bio.waitFor();
    assert.match(await bio.innerText(), /Approval\s*Needed/);
    assert.match(await page.getByRole('listitem', { name: 'Unlabelled link' }).innerText(), /Primary/);

    // The dialog still shows the primary link first; the picker offers the new one with its real conditions.
    dialog = await openInviteDialog(page);
    assert.equal(await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue(), primaryUrl);
    const picker = dialog.getByLabel('Link to share');
    assert.deepEqual(await picker.locator('option').allInnerTexts(), ['Unlabelled link (primary)', 'Instagram bio']);
    await picker.selectOption({ label: 'Instagram bio' });
    const caption = await dialog.locator('#invite-link-caption').innerText();
    assert.match(caption, /ask to join; an owner or admin approves each request/);
    assert.match(caption, /3 of 3 uses left/);
    assert.notEqual(await dialog.getByRole('textbox', { name: /Invitation link · Instagram bio/ }).inputValue(), primaryUrl);
    assert.deepEqual(await accessibilityViolations(page, '[role="dialog"]'), []);
    await screenshot(page, 'admin-invite-dialog-link-picker');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Reset asks first, naming the consequence; Escape cancels; the keyboard alone can confirm.
    await page.getByRole('tab', { name: 'Invite links' }).click();
    const primaryRow = page.getByRole('listitem', { name: 'Unlabelled link' });
    await primaryRow.getByRole('button', { name: 'Reset' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Reset “Unlabelled link”?' });
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /People who already have this link will no longer be able to join/);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'focus starts on Cancel');
    assert.deepEqual(await accessibilityViolations(page, '[role="alertdialog"]'), []);
    await screenshot(page, 'admin-confirm-reset');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    assert.match(await primaryRow.innerText(), new RegExp(primaryUrl.split('/').pop()!));

    await primaryRow.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Reset link');
    await page.keyboard.press('Enter');
    await page.getByText('Link reset: the old link no longer works', { exact: true }).waitFor();
    // One row per link: the reset link stays primary with its new code; the old code sits under Revoked.
    const rows = page.getByRole('list', { name: 'Invite links' }).getByRole('listitem', { name: 'Unlabelled link' });
    await rows.getByText(/Code reset on/).waitFor();
    assert.equal(await rows.count(), 1);
    assert.match(await rows.innerText(), /Primary/);
    assert.doesNotMatch(await rows.innerText(), new RegExp(primaryUrl.split('/').pop()!));
    await page.getByLabel('Show').selectOption('revoked');
    await page.getByText(/Replaced by a new code when it was reset on/).waitFor();
    assert.equal(await page.getByRole('listitem', { name: 'Unlabelled link' }).getByRole('button', { name: 'Copy' }).count(), 0);
    await page.getByLabel('Show').selectOption('active');

    dialog = await openInviteDialog(page);
    const newPrimary = await dialog.getByRole('textbox', { name: /Invitation link \(primary\)/ }).inputValue();
    assert.notEqual(newPrimary, primaryUrl);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Pause all asks first too; Cancel leaves invites working.
    await page.getByRole('tab', { name: 'Invite links' }).click();
    await page.getByRole('button', { name: 'Pause all invites' }).click();
    const pause = page.getByRole('alertdialog', { name: 'Pause all invites?' });
    await pause.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('All invite links are working.', { exact: true }).waitFor();

    // On a phone the tab fits the screen: long labels wrap instead of pushing the cards sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the Invite links tab scrolls sideways by ${overflow}px on a phone`);
    await screenshot(page, 'admin-invite-links-tab-phone');
    assert.deepEqual(owner.problems, []);
    await owner.context.close();
  });

  test('remove and ban ask first and can be undone from the toast; the banned list lifts a ban', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    const { page } = owner;
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Dana Demo',
      email: 'dana@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Book Club', visibility: 'Public' });
    const dialog = await openInviteDialog(page);
    const code = (await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue()).split('/').pop()!;
    await dialog.getByRole('button', { name: 'Close' }).click();
    await joinThroughApi(world.browser, world.hearth.baseUrl, code, 'Ada Lovelace');
    await page.reload();
    const members = page.getByRole('list', { name: 'Members' });
    const ada = members.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await ada.waitFor();
    const joinedBefore = await ada.innerText();

    await ada.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
    await page.getByRole('menuitem', { name: 'Remove from group' }).click();
    const removeConfirm = page.getByRole('alertdialog', { name: 'Remove Ada Lovelace from Book Club?' });
    assert.match(await removeConfirm.innerText(), /loses access to the group/);
    await removeConfirm.getByRole('button', { name: 'Remove Ada Lovelace' }).click();
    await ada.waitFor({ state: 'detached' });
    const toast = page.locator('.toast').filter({ hasText: 'Ada Lovelace was removed' });
    await screenshot(page, 'admin-undo-remove-toast');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Ada Lovelace is back in the group', { exact: true }).waitFor();
    await ada.waitFor();
    assert.equal(await ada.innerText(), joinedBefore, 'same role, join date and attribution');

    await ada.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
    await page.getByRole('menuitem', { name: 'Ban' }).click();
    const banConfirm = page.getByRole('alertdialog', { name: 'Ban Ada Lovelace?' });
    assert.match(await banConfirm.innerText(), /cannot join again/);
    assert.deepEqual(await accessibilityViolations(page, '[role="alertdialog"]'), []);
    await screenshot(page, 'admin-confirm-ban');
    await banConfirm.getByRole('button', { name: 'Ban Ada Lovelace' }).click();
    const banned = page.getByRole('list', { name: 'Banned people' });
    await banned.getByText('Ada Lovelace').waitFor();
    await page.locator('.toast').filter({ hasText: 'Ada Lovelace was banned' }).getByRole('button', { name: 'Undo' }).click();
    await ada.waitFor();
    await banned.waitFor({ state: 'detached' });

    // Banned again, then lifted from the Banned list: no longer banned, not a member either.
    await ada.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
    await page.getByRole('menuitem', { name: 'Ban' }).click();
    await page.getByRole('alertdialog', { name: 'Ban Ada Lovelace?' }).getByRole('button', { name: 'Ban Ada Lovelace' }).click();
    await banned.getByText('Ada Lovelace').waitFor();
    await screenshot(page, 'admin-banned-list');
    assert.deepEqual(await accessibilityViolations(page, 'main'), []);
    await page.getByRole('button', { name: 'Unban Ada Lovelace' }).click();
    await page.getByText('Ada Lovelace is no longer banned. They can join again through an invite.', { exact: true }).waitFor();
    await banned.waitFor({ state: 'detached' });
    assert.equal(await ada.count(), 0);

    // Declining asks first, one request or all of them.
    const group = new URL(page.url()).pathname.split('/')[2];
    const approval = await page.request.post(`${world.hearth.baseUrl}/api/groups/${group}/invite-links`, {
      data: { label: 'Screened', requiresApproval: true },
    });
    const approvalCode = (await approval.json()).inviteLink.code;
    await joinThroughApi(world.browser, world.hearth.baseUrl, approvalCode, 'Grace Hopper');
    await joinThroughApi(world.browser, world.hearth.baseUrl, approvalCode, 'Alan Turing');
    await page.getByRole('tab', { name: 'Join requests' }).click();
    const grace = page.getByRole('listitem', { name: 'Request from Grace Hopper' });
    await grace.getByRole('button', { name: 'Decline' }).click();
    const declineOne = page.getByRole('alertdialog', { name: 'Decline Grace Hopper’s request?' });
    await declineOne.getByRole('button', { name: 'Cancel' }).click();
    await declineOne.waitFor({ state: 'detached' });
    assert.equal(await grace.count(), 1, 'cancelling declines nothing');
    await page.getByRole('button', { name: 'Decline all (2)' }).click();
    const declineAll = page.getByRole('alertdialog', { name: 'Decline all 2 requests?' });
    assert.match(await declineAll.innerText(), /2 people will not join the group/);
    await screenshot(page, 'admin-confirm-decline-all');
    await declineAll.getByRole('button', { name: 'Decline all' }).click();
    await page.getByText('No pending requests', { exact: true }).waitFor();
    assert.deepEqual(owner.problems, []);
    await owner.context.close();
  });
});

describe('a visitor told to wait by the rate limit, in Chromium', () => {
  const world = hearthAndBrowser({ environment: { RATE_LIMITS: 'on', RATE_LIMIT_INVITE_RESOLVE_PER_IP: '1/10' } });

  test('sees a countdown and gets in by itself when it ends', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, {
      name: 'Cafe Owner',
      email: 'cafe@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(owner.page, { name: 'Cafe Regulars', visibility: 'Public' });
    const dialog = await openInviteDialog(owner.page);
    const link = await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue();

    const first = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await first.page.goto(link);
    await first.page.getByRole('dialog', { name: 'Cafe Regulars' }).waitFor();
    // Same address, within the window: the second phone is asked to wait, then let in without a tap.
    const second = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await second.page.goto(link);
    const waiting = second.page.getByRole('status').filter({ hasText: /Trying again in \d+ seconds?/ });
    await waiting.waitFor();
    await screenshot(second.page, 'invite-rate-limited-countdown-phone');
    assert.deepEqual(await accessibilityViolations(second.page, '[role="dialog"]'), []);
    await second.page.getByRole('dialog', { name: 'Cafe Regulars' }).waitFor({ timeout: 20_000 });
    assert.deepEqual([...owner.problems, ...first.problems, ...second.problems], []);
    await Promise.all([owner.context.close(), first.context.close(), second.context.close()]);
  });
});
