import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { groupAvatars } from '../../db/schema/index.js';
import type { NonceSlottedPage } from '../../http/web.js';
import { AppError } from '../../shared/errors.js';
import { resolveInvite } from './invitations.service.js';
import type { InvitePreviewCache } from './invite-preview-cache.js';
import { type InviteUnfurl, visiblePreviewFacts } from './invite-unfurl.rules.js';

/** `row`: the cached look-up the facts came from (links only), to keep what is rendered from them with it. */
export type UnfurledInvite = { groupId: string; unfurl: InviteUnfurl; row?: object };

/**
 * What a shared invite link may show: the facts of a working invitation, or `unknown` / `refused` for any code
 * that does not work (unknown or malformed; revoked, expired, used up, paused), so the page and card name no group.
 * Only `unknown` spends the enumeration budget, as with the preview API.
 */
export async function unfurlInvite(
  db: Database,
  cache: InvitePreviewCache,
  code: string,
): Promise<UnfurledInvite | 'unknown' | 'refused'> {
  try {
    const resolved = await resolveInvite(db, code, { cache });
    const { group, inviterName } = resolved;
    return {
      groupId: group.id,
      row: resolved.kind === 'link' ? resolved.link : undefined,
      unfurl: {
        groupName: group.name,
        inviterName: inviterName ?? 'A group admin',
        visibility: group.visibility,
        avatarVersion: group.avatarVersion,
        ...visiblePreviewFacts(group),
      },
    };
  } catch (error) {
    if (error instanceof AppError) return error.code === 'invite_not_found' ? 'unknown' : 'refused';
    throw error;
  }
}

/** Under this key the invite page rendered for a cached look-up is kept with it (`InvitePreviewCache.keptWith`). */
export const KEPT_INVITE_PAGE = 'invite-page';

/**
 * The invite page kept for `codeHash`'s cached look-up, if the look-up is fresh, the link can be used now
 * (`InvitePreviewCache.peekUsable`) and the route has rendered the page for it; never reads the database. For the
 * page's fast lane.
 */
export function keptInvitePage(cache: InvitePreviewCache, codeHash: Buffer): NonceSlottedPage | undefined {
  const resolved = cache.peekUsable(codeHash);
  return resolved && cache.peekKept<NonceSlottedPage>(resolved.link, KEPT_INVITE_PAGE);
}

/** The group's picture (PNG) at the version the invitation showed, or undefined once it changed or was removed. */
export async function findGroupPicture(db: Database, groupId: string, version: number, size: 128 | 512) {
  const [row] = await db
    .select({ image: size === 512 ? groupAvatars.image512 : groupAvatars.image128 })
    .from(groupAvatars)
    .where(and(eq(groupAvatars.groupId, groupId), eq(groupAvatars.version, version)))
    .limit(1);
  return row?.image;
}
