import {
  LEGAL_BASIS_REFERENCE,
  reliesOnConsent,
  SPECIAL_CATEGORY_CONDITION_REFERENCE,
  validatePurpose,
  type Purpose as PurposeFields,
  type PurposeReferences,
  type AudienceCategories,
  type GeneralRetentionRule,
  type Translations,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import type { ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { existingIds, LinkTable, TenantCollection } from '../common/tenant-collection.js';
import { definedFields } from '../common/patch.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { dataCategories } from '../data-categories/data-category.service.js';
import { PurposeEntity } from './purpose.entity.js';
import type { CreatePurposeInput, Purpose, UpdatePurposeInput } from './purpose.types.js';

export const purposes = new TenantCollection(PurposeEntity, 'purpose');
export const purposeLinks = {
  audienceIds: new LinkTable('purpose_audiences', 'purpose_id', 'audience_id'),
  dataCategoryIds: new LinkTable('purpose_data_categories', 'purpose_id', 'data_category_id'),
  recipientIds: new LinkTable('purpose_recipients', 'purpose_id', 'recipient_id'),
};
type LinkName = keyof typeof purposeLinks;
type Links = Record<LinkName, string[]>;
const LINK_NAMES = Object.keys(purposeLinks) as LinkName[];

/** The rule with its keys in one order, whatever order jsonb returns them in. */
export const retentionOf = (r: GeneralRetentionRule): GeneralRetentionRule => ({
  period: r.period ? { amount: r.period.amount, unit: r.period.unit, trigger: r.period.trigger } : null,
  criteria: r.criteria,
});

/**
 * The stored per-audience categories, in a stable order and pruned to the purpose's current links: an audience or
 * category deleted since is gone from them too. An entry left with no category stays (empty), so the policy claims
 * less rather than more, and validation asks for a fix on the next save.
 */
function audienceCategoriesOf(stored: readonly AudienceCategories[], links: Links): AudienceCategories[] {
  return stored
    .filter((e) => links.audienceIds.includes(e.audienceId))
    .map((e) => ({
      audienceId: e.audienceId,
      dataCategoryIds: e.dataCategoryIds.filter((id) => links.dataCategoryIds.includes(id)).sort(),
    }))
    .sort((a, b) => (a.audienceId < b.audienceId ? -1 : a.audienceId > b.audienceId ? 1 : 0));
}

export const fieldsOf = (p: PurposeEntity, links: Links): PurposeFields => ({
  name: p.name,
  description: p.description,
  legalBasis: p.legalBasis,
  legitimateInterest: p.legitimateInterest,
  legalObligation: p.legalObligation,
  legalObligationOrigin: p.legalObligationOrigin,
  legalBasisScope: p.legalBasisScope,
  // jsonb keys in one order, whatever order the database returns them in.
  additionalBases: (p.additionalBases ?? []).map((b) => ({
    legalBasis: b.legalBasis,
    scope: b.scope,
    legitimateInterest: b.legitimateInterest,
    legalObligation: b.legalObligation,
    legalObligationOrigin: b.legalObligationOrigin,
  })),
  specialCategoryCondition: p.specialCategoryCondition,
  criminalOffenceAuthority: p.criminalOffenceAuthority,
  criminalOffenceLaw: p.criminalOffenceLaw,
  directMarketing: p.directMarketing,
  saleOrSharing: p.saleOrSharing,
  automatedDecisionLogic: p.automatedDecisionLogic,
  audienceIds: links.audienceIds,
  dataCategoryIds: links.dataCategoryIds,
  recipientIds: links.recipientIds,
  audienceCategories: audienceCategoriesOf(p.audienceCategories ?? [], links),
  // Rows saved before the general rule existed have no `general`.
  retention: { ...retentionOf(p.retention), general: p.retention.general ?? false },
  position: p.position,
});

const toPurpose = (p: PurposeEntity, links: Links): Purpose => {
  const fields = fieldsOf(p, links);
  return {
    id: p.id,
    ...fields,
    legalBasisReference: LEGAL_BASIS_REFERENCE[fields.legalBasis],
    specialCategoryConditionReference: fields.specialCategoryCondition
      ? SPECIAL_CATEGORY_CONDITION_REFERENCE[fields.specialCategoryCondition]
      : null,
    reliesOnConsent: reliesOnConsent(fields),
    translations: translationsOf('purpose', fields, p.translations),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
};

/** Every purpose's linked ids: one query per link table for any number of purposes. */
export async function linksOf(ctx: RequestContext, ids: string[]): Promise<Map<string, Links>> {
  const maps = new Map<LinkName, Map<string, string[]>>();
  for (const name of LINK_NAMES) maps.set(name, await purposeLinks[name].of(ctx, ids));
  return new Map(
    ids.map((id) => [id, Object.fromEntries(LINK_NAMES.map((name) => [name, maps.get(name)!.get(id) ?? []])) as Links]),
  );
}

async function withLinks(ctx: RequestContext, rows: PurposeEntity[]): Promise<Purpose[]> {
  const links = await linksOf(
    ctx,
    rows.map((p) => p.id),
  );
  return rows.map((p) => toPurpose(p, links.get(p.id)!));
}

type ReferencingInput = {
  audienceIds?: string[] | null;
  dataCategoryIds?: string[] | null;
  recipientIds?: string[] | null;
};

/** What the input refers to, looked up among the current tenant's rows (only the ids it names). */
async function referencesOf(ctx: RequestContext, input: ReferencingInput): Promise<PurposeReferences> {
  const categories = await dataCategories.byIds(ctx, input.dataCategoryIds ?? []);
  return {
    audienceIds: await existingIds(ctx, 'audiences', input.audienceIds ?? []),
    recipientIds: await existingIds(ctx, 'recipients', input.recipientIds ?? []),
    dataCategories: new Map([...categories].map(([id, c]) => [id, { specialCategory: c.specialCategory }])),
  };
}

export class PurposeService {
  async get(ctx: RequestContext, id: string): Promise<Purpose> {
    const [purpose] = await withLinks(ctx, [await purposes.get(ctx, id)]);
    return purpose!;
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return purposes.list(ctx, args, (rows) => withLinks(ctx, rows));
  }

  private async check(ctx: RequestContext, input: ReferencingInput) {
    return validatePurpose(input, await referencesOf(ctx, input));
  }

  private async save(
    ctx: RequestContext,
    id: string | null,
    value: PurposeFields & { translations: Translations },
  ): Promise<Purpose> {
    const { audienceIds, dataCategoryIds, recipientIds, ...columns } = value;
    const links: Links = { audienceIds, dataCategoryIds, recipientIds };
    const row = id ? await purposes.update(ctx, id, columns) : await purposes.insert(ctx, columns);
    for (const name of LINK_NAMES) await purposeLinks[name].set(ctx, row.id, links[name]);
    return toPurpose(row, {
      audienceIds: [...audienceIds].sort(),
      dataCategoryIds: [...dataCategoryIds].sort(),
      recipientIds: [...recipientIds].sort(),
    });
  }

  async create(ctx: RequestContext, input: CreatePurposeInput): Promise<Purpose | ValidationFailed> {
    const checked = await withTranslations(ctx, 'purpose', await this.check(ctx, input), undefined, input.translations);
    return purposes.saveChecked(ctx, null, checked, (value) => this.save(ctx, null, value));
  }

  async update(ctx: RequestContext, input: UpdatePurposeInput): Promise<Purpose | ValidationFailed> {
    const current = await purposes.get(ctx, input.id);
    const links = await linksOf(ctx, [current.id]);
    const checked = await withTranslations(
      ctx,
      'purpose',
      await this.check(ctx, { ...fieldsOf(current, links.get(current.id)!), ...definedFields(input) }),
      current.translations,
      input.translations,
    );
    return purposes.saveChecked(ctx, current.id, checked, (value) => this.save(ctx, current.id, value));
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return purposes.delete(ctx, id);
  }
}
