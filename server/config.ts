import proxyAddr from '@fastify/proxy-addr';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Environment variables Hearth reads. Every one is documented in the README's configuration table. */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  HEARTH_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Unset: two connections per core on this host, shared by its workers (`defaultDatabasePoolSize`). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  /** How long a mail worker holds a message before another may retry it (a crashed worker's claim runs out). */
  MAIL_CLAIM_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value, context) => {
      const trust = parseTrustProxy(value);
      if (trust === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            'must be a number of proxy hops (0 = none, 1 = one proxy) or a comma-separated list of proxy addresses or CIDRs',
        });
        return z.NEVER;
      }
      return trust;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
  // Webhooks: plain http:// endpoints, and endpoints on private networks (loopback, 10.x, 169.254.x, …).
  WEBHOOKS_ALLOW_HTTP: z.enum(['0', '1']).default('0'),
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: z.enum(['0', '1']).default('0'),
  WEB_CONCURRENCY: z
    .string()
    .regex(/^(auto|[1-9]\d*)$/, 'must be a whole number of worker processes, or auto (one per core)')
    .default('1'),
  // Rate limits: "<requests>/<seconds>" per key.
  RATE_LIMIT_AUTH_PER_IP: rateSpec('20/60'),
  RATE_LIMIT_INVITE_RESOLVE_PER_IP: rateSpec('120/60'),
  RATE_LIMIT_INVITE_ACCEPT_PER_IP: rateSpec('30/60'),
  RATE_LIMIT_INVITE_ACCEPT_PER_ACCOUNT: rateSpec('10/60'),
  RATE_LIMIT_INVITE_UNKNOWN_PER_IP: rateSpec('10/600'),
  RATE_LIMIT_EMAIL_INVITES_PER_GROUP: rateSpec('2000/3600'),
  RATE_LIMIT_EMAIL_INVITES_PER_ADMIN: rateSpec('1000/3600'),
  RATE_LIMIT_PASSWORD_RESET_PER_IP: rateSpec('5/3600'),
  RATE_LIMIT_MAGIC_LINK_PER_IP: rateSpec('5/3600'),
});

function rateSpec(fallback: string) {
  return z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like <requests>/<seconds>, e.g. 20/60')
    .default(fallback)
    .transform((value) => {
      const [points, seconds] = value.split('/').map(Number);
      return { points: points as number, durationSeconds: seconds as number };
    });
}

export type RateSpec = { points: number; durationSeconds: number };

/**
 * Which proxies in front of Hearth to believe about the client address. A hop count trusts exactly that many
 * proxies, counted from Hearth: with 1, the client is the entry the one proxy appended (the right-most of
 * X-Forwarded-For), so an address the client wrote itself further left is ignored. A list trusts only
 * connections from those addresses or ranges (also `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustProxy = false | number | string[];

const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Which addresses of a request's chain (the socket peer is hop 0, then X-Forwarded-For right to left) to believe. */
export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * The trust function Fastify gets, and the preview's fast lane with it, so both read the same client address.
 * Fastify treats a bare hop count as "trust nobody", so a count becomes "trust the nearest `hops` addresses of the
 * chain", as Express does; a list is compiled once, as Fastify would compile it.
 */
export function trustProxyOption(trust: TrustProxy): TrustFunction | false {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyAddr.compile(trust);
}

export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops <= 32 ? hops : undefined;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    if (proxyRangeNames.has(entry)) return true;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    if (!/^\d+$/.test(prefix)) return false;
    return Number(prefix) <= (family === 4 ? 32 : 128);
  });
  return valid && entries.length > 0 ? entries : undefined;
}

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies become Secure with the __Host- prefix. */
  secureCookies: boolean;
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL connections per process. */
  databasePoolSize: number;
  redisUrl?: string;
  sessionSecret: string;
  smtpUrl?: string;
  mailFrom: string;
  mailClaimSeconds: number;
  rateLimitsEnabled: boolean;
  trustProxy: TrustProxy;
  logLevel: string;
  demoData: boolean;
  /** What webhook URLs may point at (server-side request forgery guard). */
  webhooks: { allowHttp: boolean; allowPrivateNetworks: boolean };
  /** HTTP worker processes (node:cluster); more than one needs DATABASE_URL. */
  workers: number;
  rateLimits: {
    authPerIp: RateSpec;
    inviteResolvePerIp: RateSpec;
    inviteAcceptPerIp: RateSpec;
    inviteAcceptPerAccount: RateSpec;
    inviteUnknownPerIp: RateSpec;
    emailInvitesPerGroup: RateSpec;
    emailInvitesPerAdmin: RateSpec;
    passwordResetPerIp: RateSpec;
    /** Sign-in links and other account mail (verification, "you already have an account"). */
    magicLinkPerIp: RateSpec;
  };
};

export class ConfigError extends Error {}

/**
 * PostgreSQL connections per Hearth process when DATABASE_POOL_SIZE is unset: about two per core of this host,
 * shared by its workers, between 3 and 20 each (the invalidation bus keeps one for LISTEN, so at least two are
 * left for requests). More connections than PostgreSQL has cores to run them only queue inside it, where every
 * wait is a context switch: on a 2-core host a pool of 4 answered 43–57 % more members pages than a pool of 20,
 * and one of 6 about a quarter more accepts (decision 137).
 */
export function defaultDatabasePoolSize(workers: number, cores = availableParallelism()): number {
  return Math.min(20, Math.max(3, Math.ceil((2 * cores) / workers)));
}

/** Parses the environment once; a bad value throws a ConfigError naming the variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  const dataDir = path.resolve(env.HEARTH_DATA_DIR);
  if (env.WEB_CONCURRENCY !== '1' && !env.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  WEB_CONCURRENCY: several workers need DATABASE_URL (the embedded database serves one process)',
    );
  }
  const workers = env.WEB_CONCURRENCY === 'auto' ? availableParallelism() : Number(env.WEB_CONCURRENCY);
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    dataDir,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE ?? defaultDatabasePoolSize(workers),
    redisUrl: env.REDIS_URL,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSessionSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? `Hearth <no-reply@${new URL(publicUrl).hostname}>`,
    mailClaimSeconds: env.MAIL_CLAIM_SECONDS,
    rateLimitsEnabled: env.RATE_LIMITS === 'on',
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    demoData: env.DEMO_DATA === 'on',
    webhooks: {
      allowHttp: env.WEBHOOKS_ALLOW_HTTP === '1',
      allowPrivateNetworks: env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === '1',
    },
    workers,
    rateLimits: {
      authPerIp: env.RATE_LIMIT_AUTH_PER_IP,
      inviteResolvePerIp: env.RATE_LIMIT_INVITE_RESOLVE_PER_IP,
      inviteAcceptPerIp: env.RATE_LIMIT_INVITE_ACCEPT_PER_IP,
      inviteAcceptPerAccount: env.RATE_LIMIT_INVITE_ACCEPT_PER_ACCOUNT,
      inviteUnknownPerIp: env.RATE_LIMIT_INVITE_UNKNOWN_PER_IP,
      emailInvitesPerGroup: env.RATE_LIMIT_EMAIL_INVITES_PER_GROUP,
      emailInvitesPerAdmin: env.RATE_LIMIT_EMAIL_INVITES_PER_ADMIN,
      passwordResetPerIp: env.RATE_LIMIT_PASSWORD_RESET_PER_IP,
      magicLinkPerIp: env.RATE_LIMIT_MAGIC_LINK_PER_IP,
    },
  };
}

/**
 * A fresh machine has no SESSION_SECRET; generating one and keeping it beside the data means restarts keep
 * invite links decryptable. Several instances must share one, so they set SESSION_SECRET explicitly.
 */
function readOrCreateSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
