import { type ComposedMail, escapeHtml, layout } from '../mail/mail-templates.js';

/** Every notification says why it came and links to the settings page and a one-click unsubscribe. */
type Footer = { reason: string; settingsUrl: string; unsubscribeUrl: string };

function compose(
  input: { subject: string; title: string; paragraphs: string[]; button: { label: string; url: string } },
  footer: Footer,
): ComposedMail {
  const footerText = `${footer.reason} Choose which emails you get: ${footer.settingsUrl} — or stop these emails: ${footer.unsubscribeUrl}`;
  const text = [...input.paragraphs, '', `${input.button.label}: ${input.button.url}`, '', footerText].join('\n');
  const html = layout(input.title, input.paragraphs.map(escapeHtml), input.button, footerText);
  return { subject: input.subject, text, html };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function joinRequestMail(input: { groupName: string; requesterName: string; url: string }, footer: Footer) {
  return compose(
    {
      subject: `${input.requesterName} asked to join ${input.groupName}`,
      title: `New request to join ${input.groupName}`,
      paragraphs: [`${input.requesterName} asked to join ${input.groupName}. Approve or decline the request on Hearth.`],
      button: { label: 'Review the request', url: input.url },
    },
    footer,
  );
}

export function joinRequestsGatheredMail(
  input: { groupName: string; count: number; mode: 'every' | 'daily'; url: string },
  footer: Footer,
) {
  const requests = plural(input.count, 'request', 'requests');
  return compose(
    {
      subject:
        input.mode === 'daily'
          ? `Today: ${requests} to join ${input.groupName}`
          : `${plural(input.count, 'more request', 'more requests')} to join ${input.groupName}`,
      title: `${input.groupName}: ${requests} waiting`,
      paragraphs: [
        input.mode === 'daily'
          ? `${requests} to join ${input.groupName} arrived in the last day.`
          : `${plural(input.count, 'more person', 'more people')} asked to join ${input.groupName} since the last email.`,
      ],
      button: { label: 'Review the requests', url: input.url },
    },
    footer,
  );
}

export function requestApprovedMail(input: { groupName: string; url: string }, footer: Footer) {
  return compose(
    {
      subject: `You're in: open ${input.groupName}`,
      title: `You're in ${input.groupName}`,
      paragraphs: [`Your request to join ${input.groupName} was approved. Welcome!`],
      button: { label: `Open ${input.groupName}`, url: input.url },
    },
    footer,
  );
}

export function requestDeclinedMail(input: { groupName: string; url: string }, footer: Footer) {
  return compose(
    {
      subject: `Your request to join ${input.groupName}`,
      title: `Your request to join ${input.groupName}`,
      paragraphs: [`The admins of ${input.groupName} declined your request to join.`],
      button: { label: 'Go to Hearth', url: input.url },
    },
    footer,
  );
}

export function inviteeJoinedMail(
  input: { groupName: string; joinerName: string; via: 'link' | 'email'; url: string },
  footer: Footer,
) {
  return compose(
    {
      subject: `${input.joinerName} joined ${input.groupName}`,
      title: `${input.joinerName} joined ${input.groupName}`,
      paragraphs: [
        `${input.joinerName} joined ${input.groupName} through your ${input.via === 'link' ? 'invite link' : 'email invitation'}.`,
      ],
      button: { label: `Open ${input.groupName}`, url: input.url },
    },
    footer,
  );
}
