import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/client.js';
import type { NewSession, PublicUser } from '../modules/accounts/accounts.service.js';
import type { SessionCache } from '../modules/accounts/session-cache.js';
import { AppError } from '../shared/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Resolved once per request from the session cookie. */
    currentUser: PublicUser | null;
    sessionToken: string | null;
  }
}

export type SessionCookies = {
  name: string;
  set(reply: FastifyReply, session: NewSession): void;
  clear(reply: FastifyReply): void;
};

/** httpOnly, SameSite=Lax; over https also Secure with the __Host- prefix (no Domain, Path=/). */
export function sessionCookies(secure: boolean): SessionCookies {
  const name = secure ? '__Host-hearth_session' : 'hearth_session';
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  return {
    name,
    set: (reply, session) => reply.setCookie(name, session.token, { ...options, expires: session.expiresAt }),
    clear: (reply) => reply.clearCookie(name, options),
  };
}

export const sessionPlugin = fp(
  async (app: FastifyInstance, options: { db: Database; cookies: SessionCookies; cache: SessionCache }) => {
    await app.register(fastifyCookie);
    app.decorateRequest('currentUser', null);
    app.decorateRequest('sessionToken', null);
    // Callback style: an anonymous request (no cookie) passes without a promise; only a session look-up waits.
    app.addHook('onRequest', (request, _reply, done) => {
      const token = request.cookies[options.cookies.name];
      if (!token || token.length > 100) return done();
      options.cache.find(options.db, token).then((user) => {
        if (user) {
          request.currentUser = user;
          request.sessionToken = token;
        }
        done();
      }, done);
    });
  },
);

export function requireUser(request: FastifyRequest): PublicUser {
  if (!request.currentUser) throw new AppError('unauthenticated', 'Log in to continue.');
  return request.currentUser;
}
