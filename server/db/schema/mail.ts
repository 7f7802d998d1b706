import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, users } from './accounts.js';
import { groups } from './groups.js';

/**
 * Every email Hearth sends, written in the same transaction as what caused it (transactional outbox). The
 * queue only carries the row's id; the row keeps the Message-ID, so a resend after a crash is recognisable.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    messageId: text('message_id').notNull().unique(),
    kind: text('kind', {
      enum: [
        'email_invite',
        'password_reset',
        'magic_link',
        'email_verification',
        'account_exists',
        'webhook_disabled',
        'leak_suspected',
        'notification',
      ],
    }).notNull(),
    /** Extra headers, e.g. List-Unsubscribe on notifications. */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** For invitations: the group, so the Dev mailbox shows a group's mail to its owners only. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A worker holds the message until then; a crashed worker's claim simply runs out. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (table) => [index('mail_outbox_unsent').on(table.createdAt).where(sql`${table.sentAt} is null`)],
);

export const emailInvites = pgTable(
  'email_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** The address as typed; matching is case-insensitive. */
    email: text('email').notNull(),
    codeHash: bytea('code_hash').notNull().unique(),
    codeEncrypted: text('code_encrypted').notNull(),
    message: text('message').notNull().default(''),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** Private groups only: the admin approved in advance, so accepting makes a member at once. */
    preApproved: boolean('pre_approved').notNull().default(false),
    status: text('status', { enum: ['sent', 'opened', 'accepted', 'revoked', 'bounced'] })
      .notNull()
      .default('sent'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    check('email_invites_status_valid', sql`${table.status} in ('sent', 'opened', 'accepted', 'revoked', 'bounced')`),
    // One live invitation per address and group: sending again is reported, not duplicated.
    uniqueIndex('email_invites_one_live')
      .on(table.groupId, sql`lower(${table.email})`)
      .where(sql`${table.status} in ('sent', 'opened')`),
    // Keyset pages of the pending list walk this index newest first and stop after one page (issue 9 §5).
    index('email_invites_group_newest').on(table.groupId, table.createdAt.desc(), table.id.desc()),
  ],
);

export const passwordResetTokens = pgTable('password_reset_tokens', {
  tokenHash: bytea('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** A same-site path to return to after the reset (the invite the person came from). */
  returnTo: text('return_to'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
