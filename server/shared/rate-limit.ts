import { isIPv6 } from 'node:net';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config, RateSpec } from '../config.js';
import { withDeadline } from './deadline.js';
import { AppError } from './errors.js';
import type { RedisHealth } from './redis.js';

/** How long a limit check waits on Redis before counting in this process instead (a frozen Redis). */
const REDIS_LIMIT_DEADLINE_MS = 300;

export type Limiter = {
  /**
   * Counts `points` (default one request) for `key`; throws `rate_limited` (429 + Retry-After) past the budget.
   * Resolves to the points `key` has spent in the current window, this call included (0 when limits are off).
   */
  consume(key: string, points?: number): Promise<number>;
  /** Throws `rate_limited` unless `key` has `points` (default 1) left, without spending any. */
  assertRoomFor(key: string, points?: number): Promise<void>;
  /** The points `key` has spent in the current window (0 when none, or limits are off); stores nothing. */
  spent(key: string): Promise<number>;
};

export type Limiters = {
  authPerIp: Limiter;
  inviteResolvePerIp: Limiter;
  inviteAcceptPerIp: Limiter;
  inviteAcceptPerAccount: Limiter;
  /** Look-ups of unknown codes: their own, much smaller budget, so guessing stalls while valid codes still open. */
  inviteUnknownPerIp: Limiter;
  /**
   * Look-ups of one code by one browser (visitor cookie): the first in the window is a page open and spends a
   * unit of inviteResolvePerIp; the page's follow-ups (its picture, the preview, the visit count, the re-read
   * after signing in) do not.
   */
  invitePageOpens: Limiter;
  /** Email invitations sent, counted per address. */
  emailInvitesPerGroup: Limiter;
  emailInvitesPerAdmin: Limiter;
  passwordResetPerIp: Limiter;
  /** Sign-in links per client address; the same budget also caps account mail per address and per account. */
  magicLinkPerIp: Limiter;
};

/**
 * Limits live in Redis when REDIS_URL is set (shared by every instance), else in this process. When Redis fails
 * or is known to be down, each limit is counted in this process instead, so limits degrade rather than fail.
 */
export function createLimiters(config: Config, redis?: RedisHealth): Limiters {
  const make = (name: string, spec: RateSpec): Limiter => {
    if (!config.rateLimitsEnabled) return unlimited;
    const options = { keyPrefix: `hearth:rl:${name}`, points: spec.points, duration: spec.durationSeconds };
    const local = new RateLimiterMemory(options);
    if (!redis) return wrap(async (operation) => operation(local), spec);
    const shared = new RateLimiterRedis({ ...options, storeClient: redis.redis });
    return wrap(async (operation) => {
      if (!redis.usable) return operation(local);
      try {
        return await withDeadline(operation(shared), REDIS_LIMIT_DEADLINE_MS, 'Redis');
      } catch (error) {
        if (error instanceof RateLimiterRes) throw error;
        redis.markFailed(error);
        return operation(local);
      }
    }, spec);
  };
  const limits = config.rateLimits;
  return {
    authPerIp: make('auth-ip', limits.authPerIp),
    inviteResolvePerIp: make('invite-resolve-ip', limits.inviteResolvePerIp),
    inviteAcceptPerIp: make('invite-accept-ip', limits.inviteAcceptPerIp),
    inviteAcceptPerAccount: make('invite-accept-account', limits.inviteAcceptPerAccount),
    inviteUnknownPerIp: make('invite-unknown-ip', limits.inviteUnknownPerIp),
    invitePageOpens: make('invite-page-open', PAGE_OPEN_FOLLOW_UPS),
    emailInvitesPerGroup: make('email-invites-group', limits.emailInvitesPerGroup),
    emailInvitesPerAdmin: make('email-invites-admin', limits.emailInvitesPerAdmin),
    passwordResetPerIp: make('password-reset-ip', limits.passwordResetPerIp),
    magicLinkPerIp: make('magic-link', limits.magicLinkPerIp),
  };
}

/**
 * A page open's own requests within ten minutes: the HTML page, the group's picture on it, the preview, the visit
 * count, and a re-read or two after signing in.
 */
const PAGE_OPEN_FOLLOW_UPS: RateSpec = { points: 6, durationSeconds: 600 };

const unlimited: Limiter = { consume: async () => 0, assertRoomFor: async () => {}, spent: async () => 0 };

/** Runs one limiter operation on whichever store is in use (Redis, or this process's memory). */
type OnStore = <T>(operation: (limiter: RateLimiterAbstract) => Promise<T>) => Promise<T>;

function wrap(onStore: OnStore, spec: RateSpec): Limiter {
  return {
    async consume(key, points = 1) {
      try {
        return (await onStore((limiter) => limiter.consume(key, points))).consumedPoints;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw tooManyRequests(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async assertRoomFor(key, points = 1) {
      const state = await onStore((limiter) => limiter.get(key));
      if (state && state.consumedPoints + points > spec.points) throw tooManyRequests(state.msBeforeNext);
    },
    async spent(key) {
      return (await onStore((limiter) => limiter.get(key)))?.consumedPoints ?? 0;
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
  if (!ip.includes(':')) return ip; // IPv4: as it is (the IPv6 test below is a long regular expression)
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
