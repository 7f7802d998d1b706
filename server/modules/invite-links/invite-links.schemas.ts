import { z } from 'zod';
import { atLeastOneField, displayNameSchema } from '../../shared/text-schemas.js';
import { groupParams, visibilitySchema } from '../groups/groups.schemas.js';

const futureDate = z.iso
  .datetime({ offset: true, error: 'Give the expiry as an ISO date and time, e.g. 2030-01-31T12:00:00Z.' })
  .refine((value) => Date.parse(value) > Date.now(), 'The expiry must be in the future.');

const maxUses = z
  .number()
  .int('The maximum number of uses must be a whole number.')
  .min(1, 'The maximum number of uses must be at least 1.')
  .max(100_000, 'The maximum number of uses can be at most 100,000.');

export const createInviteLinkBody = z.object({
  /** A note for admins: where the link is shared ("Instagram bio", "March webinar"). */
  label: displayNameSchema({ what: 'label', max: 100, tooLong: 'Use at most 100 characters for the label.' }).optional(),
  /** When the link stops working; omitted or null means never. */
  expiresAt: futureDate.nullable().optional(),
  /** How many people may join or request through the link; omitted or null means unlimited. */
  maxUses: maxUses.nullable().optional(),
  /** Joins need an admin's approval even on a public group (private groups always need it). */
  requiresApproval: z.boolean().optional(),
});

export const updateInviteLinkBody = atLeastOneField(createInviteLinkBody);

export const inviteLinkStateSchema = z.enum(['active', 'expired', 'used_up', 'revoked']);

export const inviteLinkSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  /** PUBLIC_URL/invite/<code>: the link to share. */
  url: z.string(),
  label: z.string(),
  expiresAt: z.string().nullable(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  requiresApproval: z.boolean(),
  /** Set when the leak breaker switched this link to approval; cleared by "It's fine — resume". */
  leakSuspectedAt: z.string().nullable(),
  state: inviteLinkStateSchema,
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  /** The group's primary link: what the Invite dialog shows first and invite-links/current returns. */
  primary: z.boolean(),
  /** For a link a reset replaced: the link that carries its settings (and primary role) on with a new code. */
  replacedById: z.uuid().nullable(),
  /** People who became members through the link. */
  joins: z.number().int(),
  /** Join requests through the link still waiting for a decision. */
  pending: z.number().int(),
  funnel: z.object({
    opened: z.number().int().describe('unique visitors who opened the link'),
    signedUp: z.number().int(),
    joined: z.number().int(),
    pending: z.number().int(),
    approved: z.number().int(),
    declined: z.number().int(),
  }),
});

export const inviteLinkParams = groupParams.extend({ linkId: z.uuid() });
export const inviteLinkResponse = z.object({ inviteLink: inviteLinkSchema });
export const inviteLinkListResponse = z.object({ inviteLinks: z.array(inviteLinkSchema) });

export const inviteCodeParams = z.object({ code: z.string().max(200) });

export const invitePreviewResponse = z.object({
  invite: z.object({
    group: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      description: z.string(),
      avatarUrl: z.string().nullable(),
      initials: z.string(),
      /** Null when a private group's owner chose not to show it (its description is then empty too). */
      memberCount: z.number().int().nullable(),
      visibility: visibilitySchema,
      membershipQuestions: z.array(z.string()),
    }),
    inviter: z.object({ name: z.string() }),
    requiresApproval: z.boolean(),
    /** Where the signed-in viewer stands already; null when signed out or not involved yet. */
    viewerStatus: z.enum(['member', 'pending', 'declined', 'banned']).nullable(),
    /**
     * A declined viewer may ask again from this moment (ISO date; it may be in the past); null when declined
     * and the group never allows asking again, or when not declined.
     */
    canAskAgainAt: z.string().nullable(),
    /** For a personal email invitation: the address it was sent to (sign-up and log-in are pre-filled). */
    invitedEmail: z.string().nullable(),
  }),
});

export const acceptInviteBody = z.object({
  /** Answers to the group's membership questions, in order, when the join needs approval. */
  answers: z.array(z.string().trim().max(1000)).max(3).optional(),
});

export const acceptInviteResponse = z.object({
  membership: z.object({
    groupId: z.uuid(),
    groupSlug: z.string(),
    status: z.enum(['active', 'pending']),
    role: z.enum(['owner', 'admin', 'member']).nullable(),
  }),
  alreadyMember: z.boolean().optional(),
});
