import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('invite by link, both sides, in Chromium', () => {
  const world = hearthAndBrowser();

  /** People → Invite → Invitation link → Copy link, then read the link back from the clipboard. */
  async function copyInviteLink(page: Page, screenshotName?: string): Promise<string> {
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Invitation link' }).click();
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Copied', { exact: true }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await dialog.getByRole('textbox', { name: /Invitation link/ }).inputValue());
    assert.ok(await dialog.getByRole('img', { name: 'QR code of the invitation link' }).isVisible());
    assert.ok(await dialog.getByRole('link', { name: 'WhatsApp' }).isVisible());
    assert.deepEqual(await accessibilityViolations(page, '[role="dialog"]'), []);
    if (screenshotName) await screenshot(page, screenshotName);
    await dialog.getByRole('button', { name: 'Close' }).click();
    return copied;
  }

  test('public group: the invitee signs up in the modal and lands in the group without another click', async () => {
    const admin = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(admin.page, world.hearth.baseUrl, {
      name: 'Olive Owner',
      email: 'olive@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(admin.page, { name: 'Morning Runners', description: 'We run before work.', visibility: 'Public' });
    const link = await copyInviteLink(admin.page, 'invite-dialog');
    assert.match(link, new RegExp(`^${world.hearth.baseUrl}/invite/[A-Za-z0-9_-]{32}$`));

    // The invitee is on a phone: links are mostly opened from chat apps.
    const invitee = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    const response = await invitee.page.goto(link);
    assert.equal(response?.headers()['referrer-policy'], 'no-referrer');
    const modal = invitee.page.getByRole('dialog', { name: 'Morning Runners' });
    await modal.getByText('Olive Owner invited you to join').waitFor();
    assert.match(await modal.innerText(), /1 member/);
    assert.match(await modal.innerText(), /We run before work\./);
    assert.deepEqual(await accessibilityViolations(invitee.page, '[role="dialog"]'), []);
    const overflow = await invitee.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the invite page scrolls sideways by ${overflow}px on a phone`);
    await screenshot(invitee.page, 'invite-modal-public-phone');

    await modal.getByRole('tab', { name: 'Sign up' }).click();
    await modal.getByLabel('Name').fill('Ivy Invitee');
    await modal.getByLabel('Email').fill('ivy@example.com');
    await modal.getByLabel('Password').fill('correct horse battery');
    await modal.getByRole('button', { name: 'Create account' }).click();
    await modal.getByRole('heading', { name: 'Welcome to Morning Runners!' }).waitFor();
    await modal.getByText(/^2 members/).waitFor(); // the card counts the person who just joined
    assert.equal(new URL(invitee.page.url()).origin, world.hearth.baseUrl);
    await modal.getByRole('link', { name: 'Go to the group' }).click();
    // New members land on the group's home; the People list does not tell them how others joined.
    await invitee.page.getByRole('heading', { name: 'About' }).waitFor();
    await invitee.page.getByRole('tab', { name: 'People' }).click();
    const ivy = invitee.page.getByRole('list', { name: 'Members' }).getByRole('listitem').filter({ hasText: 'Ivy Invitee' });
    await ivy.waitFor();
    assert.doesNotMatch(await invitee.page.getByRole('list', { name: 'Members' }).innerText(), /via link|created the group/);
    await admin.page.reload();
    await admin.page.getByRole('tab', { name: 'People' }).click();
    const ivyForAdmin = admin.page
      .getByRole('list', { name: 'Members' })
      .getByRole('listitem')
      .filter({ hasText: 'Ivy Invitee' });
    assert.match(await ivyForAdmin.innerText(), /via link without a label \(invited by Olive Owner\)/);

    // Opening the link again: already a member, no use counted.
    await invitee.page.goto(link);
    await invitee.page.getByRole('heading', { name: 'You are already a member' }).waitFor();

    await admin.page.reload();
    await admin.page.getByRole('tab', { name: 'Invite links' }).click();
    const row = admin.page.getByRole('listitem', { name: 'Unlabelled link' });
    assert.match(await row.innerText(), /Uses\s*1 \(no limit\)/);
    assert.match(
      await row.getByRole('list', { name: /Funnel/ }).innerText(),
      /1\s*Opened the link[\s\S]*1\s*Signed up \(100 %\)[\s\S]*1\s*Became members \(100 %\)/,
    );
    assert.deepEqual([...admin.problems, ...invitee.problems], []);
    await admin.context.close();
    await invitee.context.close();
  });

  test('private group: the request is pending until an admin approves it, then the invitee sees the group', async () => {
    const admin = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(admin.page, world.hearth.baseUrl, {
      name: 'Paula Private',
      email: 'paula@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(admin.page, { name: 'Inner Circle', visibility: 'Private' });
    await admin.page.getByRole('tab', { name: 'Settings' }).click();
    await admin.page.getByLabel('Question 1').fill('What are you building?');
    await admin.page.getByRole('button', { name: 'Save questions' }).click();
    await admin.page.getByText('Questions saved', { exact: true }).waitFor();
    const link = await copyInviteLink(admin.page);

    // The invitee already has an account: they use the Log in tab.
    const invitee = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(invitee.page, world.hearth.baseUrl, {
      name: 'Rex Requester',
      email: 'rex@example.com',
      password: 'correct horse battery',
    });
    await invitee.page.getByRole('button', { name: 'Account menu for Rex Requester' }).click();
    await invitee.page.getByRole('menuitem', { name: 'Log out' }).click();
    await invitee.page.getByRole('heading', { name: 'Log in to Hearth' }).waitFor();

    await invitee.page.goto(link);
    const modal = invitee.page.getByRole('dialog', { name: 'Inner Circle' });
    await modal.getByText('The admins will review your request').waitFor();
    await modal.getByLabel('What are you building?').fill('A bakery app');
    await screenshot(invitee.page, 'invite-modal-private');
    await modal.getByRole('tab', { name: 'Log in' }).click();
    await modal.getByLabel('Email').fill('rex@example.com');
    await modal.getByLabel('Password').fill('correct horse battery');
    await modal.getByRole('button', { name: 'Log in' }).click();
    await modal.getByRole('heading', { name: 'Request sent' }).waitFor();

    await admin.page.getByRole('tab', { name: 'Join requests' }).click();
    const request = admin.page.getByRole('listitem', { name: 'Request from Rex Requester' });
    await request.getByText('A bakery app').waitFor();
    await screenshot(admin.page, 'join-requests');
    await request.getByRole('button', { name: 'Approve' }).click();
    await admin.page.getByText('No pending requests').waitFor();

    await invitee.page.goto(link);
    await invitee.page.getByRole('heading', { name: 'You are already a member' }).waitFor();
    await invitee.page.getByRole('link', { name: 'Open the group' }).click();
    await invitee.page.getByRole('heading', { level: 1, name: 'Inner Circle' }).waitFor();
    await invitee.page.getByRole('tab', { name: 'People' }).click();
    await invitee.page.getByRole('list', { name: 'Members' }).getByText('Rex Requester').waitFor();
    assert.deepEqual([...admin.problems, ...invitee.problems], []);
    await admin.context.close();
    await invitee.context.close();
  });

  test('a revoked link tells a visitor to ask for a new one, naming the group, and a member that they belong', async () => {
    const admin = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(admin.page, world.hearth.baseUrl, {
      name: 'Rita Revoker',
      email: 'rita@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(admin.page, { name: 'Closed Door', visibility: 'Private' });
    const link = await copyInviteLink(admin.page);
    await admin.page.getByRole('tab', { name: 'Invite links' }).click();
    await admin.page.getByRole('listitem', { name: 'Unlabelled link' }).getByRole('button', { name: 'Revoke' }).click();
    await admin.page
      .getByRole('alertdialog', { name: 'Revoke “Unlabelled link”?' })
      .getByRole('button', { name: 'Revoke link' })
      .click();
    await admin.page.getByText('Link revoked', { exact: true }).waitFor();

    const visitor = await newPerson(world.browser, world.hearth.baseUrl);
    await visitor.page.goto(link);
    await visitor.page.getByRole('heading', { name: 'This invite link was turned off' }).waitFor();
    assert.match(await visitor.page.getByRole('alert').innerText(), /Ask Rita Revoker for a new link to Closed Door\./);
    assert.equal(await visitor.page.getByRole('link', { name: 'Go to my groups' }).count(), 0, 'no dead end for a visitor');
    await screenshot(visitor.page, 'invite-revoked-visitor');
    // A visitor who already belongs logs in from here and comes back to the link, told where their group is.
    await visitor.page.getByRole('link', { name: 'Log in' }).click();
    await visitor.page.getByLabel('Email').fill('rita@example.com');
    await visitor.page.getByLabel('Password').fill('correct horse battery');
    await visitor.page.getByRole('button', { name: 'Log in' }).click();
    await visitor.page.getByRole('heading', { name: 'You are already a member' }).waitFor();
    await visitor.page.getByRole('link', { name: 'Open the group' }).click();
    await visitor.page.getByRole('heading', { level: 1, name: 'Closed Door' }).waitFor();

    // A public group's dead link points to the group's page, where anyone may join without a link.
    await admin.page.goto(world.hearth.baseUrl);
    await createGroupThroughUi(admin.page, { name: 'Open Door', visibility: 'Public' });
    const openLink = await copyInviteLink(admin.page);
    await admin.page.getByRole('tab', { name: 'Invite links' }).click();
    await admin.page.getByRole('listitem', { name: 'Unlabelled link' }).getByRole('button', { name: 'Revoke' }).click();
    await admin.page.getByRole('alertdialog').getByRole('button', { name: 'Revoke link' }).click();
    await admin.page.getByText('Link revoked', { exact: true }).waitFor();
    const passerBy = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await passerBy.page.goto(openLink);
    await passerBy.page.getByText('Open Door is public: anyone can join it from its page, no link needed.').waitFor();
    await screenshot(passerBy.page, 'invite-revoked-public-group-phone');
    await passerBy.page.getByRole('link', { name: 'See Open Door' }).click();
    await passerBy.page.waitForURL(/\/login\?next=%2Fgroups%2F/);
    assert.deepEqual([...admin.problems, ...visitor.problems, ...passerBy.problems], []);
    await admin.context.close();
    await visitor.context.close();
    await passerBy.context.close();
  });
});
