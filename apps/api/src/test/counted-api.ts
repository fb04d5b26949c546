import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { createLogger } from '../logger.js';
import { startServer } from '../server.js';

export interface CountedApi {
  url: string;
  /** Its metrics listener (on a free port). */
  metricsUrl: string;
  /** SQL statements the `pg` driver has sent from this process so far (take differences). */
  statements(): number;
  stop(): Promise<void>;
}

/**
 * The API started in the test's own process, on the suite's database, with every statement its `pg` clients send
 * counted at the driver: for tests about how many statements a request takes. No job worker: its polling would
 * be counted too. One per test file (it patches the driver for the whole process).
 */
export async function startCountedApi(): Promise<CountedApi> {
  const originalQuery = pg.Client.prototype.query;
  let sent = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    sent += 1;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  const config = {
    ...loadConfig({ ...process.env, DATABASE_URL: inject('databaseUrl'), NODE_ENV: 'test' }),
    seedDemo: false,
    worker: 'off' as const,
  };
  const db = await openDatabase(config, { poolSize: 2 });
  const app = await startServer(config, db.dataSource, createLogger('silent'), { port: 0, metricsPort: 0 });
  return {
    url: app.url,
    metricsUrl: app.metricsUrl!,
    statements: () => sent,
    async stop() {
      pg.Client.prototype.query = originalQuery;
      await app.stop();
      app.httpServer.close();
      await db.close();
    },
  };
}
