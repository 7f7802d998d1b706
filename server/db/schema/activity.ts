import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { groups } from './groups.js';
import { inviteLinks } from './invites.js';

/**
 * The activity log: one append-only row per admin action, written in the same transaction as the action (see
 * server/modules/activity). No route updates or deletes these rows.
 */
export const groupActivity = pgTable(
  'group_activity',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** Who did it; null once that account is deleted. */
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** What happened, e.g. `invite_link.revoked` (the list is in activity.rules.ts). */
    kind: text('kind').notNull(),
    targetUserId: uuid('target_user_id').references(() => users.id, { onDelete: 'set null' }),
    targetInviteLinkId: uuid('target_invite_link_id').references(() => inviteLinks.id, { onDelete: 'set null' }),
    /** What changed: `{ changes: { field: { before, after } } }`, a `count` for bulk actions, a link's label. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Keyset pages newest first, for the whole log, one kind, or one person.
    index('group_activity_newest').on(table.groupId, table.createdAt.desc(), table.id.desc()),
    index('group_activity_kind_newest').on(table.groupId, table.kind, table.createdAt.desc(), table.id.desc()),
    index('group_activity_actor_newest').on(table.groupId, table.actorId, table.createdAt.desc(), table.id.desc()),
  ],
);
