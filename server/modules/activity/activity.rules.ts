/**
 * What the activity log records. A kind names the thing acted on and what happened to it. New admin actions add
 * their kind here (the API's `kind` filter and the web app's labels follow this list).
 */
export const activityKinds = [
  'invite_link.created',
  'invite_link.edited',
  'invite_link.revoked',
  'invite_link.reset',
  'invite_link.made_primary',
  'invites.paused',
  'invites.resumed',
  /** An email invitation, or many at once (details: `count`, and `email` when it was one). */
  'email_invite.revoked',
  'join_request.approved',
  'join_request.declined',
  'member.role_changed',
  'member.removed',
  'member.banned',
  'member.unbanned',
  'group.settings_changed',
  'group.picture_changed',
  'group.ownership_transferred',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export type FieldChange = { before: unknown; after: unknown };

/**
 * The fields whose value differs between `before` and `after`, as { field: { before, after } }. Only fields
 * present in `after` are compared (a PATCH names what it sets); equal values (deeply, for lists) are left out.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field];
    if (JSON.stringify(comparable(previous)) !== JSON.stringify(comparable(value))) {
      changes[field] = { before: comparable(previous) ?? null, after: comparable(value) ?? null };
    }
  }
  return changes;
}

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
