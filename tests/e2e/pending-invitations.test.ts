import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('pending email invitations at scale, in Chromium at 390 px', () => {
  const world = hearthAndBrowser();

  test('collapsed behind its count, paged, searchable, and bulk-revoked after a confirmation', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    const { page } = owner;
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Pia Owner',
      email: 'pia@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Choir', visibility: 'Public' });
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const send = async (emails: string[]) => {
      const response = await page.request.post(`${world.hearth.baseUrl}/api/groups/${slug}/email-invites`, { data: { emails } });
      assert.equal(response.status(), 202, await response.text());
    };
    await send(Array.from({ length: 70 }, (_, n) => `spam-${n}@junk.example`));
    await send(Array.from({ length: 5 }, (_, n) => `friend-${n}@example.com`));

    await page.reload();
    await page.getByRole('tab', { name: 'People' }).click();
    const card = page.locator('details.pending-invitations');
    const summary = card.locator('summary');
    await summary.getByText('75').waitFor();
    const rows = page.getByRole('list', { name: 'Pending invitations' }).getByRole('listitem');
    assert.equal(await rows.count(), 0, 'collapsed: no invitation rows fetched or shown');
    await screenshot(page, 'pending-invitations-collapsed-390');

    await summary.focus();
    await page.keyboard.press('Enter');
    await rows.nth(49).waitFor();
    assert.equal(await rows.count(), 50, 'one page of 50');
    await page.getByRole('button', { name: 'Load more' }).click();
    await rows.nth(74).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0, 'no more pages');

    await page.getByLabel('Search invitations by address').fill('junk');
    const revokeAll = page.getByRole('button', { name: 'Revoke all matching (70)' });
    await revokeAll.waitFor();
    await page.getByRole('button', { name: 'Load more' }).waitFor();
    assert.equal(await rows.count(), 50);
    assert.deepEqual(await accessibilityViolations(page, 'details.pending-invitations'), []);
    await screenshot(page, 'pending-invitations-search-390');

    await revokeAll.click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke 70 invitations?' });
    await confirm.waitFor();
    await screenshot(page, 'pending-invitations-revoke-confirm-390');
    await confirm.getByRole('button', { name: 'Revoke all' }).click();
    await page.getByText('70 invitations revoked', { exact: true }).waitFor();
    await summary.getByText('5', { exact: true }).waitFor();
    await page.getByText('No invitation matches “junk”').waitFor();

    await page.getByLabel('Search invitations by address').fill('');
    await rows.nth(4).waitFor();
    assert.equal(await rows.count(), 5, 'the friends are still invited');
    await page.getByLabel('Invitation state').selectOption('revoked');
    await rows.nth(49).waitFor();
    assert.equal(await page.getByRole('button', { name: /Revoke all matching/ }).count(), 0);
    await screenshot(page, 'pending-invitations-revoked-filter-390');
    assert.deepEqual(owner.problems, []);
  });
});
