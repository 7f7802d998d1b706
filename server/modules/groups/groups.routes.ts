import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import {
  createGroupBody,
  deleteGroupBody,
  groupListResponse,
  groupParams,
  groupResponse,
  joinGroupResponse,
  transferOwnershipBody,
  updateGroupBody,
} from './groups.schemas.js';
import {
  createGroup,
  deleteGroup,
  getGroup,
  joinPublicGroup,
  listMyGroups,
  transferOwnership,
  updateGroupSettings,
} from './groups.service.js';
import { atLeastOneField } from '../../shared/text-schemas.js';

export const groupRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, invalidations } = context;
  app.post(
    '/api/groups',
    { schema: { tags: ['groups'], body: createGroupBody, response: { 201: groupResponse } } },
    async (request, reply) => {
      const user = requireUser(request);
      const group = await createGroup(db, { ownerId: user.id, ...request.body });
      return reply.code(201).send({ group });
    },
  );

  app.get(
    '/api/groups',
    {
      schema: {
        tags: ['groups'],
        description: "The caller's groups, and the groups they asked to join and are waiting on.",
        response: { 200: groupListResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return listMyGroups(db, user.id);
    },
  );

  app.get(
    '/api/groups/:groupId',
    { schema: { tags: ['groups'], params: groupParams, response: { 200: groupResponse } } },
    async (request) => {
      return { group: await getGroup(db, request.params.groupId, request.currentUser?.id ?? null) };
    },
  );

  app.patch(
    '/api/groups/:groupId',
    {
      schema: {
        tags: ['groups'],
        description: 'Settings. Owners change everything; admins the description and welcome message.',
        params: groupParams,
        body: atLeastOneField(updateGroupBody),
        response: { 200: groupResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const group = await updateGroupSettings(context, {
        idOrSlug: request.params.groupId,
        userId: user.id,
        ...request.body,
      });
      return { group };
    },
  );

  app.delete(
    '/api/groups/:groupId',
    {
      schema: {
        tags: ['groups'],
        description: "Deletes the group and everything in it. Owners only; the body repeats the group's name.",
        params: groupParams,
        body: deleteGroupBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await deleteGroup(db, invalidations, {
        idOrSlug: request.params.groupId,
        actorId: user.id,
        confirmName: request.body.confirmName,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/groups/:groupId/transfer-ownership',
    {
      schema: {
        tags: ['groups'],
        description: 'The owner makes another member the owner and becomes an admin.',
        params: groupParams,
        body: transferOwnershipBody,
        response: { 200: groupResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const group = await transferOwnership(db, invalidations, {
        idOrSlug: request.params.groupId,
        actorId: user.id,
        newOwnerId: request.body.userId,
      });
      return { group };
    },
  );

  app.post(
    '/api/groups/:groupId/join',
    {
      schema: {
        tags: ['groups'],
        description: 'Joins a public group from its page, without a link. Banned people get 403 banned.',
        params: groupParams,
        response: { 200: joinGroupResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return joinPublicGroup(db, { idOrSlug: request.params.groupId, userId: user.id });
    },
  );
};
