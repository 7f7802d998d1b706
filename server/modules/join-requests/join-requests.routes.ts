import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import {
  bulkDecisionBody,
  bulkDecisionResponse,
  joinRequestListResponse,
  joinRequestParams,
  listJoinRequestsQuery,
} from './join-requests.schemas.js';
import { decideJoinRequest, decideJoinRequestsInBulk, listJoinRequests } from './join-requests.service.js';

export const joinRequestRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db } = context;
  const tags = ['join requests'];

  app.get(
    '/api/groups/:groupId/join-requests',
    { schema: { tags, params: groupParams, querystring: listJoinRequestsQuery, response: { 200: joinRequestListResponse } } },
    async (request) => {
      const actor = requireUser(request);
      return {
        joinRequests: await listJoinRequests(db, { idOrSlug: request.params.groupId, actorId: actor.id, ...request.query }),
      };
    },
  );

  for (const [action, decision] of [
    ['approve', 'approved'],
    ['decline', 'declined'],
  ] as const) {
    app.post(
      `/api/groups/:groupId/join-requests/:requestId/${action}`,
      { schema: { tags, params: joinRequestParams, response: { 204: z.null() } } },
      async (request, reply) => {
        const actor = requireUser(request);
        await decideJoinRequest(context, {
          idOrSlug: request.params.groupId,
          actorId: actor.id,
          requestId: request.params.requestId,
          decision,
        });
        return reply.code(204).send(null);
      },
    );

    app.post(
      `/api/groups/:groupId/join-requests/${action}`,
      {
        schema: {
          tags,
          description: `Bulk form: ${action} the listed requests, or every pending request from one invite link.`,
          params: groupParams,
          body: bulkDecisionBody,
          response: { 200: bulkDecisionResponse },
        },
      },
      async (request) => {
        const actor = requireUser(request);
        return decideJoinRequestsInBulk(context, {
          idOrSlug: request.params.groupId,
          actorId: actor.id,
          ...request.body,
          decision,
        });
      },
    );
  }
};
