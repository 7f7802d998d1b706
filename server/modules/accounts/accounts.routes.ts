import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireUser } from '../../http/session.js';
import { clientAddressKey } from '../../shared/rate-limit.js';
import { findInviteLinkIdByCode } from '../invite-links/invite-links.service.js';
import {
  logInBody,
  passwordResetBody,
  passwordResetConfirmBody,
  passwordResetConfirmResponse,
  signUpBody,
  userResponse,
} from './accounts.schemas.js';
import { logIn, logOut, signUp } from './accounts.service.js';
import { confirmPasswordReset, requestPasswordReset } from './password-reset.service.js';
import { sessionKey } from './session-cache.js';

export const accountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db, cookies, limiters } = context;

  app.post(
    '/api/auth/signup',
    { schema: { tags: ['accounts'], body: signUpBody, response: { 201: userResponse } } },
    async (request, reply) => {
      await limiters.authPerIp.consume(clientAddressKey(request.ip));
      const { inviteCode, ...account } = request.body;
      const signedUpViaInviteLinkId = inviteCode ? await findInviteLinkIdByCode(db, inviteCode) : null;
      const session = await signUp(db, { ...account, signedUpViaInviteLinkId });
      cookies.set(reply, session);
      return reply.code(201).send({ user: session.user });
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

  app.get('/api/me', { schema: { tags: ['accounts'], response: { 200: userResponse } } }, async (request) => {
    return { user: requireUser(request) };
  });
};
