import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { problem, type Problem, type Validated } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type Connection, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId, isUuid } from '../../graphql/ids.js';
import type { TenantScopedEntity } from '../../db/tenant-scoped.entity.js';
import { ValidationFailed } from '../../graphql/user-error.js';

type Ordered = TenantScopedEntity & { position: number };

/** What makes two items of a collection clash (a DUPLICATE problem), given the value about to be saved. */
export type Clashes<V> = (ctx: RequestContext, value: V, exceptId: string | null) => Promise<Problem[]>;

/**
 * The persistence every policy building block shares: rows of the current tenant, keyed by (tenant_id, id),
 * listed in policy order (position, id). Reading needs `policy:read`, writing `policy:write`.
 */
export class TenantCollection<E extends Ordered> {
  constructor(
    private readonly entity: EntityTarget<E>,
    /** How people call one item, for messages: "audience", "data category". */
    readonly label: string,
    /** Defaults to one name per tenant, case-insensitive. */
    private readonly clashes: Clashes<never> = (ctx, value, exceptId) =>
      this.duplicateName(ctx, (value as { name: string }).name, exceptId ?? undefined),
  ) {}

  /**
   * The one shape of create and update: a refused domain check or a clash is a typed failure before anything is
   * written; otherwise `save` writes the value.
   */
  async saveChecked<V, R>(
    ctx: RequestContext,
    currentId: string | null,
    checked: Validated<V>,
    save: (value: V) => Promise<R>,
  ): Promise<R | ValidationFailed> {
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    const clashes = await (this.clashes as Clashes<V>)(ctx, checked.value, currentId);
    if (clashes.length) return ValidationFailed.of(clashes);
    return save(checked.value);
  }

  repo(ctx: RequestContext) {
    return ctx.em.getRepository(this.entity);
  }

  private key(ctx: RequestContext, id: string): FindOptionsWhere<E> {
    return { tenantId: ctx.tenantId, id } as FindOptionsWhere<E>;
  }

  async get(ctx: RequestContext, id: string): Promise<E> {
    const row = await this.repo(ctx).findOneBy(this.key(ctx, existingId(id, this.label)));
    if (!row) throw notFound(this.label);
    return row;
  }

  /** Rows of the current tenant by id, for loaders; unknown ids are simply absent. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, E>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.repo(ctx)
      .createQueryBuilder('x')
      .where('x.tenantId = :tenantId AND x.id IN (:...ids)', { tenantId: ctx.tenantId, ids: valid })
      .getMany();
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The rows of several tenants in one query, each tenant's in policy order (what row-level security lets the
   * caller read of them; no permission check: the caller checks per tenant).
   */
  async ofTenants(em: EntityManager, tenantIds: readonly string[]): Promise<Map<string, E[]>> {
    const result = new Map<string, E[]>(tenantIds.map((id) => [id, []]));
    if (!tenantIds.length) return result;
    const rows = await em
      .getRepository(this.entity)
      .createQueryBuilder('x')
      .where('x.tenantId IN (:...tenantIds)', { tenantIds })
      .orderBy('x.tenantId', 'ASC')
      .addOrderBy('x.position', 'ASC')
      .addOrderBy('x.id', 'ASC')
      .getMany();
    for (const row of rows) result.get(row.tenantId)?.push(row);
    return result;
  }

  async list<N>(
    ctx: RequestContext,
    args: ConnectionArgs,
    toNodes: (rows: E[]) => Promise<N[]> | N[],
  ): Promise<Connection<N>> {
    const query = this.repo(ctx).createQueryBuilder('x').where('x.tenantId = :tenantId', { tenantId: ctx.tenantId });
    const page = await paginate(query, args, ['x.position', 'x.id'], (r) => [r.position, r.id]);
    const nodes = await toNodes(page.edges.map((e) => e.node));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i]! })) };
  }

  /** A DUPLICATE problem when another row of the tenant already has this name (case-insensitive). */
  async duplicateName(ctx: RequestContext, name: string, exceptId?: string, path = 'name'): Promise<Problem[]> {
    const query = this.repo(ctx)
      .createQueryBuilder('x')
      .where('x.tenantId = :tenantId AND lower(x.name) = lower(:name)', { tenantId: ctx.tenantId, name });
    if (exceptId) query.andWhere('x.id <> :exceptId', { exceptId });
    return (await query.getExists())
      ? [problem(path, 'DUPLICATE', `another ${this.label} is already called "${name}"`)]
      : [];
  }

  async insert(ctx: RequestContext, values: Omit<E, keyof TenantScopedEntity>): Promise<E> {
    const id = randomUUID();
    await this.repo(ctx).insert({ ...values, tenantId: ctx.tenantId, id } as never);
    return this.repo(ctx).findOneByOrFail(this.key(ctx, id));
  }

  async update(ctx: RequestContext, id: string, values: Omit<E, keyof TenantScopedEntity>): Promise<E> {
    await this.repo(ctx).update(this.key(ctx, id), values as never);
    return this.repo(ctx).findOneByOrFail(this.key(ctx, id));
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    const row = await this.get(ctx, id);
    await this.repo(ctx).delete(this.key(ctx, row.id));
    return row.id;
  }
}

/** A many-to-many link table of the tenant, e.g. purpose_audiences(purpose_id, audience_id). */
export class LinkTable {
  constructor(
    readonly table: string,
    readonly ownerColumn: string,
    readonly targetColumn: string,
  ) {}

  /** Makes the owner's links exactly `ids`. */
  async set(ctx: RequestContext, ownerId: string, ids: readonly string[]): Promise<void> {
    await ctx.em.query(`DELETE FROM ${this.table} WHERE tenant_id = $1 AND ${this.ownerColumn} = $2`, [
      ctx.tenantId,
      ownerId,
    ]);
    if (!ids.length) return;
    await ctx.em.query(
      `INSERT INTO ${this.table} (tenant_id, ${this.ownerColumn}, ${this.targetColumn}) SELECT $1, $2, unnest($3::uuid[])`,
      [ctx.tenantId, ownerId, ids],
    );
  }

  /** Every link of several tenants in one query: tenant → owner → linked ids (sorted, so output is stable). */
  async ofTenants(em: EntityManager, tenantIds: readonly string[]): Promise<Map<string, Map<string, string[]>>> {
    const result = new Map<string, Map<string, string[]>>(tenantIds.map((id) => [id, new Map()]));
    if (!tenantIds.length) return result;
    const rows: Record<string, string>[] = await em.query(
      `SELECT tenant_id AS tenant, ${this.ownerColumn} AS owner, ${this.targetColumn} AS target FROM ${this.table}
        WHERE tenant_id = ANY($1::uuid[]) ORDER BY 1, 2, 3`,
      [tenantIds],
    );
    for (const row of rows) {
      const owners = result.get(row.tenant!);
      if (!owners) continue;
      const targets = owners.get(row.owner!) ?? [];
      targets.push(row.target!);
      owners.set(row.owner!, targets);
    }
    return result;
  }

  /** Every owner's linked ids in one query (sorted, so output is stable). */
  async of(ctx: RequestContext, ownerIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(ownerIds.map((id) => [id, []]));
    if (!ownerIds.length) return result;
    const rows: Record<string, string>[] = await ctx.em.query(
      `SELECT ${this.ownerColumn} AS owner, ${this.targetColumn} AS target FROM ${this.table}
        WHERE tenant_id = $1 AND ${this.ownerColumn} = ANY($2::uuid[]) ORDER BY 1, 2`,
      [ctx.tenantId, ownerIds],
    );
    for (const row of rows) result.get(row.owner!)?.push(row.target!);
    return result;
  }
}

/** Which of `ids` exist in the current tenant's `table`, to check references against. */
export async function existingIds(ctx: RequestContext, table: string, ids: readonly string[]): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return new Set();
  const rows: { id: string }[] = await ctx.em.query(
    `SELECT id FROM ${table} WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [ctx.tenantId, valid],
  );
  return new Set(rows.map((r) => r.id));
}
