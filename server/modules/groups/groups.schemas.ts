import { z } from 'zod';
import { displayNameSchema } from '../../shared/text-schemas.js';

export const visibilitySchema = z
  .enum(['public', 'private'])
  .describe('public: anyone with a link joins at once; private: joins need approval');
export const roleSchema = z.enum(['owner', 'admin', 'member']);

export const createGroupBody = z.object({
  name: displayNameSchema({
    what: 'group name',
    max: 80,
    empty: 'Give the group a name.',
    tooLong: 'Use at most 80 characters for the group name.',
  }),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters for the description.').optional(),
  visibility: visibilitySchema,
});

export const updateGroupBody = z.object({
  /** Up to three questions people answer when they request to join (private groups, or approval links). */
  membershipQuestions: z.array(z.string().trim().min(1).max(300)).max(3, 'Ask at most three questions.').optional(),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters for the description.').optional(),
});

export const groupSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  visibility: visibilitySchema,
  avatarUrl: z.string().nullable(),
  memberCount: z.number().int(),
  invitesPaused: z.boolean(),
  membershipQuestions: z.array(z.string()),
  /** The caller's role when they are a member, else null. */
  role: roleSchema.nullable(),
});

export const groupParams = z.object({
  groupId: z.string().min(1).max(100).describe('The group id (uuid) or its slug'),
});

export const groupResponse = z.object({ group: groupSchema });
export const groupListResponse = z.object({ groups: z.array(groupSchema) });
