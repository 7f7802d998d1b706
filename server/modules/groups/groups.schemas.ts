import { z } from 'zod';
import { displayNameSchema } from '../../shared/text-schemas.js';

export const visibilitySchema = z
  .enum(['public', 'private'])
  .describe('public: anyone with a link joins at once; private: joins need approval');
export const roleSchema = z.enum(['owner', 'admin', 'member']);

/** NFC, trimmed, no control characters; refused with 409 group_name_taken when the owner already has it. */
const groupName = displayNameSchema({
  what: 'group name',
  max: 80,
  empty: 'Give the group a name.',
  tooLong: 'Use at most 80 characters for the group name.',
});

export const createGroupBody = z.object({
  name: groupName,
  description: z.string().trim().max(2000, 'Use at most 2,000 characters for the description.').optional(),
  visibility: visibilitySchema,
});

export const updateGroupBody = z.object({
  /** Up to three questions people answer when they request to join (private groups, or approval links). */
  membershipQuestions: z.array(z.string().trim().min(1).max(300)).max(3, 'Ask at most three questions.').optional(),
  /** Line breaks are kept. Owners and admins. */
  description: z.string().trim().max(2000, 'Use at most 2,000 characters for the description.').optional(),
  /** Owners only, like the rest of the fields below except welcomeMessage. The slug stays as it was. */
  name: groupName.optional(),
  visibility: visibilitySchema.optional(),
  /**
   * Required when a private group with pending join requests turns public: approve them all, or keep them
   * for review. Without it the change is refused with 409 pending_requests_decision_needed.
   */
  pendingRequests: z.enum(['approve', 'keep']).optional(),
  /** Shown to new members on the group's home. Owners and admins. */
  welcomeMessage: z.string().trim().max(2000, 'Use at most 2,000 characters for the welcome message.').optional(),
  /** Private groups: whether invite previews and cards show the member count and the description. */
  previewShowsMemberCount: z.boolean().optional(),
  previewShowsDescription: z.boolean().optional(),
  /** Days a declined requester waits before asking again; null = never. */
  requestAgainAfterDays: z.number().int().min(1, 'Use at least 1 day.').max(365, 'Use at most 365 days.').nullable().optional(),
});

export const viewerStatusSchema = z
  .enum(['member', 'pending', 'declined', 'banned'])
  .nullable()
  .describe('Where the caller stands: a member, a pending or declined request, banned; null when none of these');

export const deleteGroupBody = z.object({
  /** The group's name, typed by the owner to confirm. */
  confirmName: z.string().max(200),
});

export const transferOwnershipBody = z.object({ userId: z.uuid().describe('The member who becomes the owner') });

export const joinGroupResponse = z.object({
  membership: z.object({
    groupId: z.uuid(),
    groupSlug: z.string(),
    status: z.literal('active'),
    role: roleSchema,
  }),
  alreadyMember: z.boolean().optional(),
});

export const groupSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: visibilitySchema,
  /** The picture (128 px; add ?size=512 for the large one); versioned, so it is cached for good. Null: initials. */
  avatarUrl: z.string().nullable(),
  memberCount: z.number().int(),
  invitesPaused: z.boolean(),
  membershipQuestions: z.array(z.string()),
  welcomeMessage: z.string(),
  previewShowsMemberCount: z.boolean(),
  previewShowsDescription: z.boolean(),
  /** Days a declined requester waits before asking again; null = never. */
  requestAgainAfterDays: z.number().int().nullable(),
  /** The caller's role when they are a member, else null. */
  role: roleSchema.nullable(),
  viewerStatus: viewerStatusSchema,
});

export const groupParams = z.object({
  groupId: z.string().min(1).max(100).describe('The group id (uuid) or its slug'),
});

export const groupResponse = z.object({ group: groupSchema });
export const groupListResponse = z.object({
  groups: z.array(groupSchema),
  /** Groups the caller asked to join and is waiting on ("Requested — awaiting approval"). */
  requestedGroups: z.array(groupSchema),
});
