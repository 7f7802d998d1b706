import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { recordActivity } from '../activity/activity.repository.js';
import { adjustMemberCount } from '../groups/groups.repository.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import { insertMembership } from '../memberships/memberships.repository.js';
import { notifyInviteeJoined, notifyRequestDecisions } from '../notifications/notifications.service.js';
import { attributionRef, emitIfSubscribed, personRef } from '../webhooks/webhook-emit.js';
import * as repository from './join-requests.repository.js';
import type { JoinRequestRow } from './join-requests.repository.js';

type Decision = 'approved' | 'declined';
type Context = Pick<AppContext, 'db' | 'config' | 'mailQueue'>;
type GroupRef = { id: string; slug: string; name: string };

export async function listJoinRequests(
  db: Database,
  input: { idOrSlug: string; actorId: string; status: 'pending' | 'approved' | 'declined'; inviteLinkId?: string },
) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'decideJoinRequests');
  const rows = await repository.listJoinRequests(db, {
    groupId: group.id,
    status: input.status,
    inviteLinkId: input.inviteLinkId,
  });
  return rows.map((row) => ({
    id: row.request.id,
    user: { id: row.request.userId, name: row.userName },
    inviteLinkId: row.request.inviteLinkId,
    inviteLinkLabel: row.request.inviteLinkId ? (row.inviteLinkLabel ?? '') : null,
    answers: row.request.answers,
    status: row.request.status,
    createdAt: row.request.createdAt.toISOString(),
  }));
}

/**
 * Approving makes members (attributed to the link they came through); both happen in one transaction, with the
 * mail that tells requesters the answer (and inviters, who asked to know, that someone joined).
 */
async function applyDecision(
  tx: Database,
  context: Pick<AppContext, 'config'>,
  decided: JoinRequestRow[],
  decision: Decision,
  group: GroupRef,
): Promise<string[]> {
  const groupId = group.id;
  for (const request of decided) {
    await emitIfSubscribed(
      tx,
      groupId,
      decision === 'approved' ? 'join_request.approved' : 'join_request.declined',
      async () => ({
        group: { id: group.id, name: group.name },
        requestId: request.id,
        requester: (await personRef(tx, request.userId))!,
        actor: await personRef(tx, request.decidedBy),
      }),
    );
  }
  const mail = await notifyRequestDecisions(tx, context, {
    group,
    requesterIds: decided.map((request) => request.userId),
    decision,
  });
  if (decision !== 'approved') return mail;
  const joins: Parameters<typeof notifyInviteeJoined>[2]['joins'] = [];
  let added = 0;
  for (const request of decided) {
    const inserted = await insertMembership(tx, {
      groupId,
      userId: request.userId,
      role: 'member',
      joinedVia: request.emailInviteId ? 'email_invite' : request.inviteLinkId ? 'invite_link' : 'join_request',
      inviteLinkId: request.inviteLinkId,
      emailInviteId: request.emailInviteId,
      invitedBy: request.invitedBy,
    });
    if (!inserted) continue;
    added++;
    await emitIfSubscribed(tx, groupId, 'member.joined', async () => ({
      group: { id: group.id, name: group.name },
      member: (await personRef(tx, request.userId))!,
      attribution: await attributionRef(tx, {
        via: request.emailInviteId ? 'email_invite' : request.inviteLinkId ? 'invite_link' : 'join_request',
        inviteLinkId: request.inviteLinkId,
        emailInviteId: request.emailInviteId,
        invitedBy: request.invitedBy,
      }),
    }));
    if (request.emailInviteId || request.inviteLinkId) {
      joins.push({ inviterId: request.invitedBy, joinerId: request.userId, via: request.emailInviteId ? 'email' : 'link' });
    }
  }
  if (added) await adjustMemberCount(tx, groupId, added);
  return [...mail, ...(await notifyInviteeJoined(tx, context, { group, joins }))];
}

/** Approves every pending request of a group (a private group turning public), admitting the requesters. */
export async function decidePendingRequestsAndAdmit(
  tx: Database,
  context: Pick<AppContext, 'config'>,
  input: { group: GroupRef; decidedBy: string },
): Promise<string[]> {
  const decided = await repository.decidePendingRequests(tx, {
    groupId: input.group.id,
    status: 'approved',
    decidedBy: input.decidedBy,
  });
  if (decided.length > 0) {
    await recordActivity(tx, {
      groupId: input.group.id,
      actorId: input.decidedBy,
      kind: 'join_request.approved',
      target: { userId: null, inviteLinkId: null },
      details: { count: decided.length, bulk: true },
    });
  }
  // The outbox ids of the requesters' "You're in" mail, for the caller to queue after commit.
  return applyDecision(tx, context, decided, 'approved', input.group);
}

export async function decideJoinRequest(
  context: Context,
  input: { idOrSlug: string; actorId: string; requestId: string; decision: Decision },
) {
  const mail = await context.db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'decideJoinRequests');
    const decided = await repository.decidePendingRequests(tx, {
      groupId: group.id,
      requestIds: [input.requestId],
      status: input.decision,
      decidedBy: input.actorId,
    });
    if (decided.length === 0) {
      const [existing] = await repository.findJoinRequests(tx, group.id, [input.requestId]);
      if (!existing) throw new AppError('join_request_not_found', 'This join request does not exist in this group.');
      throw new AppError('already_decided', `This request was already ${existing.status}.`);
    }
    const mail = await applyDecision(tx, context, decided, input.decision, group);
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: input.decision === 'approved' ? 'join_request.approved' : 'join_request.declined',
      target: { userId: decided[0]!.userId, inviteLinkId: decided[0]!.inviteLinkId },
      details: { count: 1 },
    });
    return mail;
  });
  await context.mailQueue.enqueue(mail);
}

export async function decideJoinRequestsInBulk(
  context: Context,
  input: { idOrSlug: string; actorId: string; requestIds?: string[]; inviteLinkId?: string; decision: Decision },
) {
  const { mail, result } = await context.db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'decideJoinRequests');
    const decided = await repository.decidePendingRequests(tx, {
      groupId: group.id,
      requestIds: input.requestIds,
      inviteLinkId: input.inviteLinkId,
      status: input.decision,
      decidedBy: input.actorId,
    });
    const mail = await applyDecision(tx, context, decided, input.decision, group);
    if (decided.length > 0) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: input.actorId,
        kind: input.decision === 'approved' ? 'join_request.approved' : 'join_request.declined',
        // One person decided is shown as that person; a bulk decision as its count (and the link, when by link).
        target: { userId: decided.length === 1 ? decided[0]!.userId : null, inviteLinkId: input.inviteLinkId ?? null },
        details: { count: decided.length, bulk: true },
      });
    }
    const decidedIds = new Set(decided.map((request) => request.id));
    const known = await repository.findJoinRequests(
      tx,
      group.id,
      (input.requestIds ?? []).filter((id) => !decidedIds.has(id)),
    );
    return { mail, result: { decided: [...decidedIds], alreadyDecided: known.map((request) => request.id) } };
  });
  await context.mailQueue.enqueue(mail);
  return result;
}
