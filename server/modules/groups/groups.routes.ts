import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { createGroupBody, groupListResponse, groupParams, groupResponse, updateGroupBody } from './groups.schemas.js';
import { atLeastOneField } from '../../shared/text-schemas.js';
import { createGroup, getGroup, listMyGroups, updateGroupSettings } from './groups.service.js';

export const groupRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, invalidations }) => {
  app.post(
    '/api/groups',
    { schema: { tags: ['groups'], body: createGroupBody, response: { 201: groupResponse } } },
    async (request, reply) => {
      const user = requireUser(request);
      const group = await createGroup(db, { ownerId: user.id, ...request.body });
      return reply.code(201).send({ group });
    },
  );

  app.get('/api/groups', { schema: { tags: ['groups'], response: { 200: groupListResponse } } }, async (request) => {
    const user = requireUser(request);
    return { groups: await listMyGroups(db, user.id) };
  });

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
      schema: { tags: ['groups'], params: groupParams, body: atLeastOneField(updateGroupBody), response: { 200: groupResponse } },
    },
    async (request) => {
      const user = requireUser(request);
      const group = await updateGroupSettings(db, invalidations, {
        idOrSlug: request.params.groupId,
        userId: user.id,
        ...request.body,
      });
      return { group };
    },
  );
};
