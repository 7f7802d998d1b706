import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import {
  emailInviteCountResponse,
  emailInviteFilterQuery,
  emailInviteListResponse,
  emailInviteParams,
  emailInviteResponse,
  listEmailInvitesQuery,
  revokeEmailInvitesBody,
  revokeEmailInvitesResponse,
  sendEmailInvitesBody,
  sendEmailInvitesResponse,
} from './email-invites.schemas.js';
import {
  countEmailInvites,
  listEmailInvites,
  resendEmailInvite,
  revokeEmailInvite,
  revokeEmailInvites,
  sendEmailInvites,
} from './email-invites.service.js';

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
    {
      schema: {
        tags,
        description: 'One page of 50 invitations, newest first, filtered by address and state.',
        params: groupParams,
        querystring: listEmailInvitesQuery,
        response: { 200: emailInviteListResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return listEmailInvites(context, { idOrSlug: request.params.groupId, actorId: actor.id, ...request.query });
    },
  );

  app.get(
    '/api/groups/:groupId/email-invites/count',
    {
      schema: {
        tags,
        description: 'How many invitations match the search and state.',
        params: groupParams,
        querystring: emailInviteFilterQuery,
        response: { 200: emailInviteCountResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return countEmailInvites(context, { idOrSlug: request.params.groupId, actorId: actor.id, ...request.query });
    },
  );

  app.post(
    '/api/groups/:groupId/email-invites/revoke',
    {
      schema: {
        tags,
        description: 'Revokes every open invitation matching the search and state (and ids, when given) at once.',
        params: groupParams,
        body: revokeEmailInvitesBody,
        response: { 200: revokeEmailInvitesResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return revokeEmailInvites(context, { idOrSlug: request.params.groupId, actorId: actor.id, ...request.body });
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
