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

/** /proc/<pid>/stat after the command name (which may hold spaces): state, ppid, … */
function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // the process ended meanwhile
  }
}
