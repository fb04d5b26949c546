import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.js';
import { EMBEDDED_QUEUE_CONNECTIONS, installQueue } from '../queue/queue.js';
import { EMBEDDED_MAX_CONNECTIONS, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';

export interface Database {
  dataSource: DataSource;
  /** Present when the database is the embedded one; stopping it closes the data folder. */
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/** Long enough for a busy pool, short enough that an unreachable database gives a quick 503. */
export const CONNECTION_TIMEOUT_MS = 3_000;

export function createDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    // A request waits at most this long for a connection, then answers 503 instead of hanging.
    extra: { max: poolSize, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, application_name: 'noticeboard-api' },
  });
}

/** Opens the configured database: a real server from `DATABASE_URL`, else the embedded one. */
export async function openDatabase(config: Config, opts: { poolSize?: number } = {}): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  // On the embedded database, the job queue keeps EMBEDDED_QUEUE_CONNECTIONS of the connections for itself.
  const poolSize = embedded ? EMBEDDED_MAX_CONNECTIONS - 1 - EMBEDDED_QUEUE_CONNECTIONS : (opts.poolSize ?? 10);
  const dataSource = await createDataSource(url, poolSize).initialize();
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (embedded) await embedded.stop();
    },
  };
}

/**
 * Runs pending migrations as the connection's own role (the table owner), then installs or upgrades the job
 * queue's schema (pg-boss). With a separate `MIGRATION_DATABASE_URL` they run through their own connection, as a
 * deploy step would. Returns the names of the migrations applied.
 */
export async function migrate(config: Config, db: Database): Promise<string[]> {
  const run = async (owner: DataSource) => {
    const applied = (await owner.runMigrations({ transaction: 'each' })).map((m) => m.name);
    await installQueue(owner);
    return applied;
  };
  if (db.embedded || !config.migrationDatabaseUrl || config.migrationDatabaseUrl === config.databaseUrl) return run(db.dataSource);
  const owner = await createDataSource(config.migrationDatabaseUrl, 1).initialize();
  try {
    return await run(owner);
  } finally {
    await owner.destroy();
  }
}

/** Pending migration names: `/readyz` and the CLI report them. */
export async function pendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}
