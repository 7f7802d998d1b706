import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, users } from './accounts.js';
import { groups } from './groups.js';

/** What mail each person wants; no row means the defaults below. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Admins: a mail for every join request (follow-ups gathered for 10 minutes), a daily digest, or none. */
    joinRequests: text('join_requests', { enum: ['every', 'daily', 'none'] })
      .notNull()
      .default('every'),
    /** Requesters: the answer to their join request. */
    requestDecisions: boolean('request_decisions').notNull().default(true),
    /** Inviters (opt-in): someone joined through their link or email invitation. */
    inviteeJoined: boolean('invitee_joined').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('notification_settings_join_requests_valid', sql`${table.joinRequests} in ('every', 'daily', 'none')`)],
);

/** One-click unsubscribe (RFC 8058): a random token per mail, stored hashed, naming the person and the topic. */
export const unsubscribeTokens = pgTable('unsubscribe_tokens', {
  tokenHash: bytea('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  topic: text('topic', { enum: ['join_requests', 'request_decisions', 'invitee_joined'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Join-request alerts gathered per admin and group. `every`: after a mail, requests arriving before
 * window_ends_at (10 minutes) are counted and sent as one follow-up. `daily`: requests are counted for a day.
 */
export const joinRequestAlerts = pgTable(
  'join_request_alerts',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: ['every', 'daily'] }).notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
    gathered: integer('gathered').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.userId] }),
    index('join_request_alerts_due').on(table.windowEndsAt).where(sql`${table.gathered} > 0`),
  ],
);
