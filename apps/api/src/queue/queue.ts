import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { APP_ROLE } from '../db/rls.js';
import type { Logger } from '../logger.js';
import { createMailer } from '../modules/email/mailer.js';
import { QUEUE_SCHEMA, type JobDefinition, type JobData, type WorkerContext } from './job.js';
import { JOBS } from './jobs.js';

const queueOptions = (job: JobDefinition<JobData>) => ({
  retryLimit: job.retryLimit ?? 2,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: job.expireInSeconds ?? 300,
});

/**
 * Installs or upgrades pg-boss's schema, creates a queue per job type, and lets the application role enqueue:
 * read the queue list and insert jobs (`RETURNING id`), nothing else. Runs with the migrations, as the table
 * owner, so the application role never needs DDL rights.
 */
export async function installQueue(owner: DataSource): Promise<void> {
  const runner = owner.createQueryRunner();
  await runner.connect();
  try {
    const boss = new PgBoss({
      schema: QUEUE_SCHEMA,
      migrate: true,
      supervise: false,
      schedule: false,
      db: {
        executeSql: async (text: string, values?: unknown[]) => ({
          rows: ((await runner.query(text, values)) ?? []) as unknown[],
        }),
      },
    });
    await boss.start();
    for (const job of JOBS) {
      await boss.createQueue(job.name, { name: job.name, policy: 'standard', ...queueOptions(job) });
      await boss.updateQueue(job.name, { name: job.name, policy: 'standard', ...queueOptions(job) });
    }
    await boss.stop({ graceful: false, close: false });
    await runner.query(`GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE}`);
    await runner.query(`GRANT SELECT ON ${QUEUE_SCHEMA}.queue TO ${APP_ROLE}`);
    await runner.query(`GRANT INSERT ON ${QUEUE_SCHEMA}.job TO ${APP_ROLE}`);
    await runner.query(`GRANT SELECT (id) ON ${QUEUE_SCHEMA}.job TO ${APP_ROLE}`);
  } finally {
    await runner.release();
  }
}

/** The connection pg-boss works with: the owner of its schema (MIGRATION_DATABASE_URL), else the application's. */
function queueUrl(config: Config, dataSource: DataSource): string {
  const url = config.migrationDatabaseUrl ?? (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the job queue needs a database URL');
  return url;
}

/**
 * The workers of this process: pg-boss fetches jobs (SKIP LOCKED, so each runs once across processes) and each
 * handler does its tenant work through `dataSource` as the application role. `stop()` lets running jobs finish,
 * then closes pg-boss's connections.
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly context: WorkerContext,
    private readonly state: { stopping: boolean },
  ) {}

  static async start(config: Config, dataSource: DataSource, logger: Logger): Promise<JobQueue> {
    const log = logger.child({ component: 'queue' });
    const boss = new PgBoss({
      connectionString: queueUrl(config, dataSource),
      schema: QUEUE_SCHEMA,
      application_name: 'noticeboard-queue',
      max: 4,
      migrate: false,
      schedule: false,
      supervise: true,
    });
    // pg-boss reports failed polls and maintenance here; an unhandled 'error' event would end the process.
    // Once stopping, its pool has ended its connections but pg does not wait for them to close: a server stopped
    // right after (the embedded one) may still tell one of them it is shutting down. That is the shutdown itself.
    const state = { stopping: false };
    boss.on('error', (error) => {
      if (state.stopping) log.debug({ err: error }, 'job queue connection closed while stopping');
      else log.error({ err: error }, 'job queue error');
    });
    await boss.start();
    const context: WorkerContext = { dataSource, config, logger: log, mailer: createMailer(config) };
    for (const job of JOBS) {
      for (let i = 0; i < (job.concurrency ?? 1); i++) {
        await boss.work<JobData>(
          job.name,
          { pollingIntervalSeconds: config.queuePollSeconds, batchSize: 1 },
          async ([item]) => {
            if (!item) return;
            try {
              await job.run({ id: item.id, name: item.name, data: item.data }, context);
            } catch (error) {
              log.error(
                { err: error, job: job.name, jobId: item.id, tenantId: item.data.tenantId },
                'job failed; pg-boss will retry it',
              );
              throw error;
            }
          },
        );
      }
    }
    log.info({ queues: JOBS.map((j) => j.name) }, 'workers started');
    return new JobQueue(boss, context, state);
  }

  /** Jobs waiting (created or retrying) per queue, for the metrics. */
  async depth(): Promise<Record<string, number>> {
    const sizes = await Promise.all(
      JOBS.map(async (job) => [job.name, await this.boss.getQueueSize(job.name)] as const),
    );
    return Object.fromEntries(sizes);
  }

  /** Stops taking jobs, waits up to 20 s for running ones, then closes the connections. */
  async stop(): Promise<void> {
    this.state.stopping = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    this.context.mailer?.close();
  }
}
