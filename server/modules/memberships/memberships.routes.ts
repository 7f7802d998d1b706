import type { FastifyReply } from 'fastify';
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
  memberParams,
  membersResponse,
  restoreMemberResponse,
} from './memberships.schemas.js';
import {
  banUser,
  changeMemberRole,
  listBans,
  listMembers,
  removeMember,
  restoreMember,
  unbanUser,
} from './memberships.service.js';
import { MemberRoleCache } from './member-role-cache.js';

export const membershipRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, invalidations }) => {
  const roles = new MemberRoleCache(invalidations);

  app.get(
    '/api/groups/:groupId/members',
    { schema: { tags: ['members'], params: groupParams, querystring: listMembersQuery, response: { 200: membersResponse } } },
    async (request, reply) => {
      const user = requireUser(request);
      const page = await listMembers(db, roles, {
        idOrSlug: request.params.groupId,
        userId: user.id,
        cursor: request.query.cursor,
        search: request.query.q,
        inviteLinkId: request.query.inviteLinkId,
      });
      // JSON text already in the schema's shape (a test holds them together), so the reply is typed as a plain
      // one: the schema still documents the answer.
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(page);
    },
  );

  app.patch(
    '/api/groups/:groupId/members/:userId',
    { schema: { tags: ['members'], params: memberParams, body: changeRoleBody, response: { 200: changeRoleResponse } } },
    async (request) => {
      const actor = requireUser(request);
      const member = await changeMemberRole(db, invalidations, {
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
      await removeMember(db, invalidations, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        targetUserId: request.params.userId,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/groups/:groupId/bans',
    { schema: { tags: ['members'], params: groupParams, body: banBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireUser(request);
      await banUser(db, invalidations, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        targetUserId: request.body.userId,
      });
      return reply.code(204).send(null);
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

  app.get(
    '/api/groups/:groupId/bans',
    {
      schema: {
        tags: ['members'],
        description: 'The people banned from the group, newest first (owners and admins).',
        params: groupParams,
        response: { 200: bansResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return { bans: await listBans(db, { idOrSlug: request.params.groupId, actorId: actor.id }) };
    },
  );

  app.post(
    '/api/groups/:groupId/members/:userId/restore',
    {
      schema: {
        tags: ['members'],
        description:
          'Undoes a removal or ban made in the last 10 minutes: lifts the ban and re-adds the person with the role, join date and attribution they had. 409 undo_unavailable when there is nothing to undo.',
        params: memberParams,
        response: { 200: restoreMemberResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const member = await restoreMember(db, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        targetUserId: request.params.userId,
      });
      return { member };
    },
  );
};
