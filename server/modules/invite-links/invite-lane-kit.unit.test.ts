import assert from 'node:assert/strict';
import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import pino from 'pino';
import { answerAfterSpending } from './invite-lane-kit.js';

/**
 * `answerAfterSpending` is where both invite lanes (preview and page) wait for their budgets with rate limits on.
 * A deploy's stop can begin during that wait: the view must still be answered, told to close its connection, and
 * counted in flight until then, so the stop waits for it instead of closing the database under it.
 */
describe('a fast lane waiting for its budgets', () => {
  const servers: Server[] = [];
  // A browser's keep-alive connection: a client that asks to close would be told `Connection: close` anyway.
  const agent = new Agent({ keepAlive: true });
  after(async () => {
    agent.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  type Waiting = { release: () => void; refuse: (refusal: unknown) => void };

  /** A server whose every request waits on budgets the test settles, with a stop it can begin and a count in flight. */
  async function laneServer(answer: (response: ServerResponse) => void = (response) => response.end('the page')) {
    const state = { stopping: false, inFlight: 0, handedOver: [] as unknown[], logged: [] as string[] };
    const waiting: Waiting[] = [];
    const arrived: (() => void)[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => state.logged.push(line) });
    const server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const spending = new Promise<void>((resolve, reject) => waiting.push({ release: resolve, refuse: reject }));
      answerAfterSpending(spending, {
        request,
        response,
        stop: {
          stopping: () => state.stopping,
          inFlight: () => {
            state.inFlight++;
            return () => state.inFlight--;
          },
        },
        log,
        name: 'test',
        answer: () => answer(response),
        handOver: (refusal) => {
          state.handedOver.push(refusal);
          response.writeHead(299).end('handed over');
        },
      });
      arrived.shift()?.();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    /** Sends a view and resolves once the lane waits on its budgets; `answered` is the answer to come. */
    const view = async () => {
      const waitingNow = new Promise<void>((resolve) => arrived.push(resolve));
      const answered = new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const outgoing = httpRequest({ port, host: '127.0.0.1', path: '/invite/x', agent }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
        });
        outgoing.on('error', reject);
        outgoing.end();
      });
      // Keep a dropped connection from being an unhandled rejection before the test awaits it.
      answered.catch(() => {});
      await waitingNow;
      return { answered, budgets: waiting[waiting.length - 1] as Waiting };
    };
    return { state, view };
  }

  test('a stop that begins during the wait: the view is still answered, with Connection: close, and counted until then', async () => {
    const { state, view } = await laneServer();
    const { answered, budgets } = await view();
    assert.equal(state.inFlight, 1, 'the waiting view is in flight, so a stop waits for it');
    state.stopping = true;
    budgets.release();
    assert.deepEqual(await answered, { status: 200, connection: 'close', body: 'the page' });
    assert.equal(state.inFlight, 0);
  });

  test('before a stop, the answer keeps its connection', async () => {
    const { state, view } = await laneServer();
    const { answered, budgets } = await view();
    budgets.release();
    assert.deepEqual(await answered, { status: 200, connection: 'keep-alive', body: 'the page' });
    assert.equal(state.inFlight, 0);
  });

  test('a refusal from the budgets is handed to the route, once, and counted out', async () => {
    const { state, view } = await laneServer();
    const { answered, budgets } = await view();
    const refusal = new Error('rate limited');
    budgets.refuse(refusal);
    assert.deepEqual(await answered, { status: 299, connection: 'keep-alive', body: 'handed over' });
    assert.deepEqual(state.handedOver, [refusal]);
    assert.equal(state.inFlight, 0);
  });

  test('an answer that throws drops the connection, is logged, and is counted out: the stop never waits for it', async () => {
    const { state, view } = await laneServer(() => {
      throw new Error('a bug in the answer');
    });
    const { answered, budgets } = await view();
    budgets.release();
    await assert.rejects(answered, /socket hang up|ECONNRESET/);
    assert.equal(state.inFlight, 0);
    assert.equal(state.logged.length, 1);
    assert.match(state.logged[0] as string, /the test fast lane could not answer; connection dropped/);
    assert.match(state.logged[0] as string, /a bug in the answer/);
  });
});
