import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.js';
import { inviteLinks } from '../server/db/schema/index.js';
import { SecretBox } from '../server/shared/secret-box.js';
import { generateToken, sha256 } from '../server/shared/tokens.js';

/**
 * The accept rows, and every side of one that accepts: Hearth, Hearth with its rate limits on, the minimal
 * transaction at its best client count (its probe included) and at 20 clients, the replay, and Hearth's own
 * accept statements run by pgbench.
 */
const acceptRows = ['unlimited', 'viral'] as const;
const acceptingSides = ['hearth', 'hearthWithLimits', 'minimal', 'minimalAtPool', 'replay', 'hearthStatements'] as const;
type PeoplePool = { first: number; sequence: string };

export type BenchData = {
  ownerToken: string;
  previewCode: string;
  viralCode: string;
  bigGroupId: string;
  /**
   * Pre-signed-in people who have joined nothing, `bench-token-<n>`, in one pool per side that accepts: no side
   * ever meets a person another side made a member. Each pool's first number, and its own sequence for pgbench.
   */
  pools: Record<(typeof acceptRows)[number], Record<(typeof acceptingSides)[number], PeoplePool>>;
  /** How many such people there are in all. */
  people: number;
  /** The two accept rows' links and groups, for the minimal transaction that bounds accept. */
  unlimitedLink: { id: string; groupId: string };
  viralLink: { id: string; groupId: string };
  poolSize: number;
  members: number;
  deepCursor: { joinedAt: string; userId: string };
};

const FIRST_NAMES = ['Ada', 'Alan', 'Grace', 'Katherine', 'Linus', 'Mary', 'Barbara', 'Edsger', 'Margaret', 'Dennis'];

/**
 * Bulk data with generate_series: a million members take well under two minutes, no HTTP involved. `poolSize` is
 * how many people each pool (one per accepting side of each accept row) holds.
 */
export async function loadBenchData(
  db: Database,
  options: { members: number; poolSize: number; sessionSecret: string },
): Promise<BenchData> {
  const box = new SecretBox(options.sessionSecret, 'invite-codes');
  const ownerToken = 'bench-owner-token';
  await db.execute(
    sql`
    insert into users (id, name, email, password_hash) values ('00000000-0000-4000-8000-0000000000aa', 'Bench Owner', 'owner@bench.example', '!');
    insert into sessions (token_hash, user_id, expires_at)
      values (sha256(convert_to(${ownerToken}, 'UTF8')), '00000000-0000-4000-8000-0000000000aa', now() + interval '1 day');
    insert into groups (id, slug, name, visibility, created_by, member_count, description) values
      ('00000000-0000-4000-8000-000000000001', 'bench-open', 'Open Bench', 'public', '00000000-0000-4000-8000-0000000000aa', 1, 'Where the preview and unlimited accepts land'),
      ('00000000-0000-4000-8000-000000000002', 'bench-viral', 'Viral Bench', 'public', '00000000-0000-4000-8000-0000000000aa', 1, 'One link, every accept counts on its row'),
      ('00000000-0000-4000-8000-000000000003', 'bench-big', 'Big Bench', 'public', '00000000-0000-4000-8000-0000000000aa', ${options.members + 1}, 'A million members');
    insert into memberships (group_id, user_id, role, joined_via)
      select id, '00000000-0000-4000-8000-0000000000aa', 'owner', 'created' from groups;
    -- The bench drives thousands of joins through one link on purpose: the leak breaker would (rightly) turn
    -- them into join requests after 25, so it is off here to measure the join path itself.
    update groups set leak_breaker_enabled = false;
  `.inlineParams(),
  );

  const makeLink = (groupId: string, maxUses: number | null) => {
    const code = generateToken(24);
    return {
      code,
      values: {
        groupId,
        codeHash: sha256(code),
        codeEncrypted: box.seal(code),
        maxUses,
        createdBy: '00000000-0000-4000-8000-0000000000aa',
      },
    };
  };
  const preview = makeLink('00000000-0000-4000-8000-000000000001', null);
  const viral = makeLink('00000000-0000-4000-8000-000000000002', 100_000_000);
  const [unlimitedLink, viralLink] = await db
    .insert(inviteLinks)
    .values([preview.values, viral.values])
    .returning({ id: inviteLinks.id, groupId: inviteLinks.groupId });

  // The big group's members, newest first by joined_at, with varied first names for the search row.
  await db.execute(
    sql`
    insert into users (name, email, password_hash)
      select (${sql.raw(`array[${FIRST_NAMES.map((name) => `'${name}'`).join(',')}]`)})[1 + n % ${FIRST_NAMES.length}] || ' Member' || n,
             'member-' || n || '@bench.example', '!'
      from generate_series(1, ${options.members}) n;
    insert into memberships (group_id, user_id, role, joined_via, joined_at)
      select '00000000-0000-4000-8000-000000000003', id, 'member', 'demo', now() - (row_number() over ()) * interval '1 second'
      from users where email like 'member-%@bench.example';
  `.inlineParams(),
  );

  // Pools of signed-in people who have joined nothing yet.
  const total = options.poolSize * acceptRows.length * acceptingSides.length;
  await db.execute(
    sql`
    create table bench_people (n int primary key, id uuid not null);
    with people as (
      insert into users (name, email, password_hash)
        select 'Invitee ' || n, 'invitee-' || n || '@bench.example', '!' from generate_series(1, ${total}) n
      returning id, email
    )
    insert into bench_people select substring(email from 9 for position('@' in email) - 9)::int, id from people;
    insert into sessions (token_hash, user_id, expires_at)
      select sha256(convert_to('bench-token-' || n, 'UTF8')), id, now() + interval '1 day' from bench_people;
  `.inlineParams(),
  );
  const pools = Object.fromEntries(
    acceptRows.map((row, rowIndex) => [
      row,
      Object.fromEntries(
        acceptingSides.map((side, sideIndex) => {
          const index = rowIndex * acceptingSides.length + sideIndex;
          return [side, { first: 1 + options.poolSize * index, sequence: `bench_people_${index}` }];
        }),
      ),
    ]),
  ) as BenchData['pools'];
  await db.execute(sql`
    -- The baselines count uses on the link's own row, as a design without shards would (decision 121).
    alter table invite_links add column bench_uses integer not null default 0;
    -- A pgbench side that needs more people than its pool fails (nextval past maxvalue), never takes another's.
    ${sql.raw(
      Object.values(pools)
        .flatMap((row) => Object.values(row))
        .map((pool) => `create sequence ${pool.sequence} start ${pool.first} maxvalue ${pool.first + options.poolSize - 1};`)
        .join('\n    '),
    )}
    analyze;
  `);

  const middle = Math.floor(options.members / 2);
  const deep = (await db.execute(sql`
    select joined_at::text as joined_at, user_id from memberships where group_id = '00000000-0000-4000-8000-000000000003'
    order by joined_at desc, user_id desc offset ${middle} limit 1`)) as unknown as {
    rows: { joined_at: string; user_id: string }[];
  };
  const deepRow = deep.rows[0]!;

  return {
    ownerToken,
    previewCode: preview.code,
    viralCode: viral.code,
    bigGroupId: '00000000-0000-4000-8000-000000000003',
    pools,
    people: total,
    unlimitedLink: unlimitedLink!,
    viralLink: viralLink!,
    poolSize: options.poolSize,
    members: options.members,
    deepCursor: { joinedAt: deepRow.joined_at, userId: deepRow.user_id },
  };
}
