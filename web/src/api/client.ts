/**
 * The typed client for Hearth's API. Every non-2xx answer becomes an ApiError carrying the server's stable
 * `code`, which the UI switches on (never on the message).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For `validation_failed`: which request field each problem belongs to (e.g. `email`). */
    readonly details: { field: string; message: string }[] = [],
    /** Seconds to wait before trying again, from Retry-After on a 429. */
    readonly retryAfterSeconds: number | null = null,
    /** Facts for a next step, e.g. the group of a dead invite link or when a declined request may be made again. */
    readonly facts?: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const hasBody = body !== undefined;
  // A File (a group picture) is sent as itself with its own Content-Type; everything else as JSON.
  const isFile = body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: isFile ? { 'content-type': body.type } : hasBody ? { 'content-type': 'application/json' } : {},
      body: isFile ? body : hasBody ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach Hearth. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = payload?.error;
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      error?.code ?? 'unknown_error',
      error?.message ?? `Request failed (${response.status}).`,
      Array.isArray(error?.details) ? error.details : [],
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      error?.details && !Array.isArray(error.details) ? error.details : undefined,
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body: unknown = {}) => request<T>('POST', url, body),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  delete: <T>(url: string, body?: unknown) => request<T>('DELETE', url, body),
  put: <T>(url: string, body: unknown) => request<T>('PUT', url, body),
};

export type User = { id: string; name: string; email: string; emailVerified: boolean };
export type Role = 'owner' | 'admin' | 'member';
export type Group = {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: 'public' | 'private';
  avatarUrl: string | null;
  memberCount: number;
  invitesPaused: boolean;
  membershipQuestions: string[];
  welcomeMessage: string;
  previewShowsMemberCount: boolean;
  previewShowsDescription: boolean;
  /** Days a declined requester waits before asking again; null = never. */
  requestAgainAfterDays: number | null;
  role: Role | null;
  viewerStatus: 'member' | 'pending' | 'declined' | 'banned' | null;
};
export type Member = {
  user: { id: string; name: string };
  role: Role;
  joinedAt: string;
  /** Owners and admins only; null for ordinary members. */
  joinedVia: {
    kind: 'created' | 'invite_link' | 'email_invite' | 'join_request' | 'demo' | 'public_page';
    inviteLinkId: string | null;
    inviteLinkLabel: string | null;
    invitedBy: { name: string } | null;
  } | null;
};
export type InviteLink = {
  id: string;
  code: string;
  url: string;
  label: string;
  expiresAt: string | null;
  maxUses: number | null;
  uses: number;
  requiresApproval: boolean;
  leakSuspectedAt: string | null;
  state: 'active' | 'expired' | 'used_up' | 'revoked';
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  revokedAt: string | null;
  /** The group's primary link: what the Invite dialog shows first. */
  primary: boolean;
  /** Set on a link a reset replaced: the link that carries on with a new code. */
  replacedById: string | null;
  joins: number;
  pending: number;
  funnel: { opened: number; signedUp: number; joined: number; pending: number; approved: number; declined: number };
};
export type JoinRequest = {
  id: string;
  user: { id: string; name: string };
  inviteLinkId: string | null;
  inviteLinkLabel: string | null;
  answers: { question: string; answer: string }[];
  status: 'pending' | 'approved' | 'declined';
  createdAt: string;
};
export type InvitePreview = {
  group: {
    id: string;
    slug: string;
    name: string;
    description: string;
    avatarUrl: string | null;
    initials: string;
    /** Null when a private group hides it. */
    memberCount: number | null;
    visibility: 'public' | 'private';
    membershipQuestions: string[];
  };
  inviter: { name: string };
  requiresApproval: boolean;
  viewerStatus: 'member' | 'pending' | 'declined' | 'banned' | null;
  /** When a declined viewer may ask again (may be past); null = never or not declined. */
  canAskAgainAt: string | null;
  invitedEmail: string | null;
};
export type AcceptResult = {
  membership: { groupId: string; groupSlug: string; status: 'active' | 'pending'; role: Role | null };
  alreadyMember?: boolean;
};
export type EmailInvite = {
  id: string;
  email: string;
  state: 'sent' | 'opened' | 'accepted' | 'expired' | 'revoked' | 'bounced';
  invitedBy: { name: string } | null;
  sentAt: string;
  expiresAt: string;
  preApproved: boolean;
  message: string;
};
export type SendEmailInvitesResult = {
  sent: { id: string; email: string }[];
  skipped: { email: string; reason: 'already_member' | 'already_invited' | 'repeated_in_list' }[];
  invalid: { input: string; reason: string }[];
  /** Where the mail went: a mail server, or the Dev mailbox when no SMTP_URL is configured. */
  delivery?: 'smtp' | 'dev_mailbox';
};
