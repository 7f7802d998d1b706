// `npm run bench [-- --quick]`: starts PostgreSQL-backed Hearth and its baselines, loads data, and measures each
// hot path next to the baseline that bounds it, in the same run. Prints a table and writes bench/results/<date>.json.
import { type ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, get as httpGet } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { defaultDatabasePoolSize } from '../server/config.js';
import { openPostgres } from '../server/db/client.js';
import { leakRateMultiplier, leakWindowMinutes } from '../server/modules/invite-links/leak-breaker.rules.js';
import { MEMBERS_PAGE_ROWS, membersPageQuery } from '../server/modules/memberships/memberships.repository.js';
import { sha256 } from '../server/shared/tokens.js';
import { serverNodeArgs } from '../scripts/server-command.mjs';
import { freePort } from '../tests/support/free-port.js';
import type { MembersFloorPlan } from './baseline-members.js';
import type { CapturedAnswer } from './baseline-server.js';
import { loadBenchData } from './data.js';
import { type Measurement, measureHttp } from './load.js';
import { measurePgbench } from './pgbench.js';
import { cpuSecondsOfTree, postmasterOf, type SharedCpuSeconds, sharedCpu } from './process-cpu.js';

const quick = process.argv.includes('--quick');
/** `--only=preview,accept,members,page`: measure some rows (while working on one path); the table needs them all. */
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const measures = (row: 'preview' | 'accept' | 'members' | 'page') => !only || only.includes(row);
const durationSeconds = quick ? 2 : 10;
/** Every measurement is preceded by this much unmeasured load: V8 optimises and caches fill before the clock runs. */
const warmupSeconds = quick ? 1 : 3;
const members = quick ? 50_000 : 1_000_000;
/**
 * The pgbench bars run at the client count that does the most on this machine, found by a short probe before each
 * row (decision 137). A hot-row transaction queues every client on one row lock, and where a context switch is
 * costly fewer clients finish more: on the AMD machine of 2026-11-27 the accept bar did 1,202 tps at 1 client and
 * 552 at 20. From 2026-11-26 21:30 UTC the bars ran at 20 clients, the size of Hearth's pool then (decision 134);
 * each row keeps that as a reference. Before that, at one client per HTTP connection (64, 32).
 */
const formerBarClients = 20;
const probeClientCounts = [1, 2, 4, 8, formerBarClients];
const probeSeconds = quick ? 1 : 2;
const workers = Number(process.env.BENCH_WORKERS ?? 1);
/**
 * Hearth's pool: its default (about two connections per core, shared by its workers; 4 on these machines, one of
 * them the invalidation bus's LISTEN), at most 20 per Hearth in all, so that two Hearths, the members floor and
 * pgbench stay under PostgreSQL's max_connections. The members floor gets as many connections as one Hearth.
 */
const hearthPoolSize = Math.min(defaultDatabasePoolSize(workers), Math.max(3, Math.floor(20 / workers)));
const hearthConnections = hearthPoolSize * workers;
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const sessionSecret = 'bench-secret-bench-secret-bench-secret-0123';
/**
 * Hearth's LOG_LEVEL: 'error' by default, so rows measure the answering and not the access log; `BENCH_LOG_LEVEL=info`
 * (the production default) adds one access-log line per request (about 10–16 µs of CPU each here).
 */
const hearthLogLevel = process.env.BENCH_LOG_LEVEL ?? 'error';
/** Extra Node arguments for Hearth, e.g. `BENCH_HEARTH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'` to profile it. */
const hearthNodeArgs = (process.env.BENCH_HEARTH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** The same for the baseline servers (node:http, bare Fastify, the members floor), to compare profiles side by side. */
const baselineNodeArgs = (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** A file for Hearth's own output (e.g. what `--trace-gc` prints), which is discarded otherwise. */
const hearthOutputFile = process.env.BENCH_HEARTH_OUTPUT;

/**
 * Rounds per row: Hearth, its baseline and its references measured one after another, then again. This machine's
 * throughput drifts by a third over minutes, so one pair can land on a fast and a slow minute; interleaved rounds
 * put both sides in the same minutes, and the row reports the round with the median ratio. `BENCH_ROUNDS` sets it.
 */
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 3)));
/**
 * People in each accepting side's pool: every round of a side accepts through warm-up and measurement, at up to
 * 6,000 a second (twice the fastest side seen, 2,229–4,049/s), and the bar's side also through its probe. Before
 * 2026-11-26 23:30 UTC the pools were a fixed 100,000, which a fast machine's three rounds outgrew (Hearth then
 * reused people, who answer "already a member").
 */
const poolSize = (rounds * (warmupSeconds + durationSeconds) + warmupSeconds + probeClientCounts.length * probeSeconds) * 6_000;

type Measure = () => Measurement | Promise<Measurement>;

/** What a row measures: Hearth, the baseline that bounds it, and references shown beside it. */
type RowPlan = {
  path: string;
  load: string;
  hearth: Measure;
  baselineName: string;
  /** The rate of each client count a pgbench bar's probe tried, shown beside the bar's result. */
  baselineProbe?: string;
  baseline: Measure;
  target: number;
  /** Other references shown beside the baseline (accept: pgbench replaying Hearth's former statements). */
  references?: { name: string; measure: Measure }[];
  /** Runs before every measurement of the row, so that no side starts from what the one before it left behind. */
  settle?: () => Promise<unknown>;
};

type Round = { hearth: Measurement; baseline: Measurement; references: { name: string; result: Measurement }[] };

type Row = Omit<RowPlan, 'hearth' | 'baseline' | 'references' | 'settle'> &
  Round & {
    /** Hearth ÷ baseline in each round, in the order measured; the row shows the round with the median ratio. */
    ratios: number[];
    rounds: Round[];
  };

/** Hearth's rate as a share of its baseline's, in one round. */
function ratioOf(round: Round): number {
  return round.hearth.requestsPerSecond / round.baseline.requestsPerSecond;
}

async function measureRow(plan: RowPlan): Promise<Row> {
  const measured: Round[] = [];
  const settled = async (measure: Measure) => {
    await plan.settle?.();
    return measure();
  };
  for (let round = 0; round < rounds; round++) {
    const hearth = await settled(plan.hearth);
    const baseline = await settled(plan.baseline);
    const references = [];
    for (const reference of plan.references ?? [])
      references.push({ name: reference.name, result: await settled(reference.measure) });
    measured.push({ hearth, baseline, references });
  }
  const median = [...measured].sort((a, b) => ratioOf(a) - ratioOf(b))[Math.floor((measured.length - 1) / 2)] as Round;
  const { hearth: _hearth, baseline: _baseline, references: _references, settle: _settle, ...described } = plan;
  return { ...described, ...median, ratios: measured.map(ratioOf), rounds: measured };
}

const children: ChildProcess[] = [];

async function main() {
  const databaseName = `hearth_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${databaseName}` }).toString();
  try {
    const backendPid = (await admin.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    const rows = await runAll(databaseUrl, sharedCpu(postmasterOf(backendPid)));
    report(rows, await machine(admin));
  } finally {
    await stopChildren();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
}

async function runAll(databaseUrl: string, sharedCpuSeconds: () => SharedCpuSeconds): Promise<Row[]> {
  const handle = await openPostgres(databaseUrl, 10, { requestTimeouts: false });
  await handle.migrate();
  const loadStarted = performance.now();
  const data = await loadBenchData(handle.db, { members, poolSize, sessionSecret });
  console.log(
    `Loaded ${members.toLocaleString()} members and ${data.people.toLocaleString()} signed-in invitees in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
  );

  const hearth = await startHearth(databaseUrl, { rateLimits: false });
  const hearthWithLimits = await startHearth(databaseUrl, { rateLimits: true });

  const ownerCookie = { cookie: `hearth_session=${data.ownerToken}` };
  const previewAnswer = await captureAnswer(`${hearth.url}/api/invites/${data.previewCode}`);
  const pageAnswer = await captureAnswer(`${hearth.url}/invite/${data.previewCode}`);
  const jsonBaseline = await startBaseline(previewAnswer, 'node');
  const htmlBaseline = await startBaseline(pageAnswer, 'node');
  const jsonFastify = await startBaseline(previewAnswer, 'fastify', '/api/invites/:code');
  const htmlFastify = await startBaseline(pageAnswer, 'fastify', '/invite/:code');
  const rows: Row[] = [];
  const http = (url: string, connections: number, extra: Partial<Parameters<typeof measureHttp>[0]> = {}) =>
    measureHttp({ url, connections, durationSeconds, warmupSeconds, sharedCpuSeconds, ...extra });
  /** Hearth's rows also say how much of Hearth's own CPU each request took. */
  const measureHearth = (url: string, connections: number, extra: Partial<Parameters<typeof measureHttp>[0]> = {}) =>
    http(url, connections, { cpuSeconds: hearth.cpuSeconds, ...extra });
  const withLimits = {
    name: 'Hearth with its rate limits on (counted in Redis, never reached)',
    measure: (path: string, connections: number, extra: Partial<Parameters<typeof measureHttp>[0]> = {}) =>
      http(`${hearthWithLimits.url}${path}`, connections, { cpuSeconds: hearthWithLimits.cpuSeconds, ...extra }),
  };
  const pgbench = (script: string, clients: number, variables?: Record<string, string>) =>
    measurePgbench({ databaseUrl, script, clients, durationSeconds, warmupSeconds, variables, sharedCpuSeconds });
  /**
   * The client count at which pgbench runs `script` fastest here: one warm-up, then each of `probeClientCounts` for
   * `probeSeconds` (after `settle`, as every measurement of the row). `label` names the count for the bar's name
   * (bench/history.ts reads it back), `probe` lists each count's rate for the table.
   */
  const bestClientCount = async (script: string, settle?: () => Promise<unknown>) => {
    await settle?.();
    measurePgbench({ databaseUrl, script, clients: formerBarClients, durationSeconds: warmupSeconds });
    const rates: { clients: number; rate: number }[] = [];
    for (const clients of probeClientCounts) {
      await settle?.();
      rates.push({
        clients,
        rate: measurePgbench({ databaseUrl, script, clients, durationSeconds: probeSeconds }).requestsPerSecond,
      });
    }
    const best = rates.reduce((a, b) => (b.rate > a.rate ? b : a));
    const probe = `probe: ${rates.map(({ clients, rate }) => `${clients} → ${Math.round(rate)}`).join(', ')} tps`;
    const label = `${best.clients} clients (the best of ${probeClientCounts.join(', ')})`;
    return { clients: best.clients, label, probe };
  };

  if (measures('preview')) {
    console.log('Measuring the invite preview…');
    rows.push(
      await measureRow({
        path: 'GET /api/invites/:code (preview)',
        load: '100 connections',
        hearth: () => measureHearth(`${hearth.url}/api/invites/${data.previewCode}`, 100),
        baselineName: 'node:http, same answer (headers and JSON)',
        baseline: () => http(jsonBaseline.url, 100, { cpuSeconds: jsonBaseline.cpuSeconds }),
        references: [
          {
            name: 'bare Fastify, same answer',
            measure: () => http(`${jsonFastify.url}api/invites/${data.previewCode}`, 100, { cpuSeconds: jsonFastify.cpuSeconds }),
          },
          { name: withLimits.name, measure: () => withLimits.measure(`/api/invites/${data.previewCode}`, 100) },
        ],
        target: 0.7,
      }),
    );
  }

  for (const [label, code, link, pools] of [
    [
      'POST /api/invites/:code/accept (distinct users, unlimited link)',
      data.previewCode,
      data.unlimitedLink,
      data.pools.unlimited,
    ],
    ['POST /api/invites/:code/accept (one viral link with maxUses)', data.viralCode, data.viralLink, data.pools.viral],
  ] as const) {
    if (!measures('accept')) break;
    console.log(`Measuring ${label}…`);
    const people = peopleFrom(pools.hearth);
    const peopleWithLimits = peopleFrom(pools.hearthWithLimits);
    // Every side updates one or a few rows 64 ways at once and leaves their dead versions behind; the next side
    // paid for them (in one run both sides fell 2–5× from the first round to the third), so each starts clean.
    const settle = () => handle.executeSql('vacuum invite_links, invite_link_use_shards, group_member_count_shards, groups');
    const bar = await bestClientCount(minimalAcceptScript(link, pools.minimal.sequence), settle);
    rows.push(
      await measureRow({
        path: label,
        load: '64 connections',
        hearth: () =>
          measureHearth(`${hearth.url}/api/invites/${code}/accept`, 64, { method: 'POST', nextHeaders: people.nextHeaders }),
        baselineName: `pgbench -M prepared, minimal hot-row transaction, ${bar.label}`,
        baselineProbe: bar.probe,
        baseline: () => pgbench(minimalAcceptScript(link, pools.minimal.sequence), bar.clients),
        references: [
          {
            name: `the same at ${formerBarClients} clients (the bar from 2026-11-26 21:30 UTC until decision 137)`,
            measure: () => pgbench(minimalAcceptScript(link, pools.minimalAtPool.sequence), formerBarClients),
          },
          {
            name: "pgbench replaying Hearth's former statements",
            measure: () => pgbench(acceptScript(code, pools.replay.sequence), bar.clients),
          },
          {
            name: "pgbench running Hearth's accept statements (its session look-up, then hearth_accept_link), no HTTP or Node",
            measure: () => pgbench(hearthAcceptScript(code, pools.hearthStatements.sequence), bar.clients),
          },
          {
            name: withLimits.name,
            measure: () =>
              withLimits.measure(`/api/invites/${code}/accept`, 64, {
                method: 'POST',
                nextHeaders: peopleWithLimits.nextHeaders,
              }),
          },
        ],
        target: 2,
        settle,
      }),
    );
    if (people.outgrewPool() || peopleWithLimits.outgrewPool())
      console.warn(`  (the run needed more than ${poolSize} people; later requests reused people)`);
  }

  if (measures('members') && measures('accept')) {
    // The accept rows inserted tens of thousands of memberships: without this, autovacuum may pick that table up in
    // the middle of a members row (on either side) and move its result by a third.
    console.log('Settling the database after the accept rows (VACUUM ANALYZE)…');
    await handle.executeSql('vacuum analyze');
  }

  const pages = [
    { label: 'first page', query: '', options: {} },
    {
      label: 'deep page (cursor)',
      query: `?cursor=${Buffer.from(JSON.stringify([data.deepCursor.joinedAt, data.deepCursor.userId])).toString('base64url')}`,
      options: { cursor: data.deepCursor },
    },
    { label: 'name search "gra"', query: '?q=gra', options: { search: 'gra', searchEmails: true } },
  ];
  const membersPath = (page: (typeof pages)[number]) => `/api/groups/${data.bigGroupId}/members${page.query}`;
  const membersFloor = measures('members')
    ? await startMembersFloor({
        databaseUrl,
        poolSize: hearthConnections,
        // Hearth's headers on a members page (the security headers, Cache-Control, the content type), so the floor
        // writes the whole answer, as the preview's baselines do; only the body is its own.
        headers: (await captureAnswer(`${hearth.url}/api/groups/${data.bigGroupId}/members`, ownerCookie)).headers,
        statements: Object.fromEntries(pages.map((page) => [membersPath(page), minimalPageSql(data.bigGroupId, page.options)])),
      })
    : undefined;
  for (const page of pages) {
    if (!membersFloor) break;
    console.log(`Measuring members, ${page.label}…`);
    const minimalPage = minimalMembersScript(data.ownerToken, data.bigGroupId, page.options);
    const bar = await bestClientCount(minimalPage);
    rows.push(
      await measureRow({
        path: `GET /api/groups/:id/members, ${page.label}, ${members.toLocaleString()} members`,
        load: '32 connections',
        hearth: () => measureHearth(`${hearth.url}${membersPath(page)}`, 32, { nextHeaders: () => ownerCookie }),
        baselineName: `pgbench -M prepared, minimal page SQL, ${bar.label}`,
        baselineProbe: bar.probe,
        baseline: () => pgbench(minimalPage, bar.clients),
        references: [
          {
            name: `the same at ${formerBarClients} clients (the bar from 2026-11-26 21:30 UTC until decision 137)`,
            measure: () => pgbench(minimalPage, formerBarClients),
          },
          {
            name: "pgbench running Hearth's own page SQL",
            measure: () => pgbench(membersScript(data.ownerToken, data.bigGroupId, page.options), bar.clients),
          },
          ...(page.options.search
            ? [
                {
                  // What any server answering searches it has not seen must do: PostgreSQL plans a page for each
                  // pattern (a plan made for any pattern is a parallel scan), so the pattern is a parameter here.
                  name: 'pgbench -M prepared, minimal page SQL with the pattern as a parameter (planned per request)',
                  measure: () =>
                    pgbench(
                      minimalMembersScript(data.ownerToken, data.bigGroupId, page.options, { patternAsParameter: true }),
                      bar.clients,
                      {
                        pattern: searchPattern(page.options.search ?? ''),
                      },
                    ),
                },
              ]
            : []),
          {
            name: "Node floor: node:http + pg, minimal page SQL, Hearth's answer",
            measure: () =>
              http(`${membersFloor.url}${membersPath(page).slice(1)}`, 32, {
                cpuSeconds: membersFloor.cpuSeconds,
                // Ignored by the floor; sent so that the load generator does the same work per request as for Hearth.
                nextHeaders: () => ownerCookie,
              }),
          },
        ],
        target: 0.7,
      }),
    );
  }

  if (measures('page')) {
    console.log('Measuring the invite page…');
    rows.push(
      await measureRow({
        path: 'GET /invite/:code (HTML page)',
        load: '100 connections',
        hearth: () => measureHearth(`${hearth.url}/invite/${data.previewCode}`, 100),
        baselineName: 'node:http, same answer (headers and HTML)',
        baseline: () => http(htmlBaseline.url, 100, { cpuSeconds: htmlBaseline.cpuSeconds }),
        references: [
          {
            name: 'bare Fastify, same answer',
            measure: () => http(`${htmlFastify.url}invite/${data.previewCode}`, 100, { cpuSeconds: htmlFastify.cpuSeconds }),
          },
        ],
        target: 0.5,
      }),
    );
  }
  await handle.close();
  return rows;
}

/** An accepting side's people, one per request, signed in by their session cookie, from the first of its pool on. */
function peopleFrom(pool: { first: number }) {
  let next = pool.first;
  return {
    nextHeaders: () => ({ cookie: `hearth_session=bench-token-${next++}` }),
    /** Past its pool a side reuses people of the next, who answer "already a member" (cheaper). */
    outgrewPool: () => next - pool.first > poolSize,
  };
}

/**
 * A Hearth server on the bench database. Rows measure it with its rate limits off (they would refuse a load
 * generator at one address), as every row always has; the reference "with its rate limits on" is a second process
 * counting every budget in Redis as production does, with the per-address budgets raised so that none is reached:
 * the same work per request, no refusals. Its counters go to a Redis database of their own, so the millions
 * spent by 127.0.0.1 never meet those of a Hearth using this Redis for real; they expire within ten minutes.
 */
async function startHearth(databaseUrl: string, options: { rateLimits: boolean }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const neverReached = '1000000000/60';
  const child = await startProcess(
    spawn(process.execPath, [...hearthNodeArgs, ...serverNodeArgs], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        REDIS_URL: options.rateLimits ? Object.assign(new URL(redisUrl), { pathname: '/9' }).toString() : redisUrl,
        PORT: String(port),
        PUBLIC_URL: url,
        SESSION_SECRET: sessionSecret,
        RATE_LIMITS: options.rateLimits ? 'on' : 'off',
        RATE_LIMIT_INVITE_RESOLVE_PER_IP: neverReached,
        RATE_LIMIT_INVITE_ACCEPT_PER_IP: neverReached,
        RATE_LIMIT_INVITE_UNKNOWN_PER_IP: neverReached,
        DEMO_DATA: 'off',
        LOG_LEVEL: hearthLogLevel,
        WEB_CONCURRENCY: String(workers),
        DATABASE_POOL_SIZE: String(hearthPoolSize),
      },
      stdio: hearthOutputFile && !options.rateLimits ? ['ignore', openSync(hearthOutputFile, 'w'), 'inherit'] : 'ignore',
    }),
    `${url}/readyz`,
  );
  return { url, cpuSeconds: () => cpuSecondsOfTree(child.pid as number) };
}

/**
 * The least any correct accept must do, as pgbench runs it: find who is asking (the session), then one
 * transaction that locks the link, inserts the membership and counts the use. Every accept through one link
 * queues on that row lock, so this is the rate a straightforward design cannot beat.
 */
function minimalAcceptScript(link: { id: string; groupId: string }, sequence: string): string {
  return `
select nextval('${sequence}') as n \\gset
select u.id as uid from sessions s join users u on u.id = s.user_id where s.token_hash = sha256(convert_to('bench-token-' || :n::text, 'UTF8')) and s.expires_at > now() limit 1 \\gset
begin;
select bench_uses from invite_links where id = '${link.id}' for update;
insert into memberships (group_id, user_id, role, joined_via, invite_link_id) values ('${link.groupId}', :uid, 'member', 'invite_link', '${link.id}');
update invite_links set bench_uses = bench_uses + 1 where id = '${link.id}';
commit;
`;
}

/** The statements Hearth ran to accept before decision 1xx (session look-up, then one transaction), for pgbench. */
function acceptScript(code: string, sequence: string): string {
  const codeHash = `'\\x${sha256(code).toString('hex')}'::bytea`;
  return `
select nextval('${sequence}') as n \\gset
select u.id as uid from sessions s join users u on u.id = s.user_id where s.token_hash = sha256(convert_to('bench-token-' || :n::text, 'UTF8')) and s.expires_at > now() limit 1 \\gset
begin;
select l.id as lid, l.group_id as gid, l.created_by as creator from invite_links l join groups g on g.id = l.group_id left join users c on c.id = l.created_by where l.code_hash = ${codeHash} limit 1 \\gset
select user_id from group_bans where group_id = :gid and user_id = :uid limit 1;
select role from memberships where group_id = :gid and user_id = :uid limit 1;
select status from join_requests where group_id = :gid and user_id = :uid order by created_at desc limit 1;
insert into invite_link_uses (invite_link_id, user_id) values (:lid, :uid) on conflict do nothing returning user_id;
update invite_links set bench_uses = bench_uses + 1 where id = :lid and (max_uses is null or bench_uses < max_uses) returning bench_uses;
insert into memberships (group_id, user_id, role, joined_via, invite_link_id, invited_by) values (:gid, :uid, 'member', 'invite_link', :lid, :creator) on conflict do nothing returning user_id;
update groups set member_count = member_count + 1 where id = :gid;
commit;
`;
}

/**
 * What Hearth sends PostgreSQL for one accept today, and nothing else: the session look-up, then the single call
 * of migration 0011. Hearth as a share of it is what HTTP, Node and the load generator cost on these shared cores;
 * it as a share of the bar is what the database side of Hearth's design can do (decision 121).
 */
function hearthAcceptScript(code: string, sequence: string): string {
  return `
select nextval('${sequence}') as n \\gset
select u.id as uid from sessions s join users u on u.id = s.user_id where s.token_hash = sha256(convert_to('bench-token-' || :n::text, 'UTF8')) and s.expires_at > now() limit 1 \\gset
select * from hearth_accept_link('\\x${sha256(code).toString('hex')}'::bytea, :uid, ${leakWindowMinutes}, ${leakRateMultiplier});
`;
}

type PageOptions = { cursor?: { joinedAt: string; userId: string }; search?: string; searchEmails?: boolean };

/** Who is asking and with what role: the first two statements of any members page without caches. */
function sessionAndRoleSql(ownerToken: string, groupId: string): string {
  return `select u.id from sessions s join users u on u.id = s.user_id where s.token_hash = sha256(convert_to('${ownerToken}', 'UTF8')) and s.expires_at > now() limit 1;
select g.*, m.role from groups g left join memberships m on m.group_id = g.id and m.user_id = '00000000-0000-4000-8000-0000000000aa' where g.id = '${groupId}' limit 1;`;
}

/**
 * The least a members page needs from PostgreSQL, as pgbench runs it: the session, the group with the caller's
 * role, and the page's 51 rows (the index walk and the joins that name each person, their link and who invited
 * them) as plain columns, nothing computed. It is written here, not taken from Hearth, so that a design moving work
 * into PostgreSQL (as a try of decision 126 did) raises its own cost, not the bar. Hearth
 * answers the first two from its session and role caches; pgbench runs them on every request.
 */
function minimalMembersScript(
  ownerToken: string,
  groupId: string,
  options: PageOptions,
  form: { patternAsParameter?: boolean } = {},
): string {
  return `
${sessionAndRoleSql(ownerToken, groupId)}
${minimalPageSql(groupId, options, form)};
`;
}

/** The page's 51 rows, as plain columns: the last statement of the minimal script, and what the Node floor runs. */
function minimalPageSql(groupId: string, options: PageOptions, form: { patternAsParameter?: boolean } = {}): string {
  const conditions = [`m.group_id = ${literal(groupId)}`];
  if (options.cursor) {
    conditions.push(
      `(m.joined_at, m.user_id) < (${literal(options.cursor.joinedAt)}::timestamptz, ${literal(options.cursor.userId)}::uuid)`,
    );
  }
  if (options.search) {
    const pattern = form.patternAsParameter ? ':pattern' : literal(searchPattern(options.search));
    conditions.push(`(lower(u.name) like ${pattern} or lower(u.email) like ${pattern})`);
  }
  return `select u.id, u.name, m.role, m.joined_at, m.joined_via, m.invite_link_id, l.label, inviter.name from memberships m join users u on u.id = m.user_id left join invite_links l on l.id = m.invite_link_id left join users inviter on inviter.id = m.invited_by where ${conditions.join(' and ')} order by m.joined_at desc nulls last, m.user_id desc nulls last limit ${MEMBERS_PAGE_ROWS}`;
}

/** A name search's LIKE pattern (the bench's searches have no wildcard characters to escape). */
function searchPattern(search: string): string {
  return `%${search.toLowerCase()}%`;
}

/** Hearth's own page statement, for the reference column. */
function membersScript(ownerToken: string, groupId: string, options: PageOptions): string {
  const page = membersPageQuery({ groupId, ...options });
  const inlined = page.sql.replace(/\$(\d+)/g, (_match: string, index: string) => literal(page.params[Number(index) - 1]));
  return `
${sessionAndRoleSql(ownerToken, groupId)}
${inlined};
`;
}

function literal(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Hearth's answer to a first visit, as its baselines replay it: every header but those that describe the
 * connection or the moment (Date, Connection, Keep-Alive; the length is the baseline's own), and the body.
 */
async function captureAnswer(url: string, requestHeaders: Record<string, string> = {}): Promise<CapturedAnswer> {
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    httpGet(url, { headers: requestHeaders }, resolve).on('error', reject),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const perMoment = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const headers: CapturedAnswer['headers'] = [];
  for (let index = 0; index < response.rawHeaders.length; index += 2) {
    const name = response.rawHeaders[index] as string;
    if (!perMoment.has(name.toLowerCase())) headers.push([name, response.rawHeaders[index + 1] as string]);
  }
  return { headers, body: Buffer.concat(chunks).toString('utf8') };
}

async function startBaseline(answer: CapturedAnswer, kind: 'node' | 'fastify', route = '/') {
  return startForked('baseline-server.ts', answer, [kind, route]);
}

async function startMembersFloor(plan: MembersFloorPlan) {
  return startForked('baseline-members.ts', plan);
}

/**
 * A baseline server of this folder, in its own process, handed `input` as a JSON file (its first argument, then
 * `args`); resolves once it listens, on the port it reports back.
 */
async function startForked(script: string, input: unknown, args: string[] = []) {
  const file = path.join(os.tmpdir(), `hearth-bench-${path.basename(script, '.ts')}-${randomBytes(6).toString('hex')}.json`);
  writeFileSync(file, JSON.stringify(input));
  const child = fork(path.join(import.meta.dirname, script), [file, ...args], {
    execArgv: ['--import', 'tsx', ...baselineNodeArgs],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.push(child);
  // Kept so a baseline that fails to start says why (a port taken meanwhile, a database refusing it).
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`baseline server ${script} exited with ${code}: ${errors.trim()}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, cpuSeconds: () => cpuSecondsOfTree(child.pid as number) };
}

async function startProcess(child: ChildProcess, readyUrl: string): Promise<ChildProcess> {
  children.push(child);
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${readyUrl} never became ready`);
}

async function machine(admin: pg.Client) {
  const postgres = (await admin.query('show server_version')).rows[0].server_version;
  let redis = 'unknown';
  try {
    redis = execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    redis,
    hearthWorkers: workers,
    hearthPoolSize,
    hearthLogLevel,
    rounds,
    mode: quick ? 'quick (2 s per row, 50,000 members)' : 'full (10 s per row, 1,000,000 members)',
  };
}

function report(rows: Row[], machineInfo: Record<string, unknown>) {
  const microseconds = (label: string, ms: number | undefined) =>
    ms === undefined ? '' : `, ${label}${(ms * 1000).toFixed(0)} µs CPU/req`;
  const format = (m: Measurement) =>
    `${Math.round(m.requestsPerSecond)} req/s, p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms${microseconds('', m.cpuMsPerRequest)}${m.bytesPerAnswer === undefined ? '' : `, ${(m.bytesPerAnswer / 1000).toFixed(1)} kB/answer`}${microseconds('PostgreSQL ', m.postgresCpuMsPerRequest)}${microseconds('load generator ', m.loadGeneratorCpuMsPerRequest)}`;
  const lines = [
    '| path | load | Hearth | errors / non-2xx | baseline | baseline result | ratio (median round) | target | references (Hearth as % of each) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const percent = (value: number) => (value * 100).toFixed(0);
      const spread = row.ratios.length > 1 ? ` (rounds: ${row.ratios.map(percent).join(', ')} %)` : '';
      const errors = row.rounds.reduce((sum, round) => sum + round.hearth.errors, 0);
      const non2xx = row.rounds.reduce((sum, round) => sum + round.hearth.non2xx, 0);
      return `| ${row.path} | ${row.load} | ${format(row.hearth)} | ${errors} / ${non2xx} | ${row.baselineName} | ${format(row.baseline)}${row.baselineProbe ? ` (${row.baselineProbe})` : ''} | ${percent(ratioOf(row))} %${spread} | ≥ ${row.target * 100} % | ${row.references.map((reference) => `${reference.name}: ${format(reference.result)} (${((row.hearth.requestsPerSecond / reference.result.requestsPerSecond) * 100).toFixed(0)} %)`).join('; ')} |`;
    }),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  console.log(JSON.stringify(machineInfo));
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  const file = path.join(
    import.meta.dirname,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`,
  );
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo, rows }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  const failed = rows.filter((row) =>
    row.rounds.some((round) => round.hearth.errors > 0 || round.hearth.non2xx > 0 || round.baseline.errors > 0),
  );
  if (failed.length > 0) {
    console.error(`Errors in: ${failed.map((row) => row.path).join('; ')}`);
    process.exitCode = 1;
  }
}

/** SIGTERM first, so a profiled Hearth writes its profile on the way out; SIGKILL what is left after 5 s. */
async function stopChildren() {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
});
