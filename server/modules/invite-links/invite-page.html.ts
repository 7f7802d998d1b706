import {
  CARD_HEIGHT,
  CARD_WIDTH,
  escapeHtml,
  type InviteMetadata,
  type InviteUnfurl,
  SITE_NAME,
  avatarHueClass,
  memberCountLabel,
  shortenText,
} from './invite-unfurl.rules.js';
import { initialsOf } from '../groups/groups.rules.js';

/**
 * The HTML of /invite/:code: the web app's own index.html (same scripts and styles, so the app takes over) with
 * the invitation's metadata in <head> and a readable card before the app's root, for crawlers, for browsers
 * without JavaScript and for the seconds before the scripts arrive on a slow phone. No inline script or style:
 * the page stays valid under a strict Content-Security-Policy (classes only, from the app's stylesheet).
 */

const TITLE_TAG = /<title>[^<]*<\/title>/;
const ROOT_ELEMENT = '<div id="root"></div>';

/** The page the server falls back to when the web app is not built (API-only tests, `npm run dev`). */
export const FALLBACK_SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${SITE_NAME}</title>
  </head>
  <body>
    ${ROOT_ELEMENT}
  </body>
</html>`;

export function assertShellHasSlots(shell: string): void {
  if (!shell.includes('<head>') || !TITLE_TAG.test(shell) || !shell.includes(ROOT_ELEMENT)) {
    throw new Error(`index.html needs <head>, a <title> and ${ROOT_ELEMENT} for the invite page to be rendered into it`);
  }
}

export function renderInvitePage(
  shell: string,
  input: { metadata: InviteMetadata; unfurl: InviteUnfurl | null; pictureUrl: string | null },
): string {
  const head = metadataTags(input.metadata);
  const card = inviteCard(input.unfurl, input.pictureUrl);
  return shell.replace(TITLE_TAG, () => head).replace(ROOT_ELEMENT, () => `${card}\n    ${ROOT_ELEMENT}`);
}

function metadataTags(metadata: InviteMetadata): string {
  const title = escapeHtml(metadata.title);
  const ogTitle = escapeHtml(metadata.title.replace(new RegExp(` · ${SITE_NAME}$`), ''));
  const description = escapeHtml(metadata.description);
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${value}" />`;
  return [
    `<title>${title}</title>`,
    meta('name', 'description', description),
    // Invitations are for the people they are sent to: unfurled in chats, never listed by search engines.
    meta('name', 'robots', 'noindex'),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', ogTitle),
    meta('property', 'og:description', description),
    meta('property', 'og:url', escapeHtml(metadata.url)),
    meta('property', 'og:image', escapeHtml(metadata.imageUrl)),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_WIDTH)),
    meta('property', 'og:image:height', String(CARD_HEIGHT)),
    meta('property', 'og:image:alt', escapeHtml(metadata.imageAlt)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', ogTitle),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', escapeHtml(metadata.imageUrl)),
  ].join('\n    ');
}

function inviteCard(unfurl: InviteUnfurl | null, pictureUrl: string | null): string {
  if (!unfurl) {
    return `<main id="server-invite-card" class="ssr-invite">
      <div class="ssr-invite-card">
        <h1 class="ssr-invite-name">${escapeHtml(SITE_NAME)} invitation</h1>
        <p class="ssr-invite-facts">Opening your invitation…</p>
        <noscript><p class="ssr-invite-hint">Turn on JavaScript to see this invitation.</p></noscript>
      </div>
    </main>`;
  }
  const name = escapeHtml(unfurl.groupName);
  const picture = pictureUrl
    ? `<img class="ssr-invite-picture" src="${escapeHtml(pictureUrl)}" alt="" width="96" height="96" />`
    : `<span class="ssr-invite-picture ssr-invite-initials ${avatarHueClass(unfurl.groupName)}" aria-hidden="true">${escapeHtml(initialsOf(unfurl.groupName))}</span>`;
  const facts = [
    unfurl.memberCount === null ? null : memberCountLabel(unfurl.memberCount),
    unfurl.visibility === 'private' ? 'Private group' : 'Public group',
  ].filter(Boolean);
  const description = unfurl.description?.trim()
    ? `\n        <p class="ssr-invite-description">${escapeHtml(shortenText(unfurl.description, 600))}</p>`
    : '';
  return `<main id="server-invite-card" class="ssr-invite">
      <div class="ssr-invite-card">
        ${picture}
        <p class="ssr-invite-inviter"><strong>${escapeHtml(unfurl.inviterName)}</strong> invited you to join</p>
        <h1 class="ssr-invite-name">${name}</h1>
        <p class="ssr-invite-facts">${escapeHtml(facts.join(' · '))}</p>${description}
        <noscript><p class="ssr-invite-hint">Turn on JavaScript to join ${name}.</p></noscript>
      </div>
    </main>`;
}
