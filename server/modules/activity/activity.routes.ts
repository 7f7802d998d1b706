import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import { ACTIVITY_PAGE_SIZE, activityResponse, listActivityQuery } from './activity.schemas.js';
import { listGroupActivity } from './activity.service.js';

/** The activity log is read-only over HTTP: entries are written by the actions themselves, never edited or deleted. */
export const activityRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.get(
    '/api/groups/:groupId/activity',
    {
      schema: {
        tags: ['activity'],
        description: 'The group’s activity log, newest first, in keyset pages of 50 (owners and admins).',
        params: groupParams,
        querystring: listActivityQuery,
        response: { 200: activityResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      return listGroupActivity(db, {
        idOrSlug: request.params.groupId,
        actorId: actor.id,
        pageSize: ACTIVITY_PAGE_SIZE,
        cursor: request.query.cursor,
        kind: request.query.kind,
        byUserId: request.query.actorId,
      });
    },
  );
};
