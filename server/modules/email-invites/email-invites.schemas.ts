import { z } from 'zod';
import { groupParams } from '../groups/groups.schemas.js';
import { MAX_ADDRESSES_PER_SEND } from './email-invites.rules.js';

export const sendEmailInvitesBody = z.object({
  /** The addresses, one per element: each element is one input (the web form splits pasted text). */
  emails: z.array(z.string().max(1000)).min(1, 'Add at least one address.').max(MAX_ADDRESSES_PER_SEND),
  /** A personal note shown in the email. */
  message: z.string().trim().max(1000, 'Keep the message under 1,000 characters.').optional(),
  /** Days until the invitation stops working (default 14). */
  expiresInDays: z.number().int().min(1).max(90).optional(),
  /** Private groups: accepting makes a member at once, without a join request. */
  preApprove: z.boolean().optional(),
});

export const emailInviteStateSchema = z.enum(['sent', 'opened', 'accepted', 'expired', 'revoked', 'bounced']);

export const emailInviteSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  state: emailInviteStateSchema,
  invitedBy: z.object({ name: z.string() }).nullable(),
  sentAt: z.string(),
  expiresAt: z.string(),
  preApproved: z.boolean(),
  message: z.string(),
});

export const sendEmailInvitesResponse = z.object({
  sent: z.array(z.object({ id: z.uuid(), email: z.string() })),
  skipped: z.array(z.object({ email: z.string(), reason: z.enum(['already_member', 'already_invited', 'repeated_in_list']) })),
  invalid: z.array(z.object({ input: z.string(), reason: z.string() })),
  /** Where the mail went: a real mail server, or the Dev mailbox (no SMTP_URL configured). */
  delivery: z.enum(['smtp', 'dev_mailbox']),
});

export const emailInviteParams = groupParams.extend({ inviteId: z.uuid() });
export const emailInviteListResponse = z.object({ emailInvites: z.array(emailInviteSchema) });
export const emailInviteResponse = z.object({ emailInvite: emailInviteSchema });
