import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Redis } from 'ioredis';
import { buildApp } from '../../server/app.js';
import { type Config, loadConfig } from '../../server/config.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './database.js';

export const TEST_PUBLIC_URL = 'http://hearth.test';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    PUBLIC_URL: TEST_PUBLIC_URL,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    RATE_LIMITS: 'off',
    HEARTH_DATA_DIR: '/tmp/hearth-test-unused',
    ...overrides,
  });
}

export type TestApp = { app: FastifyInstance; database: TestDatabase; config: Config; close(): Promise<void> };

/** One app over one database per test file; tests build their own users and groups inside it. */
export async function createTestApp(
  kind: DatabaseKind,
  environment: Record<string, string> = {},
  options: {
    logStream?: NodeJS.WritableStream;
    redis?: Redis;
    database?: TestDatabase;
    mail?: 'start' | 'idle';
    webhooks?: 'start' | 'idle';
    webhookRetryDelays?: readonly number[];
    /** Runs on the built app before it is made ready: hooks a test adds to watch what Fastify itself answers. */
    beforeReady?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(kind));
  const config = testConfig(environment);
  const app = await buildApp({
    config,
    database,
    redis: options.redis,
    serveWeb: false,
    logStream: options.logStream ?? false,
    mail: options.mail ?? 'idle',
    webhooks: options.webhooks ?? 'idle',
    webhookRetryDelays: options.webhookRetryDelays,
  });
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export type ApiResponse<T = any> = { status: number; body: T; headers: import('node:http').OutgoingHttpHeaders };

/** A user agent with its own cookie jar, speaking JSON to the app like the web client does. */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly defaults: Partial<InjectOptions> = {},
  ) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const response = await this.app.inject({
      ...this.defaults,
      method,
      url,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(this.cookies.size > 0 && { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }),
        ...(this.defaults.headers as Record<string, string>),
        ...headers,
      },
      ...(body !== undefined && { payload: JSON.stringify(body) }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value) this.cookies.set(cookie.name, cookie.value);
      else this.cookies.delete(cookie.name);
    }
    const text = response.body;
    return { status: response.statusCode, body: text ? safeJson(text) : undefined, headers: response.headers };
  }

  /** The Cookie header this client sends (its session), for tests that build raw requests. */
  cookieHeader(): string | undefined {
    return this.cookies.size > 0 ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  /** Sends a raw body (an image upload) with its own Content-Type, and returns the raw bytes too. */
  async upload(method: InjectOptions['method'], url: string, payload: Buffer, contentType: string) {
    const response = await this.app.inject({
      ...this.defaults,
      method,
      url,
      payload,
      headers: {
        'content-type': contentType,
        ...(this.cookies.size > 0 && { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }),
      },
    });
    return { status: response.statusCode, body: safeJson(response.body), headers: response.headers };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
