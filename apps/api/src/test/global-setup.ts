import 'reflect-metadata';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.js';
import { assertAppRoleIsConfined } from '../db/app-role.js';
import { migrate, openDatabase, type Database } from '../db/data-source.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    databaseUrl: string;
  }
}

/**
 * Tests run against a real PostgreSQL server (TEST_DATABASE_URL, default the local one) in a database of
 * their own, created here and dropped afterwards; the API is started once, in process, on a free port.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `noticeboard_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
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
    throw error;
  }
  project.provide('apiUrl', app.url);
  project.provide('databaseUrl', databaseUrl);

  return async () => {
    await app?.stop();
    app?.httpServer.close();
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
