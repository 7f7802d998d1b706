import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inviteCodeIn } from '../support/smtp-inbox.js';
import { createGroupThroughUi, newPerson, screenshot, signUpThroughUi } from './support/browser.js';
import { hearthAndBrowser } from './support/journey.js';

describe('invite by email and reset a password, in Chromium, through a real SMTP server', () => {
  const world = hearthAndBrowser({ smtp: true });

  test('an admin sends an invitation from the Email tab; the invitee opens the delivered link, signs up and joins', async () => {
    const admin = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(admin.page, world.hearth.baseUrl, {
      name: 'Erin Emailer',
      email: 'erin@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(admin.page, { name: 'Book Club', visibility: 'Public' });
    await admin.page.getByRole('tab', { name: 'People' }).click();
    await admin.page.getByRole('button', { name: 'Invite' }).click();
    const dialog = admin.page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Email' }).click();
    await dialog.getByLabel('Email addresses').fill('newbie@example.com, not-an-email');
    await dialog.getByLabel('Personal message (optional)').fill('We read one book a month. Join us!');
    await dialog.getByRole('button', { name: 'Preview the email' }).click();
    await dialog.getByLabel('Email preview').getByText('We read one book a month. Join us!').waitFor();
    await screenshot(admin.page, 'email-tab');
    await dialog.getByRole('button', { name: 'Send invitations' }).click();
    await dialog.getByText('1 invitation sent.').waitFor();
    await dialog.getByText('not-an-email — not a valid email address').waitFor();
    assert.equal(
      await dialog.getByLabel('Email addresses').inputValue(),
      'not-an-email',
      'the address to fix stays in the box; the one sent leaves it',
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Pending invitations are collapsed behind their count (issue 9 §5).
    await admin.page.getByText('Pending invitations', { exact: false }).first().click();
    const pending = admin.page.getByRole('listitem', { name: 'Invitation to newbie@example.com' });
    await pending.waitFor();
    assert.match(await pending.innerText(), /Sent/);

    const mail = await world.inbox.waitFor((m) => m.to.includes('newbie@example.com'));
    assert.equal(mail.subject, 'Erin Emailer invited you to join Book Club on Hearth');
    const invitee = await newPerson(world.browser, world.hearth.baseUrl);
    await invitee.page.goto(`${world.hearth.baseUrl}/invite/${inviteCodeIn(mail)}`);
    const modal = invitee.page.getByRole('dialog', { name: 'Book Club' });
    await modal.getByText('This invitation was sent to newbie@example.com.').waitFor();
    assert.equal(await modal.getByLabel('Email').inputValue(), 'newbie@example.com');
    await modal.getByLabel('Name').fill('Nina Newbie');
    await modal.getByLabel('Password').fill('correct horse battery');
    await modal.getByRole('button', { name: 'Create account' }).click();
    await modal.getByRole('heading', { name: 'Welcome to Book Club!' }).waitFor();

    await admin.page.reload();
    const nina = admin.page.getByRole('list', { name: 'Members' }).getByRole('listitem').filter({ hasText: 'Nina Newbie' });
    assert.match(await nina.innerText(), /invited by email by Erin Emailer/);
    assert.deepEqual([...admin.problems, ...invitee.problems], []);
    await admin.context.close();
    await invitee.context.close();
  });

  test('Forgot password? sends a link that sets a new password and signs the person in', async () => {
    const person = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(person.page, world.hearth.baseUrl, {
      name: 'Fran Forgetful',
      email: 'fran@example.com',
      password: 'correct horse battery',
    });
    await person.page.getByRole('button', { name: 'Account menu for Fran Forgetful' }).click();
    await person.page.getByRole('menuitem', { name: 'Log out' }).click();
    await person.page.getByRole('button', { name: 'Forgot password?' }).click();
    await person.page.getByLabel('Email').fill('fran@example.com');
    await person.page.getByRole('button', { name: 'Send reset link' }).click();
    await person.page.getByText('If an account exists for fran@example.com').waitFor();
    const mail = await world.inbox.waitFor(
      (m) => m.to.includes('fran@example.com') && m.subject === 'Reset your Hearth password',
    );
    const link = mail.text.match(/https?:\/\/\S+reset-password\?token=\S+/)![0];
    await person.page.goto(link);
    await person.page.getByLabel('New password').fill('an entirely new password');
    await person.page.getByRole('button', { name: 'Save password' }).click();
    // Signed in again, and back where the reset was asked for (the log-in page, which sends a signed-in person home).
    await person.page.getByText('You are not in any group yet').waitFor();
    await person.page.getByRole('button', { name: 'Account menu for Fran Forgetful' }).waitFor();
    await person.context.close();
  });

  test('an email invitation opened while signed in as someone else offers to log out and continue as the invited address', async () => {
    const admin = await newPerson(world.browser, world.hearth.baseUrl);
    await signUpThroughUi(admin.page, world.hearth.baseUrl, {
      name: 'Wes Wrong',
      email: 'wes@example.com',
      password: 'correct horse battery',
    });
    await createGroupThroughUi(admin.page, { name: 'Chess Night', visibility: 'Public' });
    await admin.page.getByRole('tab', { name: 'People' }).click();
    await admin.page.getByRole('button', { name: 'Invite' }).click();
    const dialog = admin.page.getByRole('dialog', { name: /Invite people to/ });
    await dialog.getByRole('tab', { name: 'Email' }).click();
    await dialog.getByLabel('Email addresses').fill('mara@example.com');
    await dialog.getByRole('button', { name: 'Send invitations' }).click();
    await dialog.getByText('1 invitation sent.').waitFor();
    const mail = await world.inbox.waitFor((m) => m.to.includes('mara@example.com'));

    // Someone else is signed in on this browser (a shared family computer, say).
    const browserUser = await newPerson(world.browser, world.hearth.baseUrl, { width: 390, height: 844 });
    await signUpThroughUi(browserUser.page, world.hearth.baseUrl, {
      name: 'Otto Other',
      email: 'otto@example.com',
      password: 'correct horse battery',
    });
    await browserUser.page.goto(`${world.hearth.baseUrl}/invite/${inviteCodeIn(mail)}`);
    const modal = browserUser.page.getByRole('dialog', { name: 'Chess Night' });
    await modal.getByRole('heading', { name: 'This invitation is for mara@example.com' }).waitFor();
    assert.equal(await modal.getByRole('button', { name: /^Join/ }).count(), 0);
    const switchButton = await modal.getByRole('button', { name: 'Log out and continue as mara@example.com' }).boundingBox();
    const modalBox = await modal.boundingBox();
    assert.ok(
      switchButton &&
        modalBox &&
        switchButton.x >= modalBox.x &&
        switchButton.x + switchButton.width <= modalBox.x + modalBox.width,
      'the button fits inside the modal on a phone',
    );
    await screenshot(browserUser.page, 'invite-email-wrong-account-phone');
    await modal.getByRole('button', { name: 'Log out and continue as mara@example.com' }).click();
    await modal.getByRole('tab', { name: 'Sign up' }).waitFor();
    assert.equal(await modal.getByLabel('Email').inputValue(), 'mara@example.com');
    await modal.getByLabel('Name').fill('Mara Invited');
    await modal.getByLabel('Password').fill('correct horse battery');
    await modal.getByRole('button', { name: 'Create account' }).click();
    await modal.getByRole('heading', { name: 'Welcome to Chess Night!' }).waitFor();
    assert.deepEqual([...admin.problems, ...browserUser.problems], []);
    await admin.context.close();
    await browserUser.context.close();
  });
});
