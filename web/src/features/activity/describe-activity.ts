import type { ApiResponse } from '../../api/client.js';

/**
 * One entry of a group's activity log, as GET /api/groups/:groupId/activity returns it (generated types), with the
 * open `details` object narrowed to the facts the log describes.
 */
export type ActivityEntry = Omit<ApiResponse<'/api/groups/{groupId}/activity', 'get'>['entries'][number], 'details'> & {
  details: { changes?: Record<string, { before: unknown; after: unknown }>; count?: number; [key: string]: unknown };
};

/** The kinds the server records, with the label the filter shows. */
export const activityKindLabels = {
  'invite_link.created': 'Link created',
  'invite_link.edited': 'Link edited',
  'invite_link.revoked': 'Link revoked',
  'invite_link.reset': 'Link reset',
  'invite_link.made_primary': 'Link made primary',
  'invites.paused': 'Invites paused',
  'invites.resumed': 'Invites resumed',
  'email_invite.revoked': 'Invitation revoked',
  'join_request.approved': 'Request approved',
  'join_request.declined': 'Request declined',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.banned': 'Member banned',
  'member.unbanned': 'Member unbanned',
  'group.settings_changed': 'Settings changed',
  'group.picture_changed': 'Picture changed',
  'group.ownership_transferred': 'Ownership transferred',
} as const;
export type ActivityKind = keyof typeof activityKindLabels;

const fieldLabels: Record<string, string> = {
  label: 'label',
  expiresAt: 'expiry',
  maxUses: 'maximum uses',
  description: 'description',
  membershipQuestions: 'membership questions',
  role: 'role',
  name: 'name',
  welcomeMessage: 'welcome message',
  visibility: 'visibility',
  previewShowsMemberCount: 'invite previews show the member count',
  previewShowsDescription: 'invite previews show the description',
  requestAgainAfterDays: 'days before a declined person may ask again',
};

/** Fields whose values are the API's tokens, with the words people read instead. */
const valueLabels: Record<string, Record<string, string>> = { visibility: { public: 'Public', private: 'Private' } };
/** Fields where "no value" means something other than "none". */
const noValueLabels: Record<string, string> = { requestAgainAfterDays: 'never' };

function show(value: unknown, field?: string): string {
  if (value === null || value === undefined || value === '') return (field && noValueLabels[field]) || 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const word = field && typeof value === 'string' ? valueLabels[field]?.[value] : undefined;
  if (word) return word;
  if (Array.isArray(value)) return value.length ? value.map((item) => `“${String(item)}”`).join(', ') : 'none';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value).toLocaleDateString();
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Ada revoked the link “Flyer”": one sentence per entry, the actor first. */
export function describeActivity(entry: ActivityEntry): string {
  const actor = entry.actor?.name ?? 'A former member';
  const person = entry.target.user?.name ?? 'someone';
  const link = entry.target.inviteLink
    ? `the link ${entry.target.inviteLink.label ? `“${entry.target.inviteLink.label}”` : 'without a label'}`
    : 'a link';
  const count = entry.details.count ?? 1;
  switch (entry.kind) {
    case 'invite_link.created':
      return `${actor} created ${link}`;
    case 'invite_link.edited':
      return `${actor} edited ${link}`;
    case 'invite_link.revoked':
      return `${actor} revoked ${link}`;
    case 'invite_link.reset':
      return `${actor} reset ${link} (new code)`;
    case 'invite_link.made_primary':
      return `${actor} made ${link} the primary link`;
    case 'invites.paused':
      return `${actor} paused all invites`;
    case 'invites.resumed':
      return `${actor} resumed invites`;
    case 'email_invite.revoked':
      return typeof entry.details.email === 'string'
        ? `${actor} revoked the invitation to ${entry.details.email}`
        : `${actor} revoked ${plural(count, 'email invitation', 'email invitations')}`;
    case 'join_request.approved':
      return count > 1 ? `${actor} approved ${plural(count, 'request', 'requests')}` : `${actor} approved ${person}’s request`;
    case 'join_request.declined':
      return count > 1 ? `${actor} declined ${plural(count, 'request', 'requests')}` : `${actor} declined ${person}’s request`;
    case 'member.role_changed':
      return `${actor} changed ${person}’s role`;
    case 'member.removed':
      return `${actor} removed ${person}`;
    case 'member.banned':
      return `${actor} banned ${person}`;
    case 'member.unbanned':
      return `${actor} unbanned ${person}`;
    case 'group.settings_changed':
      return `${actor} changed the group’s settings`;
    case 'group.picture_changed':
      return entry.details.picture === 'removed'
        ? `${actor} removed the group’s picture`
        : `${actor} changed the group’s picture`;
    case 'group.ownership_transferred':
      return `${actor} transferred ownership to ${person}`;
  }
}

/** "label: “Flyer” → “Poster”", one line per changed field. */
export function describeChanges(entry: ActivityEntry): string[] {
  return Object.entries(entry.details.changes ?? {}).map(
    ([field, change]) => `${fieldLabels[field] ?? field}: ${show(change.before, field)} → ${show(change.after, field)}`,
  );
}
