/**
 * Every error a client can see: a stable code and its HTTP status. Clients switch on the code, never on the
 * message. Adding a code here is the only way to add a new error response.
 */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  bad_request: 400,
  invalid_image: 400,
  reset_token_invalid: 400,
  magic_link_invalid: 400,
  verification_token_invalid: 400,
  /** Continue with email, first time: the address has no account yet, so the page asks for a name. */
  name_required: 400,
  forbidden: 403,
  origin_mismatch: 403,
  banned: 403,
  request_declined: 403,
  invite_email_mismatch: 403,
  not_found: 404,
  group_not_found: 404,
  member_not_found: 404,
  invite_not_found: 404,
  invite_link_not_found: 404,
  join_request_not_found: 404,
  webhook_not_found: 404,
  webhook_delivery_not_found: 404,
  email_taken: 409,
  already_decided: 409,
  invite_not_resendable: 409,
  last_owner: 409,
  invite_link_not_active: 409,
  undo_unavailable: 409,
  owner_must_transfer: 409,
  pending_requests_decision_needed: 409,
  /** Creating or renaming a group to a name the same owner already uses (case-insensitive, NFC). */
  group_name_taken: 409,
  invite_expired: 410,
  invite_revoked: 410,
  invite_exhausted: 410,
  invites_paused: 410,
  request_timeout: 408,
  payload_too_large: 413,
  image_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  request_headers_too_large: 431,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra headers the response must carry (Retry-After on 429). */
    readonly headers: Record<string, string> = {},
    /** Facts a client needs to offer a next step (the group of a dead invite link, when to ask again). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}
