import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import {
  banBody,
  bansResponse,
  changeRoleBody,
  changeRoleResponse,
  listMembersQuery,
  MEMBERS_PAGE_SIZE,
  memberParams,
  membersResponse,
} from './memberships.schemas.js';
import { banUser, changeMemberRole, listBannedUsers, listMembers, removeMember, unbanUser } from './memberships.service.js';

export const membershipRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/api/groups/:groupId/members',
    { schema: { tags: ['members'], params: groupParams, querystring: listMembersQuery, response: { 200: membersResponse } } },
    async (request) => {
      const user = requireUser(request);
      return listMembers(db, {
        idOrSlug: request.params.groupId,
        userId: user.id,
        pageSize: MEMBERS_PAGE_SIZE,
        cursor: request.query.cursor,
        search: request.query.q,
        inviteLinkId: request.query.inviteLinkId,
      });
    },
  );

  app.patch(
    '/api/groups/:groupId/members/:userId',
    { schema: { tags: ['members'], params: memberParams, body: changeRoleBody, response: { 200: changeRoleResponse } } },
    async (request) => {
      const actor = requireUser(request);
      const member = await changeMemberRole(db, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        targetUserId: request.params.userId,
        role: request.body.role,
      });
      return { member };
    },
  );

  app.delete(
    '/api/groups/:groupId/members/:userId',
    { schema: { tags: ['members'], params: memberParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireUser(request);
      await removeMember(db, { idOrSlug: request.params.groupId, actorId: actor.id, targetUserId: request.params.userId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/groups/:groupId/bans',
    { schema: { tags: ['members'], params: groupParams, body: banBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireUser(request);
      await banUser(db, { idOrSlug: request.params.groupId, actorId: actor.id, targetUserId: request.body.userId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/groups/:groupId/bans',
    {
      schema: {
        tags: ['members'],
        description: 'The people banned from the group (owners and admins), newest first.',
        params: groupParams,
        response: { 200: bansResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { bans: await listBannedUsers(db, { idOrSlug: request.params.groupId, actorId: actor.id }) };
    },
  );

  app.delete(
    '/api/groups/:groupId/bans/:userId',
    { schema: { tags: ['members'], params: memberParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireUser(request);
      await unbanUser(db, { idOrSlug: request.params.groupId, actorId: actor.id, targetUserId: request.params.userId });
      return reply.code(204).send(null);
    },
  );
};
