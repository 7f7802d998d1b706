import { randomUUID } from 'node:crypto';

export type ComposedMail = { subject: string; text: string; html: string };

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** A Message-ID fixed when the message is written, so a retried send is recognisable as the same message. */
export function newMessageId(publicUrl: string): string {
  return `<${randomUUID()}@${new URL(publicUrl).hostname}>`;
}

export function layout(title: string, paragraphs: string[], button: { label: string; url: string }, footer: string): string {
  return `<!doctype html><html><body style="margin:0;background:#faf8f5;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px">
<table role="presentation" width="100%" style="max-width:520px;background:#fff;border:1px solid #e7e2dc;border-radius:12px" cellpadding="0" cellspacing="0"><tr><td style="padding:28px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>
${paragraphs.map((paragraph) => `<p style="font-size:15px;line-height:1.5;margin:0 0 14px">${paragraph}</p>`).join('\n')}
<p style="margin:24px 0"><a href="${escapeHtml(button.url)}" style="background:#c2410c;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600;display:inline-block">${escapeHtml(button.label)}</a></p>
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
