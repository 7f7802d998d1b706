import type { Database } from '../../db/client.js';
import { InvalidatedCache } from '../../shared/invalidated-cache.js';
import type { InvalidationBus } from '../../shared/invalidation-bus.js';
import * as repository from './invite-links.repository.js';

type InviteRow = NonNullable<Awaited<ReturnType<typeof repository.findInviteByCodeHash>>>;

/**
 * Invite look-ups (link + group + inviter) by code hash, so a viral link's previews do not each cost a database
 * round-trip. Revoke, reset, edits and pause publish an invalidation that every instance applies at once; the
 * 5-second TTL only bounds how stale the member count can get. Accepting never reads from here: it always
 * checks the database inside its transaction.
 */
export class InvitePreviewCache {
  private readonly cache = new InvalidatedCache<InviteRow>((row) => [row.link.id, row.group.id], 5_000, 10_000);

  constructor(bus: InvalidationBus) {
    bus.onGap(() => this.cache.clear());
    bus.subscribe((message) => {
      if (message.kind === 'invite-link' || message.kind === 'group') this.cache.invalidate(message.id);
    });
  }

  find(db: Database, codeHash: Buffer): Promise<InviteRow | undefined> {
    return this.cache.get(codeHash.toString('base64url'), () => repository.findInviteByCodeHash(db, codeHash));
  }
}
