import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import type { ComposedMail } from '../mail/mail-templates.js';
import { newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import {
  inviteeJoinedMail,
  joinRequestMail,
  joinRequestsGatheredMail,
  requestApprovedMail,
  requestDeclinedMail,
} from './notification-mails.js';
import * as repository from './notifications.repository.js';
import type { Recipient } from './notifications.repository.js';
import {
  DIGEST_WINDOW_SECONDS,
  FOLLOW_UP_WINDOW_SECONDS,
  type NotificationSettings,
  type NotificationTopic,
  settingsWithout,
} from './notifications.rules.js';

/**
 * Notification mail: written to the outbox inside the caller's transaction (so a rolled-back change announces
 * nothing) and returned as outbox ids for the caller to hand to the mail queue once it has committed.
 */

type MailContext = Pick<AppContext, 'config'>;
type GroupRef = { id: string; slug: string; name: string };

const reasons: Record<NotificationTopic, string> = {
  join_requests: 'You get this because you are an admin of this group.',
  request_decisions: 'You get this because you asked to join this group.',
  invitee_joined: 'You get this because you asked to hear when people join through your invitations.',
};

/** One message with its own unsubscribe token (stored hashed) and the RFC 8058 one-click headers. */
async function notificationMessage(
  tx: Database,
  context: MailContext,
  input: { recipient: Recipient; topic: NotificationTopic; groupId: string; build: (footer: Footer) => ComposedMail },
) {
  const token = generateToken();
  await repository.insertUnsubscribeToken(tx, { tokenHash: sha256(token), userId: input.recipient.userId, topic: input.topic });
  const { publicUrl } = context.config;
  const unsubscribeUrl = `${publicUrl}/api/notifications/unsubscribe/${token}`;
  const mail = input.build({
    reason: reasons[input.topic],
    settingsUrl: `${publicUrl}/settings/notifications`,
    unsubscribeUrl: `${publicUrl}/unsubscribe/${token}`,
  });
  return {
    ...mail,
    toAddress: input.recipient.email,
    messageId: newMessageId(publicUrl),
    kind: 'notification' as const,
    groupId: input.groupId,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
type Footer = Parameters<typeof joinRequestMail>[1];

async function writeMessages(tx: Database, messages: Awaited<ReturnType<typeof notificationMessage>>[]) {
  const rows = await insertOutboxMessages(tx, messages);
  return rows.map((row) => row.id);
}

const requestsUrl = (context: MailContext, group: GroupRef) => `${context.config.publicUrl}/groups/${group.slug}?tab=requests`;
const groupUrl = (context: MailContext, group: GroupRef) => `${context.config.publicUrl}/groups/${group.slug}`;

/**
 * A join request arrived: each owner and admin gets a mail now (the first of a 10-minute window), has it
 * gathered into a follow-up or the daily digest, or nothing, as they chose.
 */
export async function notifyJoinRequest(
  tx: Database,
  context: MailContext,
  input: { group: GroupRef; requesterId: string; now?: Date },
): Promise<string[]> {
  const now = input.now ?? new Date();
  const [requester] = await repository.findRecipients(tx, [input.requesterId]);
  const admins = await repository.findGroupAdmins(tx, input.group.id);
  const messages = [];
  for (const admin of admins) {
    if (admin.joinRequests === 'none') continue;
    const { mailNow } = await repository.countJoinRequestAlert(tx, {
      groupId: input.group.id,
      userId: admin.userId,
      mode: admin.joinRequests,
      now,
      windowSeconds: admin.joinRequests === 'every' ? FOLLOW_UP_WINDOW_SECONDS : DIGEST_WINDOW_SECONDS,
    });
    if (!mailNow) continue;
    messages.push(
      await notificationMessage(tx, context, {
        recipient: admin,
        topic: 'join_requests',
        groupId: input.group.id,
        build: (footer) =>
          joinRequestMail(
            { groupName: input.group.name, requesterName: requester?.name ?? 'Someone', url: requestsUrl(context, input.group) },
            footer,
          ),
      }),
    );
  }
  return writeMessages(tx, messages);
}

/** The answer to each decided request, to requesters who still want it. */
export async function notifyRequestDecisions(
  tx: Database,
  context: MailContext,
  input: { group: GroupRef; requesterIds: string[]; decision: 'approved' | 'declined' },
): Promise<string[]> {
  const recipients = await repository.findRecipients(tx, input.requesterIds);
  const messages = [];
  for (const recipient of recipients.filter((person) => person.requestDecisions)) {
    messages.push(
      await notificationMessage(tx, context, {
        recipient,
        topic: 'request_decisions',
        groupId: input.group.id,
        build: (footer) =>
          input.decision === 'approved'
            ? requestApprovedMail({ groupName: input.group.name, url: groupUrl(context, input.group) }, footer)
            : requestDeclinedMail({ groupName: input.group.name, url: context.config.publicUrl }, footer),
      }),
    );
  }
  return writeMessages(tx, messages);
}

/** Someone joined through an invitation: its inviter hears of it if they opted in. */
export async function notifyInviteeJoined(
  tx: Database,
  context: MailContext,
  input: { group: GroupRef; joins: { inviterId: string | null; joinerId: string; via: 'link' | 'email' }[] },
): Promise<string[]> {
  const joins = input.joins.filter((join) => join.inviterId && join.inviterId !== join.joinerId);
  if (joins.length === 0) return [];
  const people = new Map(
    (await repository.findRecipients(tx, [...new Set(joins.flatMap((join) => [join.inviterId!, join.joinerId]))])).map(
      (person) => [person.userId, person],
    ),
  );
  const messages = [];
  for (const join of joins) {
    const inviter = people.get(join.inviterId!);
    if (!inviter?.inviteeJoined) continue;
    messages.push(
      await notificationMessage(tx, context, {
        recipient: inviter,
        topic: 'invitee_joined',
        groupId: input.group.id,
        build: (footer) =>
          inviteeJoinedMail(
            {
              groupName: input.group.name,
              joinerName: people.get(join.joinerId)?.name ?? 'Someone',
              via: join.via,
              url: groupUrl(context, input.group),
            },
            footer,
          ),
      }),
    );
  }
  return writeMessages(tx, messages);
}

/**
 * Sends the follow-ups and digests whose window has ended (run every minute by the mail queue's schedule).
 * Each is written and its alert removed in one transaction, then handed to the queue.
 */
export async function sendDueJoinRequestAlerts(context: Pick<AppContext, 'db' | 'config' | 'mailQueue'>, now = new Date()) {
  const outboxIds = await context.db.transaction(async (tx) => {
    const due = await repository.takeDueJoinRequestAlerts(tx, now);
    if (due.length === 0) return [];
    const groups = new Map(
      (await repository.findGroups(tx, [...new Set(due.map((alert) => alert.groupId))])).map((g) => [g.id, g]),
    );
    const recipients = new Map(
      (await repository.findRecipients(tx, [...new Set(due.map((alert) => alert.userId))])).map((r) => [r.userId, r]),
    );
    const messages = [];
    for (const alert of due) {
      const group = groups.get(alert.groupId);
      const recipient = recipients.get(alert.userId);
      // Someone who switched to "none" meanwhile gets nothing more.
      if (!group || !recipient || recipient.joinRequests === 'none') continue;
      messages.push(
        await notificationMessage(tx, context, {
          recipient,
          topic: 'join_requests',
          groupId: group.id,
          build: (footer) =>
            joinRequestsGatheredMail(
              { groupName: group.name, count: alert.gathered, mode: alert.mode, url: requestsUrl(context, group) },
              footer,
            ),
        }),
      );
    }
    return writeMessages(tx, messages);
  });
  await context.mailQueue.enqueue(outboxIds);
  return outboxIds.length;
}

export async function getNotificationSettings(db: Database, userId: string): Promise<NotificationSettings> {
  return repository.findSettings(db, userId);
}

export async function updateNotificationSettings(db: Database, userId: string, changes: Partial<NotificationSettings>) {
  await repository.saveSettings(db, userId, changes);
  return repository.findSettings(db, userId);
}

/** One-click unsubscribe: the token names the person and the topic; no session is needed. Repeating it is harmless. */
export async function unsubscribe(db: Database, token: string) {
  const found = await repository.findUnsubscribeToken(db, sha256(token));
  if (!found) throw new AppError('not_found', 'This unsubscribe link is not valid.');
  await repository.saveSettings(db, found.userId, settingsWithout(found.topic));
  return { topic: found.topic, settings: await repository.findSettings(db, found.userId) };
}
