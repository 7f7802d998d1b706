import type { Config } from './config.js';

/**
 * What a self-hoster reads after `npm start`: where Hearth is, how to log in to the demo, where mail goes and
 * where the API is documented. One block printed after start-up, so log lines never cut through it.
 */
export function startBanner(
  config: Pick<Config, 'publicUrl' | 'databaseUrl' | 'dataDir' | 'workers' | 'demoData' | 'smtpUrl'>,
  demo: { email: string; password: string; created: boolean },
): string {
  const lines = ['', `  Hearth is running at ${config.publicUrl}`, ''];
  if (config.demoData) {
    lines.push(
      `  Demo log-in${demo.created ? ' (demo data created)' : ''}:`,
      `    email:    ${demo.email}`,
      `    password: ${demo.password}`,
      '',
    );
  }
  lines.push(
    config.smtpUrl
      ? '  Mail:        sent through SMTP_URL'
      : `  Dev mailbox: ${config.publicUrl}/dev/mailbox (mail stays here until SMTP_URL is set)`,
    `  API docs:    ${config.publicUrl}/api/docs`,
    `  Database:    ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`,
  );
  if (config.workers > 1) lines.push(`  Workers:     ${config.workers}`);
  return `${lines.join('\n')}\n`;
}
