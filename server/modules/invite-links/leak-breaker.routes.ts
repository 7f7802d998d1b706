import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import { inviteLinkParams, inviteLinkResponse } from './invite-links.schemas.js';
import { getLeakBreakerSettings, resumeLeakedLink, updateLeakBreakerSettings } from './leak-breaker.service.js';

const settingsSchema = z.object({
  enabled: z.boolean(),
  threshold: z.number().int().describe('Joins through one link within the window above which the link asks for approval.'),
  windowMinutes: z.number().int(),
  rateMultiplier: z.number().describe("…and only when that is this many times above the link's trailing 24-hour hourly rate."),
});
const settingsResponse = z.object({ leakBreaker: settingsSchema });
const updateBody = z
  .object({ enabled: z.boolean().optional(), threshold: z.number().int().min(2).max(100_000).optional() })
  .refine((body) => body.enabled !== undefined || body.threshold !== undefined, 'Send enabled, threshold or both.');

/** The leak circuit-breaker's settings (per group) and the resume of a link it stopped. */
export const leakBreakerRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const tags = ['invite links'];

  app.get(
    '/api/groups/:groupId/leak-breaker',
    {
      schema: {
        tags,
        summary: "The group's leak circuit-breaker settings",
        params: groupParams,
        response: { 200: settingsResponse },
      },
    },
    async (request) => ({
      leakBreaker: await getLeakBreakerSettings(context, { idOrSlug: request.params.groupId, actorId: requireUser(request).id }),
    }),
  );

  app.patch(
    '/api/groups/:groupId/leak-breaker',
    {
      schema: {
        tags,
        summary: 'Change or turn off the leak circuit-breaker (owners)',
        params: groupParams,
        body: updateBody,
        response: { 200: settingsResponse },
      },
    },
    async (request) => ({
      leakBreaker: await updateLeakBreakerSettings(context, {
        idOrSlug: request.params.groupId,
        actorId: requireUser(request).id,
        ...request.body,
      }),
    }),
  );

  app.post(
    '/api/groups/:groupId/invite-links/:linkId/resume',
    {
      schema: {
        tags,
        summary: "It's fine — resume a link the leak breaker stopped",
        description: 'Restores the approval setting the trip replaced and doubles this link’s threshold.',
        params: inviteLinkParams,
        response: { 200: inviteLinkResponse },
      },
    },
    async (request) => ({
      inviteLink: await resumeLeakedLink(context, {
        idOrSlug: request.params.groupId,
        actorId: requireUser(request).id,
        linkId: request.params.linkId,
      }),
    }),
  );
};
