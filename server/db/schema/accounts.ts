import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Stored as typed; uniqueness and look-ups use lower(email). */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The invite link that brought this person to sign up, for the link's funnel. */
    signedUpViaInviteLinkId: uuid('signed_up_via_invite_link_id'),
    /** When the person proved they read mail at `email`; null until then (decision record 104). */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('users_email_lower_unique').on(sql`lower(${table.email})`),
    // Prefix search ("ali" finds Alice) on name and email; text_pattern_ops makes LIKE 'x%' use the index.
    index('users_name_lower_prefix').on(sql`lower(${table.name}) text_pattern_ops`),
    index('users_email_lower_prefix').on(sql`lower(${table.email}) text_pattern_ops`),
    // Search inside names and emails ("hopper", "@example.com"): trigram GIN indexes serve LIKE '%x%'.
    index('users_name_trgm').using('gin', sql`lower(${table.name}) gin_trgm_ops`),
    index('users_email_trgm').using('gin', sql`lower(${table.email}) gin_trgm_ops`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table holds no usable session. */
    tokenHash: bytea('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('sessions_user_id').on(table.userId)],
);

/** Single-use "Continue with email" links, valid 15 minutes. Keyed by address: the account may not exist yet. */
export const magicLinkTokens = pgTable(
  'magic_link_tokens',
  {
    tokenHash: bytea('token_hash').primaryKey(),
    email: text('email').notNull(),
    /** A same-site path to return to (the invite the person came from). */
    next: text('next'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('magic_link_tokens_email_lower').on(sql`lower(${table.email})`)],
);

/** Single-use links that prove an account's address; tied to the address they were sent to. */
export const emailVerificationTokens = pgTable(
  'email_verification_tokens',
  {
    tokenHash: bytea('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('email_verification_tokens_user_id').on(table.userId)],
);
