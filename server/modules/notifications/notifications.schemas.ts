import { z } from 'zod';

export const notificationSettingsSchema = z.object({
  /** Owners and admins: a mail for every join request (later ones within 10 minutes gathered), a daily digest, or none. */
  joinRequests: z.enum(['every', 'daily', 'none']),
  /** The answer to your own join requests. */
  requestDecisions: z.boolean(),
  /** When someone joins through your invite link or email invitation (off unless you turn it on). */
  inviteeJoined: z.boolean(),
});

export const notificationSettingsResponse = z.object({ settings: notificationSettingsSchema });
export const updateNotificationSettingsBody = notificationSettingsSchema
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Name at least one setting to change.');

export const unsubscribeParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not an unsubscribe token.') });
export const unsubscribeResponse = z.object({
  topic: z.enum(['join_requests', 'request_decisions', 'invitee_joined']),
  settings: notificationSettingsSchema,
});
