import type { z } from 'zod';
import type { Database } from '../../db/client.js';
import { compileSerializer } from '../../http/fast-serializer.js';
import { InvalidatedCache } from '../../shared/invalidated-cache.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import * as repository from './invite-links.repository.js';
import { inviteRefusal } from './invite-links.rules.js';
import { invitePreviewResponse } from './invite-links.schemas.js';

type InviteRow = NonNullable<Awaited<ReturnType<typeof repository.findInviteByCodeHash>>>;
type InvitePreviewAnswer = z.output<typeof invitePreviewResponse>;

/**
 * A viewer state whose preview is the same for everyone in it: signed out or not involved ('none'), member,
 * pending, banned, or declined with no date to ask again. A declined viewer who may ask again at a date of their
 * own gets an answer of their own, rendered for them and not kept.
 */
export type SharedViewerState = 'none' | 'member' | 'pending' | 'banned' | 'declined';

const previewKeys: Record<SharedViewerState, string> = {
  none: 'preview:none',
  member: 'preview:member',
  pending: 'preview:pending',
  banned: 'preview:banned',
  declined: 'preview:declined',
};

/**
 * Invite look-ups (link + group + inviter) by code hash, so a viral link's previews do not each cost a database
 * round-trip. Revoke, reset, edits and pause publish an invalidation that every instance applies at once; the
 * 5-second TTL only bounds how stale the member count can get. Accepting never reads from here: it always
 * checks the database inside its transaction.
 *
 * A cached link also keeps its preview answers as bytes, one per shared viewer state, so a viral link's previews
 * are not serialised each time (decision 123). They hang off the cached row itself (a WeakMap keyed by it): when
 * an invalidation or the TTL drops the row, its answers go with it, and the next look-up loads and renders anew.
 */
export class InvitePreviewCache {
  private readonly cache = new InvalidatedCache<InviteRow>((row) => [row.link.id, row.group.id], 5_000, 10_000);
  private readonly kept = new WeakMap<object, Map<string, unknown>>();
  private readonly serialise = compileSerializer(invitePreviewResponse);

  constructor(bus: InvalidationBus) {
    bus.onGap(() => this.cache.clear());
    bus.subscribe((message) => {
      if (message.kind === 'invite-link' || message.kind === 'group') this.cache.invalidate(message.id);
    });
  }

  find(db: Database, codeHash: Buffer): Promise<InviteRow | undefined> {
    return this.cache.get(codeHash.toString('base64url'), () => repository.findInviteByCodeHash(db, codeHash));
  }

  /**
   * The cached look-up of `codeHash`, if one is kept and fresh and its link can be used now (the rule
   * `resolveInvite` applies against the clock); never reads the database. What the fast lanes may answer from.
   */
  peekUsable(codeHash: Buffer): InviteRow | undefined {
    const resolved = this.cache.peek(codeHash.toString('base64url'));
    if (!resolved || inviteRefusal(resolved.link, resolved.group, new Date())) return undefined;
    return resolved;
  }

  /** The answer's bytes, as the route's response schema writes them. */
  render(answer: InvitePreviewAnswer): Buffer {
    return Buffer.from(this.serialise(answer));
  }

  /**
   * The bytes for `state`, rendered at most once per `row` (an object `find` returned: the link row of a cached
   * look-up) and state, then kept as long as the row is. `answer` is called with `input` only when they are not
   * kept yet: the hot path passes a module-level function and its input, not a closure made per request.
   */
  renderedFor<I>(row: object, state: SharedViewerState, answer: (input: I) => InvitePreviewAnswer, input: I): Buffer {
    const byKey = this.keptFor(row);
    const key = previewKeys[state];
    let bytes = byKey.get(key) as Buffer | undefined;
    if (bytes === undefined) {
      bytes = this.render(answer(input));
      byKey.set(key, bytes);
    }
    return bytes;
  }

  /**
   * Anything made from a cached look-up (`row`: an object `find` returned, e.g. the invite page rendered for it),
   * made at most once per row and `key`, and dropped with the row when it is invalidated or expires.
   */
  keptWith<T>(row: object, key: string, make: () => T): T {
    const byKey = this.keptFor(row);
    let made = byKey.get(key) as T | undefined;
    if (made === undefined) {
      made = make();
      byKey.set(key, made);
    }
    return made;
  }

  /** What `keptWith` made for `row` and `key`, if it was made; never makes it. */
  peekKept<T>(row: object, key: string): T | undefined {
    return this.kept.get(row)?.get(key) as T | undefined;
  }

  private keptFor(row: object): Map<string, unknown> {
    let byKey = this.kept.get(row);
    if (!byKey) {
      byKey = new Map();
      this.kept.set(row, byKey);
    }
    return byKey;
  }
}
