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

  constructor(
    private readonly pool: pg.Pool,
    private readonly stalledAfterMs: number,
  ) {
    const progress = () => {
      this.lastProgress = Date.now();
    };
    pool.on('acquire', progress);
    pool.on('release', progress);
    pool.on('remove', progress);
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
