import type { Database } from '../../db/client.js';
import { postgresErrorCode } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { sha256 } from '../../shared/tokens.js';
import { adjustMemberCount } from '../groups/groups.repository.js';
import { initialsOf } from '../groups/groups.rules.js';
import { insertJoinRequest } from '../join-requests/join-requests.repository.js';
import { insertMembership, isBanned } from '../memberships/memberships.repository.js';
import * as repository from './invite-links.repository.js';
import type { InvitePreviewCache } from './invite-preview-cache.js';
import { inviteRefusal, isWellFormedInviteCode, joinNeedsApproval, refusalMessages } from './invite-links.rules.js';

/**
 * The invitee's side of a link: preview it, and accept it. Unknown codes, malformed codes and codes of deleted
 * groups all end in the same `invite_not_found`.
 */
async function findUsableInvite(db: Database, code: string, cache?: InvitePreviewCache) {
  const find = (hash: Buffer) => (cache ? cache.find(db, hash) : repository.findInviteByCodeHash(db, hash));
  const found = isWellFormedInviteCode(code) ? await find(sha256(code)) : undefined;
  if (!found) throw new AppError('invite_not_found', 'This invite link is not valid. Check that you copied all of it.');
  const refusal = inviteRefusal(found.link, found.group, new Date());
  if (refusal) throw new AppError(refusal, refusalMessages[refusal]);
  return found;
}

export async function previewInvite(db: Database, cache: InvitePreviewCache, input: { code: string; viewerId: string | null }) {
  const { link, group, inviterName } = await findUsableInvite(db, input.code, cache);
  const viewer = input.viewerId ? await repository.findViewerStatus(db, group.id, input.viewerId) : null;
  return {
    group: {
      id: group.id,
      slug: group.slug,
      name: group.name,
      description: group.description,
      avatarUrl: group.avatarUrl,
      initials: initialsOf(group.name),
      memberCount: group.memberCount,
      visibility: group.visibility,
      membershipQuestions: group.membershipQuestions,
    },
    inviter: { name: inviterName ?? 'A group admin' },
    requiresApproval: joinNeedsApproval(group, link),
    viewerStatus: viewer?.status ?? null,
  };
}

/** Records a unique visitor for the link's funnel; invalid or unusable links record nothing. */
export async function recordInviteVisit(db: Database, cache: InvitePreviewCache, input: { code: string; visitorKey: string }) {
  const { link } = await findUsableInvite(db, input.code, cache);
  await repository.recordVisit(db, link.id, input.visitorKey);
}

export type AcceptResult = {
  membership: { groupId: string; groupSlug: string; status: 'active' | 'pending'; role: 'owner' | 'admin' | 'member' | null };
  alreadyMember?: boolean;
};

/**
 * Joins (public group) or requests to join (private group, or a link that asks for approval), all in one
 * transaction: the use is counted together with the membership or request, or not at all.
 */
export async function acceptInvite(
  db: Database,
  input: { code: string; userId: string; answers?: string[] },
): Promise<AcceptResult> {
  try {
    return await db.transaction((tx) => acceptInTransaction(tx, input));
  } catch (error) {
    // Two accepts by the same person at the same instant: the loser of the unique index sees the winner's result.
    if (postgresErrorCode(error) === '23505') return db.transaction((tx) => acceptInTransaction(tx, input));
    throw error;
  }
}

async function acceptInTransaction(
  tx: Database,
  input: { code: string; userId: string; answers?: string[] },
): Promise<AcceptResult> {
  const { link, group } = await findUsableInvite(tx, input.code);
  const result = (status: 'active' | 'pending', role: AcceptResult['membership']['role']) => ({
    groupId: group.id,
    groupSlug: group.slug,
    status,
    role,
  });

  if (await isBanned(tx, group.id, input.userId)) {
    throw new AppError('banned', 'You cannot join this group.');
  }
  const viewer = await repository.findViewerStatus(tx, group.id, input.userId);
  if (viewer.status === 'member') return { membership: result('active', viewer.role), alreadyMember: true };
  if (viewer.status === 'pending') return { membership: result('pending', null) };
  if (viewer.status === 'declined') {
    throw new AppError('request_declined', 'The admins of this group declined your request to join.');
  }

  const needsApproval = joinNeedsApproval(group, link);
  const answers = needsApproval ? checkedAnswers(group.membershipQuestions, input.answers) : [];

  if (await repository.recordUse(tx, link.id, input.userId)) {
    if (!(await repository.incrementUsesWithinLimit(tx, link.id))) {
      throw new AppError('invite_exhausted', refusalMessages.invite_exhausted);
    }
  }

  if (needsApproval) {
    await insertJoinRequest(tx, {
      groupId: group.id,
      userId: input.userId,
      inviteLinkId: link.id,
      invitedBy: link.createdBy,
      answers,
    });
    return { membership: result('pending', null) };
  }
  await insertMembership(tx, {
    groupId: group.id,
    userId: input.userId,
    role: 'member',
    joinedVia: 'invite_link',
    inviteLinkId: link.id,
    invitedBy: link.createdBy,
  });
  await adjustMemberCount(tx, group.id, 1);
  return { membership: result('active', 'member') };
}

function checkedAnswers(questions: string[], answers: string[] = []) {
  if (questions.some((_question, index) => !answers[index]?.trim())) {
    throw new AppError('validation_failed', 'Answer every question before sending your request.');
  }
  return questions.map((question, index) => ({ question, answer: answers[index]!.trim() }));
}
