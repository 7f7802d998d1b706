import cluster from 'node:cluster';
import pretty from 'pino-pretty';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { startControlSocket } from './db/backup/control-socket.js';
import { DEMO_OWNER, seedDemoData } from './db/demo-seed.js';
import { openDatabase } from './db/open-database.js';
import { connectRedis } from './shared/redis.js';
import { withStartupLock } from './db/startup-lock.js';
import { startBanner } from './start-banner.js';

/**
 * config → database → migrate → demo data → listen → graceful close on SIGTERM/SIGINT.
 * With WEB_CONCURRENCY > 1 the primary migrates and seeds once, then forks that many HTTP workers.
 */
async function main() {
  const config = loadConfigOrExit();
  if (cluster.isPrimary) {
    const seeded = await prepareDatabase(config);
    if (config.workers > 1) {
      forkWorkers(config.workers);
      printBanner(config, seeded);
      return;
    }
    await serve(config);
    printBanner(config, seeded);
    return;
  }
  await serve(config);
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function prepareDatabase(config: Config): Promise<boolean> {
  const database = await openDatabase(config);
  try {
    return await withStartupLock(config.databaseUrl, async () => {
      await database.migrate();
      return config.demoData && (await seedDemoData(database.db));
    });
  } finally {
    // A single process keeps using the embedded database: reopening it would only cost time.
    if (config.workers > 1) await database.close();
    else openedDatabase = database;
  }
}

let openedDatabase: Awaited<ReturnType<typeof openDatabase>> | undefined;

async function serve(config: Config) {
  const database = openedDatabase ?? (await openDatabase(config));
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : undefined;
  const app = await withStartupLock(config.databaseUrl, () => buildApp({ config, database, redis, logStream: humanLogs() }));
  if (!config.rateLimitsEnabled && cluster.isPrimary) {
    app.log.warn('RATE_LIMITS=off: every rate limit is disabled. Never do this in production.');
  }
  if (config.workers > 1 && !redis && cluster.worker?.id === 1) {
    app.log.warn('Several workers without REDIS_URL: each worker keeps its own rate-limit counters.');
  }

  // `npm run backup` reaches the embedded database through this process, which holds it alone.
  const controlSocket =
    database.kind === 'pglite'
      ? await startControlSocket(config.dataDir, database, (message) => app.log.warn(message))
      : undefined;

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    await controlSocket?.close();
    redis?.disconnect();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close('SIGTERM'));
  process.on('SIGINT', () => void close('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
}

function forkWorkers(count: number) {
  let stopping = false;
  for (let index = 0; index < count; index++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const waitForWorkers = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        clearInterval(waitForWorkers);
        process.exit(0);
      }
    }, 50);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function printBanner(config: Config, seeded: boolean) {
  console.log(startBanner(config, { email: DEMO_OWNER.email, password: DEMO_OWNER.password, created: seeded }));
}

/**
 * On a terminal, one readable line per log entry, written synchronously so it never cuts through the banner;
 * elsewhere (a service manager, a log shipper) the JSON lines stay as they are.
 */
function humanLogs(): NodeJS.WritableStream | undefined {
  if (!process.stdout.isTTY) return undefined;
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
