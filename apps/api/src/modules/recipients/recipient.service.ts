import {
  problem,
  validateRecipient,
  type Jurisdiction,
  type Recipient as RecipientFields,
  type Translations,
} from '@noticeboard/domain';
import { CATALOG_OWNED_FIELDS } from '../catalog/catalog-entry.entity.js';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { existingIds, LinkTable, TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { RecipientEntity } from './recipient.entity.js';
import type { CreateRecipientInput, Recipient, UpdateRecipientInput } from './recipient.types.js';

export const recipients = new TenantCollection(RecipientEntity, 'recipient');
export const recipientDataCategories = new LinkTable('recipient_data_categories', 'recipient_id', 'data_category_id');

export const fieldsOf = (r: RecipientEntity, dataCategoryIds: string[]): RecipientFields => ({
  name: r.name,
  role: r.role,
  legalEntity: r.legalEntity,
  address: r.address,
  country: r.country,
  processingCountries: r.processingCountries,
  service: r.service,
  safeguards: r.safeguards,
  transferDetails: r.transferDetails,
  dataPrivacyFramework: r.dataPrivacyFramework ?? null,
  jointArrangement: r.jointArrangement,
  dpaSignedOn: r.dpaSignedOn,
  privacyPolicyUrl: r.privacyPolicyUrl,
  optOutUrl: r.optOutUrl,
  dataCategoryIds,
  position: r.position,
});

const toRecipient = (r: RecipientEntity, dataCategoryIds: string[]): Recipient => ({
  id: r.id,
  ...fieldsOf(r, dataCategoryIds),
  translations: translationsOf('recipient', fieldsOf(r, dataCategoryIds), r.translations),
  catalogEntryId: r.catalogEntryId ?? null,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Recipients with their data-category links, in one query for any number of rows. */
export async function withLinks(ctx: RequestContext, rows: RecipientEntity[]): Promise<Recipient[]> {
  const links = await recipientDataCategories.of(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecipient(r, links.get(r.id) ?? []));
}

const jurisdictionsOfRequest = new WeakMap<RequestContext, Promise<Jurisdiction[]>>();

/** The current tenant's jurisdictions, read once per request (transfer rules of every recipient depend on them). */
export function tenantJurisdictions(ctx: RequestContext): Promise<Jurisdiction[]> {
  let loaded = jurisdictionsOfRequest.get(ctx);
  if (!loaded) {
    loaded = ctx.em
      .getRepository(TenantEntity)
      .findOne({ select: { tenantId: true, jurisdictions: true }, where: { tenantId: ctx.tenantId } })
      .then((t) => t?.jurisdictions ?? []);
    loaded.catch(() => jurisdictionsOfRequest.delete(ctx));
    jurisdictionsOfRequest.set(ctx, loaded);
  }
  return loaded;
}

export class RecipientService {
  async get(ctx: RequestContext, id: string): Promise<Recipient> {
    const [recipient] = await withLinks(ctx, [await recipients.get(ctx, id)]);
    return recipient!;
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return recipients.list(ctx, args, (rows) => withLinks(ctx, rows));
  }

  /** The domain rules, with the data categories checked against those of the tenant. */
  private async check(ctx: RequestContext, input: { dataCategoryIds?: string[] | null }) {
    const dataCategoryIds = await existingIds(ctx, 'data_categories', input.dataCategoryIds ?? []);
    return validateRecipient(input, { dataCategoryIds });
  }

  private async save(
    ctx: RequestContext,
    id: string | null,
    value: RecipientFields & { translations: Translations },
  ): Promise<Recipient> {
    const { dataCategoryIds, ...columns } = value;
    const row = id ? await recipients.update(ctx, id, columns) : await recipients.insert(ctx, columns);
    await recipientDataCategories.set(ctx, row.id, dataCategoryIds);
    return toRecipient(row, [...dataCategoryIds].sort());
  }

  async create(ctx: RequestContext, input: CreateRecipientInput): Promise<Recipient | ValidationFailed> {
    const checked = await withTranslations(
      ctx,
      'recipient',
      await this.check(ctx, input),
      undefined,
      input.translations,
    );
    return recipients.saveChecked(ctx, null, checked, (value) => this.save(ctx, null, value));
  }

  async update(ctx: RequestContext, input: UpdateRecipientInput): Promise<Recipient | ValidationFailed> {
    const current = await recipients.get(ctx, input.id);
    if (current.catalogEntryId) {
      // A linked recipient's company facts belong to the agency catalog; the tenant keeps its own parts.
      const given = definedFields(input) as Record<string, unknown>;
      const before = fieldsOf(current, []) as unknown as Record<string, unknown>;
      const owned: string[] = CATALOG_OWNED_FIELDS.filter(
        (f) => f in given && JSON.stringify(given[f]) !== JSON.stringify(before[f]),
      );
      // Their translations too: a translation of a catalog-owned field is the catalog's.
      (input.translations ?? []).forEach((t, i) => {
        const stored = current.translations[t.language]?.[t.field];
        if ((CATALOG_OWNED_FIELDS as readonly string[]).includes(t.field) && stored?.value !== t.value.trim())
          owned.push(`translations.${i}`);
      });
      if (owned.length) {
        return ValidationFailed.of(
          owned.map((f) =>
            problem(
              f,
              'NOT_ALLOWED',
              'this recipient follows the agency catalog: change the catalog entry, or unlink it first',
            ),
          ),
        );
      }
    }
    const links = await recipientDataCategories.of(ctx, [current.id]);
    const checked = await withTranslations(
      ctx,
      'recipient',
      await this.check(ctx, { ...fieldsOf(current, links.get(current.id) ?? []), ...definedFields(input) }),
      current.translations,
      input.translations === undefined || input.translations === null || !current.catalogEntryId
        ? input.translations
        : [
            // The catalog's translations stay whatever the tenant sends for its own fields.
            ...input.translations.filter((t) => !(CATALOG_OWNED_FIELDS as readonly string[]).includes(t.field)),
            ...Object.entries(current.translations).flatMap(([language, fields]) =>
              Object.entries(fields ?? {})
                .filter(([field]) => (CATALOG_OWNED_FIELDS as readonly string[]).includes(field))
                .map(([field, t]) => ({
                  language: language as never,
                  field,
                  value: t.value,
                  untranslated: t.untranslated,
                })),
            ),
          ],
    );
    return recipients.saveChecked(ctx, current.id, checked, (value) => this.save(ctx, current.id, value));
  }

  /** Stops following the catalog: the recipient keeps its current facts as the tenant's own. */
  async unlinkFromCatalog(ctx: RequestContext, id: string): Promise<Recipient> {
    const current = await recipients.get(ctx, id);
    await recipients.repo(ctx).update({ tenantId: ctx.tenantId, id: current.id }, { catalogEntryId: null });
    return this.get(ctx, current.id);
  }

  /** Deleting a recipient unlinks it from its purposes and clears it from the cookies it set. */
  delete(ctx: RequestContext, id: string): Promise<string> {
    return recipients.delete(ctx, id);
  }
}
