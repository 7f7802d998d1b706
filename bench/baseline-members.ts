// The Node floor of the members rows: a bare node:http server with a pg pool that answers each members URL the
// bench loads with the minimal page statement the pgbench baseline runs (prepared, rows as arrays, column values
// left as PostgreSQL's text) and the same answer Hearth writes (Hearth's headers, captured by the harness, and the
// People tab's JSON, by the same writer, the fastest measured for it). No routing framework, no session or role look-up (Hearth answers those from its caches
// too), no validation: what any Node server on this driver must at least spend to send this page.
//
// Until 2026-11-26 16:30 UTC the floor sent `JSON.stringify` of the row arrays instead: about half the bytes of
// Hearth's answer (6.4 kB against 12.0 kB a page), so it under-counted the writing and the kernel's share of it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgresSessionOptions } from '../server/db/client.js';
import type { MemberRow } from '../server/modules/memberships/memberships.repository.js';
import { membersPageAnswer } from '../server/modules/memberships/memberships.service.js';

export type MembersFloorPlan = {
  databaseUrl: string;
  poolSize: number;
  /** Hearth's headers on a members page, content type included (the length is the floor's own). */
  headers: [name: string, value: string][];
  statements: Record<string, string>;
};

const [file] = process.argv.slice(2) as [string];
const plan = JSON.parse(readFileSync(file, 'utf8')) as MembersFloorPlan;
// The same session settings as Hearth's connections (no parallel query), so the floor's plans are Hearth's.
const pool = new pg.Pool({ connectionString: plan.databaseUrl, max: plan.poolSize, options: postgresSessionOptions });
const asText = { getTypeParser: () => (value: string) => value };
const headers = Object.fromEntries(plan.headers);
const statements = new Map(
  Object.entries(plan.statements).map(([url, text], index) => [url, { name: `members_floor_${index}`, text }]),
);

const server = createServer((request, response) => {
  const statement = statements.get(request.url ?? '');
  if (!statement) {
    response.writeHead(404).end();
    return;
  }
  pool.query({ ...statement, rowMode: 'array', types: asText }).then(
    (result) => {
      // The minimal statement reads its columns (joined_at as PostgreSQL's text) in the order Hearth's rows have,
      // so they go to Hearth's writer as they are.
      const body = membersPageAnswer(result.rows as MemberRow[], true);
      response.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    },
    () => response.writeHead(500).end(),
  );
}).listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));

// A clean exit on the harness's SIGTERM, so that a run with --cpu-prof writes its profile.
process.on('SIGTERM', () => process.exit(0));
