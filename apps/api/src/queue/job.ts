import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config.js';
import { auditActor, RequestContext, type Actor } from '../context/request-context.js';
import { inTransaction, RequestTransaction } from '../db/request-transaction.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../modules/email/mailer.js';

/** The schema pg-boss keeps its tables in; installed with the migrations, by the table owner. */
export const QUEUE_SCHEMA = 'pgboss';

/** Every job says which tenant it works for; a person's own mail (invitations, reset links) works for none. */
export interface JobData {
  tenantId: string | null;
}

export interface TenantJobData extends JobData {
  tenantId: string;
}

/** What a job's handler gets besides its data: the database, the configuration, and the mailer. */
export interface WorkerContext {
  dataSource: DataSource;
  config: Config;
  logger: Logger;
  /** Null when no SMTP server is configured. */
  mailer: Mailer | null;
}

export interface Job<D extends JobData> {
  id: string;
  name: string;
  data: D;
}

export interface JobDefinition<D extends JobData = JobData> {
  /** The queue's name, e.g. `webhook.deliver`. */
  name: string;
  /** Workers per process for this queue. */
  concurrency?: number;
  /**
   * How often pg-boss runs a job again after its handler threw (a crash, a lost database connection), with
   * backoff. Deliveries schedule their own next attempt instead, so their log can say when it will be.
   */
  retryLimit?: number;
  /** A handler that runs longer than this is given up (and retried, within `retryLimit`). */
  expireInSeconds?: number;
  run(job: Job<D>, worker: WorkerContext): Promise<void>;
}

/** Declares a job type; list it in `queue/jobs.ts` so workers take it. */
export function defineJob<D extends JobData>(definition: JobDefinition<D>): JobDefinition<D> {
  return definition;
}

export interface EnqueueOptions {
  /** Not before this time (a delayed job, or the next attempt of a delivery). */
  startAfter?: Date;
  /** With `singletonSeconds`: at most one job with this key per time slot of that many seconds. */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Overrides the queue's `retryLimit` for this job. */
  retryLimit?: number;
  priority?: number;
}

/** Anything that carries the caller's open transaction: a request context, or a transaction. */
export type Transactional = RequestTransaction | { em: EntityManager };

export const managerOf = (t: Transactional): EntityManager => (t instanceof RequestTransaction ? t.manager : t.em);

/**
 * Formats pg-boss's insert only; it never opens a connection of its own, so a job can only be written through
 * the caller's transaction.
 */
const sender = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error("enqueue() writes through the caller's transaction only")) },
});

/**
 * Writes a job inside the caller's transaction: if the transaction (or the mutation's savepoint) rolls back, the
 * job was never there; once it commits, a worker will run it. Returns the job id, or null when a singleton key
 * already had its job.
 */
export async function enqueue<D extends JobData>(
  tx: Transactional,
  job: Pick<JobDefinition<D>, 'name'>,
  data: D,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const em = managerOf(tx);
  return sender.send(job.name, data, {
    ...options,
    db: {
      executeSql: async (text: string, values: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }),
    },
  });
}

const SYSTEM: Actor = { kind: 'system' };

/**
 * Runs a job's tenant work in its own application-role transaction with only that tenant in scope, with the context
 * of the system acting (the audit log records it so, with the job's id and name).
 */
export function inTenantJob<T>(
  worker: WorkerContext,
  job: Job<TenantJobData>,
  fn: (ctx: RequestContext) => Promise<T>,
): Promise<T> {
  return inTransaction(worker.dataSource, { tenantId: job.data.tenantId }, async (tx) => {
    const requestId = `job:${job.id}`;
    await tx.setActor(auditActor(SYSTEM, requestId));
    await tx.setAction(job.name);
    return fn(RequestContext.create({ tx, actor: SYSTEM, logger: worker.logger, config: worker.config, requestId }));
  });
}

/** The wait before attempt `attempt + 1` of a delivery: the base delay, doubled for each attempt, at most 6 hours. */
export function retryDelayMs(config: Pick<Config, 'retryDelaySeconds'>, attempt: number): number {
  return Math.min(config.retryDelaySeconds * 1000 * 2 ** (attempt - 1), 6 * 3600 * 1000);
}
