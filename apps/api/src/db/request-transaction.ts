import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { APP_ROLE, SETTING } from './rls.js';

export interface Scope {
  tenantId: string | null;
  agencyId: string | null;
  userId: string | null;
}

export interface AuditActor {
  kind: 'USER' | 'API_KEY' | 'SYSTEM';
  id: string | null;
  requestId: string | null;
}

function actorSettings(actor: AuditActor): [string, string | null][] {
  return [
    ['app.actor_kind', actor.kind],
    ['app.actor_id', actor.id],
    ['app.request_id', actor.requestId],
  ];
}

/** `set_config(name, value, true)` calls for a select list, their parameters numbered from `$first` (null as empty). */
function setConfigCalls(settings: [string, string | null][], first: number): { calls: string; values: string[] } {
  return {
    calls: settings.map((_, i) => `set_config($${first + 2 * i}, $${first + 2 * i + 1}, true)`).join(', '),
    values: settings.flatMap(([name, value]) => [name, value ?? '']),
  };
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
    serializeQueries(runner, `SET LOCAL ROLE ${APP_ROLE}`);
    try {
      await runner.connect();
      await runner.startTransaction();
      const tx = new RequestTransaction(runner, EMPTY_SCOPE);
      // A transaction starts with the settings empty (the application only ever sets them transaction-locally).
      if (scope.tenantId || scope.agencyId || scope.userId) await tx.setScope(scope);
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

  /** Puts `scope` (and, given, who acts) into the transaction's settings, in one statement. */
  async setScope(scope: Scope, actor?: AuditActor): Promise<void> {
    const settings: [string, string | null][] = [
      [SETTING.tenant, scope.tenantId],
      [SETTING.agency, scope.agencyId],
      [SETTING.user, scope.userId],
      ...(actor ? actorSettings(actor) : []),
    ];
    await this.configure(settings);
    this.scope = scope;
  }

  /**
   * Finds the tenant a public address names and puts it alone in scope, with `actor`, in one statement (the
   * settings are applied only for a matching row). Null, with nothing in scope, when no tenant has the slug.
   */
  async enterTenantBySlug(slug: string, actor: AuditActor): Promise<string | null> {
    const { calls, values } = setConfigCalls([[SETTING.agency, null], [SETTING.user, null], ...actorSettings(actor)], 2);
    const rows: { tenant_id: string }[] = await this.runner.query(
      `SELECT tenant_id, set_config('${SETTING.tenant}', tenant_id::text, true), ${calls} FROM tenant_directory WHERE slug = $1`,
      [slug, ...values],
    );
    const tenantId = rows[0]?.tenant_id ?? null;
    if (tenantId) this.scope = { tenantId, agencyId: null, userId: null };
    return tenantId;
  }

  /** Who acts, for the audit log the triggers write (transaction-local, like the scope). */
  async setActor(actor: AuditActor): Promise<void> {
    await this.configure(actorSettings(actor));
  }

  /** Transaction-local settings (null as empty), in one round trip. */
  private async configure(settings: [string, string | null][]): Promise<void> {
    const { calls, values } = setConfigCalls(settings, 1);
    await this.runner.query(`SELECT ${calls}`, values);
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
 * refuses them, so the turn-taking happens here, once, for every caller. `withStart` goes in the same round trip
 * as TypeORM's START TRANSACTION (a simple-protocol query may hold several statements).
 */
function serializeQueries(runner: QueryRunner, withStart: string): void {
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((sql: string, ...rest: unknown[]) => {
    const statement = sql === 'START TRANSACTION' ? `START TRANSACTION; ${withStart}` : sql;
    const run = last.then(() => query(statement, ...rest));
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
