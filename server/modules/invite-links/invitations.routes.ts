import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { pooledRandomToken } from '../../http/random-tokens.js';
import { requireUser } from '../../http/session.js';
import { AppError } from '../../shared/errors.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { sha256 } from '../../shared/tokens.js';
import { acceptInviteBody, acceptInviteResponse, inviteCodeParams, invitePreviewResponse } from './invite-links.schemas.js';
import { acceptInvite, previewInvite, recordInviteVisit } from './invitations.service.js';

const VISITOR_COOKIE = 'hearth_visitor';

/** One browser (its visitor cookie's id), and whether this request minted the cookie. */
type Visitor = { id: string; isNew: boolean };

/** The invitee's side: preview a link (no sign-in, no state change), count a visit, accept. */
export const invitationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, limiters, config, invitePreviewCache, invalidations } = context;
  const tags = ['invitations'];

  // The visitor cookie's attributes never change: written once here, not serialised for each answer.
  const visitorCookieAttributes = `; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax${config.secureCookies ? '; Secure' : ''}`;

  /**
   * A visitor is one browser: a random first-party id, so opening the link before and after signing up counts
   * once in the funnel, and a page's own follow-up requests are recognised. Only a hash of it is stored.
   */
  function visitorOf(request: FastifyRequest, reply: FastifyReply): Visitor {
    const existing = request.cookies[VISITOR_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{22}$/.test(existing)) return { id: existing, isNew: false };
    const visitorId = pooledRandomToken(16);
    reply.header('set-cookie', `${VISITOR_COOKIE}=${visitorId}${visitorCookieAttributes}`);
    return { id: visitorId, isNew: true };
  }

  /**
   * Budgets of a look-up (docs/decisions/107-invite-lookup-budgets.md). An unknown code spends only the small
   * unknown-code budget, and past it is answered 429 instead of 404, so guessing stalls; it never blocks codes
   * that exist. A code that exists spends one unit of the per-address budget per page open: the first look-up
   * of that code by that browser; the page's follow-ups in the next minutes are free.
   */
  async function withLookupBudgets<T>(
    request: FastifyRequest,
    visitor: Visitor,
    codeHash: Buffer,
    lookup: () => Promise<T>,
  ): Promise<T> {
    const ip = clientAddressKey(request.ip);
    let result: T;
    try {
      result = await lookup();
    } catch (error) {
      if (error instanceof AppError && error.code === 'invite_not_found') await limiters.inviteUnknownPerIp.consume(ip);
      // A dead link (revoked, expired, paused) exists: it is a page open like any other.
      else if (error instanceof AppError && error.status === 410) await spendPageOpen(ip, visitor, codeHash);
      throw error;
    }
    await spendPageOpen(ip, visitor, codeHash);
    return result;
  }

  /**
   * The address pays for a page open before the open is recorded, and a look-up it refuses records nothing: a
   * flood past the budget, with or without made-up visitor cookies, stores no key in Redis (recording first stored
   * a ten-minute key for every request, refused or not), so the keys stay bounded by the address budget.
   */
  async function spendPageOpen(ip: string, visitor: Visitor, codeHash: Buffer): Promise<void> {
    const openKey = `${visitor.id}:${codeHash.toString('base64url')}`;
    // A browser that came without the cookie has opened nothing yet: no need to ask.
    if (!visitor.isNew && (await limiters.invitePageOpens.spent(openKey)) > 0) {
      const lookUps = await countOnPageOpen(openKey);
      // One of the page's few follow-ups: free. Past them, or an open that expired a moment ago (the count started
      // again at 1, so this look-up is the new open, already recorded): the address pays.
      if (lookUps !== null && lookUps > 1) return;
      await limiters.inviteResolvePerIp.consume(ip);
      return;
    }
    await limiters.inviteResolvePerIp.consume(ip);
    await countOnPageOpen(openKey);
  }

  /** Counts a look-up on this browser's open of the code: the look-ups so far, or null past a page's few. */
  async function countOnPageOpen(openKey: string): Promise<number | null> {
    try {
      return await limiters.invitePageOpens.consume(openKey);
    } catch (error) {
      if (error instanceof AppError && error.code === 'rate_limited') return null;
      throw error;
    }
  }

  /** Accepting spends its own budgets; unknown codes still spend the unknown-code budget (past it: 429). */
  async function withEnumerationGuard<T>(ip: string, lookup: () => Promise<T>): Promise<T> {
    try {
      return await lookup();
    } catch (error) {
      if (error instanceof AppError && error.code === 'invite_not_found') await limiters.inviteUnknownPerIp.consume(ip);
      throw error;
    }
  }

  app.get(
    '/api/invites/:code',
    { schema: { tags, params: inviteCodeParams, response: { 200: invitePreviewResponse } } },
    async (request, reply) => {
      const visitor = visitorOf(request, reply);
      const { code } = request.params;
      const codeHash = sha256(code);
      const answer = await withLookupBudgets(request, visitor, codeHash, () =>
        previewInvite(db, invitePreviewCache, { code, codeHash, viewerId: request.currentUser?.id ?? null }),
      );
      // Bytes the response schema's serialiser already wrote (kept per viewer state in the preview cache), so the
      // reply is typed as a plain one: the schema still documents the answer and wrote these bytes.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(answer);
    },
  );

  app.post(
    '/api/invites/:code/visits',
    {
      schema: {
        tags,
        description:
          "Counts a unique visitor in the link's funnel (sent by the invite page). Free after the page's preview: one page open spends one unit of RATE_LIMIT_INVITE_RESOLVE_PER_IP.",
        params: inviteCodeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const visitor = visitorOf(request, reply);
      const { code } = request.params;
      const codeHash = sha256(code);
      await withLookupBudgets(request, visitor, codeHash, () =>
        recordInviteVisit(db, invitePreviewCache, {
          code,
          codeHash,
          visitorKey: sha256(visitor.id).toString('base64url'),
        }),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/invites/:code/accept',
    { schema: { tags, params: inviteCodeParams, body: acceptInviteBody.nullish(), response: { 200: acceptInviteResponse } } },
    async (request) => {
      const ip = clientAddressKey(request.ip);
      await limiters.inviteAcceptPerIp.consume(ip);
      const user = requireUser(request);
      await limiters.inviteAcceptPerAccount.consume(user.id);
      const { verifiedEmail, ...result } = await withEnumerationGuard(ip, () =>
        acceptInvite(context, {
          code: request.params.code,
          userId: user.id,
          userEmail: user.email,
          answers: request.body?.answers,
        }),
      );
      if (verifiedEmail) await invalidations.publish({ kind: 'user', id: user.id });
      return result;
    },
  );
};
