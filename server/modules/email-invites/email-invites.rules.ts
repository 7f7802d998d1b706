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
