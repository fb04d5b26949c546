import { z } from 'zod';
import {
  address,
  countryCode,
  email,
  optionalEmail,
  optionalPhone,
  optionalText,
  optionalUrl,
  plainDate,
  requiredText,
} from '../common/fields.js';
import { LANGUAGES } from '../common/language.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import { JURISDICTION_INFO, JURISDICTIONS, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { explicitAnswer } from '../policy/policy-settings.js';

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
  authorityEstablishment: 200,
  supervisoryAuthorities: 20,
  processorServices: 1000,
  recourseMechanismName: 200,
  certifications: 1,
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

/**
 * A supervisory authority the policy names for complaints, with what it is competent for: the regimes (a company
 * under the EU GDPR and the UK GDPR names its lead authority in the EU and the ICO) and/or the establishment it is
 * lead for (a group names one per establishment, GDPR Art. 56). No regime means it was named for the policy as a
 * whole, as the single authority of versions before the list was: it stands for each of the tenant's regimes.
 */
export const competentAuthority = supervisoryAuthority.extend({
  jurisdictions: z
    .array(z.enum(JURISDICTIONS))
    .max(JURISDICTIONS.length)
    .default([])
    .transform((js) => JURISDICTIONS.filter((j) => js.includes(j))),
  /** The establishment it is lead authority for, as the policy names it: "Acme GmbH (Berlin office)". */
  establishment: optionalText(TENANT_LIMITS.authorityEstablishment, 'establishment'),
});
export type CompetentAuthority = z.output<typeof competentAuthority>;

/** What the tenant does with a data subject's request about data it processes for a customer. */
export const PROCESSOR_REQUEST_HANDLING = [
  /** Passes it on to the customer concerned, who decides (GDPR Art. 28(3)(e)). */
  'FORWARDED_TO_CUSTOMER',
  /** Tells the person to address the customer concerned, and does not act on it itself. */
  'REFERRED_TO_CUSTOMER',
] as const;
export type ProcessorRequestHandling = (typeof PROCESSOR_REQUEST_HANDLING)[number];

/**
 * The tenant acting as a processor for its customers (a SaaS company processing its customers' end users' data on
 * their instructions): the customer is the controller and its own policy applies. `actsAsProcessor` is an explicit
 * answer: null says nothing; the details are stated only with the answer yes.
 */
export const processorRole = z.object({
  actsAsProcessor: explicitAnswer,
  /** The services and data concerned, in words: "the data our customers upload to the platform". */
  services: optionalText(TENANT_LIMITS.processorServices, 'services and data processed for customers'),
  requestHandling: z
    .enum(PROCESSOR_REQUEST_HANDLING)
    .nullish()
    .transform((v) => v ?? null),
});
export type ProcessorRole = z.output<typeof processorRole>;
export const UNANSWERED_PROCESSOR_ROLE: ProcessorRole = {
  actsAsProcessor: null,
  services: null,
  requestHandling: null,
};

/**
 * Certification frameworks the controller itself takes part in. The Data Privacy Framework: every participant is in
 * the EU-U.S. DPF; the UK Extension and the Swiss-U.S. DPF are joined separately (as for a recipient's certification).
 */
export const CERTIFICATION_FRAMEWORKS = ['DATA_PRIVACY_FRAMEWORK'] as const;
export type CertificationFramework = (typeof CERTIFICATION_FRAMEWORKS)[number];

/** The U.S. statutory bodies whose investigatory and enforcement powers a DPF participant is subject to. */
export const DPF_ENFORCEMENT_BODIES = ['FTC', 'DOT'] as const;
export type DpfEnforcementBody = (typeof DPF_ENFORCEMENT_BODIES)[number];

/**
 * The kinds of independent recourse mechanism the Notice principle makes the policy name (DPF Principles
 * II.1.a.ix): the panel of EU data protection authorities, or a dispute resolution provider based in the EU or the US.
 */
export const RECOURSE_MECHANISM_KINDS = ['EU_DPA_PANEL', 'EU_ADR_PROVIDER', 'US_ADR_PROVIDER'] as const;
export type RecourseMechanismKind = (typeof RECOURSE_MECHANISM_KINDS)[number];

export const recourseMechanism = z.object({
  kind: z.enum(RECOURSE_MECHANISM_KINDS, { error: 'choose the kind of recourse mechanism' }),
  /** "JAMS", "BBB National Programs"; the DPA panel needs no name. */
  name: optionalText(TENANT_LIMITS.recourseMechanismName, 'recourse mechanism name'),
  /** Where people file a complaint with it. */
  url: optionalUrl,
});
export type RecourseMechanism = z.output<typeof recourseMechanism>;

/**
 * The controller's own certification (a US company certified under the DPF): the policy must state its participation,
 * its independent recourse mechanism, the enforcement body and binding arbitration (DPF Principles II.1.a.i, ix-xi).
 * The recourse mechanism may be missing while the draft is prepared: completeness reports it.
 */
export const controllerCertification = z.object({
  framework: z.enum(CERTIFICATION_FRAMEWORKS, { error: 'choose the certification framework' }),
  /** When participation began, as the DPF List gives it (YYYY-MM-DD). */
  certifiedOn: plainDate,
  /** It takes part in the UK Extension to the EU-U.S. DPF. */
  ukExtension: z.boolean().default(false),
  /** It takes part in the Swiss-U.S. DPF. */
  swissFramework: z.boolean().default(false),
  recourseMechanism: recourseMechanism.nullish().transform((v) => v ?? null),
  enforcementBody: z.enum(DPF_ENFORCEMENT_BODIES, { error: 'choose the FTC or the Department of Transportation' }),
});
export type ControllerCertification = z.output<typeof controllerCertification>;

export const tenantProfileShape = {
  legalName: requiredText(TENANT_LIMITS.legalName, 'legal name'),
  tradingName: optionalText(TENANT_LIMITS.tradingName, 'trading name'),
  registrationNumber: optionalText(TENANT_LIMITS.registrationNumber, 'registration number'),
  groupEntities: z.array(groupEntity).max(TENANT_LIMITS.groupEntities).default([]),
  offices: z.array(office).max(TENANT_LIMITS.offices).default([]),
  /**
   * The country where the controller is established, for a policy that gives no office address ("a UK-only
   * organisation"): rules that depend on establishment (Art. 27 representatives, what counts as a transfer) need it.
   */
  establishedIn: countryCode.nullish().transform((v) => v ?? null),
  contactEmail: email,
  contactPhone: optionalPhone,
  website: optionalUrl,
  dpo: dataProtectionOfficer.nullish().transform((v) => v ?? null),
  representatives: z.array(representative).max(TENANT_LIMITS.representatives).default([]),
  supervisoryAuthorities: z.array(competentAuthority).max(TENANT_LIMITS.supervisoryAuthorities).default([]),
  processorRole: processorRole.nullish().transform((v) => v ?? UNANSWERED_PROCESSOR_ROLE),
  certifications: z.array(controllerCertification).max(TENANT_LIMITS.certifications).default([]),
  jurisdictions: z
    .array(z.enum(JURISDICTIONS))
    .min(1, { error: 'choose at least one jurisdiction' })
    .max(JURISDICTIONS.length)
    .transform((js) => JURISDICTIONS.filter((j) => js.includes(j))),
  defaultLanguage: z.enum(LANGUAGES).default('en'),
};

const tenantProfileObject = z.object({ ...tenantProfileShape, slug });

/**
 * Input written before the list of authorities (a published version's controller, an old import) names one
 * `supervisoryAuthority`: it is read as the list's only entry, named for the policy as a whole.
 */
function withAuthorityList(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const { supervisoryAuthority: single, ...rest } = input as Record<string, unknown>;
  if (single === undefined || rest.supervisoryAuthorities !== undefined) return rest;
  return { ...rest, supervisoryAuthorities: single === null ? [] : [single] };
}

export const tenantProfile = z.preprocess(withAuthorityList, tenantProfileObject);
/**
 * The controller as a draft and a published version hold it. Versions published before the list of authorities
 * have the single `supervisoryAuthority` instead (and neither `processorRole` nor `certifications`): read the
 * authorities with `supervisoryAuthoritiesOf`, never the field; drafts never set it.
 */
export type TenantProfile = z.output<typeof tenantProfileObject> & {
  /** @deprecated only in versions published before `supervisoryAuthorities`. */
  supervisoryAuthority?: SupervisoryAuthority | null;
};
export type TenantProfileInput = z.input<typeof tenantProfileObject> & {
  /** @deprecated the single authority of earlier input: read as `supervisoryAuthorities: [it]`. */
  supervisoryAuthority?: z.input<typeof supervisoryAuthority> | null;
};

/** Rules across fields of the profile. */
export function tenantProfileProblems(p: TenantProfile): Problem[] {
  const problems: Problem[] = [];
  if (p.offices.filter((o) => o.registered).length > 1) {
    problems.push(problem('offices', 'INCONSISTENT', 'only one office can be the registered office'));
  }
  const registered = p.offices.find((o) => o.registered) ?? p.offices[0];
  if (p.establishedIn && registered && registered.address.country !== p.establishedIn) {
    problems.push(
      problem('establishedIn', 'INCONSISTENT', 'the country of establishment differs from the registered office’s'),
    );
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
  problems.push(...supervisoryAuthorityProblems(p), ...processorRoleProblems(p), ...certificationProblems(p));
  return problems;
}

/** Whether two named authorities could both be the one for the same complaint: a regime in common (no regime is
 * every regime) and no two different establishments that tell them apart. */
function authoritiesOverlap(a: CompetentAuthority, b: CompetentAuthority): boolean {
  const shared =
    !a.jurisdictions.length || !b.jurisdictions.length || a.jurisdictions.some((j) => b.jurisdictions.includes(j));
  const apart =
    a.establishment !== null &&
    b.establishment !== null &&
    a.establishment.trim().toLowerCase() !== b.establishment.trim().toLowerCase();
  return shared && !apart;
}

function supervisoryAuthorityProblems(p: TenantProfile): Problem[] {
  const problems: Problem[] = [];
  p.supervisoryAuthorities.forEach((a, i) => {
    const foreign = a.jurisdictions.filter((j) => !p.jurisdictions.includes(j));
    if (foreign.length) {
      problems.push(
        problem(
          `supervisoryAuthorities.${i}.jurisdictions`,
          'INCONSISTENT',
          `the policy does not follow ${foreign.map((j) => JURISDICTION_INFO[j].name).join(', ')}`,
        ),
      );
    }
    const earlier = p.supervisoryAuthorities.slice(0, i).findIndex((b) => authoritiesOverlap(a, b));
    if (earlier !== -1) {
      problems.push(
        problem(
          `supervisoryAuthorities.${i}`,
          'DUPLICATE',
          `authority ${earlier + 1} is already named for the same regime: give each the establishment it is lead for, or different regimes`,
        ),
      );
    }
  });
  return problems;
}

function processorRoleProblems(p: TenantProfile): Problem[] {
  const { actsAsProcessor, services, requestHandling } = p.processorRole;
  if (actsAsProcessor === true || (!services && !requestHandling)) return [];
  const field = services ? 'processorRole.services' : 'processorRole.requestHandling';
  return actsAsProcessor === false
    ? [problem(field, 'INCONSISTENT', 'processing for customers is described, but the answer is that there is none')]
    : [problem('processorRole.actsAsProcessor', 'REQUIRED', 'answer whether you process personal data for customers')];
}

function certificationProblems(p: TenantProfile): Problem[] {
  const problems: Problem[] = [];
  p.certifications.forEach((c, i) => {
    if (p.certifications.slice(0, i).some((o) => o.framework === c.framework)) {
      problems.push(problem(`certifications.${i}.framework`, 'DUPLICATE', 'this framework is already listed'));
    }
    // Only organisations subject to the FTC's or the DoT's jurisdiction can join the DPF: US organisations.
    const country = establishmentCountry(p);
    if (c.framework === 'DATA_PRIVACY_FRAMEWORK' && country && country.toUpperCase() !== 'US') {
      problems.push(
        problem(
          `certifications.${i}.framework`,
          'INCONSISTENT',
          'only an organisation established in the United States can be certified under the Data Privacy Framework',
        ),
      );
    }
    const recourse = c.recourseMechanism;
    if (recourse && recourse.kind !== 'EU_DPA_PANEL' && !recourse.name) {
      problems.push(
        problem(`certifications.${i}.recourseMechanism.name`, 'REQUIRED', 'name the dispute resolution provider'),
      );
    }
  });
  return problems;
}

/**
 * The authorities a policy names, for a draft or any published version: the list, else the single authority of a
 * version published before it (named for the policy as a whole).
 */
export function supervisoryAuthoritiesOf(
  controller: Pick<TenantProfile, 'supervisoryAuthority'> & { supervisoryAuthorities?: CompetentAuthority[] },
): CompetentAuthority[] {
  if (controller.supervisoryAuthorities?.length) return controller.supervisoryAuthorities;
  const single = controller.supervisoryAuthority;
  return single ? [{ ...single, jurisdictions: [], establishment: null }] : [];
}

/** The authorities competent for complaints under one regime: those named for it, and those named for every regime. */
export function authoritiesFor(
  authorities: readonly CompetentAuthority[],
  jurisdiction: Jurisdiction,
): CompetentAuthority[] {
  return authorities.filter((a) => !a.jurisdictions.length || a.jurisdictions.includes(jurisdiction));
}

export function validateTenantProfile(input: unknown): Validated<TenantProfile> {
  return validateWith(tenantProfile, input, tenantProfileProblems);
}

/** A partial update of the profile: every field optional, same rules once merged with the current profile. */
export function mergeTenantProfile(current: TenantProfile, patch: Record<string, unknown>): Validated<TenantProfile> {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return validateTenantProfile({ ...current, ...defined });
}

/** Where the controller is established: the registered office, else the first office, else the country given. */
export function establishmentCountry(
  p: Pick<TenantProfile, 'offices'> & { establishedIn?: string | null },
): string | null {
  const registered = p.offices.find((o) => o.registered) ?? p.offices[0];
  return registered?.address.country ?? p.establishedIn ?? null;
}

/** Every country where the controller has an establishment: each office's (a branch too), else the country given. */
export function establishmentCountries(
  p: Pick<TenantProfile, 'offices'> & { establishedIn?: string | null },
): string[] {
  const countries = p.offices.map((o) => o.address.country.toUpperCase());
  if (p.establishedIn) countries.push(p.establishedIn);
  return [...new Set(countries)];
}

/** The name people know the company by. */
export function displayName(p: Pick<TenantProfile, 'legalName' | 'tradingName'>): string {
  return p.tradingName ?? p.legalName;
}

export type { Jurisdiction };
