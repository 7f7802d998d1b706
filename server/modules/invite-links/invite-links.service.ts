import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { recordActivity } from '../activity/activity.repository.js';
import { changedFields } from '../activity/activity.rules.js';
import { updateGroup } from '../groups/groups.repository.js';
import { authorizeGroupAction, presentGroup } from '../groups/groups.service.js';
import * as repository from './invite-links.repository.js';
import type { InviteLinkRow } from './invite-links.repository.js';
import { INVITE_CODE_BYTES, inviteLinkState, isWellFormedInviteCode } from './invite-links.rules.js';
import { postgresErrorCode } from '../../db/client.js';

type Context = Pick<AppContext, 'db' | 'inviteCodeBox' | 'config' | 'invalidations'>;

export type InviteLinkSettings = {
  label?: string;
  expiresAt?: string | null;
  maxUses?: number | null;
  requiresApproval?: boolean;
};

type LinkStats = {
  creatorName: string | null;
  opened: number;
  signedUp: number;
  joined: number;
  pending: number;
  approved: number;
  declined: number;
};
const noStats = { opened: 0, signedUp: 0, joined: 0, pending: 0, approved: 0, declined: 0 };

function presentInviteLink(context: Context, link: InviteLinkRow, stats: LinkStats) {
  const code = context.inviteCodeBox.open(link.codeEncrypted);
  return {
    id: link.id,
    code,
    url: `${context.config.publicUrl}/invite/${code}`,
    label: link.label,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    maxUses: link.maxUses,
    uses: link.uses,
    requiresApproval: link.requiresApproval,
    leakSuspectedAt: link.leakTrippedAt?.toISOString() ?? null,
    state: inviteLinkState(link, new Date()),
    createdBy: link.createdBy && stats.creatorName ? { id: link.createdBy, name: stats.creatorName } : null,
    createdAt: link.createdAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    primary: link.isPrimary,
    replacedById: link.replacedById,
    joins: stats.joined,
    pending: stats.pending,
    funnel: {
      opened: stats.opened,
      signedUp: stats.signedUp,
      joined: stats.joined,
      pending: stats.pending,
      approved: stats.approved,
      declined: stats.declined,
    },
  };
}

/** A fresh code: only its hash (for look-up) and an encrypted copy (for admins to copy again) are stored. */
function newCode(context: Context) {
  const code = generateToken(INVITE_CODE_BYTES);
  return { codeHash: sha256(code), codeEncrypted: context.inviteCodeBox.seal(code) };
}

async function insertLink(
  context: Context,
  db: Database,
  group: { id: string; visibility: 'public' | 'private' },
  creator: { id: string; name: string },
  settings: InviteLinkSettings,
  options: { primary?: boolean } = {},
) {
  const link = await repository.insertInviteLink(db, {
    isPrimary: options.primary ?? false,
    groupId: group.id,
    ...newCode(context),
    label: settings.label ?? '',
    expiresAt: settings.expiresAt ? new Date(settings.expiresAt) : null,
    maxUses: settings.maxUses ?? null,
    // Private groups always need approval, so their links say so whatever was asked.
    requiresApproval: group.visibility === 'private' || (settings.requiresApproval ?? false),
    createdBy: creator.id,
  });
  return presentInviteLink(context, link, { ...noStats, creatorName: creator.name });
}

export async function createInviteLink(
  context: Context,
  input: { idOrSlug: string; actor: { id: string; name: string }; settings: InviteLinkSettings },
) {
  return context.db.transaction(async (tx) => {
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actor.id, 'manageInviteLinks');
    const link = await insertLink(context, tx, group, input.actor, input.settings);
    await recordLinkCreated(tx, group.id, input.actor.id, link);
    return link;
  });
}

function recordLinkCreated(tx: Database, groupId: string, actorId: string, link: { id: string; label: string }) {
  return recordActivity(tx, {
    groupId,
    actorId,
    kind: 'invite_link.created',
    target: { inviteLinkId: link.id },
    details: { label: link.label },
  });
}

/**
 * The group's primary link, what the Invite dialog shows first. When there is none, or it expired or was used
 * up, a fresh link with default settings takes the role, so the dialog always has a working link to offer.
 */
export async function getOrCreateCurrentInviteLink(
  context: Context,
  input: { idOrSlug: string; actor: { id: string; name: string } },
) {
  return context.db.transaction(async (tx) => {
    // Locking the group makes two admins opening the dialog at once share one new link, not make two.
    const { group } = await authorizeGroupAction(tx, input.idOrSlug, input.actor.id, 'manageInviteLinks', { lock: true });
    const primary = await repository.findPrimaryInviteLink(tx, group.id);
    if (primary && inviteLinkState(primary, new Date()) === 'active') {
      return { created: false, inviteLink: await presentWithStats(context, tx, primary) };
    }
    await repository.clearPrimaryInviteLink(tx, group.id);
    const inviteLink = await insertLink(context, tx, group, input.actor, {}, { primary: true });
    await recordLinkCreated(tx, group.id, input.actor.id, inviteLink);
    return { created: true, inviteLink };
  });
}

/** Moves the primary role to another working link; a revoked, expired or used-up link cannot take it. */
export async function makeInviteLinkPrimary(context: Context, input: { idOrSlug: string; actorId: string; linkId: string }) {
  return context.db.transaction(async (tx) => {
    const { link } = await loadLinkForAdmin(tx, input, { lock: true });
    if (link.isPrimary) return presentWithStats(context, tx, link);
    const state = inviteLinkState(link, new Date());
    if (state !== 'active') {
      throw new AppError(
        'invite_link_not_active',
        `This link is ${state.replace('_', ' ')}; only a working link can be primary.`,
      );
    }
    await repository.clearPrimaryInviteLink(tx, link.groupId);
    await recordActivity(tx, {
      groupId: link.groupId,
      actorId: input.actorId,
      kind: 'invite_link.made_primary',
      target: { inviteLinkId: link.id },
      details: { label: link.label },
    });
    return presentWithStats(context, tx, await repository.updateInviteLink(tx, link.id, { isPrimary: true }));
  });
}

export async function listInviteLinks(context: Context, input: { idOrSlug: string; actorId: string }) {
  const { group } = await authorizeGroupAction(context.db, input.idOrSlug, input.actorId, 'manageInviteLinks');
  const rows = await repository.listInviteLinksWithStats(context.db, group.id);
  return rows.map((row) => presentInviteLink(context, row.link, row));
}

export async function loadLinkForAdmin(
  db: Database,
  input: { idOrSlug: string; actorId: string; linkId: string },
  options: { lock?: boolean } = {},
) {
  // Changes to the primary role lock the group first, so two of them cannot cross.
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'manageInviteLinks', options);
  const link = await repository.findInviteLink(db, group.id, input.linkId);
  if (!link) throw new AppError('invite_link_not_found', 'This invite link does not exist in this group.');
  return { group, link };
}

export async function presentWithStats(context: Context, db: Database, link: InviteLinkRow) {
  const [stats] = await repository.listInviteLinksWithStats(db, link.groupId, link.id);
  return presentInviteLink(context, link, stats ?? { ...noStats, creatorName: null });
}

export async function updateInviteLink(
  context: Context,
  input: { idOrSlug: string; actorId: string; linkId: string; settings: InviteLinkSettings },
) {
  const updated = await context.db
    .transaction(async (tx) => {
      const { group, link } = await loadLinkForAdmin(tx, input);
      const { settings } = input;
      if (settings.requiresApproval === false && group.visibility === 'private') {
        throw new AppError('validation_failed', 'Joins to a private group always need approval.');
      }
      if (settings.maxUses !== undefined && settings.maxUses !== null && settings.maxUses < link.uses) {
        throw new AppError(
          'validation_failed',
          `This link has already been used ${link.uses} times; the maximum cannot be lower than that.`,
        );
      }
      const updated = await repository.updateInviteLink(tx, link.id, {
        ...(settings.label !== undefined && { label: settings.label }),
        ...(settings.expiresAt !== undefined && { expiresAt: settings.expiresAt ? new Date(settings.expiresAt) : null }),
        ...(settings.maxUses !== undefined && { maxUses: settings.maxUses }),
        ...(settings.requiresApproval !== undefined && { requiresApproval: settings.requiresApproval }),
      });
      const changes = changedFields(linkSettings(link), linkSettings(updated));
      if (Object.keys(changes).length > 0) {
        await recordActivity(tx, {
          groupId: group.id,
          actorId: input.actorId,
          kind: 'invite_link.edited',
          target: { inviteLinkId: link.id },
          details: { changes },
        });
      }
      return presentWithStats(context, tx, updated);
    })
    .catch((error) => {
      // Uses were counted between the check above and the new limit (the database refuses to go below them).
      if (postgresErrorCode(error) !== '23514') throw error;
      throw new AppError('validation_failed', 'This link has been used more times than that meanwhile; choose a higher maximum.');
    });
  await context.invalidations.publish({ kind: 'invite-link', id: input.linkId });
  return updated;
}

const linkSettings = (link: InviteLinkRow) => ({
  label: link.label,
  expiresAt: link.expiresAt?.toISOString() ?? null,
  maxUses: link.maxUses,
});

export async function revokeInviteLink(context: Context, input: { idOrSlug: string; actorId: string; linkId: string }) {
  const revoked = await context.db.transaction(async (tx) => {
    const { group, link } = await loadLinkForAdmin(tx, input, { lock: true });
    if (link.revokedAt) return presentWithStats(context, tx, link);
    // A revoked primary gives up the role; the dialog's next look-up makes a fresh primary link.
    const updated = await repository.updateInviteLink(tx, link.id, { revokedAt: new Date(), isPrimary: false });
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actorId,
      kind: 'invite_link.revoked',
      target: { inviteLinkId: link.id },
      details: { label: link.label },
    });
    return presentWithStats(context, tx, updated);
  });
  await context.invalidations.publish({ kind: 'invite-link', id: input.linkId });
  return revoked;
}

/**
 * Revokes the link and issues a fresh code with the same settings, in one transaction. A primary link stays
 * primary (with the new code), and the old row points at its replacement so lists show one row.
 */
export async function resetInviteLink(
  context: Context,
  input: { idOrSlug: string; actor: { id: string; name: string }; linkId: string },
) {
  const fresh = await context.db.transaction(async (tx) => {
    const { group, link } = await loadLinkForAdmin(tx, { ...input, actorId: input.actor.id }, { lock: true });
    // The old row gives up the role first: the unique index allows one primary per group at any moment.
    await repository.updateInviteLink(tx, link.id, { revokedAt: link.revokedAt ?? new Date(), isPrimary: false });
    const stillInFuture = link.expiresAt && link.expiresAt.getTime() > Date.now();
    const replacement = await insertLink(
      context,
      tx,
      group,
      input.actor,
      {
        label: link.label,
        expiresAt: stillInFuture ? link.expiresAt!.toISOString() : null,
        maxUses: link.maxUses,
        requiresApproval: link.requiresApproval,
      },
      { primary: link.isPrimary },
    );
    await repository.updateInviteLink(tx, link.id, { replacedById: replacement.id });
    await recordActivity(tx, {
      groupId: group.id,
      actorId: input.actor.id,
      kind: 'invite_link.reset',
      target: { inviteLinkId: link.id },
      details: { label: link.label, newInviteLinkId: replacement.id },
    });
    return replacement;
  });
  await context.invalidations.publish({ kind: 'invite-link', id: input.linkId });
  return fresh;
}

export async function setInvitesPaused(context: Context, input: { idOrSlug: string; actorId: string; paused: boolean }) {
  const { group, updated, role } = await context.db.transaction(async (tx) => {
    const { group, role } = await authorizeGroupAction(tx, input.idOrSlug, input.actorId, 'pauseInvites', { lock: true });
    const updated = await updateGroup(tx, group.id, { invitesPaused: input.paused });
    if (group.invitesPaused !== input.paused) {
      await recordActivity(tx, {
        groupId: group.id,
        actorId: input.actorId,
        kind: input.paused ? 'invites.paused' : 'invites.resumed',
      });
    }
    return { group, updated, role };
  });
  await context.invalidations.publish({ kind: 'group', id: group.id });
  return presentGroup(updated, role);
}

/** The link a sign-up came through, for the funnel; an unknown or malformed code just means "none". */
export async function findInviteLinkIdByCode(db: Database, code: string): Promise<string | null> {
  if (!isWellFormedInviteCode(code)) return null;
  const found = await repository.findInviteByCodeHash(db, sha256(code));
  return found?.link.id ?? null;
}
