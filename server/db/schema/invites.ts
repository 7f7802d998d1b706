import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea, users } from './accounts.js';
import { groups } from './groups.js';

export const inviteLinks = pgTable(
  'invite_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** SHA-256 of the code, for look-up. The code itself is never stored in clear. */
    codeHash: bytea('code_hash').notNull().unique(),
    /** AES-256-GCM of the code under a key derived from SESSION_SECRET, so admins can copy it again. */
    codeEncrypted: text('code_encrypted').notNull(),
    label: text('label').notNull().default(''),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    maxUses: integer('max_uses'),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The group's primary link: the one the Invite dialog shows first. At most one per group (index below). */
    isPrimary: boolean('is_primary').notNull().default(false),
    /** Set when a reset replaced this link's code with a new link, so the list shows one row, not two. */
    replacedById: uuid('replaced_by_id').references((): AnyPgColumn => inviteLinks.id, { onDelete: 'set null' }),
    /** This link's own breaker threshold, raised when an admin resumes it after a trip; null = the group's. */
    leakThreshold: integer('leak_threshold'),
    /** When the leak breaker switched this link to approval; null when it has not (or was resumed). */
    leakTrippedAt: timestamp('leak_tripped_at', { withTimezone: true }),
    /** The approval setting the trip replaced, restored by "It's fine — resume". */
    leakPreviousRequiresApproval: boolean('leak_previous_requires_approval'),
  },
  (table) => [
    uniqueIndex('invite_links_one_primary_per_group').on(table.groupId).where(sql`${table.isPrimary}`),
    index('invite_links_group_created').on(table.groupId, table.createdAt.desc()),
  ],
);

/**
 * A link's uses, counted on 16 shards so concurrent accepts do not queue on one row (decision 121). A limited
 * link's remaining uses are spread over the shards as quotas (database trigger `invite_links_shards`); the
 * link's uses are the sum of `used`.
 */
export const inviteLinkUseShards = pgTable(
  'invite_link_use_shards',
  {
    inviteLinkId: uuid('invite_link_id')
      .notNull()
      .references(() => inviteLinks.id, { onDelete: 'cascade' }),
    shard: smallint('shard').notNull(),
    used: integer('used').notNull().default(0),
    /** How many uses this shard may count; null for a link without a limit. */
    quota: integer('quota'),
  },
  (table) => [
    primaryKey({ name: 'invite_link_use_shards_pk', columns: [table.inviteLinkId, table.shard] }),
    check('invite_link_use_shards_within_quota', sql`${table.quota} is null or ${table.used} <= ${table.quota}`),
  ],
);

/** One row per person who joined or requested through a link: a use is counted once per person. */
export const inviteLinkUses = pgTable(
  'invite_link_uses',
  {
    inviteLinkId: uuid('invite_link_id')
      .notNull()
      .references(() => inviteLinks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.inviteLinkId, table.userId] })],
);

/** Unique visitors who opened a link (the top of its funnel), keyed by a hash of user or client. */
export const inviteLinkVisits = pgTable(
  'invite_link_visits',
  {
    inviteLinkId: uuid('invite_link_id')
      .notNull()
      .references(() => inviteLinks.id, { onDelete: 'cascade' }),
    visitorKey: text('visitor_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.inviteLinkId, table.visitorKey] })],
);

export const joinRequests = pgTable(
  'join_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    inviteLinkId: uuid('invite_link_id').references(() => inviteLinks.id, { onDelete: 'set null' }),
    emailInviteId: uuid('email_invite_id'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<{ question: string; answer: string }[]>().notNull().default([]),
    status: text('status', { enum: ['pending', 'approved', 'declined'] })
      .notNull()
      .default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    check('join_requests_status_valid', sql`${table.status} in ('pending', 'approved', 'declined')`),
    // At most one open request per person and group.
    uniqueIndex('join_requests_one_pending').on(table.groupId, table.userId).where(sql`${table.status} = 'pending'`),
    index('join_requests_group_status').on(table.groupId, table.status, table.createdAt),
    index('join_requests_user').on(table.userId, table.groupId, table.createdAt.desc()),
  ],
);
