import { defineConfig } from 'drizzle-kit';

// Used only by `npm run db:generate` to write a new versioned migration from the schema.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './server/db/migrations',
});
