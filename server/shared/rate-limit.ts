import { isIPv6 } from 'node:net';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config, RateSpec } from '../config.js';
import { AppError } from './errors.js';

export type Limiter = {
  /** Counts `points` (default one request) for `key`; throws `rate_limited` (429 + Retry-After) past the budget. */
  consume(key: string, points?: number): Promise<void>;
  /** Throws `rate_limited` unless `key` has `points` (default 1) left, without spending any. */
  assertRoomFor(key: string, points?: number): Promise<void>;
};

export type Limiters = {
  authPerIp: Limiter;
  inviteResolvePerIp: Limiter;
  inviteAcceptPerIp: Limiter;
  inviteAcceptPerAccount: Limiter;
  /** Failed look-ups of unknown codes: a much smaller budget, so codes cannot be enumerated. */
  inviteUnknownPerIp: Limiter;
  /** Email invitations sent, counted per address. */
  emailInvitesPerGroup: Limiter;
  emailInvitesPerAdmin: Limiter;
  passwordResetPerIp: Limiter;
  /** Sign-in links per client address; the same budget also caps account mail per address and per account. */
  magicLinkPerIp: Limiter;
};

/** Limits live in Redis when REDIS_URL is set (shared by every instance), else in this process. */
export function createLimiters(config: Config, redis?: Redis): Limiters {
  const make = (name: string, spec: RateSpec): Limiter => {
    if (!config.rateLimitsEnabled) return unlimited;
    const options = { keyPrefix: `hearth:rl:${name}`, points: spec.points, duration: spec.durationSeconds };
    return wrap(redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options), spec);
  };
  const limits = config.rateLimits;
  return {
    authPerIp: make('auth-ip', limits.authPerIp),
    inviteResolvePerIp: make('invite-resolve-ip', limits.inviteResolvePerIp),
    inviteAcceptPerIp: make('invite-accept-ip', limits.inviteAcceptPerIp),
    inviteAcceptPerAccount: make('invite-accept-account', limits.inviteAcceptPerAccount),
    inviteUnknownPerIp: make('invite-unknown-ip', limits.inviteUnknownPerIp),
    emailInvitesPerGroup: make('email-invites-group', limits.emailInvitesPerGroup),
    emailInvitesPerAdmin: make('email-invites-admin', limits.emailInvitesPerAdmin),
    passwordResetPerIp: make('password-reset-ip', limits.passwordResetPerIp),
    magicLinkPerIp: make('magic-link', limits.magicLinkPerIp),
  };
}

const unlimited: Limiter = { consume: async () => {}, assertRoomFor: async () => {} };

function wrap(limiter: RateLimiterAbstract, spec: RateSpec): Limiter {
  return {
    async consume(key, points = 1) {
      try {
        await limiter.consume(key, points);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw tooManyRequests(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async assertRoomFor(key, points = 1) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints + points > spec.points) throw tooManyRequests(state.msBeforeNext);
    },
  };
}

function tooManyRequests(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('rate_limited', `Too many attempts. Try again in ${seconds} seconds.`, {
    'retry-after': String(seconds),
  });
}

/**
 * The key for a client address. An IPv6 user typically controls a whole /64, so the /64 prefix is the key;
 * IPv4 (and IPv4-mapped IPv6) addresses are keyed as they are.
 */
export function clientAddressKey(ip: string): string {
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(ip: string): string[] {
  const withoutZone = ip.split('%')[0] as string;
  const [head, tail] = withoutZone.split('::') as [string, string | undefined];
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length;
  return [...headParts, ...Array(missing).fill('0'), ...tailParts].map((part) => part.toLowerCase().replace(/^0+(?=.)/, ''));
}
