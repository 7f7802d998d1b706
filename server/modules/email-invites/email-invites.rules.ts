import { z } from 'zod';

/** Pure rules of email invitations: reading an admin's pasted list, and an invitation's state. */

export const MAX_ADDRESSES_PER_SEND = 1000;
export const DEFAULT_EXPIRY_DAYS = 14;

const emailShape = z.email();

/**
 * One entry of the API's `emails` list is one input, reported back as typed when it is not an address
 * (`["not an email"]` is one invalid input). Splitting pasted text into addresses is the web form's job.
 */
export function addressEntries(emails: string[]): string[] {
  return emails.map((entry) => entry.trim().replace(/^<(.*)>$/, '$1')).filter(Boolean);
}

export type ClassifiedAddresses = {
  valid: string[];
  invalid: { input: string; reason: string }[];
  /** Repeats within the same list, reported once. */
  repeated: string[];
};

export function classifyAddresses(entries: string[]): ClassifiedAddresses {
  const seen = new Set<string>();
  const result: ClassifiedAddresses = { valid: [], invalid: [], repeated: [] };
  for (const entry of entries) {
    if (entry.length > 254 || !emailShape.safeParse(entry).success) {
      result.invalid.push({ input: entry, reason: 'not a valid email address' });
      continue;
    }
    const key = entry.toLowerCase();
    if (seen.has(key)) {
      result.repeated.push(entry);
      continue;
    }
    seen.add(key);
    result.valid.push(entry);
  }
  return result;
}

export type EmailInviteStatus = 'sent' | 'opened' | 'accepted' | 'revoked' | 'bounced';
export type EmailInviteState = EmailInviteStatus | 'expired';

/** What admins see: a live invitation past its expiry is "expired". */
export function emailInviteState(invite: { status: EmailInviteStatus; expiresAt: Date }, now: Date): EmailInviteState {
  if ((invite.status === 'sent' || invite.status === 'opened') && invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  return invite.status;
}

export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** How many invitations one page of the pending list shows. */
export const EMAIL_INVITES_PAGE_SIZE = 50;

/**
 * The list's state filter: one state, or `pending` for every invitation an admin may still act on (sent, opened,
 * bounced or expired; not accepted, not revoked).
 */
export const EMAIL_INVITE_STATE_FILTERS = ['pending', 'sent', 'opened', 'expired', 'bounced', 'revoked', 'accepted'] as const;
export type EmailInviteStateFilter = (typeof EMAIL_INVITE_STATE_FILTERS)[number];

/** Where the next page starts: the last row's created_at (PostgreSQL's exact text, microseconds kept) and id. */
export type EmailInviteCursor = { createdAt: string; id: string };

export function encodeEmailInviteCursor(cursor: EmailInviteCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only the shapes encodeEmailInviteCursor writes; anything else (a crafted cursor) is null, answered with a 400. */
export function decodeEmailInviteCursor(value: string): EmailInviteCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [createdAt, id] = parsed;
    if (typeof createdAt !== 'string' || !CURSOR_TIMESTAMP.test(createdAt)) return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
