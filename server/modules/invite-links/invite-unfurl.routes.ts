import { type NonceSlottedPage, withNonceSlot, withStyleNonce } from '../../http/web.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../shared/errors.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { sha256 } from '../../shared/tokens.js';
import { renderInviteCard } from './invite-card.js';
import { inviteCodeParams } from './invite-links.schemas.js';
import { VISITOR_COOKIE, type Visitor, visitorFrom, visitorOfRequest } from './invite-lookup-budgets.js';
import { assertShellHasSlots, renderInvitePage } from './invite-page.html.js';
import { INVITE_PAGE_HEADERS, takeHandedOverPageView } from './invite-page-lane.js';
import { cardEtag, cardText, inviteMetadata } from './invite-unfurl.rules.js';
import { findGroupPicture, KEPT_INVITE_PAGE, type UnfurledInvite, unfurlInvite } from './invite-unfurl.service.js';

const CARD_CACHE_CONTROL = 'public, max-age=300';
const RENDERED_CARDS_KEPT = 100;

/**
 * What a shared invite link looks like before anyone signs in: the server-rendered page (metadata for chat
 * unfurls, a readable card without JavaScript, then the web app), its 1200×630 social card, and the group's
 * picture as that card's page shows it. Every refusal looks the same as an unknown code.
 */
export const inviteUnfurlRoutes: FastifyPluginAsyncZod<AppContext & { webShell: string }> = async (app, options) => {
  const { db, limiters, config, invitePreviewCache, inviteLookupBudgets: budgets, writeVisitorCookie, webShell } = options;
  assertShellHasSlots(webShell);
  const renderedCards = new Map<string, Buffer>();
  const schema = { hide: true, params: inviteCodeParams } as const;

  /**
   * The preview API's budgets, charged the same way (decision 107): an unknown code spends the address's
   * unknown-code budget; a code that exists is one page open per browser, whichever of the invite's requests comes
   * first, so a browser's page, picture, preview and visit count spend one unit together, and a guesser at the same
   * address blocks no one's valid link. A refused look-up (rate limited) unfurls as neutral rather than as an
   * error. `visitor` is the browser's, or null for a request that neither brought nor gets a visitor cookie (an
   * image fetched by a crawler), which pays for itself.
   */
  async function unfurl(request: FastifyRequest, code: string, visitor: Visitor | null): Promise<UnfurledInvite | null> {
    const ip = clientAddressKey(request.ip);
    try {
      const found = await unfurlInvite(db, invitePreviewCache, code);
      if (found === 'unknown') await limiters.inviteUnknownPerIp.consume(ip);
      else await budgets.spendPageOpen(ip, visitor, sha256(code));
      return typeof found === 'string' ? null : found;
    } catch (error) {
      return unfurlRefused(error);
    }
  }

  const inviteUrl = (code: string) => `${config.publicUrl}/invite/${encodeURIComponent(code)}`;

  function renderPage(code: string, shown: UnfurledInvite['unfurl'] | null): NonceSlottedPage {
    const version = shown ? `?v=${cardEtag(shown).slice(6, 18)}` : '';
    return withNonceSlot(
      renderInvitePage(webShell, {
        metadata: inviteMetadata(shown, { pageUrl: inviteUrl(code), imageUrl: `${inviteUrl(code)}/card.png${version}` }),
        unfurl: shown,
        pictureUrl: shown?.avatarVersion ? `/invite/${encodeURIComponent(code)}/picture.png?v=${shown.avatarVersion}` : null,
      }),
    );
  }

  app.get('/invite/:code', { schema }, async (request, reply) => {
    const { code } = request.params;
    // A page view the fast lane took and its budgets refused: that refusal and visitor, not a second charge.
    const handedOver = takeHandedOverPageView(request.raw);
    // The page mints a new browser's visitor cookie, so the page's picture, preview and visit count that follow are
    // recognised as this one page open.
    const visitor = visitorOfRequest(request, reply, writeVisitorCookie, handedOver?.visitor);
    const found = handedOver ? unfurlRefused(handedOver.refusal) : await unfurl(request, code, visitor);
    // A link's page is rendered once per cached look-up (dropped with it on any edit, pause or revoke, and after
    // the cache's few seconds), then only its nonce changes per answer.
    const page = found?.row
      ? invitePreviewCache.keptWith(found.row, KEPT_INVITE_PAGE, () => renderPage(code, found.unfurl))
      : renderPage(code, found?.unfurl ?? null);
    // The code is a secret: never sent on as a Referer, never kept by a shared cache.
    return reply.headers(INVITE_PAGE_HEADERS).send(withStyleNonce(page, reply));
  });

  app.get('/invite/:code/card.png', { schema }, async (request, reply) => {
    const found = await unfurl(request, request.params.code, returningVisitorOf(request));
    const etag = cardEtag(found?.unfurl ?? null);
    reply.header('cache-control', CARD_CACHE_CONTROL).header('etag', etag).header('referrer-policy', 'no-referrer');
    if (notModified(request, etag)) return reply.code(304).send();
    let png = renderedCards.get(etag);
    if (!png) {
      const avatarVersion = found?.unfurl.avatarVersion;
      const picture = found && avatarVersion ? await findGroupPicture(db, found.groupId, avatarVersion, 512) : undefined;
      png = await renderInviteCard(cardText(found?.unfurl ?? null), picture);
      if (renderedCards.size >= RENDERED_CARDS_KEPT) renderedCards.delete(renderedCards.keys().next().value!);
      renderedCards.set(etag, png);
    }
    return reply.type('image/png').send(png);
  });

  app.get(
    '/invite/:code/picture.png',
    { schema: { ...schema, querystring: z.object({ v: z.coerce.number().int().optional() }) } },
    async (request, reply) => {
      const found = await unfurl(request, request.params.code, returningVisitorOf(request));
      const version = found?.unfurl.avatarVersion;
      const picture = found && version ? await findGroupPicture(db, found.groupId, version, 128) : undefined;
      if (!picture) return notFound(reply);
      return reply
        .header('cache-control', 'public, max-age=3600')
        .header('referrer-policy', 'no-referrer')
        .type('image/png')
        .send(picture);
    },
  );
};

/** The visitor an image request's cookie names, or null: an image answer sets no cookie. */
function returningVisitorOf(request: FastifyRequest): Visitor | null {
  const visitor = visitorFrom(request.cookies[VISITOR_COOKIE]);
  return visitor.isNew ? null : visitor;
}

/** A view the budgets refused (rate limited) unfurls as the neutral invitation; anything else is an error. */
function unfurlRefused(refusal: unknown): null {
  if (refusal instanceof AppError && refusal.code === 'rate_limited') return null;
  throw refusal;
}

function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  return !!header && header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

function notFound(reply: FastifyReply) {
  return reply.code(404).send({ error: { code: 'not_found', message: 'This invitation has no picture.' } });
}
