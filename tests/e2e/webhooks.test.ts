import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startWebhookReceiver } from '../support/webhook-receiver.js';
import {
  accessibilityViolations,
  createGroupThroughUi,
  launchBrowser,
  newPerson,
  screenshot,
  signUpThroughUi,
} from './support/browser.js';
import { startHearth } from './support/hearth-server.js';

describe('webhooks journey in Chromium', () => {
  let hearth: Awaited<ReturnType<typeof startHearth>>;
  let browser: Browser;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    hearth = await startHearth({ WEBHOOKS_ALLOW_HTTP: '1', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: '1' });
    browser = await launchBrowser();
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await browser?.close();
    await hearth?.close();
    await receiver?.close();
  });

  test('an owner adds a webhook, copies its secret, sends a test ping and reads the delivery log', async () => {
    const { page, problems, context } = await newPerson(browser, hearth.baseUrl);
    await signUpThroughUi(page, hearth.baseUrl, {
      name: 'Wanda Owner',
      email: 'wanda@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Automation Club', visibility: 'Public' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Webhooks' });
    await panel.getByText('No webhooks yet').waitFor();
    await panel.getByLabel('Endpoint URL').fill(`${receiver.url}/crm`);
    await panel.getByLabel('Description (optional)').fill('Our CRM');
    await panel.getByRole('button', { name: 'Add webhook' }).click();
    const secret = panel.getByRole('status').filter({ hasText: 'Signing secret' });
    await secret.waitFor();
    assert.match(await secret.locator('code').innerText(), /^whsec_/);
    await screenshot(page, 'webhooks-secret-shown-once');
    await secret.getByRole('button', { name: 'Done' }).click();

    await panel.getByRole('button', { name: 'Send test' }).click();
    await receiver.waitFor(() => receiver.received.length === 1);
    assert.equal(JSON.parse(receiver.received[0]!.body).type, 'ping');
    const log = panel.getByRole('table', { name: 'Delivery log' });
    await log.getByRole('cell', { name: 'Delivered' }).waitFor();
    assert.match(await log.innerText(), /ping/);
    await screenshot(page, 'webhooks-delivery-log');
    assert.deepEqual(await accessibilityViolations(page, 'main'), []);

    await panel.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this webhook?' });
    await confirm.getByText('Hearth stops sending events').waitFor();
    await confirm.getByRole('button', { name: 'Delete webhook' }).click();
    await panel.getByText('No webhooks yet').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
