import { z } from 'zod';
import { groupParams, roleSchema } from '../groups/groups.schemas.js';

export const MEMBERS_PAGE_SIZE = 50;

export const listMembersQuery = z.object({
  /** Any part of a member's name (and, for owners and admins, email), case-insensitive. */
  q: z.string().trim().max(100).optional(),
  /** The nextCursor of the previous page. */
  cursor: z.string().max(200).optional(),
  /** Only members who joined through this invite link. */
  inviteLinkId: z.uuid().optional(),
});

export const memberSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string() }),
  role: roleSchema,
  joinedAt: z.string(),
  /**
   * How the member came in, for "via link Instagram bio (invited by Ada)". Owners and admins only: null for
   * ordinary members, who do not see how others joined.
   */
  joinedVia: z
    .object({
      kind: z.enum(['created', 'invite_link', 'email_invite', 'join_request', 'demo', 'public_page']),
      inviteLinkId: z.uuid().nullable(),
      inviteLinkLabel: z.string().nullable(),
      invitedBy: z.object({ name: z.string() }).nullable(),
    })
    .nullable(),
});

export const membersResponse = z.object({ members: z.array(memberSchema), nextCursor: z.string().nullable() });

export const memberParams = groupParams.extend({ userId: z.uuid() });
export const changeRoleBody = z.object({
  role: z.enum(['admin', 'member']).describe('Owners promote members to admin or demote admins'),
});
export const changeRoleResponse = z.object({ member: z.object({ userId: z.uuid(), role: roleSchema }) });
export const banBody = z.object({ userId: z.uuid() });

export const bansResponse = z.object({
  bans: z.array(
    z.object({
      user: z.object({ id: z.uuid(), name: z.string() }),
      bannedAt: z.string(),
      bannedBy: z.object({ name: z.string() }).nullable(),
    }),
  ),
});

export const restoreMemberResponse = z.object({
  member: z.object({
    userId: z.uuid(),
    /** The role they have again; null when only a ban was lifted (they were not a member). */
    role: roleSchema.nullable(),
    /** Whether the membership came back (false: only a ban was lifted). */
    restored: z.boolean(),
  }),
});
