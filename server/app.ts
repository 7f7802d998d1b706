import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { registerErrorHandling } from './http/errors.js';
import { fastSerializerCompiler } from './http/fast-serializer.js';
import { registerOpenApi } from './http/openapi.js';
import { redactInviteCodes } from './http/redact.js';
import { registerRequestGuard } from './http/request-guard.js';
import { sessionCookies, sessionPlugin } from './http/session.js';
import { registerWebApp } from './http/web.js';
import { activityRoutes } from './modules/activity/activity.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { sendDueJoinRequestAlerts } from './modules/notifications/notifications.service.js';
import { accountRoutes } from './modules/accounts/accounts.routes.js';
import { SessionCache } from './modules/accounts/session-cache.js';
import { emailInviteRoutes } from './modules/email-invites/email-invites.routes.js';
import { groupRoutes } from './modules/groups/groups.routes.js';
import { invitationRoutes } from './modules/invite-links/invitations.routes.js';
import { inviteLinkRoutes } from './modules/invite-links/invite-links.routes.js';
import { joinRequestRoutes } from './modules/join-requests/join-requests.routes.js';
import { mailRoutes } from './modules/mail/mail.routes.js';
import { membershipRoutes } from './modules/memberships/memberships.routes.js';
import { InvitePreviewCache } from './modules/invite-links/invite-preview-cache.js';
import { idleMailQueue, type MailQueue, startMailQueue } from './modules/mail/mail-queue.js';
import { createInvalidationBus } from './shared/invalidation-bus.js';
import { createLimiters } from './shared/rate-limit.js';
import { SecretBox } from './shared/secret-box.js';

export type AppDependencies = {
  config: Config;
  database: DatabaseHandle;
  redis?: Redis;
  /** false in tests that do not need the built web app. */
  serveWeb?: boolean;
  /** 'idle' leaves mail in the outbox without a queue (tests that send no mail); default 'start'. */
  mail?: 'start' | 'idle';
  /** Where logs go (stdout by default); tests pass a stream to read them, or `false` for none. */
  logStream?: NodeJS.WritableStream | false;
};

/** The whole HTTP application; main.ts and the tests build the same one. */
export async function buildApp(dependencies: AppDependencies) {
  const { config, database, redis } = dependencies;
  const app = Fastify({
    trustProxy: config.trustProxy,
    logger:
      dependencies.logStream === false
        ? false
        : {
            level: config.logLevel,
            ...(dependencies.logStream && { stream: dependencies.logStream }),
            // Invite codes are secrets: request URLs are logged with them redacted.
            serializers: {
              req: (request) => ({ method: request.method, url: redactInviteCodes(request.url), remoteAddress: request.ip }),
            },
          },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  registerErrorHandling(app);
  registerRequestGuard(app, config.publicUrl);

  const invalidations = await createInvalidationBus({ redis, pool: database.pool });
  app.addHook('onClose', () => invalidations.close());
  const mailQueue: MailQueue =
    dependencies.mail === 'idle'
      ? idleMailQueue
      : await startMailQueue(config, database, {
          everyMinute: () => sendDueJoinRequestAlerts({ db: database.db, config, mailQueue }),
        });
  app.addHook('onClose', () => mailQueue.stop());
  const context: AppContext = {
    config,
    db: database.db,
    limiters: createLimiters(config, redis),
    cookies: sessionCookies(config.secureCookies),
    inviteCodeBox: new SecretBox(config.sessionSecret, 'invite-codes'),
    invalidations,
    invitePreviewCache: new InvitePreviewCache(invalidations),
    mailQueue,
  };

  await registerOpenApi(app);
  await app.register(sessionPlugin, { db: database.db, cookies: context.cookies, cache: new SessionCache(invalidations) });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute('select 1');
      if (redis) await redis.ping();
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  for (const routes of [
    accountRoutes,
    groupRoutes,
    membershipRoutes,
    inviteLinkRoutes,
    invitationRoutes,
    joinRequestRoutes,
    emailInviteRoutes,
    mailRoutes,
    activityRoutes,
    notificationRoutes,
  ]) {
    await app.register(routes, context);
  }
  if (dependencies.serveWeb !== false) await registerWebApp(app);
  return app;
}
