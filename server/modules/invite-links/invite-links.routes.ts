import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams, groupResponse } from '../groups/groups.schemas.js';
import {
  createInviteLinkBody,
  inviteLinkListResponse,
  inviteLinkParams,
  inviteLinkResponse,
  updateInviteLinkBody,
} from './invite-links.schemas.js';
import {
  createInviteLink,
  getOrCreateCurrentInviteLink,
  listInviteLinks,
  makeInviteLinkPrimary,
  resetInviteLink,
  revokeInviteLink,
  setInvitesPaused,
  updateInviteLink,
} from './invite-links.service.js';

/** The admin's side of invite links: create, list, edit, revoke, reset, pause. */
export const inviteLinkRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const tags = ['invite links'];

  app.post(
    '/api/groups/:groupId/invite-links',
    { schema: { tags, params: groupParams, body: createInviteLinkBody, response: { 201: inviteLinkResponse } } },
    async (request, reply) => {
      const actor = requireUser(request);
      const inviteLink = await createInviteLink(context, { idOrSlug: request.params.groupId, actor, settings: request.body });
      return reply.code(201).send({ inviteLink });
    },
  );

  app.post(
    '/api/groups/:groupId/invite-links/current',
    {
      schema: {
        tags,
        description:
          "The group's primary link — what the Invite dialog shows first. Creating other links never changes it; when the group has no working primary link a fresh one takes the role (201).",
        params: groupParams,
        response: { 200: inviteLinkResponse, 201: inviteLinkResponse },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { created, inviteLink } = await getOrCreateCurrentInviteLink(context, { idOrSlug: request.params.groupId, actor });
      return reply.code(created ? 201 : 200).send({ inviteLink });
    },
  );

  app.get(
    '/api/groups/:groupId/invite-links',
    { schema: { tags, params: groupParams, response: { 200: inviteLinkListResponse } } },
    async (request) => {
      const actor = requireUser(request);
      return { inviteLinks: await listInviteLinks(context, { idOrSlug: request.params.groupId, actorId: actor.id }) };
    },
  );

  app.patch(
    '/api/groups/:groupId/invite-links/:linkId',
    { schema: { tags, params: inviteLinkParams, body: updateInviteLinkBody, response: { 200: inviteLinkResponse } } },
    async (request) => {
      const actor = requireUser(request);
      const inviteLink = await updateInviteLink(context, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        linkId: request.params.linkId,
        settings: request.body,
      });
      return { inviteLink };
    },
  );

  app.delete(
    '/api/groups/:groupId/invite-links/:linkId',
    {
      schema: {
        tags,
        description: 'Revokes the link; it answers invite_revoked from then on.',
        params: inviteLinkParams,
        response: { 200: inviteLinkResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const inviteLink = await revokeInviteLink(context, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        linkId: request.params.linkId,
      });
      return { inviteLink };
    },
  );

  app.post(
    '/api/groups/:groupId/invite-links/:linkId/make-primary',
    {
      schema: {
        tags,
        description:
          'Makes this working link the primary one (the previous primary becomes an ordinary link). A revoked, expired or used-up link answers 409 invite_link_not_active.',
        params: inviteLinkParams,
        response: { 200: inviteLinkResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const inviteLink = await makeInviteLinkPrimary(context, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        linkId: request.params.linkId,
      });
      return { inviteLink };
    },
  );

  app.post(
    '/api/groups/:groupId/invite-links/:linkId/reset',
    {
      schema: {
        tags,
        description: 'Revokes the link and issues a fresh code with the same settings; a primary link stays primary.',
        params: inviteLinkParams,
        response: { 201: inviteLinkResponse },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const inviteLink = await resetInviteLink(context, {
        idOrSlug: request.params.groupId,
        actor,
        linkId: request.params.linkId,
      });
      return reply.code(201).send({ inviteLink });
    },
  );

  for (const [action, paused] of [
    ['pause', true],
    ['resume', false],
  ] as const) {
    app.post(
      `/api/groups/:groupId/invites/${action}`,
      { schema: { tags, params: groupParams, response: { 200: groupResponse } } },
      async (request) => {
        const actor = requireUser(request);
        return { group: await setInvitesPaused(context, { idOrSlug: request.params.groupId, actorId: actor.id, paused }) };
      },
    );
  }
};
