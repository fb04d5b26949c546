import { validateClause, type Clause as ClauseFields } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { ClauseEntity } from './clause.entity.js';
import type { Clause, ClauseListArgs, CreateClauseInput, UpdateClauseInput } from './clause.types.js';

// Clauses have no names to clash: several may share a title.
export const clauses = new TenantCollection(ClauseEntity, 'clause', async () => []);

export const fieldsOf = (c: ClauseEntity): ClauseFields => ({
  section: c.section,
  title: c.title,
  body: c.body,
  position: c.position,
});
const toClause = (c: ClauseEntity): Clause => ({
  id: c.id,
  ...fieldsOf(c),
  translations: translationsOf('clause', fieldsOf(c), c.translations),
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

export class ClauseService {
  async get(ctx: RequestContext, id: string): Promise<Clause> {
    return toClause(await clauses.get(ctx, id));
  }

  /** The tenant's clauses in (position, id) order, optionally of one section. */
  list(ctx: RequestContext, args: ClauseListArgs): Promise<Connection<Clause>> {
    const query = clauses.repo(ctx).createQueryBuilder('x').where('x.tenantId = :tenantId', { tenantId: ctx.tenantId });
    if (args.section) query.andWhere('x.section = :section', { section: args.section });
    return paginate(query, args, ['x.position', 'x.id'], (c) => [c.position, c.id], toClause);
  }

  /**
   * Adds a clause while the tenant has fewer than the most it may have. The tenant row is locked first (as
   * publishing does), so two creates at once cannot both take the last place.
   */
  async create(ctx: RequestContext, input: CreateClauseInput): Promise<Clause | ValidationFailed> {
    await ctx.em.query('SELECT 1 FROM tenants WHERE tenant_id = $1 FOR UPDATE', [ctx.tenantId]);
    const otherClauses = await clauses.repo(ctx).countBy({ tenantId: ctx.tenantId });
    const checked = await withTranslations(
      ctx,
      'clause',
      validateClause(input, { otherClauses }),
      undefined,
      input.translations,
    );
    return clauses.saveChecked(ctx, null, checked, async (value) => toClause(await clauses.insert(ctx, value)));
  }

  async update(ctx: RequestContext, input: UpdateClauseInput): Promise<Clause | ValidationFailed> {
    const current = await clauses.get(ctx, input.id);
    const checked = await withTranslations(
      ctx,
      'clause',
      validateClause({ ...fieldsOf(current), ...definedFields(input) }),
      current.translations,
      input.translations,
    );
    return clauses.saveChecked(ctx, current.id, checked, async (value) =>
      toClause(await clauses.update(ctx, current.id, value)),
    );
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return clauses.delete(ctx, id);
  }
}
