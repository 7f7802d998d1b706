/**
 * The one way dates are written on admin screens: "25 Nov 2026, 14:05" in the reader's locale and time zone.
 * Every date in the Invite links tab and the link picker goes through here, so they never disagree.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
