/**
 * What of an unexpected error may be written to a log. A failed query's error carries the SQL with its
 * parameters ("Failed query: insert into users … params: ada@example.com,$argon2id$…") in its message and stack,
 * and the database's own message and detail quote values ("Key (email)=(ada@example.com) already exists",
 * `invalid input syntax for type uuid: "…"`). So a database error is logged by its SQLSTATE and the names of
 * the objects involved only, and no message or stack line that could quote data is kept.
 */
export type LoggedError = {
  type: string;
  message: string;
  stack?: string;
  sqlState?: string;
  table?: string;
  constraint?: string;
  column?: string;
};

type ErrorLike = { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown; code?: unknown } & Record<
  string,
  unknown
>;

export function describeErrorForLog(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error value thrown' };
  const databaseError = findDatabaseError(error);
  if (databaseError) {
    const names = (key: string) => (typeof databaseError[key] === 'string' ? (databaseError[key] as string) : undefined);
    return {
      type: 'DatabaseError',
      message: `database query failed (SQLSTATE ${String(databaseError.code ?? 'unknown')})`,
      stack: stackFrames(error),
      sqlState: typeof databaseError.code === 'string' ? databaseError.code : undefined,
      table: names('table'),
      constraint: names('constraint'),
      column: names('column'),
    };
  }
  return { type: error.name, message: error.message, stack: error.stack };
}

/** The error, or one of its causes, that came from the database (a SQLSTATE code or a failed-query wrapper). */
function findDatabaseError(error: Error): ErrorLike | undefined {
  let current: unknown = error;
  let wrapper: ErrorLike | undefined;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as ErrorLike;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    if (typeof candidate.message === 'string' && /^Failed query/.test(candidate.message)) wrapper = candidate;
    if (candidate.name === 'DrizzleQueryError' || candidate.name === 'DatabaseError') wrapper ??= candidate;
    current = candidate.cause;
  }
  return wrapper;
}

/** Only the "at …" lines of a stack: its first lines repeat the message. */
function stackFrames(error: Error): string | undefined {
  return error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
