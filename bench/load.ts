import autocannon from 'autocannon';

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  total: number;
};

/** autocannon against one URL; `headers` may vary per request (a different signed-in user each time). */
export async function measureHttp(options: {
  url: string;
  method?: 'GET' | 'POST';
  connections: number;
  durationSeconds: number;
  nextHeaders?: () => Record<string, string>;
}): Promise<Measurement> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.nextHeaders
      ? [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...options.nextHeaders!() } }) }]
      : undefined,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
