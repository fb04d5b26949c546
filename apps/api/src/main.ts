import 'reflect-metadata';
import { loadConfig } from './config.js';
import { assertAppRoleIsConfined } from './db/app-role.js';
import { ensureSchemaCurrent, openDatabase } from './db/data-source.js';
import { createLogger } from './logger.js';
import { seedFirstRun } from './seed/first-run.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config);
  logger.info(
    { database: db.embedded ? `embedded PostgreSQL (${db.embedded.dataDir}, port ${db.embedded.port})` : 'postgresql' },
    'database open',
  );
  const applied = await ensureSchemaCurrent(config, db, (message, detail) => logger.info(detail, message));
  if (applied.length) logger.info({ applied }, 'migrations applied');
  await assertAppRoleIsConfined(db.dataSource);
  if (config.seedDemo) await seedFirstRun(db.dataSource, config, logger);
  const app = await startServer(config, db.dataSource, logger, { databaseUrl: db.url });
  logger.info({ url: app.url, graphql: `${app.url}/graphql`, metrics: app.metricsUrl }, 'Noticeboard is listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
