import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { accessibilityViolations, createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('continue with email from an invite, in Chromium, through a real SMTP server', () => {
  const world = hearthAndBrowser({ smtp: true });

  /** The owner's current invitation link, read from the Invite dialog. */
  async function inviteLinkOf(page: Page): Promise<string> {
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Invitation link' }).click();
    const field = dialog.getByRole('textbox', { name: /Invitation link/ });
    await field.waitFor();
    const link = await field.inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    return link;
  }

  const linkIn = (text: string) => text.match(/https?:\/\/\S+\/magic-link\?token=[A-Za-z0-9_-]+/)![0];

  test('a newcomer continues with email, confirms the mailed link with a name and ends joined', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, {
      name: 'Harriet Host',
      email: 'harriet@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(owner.page, { name: 'Garden Club', visibility: 'Public' });
    const link = await inviteLinkOf(owner.page);

    const invitee = await newPerson(world.browser, world.hearth.baseUrl);
    await invitee.page.goto(link);
    const modal = invitee.page.getByRole('dialog', { name: 'Garden Club' });
    await modal.getByText('Harriet Host invited you to join').waitFor();
    await modal.getByRole('tab', { name: 'Sign-in link' }).click();
    await modal.getByLabel('Email').fill('gus@example.com');
    await screenshot(invitee.page, 'magic-link-01-invite-modal-email-tab');
    assert.deepEqual(await accessibilityViolations(invitee.page, '[role="dialog"]'), []);
    await modal.getByRole('button', { name: 'Email me a link' }).click();
    await modal.getByRole('heading', { name: 'Check your email' }).waitFor();
    await modal.getByText('gus@example.com').waitFor();
    await screenshot(invitee.page, 'magic-link-02-check-your-email');

    const mail = await world.inbox.waitFor((m) => m.to.includes('gus@example.com'));
    assert.equal(mail.subject, 'Finish creating your Hearth account');
    await invitee.page.goto(linkIn(mail.text));
    await invitee.page.getByRole('heading', { name: 'Welcome to Hearth' }).waitFor();
    // Asking for the account without a name puts the error on the name field.
    await invitee.page.getByRole('button', { name: 'Create my account' }).click();
    await invitee.page.getByText('Enter your name.').waitFor();
    assert.equal(await invitee.page.getByLabel('Your name').getAttribute('aria-invalid'), 'true');
    await invitee.page.getByLabel('Your name').fill('Gus Gardener');
    assert.deepEqual(await accessibilityViolations(invitee.page, 'main'), []);
    await screenshot(invitee.page, 'magic-link-03-name-for-new-account');
    await invitee.page.getByRole('button', { name: 'Create my account' }).click();

    // Back on the invite, joined in place without another click.
    await invitee.page.getByRole('heading', { name: 'Welcome to Garden Club!' }).waitFor();
    assert.match(new URL(invitee.page.url()).pathname, /^\/invite\//);
    await screenshot(invitee.page, 'magic-link-04-joined');
    await invitee.page.getByRole('link', { name: 'Go to the group' }).click();
    await invitee.page.getByRole('heading', { level: 1, name: 'Garden Club' }).waitFor();
    await invitee.page.getByRole('tab', { name: 'People' }).click();
    await invitee.page.getByRole('list', { name: 'Members' }).getByText('Gus Gardener').waitFor();
    // The account came from a mailed link: its address is verified, so no "confirm your email" banner.
    assert.equal(await invitee.page.getByRole('region', { name: 'Confirm your address' }).count(), 0);

    // The link worked once.
    const reused = await newPerson(world.browser, world.hearth.baseUrl);
    await reused.page.goto(linkIn(mail.text));
    await reused.page.getByText('This link no longer works').waitFor();

    assert.deepEqual([...owner.problems, ...invitee.problems, ...reused.problems], []);
    await owner.context.close();
    await invitee.context.close();
    await reused.context.close();
  });

  test('on a phone, signing up again with an existing address says "check your email" and the mailed link joins', async () => {
    const owner = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(owner.page, world.hearth.baseUrl, {
      name: 'Petra Planner',
      email: 'petra@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(owner.page, { name: 'Chess Night', visibility: 'Public' });
    const link = await inviteLinkOf(owner.page);
    // Quinn made an account months ago, on another device, and forgot.
    const earlier = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(earlier.page, world.hearth.baseUrl, {
      name: 'Quinn Queen',
      email: 'quinn@example.com',
      password: 'correct horse battery',
    });
    await earlier.context.close();

    const returning = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await returning.page.goto(link);
    const modal = returning.page.getByRole('dialog', { name: 'Chess Night' });
    await modal.getByText('Petra Planner invited you to join').waitFor();

    // Errors sit on their fields, all at once.
    await modal.getByLabel('Email').fill('quinn@example');
    await modal.getByRole('button', { name: 'Create account' }).click();
    await modal.getByText('Enter your name.').waitFor();
    await modal.getByText('Enter a valid email address, like name@example.com.').waitFor();
    await modal.getByText('Enter your password.').waitFor();
    assert.equal(await modal.getByLabel('Email').getAttribute('aria-invalid'), 'true');
    await screenshot(returning.page, 'magic-link-05-phone-field-errors');
    assert.deepEqual(await accessibilityViolations(returning.page, '[role="dialog"]'), []);

    // Switching to Log in and back keeps the typed email.
    await modal.getByLabel('Email').fill('quinn@example.com');
    await modal.getByRole('tab', { name: 'Log in' }).click();
    assert.equal(await modal.getByLabel('Email').inputValue(), 'quinn@example.com');
    await modal.getByRole('tab', { name: 'Sign up' }).click();
    assert.equal(await modal.getByLabel('Email').inputValue(), 'quinn@example.com');

    await modal.getByLabel('Name').fill('Quinn Again');
    await modal.getByLabel('Password').fill('a different password');
    await modal.getByRole('button', { name: 'Create account' }).click();
    await modal.getByRole('heading', { name: 'Check your email' }).waitFor();
    await screenshot(returning.page, 'magic-link-06-phone-check-your-email');

    const mail = await world.inbox.waitFor(
      (m) => m.to.includes('quinn@example.com') && m.subject === 'You already have a Hearth account',
    );
    await returning.page.goto(linkIn(mail.text));
    // Signed in to the existing account (its name, not the one typed) and joined in place.
    await returning.page.getByRole('heading', { name: 'Welcome to Chess Night!' }).waitFor();
    const me = await returning.page.evaluate(() => fetch('/api/me').then((response) => response.json()));
    assert.equal(me.user.name, 'Quinn Queen');
    await screenshot(returning.page, 'magic-link-07-phone-back-on-invite');

    assert.deepEqual([...owner.problems, ...returning.problems], []);
    await owner.context.close();
    await returning.context.close();
  });
  test('a new account sees a gentle banner, confirms its address from the mail, and the banner goes', async () => {
    const person = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await signUpThroughUi(person.page, world.hearth.baseUrl, {
      name: 'Vera Verify',
      email: 'vera@example.com',
      password: 'correct horse battery',
    });
    const banner = person.page.getByRole('region', { name: 'Confirm your address' });
    await banner.getByText('vera@example.com').waitFor();
    await banner.getByRole('button', { name: 'Send it again' }).click();
    await banner.getByText('Sent.').waitFor();
    assert.deepEqual(await accessibilityViolations(person.page, 'main'), []);
    await screenshot(person.page, 'verify-01-phone-banner');

    const mail = await world.inbox.waitFor(
      (m) => m.to.includes('vera@example.com') && m.subject.startsWith('Confirm your email'),
    );
    await person.page.goto(mail.text.match(/https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/)![0]);
    await person.page.getByText('Your email address is confirmed.').waitFor();
    await screenshot(person.page, 'verify-02-phone-confirmed');
    await person.page.getByRole('link', { name: 'Go to my groups' }).click();
    await person.page.getByRole('heading', { name: 'My groups' }).waitFor();
    assert.equal(await banner.count(), 0);
    assert.deepEqual(person.problems, []);
    await person.context.close();
  });
  test('the log-in page offers Continue with email, keeping the typed address, and the link signs in', async () => {
    const earlier = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(earlier.page, world.hearth.baseUrl, {
      name: 'Lena Linkuser',
      email: 'lena@example.com',
      password: 'correct horse battery',
    });
    await earlier.context.close();

    const person = await newPerson(world.browser, world.hearth.baseUrl);
    await person.page.goto(`${world.hearth.baseUrl}/login`);
    await person.page.getByLabel('Email').fill('lena@example.com');
    await person.page.getByRole('button', { name: 'Continue with email' }).click();
    assert.equal(await person.page.getByLabel('Email').inputValue(), 'lena@example.com');
    await person.page.getByRole('button', { name: 'Email me a link' }).click();
    await person.page.getByRole('heading', { name: 'Check your email' }).waitFor();
    assert.deepEqual(await accessibilityViolations(person.page, 'main'), []);

    const mail = await world.inbox.waitFor((m) => m.to.includes('lena@example.com') && m.subject === 'Your Hearth sign-in link');
    await person.page.goto(linkIn(mail.text));
    await person.page.getByRole('heading', { name: 'My groups' }).waitFor();
    await person.page.getByRole('button', { name: 'Account menu for Lena Linkuser' }).waitFor();
    assert.deepEqual(person.problems, []);
    await person.context.close();
  });
});
