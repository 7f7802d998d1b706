import { z } from 'zod';
import { groupParams } from '../groups/groups.schemas.js';
import { EMAIL_INVITE_STATE_FILTERS, MAX_ADDRESSES_PER_SEND } from './email-invites.rules.js';

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
export const emailInviteFilterQuery = z.object({
  /** Any part of the address, case-insensitive. */
  search: z.string().trim().max(254).optional(),
  /** One state, or `pending` for every invitation still open (sent, opened, bounced or expired). Omitted: all. */
  state: z.enum(EMAIL_INVITE_STATE_FILTERS).optional(),
});
export const listEmailInvitesQuery = emailInviteFilterQuery.extend({
  /** The nextCursor of the previous page. */
  cursor: z.string().max(300).optional(),
});
export const emailInviteListResponse = z.object({
  /** One page of 50, newest first. */
  emailInvites: z.array(emailInviteSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export const emailInviteCountResponse = z.object({ count: z.number().int() });
export const revokeEmailInvitesBody = emailInviteFilterQuery.extend({
  /** Only these invitations (still within the search and state). Omitted: every matching invitation. */
  ids: z.array(z.uuid()).max(1000).optional(),
});
export const revokeEmailInvitesResponse = z.object({
  /** How many invitations were revoked; accepted and already revoked ones are left as they are. */
  revoked: z.number().int(),
});
export const emailInviteResponse = z.object({ emailInvite: emailInviteSchema });
