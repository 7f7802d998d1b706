import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import {
  notificationSettingsResponse,
  unsubscribeParams,
  unsubscribeResponse,
  updateNotificationSettingsBody,
} from './notifications.schemas.js';
import { getNotificationSettings, unsubscribe, updateNotificationSettings } from './notifications.service.js';

export const UNSUBSCRIBE_PATH = '/api/notifications/unsubscribe/';

export const notificationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  const tags = ['notifications'];

  app.get(
    '/api/me/notification-settings',
    { schema: { tags, response: { 200: notificationSettingsResponse } } },
    async (request) => ({ settings: await getNotificationSettings(db, requireUser(request).id) }),
  );

  app.patch(
    '/api/me/notification-settings',
    { schema: { tags, body: updateNotificationSettingsBody, response: { 200: notificationSettingsResponse } } },
    async (request) => ({ settings: await updateNotificationSettings(db, requireUser(request).id, request.body) }),
  );

  // RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` as a form, without a session or Origin.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) =>
    done(null, undefined),
  );

  app.post(
    `${UNSUBSCRIBE_PATH}:token`,
    {
      schema: {
        tags,
        description: 'One-click unsubscribe (RFC 8058) from the kind of mail the token was sent with. No session needed.',
        params: unsubscribeParams,
        response: { 200: unsubscribeResponse },
      },
    },
    async (request) => unsubscribe(db, request.params.token),
  );

  // Opening the header's address in a browser shows the confirmation page; a GET never changes anything, so
  // link scanners that fetch every URL in a mail cannot unsubscribe anyone.
  app.get(`${UNSUBSCRIBE_PATH}:token`, { schema: { hide: true, params: unsubscribeParams } }, async (request, reply) =>
    reply.redirect(`/unsubscribe/${request.params.token}`, 303),
  );
};
