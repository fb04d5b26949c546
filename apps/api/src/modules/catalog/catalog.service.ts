import { randomUUID } from 'node:crypto';
import {
  displayName,
  mergeTranslations,
  problem,
  rebaseTranslations,
  validateRecipient,
  type Language,
  type Recipient as RecipientFields,
  type Translations,
  type Validated,
} from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext, TenantAccess } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { isUserError, ValidationFailed } from '../../graphql/user-error.js';
import { definedFields } from '../common/patch.js';
import { defaultLanguageOf, translationsOf } from '../common/translations.js';
import { PolicyService } from '../policy/policy.service.js';
import { latestPublished, PolicyVersionService } from '../policy-versions/policy-version.service.js';
import { hashOf } from '../policy-versions/published-document.js';
import type { PublishPolicyResult } from '../policy-versions/policy-version.types.js';
import { RecipientEntity } from '../recipients/recipient.entity.js';
import { RecipientService } from '../recipients/recipient.service.js';
import type { Recipient } from '../recipients/recipient.types.js';
import { TenantDirectoryEntity, TenantEntity } from '../tenants/tenant.entity.js';
import { CATALOG_OWNED_FIELDS, CatalogEntryEntity } from './catalog-entry.entity.js';
import { knownCookiesOf } from './catalog.cookies.js';
import { DEFAULT_CATALOG } from './catalog.defaults.js';
import {
  CatalogEntryUpdated,
  type AddRecipientFromCatalogInput,
  type CatalogEntry,
  type CatalogLink,
  type CatalogPropagation,
  type CreateCatalogEntryInput,
  type RepublishOutcome,
  type RepublishTenantsInput,
  type UpdateCatalogEntryInput,
} from './catalog.types.js';

type EntryFields = Pick<RecipientFields, (typeof CATALOG_OWNED_FIELDS)[number]>;

const fieldsOf = (e: CatalogEntryEntity): EntryFields => ({
  name: e.name,
  role: e.role,
  legalEntity: e.legalEntity,
  address: e.address,
  country: e.country,
  processingCountries: e.processingCountries,
  service: e.service,
  safeguards: e.safeguards,
  transferDetails: e.transferDetails,
  dataPrivacyFramework: e.dataPrivacyFramework ?? null,
  privacyPolicyUrl: e.privacyPolicyUrl,
  optOutUrl: e.optOutUrl,
});

/** The catalog is written in English; its translations serve tenants of other default languages. */
const CATALOG_LANGUAGE: Language = 'en';

const toEntry = (e: CatalogEntryEntity): CatalogEntry => ({
  id: e.id,
  ...fieldsOf(e),
  translations: translationsOf('catalogEntry', fieldsOf(e), e.translations),
  knownCookies: knownCookiesOf(e.name),
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

/** The catalog's rules are a recipient's rules, without the tenant's own parts; its translations are checked too. */
function validateEntry(
  input: object & { translations?: CreateCatalogEntryInput['translations'] },
  stored?: Translations,
): Validated<EntryFields & { translations: Translations }> {
  const checked = validateRecipient(input);
  if (!checked.ok) return checked;
  const value = Object.fromEntries(CATALOG_OWNED_FIELDS.map((f) => [f, checked.value[f]])) as EntryFields;
  const translations = mergeTranslations('catalogEntry', value, CATALOG_LANGUAGE, stored, input.translations);
  return translations.ok ? { ok: true, value: { ...value, translations: translations.value } } : translations;
}

/**
 * A linked recipient's catalog-owned facts in a tenant: the entry's texts in the tenant's default language where
 * the catalog has them translated, and the other languages as the recipient's translations of those fields (its
 * translations of its own fields kept).
 */
function linkedFacts(
  entry: EntryFields & { translations: Translations },
  tenantLanguage: Language,
  own: Translations = {},
): EntryFields & { translations: Translations } {
  const { translations, ...fields } = entry;
  const rebased = rebaseTranslations('catalogEntry', fields, translations, CATALOG_LANGUAGE, tenantLanguage);
  // The recipient's own fields keep their translations; the catalog's come from the entry (never in `to` itself).
  const merged: Translations = {};
  for (const [language, texts] of Object.entries(own) as [Language, Translations[Language]][]) {
    if (language === tenantLanguage) continue;
    for (const [field, t] of Object.entries(texts ?? {}))
      if (!(CATALOG_OWNED_FIELDS as readonly string[]).includes(field)) (merged[language] ??= {})[field] = t;
  }
  for (const [language, texts] of Object.entries(rebased.translations) as [Language, Translations[Language]][])
    Object.assign((merged[language] ??= {}), texts);
  return { ...rebased.value, translations: merged };
}

/** Gives a new agency the common recipients to start from. */
export async function seedDefaultCatalog(em: EntityManager, agencyId: string): Promise<void> {
  await em.getRepository(CatalogEntryEntity).insert(
    DEFAULT_CATALOG.map((d) => ({
      agencyId,
      id: randomUUID(),
      transferDetails: null,
      dataPrivacyFramework: null,
      optOutUrl: null,
      ...d,
    })),
  );
}

export class CatalogService {
  private readonly policy = new PolicyService();
  private readonly versions = new PolicyVersionService();
  private readonly recipients = new RecipientService();

  private agencyOf(ctx: RequestContext): string {
    const agencyId = ctx.actor.kind === 'user' ? ctx.actor.agencyId : null;
    if (!agencyId) ctx.assertCan('agency:manage');
    return agencyId!;
  }

  private repo(ctx: RequestContext) {
    return ctx.em.getRepository(CatalogEntryEntity);
  }

  private async load(ctx: RequestContext, agencyId: string, id: string): Promise<CatalogEntryEntity> {
    const entry = await this.repo(ctx).findOneBy({ agencyId, id: existingId(id, 'catalog entry') });
    if (!entry) throw notFound('catalog entry');
    return entry;
  }

  /** Agency staff read the catalog; only owners change it. */
  list(ctx: RequestContext, args: ConnectionArgs) {
    const agencyId = this.agencyOf(ctx);
    const query = this.repo(ctx).createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId });
    return paginate(query, args, ['c.name', 'c.id'], (c) => [c.name, c.id], toEntry);
  }

  async get(ctx: RequestContext, id: string): Promise<CatalogEntry> {
    return toEntry(await this.load(ctx, this.agencyOf(ctx), id));
  }

  private async duplicate(ctx: RequestContext, agencyId: string, name: string, exceptId?: string) {
    const query = this.repo(ctx)
      .createQueryBuilder('c')
      .where('c.agencyId = :agencyId AND lower(c.name) = lower(:name)', { agencyId, name });
    if (exceptId) query.andWhere('c.id <> :exceptId', { exceptId });
    return (await query.getExists())
      ? [problem('name', 'DUPLICATE', `the catalog already has an entry called "${name}"`)]
      : [];
  }

  async create(ctx: RequestContext, input: CreateCatalogEntryInput): Promise<CatalogEntry | ValidationFailed> {
    const agencyId = this.agencyOf(ctx);
    const checked = validateEntry(input);
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    const duplicate = await this.duplicate(ctx, agencyId, checked.value.name);
    if (duplicate.length) return ValidationFailed.of(duplicate);
    const id = randomUUID();
    await this.repo(ctx).insert({ agencyId, id, ...checked.value });
    return toEntry(await this.repo(ctx).findOneByOrFail({ agencyId, id }));
  }

  /** The agency's tenants, each with the access an owner has; catalog work visits them one by one. */
  private async agencyTenants(
    ctx: RequestContext,
    agencyId: string,
    ids?: readonly string[],
  ): Promise<(TenantAccess & { slug: string })[]> {
    const query = ctx.em
      .getRepository(TenantDirectoryEntity)
      .createQueryBuilder('d')
      .where('d.agencyId = :agencyId', { agencyId });
    if (ids) query.andWhere('d.tenantId IN (:...ids)', { ids: ids.length ? ids : [randomUUID()] });
    const rows = await query.orderBy('d.createdAt').addOrderBy('d.tenantId').getMany();
    return rows.map((d) => ({ id: d.tenantId, agencyId, role: 'ADMIN' as const, slug: d.slug }));
  }

  /**
   * Changes the entry and every linked tenant's recipient with it, then reports each tenant reached and whether
   * its draft now differs from its published version.
   */
  async update(ctx: RequestContext, input: UpdateCatalogEntryInput): Promise<CatalogEntryUpdated | ValidationFailed> {
    const agencyId = this.agencyOf(ctx);
    const current = await this.load(ctx, agencyId, input.id);
    const checked = validateEntry({ ...fieldsOf(current), ...definedFields(input) }, current.translations);
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    const duplicate = await this.duplicate(ctx, agencyId, checked.value.name, current.id);
    if (duplicate.length) return ValidationFailed.of(duplicate);
    await this.repo(ctx).update({ agencyId, id: current.id }, checked.value);
    const reached: CatalogPropagation[] = [];
    for (const tenant of await this.agencyTenants(ctx, agencyId)) {
      const propagation = await ctx.asTenant(tenant, async (tctx) => {
        const linked = await tctx.em
          .getRepository(RecipientEntity)
          .findBy({ tenantId: tenant.id, catalogEntryId: current.id });
        if (!linked.length) return null;
        const language = await defaultLanguageOf(tctx);
        for (const recipient of linked)
          await tctx.em
            .getRepository(RecipientEntity)
            .update(
              { tenantId: tenant.id, id: recipient.id },
              linkedFacts(checked.value, language, recipient.translations),
            );
        return this.propagation(
          tctx,
          tenant,
          linked.map((r) => r.id),
        );
      });
      if (propagation) reached.push(propagation);
    }
    return Object.assign(new CatalogEntryUpdated(), {
      entry: toEntry(await this.repo(ctx).findOneByOrFail({ agencyId, id: current.id })),
      reached,
    });
  }

  private async propagation(
    tctx: RequestContext,
    tenant: TenantAccess & { slug: string },
    recipientIds: string[],
  ): Promise<CatalogPropagation> {
    const row = await tctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: tenant.id });
    // The newest published version: imported earlier policies are text, not a draft's comparison point.
    const latest = await latestPublished(tctx, tenant.id);
    const { snapshot } = await this.policy.draft(tctx);
    return {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      tenantName: displayName(row),
      recipientIds: recipientIds.sort(),
      latestVersion: latest?.version ?? null,
      differsFromPublished: latest !== null && latest.snapshotHash !== hashOf(snapshot),
    };
  }

  /** Deleting an entry keeps the tenants' recipients as their own (unlinked). */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const agencyId = this.agencyOf(ctx);
    const entry = await this.load(ctx, agencyId, id);
    for (const tenant of await this.agencyTenants(ctx, agencyId)) {
      await ctx.asTenant(tenant, (tctx) =>
        tctx.em
          .getRepository(RecipientEntity)
          .update({ tenantId: tenant.id, catalogEntryId: entry.id }, { catalogEntryId: null }),
      );
    }
    await this.repo(ctx).delete({ agencyId, id: entry.id });
    return entry.id;
  }

  /** Which tenants each entry reaches (agency owners see all their tenants; others only what they can open). */
  async links(ctx: RequestContext, entryIds: readonly string[]): Promise<Map<string, CatalogLink[]>> {
    const result = new Map<string, CatalogLink[]>(entryIds.map((id) => [id, []]));
    const actor = ctx.actor;
    if (actor.kind !== 'user' || actor.agencyRole !== 'OWNER' || !actor.agencyId) return result;
    for (const tenant of await this.agencyTenants(ctx, actor.agencyId)) {
      await ctx.asTenant(tenant, async (tctx) => {
        const rows = await tctx.em
          .getRepository(RecipientEntity)
          .createQueryBuilder('r')
          .where('r.tenantId = :tenantId AND r.catalogEntryId IN (:...ids)', {
            tenantId: tenant.id,
            ids: entryIds.length ? entryIds : [randomUUID()],
          })
          .getMany();
        if (!rows.length) return;
        const name = displayName(await tctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: tenant.id }));
        for (const r of rows)
          result.get(r.catalogEntryId!)?.push({
            tenantId: tenant.id,
            tenantSlug: tenant.slug,
            tenantName: name,
            recipientId: r.id,
            dpaSignedOn: r.dpaSignedOn,
          });
      });
    }
    return result;
  }

  /** Adds a recipient to the current tenant with the catalog's facts, linked so catalog changes reach it. */
  async addRecipient(ctx: RequestContext, input: AddRecipientFromCatalogInput): Promise<Recipient | ValidationFailed> {
    const entry = await this.load(ctx, ctx.tenant!.agencyId, input.catalogEntryId).catch(() => null);
    if (!entry)
      return ValidationFailed.of([
        problem('catalogEntryId', 'UNKNOWN_REFERENCE', "no such entry in your agency's catalog"),
      ]);
    const { translations, ...facts } = linkedFacts(
      { ...fieldsOf(entry), translations: entry.translations },
      await defaultLanguageOf(ctx),
    );
    const created = await this.recipients.create(ctx, {
      ...facts,
      translations: Object.entries(translations).flatMap(([language, texts]) =>
        Object.entries(texts ?? {}).map(([field, t]) => ({
          language: language as Language,
          field,
          value: t.value,
          untranslated: t.untranslated,
        })),
      ),
      dataCategoryIds: input.dataCategoryIds ?? [],
      dpaSignedOn: input.dpaSignedOn ?? null,
      ...(input.position !== undefined ? { position: input.position } : {}),
    });
    if (isUserError(created)) return created as ValidationFailed;
    await ctx.em
      .getRepository(RecipientEntity)
      .update({ tenantId: ctx.tenantId, id: created.id }, { catalogEntryId: entry.id });
    return { ...created, catalogEntryId: entry.id } as Recipient;
  }

  /** Publishes each chosen tenant of the agency; one tenant's refusal does not stop the others. */
  async republish(ctx: RequestContext, input: RepublishTenantsInput): Promise<RepublishOutcome[]> {
    const agencyId = this.agencyOf(ctx);
    const ids = [...new Set(input.tenantIds.map((id) => existingId(id, 'tenant')))];
    const tenants = await this.agencyTenants(ctx, agencyId, ids);
    if (tenants.length !== ids.length) throw notFound('tenant');
    const outcomes: RepublishOutcome[] = [];
    for (const tenant of tenants) {
      const result = await ctx.tx.inSavepoint(
        () =>
          ctx.asTenant(tenant, (tctx) =>
            this.versions.publish(tctx, { effectiveDate: input.effectiveDate, changeSummary: input.changeSummary }),
          ),
        isUserError,
      );
      outcomes.push({ tenantId: tenant.id, result: result as typeof PublishPolicyResult });
    }
    return outcomes;
  }
}
