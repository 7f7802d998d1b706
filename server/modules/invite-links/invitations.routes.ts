import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { AppError } from '../../shared/errors.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { generateToken, sha256 } from '../../shared/tokens.js';
import { acceptInviteBody, acceptInviteResponse, inviteCodeParams, invitePreviewResponse } from './invite-links.schemas.js';
import { acceptInvite, previewInvite, recordInviteVisit } from './invitations.service.js';

const VISITOR_COOKIE = 'hearth_visitor';

/** The invitee's side: preview a link (no sign-in, no state change), count a visit, accept. */
export const invitationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, limiters, config, invitePreviewCache } = context;
  const tags = ['invitations'];

  /** Unknown codes spend a much smaller budget than normal look-ups, so guessing codes stalls quickly. */
  async function withEnumerationGuard<T>(ip: string, lookup: () => Promise<T>): Promise<T> {
    await limiters.inviteUnknownPerIp.assertRoomFor(ip);
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
    async (request) => {
      const ip = clientAddressKey(request.ip);
      await limiters.inviteResolvePerIp.consume(ip);
      const invite = await withEnumerationGuard(ip, () =>
        previewInvite(db, invitePreviewCache, { code: request.params.code, viewerId: request.currentUser?.id ?? null }),
      );
      return { invite };
    },
  );

  app.post(
    '/api/invites/:code/visits',
    {
      schema: {
        tags,
        description: "Counts a unique visitor in the link's funnel (sent by the invite page).",
        params: inviteCodeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const ip = clientAddressKey(request.ip);
      await limiters.inviteResolvePerIp.consume(ip);
      // A visitor is one browser: a random first-party id, so opening the link before and after signing up
      // counts once. Only a hash of it is stored.
      let visitorId = request.cookies[VISITOR_COOKIE];
      if (!visitorId || !/^[A-Za-z0-9_-]{22}$/.test(visitorId)) {
        visitorId = generateToken(16);
        reply.setCookie(VISITOR_COOKIE, visitorId, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          maxAge: 31_536_000,
        });
      }
      await withEnumerationGuard(ip, () =>
        recordInviteVisit(db, invitePreviewCache, {
          code: request.params.code,
          visitorKey: sha256(visitorId).toString('base64url'),
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
      return withEnumerationGuard(ip, () =>
        acceptInvite(context, {
          code: request.params.code,
          userId: user.id,
          userEmail: user.email,
          answers: request.body?.answers,
        }),
      );
    },
  );
};
