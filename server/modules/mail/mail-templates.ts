import { randomUUID } from 'node:crypto';

export type ComposedMail = { subject: string; text: string; html: string };

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** A Message-ID fixed when the message is written, so a retried send is recognisable as the same message. */
export function newMessageId(publicUrl: string): string {
  return `<${randomUUID()}@${new URL(publicUrl).hostname}>`;
}

/**
 * Marks the one link each mail's template writes (the button). Everything a person wrote into a mail (an
 * inviter's message) is escaped, so it can never carry this marker: the Dev mailbox labels only marked links.
 */
const HEARTH_LINK_ATTRIBUTE = 'data-hearth-link';
const HEARTH_LINK = /<a data-hearth-link href="([^"]*)"[^>]*>([^<]*)<\/a>/g;

const unescapeHtml = (value: string) =>
  value.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_entity, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

/** The links Hearth itself generated in a mail (never URLs from a personal message), with their labels. */
export function hearthLinksOf(html: string): { label: string; url: string }[] {
  return [...html.matchAll(HEARTH_LINK)].map((match) => ({ label: unescapeHtml(match[2]!), url: unescapeHtml(match[1]!) }));
}

export function layout(title: string, paragraphs: string[], button: { label: string; url: string }, footer: string): string {
  return `<!doctype html><html><body style="margin:0;background:#faf8f5;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="100%" style="max-width:520px;background:#fff;border:1px solid #e7e2dc;border-radius:12px" cellpadding="0" cellspacing="0"><tr><td style="padding:28px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>
${paragraphs.map((paragraph) => `<p style="font-size:15px;line-height:1.5;margin:0 0 14px">${paragraph}</p>`).join('\n')}
<p style="margin:24px 0"><a ${HEARTH_LINK_ATTRIBUTE} href="${escapeHtml(button.url)}" style="background:#c2410c;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600;display:inline-block">${escapeHtml(button.label)}</a></p>
<p style="font-size:13px;color:#6b6460;margin:0">Or paste this link into your browser: ${escapeHtml(button.url)}</p>
<p style="font-size:13px;color:#6b6460;margin:16px 0 0">${escapeHtml(footer)}</p>
</td></tr></table></td></tr></table></body></html>`;
}

export function emailInviteMail(input: {
  groupName: string;
  inviterName: string;
  message: string;
  url: string;
  expiresAt: Date;
}): ComposedMail {
  const expires = input.expiresAt.toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, '');
  const subject = `${input.inviterName} invited you to join ${input.groupName} on Hearth`;
  const text = [
    `${input.inviterName} invited you to join ${input.groupName} on Hearth.`,
    ...(input.message ? ['', `"${input.message}"`, `— ${input.inviterName}`] : []),
    '',
    `Accept the invitation: ${input.url}`,
    '',
    `This invitation is for you alone and works until ${expires}. If you did not expect it, you can ignore this email.`,
  ].join('\n');
  const html = layout(
    `Join ${input.groupName}`,
    [
      `<strong>${escapeHtml(input.inviterName)}</strong> invited you to join <strong>${escapeHtml(input.groupName)}</strong> on Hearth.`,
      ...(input.message
        ? [
            `<span style="display:block;border-left:3px solid #c2410c;padding-left:12px;color:#44403c">${escapeHtml(input.message).replaceAll('\n', '<br>')}</span>`,
          ]
        : []),
    ],
    { label: 'Accept the invitation', url: input.url },
    `This invitation is for you alone and works until ${expires}. If you did not expect it, you can ignore this email.`,
  );
  return { subject, text, html };
}

export function passwordResetMail(input: { name: string; url: string }): ComposedMail {
  const subject = 'Reset your Hearth password';
  const text = [
    `Hi ${input.name},`,
    '',
    `Someone (hopefully you) asked to reset your Hearth password. Choose a new one here: ${input.url}`,
    '',
    'The link works once, for one hour. If you did not ask for it, ignore this email: your password stays as it is.',
  ].join('\n');
  const html = layout(
    'Reset your password',
    [`Hi ${escapeHtml(input.name)},`, 'Someone (hopefully you) asked to reset your Hearth password.'],
    { label: 'Choose a new password', url: input.url },
    'The link works once, for one hour. If you did not ask for it, ignore this email: your password stays as it is.',
  );
  return { subject, text, html };
}

export function magicLinkMail(input: { name: string | null; url: string }): ComposedMail {
  const subject = input.name ? 'Your Hearth sign-in link' : 'Finish creating your Hearth account';
  const greeting = input.name ? `Hi ${input.name},` : 'Hi,';
  const action = input.name ? 'Sign in to Hearth with this link' : 'Create your Hearth account with this link';
  const footer = 'The link works once, for 15 minutes. If you did not ask for it, ignore this email.';
  const text = [greeting, '', `${action}: ${input.url}`, '', footer].join('\n');
  const html = layout(
    input.name ? 'Sign in to Hearth' : 'Finish creating your account',
    [escapeHtml(greeting), `${escapeHtml(action)}.`],
    { label: input.name ? 'Sign in' : 'Create my account', url: input.url },
    footer,
  );
  return { subject, text, html };
}

export function emailVerificationMail(input: { name: string; url: string }): ComposedMail {
  const subject = 'Confirm your email address for Hearth';
  const footer = 'The link works once, for 48 hours. If you did not create a Hearth account, ignore this email.';
  const text = [`Hi ${input.name},`, '', `Confirm that this is your address: ${input.url}`, '', footer].join('\n');
  const html = layout(
    'Confirm your email address',
    [`Hi ${escapeHtml(input.name)},`, 'Confirm that this is your address, so invitations sent to it reach you.'],
    { label: 'Confirm my address', url: input.url },
    footer,
  );
  return { subject, text, html };
}

/** Sent instead of creating a second account, so the sign-up form never tells a stranger who has an account. */
export function accountExistsMail(input: { name: string; url: string }): ComposedMail {
  const subject = 'You already have a Hearth account';
  const footer = 'The link works once, for 15 minutes. If you did not try to sign up, ignore this email: nothing has changed.';
  const text = [
    `Hi ${input.name},`,
    '',
    'Someone (hopefully you) tried to create a Hearth account with this address, but you already have one.',
    `Sign in with this link instead: ${input.url}`,
    '',
    footer,
  ].join('\n');
  const html = layout(
    'You already have an account',
    [
      `Hi ${escapeHtml(input.name)},`,
      'Someone (hopefully you) tried to create a Hearth account with this address, but you already have one.',
    ],
    { label: 'Sign in', url: input.url },
    footer,
  );
  return { subject, text, html };
}
