/** Pure rules of accounts: where a sign-in link may lead, how long its links live, what a person may read. */

export const MAGIC_LINK_LIFETIME_MS = 15 * 60 * 1000;
export const VERIFICATION_LIFETIME_MS = 48 * 60 * 60 * 1000;

/**
 * Only a same-site relative path is kept as the place to return to: `/invite/abc` yes; `//evil.example`,
 * `/\evil.example`, `https://…`, `javascript:…` and anything with control characters no. Browsers treat a
 * backslash as a slash and drop tabs and new lines from URLs, so those would turn a path into another host.
 */
export function isSafeReturnPath(value: string): boolean {
  if (!value.startsWith('/') || value.length > 300) return false;
  if (value.includes('\\') || [...value].some((character) => character.charCodeAt(0) < 0x20 || character === '\u007f')) {
    return false;
  }
  return !value.startsWith('//');
}

export function safeReturnPath(value: string | null | undefined): string | null {
  return value && isSafeReturnPath(value) ? value : null;
}
