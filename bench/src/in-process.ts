import 'reflect-metadata';
import pg from 'pg';
import { openDatabase, type Database } from '@noticeboard/api/dist/db/data-source.js';
import { createLogger } from '@noticeboard/api/dist/logger.js';
import { startServer, type App } from '@noticeboard/api/dist/server.js';
import type { BenchDatabase } from './database.js';

/** Every statement the `pg` driver sends from this process (the API's pool included) while counting. */
export const statementCounter = {
  counting: false,
  count: 0,
  statements: [] as string[],
};
let wrapped = false;

/** Counts at the driver: `Client.prototype.query` of the same `pg` the API's TypeORM loads. */
function wrapDriver(): void {
  if (wrapped) return;
  wrapped = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (statementCounter.counting) {
      statementCounter.count += 1;
      const first = args[0] as string | { text?: string };
      statementCounter.statements.push(typeof first === 'string' ? first : (first?.text ?? '?'));
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}

export interface InProcessApi {
  url: string;
  stop(): Promise<void>;
}

/**
 * The API in this process, as the tests' global setup starts it, with no job worker (its polling would be counted
 * too); the database's configuration raises the rate limits (`RAISED_RATE_LIMITS`).
 */
export async function startInProcessApi(db: BenchDatabase, poolSize = 10): Promise<InProcessApi> {
  wrapDriver();
  const config = { ...db.config, worker: 'off' as const };
  let database: Database | null = await openDatabase(config, { poolSize });
  let app: App | null = null;
  try {
    app = await startServer(config, database.dataSource, createLogger('silent'), { port: 0 });
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    url: app.url,
    async stop() {
      await app?.stop();
      app?.httpServer.close();
      await database?.close();
      app = null;
      database = null;
    },
  };
}

/** Runs `fn` and returns how many statements the driver sent meanwhile, with the result. */
export async function countStatements<T>(
  fn: () => Promise<T>,
): Promise<{ count: number; statements: string[]; result: T }> {
  statementCounter.count = 0;
  statementCounter.statements = [];
  statementCounter.counting = true;
  try {
    const result = await fn();
    return { count: statementCounter.count, statements: [...statementCounter.statements], result };
  } finally {
    statementCounter.counting = false;
  }
}
