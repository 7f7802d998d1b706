import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { inviteLinks, memberships } from '../../db/schema/index.js';
import { findGroupAdmins } from '../notifications/notifications.repository.js';
import type { GroupRow } from '../groups/groups.repository.js';
import { escapeHtml, layout, newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import { emitWebhookEvent } from '../webhooks/webhook-events.js';
import type { InviteLinkRow } from './invite-links.repository.js';
import { leakSuspected, leakWindowMinutes, type RecentJoins } from './leak-breaker.rules.js';

async function countRecentJoins(tx: Database, linkId: string): Promise<RecentJoins> {
  const [row] = await tx
    .select({
      inWindow: sql<number>`count(*) filter (where ${memberships.joinedAt} > now() - make_interval(mins => ${leakWindowMinutes}))::int`,
      previousDay: sql<number>`count(*) filter (where ${memberships.joinedAt} <= now() - make_interval(mins => ${leakWindowMinutes}))::int`,
    })
    .from(memberships)
    .where(
      and(
        eq(memberships.inviteLinkId, linkId),
        sql`${memberships.joinedAt} > now() - make_interval(mins => ${leakWindowMinutes}) - interval '24 hours'`,
      ),
    );
  return { inWindow: row?.inWindow ?? 0, previousDay: row?.previousDay ?? 0 };
}

export type LeakTrip = { outboxIds: string[] };

/**
 * Called by accept while it holds the link's row lock (taken when the use was counted), so concurrent accepts
 * through one link are decided one after another and no more than the threshold get in without approval.
 * A trip switches the link to approval, remembers what it replaced, emails the owners and admins and fires
 * `invite_link.leak_suspected`, all in the accept's transaction.
 */
export async function tripLeakBreakerIfNeeded(
  tx: Database,
  context: { publicUrl: string },
  group: GroupRow,
  link: InviteLinkRow,
): Promise<LeakTrip | null> {
  if (!group.leakBreakerEnabled) return null;
  const threshold = link.leakThreshold ?? group.leakBreakerThreshold;
  const joins = await countRecentJoins(tx, link.id);
  if (!leakSuspected(joins, threshold)) return null;

  await tx
    .update(inviteLinks)
    .set({ requiresApproval: true, leakTrippedAt: new Date(), leakPreviousRequiresApproval: link.requiresApproval })
    .where(eq(inviteLinks.id, link.id));
  await emitWebhookEvent(tx, group.id, 'invite_link.leak_suspected', {
    group: { id: group.id, name: group.name },
    inviteLink: {
      id: link.id,
      label: link.label,
      requiresApproval: true,
      maxUses: link.maxUses,
      uses: link.uses,
      expiresAt: link.expiresAt?.toISOString() ?? null,
    },
    joinsInWindow: joins.inWindow,
    windowMinutes: leakWindowMinutes,
  });

  const admins = await findGroupAdmins(tx, group.id);
  const linkName = link.label ? `"${link.label}"` : 'an invite link';
  const linksUrl = `${context.publicUrl}/groups/${group.slug}?tab=links`;
  const inserted = await insertOutboxMessages(
    tx,
    admins.map((admin) => ({
      toAddress: admin.email,
      subject: `${group.name}: ${linkName} may have leaked`,
      text: [
        `Hi ${admin.name},`,
        '',
        `${joins.inWindow} people joined ${group.name} through ${linkName} in the last ${leakWindowMinutes} minutes, far more than usual.`,
        'To be safe, Hearth switched the link to "needs approval": people already in stay in, and newcomers become join requests.',
        '',
        `If this is expected, open the Invite links tab and choose "It's fine — resume": ${linksUrl}`,
      ].join('\n'),
      html: layout(
        `${group.name}: ${linkName} may have leaked`,
        [
          `Hi ${escapeHtml(admin.name)},`,
          `${joins.inWindow} people joined <strong>${escapeHtml(group.name)}</strong> through ${escapeHtml(linkName)} in the last ${leakWindowMinutes} minutes, far more than usual.`,
          'To be safe, Hearth switched the link to <em>needs approval</em>: people already in stay in, and newcomers become join requests.',
          'If this is expected, choose “It’s fine — resume” on the Invite links tab.',
        ],
        { label: 'Review the link', url: linksUrl },
        `You get this because you are an owner or admin of ${group.name}.`,
      ),
      messageId: newMessageId(context.publicUrl),
      kind: 'leak_suspected' as const,
      groupId: group.id,
    })),
  );
  return { outboxIds: inserted.map((row) => row.id) };
}
