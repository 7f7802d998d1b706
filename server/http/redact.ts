/**
 * Invite codes, reset, magic-link and verification tokens are bearer secrets, and they travel in URLs: in a
 * path (`/invite/<code>`, `/api/invites/<code>/accept`) or in the query (`/reset-password?token=…`,
 * `/magic-link?token=…`, `?code=…`). Any URL written to a log passes through here first.
 */
const SECRET_PATH_SEGMENT =
  /\/(invites?|unsubscribe|magic-links?|verify(?:-email)?|email-verifications?|reset-password)\/[^/?#]+/gi;
/** The same paths carried inside a query value (`/login?next=%2Finvite%2F<code>`). */
const SECRET_ENCODED_PATH_SEGMENT =
  /%2F(invites?|unsubscribe|magic-links?|verify(?:-email)?|email-verifications?|reset-password)%2F[^&#%/]+/gi;
const SECRET_QUERY_PARAMETER = /([?&;](?:[^=&#]*(?:token|code|secret|key|signature)[^=&#]*)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url
    .replace(SECRET_PATH_SEGMENT, '/$1/[redacted]')
    .replace(SECRET_ENCODED_PATH_SEGMENT, '%2F$1%2F[redacted]')
    .replace(SECRET_QUERY_PARAMETER, '$1[redacted]');
}

/** Kept for callers of the first version: invite codes are one case of redactUrl. */
export const redactInviteCodes = redactUrl;
