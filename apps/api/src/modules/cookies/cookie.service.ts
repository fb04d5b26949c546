import {
  cookieNeedsConsent,
  isSessionCookie,
  problem,
  validateCookie,
  type Cookie as CookieFields,
  type Problem,
  type Translations,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { existingIds, LinkTable, TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { CookieEntity } from './cookie.entity.js';
import type { Cookie, CreateCookieInput, UpdateCookieInput } from './cookie.types.js';

export const cookies: TenantCollection<CookieEntity> = new TenantCollection(
  CookieEntity,
  'cookie',
  (ctx, value: CookieFields, exceptId) => duplicate(ctx, value, exceptId ?? undefined),
);

/** The purposes each cookie serves (`cookie_purposes`); deleting a purpose or a cookie removes its links (cascade). */
export const cookiePurposes = new LinkTable('cookie_purposes', 'cookie_id', 'purpose_id');

export const fieldsOf = (c: CookieEntity, purposeIds: string[]): CookieFields => ({
  name: c.name,
  describesGroup: c.describesGroup,
  provider: c.provider,
  recipientId: c.recipientId,
  kind: c.kind,
  durationAmount: c.durationAmount,
  durationUnit: c.durationUnit,
  purpose: c.purpose,
  purposeIds,
  position: c.position,
});

const toCookie = (c: CookieEntity, purposeIds: string[]): Cookie => {
  const fields = fieldsOf(c, purposeIds);
  return {
    id: c.id,
    ...fields,
    translations: translationsOf('cookie', fields, c.translations),
    isSessionCookie: isSessionCookie(fields),
    needsConsent: cookieNeedsConsent(fields),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
};

async function withPurposes(ctx: RequestContext, rows: CookieEntity[]): Promise<Cookie[]> {
  const links = await cookiePurposes.of(
    ctx,
    rows.map((c) => c.id),
  );
  return rows.map((c) => toCookie(c, links.get(c.id) ?? []));
}

async function purposeIdsOf(ctx: RequestContext, id: string): Promise<string[]> {
  return (await cookiePurposes.of(ctx, [id])).get(id) ?? [];
}

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
    const [cookie] = await withPurposes(ctx, [await cookies.get(ctx, id)]);
    return cookie!;
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return cookies.list(ctx, args, (rows) => withPurposes(ctx, rows));
  }

  /** The domain rules, with the recipient and the purposes checked against those of the tenant. */
  private async check(ctx: RequestContext, input: { recipientId?: string | null; purposeIds?: string[] | null }) {
    return validateCookie(input, {
      recipientIds: await existingIds(ctx, 'recipients', input.recipientId ? [input.recipientId] : []),
      purposeIds: await existingIds(ctx, 'purposes', input.purposeIds ?? []),
    });
  }

  private async save(
    ctx: RequestContext,
    id: string | null,
    value: CookieFields & { translations: Translations },
  ): Promise<Cookie> {
    const { purposeIds, ...columns } = value;
    const row = id ? await cookies.update(ctx, id, columns) : await cookies.insert(ctx, columns);
    await cookiePurposes.set(ctx, row.id, purposeIds);
    return toCookie(row, [...purposeIds].sort());
  }

  async create(ctx: RequestContext, input: CreateCookieInput): Promise<Cookie | ValidationFailed> {
    const checked = await withTranslations(ctx, 'cookie', await this.check(ctx, input), undefined, input.translations);
    return cookies.saveChecked(ctx, null, checked, (value) => this.save(ctx, null, value));
  }

  async update(ctx: RequestContext, input: UpdateCookieInput): Promise<Cookie | ValidationFailed> {
    const current = await cookies.get(ctx, input.id);
    const checked = await withTranslations(
      ctx,
      'cookie',
      await this.check(ctx, { ...fieldsOf(current, await purposeIdsOf(ctx, current.id)), ...definedFields(input) }),
      current.translations,
      input.translations,
    );
    return cookies.saveChecked(ctx, current.id, checked, (value) => this.save(ctx, current.id, value));
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return cookies.delete(ctx, id);
  }
}
