import ipaddr from 'ipaddr.js';

/**
 * Pure rules of webhook delivery: which URLs and addresses may be called (server-side request forgery), when a
 * failed delivery is tried again, and when a failing endpoint is switched off.
 */

export type NetworkPolicy = { allowHttp: boolean; allowPrivateNetworks: boolean };

/** Why a URL cannot be a webhook endpoint, or null when it can. Checked when saved; addresses at delivery. */
export function webhookUrlProblem(value: string, policy: NetworkPolicy): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL, starting with https://.';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    return policy.allowHttp ? 'Webhook URLs must start with https:// or http://.' : 'Webhook URLs must start with https://.';
  }
  if (url.username || url.password) return 'Webhook URLs cannot carry a user name or password.';
  const literal = literalAddress(url.hostname);
  if (literal && !isAddressAllowed(literal, policy)) return 'Webhook URLs cannot point at a private or local address.';
  return null;
}

/** The IP address a URL's host names literally (without IPv6 brackets), or null for a DNS name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? bare : null;
}

/**
 * Only public unicast addresses may be called, unless private networks are allowed (tests, intranets).
 * IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export function isAddressAllowed(address: string, policy: Pick<NetworkPolicy, 'allowPrivateNetworks'>): boolean {
  if (policy.allowPrivateNetworks) return true;
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/**
 * Seconds to wait after each failed attempt: about 24 hours in all, with the same `webhook-id` every time.
 * After the last one the delivery is marked failed.
 */
export const retryDelaysSeconds = [5, 30, 120, 600, 1800, 3600, 7200, 14_400, 28_800, 28_800] as const;

/** When to try again after `attempts` failed attempts, or null when the delivery has run out of retries. */
export function nextAttemptAfter(attempts: number, now: Date, delays: readonly number[] = retryDelaysSeconds): Date | null {
  const delay = delays[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay * 1000);
}

export const disableAfterFailingMs = 3 * 24 * 3600 * 1000;

/** An endpoint that has failed without a single success for three days is switched off. */
export function shouldDisableEndpoint(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterFailingMs;
}

/** A 2xx answer is a success; anything else (redirects included: they are not followed) is a failure. */
export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status < 300;
}

export const responseBodyLimitBytes = 1024;
