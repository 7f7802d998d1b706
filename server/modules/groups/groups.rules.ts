import { randomBytes } from 'node:crypto';

/** A readable, unique slug: "Morning Runners!" → "morning-runners-k3f9x2". */
export function slugForGroupName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const suffix = randomBytes(4).readUInt32BE(0).toString(36).padStart(6, '0').slice(0, 6);
  return base ? `${base}-${suffix}` : `group-${suffix}`;
}

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
