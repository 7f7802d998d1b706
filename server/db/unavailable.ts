/**
 * SQLSTATE codes that mean "the database cannot do this right now", not "this request is wrong": connection
 * exceptions (class 08), shutting down or starting up, too many connections, a full disk, out of memory, a
 * read-only database (a standby, or writes switched off), a statement that ran out of time.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53100', '53200', '25006', '57014']);

/** Network errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** What node-postgres and its pool say when a server is stopped, frozen or gone (they set no code). */
const CONNECTION_MESSAGES = [
  'Query read timeout',
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Connection terminated',
  'is not queryable',
  'Client was closed',
];

/**
 * True when an error (drizzle wraps the driver's in `cause`) means the database is unreachable, frozen or
 * refusing writes: the request deserves a 503 and a retry, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== undefined;
}

/**
 * The driver's own words for why the database is unavailable, or undefined when it is not. Only errors that wrap
 * nothing are read by message: drizzle's wrapper quotes the query's parameters, which a user wrote.
 */
export function databaseUnavailableReason(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message, cause, errors } = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))) {
      return `${code}${text ? ` ${text}` : ''}`;
    }
    if (!cause && CONNECTION_MESSAGES.some((known) => text.includes(known))) return text;
    pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return undefined;
}
