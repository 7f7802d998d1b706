import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import {
  emailInviteListResponse,
  emailInviteParams,
  emailInviteResponse,
  sendEmailInvitesBody,
  sendEmailInvitesResponse,
} from './email-invites.schemas.js';
import { listEmailInvites, resendEmailInvite, revokeEmailInvite, sendEmailInvites } from './email-invites.service.js';

export const emailInviteRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const tags = ['email invites'];

  app.post(
    '/api/groups/:groupId/email-invites',
    { schema: { tags, params: groupParams, body: sendEmailInvitesBody, response: { 202: sendEmailInvitesResponse } } },
    async (request, reply) => {
      const actor = requireUser(request);
      const result = await sendEmailInvites(context, { idOrSlug: request.params.groupId, actor, ...request.body });
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/api/groups/:groupId/email-invites',
    { schema: { tags, params: groupParams, response: { 200: emailInviteListResponse } } },
    async (request) => {
      const actor = requireUser(request);
      return { emailInvites: await listEmailInvites(context, { idOrSlug: request.params.groupId, actorId: actor.id }) };
    },
  );

  app.post(
    '/api/groups/:groupId/email-invites/:inviteId/resend',
    {
      schema: {
        tags,
        description: 'Sends the same code again with a fresh expiry.',
        params: emailInviteParams,
        response: { 200: emailInviteResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return {
        emailInvite: await resendEmailInvite(context, {
          idOrSlug: request.params.groupId,
          actor,
          inviteId: request.params.inviteId,
        }),
      };
    },
  );

  app.delete(
    '/api/groups/:groupId/email-invites/:inviteId',
    {
      schema: { tags, description: 'Revokes the invitation.', params: emailInviteParams, response: { 200: emailInviteResponse } },
    },
    async (request) => {
      const actor = requireUser(request);
      return {
        emailInvite: await revokeEmailInvite(context, {
          idOrSlug: request.params.groupId,
          actorId: actor.id,
          inviteId: request.params.inviteId,
        }),
      };
    },
  );
};
