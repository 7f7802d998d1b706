/**
 * A seeded generator of hostile requests from the OpenAPI document: for each operation, path parameters,
 * queries and bodies that are mostly almost-right (real ids of the test's world, values near the schema's
 * limits) with something wrong in them (NUL bytes, control characters, wrong types, unknown keys, huge or empty
 * values, malformed JSON, other content types). The same seed gives the same requests.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

export type Operation = {
  method: string;
  path: string;
  parameters: { in: 'path' | 'query'; name: string; schema?: JsonSchema }[];
  body?: JsonSchema;
  /** The error codes the document says this operation may answer. */
  errorCodes: Set<string>;
};

export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
};

/** mulberry32: small, fast and good enough to pick test inputs reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  'line\nbreak',
  '\u001b[31mred',
  "' or 1=1 --",
  '"); drop table users; --',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '😀'.repeat(50),
  'e\u0301',
  '\uFEFF',
  '\uD800',
  'x'.repeat(300),
  'x'.repeat(3000),
  '00000000-0000-0000-0000-000000000000',
  '6c1b0b1e-7c4e-4f1a-9b3a-2b1f0e9d8c7a',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '------------------------------------',
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'true',
  '2030-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '99999-12-31T23:59:59Z',
  '2030-02-30T25:61:00+99:00',
  'not-an-email',
  'a@b',
  `${'x'.repeat(250)}@example.com`,
  'AAAA',
  'eyJ4IjoxfQ',
  'WyIxIiwiLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0iXQ',
  'WyIyMDI2LTAxLTAxIDAwOjAwOjAwKzAwIiwiXHUwMDAwIl0',
];

const HOSTILE_PATH_SEGMENTS = [
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%ZZ',
  '%2e%2e',
  '%2F',
  'x'.repeat(120),
  'x'.repeat(2000),
  '%C3%A9',
  '%E2%80%AE',
  '-1',
  '0',
  'null',
  '00000000-0000-0000-0000-000000000000',
  '6c1b0b1e-7c4e-4f1a-9b3a-2b1f0e9d8c7a',
  "'",
  '%22',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  [],
  [null],
  {},
  { nested: { deeper: ['x'] } },
  ['a\u0000'],
  Array.from({ length: 40 }, (_, index) => `x${index}@example.com`),
];

/** encodeURIComponent, except that a lone surrogate (which it refuses) is sent as raw percent-bytes. */
function encodeSafely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

export class RequestFuzzer {
  constructor(
    private readonly random: () => number,
    /** Real values for each path/query parameter name, so requests reach the logic behind the guards. */
    private readonly knownValues: Record<string, string[]>,
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  private chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** One request for the operation. */
  request(operation: Operation): FuzzRequest {
    let url = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => this.pathValue(name));
    const query = operation.parameters
      .filter((parameter) => parameter.in === 'query' && this.chance(0.6))
      .map((parameter) => `${encodeSafely(parameter.name)}=${this.queryValue(parameter.name)}`);
    if (this.chance(0.1)) query.push(`${this.pick(['x', 'q', '__proto__', 'constructor'])}=${this.queryValue('x')}`);
    if (query.length > 0) url += `?${query.join('&')}`;

    const headers: Record<string, string> = {};
    let payload: string | undefined;
    if (operation.method !== 'GET' && (operation.body || this.chance(0.2))) {
      const roll = this.random();
      if (roll < 0.04) {
        headers['content-type'] = this.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
        ]);
        payload = 'a=1&b=2';
      } else if (roll < 0.08) {
        headers['content-type'] = 'application/json';
        payload = this.pick(['{', '{"a":', 'nul', '[1,2', '{"a":"\\u0000"}', '{"__proto__":{"admin":true}}', '"\\ud800"', '{}x']);
      } else {
        headers['content-type'] = this.pick([
          'application/json',
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
        ]);
        payload = JSON.stringify(operation.body ? this.value(operation.body, 0) : this.pick(HOSTILE_VALUES));
      }
    }
    return { method: operation.method, url, headers, payload };
  }

  private pathValue(name: string): string {
    const known = this.knownValues[name];
    if (known && this.chance(0.7)) return encodeSafely(this.pick(known));
    if (this.chance(0.5)) return this.pick(HOSTILE_PATH_SEGMENTS);
    return encodeSafely(this.pick(HOSTILE_STRINGS)) || 'x';
  }

  private queryValue(name: string): string {
    const known = this.knownValues[name];
    if (known && this.chance(0.5)) return encodeSafely(this.pick(known));
    if (this.chance(0.3)) return this.pick(HOSTILE_PATH_SEGMENTS);
    return encodeSafely(this.pick(HOSTILE_STRINGS));
  }

  /** A value for the schema: usually fitting, sometimes one step outside it, sometimes anything at all. */
  private value(schema: JsonSchema, depth: number): unknown {
    if (depth > 4) return null;
    if (this.chance(0.12)) return this.pick(HOSTILE_VALUES);
    if (schema.anyOf || schema.oneOf) return this.value(this.pick((schema.anyOf ?? schema.oneOf) as JsonSchema[]), depth + 1);
    if (schema.nullable && this.chance(0.1)) return null;
    if (schema.enum) return this.chance(0.85) ? this.pick(schema.enum) : this.pick(HOSTILE_STRINGS);
    const type = Array.isArray(schema.type) ? this.pick(schema.type) : schema.type;
    switch (type) {
      case 'object':
        return this.object(schema, depth);
      case 'array': {
        // Mostly short lists; now and then one past the limit (a long valid one costs time and proves little).
        const limit = schema.maxItems ?? 5;
        const length = this.chance(0.03) ? limit + 1 : this.pick([0, 1, 2, 3, Math.min(limit, 8)]);
        return Array.from({ length }, () => this.value(schema.items ?? {}, depth + 1));
      }
      case 'string':
        return this.string(schema);
      case 'integer':
      case 'number':
        return this.pick([
          0,
          1,
          -1,
          3,
          2.5,
          schema.minimum ?? 1,
          schema.maximum ?? 100,
          (schema.maximum ?? 100) + 1,
          2 ** 31,
          1e21,
        ]);
      case 'boolean':
        return this.chance(0.9) ? this.chance(0.5) : 'true';
      default:
        return this.pick(HOSTILE_STRINGS);
    }
  }

  private object(schema: JsonSchema, depth: number): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const required = schema.required?.includes(key) ?? false;
      if (this.chance(required ? 0.9 : 0.5)) body[key] = this.value(property, depth + 1);
    }
    if (this.chance(0.15))
      body[this.pick(['unknown', 'role', 'id', 'userId', '__proto__', 'constructor', 'a\u0000'])] = this.pick(HOSTILE_VALUES);
    return body;
  }

  private string(schema: JsonSchema): string {
    if (this.chance(0.45)) return this.pick(HOSTILE_STRINGS);
    if (schema.format === 'uuid')
      return this.pick(
        Object.values(this.knownValues)
          .flat()
          .filter((v) => /^[0-9a-f-]{36}$/.test(v)),
      );
    if (schema.format === 'date-time')
      return this.pick(['2031-05-01T10:00:00Z', '2031-05-01T10:00:00+02:00', '2000-01-01T00:00:00Z']);
    const base = this.pick(['Ada', 'Grace Hopper', 'person@example.com', 'Ünïcødé ñame', 'a'.repeat(schema.maxLength ?? 10)]);
    return this.chance(0.2) ? `${base}${this.pick(HOSTILE_STRINGS)}` : base;
  }
}

/** The operations of an OpenAPI 3 document. */
export function operationsOf(document: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Operation['parameters'];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        responses?: Record<string, { content?: Record<string, { schema?: any }> }>;
      }
    >
  >;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        errorCodes: new Set(
          Object.entries(operation.responses ?? {})
            .filter(([status]) => Number(status) >= 400)
            .flatMap(
              ([, response]) => response.content?.['application/json']?.schema?.properties?.error?.properties?.code?.enum ?? [],
            ),
        ),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}
