import {
  buildPolicySnapshot,
  danglingReferences,
  DEFAULT_POLICY_SETTINGS,
  LANGUAGES,
  rightsAvailable,
  validatePolicySettings,
  type PolicySettings as PolicySettingsFields,
  type PolicySnapshot,
} from '@noticeboard/domain';
import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { audiences, fieldsOf as audienceFields } from '../audiences/audience.service.js';
import { clauses, fieldsOf as clauseFields } from '../clauses/clause.service.js';
import { cookiePurposes, cookies, fieldsOf as cookieFields } from '../cookies/cookie.service.js';
import { dataCategories, fieldsOf as dataCategoryFields } from '../data-categories/data-category.service.js';
import { fieldsOf as purposeFields, purposeLinks, purposes, retentionOf } from '../purposes/purpose.service.js';
import { fieldsOf as recipientFields, recipientDataCategories, recipients } from '../recipients/recipient.service.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { profileOf } from '../tenants/tenant-profile.js';
import { PolicySettingsEntity } from './policy-settings.entity.js';
import { snapshotTranslations, translationsOf, withTranslations } from '../common/translations.js';
import type { PolicyDraft, PolicySettings, UpdatePolicySettingsInput } from './policy.types.js';

const fieldsOf = (s: PolicySettingsEntity): PolicySettingsFields => ({
  rightsContactEmail: s.rightsContactEmail,
  rightsContactUrl: s.rightsContactUrl,
  rightsContactChannel: s.rightsContactChannel,
  childrenMinimumAge: s.childrenMinimumAge,
  securityMeasures: s.securityMeasures,
  automatedDecisionMaking: s.automatedDecisionMaking,
  internationalTransfers: s.internationalTransfers,
  disclosesPersonalData: s.disclosesPersonalData,
  sellsOrSharesPersonalInformation: s.sellsOrSharesPersonalInformation,
  soldOrSharedInPreceding12Months: s.soldOrSharedInPreceding12Months,
  sensitivePersonalInformationOnlyForPermittedUses: s.sensitivePersonalInformationOnlyForPermittedUses,
  rightsRequestsFreeOfCharge: s.rightsRequestsFreeOfCharge,
  sellsOrSharesPersonalInformationOfMinors: s.sellsOrSharesPersonalInformationOfMinors,
  processesOptOutPreferenceSignals: s.processesOptOutPreferenceSignals,
  operatesExclusivelyOnline: s.operatesExclusivelyOnline,
  offersFinancialIncentives: s.offersFinancialIncentives,
  tollFreeNumber: s.tollFreeNumber,
  doNotSellOrShareUrl: s.doNotSellOrShareUrl,
  limitSensitiveUseUrl: s.limitSensitiveUseUrl,
  financialIncentiveNoticeUrl: s.financialIncentiveNoticeUrl,
  authorisedAgentProof: s.authorisedAgentProof,
  verificationProcess: s.verificationProcess,
  processesChildrensData: s.processesChildrensData,
  childrensDataTypes: s.childrensDataTypes,
  parentalConsentProcess: s.parentalConsentProcess,
  accountablePersonName: s.accountablePersonName,
  accountablePersonTitle: s.accountablePersonTitle,
  accountablePersonEmail: s.accountablePersonEmail,
  changeNotice: s.changeNotice,
  policyUrl: s.policyUrl,
  sellsPersonalData: s.sellsPersonalData,
  volunteeredSpecialCategoryData: s.volunteeredSpecialCategoryData,
  dataAboutOthers: s.dataAboutOthers,
  // jsonb keys in one order, whatever order the database returns them in.
  enquiryResponseTime: s.enquiryResponseTime
    ? { amount: s.enquiryResponseTime.amount, unit: s.enquiryResponseTime.unit }
    : null,
  generalRetention: s.generalRetention ? retentionOf(s.generalRetention) : null,
  accentColor: s.accentColor,
  publishedLanguages: LANGUAGES.filter((l) => (s.publishedLanguages ?? []).includes(l)),
});

const toSettings = (s: PolicySettingsEntity): PolicySettings => {
  const fields = fieldsOf(s);
  return { ...fields, translations: translationsOf('settings', fields, s.translations), updatedAt: s.updatedAt };
};

export class PolicyService {
  private repo(ctx: RequestContext) {
    return ctx.em.getRepository(PolicySettingsEntity);
  }

  private row(ctx: RequestContext): Promise<PolicySettingsEntity | null> {
    return this.repo(ctx).findOneBy({ tenantId: ctx.tenantId });
  }

  async settings(ctx: RequestContext): Promise<PolicySettings> {
    const row = await this.row(ctx);
    return row ? toSettings(row) : { ...DEFAULT_POLICY_SETTINGS, translations: [], updatedAt: null };
  }

  /** Merges the given fields over the saved settings (or the defaults) and saves the tenant's one row. */
  async updateSettings(
    ctx: RequestContext,
    input: UpdatePolicySettingsInput,
  ): Promise<PolicySettings | ValidationFailed> {
    const row = await this.row(ctx);
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const checked = await withTranslations(
      ctx,
      'settings',
      validatePolicySettings({ ...(row ? fieldsOf(row) : DEFAULT_POLICY_SETTINGS), ...given }),
      row?.translations,
      input.translations,
    );
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    await this.repo(ctx).upsert({ tenantId: ctx.tenantId, ...checked.value }, ['tenantId']);
    return toSettings(await this.repo(ctx).findOneByOrFail({ tenantId: ctx.tenantId }));
  }

  /**
   * The tenant's whole policy as it stands: each table read once, assembled by the domain in a deterministic
   * order, so that the same rows always give the same snapshot.
   */
  async draft(ctx: RequestContext): Promise<PolicyDraft> {
    const drafted = (await draftSnapshots(ctx.em, [ctx.tenantId])).get(ctx.tenantId);
    if (!drafted) throw notFound('tenant');
    const { tenant, snapshot } = drafted;
    return { snapshot, problems: danglingReferences(snapshot), rights: rightsAvailable(tenant.jurisdictions) };
  }
}

export interface DraftedPolicy {
  tenant: TenantEntity;
  snapshot: PolicySnapshot;
}

/**
 * The drafts of several tenants (those row-level security lets the caller read), with one query per table
 * whatever their number: the one draft of the policy editor and every card of the agency home alike.
 */
export async function draftSnapshots(
  em: EntityManager,
  tenantIds: readonly string[],
): Promise<Map<string, DraftedPolicy>> {
  const ids = [...new Set(tenantIds)];
  const result = new Map<string, DraftedPolicy>();
  if (!ids.length) return result;
  const tenants = await em.getRepository(TenantEntity).findBy({ tenantId: In(ids) });
  const settings = new Map(
    (await em.getRepository(PolicySettingsEntity).findBy({ tenantId: In(ids) })).map((s) => [s.tenantId, s]),
  );
  const audienceRows = await audiences.ofTenants(em, ids);
  const categoryRows = await dataCategories.ofTenants(em, ids);
  const purposeRows = await purposes.ofTenants(em, ids);
  const linkNames = Object.keys(purposeLinks) as (keyof typeof purposeLinks)[];
  const purposeLinkRows = new Map<string, Map<string, Map<string, string[]>>>();
  for (const name of linkNames) purposeLinkRows.set(name, await purposeLinks[name].ofTenants(em, ids));
  const recipientRows = await recipients.ofTenants(em, ids);
  const recipientLinks = await recipientDataCategories.ofTenants(em, ids);
  const cookieRows = await cookies.ofTenants(em, ids);
  const cookieLinks = await cookiePurposes.ofTenants(em, ids);
  const clauseRows = await clauses.ofTenants(em, ids);
  for (const tenant of tenants) {
    const t = tenant.tenantId;
    const linksOfPurpose = (id: string) =>
      Object.fromEntries(linkNames.map((name) => [name, purposeLinkRows.get(name)!.get(t)?.get(id) ?? []])) as Record<
        keyof typeof purposeLinks,
        string[]
      >;
    const saved = settings.get(t);
    const snapshot = buildPolicySnapshot({
      controller: { ...profileOf(tenant), ...snapshotTranslations(tenant.translations) },
      settings: saved ? { ...fieldsOf(saved), ...snapshotTranslations(saved.translations) } : DEFAULT_POLICY_SETTINGS,
      audiences: audienceRows
        .get(t)!
        .map((a) => ({ id: a.id, ...audienceFields(a), ...snapshotTranslations(a.translations) })),
      dataCategories: categoryRows
        .get(t)!
        .map((c) => ({ id: c.id, ...dataCategoryFields(c), ...snapshotTranslations(c.translations) })),
      purposes: purposeRows.get(t)!.map((p) => ({
        id: p.id,
        ...purposeFields(p, linksOfPurpose(p.id)),
        ...snapshotTranslations(p.translations),
      })),
      recipients: recipientRows.get(t)!.map((r) => ({
        id: r.id,
        ...recipientFields(r, recipientLinks.get(t)?.get(r.id) ?? []),
        ...snapshotTranslations(r.translations),
      })),
      cookies: cookieRows.get(t)!.map((c) => ({
        id: c.id,
        ...cookieFields(c, cookieLinks.get(t)?.get(c.id) ?? []),
        ...snapshotTranslations(c.translations),
      })),
      clauses: clauseRows
        .get(t)!
        .map((c) => ({ id: c.id, ...clauseFields(c), ...snapshotTranslations(c.translations) })),
    });
    result.set(t, { tenant, snapshot });
  }
  return result;
}
