import {
  cookieNeedsConsent,
  isSessionCookie,
  problem,
  validateCookie,
  type Cookie as CookieFields,
  type Problem,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { existingIds, TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { CookieEntity } from './cookie.entity.js';
import type { Cookie, CreateCookieInput, UpdateCookieInput } from './cookie.types.js';

export const cookies: TenantCollection<CookieEntity> = new TenantCollection(
  CookieEntity,
  'cookie',
  (ctx, value: CookieFields, exceptId) => duplicate(ctx, value, exceptId ?? undefined),
);

export const fieldsOf = (c: CookieEntity): CookieFields => ({
  name: c.name,
  provider: c.provider,
  recipientId: c.recipientId,
  kind: c.kind,
  durationAmount: c.durationAmount,
  durationUnit: c.durationUnit,
  purpose: c.purpose,
  position: c.position,
});

const toCookie = (c: CookieEntity): Cookie => {
  const fields = fieldsOf(c);
  return {
    id: c.id,
    ...fields,
    isSessionCookie: isSessionCookie(fields),
    needsConsent: cookieNeedsConsent(fields),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
};

/** A DUPLICATE problem when the tenant already lists a cookie of this name from this provider (case-insensitive). */
async function duplicate(ctx: RequestContext, c: CookieFields, exceptId?: string): Promise<Problem[]> {
  const query = cookies
    .repo(ctx)
    .createQueryBuilder('x')
    .where('x.tenantId = :tenantId AND lower(x.name) = lower(:name) AND lower(x.provider) = lower(:provider)', {
      tenantId: ctx.tenantId,
      name: c.name,
      provider: c.provider,
    });
  if (exceptId) query.andWhere('x.id <> :exceptId', { exceptId });
  return (await query.getExists())
    ? [problem('name', 'DUPLICATE', `${c.provider} already has a cookie called "${c.name}"`)]
    : [];
}

export class CookieService {
  async get(ctx: RequestContext, id: string): Promise<Cookie> {
    return toCookie(await cookies.get(ctx, id));
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return cookies.list(ctx, args, (rows) => rows.map(toCookie));
  }

  /** The domain rules, with the recipient checked against those of the tenant. */
  private async check(ctx: RequestContext, input: { recipientId?: string | null }) {
    return validateCookie(input, await existingIds(ctx, 'recipients', input.recipientId ? [input.recipientId] : []));
  }

  async create(ctx: RequestContext, input: CreateCookieInput): Promise<Cookie | ValidationFailed> {
    return cookies.saveChecked(ctx, null, await this.check(ctx, input), async (value) =>
      toCookie(await cookies.insert(ctx, value)),
    );
  }

  async update(ctx: RequestContext, input: UpdateCookieInput): Promise<Cookie | ValidationFailed> {
    const current = await cookies.get(ctx, input.id);
    const checked = await this.check(ctx, { ...fieldsOf(current), ...definedFields(input) });
    return cookies.saveChecked(ctx, current.id, checked, async (value) =>
      toCookie(await cookies.update(ctx, current.id, value)),
    );
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return cookies.delete(ctx, id);
  }
}
