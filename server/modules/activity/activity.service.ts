import type { Database } from '../../db/client.js';
import { AppError } from '../../shared/errors.js';
import { authorizeGroupAction } from '../groups/groups.service.js';
import * as repository from './activity.repository.js';
import type { ActivityCursor } from './activity.repository.js';
import type { ActivityKind } from './activity.rules.js';

/** A page of a group's activity log, newest first (owners and admins). */
export async function listGroupActivity(
  db: Database,
  input: { idOrSlug: string; actorId: string; pageSize: number; cursor?: string; kind?: ActivityKind; byUserId?: string },
) {
  const { group } = await authorizeGroupAction(db, input.idOrSlug, input.actorId, 'viewActivity');
  const rows = await repository.listActivityPage(db, {
    groupId: group.id,
    limit: input.pageSize + 1,
    cursor: input.cursor ? decodeCursor(input.cursor) : undefined,
    kind: input.kind,
    actorId: input.byUserId,
  });
  const page = rows.slice(0, input.pageSize);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({
      id: row.entry.id,
      kind: row.entry.kind as ActivityKind,
      actor: row.entry.actorId && row.actorName !== null ? { id: row.entry.actorId, name: row.actorName } : null,
      target: {
        user:
          row.entry.targetUserId && row.targetUserName !== null ? { id: row.entry.targetUserId, name: row.targetUserName } : null,
        inviteLink: row.entry.targetInviteLinkId
          ? { id: row.entry.targetInviteLinkId, label: row.targetInviteLinkLabel ?? '' }
          : null,
      },
      details: row.entry.details,
      createdAt: row.entry.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > input.pageSize && last ? encodeCursor({ createdAt: last.cursorCreatedAt, id: last.entry.id }) : null,
  };
}

function encodeCursor(cursor: ActivityCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): ActivityCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && /^[0-9a-f-]{36}$/i.test(id)) {
      return { createdAt, id };
    }
  } catch {}
  throw new AppError('validation_failed', 'The cursor is not valid; start again from the first page.');
}
