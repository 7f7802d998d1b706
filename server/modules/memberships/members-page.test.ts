import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openPostgres } from '../../db/client.js';
import { databaseKinds } from '../../../tests/support/database.js';
import { addMember, buildGroup, buildUser, type SignedInUser } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { membersPageJson } from './members-page-json.js';
import { listMembersPage } from './memberships.repository.js';
import { membersResponse } from './memberships.schemas.js';

type MembersPage = { members: { user: { id: string }; joinedAt: string; joinedVia: unknown }[]; nextCursor: string | null };

for (const kind of databaseKinds) {
  describe(`members page fast path and role cache (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(kind);
    });
    after(() => t.close());

    test('joinedAt is the ISO time in milliseconds, and members a microsecond apart are each listed once', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      // 60 people one microsecond apart, just before the owner joined: JSON's milliseconds cannot tell them apart,
      // so only a cursor that keeps PostgreSQL's microseconds walks them without skipping or repeating anyone.
      await addMembersMicrosecondsApart(t, group.id, 60, '2024-03-01 12:34:56.789999+00');
      const { seen, times } = await walkAllPages(owner, group.id);
      assert.equal(seen.length, 61);
      assert.equal(new Set(seen).size, 61, 'nobody twice');
      // Truncated to milliseconds, as Date.toISOString writes them.
      assert.deepEqual([...times], ['2024-03-01T12:34:56.789Z']);
    });

    test('a database session outside UTC changes neither the times in the answer nor where the next page starts', async () => {
      const owner = await buildUser(t.app);
      const group = await buildGroup(owner);
      await addMembersMicrosecondsApart(t, group.id, 60, '2024-03-01 23:59:59.999999+00');
      // An operator's server (or DATABASE_URL) may set any TimeZone: PostgreSQL then writes the times with its offset.
      const zonedUrl = t.database.url ? new URL(t.database.url) : undefined;
      zonedUrl?.searchParams.set('options', '-c TimeZone=Asia/Kolkata');
      const zoned = zonedUrl ? await openPostgres(zonedUrl.toString(), 2) : t.database;
      if (kind === 'pglite') await t.database.db.execute(`set time zone 'Asia/Kolkata'`);
      try {
        const firstRows = await listMembersPage(zoned.db, { groupId: group.id, searchEmails: true });
        const zonedMembers = firstRows.filter(([userId]) => userId !== owner.id);
        assert.match(zonedMembers[0]?.[3] ?? '', /^2024-03-02 05:29:59\.99999\d\+05:30$/, 'written in the session zone');
        const answer = JSON.parse(membersPageJson(zonedMembers, zonedMembers.length, false, null)) as MembersPage;
        assert.deepEqual(new Set(answer.members.map((member) => member.joinedAt)), new Set(['2024-03-01T23:59:59.999Z']));

        const tenth = zonedMembers[9]!;
        const nextRows = await listMembersPage(zoned.db, {
          groupId: group.id,
          searchEmails: true,
          cursor: { joinedAt: tenth[3], userId: tenth[0] },
        });
        assert.deepEqual(
          nextRows.slice(0, zonedMembers.length - 10).map(([userId]) => userId),
          zonedMembers.slice(10).map(([userId]) => userId),
          'the page after the tenth member starts with the eleventh',
        );
        if (kind === 'pglite') {
          // The app shares this zoned session: the whole walk through HTTP, its cursor carrying +05:30.
          const { seen, times } = await walkAllPages(owner, group.id);
          assert.equal(new Set(seen).size, 61);
          assert.deepEqual([...times], ['2024-03-01T23:59:59.999Z']);
        }
      } finally {
        if (kind === 'pglite') await t.database.db.execute('reset time zone');
        else await zoned.close();
      }
    });

    test('the page answer is exactly the documented shape: attribution for admins only', async () => {
      const owner = await buildUser(t.app, { name: 'Olive Owner' });
      const admin = await buildUser(t.app, { name: 'Adam Admin' });
      const viaLabelled = await buildUser(t.app, { name: 'Lena "Quotes" \\ Labelled' });
      const viaUnlabelled = await buildUser(t.app, { name: 'Ulla Unlabelled' });
      const group = await buildGroup(owner);
      await addMember(owner, group.id, admin, 'admin');
      const labelled = (await owner.api.post(`/api/groups/${group.id}/invite-links`, { label: 'Instagram bio' })).body.inviteLink;
      assert.equal((await viaLabelled.api.post(`/api/invites/${labelled.code}/accept`)).status, 200);
      const unlabelled = (await admin.api.post(`/api/groups/${group.id}/invite-links`, {})).body.inviteLink;
      assert.equal((await viaUnlabelled.api.post(`/api/invites/${unlabelled.code}/accept`)).status, 200);

      const asAdmin = await admin.api.get(`/api/groups/${group.id}/members`);
      assert.equal(asAdmin.status, 200);
      assert.match(asAdmin.headers['content-type'] as string, /^application\/json/);
      // Exactly the schema's shape, every object strict: a key the page writer added or misspelt fails here.
      const member = membersResponse.shape.members.element;
      const joinedVia = member.shape.joinedVia.unwrap();
      const strict = membersResponse
        .extend({
          members: member
            .extend({
              user: member.shape.user.strict(),
              joinedVia: joinedVia
                .extend({ invitedBy: joinedVia.shape.invitedBy.unwrap().strict().nullable() })
                .strict()
                .nullable(),
            })
            .strict()
            .array(),
        })
        .strict();
      const page = strict.parse(asAdmin.body);
      const byName = new Map(page.members.map((member) => [member.user.name, member]));
      assert.deepEqual(byName.get('Lena "Quotes" \\ Labelled')?.joinedVia, {
        kind: 'invite_link',
        inviteLinkId: labelled.id,
        inviteLinkLabel: 'Instagram bio',
        invitedBy: { name: 'Olive Owner' },
      });
      assert.deepEqual(byName.get('Ulla Unlabelled')?.joinedVia, {
        kind: 'invite_link',
        inviteLinkId: unlabelled.id,
        inviteLinkLabel: '',
        invitedBy: { name: 'Adam Admin' },
      });
      assert.deepEqual(byName.get('Olive Owner')?.joinedVia, {
        kind: 'created',
        inviteLinkId: null,
        inviteLinkLabel: null,
        invitedBy: null,
      });
      assert.equal(byName.get('Olive Owner')?.role, 'owner');
      assert.match(byName.get('Olive Owner')?.joinedAt ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.deepEqual(
        page.members.map((member) => member.user.name),
        ['Ulla Unlabelled', 'Lena "Quotes" \\ Labelled', 'Adam Admin', 'Olive Owner'],
        'newest first',
      );
      assert.equal(page.nextCursor, null);
      // A search is written another way (it is planned per request): it must find the same members, attribution and all.
      const searched = strict.parse((await admin.api.get(`/api/groups/${group.id}/members?q=labelled`)).body);
      assert.deepEqual(
        searched.members,
        page.members.filter((member) => member.user.name.toLowerCase().includes('labelled')),
      );
      assert.equal(searched.members.length, 2);

      const asMember = await viaLabelled.api.get(`/api/groups/${group.id}/members`);
      const seenByMember = strict.parse(asMember.body);
      assert.equal(seenByMember.members.length, 4);
      assert.ok(
        seenByMember.members.every((member) => member.joinedVia === null),
        'members do not see how others joined',
      );

      const empty = await owner.api.get(`/api/groups/${group.id}/members?q=nobody-by-this-name`);
      assert.deepEqual(empty.body, { members: [], nextCursor: null });
    });

    test('on the instance that made the change, a demoted admin and a removed member see it on their next request', async () => {
      const owner = await buildUser(t.app);
      const admin = await buildUser(t.app);
      const member = await buildUser(t.app);
      const group = await buildGroup(owner, { visibility: 'private' });
      await addMember(owner, group.id, admin, 'admin');
      await addMember(owner, group.id, member);

      const asAdmin = await admin.api.get(`/api/groups/${group.id}/members`);
      assert.notEqual(asAdmin.body.members[0].joinedVia, null, 'an admin sees how people joined');
      assert.equal((await member.api.get(`/api/groups/${group.slug}/members`)).status, 200);

      assert.equal((await owner.api.patch(`/api/groups/${group.id}/members/${admin.id}`, { role: 'member' })).status, 200);
      const demoted = await admin.api.get(`/api/groups/${group.id}/members`);
      assert.equal(demoted.body.members[0].joinedVia, null, 'no longer an admin');

      assert.equal((await owner.api.delete(`/api/groups/${group.id}/members/${member.id}`)).status, 204);
      const removed = await member.api.get(`/api/groups/${group.slug}/members`);
      assert.equal(removed.status, 404, 'the slug they used before is refused too');
      assert.equal(removed.body.error.code, 'group_not_found');
    });
  });
}

/** `count` members of the group who joined one microsecond apart, the first of them a microsecond before `before`. */
async function addMembersMicrosecondsApart(t: TestApp, groupId: string, count: number, before: string) {
  await t.database.db.execute(`
    with people as (
      insert into users (name, email, password_hash)
      select 'Micro ' || n, 'micro-' || n || '-${groupId}@example.com', '!' from generate_series(1, ${count}) as n
      returning id, name
    )
    insert into memberships (group_id, user_id, role, joined_via, joined_at)
    select '${groupId}', id, 'member', 'demo', timestamptz '${before}' - (substring(name from 7)::int) * interval '1 microsecond'
    from people`);
}

/** Every page of the group's members as `user` sees them, following the cursors: ids in order, and the times shown. */
async function walkAllPages(user: SignedInUser, groupId: string) {
  const seen: string[] = [];
  const times = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { status: number; body: MembersPage } = await user.api.get(
      `/api/groups/${groupId}/members${cursor ? `?cursor=${cursor}` : ''}`,
    );
    assert.equal(page.status, 200);
    for (const member of page.body.members) {
      seen.push(member.user.id);
      if (member.user.id !== user.id) times.add(member.joinedAt);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  return { seen, times };
}
