import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { groupParams } from '../groups/groups.schemas.js';
import { webhookEventTypes } from './webhook-events.js';
import {
  createWebhookBody,
  deliveriesQuery,
  deliveryListResponse,
  deliveryParams,
  updateWebhookBody,
  webhookListResponse,
  webhookParams,
  webhookResponse,
  webhookWithSecretResponse,
} from './webhooks.schemas.js';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhookDelivery,
  rotateWebhookSecret,
  sendTestPing,
  updateWebhook,
} from './webhooks.service.js';

/** Owners manage their group's webhook endpoints and read the delivery log. */
export const webhookRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, webhooks }) => {
  const tags = ['webhooks'];
  const base = '/api/groups/:groupId/webhooks';
  const actorOf = (request: { params: { groupId: string } } & Parameters<typeof requireUser>[0]) => ({
    idOrSlug: request.params.groupId,
    actorId: requireUser(request).id,
  });

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Add a webhook endpoint',
        description: 'The signing secret is in the answer, and only there.',
        params: groupParams,
        body: createWebhookBody,
        response: { 201: webhookWithSecretResponse },
      },
    },
    async (request, reply) => reply.code(201).send(await createWebhook(db, webhooks, { ...actorOf(request), ...request.body })),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "List the group's webhook endpoints",
        params: groupParams,
        response: { 200: webhookListResponse },
      },
    },
    async (request) => ({ webhooks: await listWebhooks(db, actorOf(request)), eventTypes: webhookEventTypes }),
  );

  app.patch(
    `${base}/:webhookId`,
    {
      schema: {
        tags,
        summary: 'Change a webhook endpoint (URL, events, description, on/off)',
        params: webhookParams,
        body: updateWebhookBody,
        response: { 200: webhookResponse },
      },
    },
    async (request) => ({
      webhook: await updateWebhook(db, webhooks, { ...actorOf(request), webhookId: request.params.webhookId, ...request.body }),
    }),
  );

  app.delete(
    `${base}/:webhookId`,
    { schema: { tags, summary: 'Delete a webhook endpoint', params: webhookParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteWebhook(db, { ...actorOf(request), webhookId: request.params.webhookId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/:webhookId/rotate-secret`,
    {
      schema: {
        tags,
        summary: "Replace a webhook's signing secret",
        params: webhookParams,
        response: { 200: webhookWithSecretResponse },
      },
    },
    async (request) => rotateWebhookSecret(db, webhooks, { ...actorOf(request), webhookId: request.params.webhookId }),
  );

  app.post(
    `${base}/:webhookId/test`,
    {
      schema: {
        tags,
        summary: 'Send a test `ping` event',
        params: webhookParams,
        response: { 202: z.object({ queued: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await sendTestPing(db, webhooks, { ...actorOf(request), webhookId: request.params.webhookId });
      return reply.code(202).send({ queued: true });
    },
  );

  app.get(
    `${base}/:webhookId/deliveries`,
    {
      schema: {
        tags,
        summary: "A webhook's delivery log, newest first",
        params: webhookParams,
        querystring: deliveriesQuery,
        response: { 200: deliveryListResponse },
      },
    },
    async (request) => listWebhookDeliveries(db, { ...actorOf(request), webhookId: request.params.webhookId, ...request.query }),
  );

  app.post(
    `${base}/:webhookId/deliveries/:deliveryId/redeliver`,
    {
      schema: {
        tags,
        summary: 'Send a delivery again (same webhook-id)',
        params: deliveryParams,
        response: { 202: z.object({ queued: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await redeliverWebhookDelivery(db, webhooks, {
        ...actorOf(request),
        webhookId: request.params.webhookId,
        deliveryId: request.params.deliveryId,
      });
      return reply.code(202).send({ queued: true });
    },
  );
};
