import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  accessibilityViolations,
  createGroupThroughUi,
  newPerson,
  type Person,
  screenshot,
  signUpThroughUi,
} from './support/browser.js';
import { startHearth } from './support/hearth-server.js';
import { hearthAndBrowser } from './support/journey.js';

describe('the approval loop and the activity log, in Chromium', () => {
  const world = hearthAndBrowser({ smtp: true });

  async function person(name: string, email: string): Promise<Person> {
    const someone = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(someone.page, world.hearth.baseUrl, { name, email, password: 'correct horse battery' });
    return someone;
  }

  const api = (someone: Person) => ({
    post: async (path: string, data: unknown = {}) => {
      const response = await someone.page.request.post(`${world.hearth.baseUrl}${path}`, { data });
      assert.ok(response.ok(), `${path}: ${response.status()} ${await response.text()}`);
      return response.json().catch(() => undefined);
    },
  });

  test('pending count, Activity tab, notification settings and one-click unsubscribe', async () => {
    const owner = await person('Olga Owner', 'olga@example.com');
    await createGroupThroughUi(owner.page, { name: 'Quilters', visibility: 'Private' });
    const slug = new URL(owner.page.url()).pathname.split('/').pop()!;
    const link = (await api(owner).post(`/api/groups/${slug}/invite-links`, { label: 'Poster' })).inviteLink;

    const rita = await person('Rita Requester', 'rita@example.com');
    const sam = await person('Sam Second', 'sam@example.com');
    await api(rita).post(`/api/invites/${link.code}/accept`);
    await api(sam).post(`/api/invites/${link.code}/accept`);
    const alert = await world.inbox.waitFor((m) => m.to.includes('olga@example.com') && /asked to join Quilters/.test(m.subject));
    assert.equal(alert.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');

    // The owner sees the count on the tab, read as part of its name.
    await owner.page.reload();
    const requestsTab = owner.page.getByRole('tab', { name: 'Join requests (2 pending)' });
    await requestsTab.waitFor();
    await screenshot(owner.page, 'join-requests-pending-count');

    const requests = await (await owner.page.request.get(`${world.hearth.baseUrl}/api/groups/${slug}/join-requests`)).json();
    const ritaRequest = requests.joinRequests.find((r: { user: { name: string } }) => r.user.name === 'Rita Requester');
    await api(owner).post(`/api/groups/${slug}/join-requests/${ritaRequest.id}/approve`);
    await api(owner).post(`/api/groups/${slug}/invites/pause`);

    // Activity tab: newest first, one sentence per action, filterable by kind and person.
    await owner.page.reload();
    await owner.page.getByRole('tab', { name: 'Join requests (1 pending)' }).waitFor();
    await owner.page.getByRole('tab', { name: 'Activity' }).click();
    const log = owner.page.getByRole('list', { name: 'Activity' });
    await log.getByText('Olga Owner paused all invites').waitFor();
    await log.getByText('Olga Owner approved Rita Requester’s request').waitFor();
    await log.getByText('Olga Owner created the link “Poster”').waitFor();
    assert.deepEqual(await accessibilityViolations(owner.page, '[role="tabpanel"]'), []);
    await screenshot(owner.page, 'activity-tab');

    await owner.page.getByLabel('Kind of action').selectOption({ label: 'Request approved' });
    await log.getByText('Olga Owner approved Rita Requester’s request').waitFor();
    await owner.page.waitForFunction(() => document.querySelectorAll('.activity-row').length === 1);
    await owner.page.getByLabel('Kind of action').selectOption({ label: 'All actions' });
    await owner.page.getByLabel('Done by').selectOption({ label: 'By Olga Owner' });
    await log.getByText('Olga Owner paused all invites').waitFor();

    await owner.page.setViewportSize({ width: 390, height: 800 });
    const overflow = await owner.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scroll at 390 px (overflow ${overflow})`);
    await screenshot(owner.page, 'activity-tab-390');
    await owner.page.setViewportSize({ width: 1280, height: 860 });

    // Notification settings from the account menu; the choice is saved and survives a reload.
    await owner.page.getByRole('button', { name: 'Account menu for Olga Owner' }).click();
    await owner.page.getByRole('menuitem', { name: 'Notification settings' }).click();
    await owner.page.getByRole('heading', { name: 'Notification settings' }).waitFor();
    assert.equal(await owner.page.getByRole('radio', { name: /^Every request/ }).isChecked(), true);
    await owner.page.getByRole('radio', { name: /^A daily digest/ }).check();
    await owner.page.getByText('Notification settings saved', { exact: true }).first().waitFor();
    await owner.page.getByRole('checkbox', { name: /^When someone joins through my invitation/ }).check();
    await owner.page.getByText('Notification settings saved', { exact: true }).first().waitFor();
    assert.deepEqual(await accessibilityViolations(owner.page, 'main'), []);
    await screenshot(owner.page, 'notification-settings');
    await owner.page.reload();
    await owner.page.getByRole('heading', { name: 'Notification settings' }).waitFor();
    await owner.page.getByRole('radio', { name: /^A daily digest/ }).waitFor();
    assert.equal(await owner.page.getByRole('radio', { name: /^A daily digest/ }).isChecked(), true);
    assert.equal(await owner.page.getByRole('checkbox', { name: /^When someone joins/ }).isChecked(), true);

    // Rita's "You're in" mail: its unsubscribe link opens a page; only the button unsubscribes.
    const welcome = await world.inbox.waitFor(
      (m) => m.to.includes('rita@example.com') && m.subject === "You're in: open Quilters",
    );
    assert.match(welcome.text, new RegExp(`${world.hearth.baseUrl}/groups/${slug}`));
    const unsubscribeUrl = /(http:\/\/\S+\/unsubscribe\/[A-Za-z0-9_-]{43})/.exec(welcome.text)![1]!;
    await rita.page.goto(unsubscribeUrl);
    await rita.page.getByRole('heading', { name: 'Unsubscribe' }).waitFor();
    assert.deepEqual(await accessibilityViolations(rita.page, 'main'), []);
    await rita.page.getByRole('button', { name: 'Unsubscribe' }).click();
    await rita.page.getByText('Done: you will get no more emails with the answers to your join requests.').waitFor();
    await screenshot(rita.page, 'unsubscribed');
    await rita.page.getByRole('link', { name: 'Change which emails you get' }).click();
    await rita.page.getByRole('heading', { name: 'Notification settings' }).waitFor();
    await rita.page.getByRole('checkbox', { name: /^Answers to my join requests/ }).waitFor();
    assert.equal(await rita.page.getByRole('checkbox', { name: /^Answers to my join requests/ }).isChecked(), false);

    for (const someone of [owner, rita, sam]) assert.deepEqual(someone.problems, []);
  });

  test('without SMTP_URL the Email tab says the invitations were kept in the Dev mailbox, and an admin reads them there', async () => {
    const local = await startHearth();
    try {
      const owner = await newPerson(world.browser, local.baseUrl);
      await signUpThroughUi(owner.page, local.baseUrl, {
        name: 'Dora Dev',
        email: 'dora@example.com',
        password: 'correct horse battery',
      });
      await createGroupThroughUi(owner.page, { name: 'Local Club', visibility: 'Public' });
      await owner.page.getByRole('button', { name: 'Invite' }).click();
      const dialog = owner.page.getByRole('dialog', { name: /Invite people to/ });
      await dialog.getByRole('tab', { name: 'Email' }).click();
      await dialog.getByLabel('Email addresses').fill('guest-one@example.com\nguest-two@example.com');
      await dialog.getByRole('button', { name: 'Send invitations' }).click();
      await dialog.getByText('2 invitations sent.').waitFor();
      await dialog.getByText(/They were kept in the Dev mailbox, because no mail server is configured/).waitFor();
      assert.deepEqual(await accessibilityViolations(owner.page, '[role="dialog"]'), []);
      await screenshot(owner.page, 'email-tab-dev-mailbox');
      await dialog.getByRole('link', { name: 'Dev mailbox' }).click();
      await owner.page.getByRole('heading', { name: 'Dev mailbox' }).waitFor();
      await owner.page.getByRole('listitem', { name: /^Mail to guest-two@example.com/ }).waitFor();
      assert.deepEqual(owner.problems, []);
    } finally {
      await local.close();
    }
  });
});
