// The baselines of the preview and invite-page rows: servers that answer every request with the bytes Hearth
// answered with (its headers and body, captured once at start), so Hearth's numbers can be read against what this
// machine can serve at all (`node`), and against what the web framework Hearth is built on costs with no work of
// Hearth's own (`fastify`: one route, the same path pattern, the same answer).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';

export type CapturedAnswer = { headers: [name: string, value: string][]; body: string };

const [file, kind, route] = process.argv.slice(2) as [string, 'node' | 'fastify', string];
const answer = JSON.parse(readFileSync(file, 'utf8')) as CapturedAnswer;
const body = Buffer.from(answer.body);
const headers: Record<string, string> = Object.fromEntries(answer.headers);
// Listens on a port the system picks (a fixed pick can collide with the ephemeral ports of the load's own
// connections) and tells the harness which.
const ready = (port: number) => process.send?.({ port });

if (kind === 'node') {
  const withLength = { ...headers, 'content-length': String(body.length) };
  const server = createServer((_request, response) => {
    response.writeHead(200, withLength);
    response.end(body);
  }).listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
} else {
  const app = Fastify({ logger: false });
  app.get(route, (_request, reply) => {
    reply.headers(headers).send(body);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  ready((app.server.address() as AddressInfo).port);
}

// A clean exit on the harness's SIGTERM, so that a run with --cpu-prof writes its profile.
process.on('SIGTERM', () => process.exit(0));
