import { z } from 'zod';
import { groupParams } from '../groups/groups.schemas.js';

export const joinRequestSchema = z.object({
  id: z.uuid(),
  user: z.object({ id: z.uuid(), name: z.string() }),
  inviteLinkId: z.uuid().nullable(),
  inviteLinkLabel: z.string().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  status: z.enum(['pending', 'approved', 'declined']),
  createdAt: z.string(),
});

export const listJoinRequestsQuery = z.object({
  status: z.enum(['pending', 'approved', 'declined']).default('pending'),
  inviteLinkId: z.uuid().optional(),
});

export const joinRequestParams = groupParams.extend({ requestId: z.uuid() });
export const joinRequestListResponse = z.object({ joinRequests: z.array(joinRequestSchema) });
export const joinRequestResponse = z.object({ joinRequest: joinRequestSchema });

export const bulkDecisionBody = z
  .object({
    /** Decide these requests… */
    requestIds: z.array(z.uuid()).min(1).max(500).optional(),
    /** …or every pending request that came through this link ("approve all from this link"). */
    inviteLinkId: z.uuid().optional(),
  })
  .refine((body) => body.requestIds !== undefined || body.inviteLinkId !== undefined, 'Name the requests or the link.');

export const bulkDecisionResponse = z.object({
  /** The requests this call decided. */
  decided: z.array(z.uuid()),
  /** Requests that someone had already decided (left as they were). */
  alreadyDecided: z.array(z.uuid()),
});
