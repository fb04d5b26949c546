import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_ROLE, SETTING } from './rls.js';

export interface Scope {
  tenantId: string | null;
  agencyId: string | null;
  userId: string | null;
}

const EMPTY_SCOPE: Scope = { tenantId: null, agencyId: null, userId: null };

/**
 * One transaction per request, as the application role, with the scope (tenant, agency, user) in
 * transaction-local settings that the row-level-security policies read. Everything a request reads or writes
 * goes through `manager`: on the embedded database a second connection would wait for this one.
 */
export class RequestTransaction {
  private constructor(
    private readonly runner: QueryRunner,
    private scope: Scope,
  ) {}

  static async begin(dataSource: DataSource, scope: Scope = EMPTY_SCOPE): Promise<RequestTransaction> {
    const runner = dataSource.createQueryRunner();
    serializeQueries(runner);
    try {
      await runner.connect();
      await runner.startTransaction();
      await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      const tx = new RequestTransaction(runner, EMPTY_SCOPE);
      await tx.setScope(scope);
      return tx;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  get currentScope(): Scope {
    return this.scope;
  }

  async setScope(scope: Scope): Promise<void> {
    await this.runner.query(
      `SELECT set_config('${SETTING.tenant}', $1, true), set_config('${SETTING.agency}', $2, true), set_config('${SETTING.user}', $3, true)`,
      [scope.tenantId ?? '', scope.agencyId ?? '', scope.userId ?? ''],
    );
    this.scope = scope;
  }

  /** Who acts, for the audit log the triggers write (transaction-local, like the scope). */
  async setActor(actor: { kind: 'USER' | 'API_KEY' | 'SYSTEM'; id: string | null; requestId: string | null }): Promise<void> {
    await this.runner.query(
      "SELECT set_config('app.actor_kind', $1, true), set_config('app.actor_id', $2, true), set_config('app.request_id', $3, true)",
      [actor.kind, actor.id ?? '', actor.requestId ?? ''],
    );
  }

  /** The operation being performed (a mutation's name), recorded with each change it makes. */
  async setAction(action: string | null): Promise<void> {
    await this.runner.query("SELECT set_config('app.action', $1, true)", [action ?? '']);
  }

  /** Runs `fn` with another tenant in scope (creating a tenant, agency-wide work), then restores the scope. */
  async inTenant<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.scope;
    await this.setScope({ ...previous, tenantId });
    try {
      return await fn();
    } finally {
      await this.setScope(previous);
    }
  }

  private savepoints = 0;
  private turn: Promise<unknown> = Promise.resolve();

  /**
   * Runs `fn` in a savepoint: if it throws or `undo(result)` says so, its writes are rolled back. Calls take
   * turns (GraphQL resolves root query fields concurrently, and savepoints on one connection must nest).
   */
  atomically<T>(fn: () => Promise<T>, undo: (result: T) => boolean = () => false): Promise<T> {
    const run = this.turn.then(() => this.inSavepoint(fn, undo));
    this.turn = run.catch(() => undefined);
    return run;
  }

  /** A nested savepoint inside the current turn (e.g. one tenant of a bulk operation). */
  async inSavepoint<T>(fn: () => Promise<T>, undo: (result: T) => boolean = () => false): Promise<T> {
    const name = `sp_${++this.savepoints}`;
    await this.runner.query(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = await fn();
    } catch (error) {
      await this.runner.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
    await this.runner.query(undo(result) ? `ROLLBACK TO SAVEPOINT ${name}` : `RELEASE SAVEPOINT ${name}`);
    return result;
  }

  async commit(): Promise<void> {
    try {
      if (this.runner.isTransactionActive) await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async rollback(): Promise<void> {
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }

  get released(): boolean {
    return this.runner.isReleased;
  }
}

/**
 * Makes the runner's queries wait for each other. A request has one connection, while GraphQL resolves fields
 * (and their DataLoader batches) concurrently; pg 8 queues such queries with a deprecation warning and pg 9
 * refuses them, so the turn-taking happens here, once, for every caller.
 */
function serializeQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const run = last.then(() => query(...args));
    last = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
}

/** Runs `fn` in its own application-role transaction (CLI, seeding, background work). */
export async function inTransaction<T>(dataSource: DataSource, scope: Partial<Scope>, fn: (tx: RequestTransaction) => Promise<T>): Promise<T> {
  const tx = await RequestTransaction.begin(dataSource, { ...EMPTY_SCOPE, ...scope });
  try {
    const result = await fn(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (!tx.released) await tx.rollback();
    throw error;
  }
}
