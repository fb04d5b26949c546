import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.js';
import { installQueue } from '../queue/queue.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';

export interface Database {
  dataSource: DataSource;
  /** The database's URL: `DATABASE_URL`, or the embedded server's (as its superuser, on its loopback port). */
  url: string;
  /** Present when the database is the embedded server, which this process started and `close()` stops. */
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

/** Opens the configured database: a server from `DATABASE_URL`, else the embedded one in `dataDir`. */
export async function openDatabase(config: Config, opts: { poolSize?: number } = {}): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = await createDataSource(url, opts.poolSize ?? 10)
    .initialize()
    .catch(async (error: unknown) => {
      await embedded?.stop();
      throw error;
    });
  return {
    dataSource,
    url,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (embedded) await embedded.stop();
    },
  };
}

/** One key for every process of every version: only one of them migrates a database at a time. */
const MIGRATION_LOCK = 'noticeboard:migrations';

/**
 * Holds a session-level advisory lock on its own connection while `work` runs: processes started together
 * (replicas, a worker, the deploy's migration step) migrate one after another, and the later ones find nothing
 * left to do. The lock ends with the connection, so a killed process cannot leave it held.
 */
async function withMigrationLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'noticeboard-migrate' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await client.end();
  }
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
  // MIGRATION_DATABASE_URL names the owner of a server's tables; the embedded server's connection is its superuser.
  const ownerUrl = (config.databaseUrl && config.migrationDatabaseUrl) || db.url;
  return withMigrationLock(ownerUrl, async () => {
    if (ownerUrl === db.url) return run(db.dataSource);
    const owner = await createDataSource(ownerUrl, 1).initialize();
    try {
      return await run(owner);
    } finally {
      await owner.destroy();
    }
  });
}

/** The migrations this build has that the database has not applied (all of them on an empty database). */
export async function pendingMigrationNames(dataSource: DataSource): Promise<string[]> {
  const all = MIGRATIONS.map((m) => new m().name!);
  try {
    const rows = (await dataSource.query('SELECT name FROM schema_migrations')) as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return all.filter((name) => !applied.has(name));
  } catch (error) {
    // 42P01: the migrations table does not exist yet, so nothing is applied.
    if ((error as { code?: string }).code === '42P01') return all;
    throw error;
  }
}

/**
 * Brings the schema up to date for a starting process: migrates when configured to, or on the embedded server
 * (this process started it, so no deploy step runs before it), else waits for the deploy's migration step,
 * logging what it waits for.
 */
export async function ensureSchemaCurrent(
  config: Config,
  db: Database,
  log: (message: string, detail: object) => void,
  pollMs = 2_000,
): Promise<string[]> {
  if (config.migrateOnStart || db.embedded) return migrate(config, db);
  let announced = 0;
  for (;;) {
    const pending = await pendingMigrationNames(db.dataSource);
    if (pending.length === 0) return [];
    if (Date.now() - announced > 30_000) {
      log('waiting for `pnpm cli migrate` (NOTICEBOARD_MIGRATE_ON_START=false)', { pending });
      announced = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
