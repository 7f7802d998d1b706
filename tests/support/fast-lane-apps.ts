import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { DatabaseKind } from './database.js';
import { buildGroup, buildUser, randomClientIp } from './factories.js';
import { createTestApp, type TestApp } from './test-app.js';

/** An answer as a browser behind the proxy saw it. */
export type LaneAnswer = { status: number; headers: Headers; text: string };

/**
 * Two Hearth apps listening on real sockets (a fast lane is only met through one; `inject` goes straight to
 * Fastify), sharing one database and, on PostgreSQL, Redis: `t` with its access log captured in `logLines`, and
 * `tight`, whose address may look up three invitations a minute. The requests under `watchedPrefix` that Fastify
 * itself answered are in `routed` (on `t`) and `routedOnTight`: a lane's answers never reach Fastify's hooks. Both sit behind one proxy
 * (TRUST_PROXY=1), so each request says which address it comes from.
 */
export async function fastLaneApps(kind: DatabaseKind, watchedPrefix: string) {
  const logLines: Record<string, unknown>[] = [];
  const routed: string[] = [];
  const routedOnTight: string[] = [];
  const watchRoute = (into: string[]) => (app: FastifyInstance) =>
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.url.startsWith(watchedPrefix)) into.push(request.url);
      done();
    });
  const shared: Record<string, string> = { RATE_LIMITS: 'on', TRUST_PROXY: '1', LOG_LEVEL: 'info' };
  let redis: Redis | undefined;
  if (kind === 'postgres') {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    shared.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  }
  const log = new PassThrough();
  log.on('data', (chunk) => {
    for (const line of String(chunk).split('\n')) if (line) logLines.push(JSON.parse(line));
  });
  const t = await createTestApp(kind, shared, { redis, logStream: log, beforeReady: watchRoute(routed) });
  const tight = await createTestApp(
    kind,
    { ...shared, RATE_LIMIT_INVITE_RESOLVE_PER_IP: '3/60' },
    { redis, database: t.database, beforeReady: watchRoute(routedOnTight) },
  );
  const origins = new Map<TestApp, string>();
  for (const app of [t, tight]) {
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    origins.set(app, `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`);
  }
  return {
    t,
    tight,
    redis,
    logLines,
    routed,
    routedOnTight,
    origin: (app: TestApp) => origins.get(app) as string,
    /** `GET path` on `app`, from a browser at `from.ip` (told by the proxy), with its cookies. */
    get: async (app: TestApp, path: string, from: { ip: string; cookie?: string }): Promise<LaneAnswer> => {
      const headers: Record<string, string> = { 'x-forwarded-for': from.ip };
      if (from.cookie) headers.cookie = from.cookie;
      const response = await fetch(`${origins.get(app)}${path}`, { headers });
      return { status: response.status, headers: response.headers, text: await response.text() };
    },
    /**
     * Asserts that the `count` answers under `redactedUrl`'s path since `since` (a length of `logLines`) were logged
     * once each, all alike, as Fastify logs a request: its own id, the client's address, and never the code.
     */
    assertAccessLines: async (since: number, expected: { redactedUrl: string; ip: string; code: string; count: number }) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const path = expected.redactedUrl.replace('[redacted]', '');
      const lines = logLines.slice(since).filter((line) => (line.req as { url?: string })?.url?.startsWith(path));
      assert.equal(lines.length, expected.count);
      const shape = (line: Record<string, unknown>) => ({
        msg: line.msg,
        req: line.req,
        res: line.res,
        keys: Object.keys(line).sort(),
      });
      for (const line of lines) {
        assert.deepEqual(shape(line), shape(lines[0] as Record<string, unknown>));
        assert.deepEqual(line.req, { method: 'GET', url: expected.redactedUrl, remoteAddress: expected.ip });
        assert.ok(!JSON.stringify(line).includes(expected.code), 'the code is a secret');
      }
      assert.equal(new Set(lines.map((line) => line.reqId)).size, expected.count, 'each request has its own id');
    },
    /** A new owner's new group on `app`, with one invite link. */
    linkOn: async (app: TestApp, groupFields: Record<string, unknown> = {}) => {
      const owner = await buildUser(app.app, { ip: randomClientIp() });
      const group = await buildGroup(owner, groupFields);
      const link = (await owner.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      return { owner, group, link: link as { id: string; code: string } };
    },
    close: async () => {
      await tight.app.close();
      await t.close();
      redis?.disconnect();
    },
  };
}

export type FastLaneApps = Awaited<ReturnType<typeof fastLaneApps>>;
