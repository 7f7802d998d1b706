import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postgresSessionOptions } from '../server/db/client.js';
import { type Measurement, sharedCpuPerRequest } from './load.js';
import type { SharedCpuSeconds } from './process-cpu.js';

/**
 * pgbench -M prepared running `script` (the same statements Hearth runs for a request) from `clients`
 * connections. Latencies come from pgbench's per-transaction log, so p50/p99 are comparable to autocannon's.
 */
export function measurePgbench(options: {
  databaseUrl: string;
  script: string;
  clients: number;
  durationSeconds: number;
  /** An unmeasured run first (same script), so both sides are measured warm. */
  warmupSeconds?: number;
  /** pgbench variables (`-D name=value`): in prepared mode each `:name` in the script is sent as a parameter. */
  variables?: Record<string, string>;
  /** PostgreSQL's and the load generator's CPU seconds so far (`sharedCpu` in process-cpu.ts): here, pgbench's. */
  sharedCpuSeconds?: () => SharedCpuSeconds;
}): Measurement {
  if (options.warmupSeconds) runPgbench({ ...options, durationSeconds: options.warmupSeconds });
  const before = options.sharedCpuSeconds?.();
  const measured = runPgbench(options);
  return { ...measured, ...sharedCpuPerRequest(before, options.sharedCpuSeconds?.(), measured.total) };
}

function runPgbench(options: {
  databaseUrl: string;
  script: string;
  clients: number;
  durationSeconds: number;
  variables?: Record<string, string>;
}): Measurement {
  const directory = mkdtempSync(path.join(tmpdir(), 'hearth-pgbench-'));
  const scriptFile = path.join(directory, 'script.sql');
  writeFileSync(scriptFile, options.script);
  const run = spawnSync(
    'pgbench',
    [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(options.clients),
      '-j',
      '2',
      '-T',
      String(options.durationSeconds),
      '-f',
      scriptFile,
      ...Object.entries(options.variables ?? {}).flatMap(([name, value]) => ['-D', `${name}=${value}`]),
      '-l',
      `--log-prefix=${path.join(directory, 'log')}`,
      options.databaseUrl,
    ],
    // The session settings Hearth's own connections start with (no parallel query), so a bar runs the plans
    // Hearth can get, not a slower parallel one (decision 140).
    { encoding: 'utf8', env: { ...process.env, PGOPTIONS: postgresSessionOptions } },
  );
  if (run.status !== 0) throw new Error(`pgbench failed:\n${run.stderr}\n${run.stdout}`);
  const tps = Number(run.stdout.match(/tps = ([\d.]+) \(without initial connection time\)/)?.[1] ?? Number.NaN);
  const failed = Number(run.stdout.match(/number of failed transactions: (\d+)/)?.[1] ?? 0);
  const latencies: number[] = [];
  for (const file of readdirSync(directory).filter((name) => name.startsWith('log'))) {
    for (const line of readFileSync(path.join(directory, file), 'utf8').split('\n')) {
      const microseconds = Number(line.split(' ')[2]);
      if (Number.isFinite(microseconds) && line) latencies.push(microseconds / 1000);
    }
  }
  rmSync(directory, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? Number.NaN;
  return { requestsPerSecond: tps, p50Ms: at(0.5), p99Ms: at(0.99), errors: failed, non2xx: 0, total: latencies.length };
}
