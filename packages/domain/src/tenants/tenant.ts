import { z } from 'zod';
import {
  address,
  countryCode,
  email,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
} from '../common/fields.js';
import { LANGUAGES } from '../common/language.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import { JURISDICTIONS, type Jurisdiction } from '../jurisdictions/jurisdiction.js';

/** Characters of a tenant's text fields (slug: its shortest and longest), and how many of each list it may hold. */
export const TENANT_LIMITS = {
  slugMin: 3,
  slug: 63,
  legalName: 200,
  tradingName: 200,
  registrationNumber: 60,
  groupEntityRole: 300,
  groupEntities: 50,
  officeLabel: 120,
  offices: 50,
  dpoName: 200,
  representativeName: 200,
  representatives: 3,
  authorityName: 200,
} as const;

/** Slugs appear in public URLs (`/p/<slug>/privacy`), so they are URL-safe and never look like a route of ours. */
export const RESERVED_SLUGS = new Set([
  'admin',
  'api',
  'graphql',
  'p',
  'static',
  'assets',
  'healthz',
  'readyz',
  'metrics',
  'new',
  'login',
]);
export const slug = z
  .string({ error: 'slug is required' })
  .trim()
  .toLowerCase()
  .min(TENANT_LIMITS.slugMin, { error: `slug must be at least ${TENANT_LIMITS.slugMin} characters` })
  .max(TENANT_LIMITS.slug, { error: `slug must be at most ${TENANT_LIMITS.slug} characters` })
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, {
    error: 'slug may contain lower-case letters, digits and inner hyphens only',
  })
  .refine((s) => !s.includes('--'), {
    error: 'slug must not contain consecutive hyphens',
    params: { code: 'INVALID_FORMAT' },
  })
  .refine((s) => !RESERVED_SLUGS.has(s), { error: 'this slug is reserved', params: { code: 'NOT_ALLOWED' } });

/** Suggests a slug from a company name: lower case, ASCII, hyphenated. */
export function slugFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TENANT_LIMITS.slug)
    .replace(/-+$/g, '');
  return base.length >= TENANT_LIMITS.slugMin && !RESERVED_SLUGS.has(base)
    ? base
    : `${base || 'tenant'}-co`.slice(0, TENANT_LIMITS.slug);
}

export const groupEntity = z.object({
  legalName: requiredText(TENANT_LIMITS.legalName, 'legal name'),
  country: countryCode,
  registrationNumber: optionalText(TENANT_LIMITS.registrationNumber, 'registration number'),
  /** What the entity does for the group, e.g. "service delivery in Vietnam". */
  role: optionalText(TENANT_LIMITS.groupEntityRole, 'role'),
  address: address.nullish().transform((v) => v ?? null),
});
export type GroupEntity = z.output<typeof groupEntity>;

export const office = z.object({
  label: requiredText(TENANT_LIMITS.officeLabel, 'office label'),
  address,
  /** The registered office is the controller's address in the policy. */
  registered: z.boolean().default(false),
});
export type Office = z.output<typeof office>;

export const dataProtectionOfficer = z.object({
  name: optionalText(TENANT_LIMITS.dpoName, 'DPO name'),
  email: optionalEmail,
  phone: optionalPhone,
  address: address.nullish().transform((v) => v ?? null),
});
export type DataProtectionOfficer = z.output<typeof dataProtectionOfficer>;

/** GDPR Art. 27 / UK GDPR Art. 27 / FADP Art. 14 representatives. */
export const REPRESENTATIVE_REGIONS = ['EU', 'UK', 'CH'] as const;
export type RepresentativeRegion = (typeof REPRESENTATIVE_REGIONS)[number];
export const representative = z.object({
  region: z.enum(REPRESENTATIVE_REGIONS, { error: 'region must be EU, UK or CH' }),
  name: requiredText(TENANT_LIMITS.representativeName, 'representative name'),
  email: optionalEmail,
  address,
});
export type Representative = z.output<typeof representative>;

export const supervisoryAuthority = z.object({
  name: requiredText(TENANT_LIMITS.authorityName, 'authority name'),
  country: countryCode,
  website: optionalUrl,
  email: optionalEmail,
  phone: optionalPhone,
  address: address.nullish().transform((v) => v ?? null),
});
export type SupervisoryAuthority = z.output<typeof supervisoryAuthority>;

export const tenantProfileShape = {
  legalName: requiredText(TENANT_LIMITS.legalName, 'legal name'),
  tradingName: optionalText(TENANT_LIMITS.tradingName, 'trading name'),
  registrationNumber: optionalText(TENANT_LIMITS.registrationNumber, 'registration number'),
  groupEntities: z.array(groupEntity).max(TENANT_LIMITS.groupEntities).default([]),
  offices: z.array(office).max(TENANT_LIMITS.offices).default([]),
  contactEmail: email,
  contactPhone: optionalPhone,
  website: optionalUrl,
  dpo: dataProtectionOfficer.nullish().transform((v) => v ?? null),
  representatives: z.array(representative).max(TENANT_LIMITS.representatives).default([]),
  supervisoryAuthority: supervisoryAuthority.nullish().transform((v) => v ?? null),
  jurisdictions: z
    .array(z.enum(JURISDICTIONS))
    .min(1, { error: 'choose at least one jurisdiction' })
    .max(JURISDICTIONS.length)
    .transform((js) => JURISDICTIONS.filter((j) => js.includes(j))),
  defaultLanguage: z.enum(LANGUAGES).default('en'),
};

export const tenantProfile = z.object({ ...tenantProfileShape, slug });
export type TenantProfile = z.output<typeof tenantProfile>;
export type TenantProfileInput = z.input<typeof tenantProfile>;

/** Rules across fields of the profile. */
export function tenantProfileProblems(p: TenantProfile): Problem[] {
  const problems: Problem[] = [];
  if (p.offices.filter((o) => o.registered).length > 1) {
    problems.push(problem('offices', 'INCONSISTENT', 'only one office can be the registered office'));
  }
  const regions = p.representatives.map((r) => r.region);
  regions.forEach((region, i) => {
    if (regions.indexOf(region) !== i) {
      problems.push(problem(`representatives.${i}.region`, 'DUPLICATE', `there is already a ${region} representative`));
    }
  });
  const dpo = p.dpo;
  if (dpo && !dpo.email && !dpo.phone && !dpo.address) {
    problems.push(
      problem('dpo', 'INCONSISTENT', 'a DPO needs at least one way to be contacted (email, phone or address)'),
    );
  }
  return problems;
}

export function validateTenantProfile(input: unknown): Validated<TenantProfile> {
  return validateWith(tenantProfile, input, tenantProfileProblems);
}

/** A partial update of the profile: every field optional, same rules once merged with the current profile. */
export function mergeTenantProfile(current: TenantProfile, patch: Record<string, unknown>): Validated<TenantProfile> {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return validateTenantProfile({ ...current, ...defined });
}

/** Where the controller is established: the registered office, else the first office. */
export function establishmentCountry(p: Pick<TenantProfile, 'offices'>): string | null {
  const registered = p.offices.find((o) => o.registered) ?? p.offices[0];
  return registered?.address.country ?? null;
}

/** The name people know the company by. */
export function displayName(p: Pick<TenantProfile, 'legalName' | 'tradingName'>): string {
  return p.tradingName ?? p.legalName;
}

export type { Jurisdiction };
