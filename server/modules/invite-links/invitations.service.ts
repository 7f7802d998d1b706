import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { postgresErrorCode } from '../../db/client.js';
import { queryRowArrays } from '../../db/prepared.js';
import { AppError } from '../../shared/errors.js';
import { sha256 } from '../../shared/tokens.js';
import { markEmailVerified } from '../accounts/accounts.repository.js';
import * as emailInviteRepository from '../email-invites/email-invites.repository.js';
import { emailInviteState, sameEmail } from '../email-invites/email-invites.rules.js';
import type { GroupRow } from '../groups/groups.repository.js';
import { countMemberJoin, holdGroupForJoin } from '../groups/groups.repository.js';
import type { Role } from '../groups/groups.policy.js';
import { avatarUrlOf, canAskAgainAt, initialsOf } from '../groups/groups.rules.js';
import { insertJoinRequest } from '../join-requests/join-requests.repository.js';
import { insertMembership, isBanned } from '../memberships/memberships.repository.js';
import { notifyInviteeJoined, notifyJoinRequest } from '../notifications/notifications.service.js';
import * as repository from './invite-links.repository.js';
import { inviteRefusal, isWellFormedInviteCode, joinNeedsApproval, refusalMessages } from './invite-links.rules.js';
import type { InvitePreviewCache, SharedViewerState } from './invite-preview-cache.js';
import { tripLeakBreakerIfNeeded } from './leak-breaker.js';
import { leakRateMultiplier, leakWindowMinutes } from './leak-breaker.rules.js';
import { attributionRef, emitIfSubscribed, inviteLinkRef, personRef } from '../webhooks/webhook-emit.js';
import { visiblePreviewFacts } from './invite-unfurl.rules.js';

/**
 * The invitee's side of an invitation, whether a shareable link or a personal email invitation (both live at
 * /invite/<code>): preview it, record a visit, accept it. Unknown codes, malformed codes and codes of deleted
 * groups all end in the same `invite_not_found`.
 */

type EmailInvite = NonNullable<Awaited<ReturnType<typeof emailInviteRepository.findEmailInviteByCodeHash>>>['invite'];
type ResolvedInvite =
  | { kind: 'link'; link: repository.InviteLinkRow; group: GroupRow; inviterName: string | null }
  | { kind: 'email'; invite: EmailInvite; group: GroupRow; inviterName: string | null };

/**
 * A link that exists but cannot be used still names its group and inviter to the person holding it, so the
 * page can say "ask Dana for a new link to Morning Runners" instead of a dead end; a public group's page is
 * named too (anyone may join it there, link or not). (The server-rendered unfurl shows none of this: crawlers get
 * neutral metadata.)
 */
class DeadInvite extends AppError {
  constructor(
    /** Why the link cannot be used: one of the refusals `inviteRefusal` names. */
    readonly deadCode: keyof typeof refusalMessages,
    message: string,
    readonly found: { group: GroupRow; inviterName: string | null },
    viewerStatus: 'member' | 'banned' | null = null,
  ) {
    const { group } = found;
    super(
      deadCode,
      message,
      {},
      {
        group: {
          name: group.name,
          initials: initialsOf(group.name),
          avatarUrl: avatarUrlOf(group),
          visibility: group.visibility,
          slug: (group.visibility === 'public' && viewerStatus !== 'banned') || viewerStatus === 'member' ? group.slug : null,
        },
        inviter: { name: found.inviterName ?? 'a group admin' },
        viewerStatus,
      },
    );
  }

  /**
   * The same refusal as a signed-in viewer sees it: a member is told they belong (and where the group is), not to
   * ask for a new link they do not need; a banned person is not pointed to a page that offers Join.
   */
  async forViewer(db: Database, viewerId: string): Promise<DeadInvite> {
    const { status } = await repository.findViewerStatus(db, this.found.group.id, viewerId);
    if (status !== 'member' && status !== 'banned') return this;
    return new DeadInvite(this.deadCode, this.message, this.found, status);
  }
}

const notFound = () => new AppError('invite_not_found', 'This invite link is not valid. Check that you copied all of it.');

export async function resolveInvite(
  db: Database,
  code: string,
  /** `codeHash`: sha256 of the code, when the caller already has it (the preview route also keys budgets by it). */
  options: { cache?: InvitePreviewCache; lock?: boolean; codeHash?: Buffer } = {},
): Promise<ResolvedInvite> {
  if (!isWellFormedInviteCode(code)) throw notFound();
  const codeHash = options.codeHash ?? sha256(code);
  const link = options.cache ? await options.cache.find(db, codeHash) : await repository.findInviteByCodeHash(db, codeHash);
  if (link) {
    const refusal = inviteRefusal(link.link, link.group, new Date());
    if (refusal) throw new DeadInvite(refusal, refusalMessages[refusal], link);
    return link;
  }
  const email = await emailInviteRepository.findEmailInviteByCodeHash(db, codeHash, { lock: options.lock });
  if (!email) throw notFound();
  const state = emailInviteState(email.invite, new Date());
  if (state === 'revoked')
    throw new DeadInvite(
      'invite_revoked',
      'This invitation was withdrawn. Ask an admin of the group to invite you again.',
      email,
    );
  if (email.group.invitesPaused) throw new DeadInvite('invites_paused', refusalMessages.invites_paused, email);
  if (state === 'expired')
    throw new DeadInvite('invite_expired', 'This invitation has expired. Ask an admin of the group to send a new one.', email);
  return { kind: 'email', ...email };
}

function approvalNeeded(resolved: ResolvedInvite): boolean {
  return resolved.kind === 'link'
    ? joinNeedsApproval(resolved.group, resolved.link)
    : resolved.group.visibility === 'private' && !resolved.invite.preApproved;
}

/**
 * The preview of an invitation as the caller sees it, as the bytes of the route's answer. A cached link's answer
 * is rendered once per viewer state and reused until the cached row is dropped (decision 123); the link's state
 * (revoked, expired, used up, paused) is still checked on every call, and a signed-in viewer's standing is
 * still read from the database.
 */
export async function previewInvite(
  db: Database,
  cache: InvitePreviewCache,
  input: { code: string; codeHash?: Buffer; viewerId: string | null },
): Promise<Buffer> {
  let resolved: ResolvedInvite;
  try {
    resolved = await resolveInvite(db, input.code, { cache, codeHash: input.codeHash });
  } catch (error) {
    throw error instanceof DeadInvite && input.viewerId ? await error.forViewer(db, input.viewerId) : error;
  }
  const { group } = resolved;
  const viewer = input.viewerId ? await repository.findViewerStatus(db, group.id, input.viewerId) : null;
  const askAgainAt =
    viewer?.status === 'declined' ? (canAskAgainAt(viewer.declinedAt, group.requestAgainAfterDays)?.toISOString() ?? null) : null;
  const preview: PreviewInput = { resolved, viewerStatus: viewer?.status ?? null, askAgainAt };
  // Email invitations are read from the database each time, and a date to ask again is one viewer's own.
  if (resolved.kind === 'email' || askAgainAt !== null) return cache.render(previewAnswer(preview));
  return cache.renderedFor(resolved.link, viewer?.status ?? 'none', previewAnswer, preview);
}

/**
 * The signed-out preview of a link whose look-up is cached and that can be used now, as the bytes `previewInvite`
 * answers for it; undefined when that needs the database or an error answer (not cached, an email invitation, a
 * dead link): the preview's fast lane then leaves the request to the route.
 */
export function keptSignedOutPreview(cache: InvitePreviewCache, codeHash: Buffer): Buffer | undefined {
  const resolved = cache.peekUsable(codeHash);
  if (!resolved) return undefined;
  return cache.renderedFor(resolved.link, 'none', previewAnswer, { resolved, viewerStatus: null, askAgainAt: null });
}

type PreviewInput = {
  resolved: ResolvedInvite;
  viewerStatus: Exclude<SharedViewerState, 'none'> | null;
  askAgainAt: string | null;
};

function previewAnswer({ resolved, viewerStatus, askAgainAt }: PreviewInput) {
  const { group } = resolved;
  const shown = visiblePreviewFacts(group);
  return {
    invite: {
      group: {
        id: group.id,
        slug: group.slug,
        name: group.name,
        description: shown.description ?? '',
        avatarUrl: avatarUrlOf(group),
        initials: initialsOf(group.name),
        memberCount: shown.memberCount,
        visibility: group.visibility,
        membershipQuestions: group.membershipQuestions,
      },
      inviter: { name: resolved.inviterName ?? 'A group admin' },
      requiresApproval: approvalNeeded(resolved),
      viewerStatus,
      canAskAgainAt: askAgainAt,
      /** Personal invitations: the address it was sent to, to pre-fill sign-up and log-in. */
      invitedEmail: resolved.kind === 'email' ? resolved.invite.email : null,
    },
  };
}

/** Records a unique visitor for a link's funnel, or marks an email invitation opened. */
export async function recordInviteVisit(
  db: Database,
  cache: InvitePreviewCache,
  input: { code: string; codeHash?: Buffer; visitorKey: string },
) {
  const resolved = await resolveInvite(db, input.code, { cache, codeHash: input.codeHash });
  if (resolved.kind === 'link') await repository.recordVisit(db, resolved.link.id, input.visitorKey);
  else await emailInviteRepository.markEmailInviteOpened(db, resolved.invite.id);
}

export type AcceptResult = {
  membership: { groupId: string; groupSlug: string; status: 'active' | 'pending'; role: 'owner' | 'admin' | 'member' | null };
  alreadyMember?: boolean;
  /** True when redeeming an emailed invitation just verified the account's address (its cached sessions are stale). */
  verifiedEmail?: boolean;
};

type Accepter = { code: string; userId: string; userEmail: string; answers?: string[] };

/** What accept needs besides the database: where committed mail, cache changes and webhook events are announced. */
export type AcceptContext = Pick<AppContext, 'db' | 'config' | 'mailQueue' | 'invalidations' | 'webhooks'>;

/** Side effects a transaction collected, applied once it has committed. */
type Committed = { outboxIds: string[]; changedLinkIds: string[] };

/**
 * Joins (public group) or requests to join (private group, or a link that asks for approval): the use is counted
 * together with the membership or request, or not at all. A plain join through a link is one database call
 * (`hearth_accept_link`, decision 121); everything else, and anything that call declines to decide, runs the
 * general accept below in one transaction.
 */
export async function acceptInvite(context: AcceptContext, input: Accepter): Promise<AcceptResult> {
  // A plain join (the single call) writes no mail, events or cache changes; the general accept may.
  const decide = async (): Promise<{ result: AcceptResult; committed?: Committed }> => {
    const fast = isWellFormedInviteCode(input.code) ? await acceptPlainJoin(context.db, input) : null;
    if (fast) return { result: fast };
    const committed: Committed = { outboxIds: [], changedLinkIds: [] };
    const result = await context.db.transaction((tx) => acceptInTransaction(tx, context, input, committed));
    return { result, committed };
  };
  let decided: Awaited<ReturnType<typeof decide>>;
  try {
    decided = await decide();
  } catch (error) {
    // Two accepts by the same person at the same instant: the loser of the unique index sees the winner's result.
    // A deadlock (an accept crossing a group's deletion) is retried once, unseen. Only the database work is
    // retried: what a committed transaction announces below is announced once.
    const code = postgresErrorCode(error);
    if (!(error instanceof JoinedMeanwhile) && code !== '23505' && code !== '40P01') throw error;
    decided = await decide();
  }
  const { result, committed } = decided;
  if (committed) {
    await context.mailQueue.enqueue(committed.outboxIds);
    for (const id of committed.changedLinkIds) await context.invalidations.publish({ kind: 'invite-link', id });
    context.webhooks.wake();
  }
  return result;
}

/** The person became a member through another path while this accept ran: roll back and answer again. */
class JoinedMeanwhile extends Error {}

/** The single-call accept of migration 0011; null when the general accept must decide. */
async function acceptPlainJoin(db: Database, input: Accepter): Promise<AcceptResult | null> {
  // A named statement read as arrays: parsed once per connection, no query builder or row mapping per accept.
  const [row] = await queryRowArrays<[outcome: string, groupId: string, groupSlug: string, role: Role | null]>(db, {
    name: 'hearth_accept_link',
    text: 'select * from hearth_accept_link($1, $2, $3, $4)',
    values: [sha256(input.code), input.userId, leakWindowMinutes, leakRateMultiplier],
  });
  if (!row || row[0] === 'slow') return null;
  const [outcome, groupId, groupSlug, role] = row;
  const membership = { groupId, groupSlug };
  if (outcome === 'member') return { membership: { ...membership, status: 'active', role }, alreadyMember: true };
  if (outcome === 'pending') return { membership: { ...membership, status: 'pending', role: null } };
  return { membership: { ...membership, status: 'active', role: 'member' } };
}

/** `committed` collects the outbox ids and changed links of the transaction, announced once it has committed. */
async function acceptInTransaction(
  tx: Database,
  context: Pick<AppContext, 'config'>,
  input: Accepter,
  committed: Committed,
): Promise<AcceptResult> {
  const resolved = await resolveInvite(tx, input.code, { lock: true });
  const { group } = resolved;
  const result = (status: 'active' | 'pending', role: AcceptResult['membership']['role']) => ({
    groupId: group.id,
    groupSlug: group.slug,
    status,
    role,
  });

  if (resolved.kind === 'email' && !sameEmail(resolved.invite.email, input.userEmail)) {
    throw new AppError(
      'invite_email_mismatch',
      `This invitation was sent to ${resolved.invite.email}. Log in with that address, or ask the admin to invite the address you use.`,
    );
  }
  if (await isBanned(tx, group.id, input.userId)) {
    throw new AppError('banned', 'You cannot join this group.');
  }
  const viewer = await repository.findViewerStatus(tx, group.id, input.userId);
  if (viewer.status === 'member') return { membership: result('active', viewer.role), alreadyMember: true };
  if (viewer.status === 'pending') return { membership: result('pending', null) };
  if (viewer.status === 'declined') {
    // A declined request may be made again once the group's cooldown has passed ("Ask again"), never if the
    // group does not allow it.
    const askAgainAt = canAskAgainAt(viewer.declinedAt, group.requestAgainAfterDays);
    if (!askAgainAt || askAgainAt.getTime() > Date.now()) {
      throw new AppError(
        'request_declined',
        askAgainAt
          ? `The admins of this group declined your request to join. You can ask again from ${askAgainAt.toISOString().slice(0, 10)}.`
          : 'The admins of this group declined your request to join.',
        {},
        { canAskAgainAt: askAgainAt?.toISOString() ?? null },
      );
    }
  }
  if (resolved.kind === 'email' && resolved.invite.status === 'accepted') {
    throw new AppError('invite_exhausted', 'This invitation has already been used. Ask an admin of the group for a new one.');
  }

  let verifiedEmail = false;
  let needsApproval = approvalNeeded(resolved);
  const answers = needsApproval ? checkedAnswers(group.membershipQuestions, input.answers) : [];
  const attribution =
    resolved.kind === 'link'
      ? { inviteLinkId: resolved.link.id, emailInviteId: null, invitedBy: resolved.link.createdBy }
      : { inviteLinkId: null, emailInviteId: resolved.invite.id, invitedBy: resolved.invite.invitedBy };

  if (resolved.kind === 'link') {
    // Group, then link, then shards: the order every accept locks in (decision 121). Decide on the link as it is
    // now, locked: exclusively when the leak breaker counts its joins (they must be decided one after another),
    // shared otherwise, so a revoke or a limit edit made meanwhile is seen here.
    const current =
      (await holdGroupForJoin(tx, group.id)) &&
      (await repository.lockInviteLinkForAccept(tx, resolved.link.id, group.leakBreakerEnabled ? 'exclusive' : 'shared'));
    if (!current) throw notFound();
    const refusal = inviteRefusal(current, group, new Date());
    if (refusal) throw new DeadInvite(refusal, refusalMessages[refusal], resolved);
    if (await repository.recordUse(tx, current.id, input.userId)) {
      const claim = await repository.claimUse(tx, current.id);
      if (!claim.claimed) throw new AppError('invite_exhausted', refusalMessages.invite_exhausted);
      needsApproval = joinNeedsApproval(group, current);
      if (claim.lastUse) {
        await emitIfSubscribed(tx, group.id, 'invite_link.exhausted', async () => ({
          group: { id: group.id, name: group.name },
          inviteLink: await inviteLinkRef(tx, current.id),
        }));
      }
      if (!needsApproval) {
        const trip = await tripLeakBreakerIfNeeded(tx, { publicUrl: context.config.publicUrl }, group, {
          ...current,
          uses: current.uses + 1,
        });
        if (trip) {
          needsApproval = true;
          committed.outboxIds.push(...trip.outboxIds);
          committed.changedLinkIds.push(current.id);
        }
      }
    }
  } else {
    await emailInviteRepository.updateEmailInvite(tx, resolved.invite.id, {
      status: 'accepted',
      acceptedAt: new Date(),
      acceptedBy: input.userId,
    });
    // The code was mailed to this address alone: redeeming it proves the address (decision record 104).
    verifiedEmail = await markEmailVerified(tx, input.userId);
  }

  if (needsApproval) {
    const request = await insertJoinRequest(tx, { groupId: group.id, userId: input.userId, ...attribution, answers });
    await emitIfSubscribed(tx, group.id, 'join_request.created', async () => ({
      group: { id: group.id, name: group.name },
      requestId: request.id,
      requester: (await personRef(tx, input.userId))!,
      attribution: await attributionRef(tx, { via: resolved.kind === 'link' ? 'invite_link' : 'email_invite', ...attribution }),
    }));
    committed.outboxIds.push(...(await notifyJoinRequest(tx, context, { group, requesterId: input.userId })));
    return { membership: result('pending', null), verifiedEmail };
  }
  const inserted = await insertMembership(tx, {
    groupId: group.id,
    userId: input.userId,
    role: 'member',
    joinedVia: resolved.kind === 'link' ? 'invite_link' : 'email_invite',
    ...attribution,
  });
  // Not inserted: they joined through another path meanwhile; count, announce and mail nothing (retried).
  if (!inserted) throw new JoinedMeanwhile();
  await countMemberJoin(tx, group.id);
  await emitIfSubscribed(tx, group.id, 'member.joined', async () => ({
    group: { id: group.id, name: group.name },
    member: (await personRef(tx, input.userId))!,
    attribution: await attributionRef(tx, { via: resolved.kind === 'link' ? 'invite_link' : 'email_invite', ...attribution }),
  }));
  if (resolved.kind === 'email') {
    await emitIfSubscribed(tx, group.id, 'email_invite.accepted', async () => ({
      group: { id: group.id, name: group.name },
      emailInviteId: resolved.invite.id,
      member: (await personRef(tx, input.userId))!,
      invitedBy: await personRef(tx, resolved.invite.invitedBy),
    }));
  }
  committed.outboxIds.push(
    ...(await notifyInviteeJoined(tx, context, {
      group,
      joins: [{ inviterId: attribution.invitedBy, joinerId: input.userId, via: resolved.kind }],
    })),
  );
  return { membership: result('active', 'member'), verifiedEmail };
}

function checkedAnswers(questions: string[], answers: string[] = []) {
  if (questions.some((_question, index) => !answers[index]?.trim())) {
    throw new AppError('validation_failed', 'Answer every question before sending your request.');
  }
  return questions.map((question, index) => ({ question, answer: answers[index]!.trim() }));
}
