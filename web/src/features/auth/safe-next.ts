/**
 * Only same-site paths are followed after log-in, so a crafted ?next= can never send someone off Hearth.
 * Browsers read a backslash as a slash and drop tabs and new lines from URLs (`/\t/evil.example` becomes
 * `//evil.example`), so those are refused too. The server applies the same rule to the `next` it stores.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  if ([...next].some((character) => character.charCodeAt(0) < 0x20 || character === '\u007f')) return fallback;
  return next;
}
