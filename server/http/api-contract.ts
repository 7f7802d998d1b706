import { type ErrorCode, errorStatus } from '../shared/errors.js';

/**
 * The API contract's one table: for every operation, its summary and the error codes it may answer beyond
 * those every operation of its kind shares (derived below from the method and path). The OpenAPI document is
 * generated from it, and the fuzz test checks that no operation answers a code this table does not list.
 * A route's own `schema.summary` wins over the table.
 */
type OperationDoc = { summary: string; errors?: ErrorCode[] };

export const operationDocs: Record<string, OperationDoc> = {
  'POST /api/auth/signup': {
    summary: 'Create an account and sign in (an address that has one gets a sign-in link by mail instead)',
    errors: ['rate_limited'],
  },
  'POST /api/auth/magic-link': { summary: 'Continue with email: mail a single-use sign-in link', errors: ['rate_limited'] },
  'POST /api/auth/magic-link/confirm': {
    summary: 'Sign in (or create the account) with a mailed sign-in link',
    errors: ['magic_link_invalid', 'name_required', 'rate_limited'],
  },
  'POST /api/auth/verify-email': { summary: 'Mail a new link to confirm your address', errors: ['rate_limited'] },
  'POST /api/auth/verify-email/confirm': {
    summary: 'Confirm your address with the mailed link',
    errors: ['verification_token_invalid'],
  },
  'POST /api/auth/login': { summary: 'Sign in with email and password', errors: ['invalid_credentials', 'rate_limited'] },
  'POST /api/auth/logout': { summary: 'Sign out (ends this session)' },
  'POST /api/auth/password-reset': { summary: 'Email a password-reset link', errors: ['rate_limited'] },
  'POST /api/auth/password-reset/confirm': {
    summary: 'Set a new password with a reset link',
    errors: ['reset_token_invalid', 'rate_limited'],
  },
  'GET /api/me': { summary: 'The signed-in person' },
  'POST /api/groups': { summary: 'Create a group (you become its owner)', errors: ['group_name_taken'] },
  'GET /api/groups': { summary: 'My groups' },
  'GET /api/groups/{groupId}': { summary: 'A group, with your role in it' },
  'PATCH /api/groups/{groupId}': {
    summary: "Change a group's settings",
    errors: ['group_name_taken', 'pending_requests_decision_needed'],
  },
  'GET /api/groups/{groupId}/members': { summary: 'Members, newest first, in keyset pages of 50' },
  'PATCH /api/groups/{groupId}/members/{userId}': { summary: "Change a member's role", errors: ['member_not_found'] },
  'DELETE /api/groups/{groupId}/members/{userId}': {
    summary: 'Remove a member (or leave, with your own id)',
    errors: ['member_not_found', 'last_owner', 'owner_must_transfer'],
  },
  'GET /api/groups/{groupId}/bans': { summary: 'People banned from the group' },
  'POST /api/groups/{groupId}/members/{userId}/restore': {
    summary: 'Undo a removal or ban within 10 minutes',
    errors: ['undo_unavailable'],
  },
  'POST /api/groups/{groupId}/invite-links/{linkId}/make-primary': {
    summary: "Make a link the group's primary link",
    errors: ['invite_link_not_active'],
  },
  'POST /api/groups/{groupId}/bans': { summary: 'Ban a person from the group', errors: ['member_not_found'] },
  'DELETE /api/groups/{groupId}/bans/{userId}': { summary: 'Lift a ban', errors: ['not_found'] },
  'POST /api/groups/{groupId}/invite-links': { summary: 'Create an invite link' },
  'GET /api/groups/{groupId}/invite-links': { summary: "The group's invite links with their funnels" },
  'POST /api/groups/{groupId}/invite-links/current': { summary: "The group's primary invite link (created when missing)" },
  'PATCH /api/groups/{groupId}/invite-links/{linkId}': { summary: "Change an invite link's settings" },
  'DELETE /api/groups/{groupId}/invite-links/{linkId}': { summary: 'Revoke an invite link' },
  'POST /api/groups/{groupId}/invite-links/{linkId}/reset': { summary: 'Reset an invite link (new code, same settings)' },
  'POST /api/groups/{groupId}/invites/pause': { summary: 'Pause every invitation to the group' },
  'POST /api/groups/{groupId}/invites/resume': { summary: 'Resume invitations to the group' },
  'GET /api/invites/{code}': { summary: 'Preview an invitation (group, inviter, what joining needs)', errors: ['rate_limited'] },
  'POST /api/invites/{code}/visits': { summary: "Count a visit in the link's funnel", errors: ['rate_limited'] },
  'POST /api/invites/{code}/accept': {
    summary: 'Accept an invitation: join, or request to join',
    errors: ['banned', 'request_declined', 'invite_email_mismatch', 'rate_limited'],
  },
  'GET /api/groups/{groupId}/join-requests': { summary: 'Join requests, by status' },
  'POST /api/groups/{groupId}/join-requests/{requestId}/approve': {
    summary: 'Approve a join request',
    errors: ['already_decided'],
  },
  'POST /api/groups/{groupId}/join-requests/{requestId}/decline': {
    summary: 'Decline a join request',
    errors: ['already_decided'],
  },
  'POST /api/groups/{groupId}/join-requests/approve': { summary: 'Approve join requests in bulk' },
  'POST /api/groups/{groupId}/join-requests/decline': { summary: 'Decline join requests in bulk' },
  'POST /api/groups/{groupId}/email-invites': { summary: 'Invite people by email', errors: ['rate_limited'] },
  'GET /api/groups/{groupId}/email-invites': {
    summary: 'Email invitations of the group, a page of 50 at a time, searchable by address and filterable by state',
  },
  'GET /api/groups/{groupId}/email-invites/count': { summary: 'Count the email invitations matching a search and state' },
  'POST /api/groups/{groupId}/email-invites/revoke': {
    summary: 'Revoke every open email invitation matching a search and state',
  },
  'POST /api/groups/{groupId}/email-invites/{inviteId}/resend': {
    summary: 'Send an email invitation again',
    errors: ['not_found', 'invite_not_resendable', 'rate_limited'],
  },
  'DELETE /api/groups/{groupId}/email-invites/{inviteId}': { summary: 'Revoke an email invitation', errors: ['not_found'] },
  'GET /api/dev/mailbox': { summary: 'Dev mailbox: mail kept when no SMTP server is configured', errors: ['forbidden'] },
  'GET /api/dev/mailbox/status': { summary: 'Whether the caller has a Dev mailbox (no SMTP server, and they run a group)' },
  'GET /api/groups/{groupId}/webhooks': { summary: "List the group's webhook endpoints" },
  'DELETE /api/groups/{groupId}': { summary: 'Delete a group (type its name to confirm)' },
  'POST /api/groups/{groupId}/transfer-ownership': {
    summary: 'Hand the group to another member (you stay as an admin)',
    errors: ['member_not_found'],
  },
  'POST /api/groups/{groupId}/join': { summary: 'Join a public group from its page', errors: ['banned'] },
  'PUT /api/groups/{groupId}/avatar': {
    summary: "Upload the group's picture (PNG, JPEG or WebP, up to 5 MB)",
    errors: ['invalid_image', 'image_too_large'],
  },
  'DELETE /api/groups/{groupId}/avatar': { summary: "Remove the group's picture" },
  'GET /api/groups/{groupId}/avatar/{version}': { summary: "A version of the group's picture (PNG)", errors: ['not_found'] },
  'GET /api/groups/{groupId}/activity': { summary: "The group's activity log, newest first" },
  'GET /api/me/notification-settings': { summary: 'Your notification settings' },
  'PATCH /api/me/notification-settings': { summary: 'Change your notification settings' },
  'POST /api/notifications/unsubscribe/{token}': {
    summary: 'One-click unsubscribe (RFC 8058) from a notification mail',
    errors: ['not_found'],
  },
  'GET /api/groups/{groupId}/leak-breaker': { summary: "The group's leak circuit-breaker settings" },
  'PATCH /api/groups/{groupId}/leak-breaker': { summary: 'Change or turn off the leak circuit-breaker (owners)' },
};

/** Operations anyone may call without a session. */
const publicOperations = new Set([
  'POST /api/auth/signup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/magic-link',
  'POST /api/auth/magic-link/confirm',
  'POST /api/auth/verify-email/confirm',
  'POST /api/notifications/unsubscribe/{token}',
  'GET /api/groups/{groupId}/avatar/{version}',
  'GET /api/invites/{code}',
  'POST /api/invites/{code}/visits',
]);

/** Path parameters and the not-found code an unknown value answers. */
const parameterNotFound: Record<string, ErrorCode> = {
  groupId: 'group_not_found',
  linkId: 'invite_link_not_found',
  requestId: 'join_request_not_found',
  webhookId: 'webhook_not_found',
  deliveryId: 'webhook_delivery_not_found',
  code: 'invite_not_found',
};

/** Every code an operation may answer: shared ones derived from its method and path, plus its own. */
export function errorCodesFor(operation: string): ErrorCode[] {
  const [method, path = ''] = operation.split(' ');
  // Every operation: a bad query or body, a URL that does not decode, the database being away.
  const codes = new Set<ErrorCode>(['validation_failed', 'bad_request', 'uri_too_long', 'service_unavailable']);
  if (method !== 'GET') codes.add('unsupported_media_type').add('origin_mismatch').add('bad_request').add('payload_too_large');
  if (!publicOperations.has(operation)) codes.add('unauthenticated');
  // A path parameter that does not fit the route (a slash, say) reaches no route at all.
  if (path.includes('{')) codes.add('not_found');
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const notFound = parameterNotFound[name!];
    if (notFound) codes.add(notFound);
  }
  if (path.startsWith('/api/groups/{groupId}')) codes.add('forbidden');
  if (path.startsWith('/api/invites/{code}')) {
    for (const code of ['invite_expired', 'invite_revoked', 'invite_exhausted', 'invites_paused'] as const) codes.add(code);
  }
  for (const code of operationDocs[operation]?.errors ?? []) codes.add(code);
  return [...codes].sort();
}

/** `POST /api/groups/{groupId}/invite-links` → `postGroupsInviteLinksByGroupId`: unique by construction. */
export function operationIdFor(operation: string): string {
  const [method, path = ''] = operation.split(' ');
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .filter((segment) => !segment.startsWith('{'))
    .flatMap((segment) => segment.split(/[-_]/));
  const parameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name!);
  const camel = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return [method!.toLowerCase(), ...words.map(camel), ...(parameters.length ? ['By', ...parameters.map(camel)] : [])].join('');
}

const errorBody = (codes: ErrorCode[]) => ({
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string', enum: codes }, message: { type: 'string' } },
    },
  },
});

/** Adds summary, operationId and the error responses (grouped by status) to one operation of the document. */
export function documentOperation(method: string, openApiPath: string, schema: Record<string, any>): Record<string, any> {
  const operation = `${method} ${openApiPath}`;
  const responses = { ...(schema.response ?? {}) };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesFor(operation)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) {
    responses[status] = {
      description: `Error codes: ${codes.join(', ')}.`,
      content: { 'application/json': { schema: errorBody(codes) } },
    };
  }
  return {
    ...schema,
    summary: schema.summary ?? operationDocs[operation]?.summary,
    operationId: schema.operationId ?? operationIdFor(operation),
    response: responses,
  };
}
