import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groups, memberships, users } from '../../db/schema/index.js';
import type { MailQueue } from '../mail/mail-queue.js';
import { escapeHtml, layout, newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import * as repository from './webhooks.repository.js';

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
        // The same frame as every other mail Hearth sends; what the owner or the receiver's URL holds is escaped.
        html: layout(
          `A webhook of ${owner.groupName} was turned off`,
          [
            `Hi ${escapeHtml(owner.name)},`,
            `Hearth could not deliver events to <code>${escapeHtml(endpoint.url)}</code> for 3 days, so this webhook of <strong>${escapeHtml(owner.groupName)}</strong> was turned off.`,
            'Fix the receiver, then turn the webhook back on in Settings → Webhooks.',
          ],
          { label: 'Fix it in Settings → Webhooks', url: settingsUrl(owner.groupSlug) },
          `You get this email because you own ${owner.groupName} on Hearth.`,
        ),
        messageId: newMessageId(options.publicUrl),
        kind: 'webhook_disabled' as const,
        groupId: endpoint.groupId,
      })),
    );
    return inserted.map((row) => row.id);
  });
  await options.mailQueue.enqueue(outboxIds);
}
