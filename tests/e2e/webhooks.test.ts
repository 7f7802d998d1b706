import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startWebhookReceiver } from '../support/webhook-receiver.js';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('webhooks journey in Chromium', () => {
  const world = hearthAndBrowser({ environment: { WEBHOOKS_ALLOW_HTTP: '1', WEBHOOKS_ALLOW_PRIVATE_NETWORKS: '1' } });
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    receiver = await startWebhookReceiver();
  });
  after(async () => {
    await receiver?.close();
  });

  test('an owner adds a webhook, copies its secret, sends a test ping and reads the delivery log', async () => {
    const { page, problems, context } = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Wanda Owner',
      email: 'wanda@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Automation Club', visibility: 'Public' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    const panel = page.getByRole('region', { name: 'Webhooks' });
    await panel.getByText('No webhooks yet').waitFor();
    await panel.getByLabel('Endpoint URL').fill(`${receiver.url}/crm`);
    await panel.getByLabel('Note (optional)').fill('Our CRM');
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

  test('a leaked link trips the breaker, and the owner resumes it from the Invite links tab', async () => {
    const { page, problems, context } = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(page, world.hearth.baseUrl, {
      name: 'Lena Owner',
      email: 'lena@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(page, { name: 'Leaky Circle', visibility: 'Public' });
    const groupId = page.url().split('/groups/')[1]!.split(/[?#]/)[0]!;
    const groups = await (await page.request.get(`${world.hearth.baseUrl}/api/groups/${groupId}`)).json();
    const id = groups.group.id as string;
    assert.equal(
      (await page.request.patch(`${world.hearth.baseUrl}/api/groups/${id}/leak-breaker`, { data: { threshold: 2 } })).status(),
      200,
    );
    const link = (
      await (
        await page.request.post(`${world.hearth.baseUrl}/api/groups/${id}/invite-links`, { data: { label: 'Leaky post' } })
      ).json()
    ).inviteLink;
    for (let index = 0; index < 3; index++) {
      const visitor = await world.browser.newContext();
      const signUp = await visitor.request.post(`${world.hearth.baseUrl}/api/auth/signup`, {
        data: { name: `Visitor ${index}`, email: `visitor-${index}@example.com`, password: 'correct horse battery' },
      });
      assert.equal(signUp.status(), 201);
      assert.equal(
        (await visitor.request.post(`${world.hearth.baseUrl}/api/invites/${link.code}/accept`, { data: {} })).status(),
        200,
      );
      await visitor.close();
    }
    await page.reload();
    await page.getByRole('tab', { name: 'Invite links' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Possible leak' });
    await notice.waitFor();
    await screenshot(page, 'leak-breaker-tripped');
    assert.deepEqual(await accessibilityViolations(page, 'main'), []);
    await notice.getByRole('button', { name: "It's fine — resume" }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
