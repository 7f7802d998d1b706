// The Node floor of the members rows: a bare node:http server with a pg pool that answers each members URL the
// bench loads with the minimal page statement the pgbench baseline runs (prepared, rows as arrays, column values
// left as PostgreSQL's text) and the rows as JSON. No routing framework, no session or role look-up (Hearth
// answers those from its caches too), no mapping: what any Node server on this driver must at least spend.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

export type MembersFloorPlan = { databaseUrl: string; poolSize: number; statements: Record<string, string> };

const [file] = process.argv.slice(2) as [string];
const plan = JSON.parse(readFileSync(file, 'utf8')) as MembersFloorPlan;
const pool = new pg.Pool({ connectionString: plan.databaseUrl, max: plan.poolSize });
const asText = { getTypeParser: () => (value: string) => value };
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
      const body = JSON.stringify({ members: result.rows });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    },
    () => response.writeHead(500).end(),
  );
}).listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));

// A clean exit on the harness's SIGTERM, so that a run with --cpu-prof writes its profile.
process.on('SIGTERM', () => process.exit(0));
