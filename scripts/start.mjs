#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or older than its sources, then runs the server
// (which migrates the database, creates demo data on an empty one and prints the URL).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serverNodeArgs } from './server-command.mjs';

function newestChange(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory)) {
    const full = path.join(directory, entry);
    const stats = statSync(full);
    newest = Math.max(newest, stats.isDirectory() ? newestChange(full) : stats.mtimeMs);
  }
  return newest;
}

const builtIndex = 'dist/web/index.html';
const stale = !existsSync(builtIndex) || statSync(builtIndex).mtimeMs < newestChange('web');
if (stale) {
  console.log('Building the web app…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, serverNodeArgs, { stdio: 'inherit' });
// Forward stop signals so the server can finish in-flight requests and close the database cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
