import autocannon from 'autocannon';
import type { SharedCpuSeconds } from './process-cpu.js';

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  total: number;
  /** CPU the server used per answered request during the measurement (ms), when `cpuSeconds` was given. */
  cpuMsPerRequest?: number;
  /**
   * Bytes of an answer, head and body (HTTP rows only): the kernel's share of a request grows with them, so two
   * servers writing different answers do not cost the same per request even with no code at all.
   */
  bytesPerAnswer?: number;
  /** CPU PostgreSQL used per request (ms), and the load generator (autocannon, or pgbench's client), when known. */
  postgresCpuMsPerRequest?: number;
  loadGeneratorCpuMsPerRequest?: number;
};

/** The CPU per request that PostgreSQL and the load generator used between two readings of `sharedCpu`. */
export function sharedCpuPerRequest(
  before: SharedCpuSeconds | undefined,
  after: SharedCpuSeconds | undefined,
  requests: number,
): Pick<Measurement, 'postgresCpuMsPerRequest' | 'loadGeneratorCpuMsPerRequest'> {
  if (!before || !after || requests === 0) return {};
  const perRequest = (from?: number, to?: number) =>
    from === undefined || to === undefined ? undefined : ((to - from) * 1000) / requests;
  return {
    postgresCpuMsPerRequest: perRequest(before.postgres, after.postgres),
    loadGeneratorCpuMsPerRequest: perRequest(before.loadGenerator, after.loadGenerator),
  };
}

/** autocannon against one URL; `headers` may vary per request (a different signed-in user each time). */
export async function measureHttp(options: {
  url: string;
  method?: 'GET' | 'POST';
  connections: number;
  durationSeconds: number;
  /** Unmeasured load first, so the measurement sees a warmed-up server. */
  warmupSeconds?: number;
  nextHeaders?: () => Record<string, string>;
  /** The server's CPU seconds so far (see process-cpu.ts), read before and after the measured run. */
  cpuSeconds?: () => number | undefined;
  /** PostgreSQL's and the load generator's CPU seconds so far (`sharedCpu` in process-cpu.ts), read the same way. */
  sharedCpuSeconds?: () => SharedCpuSeconds;
}): Promise<Measurement> {
  if (options.warmupSeconds) await run(options.warmupSeconds);
  const cpuBefore = options.cpuSeconds?.();
  const sharedBefore = options.sharedCpuSeconds?.();
  const result = await run(options.durationSeconds);
  const sharedAfter = options.sharedCpuSeconds?.();
  const cpuAfter = options.cpuSeconds?.();
  return {
    ...sharedCpuPerRequest(sharedBefore, sharedAfter, result.requests.total),
    ...(cpuBefore !== undefined &&
      cpuAfter !== undefined &&
      result.requests.total > 0 && { cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / result.requests.total }),
    ...(result.requests.total > 0 && { bytesPerAnswer: Math.round(result.throughput.total / result.requests.total) }),
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };

  function run(seconds: number) {
    return autocannon({
      url: options.url,
      method: options.method ?? 'GET',
      connections: options.connections,
      duration: seconds,
      requests: options.nextHeaders
        ? [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...options.nextHeaders!() } }) }]
        : undefined,
    });
  }
}
