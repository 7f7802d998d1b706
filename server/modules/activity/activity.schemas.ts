import { z } from 'zod';
import { activityKinds } from './activity.rules.js';

export const ACTIVITY_PAGE_SIZE = 50;

export const activityKindSchema = z.enum(activityKinds);

export const listActivityQuery = z.object({
  /** The nextCursor of the previous page. */
  cursor: z.string().max(200).optional(),
  /** Only entries of this kind. */
  kind: activityKindSchema.optional(),
  /** Only actions taken by this person. */
  actorId: z.uuid().optional(),
});

export const activityEntrySchema = z.object({
  id: z.uuid(),
  kind: activityKindSchema,
  /** Null once the acting account is deleted. */
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  target: z.object({
    user: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    inviteLink: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  }),
  /** `changes` (field → { before, after }) for edits, `count` for bulk actions, and small facts such as `role`. */
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const activityResponse = z.object({ entries: z.array(activityEntrySchema), nextCursor: z.string().nullable() });
