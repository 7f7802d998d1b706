import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { AppError } from '../../shared/errors.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { sha256 } from '../../shared/tokens.js';
import { type Visitor, visitorOfRequest } from './invite-lookup-budgets.js';
import { takeHandedOver } from './invite-preview-lane.js';
import { acceptInviteBody, acceptInviteResponse, inviteCodeParams, invitePreviewResponse } from './invite-links.schemas.js';
import { acceptInvite, previewInvite, recordInviteVisit } from './invitations.service.js';

/** The invitee's side: preview a link (no sign-in, no state change), count a visit, accept. */
export const invitationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, limiters, invitePreviewCache, invalidations, inviteLookupBudgets: budgets, writeVisitorCookie } = context;
  const tags = ['invitations'];

  /** This browser's visitor id, minting one (and its cookie) if it came without. */
  const visitorOf = (request: FastifyRequest, reply: FastifyReply, known?: Visitor) =>
    visitorOfRequest(request, reply, writeVisitorCookie, known);

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
      // A request the fast lane took, whose budgets refused it: answered with that refusal, not charged twice.
      const handedOver = takeHandedOver(request.raw);
      const visitor = visitorOf(request, reply, handedOver?.visitor);
      if (handedOver) throw handedOver.refusal;
      const { code } = request.params;
      const codeHash = sha256(code);
      const answer = await budgets.around(clientAddressKey(request.ip), visitor, codeHash, () =>
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
          "Counts a unique visitor in the link's funnel (sent by the invite page). Free after the page itself or its preview: one page open spends one unit of RATE_LIMIT_INVITE_RESOLVE_PER_IP.",
        params: inviteCodeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const visitor = visitorOf(request, reply);
      const { code } = request.params;
      const codeHash = sha256(code);
      await budgets.around(clientAddressKey(request.ip), visitor, codeHash, () =>
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
