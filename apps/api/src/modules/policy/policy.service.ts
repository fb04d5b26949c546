import {
  buildPolicySnapshot,
  danglingReferences,
  DEFAULT_POLICY_SETTINGS,
  rightsAvailable,
  validatePolicySettings,
  type PolicySettings as PolicySettingsFields,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { audiences, fieldsOf as audienceFields } from '../audiences/audience.service.js';
import { clauses, fieldsOf as clauseFields } from '../clauses/clause.service.js';
import { cookies, fieldsOf as cookieFields } from '../cookies/cookie.service.js';
import { dataCategories, fieldsOf as dataCategoryFields } from '../data-categories/data-category.service.js';
import { fieldsOf as purposeFields, linksOf as purposeLinksOf, purposes } from '../purposes/purpose.service.js';
import { fieldsOf as recipientFields, recipientDataCategories, recipients } from '../recipients/recipient.service.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { profileOf } from '../tenants/tenant.service.js';
import { PolicySettingsEntity } from './policy-settings.entity.js';
import type { PolicyDraft, PolicySettings, UpdatePolicySettingsInput } from './policy.types.js';

const fieldsOf = (s: PolicySettingsEntity): PolicySettingsFields => ({
  rightsContactEmail: s.rightsContactEmail,
  rightsContactUrl: s.rightsContactUrl,
  rightsContactChannel: s.rightsContactChannel,
  childrenMinimumAge: s.childrenMinimumAge,
  securityMeasures: s.securityMeasures,
  sellsOrSharesPersonalInformation: s.sellsOrSharesPersonalInformation,
  changeNotice: s.changeNotice,
  policyUrl: s.policyUrl,
  accentColor: s.accentColor,
});

export class PolicyService {
  private repo(ctx: RequestContext) {
    return ctx.em.getRepository(PolicySettingsEntity);
  }

  private row(ctx: RequestContext): Promise<PolicySettingsEntity | null> {
    return this.repo(ctx).findOneBy({ tenantId: ctx.tenantId });
  }

  async settings(ctx: RequestContext): Promise<PolicySettings> {
    ctx.assertCan('policy:read');
    const row = await this.row(ctx);
    return row ? { ...fieldsOf(row), updatedAt: row.updatedAt } : { ...DEFAULT_POLICY_SETTINGS, updatedAt: null };
  }

  /** Merges the given fields over the saved settings (or the defaults) and saves the tenant's one row. */
  async updateSettings(ctx: RequestContext, input: UpdatePolicySettingsInput): Promise<PolicySettings | ValidationFailed> {
    ctx.assertCan('policy:write');
    const row = await this.row(ctx);
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const checked = validatePolicySettings({ ...(row ? fieldsOf(row) : DEFAULT_POLICY_SETTINGS), ...given });
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    await this.repo(ctx).upsert({ tenantId: ctx.tenantId, ...checked.value }, ['tenantId']);
    const saved = await this.repo(ctx).findOneByOrFail({ tenantId: ctx.tenantId });
    return { ...fieldsOf(saved), updatedAt: saved.updatedAt };
  }

  /**
   * The tenant's whole policy as it stands: each table read once, assembled by the domain in a deterministic
   * order, so that the same rows always give the same snapshot.
   */
  async draft(ctx: RequestContext): Promise<PolicyDraft> {
    ctx.assertCan('policy:read');
    const tenant = await ctx.em.getRepository(TenantEntity).findOneBy({ tenantId: ctx.tenantId });
    if (!tenant) throw notFound('tenant');
    const settings = await this.row(ctx);
    const audienceRows = await audiences.all(ctx);
    const categoryRows = await dataCategories.all(ctx);
    const purposeRows = await purposes.all(ctx);
    const purposeLinks = await purposeLinksOf(ctx, purposeRows.map((p) => p.id));
    const recipientRows = await recipients.all(ctx);
    const recipientLinks = await recipientDataCategories.of(ctx, recipientRows.map((r) => r.id));
    const cookieRows = await cookies.all(ctx);
    const clauseRows = await clauses.all(ctx);
    const snapshot = buildPolicySnapshot({
      controller: profileOf(tenant),
      settings: settings ? fieldsOf(settings) : DEFAULT_POLICY_SETTINGS,
      audiences: audienceRows.map((a) => ({ id: a.id, ...audienceFields(a) })),
      dataCategories: categoryRows.map((c) => ({ id: c.id, ...dataCategoryFields(c) })),
      purposes: purposeRows.map((p) => ({ id: p.id, ...purposeFields(p, purposeLinks.get(p.id)!) })),
      recipients: recipientRows.map((r) => ({ id: r.id, ...recipientFields(r, recipientLinks.get(r.id) ?? []) })),
      cookies: cookieRows.map((c) => ({ id: c.id, ...cookieFields(c) })),
      clauses: clauseRows.map((c) => ({ id: c.id, ...clauseFields(c) })),
    });
    return { snapshot, problems: danglingReferences(snapshot), rights: rightsAvailable(tenant.jurisdictions) };
  }
}
