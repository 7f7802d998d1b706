import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, users } from './accounts.js';

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    visibility: text('visibility', { enum: ['public', 'private'] }).notNull(),
    avatarUrl: text('avatar_url'),
    /** Kept in step with memberships inside the same transaction, so previews never count a million rows. */
    memberCount: integer('member_count').notNull().default(0),
    invitesPaused: boolean('invites_paused').notNull().default(false),
    /** Up to three questions a private group asks people who request to join. */
    membershipQuestions: jsonb('membership_questions').$type<string[]>().notNull().default([]),
    /** Shown to new members on the group's home. */
    welcomeMessage: text('welcome_message').notNull().default(''),
    /** Bumped on every picture change; null = no picture. The picture itself lives in group_avatars. */
    avatarVersion: integer('avatar_version'),
    /** A private group's owner decides whether the invite preview and social card show these. */
    previewShowsMemberCount: boolean('preview_shows_member_count').notNull().default(true),
    previewShowsDescription: boolean('preview_shows_description').notNull().default(true),
    /** Days a declined requester waits before asking again; null = never. */
    requestAgainAfterDays: integer('request_again_after_days').default(30),
    /** The leak circuit-breaker: joins through one link in 10 minutes above which the link asks for approval. */
    leakBreakerEnabled: boolean('leak_breaker_enabled').notNull().default(true),
    leakBreakerThreshold: integer('leak_breaker_threshold').notNull().default(25),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('groups_visibility_valid', sql`${table.visibility} in ('public', 'private')`),
    // Finds the "-N" variants of a slug in use when a new group takes its name (prefix search).
    index('groups_slug_pattern').using('btree', table.slug.op('text_pattern_ops')),
  ],
);

/**
 * A join time the People tab can write as an ISO time (timestamptz-text.ts): infinity has none, and a year past 9999
 * would need the extended form. Hearth writes only now(); the check keeps a hand-made row from breaking the page.
 */
const isShownAsIsoTime = (column: AnyPgColumn) => sql`isfinite(${column}) and ${column} < timestamptz '10000-01-01 00:00:00+00'`;

export const memberships = pgTable(
  'memberships',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'member'] }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** How the person came in: created the group, an invite link, an approved request, demo data, or Join on a public group's page. */
    joinedVia: text('joined_via', {
      enum: ['created', 'invite_link', 'email_invite', 'join_request', 'demo', 'public_page'],
    }).notNull(),
    inviteLinkId: uuid('invite_link_id'),
    emailInviteId: uuid('email_invite_id'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.userId] }),
    check('memberships_role_valid', sql`${table.role} in ('owner', 'admin', 'member')`),
    check('memberships_joined_at_shown', isShownAsIsoTime(table.joinedAt)),
    // Serves the People tab: newest first with a (joined_at, user_id) cursor, no sort at a million rows.
    index('memberships_group_newest').on(table.groupId, table.joinedAt.desc(), table.userId.desc()),
    // The People tab filtered by one link: that link's members newest first, same cursor, no sort (decision 130).
    index('memberships_group_invite_link_newest').on(
      table.groupId,
      table.inviteLinkId,
      table.joinedAt.desc(),
      table.userId.desc(),
    ),
    index('memberships_user').on(table.userId),
    // The leak breaker counts one link's recent joins.
    index('memberships_invite_link_joined').on(table.inviteLinkId, table.joinedAt).where(sql`${table.inviteLinkId} is not null`),
  ],
);

/**
 * Joins through invite links, counted on 16 shards so concurrent accepts do not queue on the group's row
 * (decision 121). A group's member count is `groups.member_count` plus the sum of its shards' `members`.
 */
export const groupMemberCountShards = pgTable(
  'group_member_count_shards',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    shard: smallint('shard').notNull(),
    members: integer('members').notNull().default(0),
  },
  (table) => [primaryKey({ name: 'group_member_count_shards_pk', columns: [table.groupId, table.shard] })],
);

export const groupBans = pgTable(
  'group_bans',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    bannedBy: uuid('banned_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The join requests this ban declined: undoing the ban within the undo window reopens exactly these. */
    declinedRequestIds: uuid('declined_request_ids').array().notNull().default(sql`'{}'`),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.userId] })],
);

/** A group's picture, re-encoded by the server (square PNG/WebP, metadata stripped), served by every instance. */
export const groupAvatars = pgTable('group_avatars', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  image512: bytea('image_512').notNull(),
  image128: bytea('image_128').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What a removed or banned member had, kept so "Undo" can re-add them with the same role, join date and
 * attribution. One row per person and group (the latest removal); restoring deletes it.
 */
export const membershipRemovals = pgTable(
  'membership_removals',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'member'] }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    joinedVia: text('joined_via', {
      enum: ['created', 'invite_link', 'email_invite', 'join_request', 'demo', 'public_page'],
    }).notNull(),
    inviteLinkId: uuid('invite_link_id'),
    emailInviteId: uuid('email_invite_id'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    /** The removal came with a ban: undoing it lifts the ban too. */
    banned: boolean('banned').notNull().default(false),
    removedBy: uuid('removed_by').references(() => users.id, { onDelete: 'set null' }),
    removedAt: timestamp('removed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.userId] }),
    // Undo copies joined_at back into memberships, which holds it to the same.
    check('membership_removals_joined_at_shown', isShownAsIsoTime(table.joinedAt)),
  ],
);
