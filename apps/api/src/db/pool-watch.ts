import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** The `pg` pool behind a TypeORM data source. */
export function poolOf(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as unknown as { master: pg.Pool }).master;
}

/**
 * Whether the pool has stopped serving: no connection free, none to be opened, and none handed out or given back
 * for longer than a request waits for one. A busy pool hands connections on all the time; one whose connections
 * are all held by something that never ends (a wedged process) does not, and readiness should then fail so an
 * orchestrator replaces the process (liveness, `/healthz`, does not depend on it).
 */
export class PoolWatch {
  private lastProgress = Date.now();
  /** When the pool last handed a connection to a caller. */
  private lastHandOut = Date.now();

  constructor(
    private readonly pool: pg.Pool,
    private readonly stalledAfterMs: number,
  ) {
    const progress = () => {
      this.lastProgress = Date.now();
    };
    pool.on('acquire', () => {
      this.lastHandOut = Date.now();
      progress();
    });
    pool.on('release', progress);
    pool.on('remove', progress);
  }

  /**
   * Makes callers wait for a connection as long as the pool keeps handing connections on, up to `maxWaitMs`: a
   * burst larger than the pool queues and is served in turn instead of failing after the pool's own timeout. A
   * caller still gets the pool's timeout error (a 503) after that timeout when no connection was handed to anyone
   * meanwhile — the database unreachable, or every connection held by something that does not end — and at once
   * for an error that is not a wait (a refused connection).
   */
  waitWhileServing(maxWaitMs: number): void {
    type Callback = (
      error: Error | undefined,
      client?: pg.PoolClient,
      release?: (error?: Error | boolean) => void,
    ) => void;
    const connect = this.pool.connect.bind(this.pool) as unknown as (callback: Callback) => void;
    const attempt = (started: number, callback: Callback) =>
      connect((error, client, release) => {
        const waitedOut = error !== undefined && /timeout exceeded when trying to connect/.test(error.message);
        if (waitedOut && Date.now() - started < maxWaitMs && Date.now() - this.lastHandOut < this.stalledAfterMs) {
          attempt(started, callback);
          return;
        }
        callback(error, client, release);
      });
    // pg-pool's own query() and TypeORM call connect with a callback; others await its promise.
    const patient = (callback?: Callback) => {
      if (callback) return void attempt(Date.now(), callback);
      return new Promise<pg.PoolClient>((resolve, reject) =>
        attempt(Date.now(), (error, client) => (error ? reject(error) : resolve(client!))),
      );
    };
    this.pool.connect = patient as typeof this.pool.connect;
  }

  /** Milliseconds the pool has been stalled, or 0 while it serves. */
  stalledForMs(now = Date.now()): number {
    const { idleCount, totalCount } = this.pool;
    const max = this.pool.options.max ?? 10;
    if (idleCount > 0 || totalCount < max) {
      this.lastProgress = now;
      return 0;
    }
    const stalled = now - this.lastProgress;
    return stalled > this.stalledAfterMs ? stalled : 0;
  }
}
