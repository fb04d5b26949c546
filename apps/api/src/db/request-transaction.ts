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

/**
 * Backstops for the application's transactions (ARCHITECTURE.md, "Connections"): no statement runs longer than
 * this, and a transaction left idle this long is ended by the server, which frees its connection even if the
 * code that opened it never comes back. Every statement the application sends takes milliseconds; the slowest
 * (an agency-wide list over thousands of tenants) takes well under a second.
 */
export const STATEMENT_TIMEOUT_MS = 15_000;
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000;

/** A query on a transaction that has ended (its response was sent, or its client went away). */
export class TransactionEndedError extends Error {
  readonly code = 'TRANSACTION_ENDED';
  constructor(message = 'the request transaction has ended') {
    super(message);
  }
}

type RawQuery = (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;

interface Savepoint {
  name: string;
  /** Sent in the current database transaction (savepoints are sent with the first statement that needs them). */
  sent: boolean;
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
/** What `applied` holds for a setting whose value on the server is not known (after ROLLBACK TO SAVEPOINT). */
const UNKNOWN = '\u0000';

/**
 * A request's transaction, as the application role, with the scope (tenant, agency, user) and who acts in
 * transaction-local settings that the row-level-security policies and audit triggers read.
 *
 * It holds a connection only while it needs one: nothing is taken from the pool until the first statement, which
 * goes out with START TRANSACTION, SET LOCAL ROLE and the settings; savepoints are sent only when a statement runs
 * inside them. `commit`/`rollback` end it and give the connection back; `abandon` does so from the HTTP layer
 * when the response is over, whatever happened to the request. `withoutConnection` ends the current database
 * transaction around slow work that needs no database (password hashing) and resumes with the same settings.
 */
export class RequestTransaction {
  private runner: QueryRunner | null = null;
  private raw: RawQuery | null = null;
  /** START TRANSACTION has been sent on the current runner. */
  private open = false;
  /** Committed, rolled back or abandoned: no statement may run any more. */
  private ended = false;
  /** A statement is on the wire. */
  private busy = false;
  /** Statements take turns on the one connection. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Settings the next statement must run with, and those the server has (null as empty). */
  private readonly wanted = new Map<string, string>();
  private applied = new Map<string, string>();
  private readonly savepoints: Savepoint[] = [];
  private savepointCount = 0;
  private scope: Scope = EMPTY_SCOPE;

  constructor(
    private readonly dataSource: DataSource,
    scope: Scope = EMPTY_SCOPE,
  ) {
    this.want([
      [SETTING.tenant, scope.tenantId],
      [SETTING.agency, scope.agencyId],
      [SETTING.user, scope.userId],
    ]);
    this.scope = scope;
  }

  /** The request's entity manager: every query of the request goes through it. Fetch it again after `withoutConnection`. */
  get manager(): EntityManager {
    if (this.ended) throw new TransactionEndedError();
    return this.queryRunner().manager;
  }

  get currentScope(): Scope {
    return this.scope;
  }

  /** Ended: committed, rolled back or abandoned. */
  get released(): boolean {
    return this.ended;
  }

  /** Puts `scope` (and, given, who acts) into the transaction's settings; they go out with the next statement. */
  async setScope(scope: Scope, actor?: AuditActor): Promise<void> {
    this.want([
      [SETTING.tenant, scope.tenantId],
      [SETTING.agency, scope.agencyId],
      [SETTING.user, scope.userId],
      ...(actor ? actorSettings(actor) : []),
    ]);
    this.scope = scope;
  }

  /** Who acts, for the audit log the triggers write (transaction-local, like the scope). */
  async setActor(actor: AuditActor): Promise<void> {
    this.want(actorSettings(actor));
  }

  /** The operation being performed (a mutation's name), recorded with each change it makes. */
  async setAction(action: string | null): Promise<void> {
    this.want([['app.action', action]]);
  }

  /**
   * Finds the tenant a public address names and puts it alone in scope, with `actor`, in one statement (the
   * settings are applied only for a matching row). Null, with nothing in scope, when no tenant has the slug.
   */
  async enterTenantBySlug(slug: string, actor: AuditActor): Promise<string | null> {
    const settings: [string, string | null][] = [[SETTING.agency, null], [SETTING.user, null], ...actorSettings(actor)];
    const { calls, values } = setConfigCalls(settings, 2);
    const rows = (await this.manager.query(
      `SELECT tenant_id, set_config('${SETTING.tenant}', tenant_id::text, true), ${calls} FROM tenant_directory WHERE slug = $1`,
      [slug, ...values],
    )) as { tenant_id: string }[];
    const tenantId = rows[0]?.tenant_id ?? null;
    if (!tenantId) return null;
    for (const [name, value] of [[SETTING.tenant, tenantId], ...settings] as [string, string | null][]) {
      this.wanted.set(name, value ?? '');
      this.applied.set(name, value ?? '');
    }
    this.scope = { tenantId, agencyId: null, userId: null };
    return tenantId;
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

  private fieldTurn: Promise<unknown> = Promise.resolve();

  /**
   * Runs `fn` in a savepoint: if it throws or `undo(result)` says so, its writes are rolled back. Calls take
   * turns (GraphQL resolves root query fields concurrently, and savepoints on one connection must nest).
   */
  atomically<T>(fn: () => Promise<T>, undo: (result: T) => boolean = () => false): Promise<T> {
    const run = this.fieldTurn.then(() => this.inSavepoint(fn, undo));
    this.fieldTurn = run.catch(() => undefined);
    return run;
  }

  /** A nested savepoint inside the current turn (e.g. one tenant of a bulk operation). */
  async inSavepoint<T>(fn: () => Promise<T>, undo: (result: T) => boolean = () => false): Promise<T> {
    const savepoint: Savepoint = { name: `sp_${++this.savepointCount}`, sent: false };
    this.savepoints.push(savepoint);
    let result: T;
    try {
      result = await fn();
    } catch (error) {
      await this.leaveSavepoint(savepoint, 'ROLLBACK TO');
      throw error;
    }
    await this.leaveSavepoint(savepoint, undo(result) ? 'ROLLBACK TO' : 'RELEASE');
    return result;
  }

  private async leaveSavepoint(savepoint: Savepoint, how: 'ROLLBACK TO' | 'RELEASE'): Promise<void> {
    const at = this.savepoints.lastIndexOf(savepoint);
    if (at >= 0) this.savepoints.splice(at);
    // Not sent: no statement ran inside it, so there is nothing to keep or undo.
    if (!savepoint.sent || this.ended) return;
    await this.internal(`${how} SAVEPOINT ${savepoint.name}`);
    // Settings changed inside it went back to their earlier values: send every one again with the next statement.
    if (how === 'ROLLBACK TO') this.applied = new Map([...this.wanted.keys()].map((name) => [name, UNKNOWN]));
  }

  /**
   * Commits what the transaction has done so far and gives its connection back while `fn` runs (CPU-bound or
   * waiting work such as password hashing); the next statement opens a new transaction with the same settings
   * and savepoints. Call it only after reads: writes made before it cannot be undone by an enclosing savepoint.
   */
  async withoutConnection<T>(fn: () => Promise<T>): Promise<T> {
    await this.end('COMMIT', false);
    return fn();
  }

  async commit(): Promise<void> {
    await this.end('COMMIT', true);
  }

  async rollback(): Promise<void> {
    await this.end('ROLLBACK', true);
  }

  /**
   * Ends the transaction from outside, whatever state it is in (the HTTP response is over: sent, refused before
   * execution, or the client went away). Between statements it rolls back; with a statement on the wire the
   * connection is closed instead, so the server rolls back at once and the pool opens a fresh one.
   */
  abandon(): void {
    if (this.ended) return;
    if (this.busy && this.runner) {
      this.ended = true;
      const runner = this.runner as QueryRunner & { releasePostgresConnection?: (error: Error) => Promise<void> };
      this.detach();
      // The statement may still be waiting for a connection from the pool: close that one once it comes. Released
      // before, the runner would give nothing back (it has nothing yet), then take the connection, run the statement
      // on it and keep it forever, out of the pool and idle in a transaction.
      runner.connect().then(
        () =>
          void runner.releasePostgresConnection?.(
            new TransactionEndedError('the request ended while a statement was running'),
          ),
        () => undefined,
      );
      return;
    }
    void this.rollback().catch(() => undefined);
  }

  private queryRunner(): QueryRunner {
    if (this.runner) return this.runner;
    const runner = this.dataSource.createQueryRunner();
    // TypeORM opens a transaction of its own (save, remove) when none is active: this class opens it, lazily.
    (runner as { isTransactionActive: boolean }).isTransactionActive = true;
    const raw = runner.query.bind(runner) as RawQuery;
    runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) =>
      this.enqueue(runner, () => raw(sql, parameters, structured))) as QueryRunner['query'];
    this.runner = runner;
    this.raw = raw;
    return runner;
  }

  private want(settings: [string, string | null][]): void {
    for (const [name, value] of settings) this.wanted.set(name, value ?? '');
  }

  /**
   * Runs `work` in its turn, after the transaction is open with the wanted settings and savepoints. A request
   * has one connection while GraphQL resolves fields (and their DataLoader batches) concurrently; pg 8 queues
   * such queries with a deprecation warning and pg 9 refuses them, so the turn-taking happens here.
   */
  private enqueue<T>(runner: QueryRunner, work: () => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      if (this.ended) throw new TransactionEndedError();
      if (runner !== this.runner)
        throw new TransactionEndedError('an entity manager from before withoutConnection() was used');
      await this.prepare();
      return work();
    });
  }

  /** A statement of this class's own (savepoint ends), in turn, without opening anything. */
  private internal(sql: string): Promise<unknown> {
    return this.inTurn(() => {
      if (this.ended || !this.raw || !this.open) throw new TransactionEndedError();
      return this.raw(sql);
    });
  }

  /** Runs `work` after everything queued before it, with the connection marked busy meanwhile. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.busy = true;
      try {
        return await work();
      } finally {
        this.busy = false;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async prepare(): Promise<void> {
    const raw = this.raw!;
    if (!this.open) {
      // One round trip; SET LOCAL ends with the transaction, so the pooled connection goes back as it came.
      await raw(
        `START TRANSACTION; SET LOCAL ROLE ${APP_ROLE}; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}; ` +
          `SET LOCAL idle_in_transaction_session_timeout = ${IDLE_IN_TRANSACTION_TIMEOUT_MS}`,
      );
      this.open = true;
      this.applied = new Map();
    }
    const changed = [...this.wanted].filter(([name, value]) => (this.applied.get(name) ?? '') !== value);
    if (changed.length) {
      const { calls, values } = setConfigCalls(changed, 1);
      await raw(`SELECT ${calls}`, values);
      for (const [name, value] of changed) this.applied.set(name, value);
    }
    for (const savepoint of this.savepoints) {
      if (savepoint.sent) continue;
      await raw(`SAVEPOINT ${savepoint.name}`);
      savepoint.sent = true;
    }
  }

  /** Ends the database transaction in turn and gives the connection back; `final` refuses every later statement. */
  private async end(statement: 'COMMIT' | 'ROLLBACK', final: boolean): Promise<void> {
    if (this.ended) return;
    if (final) this.ended = true;
    const runner = this.runner;
    if (!runner) return;
    const raw = this.raw!;
    await this.inTurn(async () => {
      const open = this.open;
      this.detach();
      try {
        if (open) await raw(statement);
      } finally {
        await runner.release();
      }
    });
  }

  /** Forgets the current runner: the next statement (if any may run) opens a new transaction. */
  private detach(): void {
    this.runner = null;
    this.raw = null;
    this.open = false;
    this.applied = new Map();
    for (const savepoint of this.savepoints) savepoint.sent = false;
  }
}

/** Runs `fn` in its own application-role transaction (CLI, seeding, public endpoints, background work). */
export async function inTransaction<T>(
  dataSource: DataSource,
  scope: Partial<Scope>,
  fn: (tx: RequestTransaction) => Promise<T>,
): Promise<T> {
  const tx = new RequestTransaction(dataSource, { ...EMPTY_SCOPE, ...scope });
  try {
    const result = await fn(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (!tx.released) await tx.rollback().catch(() => undefined);
    throw error;
  }
}
