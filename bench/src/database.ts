import 'reflect-metadata';
import pg from 'pg';
import { loadConfig, type Config } from '@noticeboard/api/dist/config.js';
import { migrate, openDatabase } from '@noticeboard/api/dist/db/data-source.js';
import { RAISED_RATE_LIMITS, settings } from './settings.js';

export interface BenchDatabase {
  name: string;
  /** Superuser URL of the database, as the tests use it (the API switches to the application role itself). */
  url: string;
  config: Config;
  drop(): Promise<void>;
}

const created = new Set<BenchDatabase>();

/**
 * Connects to `url`; a failure on the benchmark server says what the benchmarks need. Unlike `pnpm start` and
 * `pnpm test`, they do not start the embedded server: they compare the API with nginx and pgbench on one server
 * and measure at sizes a throwaway server would distort.
 */
async function connect(url: string, applicationName?: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    const shown = new URL(url);
    if (shown.password) shown.password = '***';
    throw new Error(
      `the benchmarks need a running PostgreSQL server and a superuser URL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server); could not connect to ${shown}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return client;
}

/** A fresh database on the benchmark server, migrated as the tests do (`global-setup.ts`). */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `noticeboard_bench_${label}_${process.pid}_${Date.now()}`;
  const admin = await connect(settings.adminUrl);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  const config = {
    ...loadConfig({
      ...process.env,
      ...RAISED_RATE_LIMITS,
      DATABASE_URL: url.toString(),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
    }),
    seedDemo: false,
  };
  const bench: BenchDatabase = {
    name,
    url: url.toString(),
    config,
    async drop() {
      created.delete(bench);
      const client = await connect(settings.adminUrl);
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
  created.add(bench);
  const db = await openDatabase(config, { poolSize: 2 });
  try {
    await migrate(config, db);
  } finally {
    await db.close();
  }
  return bench;
}

/** Drops every database this process created and has not dropped yet (on failure or interruption). */
export async function dropAllBenchDatabases(): Promise<void> {
  for (const db of [...created]) await db.drop().catch((e: unknown) => console.error(`could not drop ${db.name}:`, e));
}

/** A plain connection to `url` for bulk SQL as the table owner (the superuser here). */
export async function ownerClient(url: string): Promise<pg.Client> {
  return connect(url, 'noticeboard-bench');
}
