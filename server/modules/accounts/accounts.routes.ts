import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { findInviteLinkIdByCode } from '../invite-links/invite-links.service.js';
import {
  checkEmailResponse,
  logInBody,
  magicLinkBody,
  magicLinkConfirmBody,
  magicLinkConfirmResponse,
  verifyEmailConfirmBody,
  passwordResetBody,
  passwordResetConfirmBody,
  passwordResetConfirmResponse,
  signUpBody,
  userResponse,
} from './accounts.schemas.js';
import { logIn, logOut, signUp } from './accounts.service.js';
import { confirmEmailVerification, resendVerificationMail } from './email-verification.service.js';
import { confirmMagicLink, requestMagicLink } from './magic-link.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { sessionKey } from './session-cache.js';

export const accountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, cookies, limiters } = context;

  app.post(
    '/api/auth/signup',
    {
      schema: {
        tags: ['accounts'],
        description:
          'Creates the account and signs in (201). If the address already has an account, nothing is created: its ' +
          'owner is mailed a sign-in link and the answer is 202 `check_email`, so the form never confirms who has an ' +
          'account (decision record 114).',
        body: signUpBody,
        response: { 201: userResponse, 202: checkEmailResponse },
      },
    },
    async (request, reply) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      const { inviteCode, next, ...account } = request.body;
      const signedUpViaInviteLinkId = inviteCode ? await findInviteLinkIdByCode(db, inviteCode) : null;
      const result = await signUp(context, {
        ...account,
        signedUpViaInviteLinkId,
        next: next ?? (inviteCode ? `/invite/${encodeURIComponent(inviteCode)}` : null),
      });
      if (result.kind === 'check_email') return reply.code(202).send({ status: 'check_email' as const });
      cookies.set(reply, result.session);
      return reply.code(201).send({ user: result.session.user });
    },
  );

  app.post(
    '/api/auth/login',
    { schema: { tags: ['accounts'], body: logInBody, response: { 200: userResponse } } },
    async (request, reply) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      const session = await logIn(db, request.body);
      cookies.set(reply, session);
      return { user: session.user };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['accounts'], response: { 204: z.null() } } }, async (request, reply) => {
    if (request.sessionToken) {
      await logOut(db, request.sessionToken);
      await context.invalidations.publish({ kind: 'session', id: sessionKey(request.sessionToken) });
    }
    cookies.clear(reply);
    return reply.code(204).send(null);
  });

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['accounts'],
        description: 'Emails a reset link when the address has an account; the answer is the same either way.',
        body: passwordResetBody,
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await limiters.passwordResetPerIp.consume(clientAddressKey(request.ip));
      await requestPasswordReset(context, request.body);
      return reply.code(202).send({});
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    { schema: { tags: ['accounts'], body: passwordResetConfirmBody, response: { 200: passwordResetConfirmResponse } } },
    async (request, reply) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      const session = await confirmPasswordReset(context, request.body);
      cookies.set(reply, session);
      return { user: session.user, returnTo: session.returnTo };
    },
  );

  app.post(
    '/api/auth/magic-link',
    {
      schema: {
        tags: ['accounts'],
        description:
          'Continue with email: mails a single-use sign-in link, valid 15 minutes, that also creates the account on ' +
          'first use. The answer is 202 whether or not the address has an account.',
        body: magicLinkBody,
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await limiters.magicLinkPerIp.consume(clientAddressKey(request.ip));
      await requestMagicLink(context, request.body);
      return reply.code(202).send({});
    },
  );

  app.post(
    '/api/auth/magic-link/confirm',
    {
      schema: {
        tags: ['accounts'],
        description:
          'Signs in with a sign-in link (its address counts as verified). When the address has no account yet and ' +
          'no `name` is given, answers 400 `name_required` and leaves the link unused.',
        body: magicLinkConfirmBody,
        response: { 200: magicLinkConfirmResponse },
      },
    },
    async (request, reply) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      const session = await confirmMagicLink(context, request.body);
      if (session.otherSessionsEnded) await context.invalidations.publish({ kind: 'user', id: session.user.id });
      cookies.set(reply, session);
      return { user: session.user, next: session.next, created: session.created };
    },
  );

  app.post(
    '/api/auth/verify-email',
    {
      schema: {
        tags: ['accounts'],
        description: 'Mails the signed-in person a new link to confirm their address (nothing when already verified).',
        response: { 202: z.object({}) },
      },
    },
    async (request, reply) => {
      await resendVerificationMail(context, requireUser(request));
      return reply.code(202).send({});
    },
  );

  app.post(
    '/api/auth/verify-email/confirm',
    {
      schema: {
        tags: ['accounts'],
        description: 'Confirms an address with the link mailed to it; works in any browser, signed in or not.',
        body: verifyEmailConfirmBody,
        response: { 200: z.object({ verified: z.literal(true) }) },
      },
    },
    async (request) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      await confirmEmailVerification(context, request.body);
      return { verified: true as const };
    },
  );

  app.get('/api/me', { schema: { tags: ['accounts'], response: { 200: userResponse } } }, async (request) => {
    return { user: requireUser(request) };
  });
};
