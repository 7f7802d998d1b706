import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { AppContext } from './app-context.js';
import { type Config, trustProxyOption } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { registerErrorHandling } from './http/errors.js';
import { stopGracefully } from './http/graceful-stop.js';
import { fastSerializerCompiler } from './http/fast-serializer.js';
import { frameworkErrorOptions } from './http/framework-errors.js';
import { registerOpenApi } from './http/openapi.js';
import { registerReadiness } from './http/readiness.js';
import { redactUrl } from './http/redact.js';
import { registerRequestGuard } from './http/request-guard.js';
import { FastLanes } from './http/fast-lanes.js';
import { OneLineRequestLog, requestIdSequence, standardOutputLog } from './http/request-log.js';
import { securityHeaderSets, securityHeaders } from './http/security-headers.js';
import { sessionCookies, sessionPlugin } from './http/session.js';
import { readWebShell, registerWebApp } from './http/web.js';
import { activityRoutes } from './modules/activity/activity.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { sendDueJoinRequestAlerts } from './modules/notifications/notifications.service.js';
import { accountRoutes } from './modules/accounts/accounts.routes.js';
import { SessionCache } from './modules/accounts/session-cache.js';
import { emailInviteRoutes } from './modules/email-invites/email-invites.routes.js';
import { groupAvatarRoutes } from './modules/groups/group-avatar.routes.js';
import { groupRoutes } from './modules/groups/groups.routes.js';
import { invitationRoutes } from './modules/invite-links/invitations.routes.js';
import { inviteLinkRoutes } from './modules/invite-links/invite-links.routes.js';
import { leakBreakerRoutes } from './modules/invite-links/leak-breaker.routes.js';
import { inviteUnfurlRoutes } from './modules/invite-links/invite-unfurl.routes.js';
import { joinRequestRoutes } from './modules/join-requests/join-requests.routes.js';
import { mailRoutes } from './modules/mail/mail.routes.js';
import { membershipRoutes } from './modules/memberships/memberships.routes.js';
import { InviteLookupBudgets, visitorCookieWriter } from './modules/invite-links/invite-lookup-budgets.js';
import { InvitePreviewCache } from './modules/invite-links/invite-preview-cache.js';
import { invitePageLane } from './modules/invite-links/invite-page-lane.js';
import { invitePreviewLane } from './modules/invite-links/invite-preview-lane.js';
import { idleMailQueue, type MailQueue, startMailQueue } from './modules/mail/mail-queue.js';
import { idleWebhookDelivery, startWebhookDelivery } from './modules/webhooks/webhook-delivery.js';
import { webhookRoutes } from './modules/webhooks/webhooks.routes.js';
import { createInvalidationBus } from './shared/invalidation-bus.js';
import { describeErrorForLog } from './shared/error-log.js';
import { createLimiters } from './shared/rate-limit.js';
import { RedisHealth, waitForRedis } from './shared/redis.js';
import { SecretBox } from './shared/secret-box.js';

export type AppDependencies = {
  config: Config;
  database: DatabaseHandle;
  redis?: Redis;
  /** false in tests that do not need the built web app. */
  serveWeb?: boolean;
  /** 'idle' leaves mail in the outbox without a queue (tests that send no mail); default 'start'. */
  mail?: 'start' | 'idle';
  /** 'idle' leaves webhook deliveries pending (tests that do not watch them); default 'start'. */
  webhooks?: 'start' | 'idle';
  /** Retry delays in seconds for failed webhook deliveries (tests shorten them). */
  webhookRetryDelays?: readonly number[];
  /** Where logs go (stdout by default); tests pass a stream to read them, or `false` for none. */
  logStream?: NodeJS.WritableStream | false;
};

/** The whole HTTP application; main.ts and the tests build the same one. */
export async function buildApp(dependencies: AppDependencies) {
  const { config, database, redis } = dependencies;
  // The invite links' fast lanes answer in front of Fastify (decisions 136, 139): they read the client address with
  // the same trust function and take their request ids from the same sequence.
  const fastLanes = new FastLanes((error) =>
    app.log.error({ error: describeErrorForLog(error) }, 'a fast lane failed; the request went to Fastify unless answered'),
  );
  const trustProxy = trustProxyOption(config.trustProxy);
  const nextRequestId = requestIdSequence();
  const headers = securityHeaderSets(config.secureCookies);
  const app = Fastify({
    serverFactory: fastLanes.serverFactory,
    genReqId: nextRequestId,
    trustProxy,
    ...frameworkErrorOptions(headers),
    // One access-log line per request instead of Fastify's two (request-log.ts).
    logController: new OneLineRequestLog(),
    logger:
      dependencies.logStream === false
        ? false
        : {
            level: config.logLevel,
            stream: dependencies.logStream || standardOutputLog(),
            // Invite codes and reset, magic-link and verification tokens are secrets: URLs are logged without them.
            serializers: {
              req: (request) => ({ method: request.method, url: redactUrl(request.url), remoteAddress: request.ip }),
            },
          },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);
  registerErrorHandling(app);
  // First of all hooks, so that every answer (errors and refusals included) carries the headers.
  await app.register(securityHeaders, { headers });
  const gracefulStop = stopGracefully(app);
  registerRequestGuard(app, config.publicUrl);

  // Start-up waits a bounded time for Redis, then starts with per-instance rate limits (RedisHealth warns).
  let redisHealth: RedisHealth | undefined;
  if (redis) {
    await waitForRedis(redis);
    const health = new RedisHealth(redis, app.log);
    app.addHook('onClose', async () => health.close());
    redisHealth = health;
  }
  const invalidations = await createInvalidationBus({ pool: database.pool, log: app.log });
  app.addHook('onClose', () => invalidations.close());
  const mailQueue: MailQueue =
    dependencies.mail === 'idle'
      ? idleMailQueue
      : await startMailQueue(config, database, {
          everyMinute: () => sendDueJoinRequestAlerts({ db: database.db, config, mailQueue }),
        });
  app.addHook('onClose', () => mailQueue.stop());
  const webhookSecrets = new SecretBox(config.sessionSecret, 'webhook-secrets');
  const webhookDelivery =
    dependencies.webhooks === 'idle'
      ? idleWebhookDelivery
      : await startWebhookDelivery(database, {
          policy: config.webhooks,
          secrets: webhookSecrets,
          mailQueue,
          publicUrl: config.publicUrl,
          retryDelays: dependencies.webhookRetryDelays,
        });
  app.addHook('onClose', () => webhookDelivery.stop());
  const limiters = createLimiters(config, redisHealth);
  const context: AppContext = {
    config,
    db: database.db,
    limiters,
    inviteLookupBudgets: new InviteLookupBudgets(limiters, config.rateLimitsEnabled),
    writeVisitorCookie: visitorCookieWriter(config.secureCookies),
    cookies: sessionCookies(config.secureCookies),
    inviteCodeBox: new SecretBox(config.sessionSecret, 'invite-codes'),
    invalidations,
    invitePreviewCache: new InvitePreviewCache(invalidations),
    mailQueue,
    webhooks: { secrets: webhookSecrets, policy: config.webhooks, wake: webhookDelivery.wake },
  };

  await registerOpenApi(app);
  await app.register(sessionPlugin, { db: database.db, cookies: context.cookies, cache: new SessionCache(invalidations) });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  registerReadiness(app, { database, redisHealth });

  for (const routes of [
    accountRoutes,
    groupRoutes,
    groupAvatarRoutes,
    membershipRoutes,
    inviteLinkRoutes,
    invitationRoutes,
    joinRequestRoutes,
    emailInviteRoutes,
    mailRoutes,
    webhookRoutes,
    leakBreakerRoutes,
    activityRoutes,
    notificationRoutes,
  ]) {
    await app.register(routes, context);
  }
  await app.register(inviteUnfurlRoutes, { ...context, webShell: readWebShell() });
  // The invite links' fast lanes (decisions 136 and 139) answer from what these routes cached and rendered.
  const inviteLane = {
    cache: context.invitePreviewCache,
    budgets: context.inviteLookupBudgets,
    sessionCookieName: context.cookies.name,
    writeVisitorCookie: context.writeVisitorCookie,
    trustProxy,
    log: app.log,
    nextRequestId,
    stop: gracefulStop,
  };
  fastLanes.add(invitePreviewLane({ ...inviteLane, apiHeaders: headers.api }));
  fastLanes.add(invitePageLane({ ...inviteLane, pageHeaders: headers.every }));
  if (dependencies.serveWeb !== false) await registerWebApp(app);
  // Last, so that on close it runs first once the server has closed (onClose hooks run last-first).
  gracefulStop.waitForRequestsOnClose();
  return app;
}
