import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { recordActivity } from '../activity/activity.repository.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import { INVITE_CODE_BYTES } from '../invite-links/invite-links.rules.js';
import { emailInviteMail, newMessageId } from '../mail/mail-templates.js';
import { insertOutboxMessages } from '../mail/mail.repository.js';
import * as repository from './email-invites.repository.js';
import type { EmailInviteRow } from './email-invites.repository.js';
import {
  addressEntries,
  classifyAddresses,
  DEFAULT_EXPIRY_DAYS,
  decodeEmailInviteCursor,
  EMAIL_INVITES_PAGE_SIZE,
  type EmailInviteStateFilter,
  emailInviteState,
  encodeEmailInviteCursor,
} from './email-invites.rules.js';

type Context = Pick<AppContext, 'db' | 'config' | 'inviteCodeBox' | 'limiters' | 'mailQueue'>;
type Actor = { id: string; name: string };

const DAY_MS = 86_400_000;

function presentEmailInvite(invite: EmailInviteRow, inviterName: string | null) {
  return {
    id: invite.id,
    email: invite.email,
    state: emailInviteState(invite, new Date()),
    invitedBy: inviterName ? { name: inviterName } : null,
    sentAt: invite.sentAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    preApproved: invite.preApproved,
    message: invite.message,
  };
}

/** The email for one invitation, written to the outbox in the caller's transaction. */
function inviteMail(context: Context, input: { invite: EmailInviteRow; groupName: string; inviterName: string }) {
  const code = context.inviteCodeBox.open(input.invite.codeEncrypted);
  const mail = emailInviteMail({
    groupName: input.groupName,
    inviterName: input.inviterName,
    message: input.invite.message,
    url: `${context.config.publicUrl}/invite/${code}`,
    expiresAt: input.invite.expiresAt,
  });
  return {
    ...mail,
    toAddress: input.invite.email,
    messageId: newMessageId(context.config.publicUrl),
    kind: 'email_invite' as const,
    groupId: input.invite.groupId,
  };
}

/**
 * Sends personal invitations: invalid addresses are listed back, members and live invitations are skipped, and
 * every new invitation and its email are written in one transaction, then handed to the mail queue.
 */
export async function sendEmailInvites(
  context: Context,
  input: { idOrSlug: string; actor: Actor; emails: string[]; message?: string; expiresInDays?: number; preApprove?: boolean },
) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actor.id, 'manageInviteLinks');
  const entries = addressEntries(input.emails);
  if (entries.length === 0) throw new AppError('validation_failed', 'Add at least one address.');
  if (entries.length > 1000) throw new AppError('validation_failed', 'Send at most 1,000 invitations at a time.');
  const { valid, invalid, repeated } = classifyAddresses(entries);

  const members = await repository.findMemberEmails(context.db, group.id, valid);
  const candidates = valid.filter((email) => !members.has(email.toLowerCase()));
  await spendEmailBudget(context, group.id, input.actor.id, candidates.length);
  const expiresAt = new Date(Date.now() + (input.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS);

  const { inserted, outboxIds } = await context.db.transaction(async (tx) => {
    const inserted = await repository.insertEmailInvites(
      tx,
      candidates.map((email) => {
        const code = generateToken(INVITE_CODE_BYTES);
        return {
          groupId: group.id,
          email,
          codeHash: sha256(code),
          codeEncrypted: context.inviteCodeBox.seal(code),
          message: input.message ?? '',
          invitedBy: input.actor.id,
          preApproved: group.visibility === 'private' && (input.preApprove ?? false),
          expiresAt,
        };
      }),
    );
    const outbox = await insertOutboxMessages(
      tx,
      inserted.map((invite) => inviteMail(context, { invite, groupName: group.name, inviterName: input.actor.name })),
    );
    return { inserted, outboxIds: outbox.map((row) => row.id) };
  });
  await context.mailQueue.enqueue(outboxIds);

  const insertedEmails = new Set(inserted.map((invite) => invite.email.toLowerCase()));
  return {
    sent: inserted.map((invite) => ({ id: invite.id, email: invite.email })),
    skipped: [
      ...valid
        .filter((email) => !insertedEmails.has(email.toLowerCase()))
        .map((email) => ({
          email,
          reason: members.has(email.toLowerCase()) ? ('already_member' as const) : ('already_invited' as const),
        })),
      ...repeated.map((email) => ({ email, reason: 'repeated_in_list' as const })),
    ],
    invalid,
    // Without SMTP_URL nothing leaves the machine: the admin is told where the mail is instead.
    delivery: context.mailQueue.devMailbox ? ('dev_mailbox' as const) : ('smtp' as const),
  };
}

/** Both budgets are checked before either is spent, so a refused send costs the group nothing. */
async function spendEmailBudget(context: Context, groupId: string, adminId: string, count: number) {
  if (count === 0) return;
  await context.limiters.emailInvitesPerGroup.assertRoomFor(groupId, count);
  await context.limiters.emailInvitesPerAdmin.assertRoomFor(adminId, count);
  await context.limiters.emailInvitesPerGroup.consume(groupId, count);
  await context.limiters.emailInvitesPerAdmin.consume(adminId, count);
}

/** One page of the group's invitations matching the search and state, newest first. */
export async function listEmailInvites(
  context: Context,
  input: { idOrSlug: string; actorId: string; cursor?: string } & EmailInviteFilterInput,
) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  const cursor = input.cursor === undefined ? undefined : decodeEmailInviteCursor(input.cursor);
  if (cursor === null) throw new AppError('validation_failed', 'This page cursor is not valid; start from the first page.');
  const rows = await repository.listEmailInvitesPage(context.db, {
    ...filterOf(group.id, input),
    limit: EMAIL_INVITES_PAGE_SIZE + 1,
    cursor,
  });
  const page = rows.slice(0, EMAIL_INVITES_PAGE_SIZE);
  const last = page.at(-1);
  return {
    emailInvites: page.map((row) => presentEmailInvite(row.invite, row.inviterName)),
    nextCursor:
      rows.length > EMAIL_INVITES_PAGE_SIZE && last
        ? encodeEmailInviteCursor({ createdAt: last.cursorCreatedAt, id: last.invite.id })
        : null,
  };
}

/** How many invitations match: the collapsed "Pending invitations (N)" and "Revoke all matching (N)". */
export async function countEmailInvites(context: Context, input: { idOrSlug: string; actorId: string } & EmailInviteFilterInput) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  return { count: await repository.countEmailInvites(context.db, filterOf(group.id, input)) };
}

/** Revokes every open invitation matching the search and state (and ids, when given) in one transaction. */
export async function revokeEmailInvites(
  context: Context,
  input: { idOrSlug: string; actorId: string; ids?: string[] } & EmailInviteFilterInput,
) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  const revoked = await context.db.transaction(async (tx) => {
    const rows = await repository.revokeMatchingEmailInvites(tx, { ...filterOf(group.id, input), ids: input.ids });
    // One entry for the whole action, like bulk request decisions; nothing revoked, nothing to record.
    if (rows.length > 0)
      await recordRevoke(tx, { groupId: group.id, actorId: input.actorId, emails: rows.map((row) => row.email) });
    return rows.length;
  });
  return { revoked };
}

/**
 * The activity entry of a revoke: how many invitations, and the address when it was one (the People tab shows
 * the same addresses to the same admins). Not a webhook event: see eventOfActivity in webhook-emit.ts.
 */
function recordRevoke(tx: Database, input: { groupId: string; actorId: string; emails: string[] }) {
  const [email] = input.emails;
  return recordActivity(tx, {
    groupId: input.groupId,
    actorId: input.actorId,
    kind: 'email_invite.revoked',
    details: input.emails.length === 1 ? { count: 1, email } : { count: input.emails.length },
  });
}

type EmailInviteFilterInput = { search?: string; state?: EmailInviteStateFilter };

function filterOf(groupId: string, input: EmailInviteFilterInput) {
  return { groupId, search: input.search || undefined, state: input.state };
}

/** Sends the same code again with a fresh expiry; accepted and revoked invitations cannot be resent. */
export async function resendEmailInvite(
  context: Context,
  input: { idOrSlug: string; actor: Actor; inviteId: string; expiresInDays?: number },
) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actor.id, 'manageInviteLinks');
  await spendEmailBudget(context, group.id, input.actor.id, 1);
  const { invite, outboxId } = await context.db.transaction(async (tx) => {
    const existing = await loadInvite(tx, group.id, input.inviteId, { lock: true });
    if (existing.status === 'accepted' || existing.status === 'revoked') {
      throw new AppError('invite_not_resendable', `This invitation was ${existing.status}; send a new one instead.`);
    }
    const invite = await repository.updateEmailInvite(tx, existing.id, {
      expiresAt: new Date(Date.now() + (input.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS),
      sentAt: new Date(),
      status: existing.status === 'bounced' ? 'sent' : existing.status,
    });
    const [outbox] = await insertOutboxMessages(tx, [
      inviteMail(context, { invite, groupName: group.name, inviterName: input.actor.name }),
    ]);
    return { invite, outboxId: outbox!.id };
  });
  await context.mailQueue.enqueue([outboxId]);
  return presentEmailInvite(invite, input.actor.name);
}

export async function revokeEmailInvite(context: Context, input: { idOrSlug: string; actorId: string; inviteId: string }) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  return context.db.transaction(async (tx) => {
    const existing = await loadInvite(tx, group.id, input.inviteId, { lock: true });
    if (existing.status === 'accepted') throw new AppError('invite_not_resendable', 'This invitation was already accepted.');
    // Revoking an already revoked invitation changes nothing, so it records nothing either.
    if (existing.status === 'revoked') return presentEmailInvite(existing, null);
    const invite = await repository.updateEmailInvite(tx, existing.id, { status: 'revoked', revokedAt: new Date() });
    await recordRevoke(tx, { groupId: group.id, actorId: input.actorId, emails: [invite.email] });
    return presentEmailInvite(invite, null);
  });
}

async function loadInvite(db: Database, groupId: string, inviteId: string, options: { lock?: boolean } = {}) {
  const invite = await repository.findEmailInvite(db, groupId, inviteId, options);
  if (!invite) throw new AppError('not_found', 'This invitation does not exist in this group.');
  return invite;
}
