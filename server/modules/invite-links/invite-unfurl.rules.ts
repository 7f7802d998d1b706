import { createHash } from 'node:crypto';
import { initialsOf } from '../groups/groups.rules.js';

/**
 * What an invite link shows where it is shared (chat unfurls, the social card, the server-rendered page).
 * Pure rules, unit-tested: which facts a group lets out, how text is shortened, and the neutral fallback that
 * unknown, revoked or expired codes get so they reveal nothing about any group.
 */

export const SITE_NAME = 'Hearth';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const NEUTRAL_TITLE = 'Hearth invitation';
export const NEUTRAL_DESCRIPTION = 'You have been invited to a group on Hearth. Open the link to see the invitation.';
const DESCRIPTION_LIMIT = 200;

/** The facts of a working invitation that may be shown to anyone holding its link. */
export type InviteUnfurl = {
  groupName: string;
  inviterName: string;
  /** null when a private group's owner hides it. */
  description: string | null;
  /** null when a private group's owner hides it. */
  memberCount: number | null;
  visibility: 'public' | 'private';
  /** Bumped on every picture change; null = initials on the group's colour. */
  avatarVersion: number | null;
};

type PreviewedGroup = {
  name: string;
  description: string;
  memberCount: number;
  visibility: 'public' | 'private';
  previewShowsMemberCount: boolean;
  previewShowsDescription: boolean;
};

/** Public groups always show their count and description; a private group's owner may hide either. */
export function visiblePreviewFacts(group: PreviewedGroup): { description: string | null; memberCount: number | null } {
  const isPublic = group.visibility === 'public';
  return {
    description: isPublic || group.previewShowsDescription ? group.description : null,
    memberCount: isPublic || group.previewShowsMemberCount ? group.memberCount : null,
  };
}

/** One line of at most `limit` characters, cut at a word boundary with an ellipsis; line breaks become spaces. */
export function shortenText(text: string, limit = DESCRIPTION_LIMIT): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  if (characters.length <= limit) return oneLine;
  const cut = characters.slice(0, limit - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A single long word (or a cut very early in the text) is cut mid-word rather than dropped.
  const kept = lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,.;:!?-]+$/, '')}…`;
}

/** "8 members", "1 member", "1.2K members": the card and the ETag use the same text, so a join rarely re-renders. */
export function memberCountLabel(count: number): string {
  const noun = count === 1 ? 'member' : 'members';
  if (count < 1000) return `${count} ${noun}`;
  const thousands = count / 1000;
  const rounded = thousands < 10 ? Math.floor(thousands * 10) / 10 : Math.floor(thousands);
  return `${rounded}K ${noun}`;
}

export type InviteMetadata = {
  title: string;
  description: string;
  url: string;
  imageUrl: string;
  imageAlt: string;
};

/** The <head> facts of /invite/:code; `unfurl` null means the neutral invitation that names nobody. */
export function inviteMetadata(unfurl: InviteUnfurl | null, urls: { pageUrl: string; imageUrl: string }): InviteMetadata {
  if (!unfurl) {
    return { title: NEUTRAL_TITLE, description: NEUTRAL_DESCRIPTION, ...urlsOf(urls), imageAlt: NEUTRAL_TITLE };
  }
  const facts = [
    unfurl.visibility === 'private' ? 'Private group' : 'Public group',
    unfurl.memberCount === null ? null : memberCountLabel(unfurl.memberCount),
  ].filter(Boolean);
  const description = unfurl.description?.trim()
    ? shortenText(unfurl.description)
    : `${unfurl.inviterName} invited you to join ${unfurl.groupName} on ${SITE_NAME}. ${facts.join(' · ')}.`;
  return {
    title: `${unfurl.inviterName} invited you to join ${unfurl.groupName} · ${SITE_NAME}`,
    description,
    ...urlsOf(urls),
    imageAlt: `${unfurl.groupName} on ${SITE_NAME}`,
  };
}

function urlsOf(urls: { pageUrl: string; imageUrl: string }) {
  return { url: urls.pageUrl, imageUrl: urls.imageUrl };
}

/** The text drawn on the 1200×630 card. */
export type CardText = {
  groupName: string;
  initials: string;
  hue: number;
  invitedBy: string | null;
  memberCount: string | null;
  siteName: string;
};

export function cardText(unfurl: InviteUnfurl | null): CardText {
  if (!unfurl) {
    return { groupName: NEUTRAL_TITLE, initials: 'H', hue: 20, invitedBy: null, memberCount: null, siteName: SITE_NAME };
  }
  return {
    groupName: shortenText(unfurl.groupName, 80),
    initials: initialsOf(unfurl.groupName) || '?',
    hue: avatarHue(unfurl.groupName),
    invitedBy: `${shortenText(unfurl.inviterName, 60)} invited you`,
    memberCount: unfurl.memberCount === null ? null : memberCountLabel(unfurl.memberCount),
    siteName: SITE_NAME,
  };
}

/** Changes whenever anything drawn on the card changes (name, picture, inviter, shown count), and only then. */
export function cardEtag(unfurl: InviteUnfurl | null): string {
  const text = cardText(unfurl);
  const drawn = JSON.stringify([text, unfurl?.avatarVersion ?? null, CARD_RENDERER_VERSION]);
  return `"card-${createHash('sha256').update(drawn).digest('base64url').slice(0, 22)}"`;
}

/** Bump when the card's drawing changes, so caches drop cards drawn the old way. */
const CARD_RENDERER_VERSION = 1;

/** Same hue as the web app's Avatar: the sum of the name's character codes, on the colour wheel. */
export function avatarHue(name: string): number {
  return [...name].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 360;
}

/** The server-rendered page cannot use style="" (strict CSP): hues snap to one of 24 classes in invite-card.css. */
export function avatarHueClass(name: string): string {
  return `hue-${Math.round(avatarHue(name) / 15) % 24}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}
