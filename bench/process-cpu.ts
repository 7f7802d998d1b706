import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const ticksPerSecond = 100; // USER_HZ on Linux, which /proc reports in

/**
 * CPU seconds (user + system) a process and its direct children (cluster workers) have used so far, from /proc.
 * Throughput on shared cores moves with whatever else runs; CPU per request is steadier, and it is what a path
 * costs the machine. Elsewhere than Linux: undefined, and the table leaves the column out.
 */
export function cpuSecondsOfTree(pid: number): number | undefined {
  if (os.platform() !== 'linux') return undefined;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (!fields) continue;
    const [parent, utime, stime] = [Number(fields[1]), Number(fields[11]), Number(fields[12])];
    if (Number(entry) === pid || parent === pid) ticks += utime + stime;
  }
  return ticks / ticksPerSecond;
}

/** CPU seconds used so far by the processes that share the cores with the server under test (see `sharedCpu`). */
export type SharedCpuSeconds = { postgres?: number; loadGenerator?: number };

/**
 * A reader of the CPU that PostgreSQL and the load generator have used so far, so that each measurement can say
 * what a request cost the whole machine and not only the server: on two shared cores the three together are the
 * bound. PostgreSQL: its postmaster, every live backend and helper, and those that have ended (the postmaster
 * reaps them, so their CPU moves into its children's time). The load generator: this process (autocannon runs in
 * it) and its ended children (each pgbench run, waited for by `spawnSync`). Undefined parts where /proc cannot
 * tell (not Linux, or PostgreSQL on another machine).
 */
export function sharedCpu(postmasterPid: number | undefined): () => SharedCpuSeconds {
  return () => {
    if (os.platform() !== 'linux') return {};
    const own = statFields('self');
    const postmaster = postmasterPid === undefined ? undefined : statFields(String(postmasterPid));
    return {
      postgres: postmaster && (cpuSecondsOfTree(postmasterPid as number) ?? 0) + endedChildrenTicks(postmaster) / ticksPerSecond,
      loadGenerator: own && (Number(own[11]) + Number(own[12]) + endedChildrenTicks(own)) / ticksPerSecond,
    };
  };
}

/** The postmaster of the PostgreSQL backend `backendPid` (its parent), when that backend runs on this machine. */
export function postmasterOf(backendPid: number): number | undefined {
  const fields = os.platform() === 'linux' ? statFields(String(backendPid)) : undefined;
  return fields && Number(fields[1]);
}

/** The user and system ticks of a process's children that have ended and been waited for. */
function endedChildrenTicks(fields: string[]): number {
  return Number(fields[13]) + Number(fields[14]);
}

/** /proc/<pid>/stat after the command name (which may hold spaces): state, ppid, … */
function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // the process ended meanwhile
  }
}
