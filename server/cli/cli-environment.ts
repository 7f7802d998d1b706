import path from 'node:path';

/** Where the database is: the same two variables `npm start` reads (README, Configuration). */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function databaseTargetFromEnvironment(environment: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = environment.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: path.resolve(environment.HEARTH_DATA_DIR || './data') };
}

/** `npm run` starts scripts in the project folder; paths a person typed are relative to where they typed them. */
export function resolveUserPath(typed: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), typed);
}

/** Prints the message of an expected failure (no stack) and exits with status 1. */
export function failWith(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
