import autocannon from 'autocannon';

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
};

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
}): Promise<Measurement> {
  if (options.warmupSeconds) await run(options.warmupSeconds);
  const cpuBefore = options.cpuSeconds?.();
  const result = await run(options.durationSeconds);
  const cpuAfter = options.cpuSeconds?.();
  return {
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
