import { pooledRandomToken } from '../../http/random-tokens.js';
import { AppError } from '../../shared/errors.js';
import type { Limiters } from '../../shared/rate-limit.js';

export const VISITOR_COOKIE = 'hearth_visitor';

/** One browser (its visitor cookie's id), and whether this request minted the cookie. */
export type Visitor = { id: string; isNew: boolean };

/**
 * A visitor is one browser: a random first-party id, so opening the link before and after signing up counts
 * once in the funnel, and a page's own follow-up requests are recognised. Only a hash of it is stored. A
 * missing or malformed cookie mints a new id (the caller sends it back with `visitorCookieWriter`'s cookie).
 */
export function visitorFrom(cookieValue: string | undefined): Visitor {
  if (cookieValue && /^[A-Za-z0-9_-]{22}$/.test(cookieValue)) return { id: cookieValue, isNew: false };
  return { id: pooledRandomToken(16), isNew: true };
}

/**
 * The visitor a request of an invite's pages comes from (`known`: the one a fast lane already read or minted),
 * sending a new visitor's cookie with the answer so the page's next requests are recognised.
 */
export function visitorOfRequest(
  request: { cookies: Record<string, string | undefined> },
  reply: { header(name: 'set-cookie', value: string): unknown },
  writeVisitorCookie: (visitor: Visitor) => string,
  known?: Visitor,
): Visitor {
  const visitor = known ?? visitorFrom(request.cookies[VISITOR_COOKIE]);
  if (visitor.isNew) reply.header('set-cookie', writeVisitorCookie(visitor));
  return visitor;
}

/** The Set-Cookie value for a new visitor; its attributes never change, so they are written once. */
export function visitorCookieWriter(secure: boolean): (visitor: Visitor) => string {
  const attributes = `; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return (visitor) => `${VISITOR_COOKIE}=${visitor.id}${attributes}`;
}

/**
 * Budgets of an invite look-up (docs/decisions/107-invite-lookup-budgets.md), shared by the preview route, the
 * visit count, the invite page's routes (its HTML, picture and card) and both fast lanes. An unknown code spends
 * only the small unknown-code budget, and past it the API answers 429 instead of 404 (the page, the neutral
 * invitation it shows any code that does not work), so guessing stalls; it never blocks codes that exist. A code
 * that exists spends one unit of the per-address budget per page open: the first request of that code by that
 * browser (usually its HTML page); the page's picture, preview and visit count, and its re-reads in the next
 * minutes, are free.
 */
export class InviteLookupBudgets {
  constructor(
    private readonly limiters: Limiters,
    /** false with RATE_LIMITS=off: nothing is counted, so a cached preview can be answered without waiting. */
    readonly enabled: boolean,
  ) {}

  /** Runs `lookup`, then charges the look-up by what it found (an unknown code, a dead link or a live one). */
  async around<T>(ip: string, visitor: Visitor, codeHash: Buffer, lookup: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await lookup();
    } catch (error) {
      if (error instanceof AppError && error.code === 'invite_not_found') await this.limiters.inviteUnknownPerIp.consume(ip);
      // A dead link (revoked, expired, paused) exists: it is a page open like any other.
      else if (error instanceof AppError && error.status === 410) await this.spendPageOpen(ip, visitor, codeHash);
      throw error;
    }
    await this.spendPageOpen(ip, visitor, codeHash);
    return result;
  }

  /**
   * Charges a look-up of a code that exists (working or dead) by this browser: its first in ten minutes is a page
   * open and costs a unit of the address's budget; the page's next few are free. Shared by the preview API, the
   * invite page's routes (its HTML, social card and picture) and both fast lanes, so that one browser opening a
   * link (the page, its picture, the preview and the visit count) spends one unit in all.
   *
   * The address pays for a page open before the open is recorded, and a look-up it refuses records nothing: a
   * flood past the budget, with or without made-up visitor cookies, stores no key in Redis (recording first stored
   * a ten-minute key for every request, refused or not), so the keys stay bounded by the address budget.
   */
  async spendPageOpen(ip: string, visitor: Visitor | null, codeHash: Buffer): Promise<void> {
    // A request that came without a visitor cookie and gets none back (a crawler fetching the card) is an open that
    // no later request can be recognised by: it pays, and nothing is recorded for it.
    if (visitor === null) {
      await this.limiters.inviteResolvePerIp.consume(ip);
      return;
    }
    const openKey = `${visitor.id}:${codeHash.toString('base64url')}`;
    // A browser that came without the cookie has opened nothing yet: no need to ask.
    if (!visitor.isNew && (await this.limiters.invitePageOpens.spent(openKey)) > 0) {
      const lookUps = await this.countOnPageOpen(openKey);
      // One of the page's few follow-ups: free. Past them, or an open that expired a moment ago (the count started
      // again at 1, so this look-up is the new open, already recorded): the address pays.
      if (lookUps !== null && lookUps > 1) return;
      await this.limiters.inviteResolvePerIp.consume(ip);
      return;
    }
    await this.limiters.inviteResolvePerIp.consume(ip);
    await this.countOnPageOpen(openKey);
  }

  /** Counts a look-up on this browser's open of the code: the look-ups so far, or null past a page's few. */
  private async countOnPageOpen(openKey: string): Promise<number | null> {
    try {
      return await this.limiters.invitePageOpens.consume(openKey);
    } catch (error) {
      if (error instanceof AppError && error.code === 'rate_limited') return null;
      throw error;
    }
  }
}
