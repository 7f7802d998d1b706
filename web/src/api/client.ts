/**
 * The typed client for Hearth's API. Every non-2xx answer becomes an ApiError carrying the server's stable
 * `code`, which the UI switches on (never on the message).
 */
import type { paths } from './schema.js';

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

/*
 * The shapes below are read from the generated OpenAPI types (schema.d.ts, `npm run api:types`), so the server's zod
 * schemas stay the one place they are written; the names are kept because the rest of the web app uses them.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON body that `M P` answers with on status `S`, e.g. `ApiResponse<'/api/me', 'get'>`. */
export type ApiResponse<P extends keyof paths, M extends Method, S extends number = 200> =
  Operation<P, M> extends { responses: { [K in S]: { content: { 'application/json': infer Body } } } } ? Body : never;

/** The JSON body that `M P` accepts. */
export type ApiRequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

export type User = ApiResponse<'/api/me', 'get'>['user'];
export type Group = ApiResponse<'/api/groups/{groupId}', 'get'>['group'];
export type Role = NonNullable<Group['role']>;
export type Member = ApiResponse<'/api/groups/{groupId}/members', 'get'>['members'][number];
export type InviteLink = ApiResponse<'/api/groups/{groupId}/invite-links', 'get'>['inviteLinks'][number];
export type JoinRequest = ApiResponse<'/api/groups/{groupId}/join-requests', 'get'>['joinRequests'][number];
export type InvitePreview = ApiResponse<'/api/invites/{code}', 'get'>['invite'];
export type AcceptResult = ApiResponse<'/api/invites/{code}/accept', 'post'>;
export type EmailInvite = ApiResponse<'/api/groups/{groupId}/email-invites', 'get'>['emailInvites'][number];
export type SendEmailInvitesResult = ApiResponse<'/api/groups/{groupId}/email-invites', 'post', 202>;
export type Ban = ApiResponse<'/api/groups/{groupId}/bans', 'get'>['bans'][number];
export type Webhook = ApiResponse<'/api/groups/{groupId}/webhooks', 'get'>['webhooks'][number];
export type WebhookDelivery = ApiResponse<'/api/groups/{groupId}/webhooks/{webhookId}/deliveries', 'get'>['deliveries'][number];
export type NotificationSettings = ApiResponse<'/api/me/notification-settings', 'get'>['settings'];
export type MailboxMessage = ApiResponse<'/api/dev/mailbox', 'get'>['messages'][number];
export type MagicLinkConfirmed = ApiResponse<'/api/auth/magic-link/confirm', 'post'>;
export type InviteLinkSettings = ApiRequestBody<'/api/groups/{groupId}/invite-links', 'post'>;
