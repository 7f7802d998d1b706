/**
 * Pure rules about invite links: the shape of a code, a link's state and what joining through it produces.
 * No I/O here, so every branch is unit-tested.
 */

/** 24 random bytes (192 bits) as base64url: exactly 32 characters of [A-Za-z0-9_-]. */
export const INVITE_CODE_BYTES = 24;
const INVITE_CODE_SHAPE = /^[A-Za-z0-9_-]{32}$/;

export function isWellFormedInviteCode(code: string): boolean {
  return INVITE_CODE_SHAPE.test(code);
}

export type InviteLinkState = 'active' | 'expired' | 'used_up' | 'revoked';

export type LinkFacts = { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number };

export function inviteLinkState(link: LinkFacts, now: Date): InviteLinkState {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (link.maxUses !== null && link.uses >= link.maxUses) return 'used_up';
  return 'active';
}

/** Why a link cannot be used right now, as the error code the API answers; null when it can. */
export function inviteRefusal(
  link: LinkFacts,
  group: { invitesPaused: boolean },
  now: Date,
): 'invite_revoked' | 'invite_expired' | 'invite_exhausted' | 'invites_paused' | null {
  const state = inviteLinkState(link, now);
  if (state === 'revoked') return 'invite_revoked';
  if (group.invitesPaused) return 'invites_paused';
  if (state === 'expired') return 'invite_expired';
  if (state === 'used_up') return 'invite_exhausted';
  return null;
}

/** Private groups always need approval; a public group needs it only when the link asks for it. */
export function joinNeedsApproval(group: { visibility: 'public' | 'private' }, link: { requiresApproval: boolean }): boolean {
  return group.visibility === 'private' || link.requiresApproval;
}

export const refusalMessages = {
  invite_revoked: 'This invite link has been turned off. Ask an admin of the group for a new link.',
  invites_paused: 'Invites to this group are paused right now. Ask an admin for a new link, or try again later.',
  invite_expired: 'This invite link has expired. Ask an admin of the group for a new link.',
  invite_exhausted: 'This invite link has reached its limit of uses. Ask an admin of the group for a new link.',
} as const;
