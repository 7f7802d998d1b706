import { once } from 'node:events';
import { chmodSync, mkdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { DatabaseHandle } from '../client.js';
import { writeBackup } from './write-backup.js';

/**
 * A running Hearth holds its embedded database alone, so `npm run backup` asks the running process for the backup
 * through a Unix socket in the data folder. The socket lives in a folder only the owner may enter (0700) and is
 * never on the network: whoever can open it could read the data folder anyway. See docs/decisions/111.
 */
export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, 'control', 'hearth.sock');
}

/** Unix socket paths are limited to 107 bytes on Linux. */
const MAX_SOCKET_PATH = 107;

export type ControlSocket = { close(): Promise<void> };

const noControlSocket: ControlSocket = { close: async () => {} };

/** Without the socket Hearth still serves; only a backup of the running process is then impossible, so it warns. */
export async function startControlSocket(
  dataDir: string,
  database: DatabaseHandle,
  warn: (message: string) => void,
): Promise<ControlSocket> {
  try {
    return await listenOnControlSocket(dataDir, database, warn);
  } catch (error) {
    warn(`npm run backup cannot reach this process: ${error instanceof Error ? error.message : error}`);
    return noControlSocket;
  }
}

async function listenOnControlSocket(
  dataDir: string,
  database: DatabaseHandle,
  warn: (message: string) => void,
): Promise<ControlSocket> {
  const socketPath = controlSocketPath(dataDir);
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
    warn(`npm run backup cannot reach this process: the path ${socketPath} is too long for a Unix socket.`);
    return noControlSocket;
  }
  const folder = path.dirname(socketPath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (typeof process.getuid === 'function' && statSync(folder).uid !== process.getuid()) {
    warn(`npm run backup cannot reach this process: ${folder} belongs to another user.`);
    return noControlSocket;
  }
  chmodSync(folder, 0o700);
  // This process holds the data folder's lock, so a socket file left there belongs to a dead process.
  rmSync(socketPath, { force: true });

  const connections = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
    socket.on('error', () => {});
    void serveCommand(socket, database);
  });
  server.listen(socketPath);
  await once(server, 'listening');
  chmodSync(socketPath, 0o600);
  return {
    close: async () => {
      for (const socket of connections) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      rmSync(socketPath, { force: true });
    },
  };
}

async function serveCommand(socket: net.Socket, database: DatabaseHandle) {
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  const [first] = await Promise.race([once(lines, 'line'), once(socket, 'close').then(() => [undefined])]);
  lines.close();
  let command: unknown;
  try {
    command = JSON.parse(String(first)).command;
  } catch {}
  if (command !== 'backup') {
    socket.end(`${JSON.stringify(['error', 'Unknown command; this socket answers {"command":"backup"}.'])}\n`);
    return;
  }
  try {
    await writeBackup(database.db, database.kind, (line) => writeLine(socket, line));
    socket.end();
  } catch (error) {
    if (!socket.destroyed) socket.end(`${JSON.stringify(['error', error instanceof Error ? error.message : String(error)])}\n`);
  }
}

/** Waits while the client is slower than the database; a client that hung up ends the backup's transaction. */
async function writeLine(socket: net.Socket, line: string): Promise<void> {
  if (socket.destroyed) throw new Error('the backup client hung up');
  if (socket.write(`${line}\n`)) return;
  await Promise.race([once(socket, 'drain'), once(socket, 'close')]);
  if (socket.destroyed) throw new Error('the backup client hung up');
}

/** The client side: the lines of a backup made by the Hearth process that holds `dataDir`. */
export async function* requestBackup(dataDir: string): AsyncGenerator<string> {
  const socketPath = controlSocketPath(dataDir);
  const socket = net.createConnection(socketPath);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `Another process holds the embedded database in ${dataDir} and does not answer on ${socketPath} ` +
            `(${error.code}). If it is an older Hearth, stop it and run the backup again.`,
        ),
      ),
    );
  });
  const lines = createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY });
  // A connection that breaks ends the lines; the caller sees no end line and treats the backup as failed.
  socket.on('error', () => lines.close());
  socket.write(`${JSON.stringify({ command: 'backup' })}\n`);
  yield* lines;
}
