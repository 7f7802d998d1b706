import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { startSmtpInbox } from '../../support/smtp-inbox.js';
import { launchBrowser } from './browser.js';
import { startHearth } from './hearth-server.js';

export type JourneyWorld = {
  hearth: Awaited<ReturnType<typeof startHearth>>;
  browser: Browser;
  /** Only with `smtp: true`: the SMTP server Hearth sends its mail to. */
  inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
};

/**
 * The world of a journey file: one Hearth (with `environment`; with `smtp`, sending its mail to an SMTP inbox of
 * its own) and one Chromium, started before the tests of the describe this is called in and closed after them.
 * Each test still opens its own browser contexts (newPerson), so tests share no cookies or pages.
 */
export function hearthAndBrowser(options: { environment?: Record<string, string>; smtp?: boolean } = {}): JourneyWorld {
  const world = {} as JourneyWorld;
  before(async () => {
    if (options.smtp) world.inbox = await startSmtpInbox();
    world.hearth = await startHearth({
      ...(options.smtp && { SMTP_URL: world.inbox.url }),
      ...options.environment,
    });
    world.browser = await launchBrowser();
  });
  after(async () => {
    await world.browser?.close();
    await world.hearth?.close();
    await world.inbox?.close();
  });
  return world;
}
