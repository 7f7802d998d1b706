import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { SessionCookies } from './http/session.js';
import type { InviteLookupBudgets, Visitor } from './modules/invite-links/invite-lookup-budgets.js';
import type { InvitePreviewCache } from './modules/invite-links/invite-preview-cache.js';
import type { MailQueue } from './modules/mail/mail-queue.js';
import type { WebhookDependencies } from './modules/webhooks/webhooks.service.js';
import type { InvalidationBus } from './shared/invalidation-bus.js';
import type { Limiters } from './shared/rate-limit.js';
import type { SecretBox } from './shared/secret-box.js';

/** What feature routes need from the outside world, built once in buildApp and handed to each module. */
export type AppContext = {
  config: Config;
  db: Database;
  limiters: Limiters;
  /** The invite look-up budgets, spent alike by the preview route, the visit count and the preview's fast lane. */
  inviteLookupBudgets: InviteLookupBudgets;
  /** A new visitor's Set-Cookie value, written alike by the preview route and its fast lane. */
  writeVisitorCookie: (visitor: Visitor) => string;
  cookies: SessionCookies;
  inviteCodeBox: SecretBox;
  invalidations: InvalidationBus;
  invitePreviewCache: InvitePreviewCache;
  mailQueue: MailQueue;
  webhooks: WebhookDependencies;
};
