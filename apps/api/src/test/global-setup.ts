import 'reflect-metadata';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.js';
import { assertAppRoleIsConfined } from '../db/app-role.js';
import { migrate, openDatabase, type Database } from '../db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.js';
import { scratchDataDir } from './scratch-data-dir.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    /** The suite's database, as a superuser (the table owner). */
    databaseUrl: string;
    /** A superuser on the same server, for tests that create and drop databases of their own. */
    adminDatabaseUrl: string;
  }
}

/**
 * Tests run against a PostgreSQL server — TEST_DATABASE_URL (a superuser's URL), else the embedded server
 * started here once for the run, in a temporary folder removed afterwards — in a database of their own, created
 * here and dropped afterwards; the API is started once, in process, on a free port.
 */
export default async function setup(project: TestProject) {
  let embedded: { server: EmbeddedPostgres; remove(): Promise<void> } | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const folder = await scratchDataDir('test');
    const server = await startEmbeddedPostgres(folder.dataDir, { database: 'postgres', ephemeral: true }).catch(
      async (error: unknown) => {
        await folder.remove();
        throw error;
      },
    );
    embedded = { server, remove: folder.remove };
    adminUrl = server.adminUrl;
  }
  const stopEmbedded = async () => {
    await embedded?.server.stop();
    await embedded?.remove();
  };
  const name = `noticeboard_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    await stopEmbedded();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const config = { ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' }), seedDemo: false };
  let db: Database | null = null;
  let app: App | null = null;
  try {
    db = await openDatabase(config, { poolSize: 20 });
    await migrate(config, db);
    await assertAppRoleIsConfined(db.dataSource);
    app = await startServer(config, db.dataSource, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), { port: 0 });
  } catch (error) {
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded();
    throw error;
  }
  project.provide('apiUrl', app.url);
  project.provide('databaseUrl', databaseUrl);
  project.provide('adminDatabaseUrl', adminUrl);

  return async () => {
    await app?.stop();
    app?.httpServer.close();
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded();
  };
}
