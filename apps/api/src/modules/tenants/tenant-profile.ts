import { supervisoryAuthoritiesOf, UNANSWERED_PROCESSOR_ROLE, type TenantProfile } from '@noticeboard/domain';
import type { TenantEntity } from './tenant.entity.js';

/** The controller as the domain knows it, read from the tenant's row (the draft snapshot's and the API's). */
export function profileOf(t: TenantEntity): TenantProfile {
  return {
    slug: t.slug,
    legalName: t.legalName,
    tradingName: t.tradingName,
    registrationNumber: t.registrationNumber,
    groupEntities: t.groupEntities,
    offices: t.offices,
    establishedIn: t.establishedIn,
    contactEmail: t.contactEmail,
    contactPhone: t.contactPhone,
    website: t.website,
    dpo: t.dpo,
    representatives: t.representatives,
    // Rows written before the list hold only the single authority (see the migration 1765700000000 for why it is
    // read here rather than copied by the migration).
    supervisoryAuthorities: supervisoryAuthoritiesOf(t),
    processorRole: t.processorRole ?? UNANSWERED_PROCESSOR_ROLE,
    certifications: t.certifications ?? [],
    jurisdictions: t.jurisdictions,
    defaultLanguage: t.defaultLanguage,
  };
}
