import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, memberships, users } from '../../db/schema/index.js';
import type { MailQueue } from '../mail/mail-queue.js';
import { newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import * as repository from './webhooks.repository.js';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/**
 * Switches off an endpoint that has failed for three days and tells the group's owners, in one transaction
 * (the mail goes through the outbox like every other mail).
 */
export async function disableFailingEndpoint(
  db: Database,
  options: { mailQueue: MailQueue; publicUrl: string },
  endpoint: repository.WebhookEndpointRow,
) {
  const outboxIds = await db.transaction(async (tx) => {
    await repository.updateEndpoint(tx, endpoint.id, {
      disabledAt: new Date(),
      disabledReason: 'Every delivery failed for 3 days.',
    });
    const owners = await tx
      .select({ email: users.email, name: users.name, groupName: groups.name, groupSlug: groups.slug })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(groups, eq(groups.id, memberships.groupId))
      .where(and(eq(memberships.groupId, endpoint.groupId), eq(memberships.role, 'owner')));
    const settingsUrl = (slug: string) => `${options.publicUrl}/groups/${slug}?tab=settings`;
    const inserted = await insertOutboxMessages(
      tx,
      owners.map((owner) => ({
        toAddress: owner.email,
        subject: `A webhook of ${owner.groupName} was turned off`,
        text: [
          `Hi ${owner.name},`,
          '',
          `Hearth could not deliver events to ${endpoint.url} for 3 days, so this webhook of ${owner.groupName} was turned off.`,
          `Fix the receiver, then turn the webhook back on in Settings → Webhooks: ${settingsUrl(owner.groupSlug)}`,
        ].join('\n'),
        html: `<p>Hi ${escapeHtml(owner.name)},</p><p>Hearth could not deliver events to <code>${escapeHtml(endpoint.url)}</code> for 3 days, so this webhook of <strong>${escapeHtml(owner.groupName)}</strong> was turned off.</p><p><a href="${escapeHtml(settingsUrl(owner.groupSlug))}">Fix it in Settings → Webhooks</a></p>`,
        messageId: newMessageId(options.publicUrl),
        kind: 'webhook_disabled' as const,
        groupId: endpoint.groupId,
      })),
    );
    return inserted.map((row) => row.id);
  });
  await options.mailQueue.enqueue(outboxIds);
}
