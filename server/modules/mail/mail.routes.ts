import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { AppError } from '../../shared/errors.js';
import { hearthLinksOf } from './mail-templates.js';
import { listMailboxFor, runsAGroup } from './mail.repository.js';

const mailboxResponse = z.object({
  messages: z.array(
    z.object({
      id: z.uuid(),
      to: z.string(),
      subject: z.string(),
      text: z.string(),
      html: z.string(),
      messageId: z.string(),
      createdAt: z.string(),
      delivered: z.boolean(),
      /** The links Hearth generated in this mail (the invitation, the reset link), never links a person wrote. */
      links: z.array(z.object({ label: z.string(), url: z.string() })),
    }),
  ),
});

/**
 * The Dev mailbox: with no SMTP_URL, mail stays in the outbox and group owners and admins read the invitations of their
 * groups (and mail addressed to themselves) here, so the embedded default works with nothing else running. It
 * does not exist once real mail is configured.
 */
export const mailRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, mailQueue }) => {
  // Whether the caller has a Dev mailbox, so the account menu can offer it on every page without fetching the
  // mail itself (or meeting a 403 in the browser's console for everyone who runs no group).
  app.get(
    '/api/dev/mailbox/status',
    { schema: { tags: ['mail'], response: { 200: z.object({ available: z.boolean() }) } } },
    async (request) => {
      const user = requireUser(request);
      return { available: mailQueue.devMailbox && (await runsAGroup(db, user.id)) };
    },
  );

  app.get('/api/dev/mailbox', { schema: { tags: ['mail'], response: { 200: mailboxResponse } } }, async (request) => {
    const user = requireUser(request);
    if (!mailQueue.devMailbox) throw new AppError('not_found', 'The Dev mailbox exists only when no SMTP_URL is set.');
    if (!(await runsAGroup(db, user.id))) {
      throw new AppError('forbidden', 'Only group owners and admins can read the Dev mailbox.');
    }
    const messages = await listMailboxFor(db, user);
    return {
      messages: messages.map((message) => ({
        id: message.id,
        to: message.toAddress,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        createdAt: message.createdAt.toISOString(),
        delivered: message.sentAt !== null,
        links: hearthLinksOf(message.html),
      })),
    };
  });
};
