import type { Config } from '../config.js';
import { type DatabaseHandle, openPglite, openPostgres } from './client.js';

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite in HEARTH_DATA_DIR. */
export function openDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databasePoolSize) : openPglite(config.dataDir);
}
