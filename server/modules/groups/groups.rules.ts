const SLUG_BASE_MAX = 48;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The readable address a group's name gives: "Morning Runners!" → "morning-runners", "Café Club" → "cafe-club".
 * Only ASCII letters, digits and hyphens, so a URL never needs escaping; a name with none of those (日本, 🏃)
 * gets "group". A name shaped like a uuid gets "group-" in front, since /api/groups/<uuid> is read as an id.
 */
export function slugBaseForGroupName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_BASE_MAX)
    .replace(/-+$/, '');
  if (!base) return 'group';
  return UUID_SHAPE.test(base) ? `group-${base}` : base;
}

/**
 * The address a new group gets: the base itself when free, else the smallest free `base-N` from 2 up
 * ("book-club" and "book-club-2" taken → "book-club-3"; a freed "book-club-2" is handed out again).
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    if (!used.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}

/**
 * Whether two group names are the same to a person reading them: equal once both are in NFC and lower case
 * ("Café Club", "café club" and "CAFÉ CLUB" with the accent typed as a combining mark all match). Spacing and
 * punctuation still count: "Book-Club" is another name.
 */
export function isSameGroupName(a: string, b: string): boolean {
  return groupNameKey(a) === groupNameKey(b);
}

const groupNameKey = (name: string) => name.normalize('NFC').trim().toLowerCase().normalize('NFC');

/** Initials for a group without a picture: "Morning Runners" → "MR". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When someone whose request was declined may ask again: `requestAgainAfterDays` after the decision, or never
 * (null) when the group does not allow it.
 */
export function canAskAgainAt(declinedAt: Date, requestAgainAfterDays: number | null): Date | null {
  if (requestAgainAfterDays === null) return null;
  return new Date(declinedAt.getTime() + requestAgainAfterDays * DAY_MS);
}

/** The versioned address of a group's picture: a new upload gets a new URL, so each one is cached for good. */
export function avatarUrlOf(group: { id: string; avatarVersion: number | null; avatarUrl: string | null }): string | null {
  if (group.avatarVersion === null) return group.avatarUrl;
  return `/api/groups/${group.id}/avatar/${group.avatarVersion}?size=128`;
}
