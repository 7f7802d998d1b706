import { isoFromTimestamptzText } from '../../db/timestamptz-text.js';
import type { MemberRow } from './memberships.repository.js';

/**
 * Writes a members page as the JSON text of `membersResponse` (memberships.schemas.ts) straight from the rows the
 * page query read, without building fifty objects for the serialiser to walk (docs/decisions/126). Text from
 * columns that could hold anything (names, the link label, how someone joined) goes through the native
 * `JSON.stringify`; ids are uuid columns, the role is held to its values by a CHECK, and the time is
 * `isoFromTimestamptzText`'s. members-page.test.ts parses the answers with the strict schema, so a field added to
 * the schema and not here fails there.
 */
export function membersPageJson(rows: readonly MemberRow[], count: number, withAttribution: boolean, nextCursor: string | null) {
  let members = '';
  for (let index = 0; index < count; index++) {
    const [userId, name, role, joinedAtText, joinedVia, inviteLinkId, inviteLinkLabel, invitedByName] = rows[index]!;
    const attribution = withAttribution
      ? `{"kind":${JSON.stringify(joinedVia)},"inviteLinkId":${inviteLinkId ? `"${inviteLinkId}"` : 'null'},"inviteLinkLabel":${
          inviteLinkId ? JSON.stringify(inviteLinkLabel ?? '') : 'null'
        },"invitedBy":${invitedByName ? `{"name":${JSON.stringify(invitedByName)}}` : 'null'}}`
      : 'null';
    members += `${index === 0 ? '' : ','}{"user":{"id":"${userId}","name":${JSON.stringify(name)}},"role":"${role}","joinedAt":"${isoFromTimestamptzText(joinedAtText)}","joinedVia":${attribution}}`;
  }
  return `{"members":[${members}],"nextCursor":${nextCursor === null ? 'null' : JSON.stringify(nextCursor)}}`;
}
