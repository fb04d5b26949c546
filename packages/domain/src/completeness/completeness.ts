import { isArticle9Category, isCriminalOffenceData, type DataCategory } from '../data-categories/data-category.js';
import {
  JURISDICTION_INFO,
  JURISDICTIONS,
  type Jurisdiction,
  type TransferArea,
} from '../jurisdictions/jurisdiction.js';
import { cookieNeedsConsent, purposesOfCookie } from '../cookies/cookie.js';
import type { Language } from '../common/language.js';
import type { TranslatableKind } from '../common/translation.js';
import type { PolicySnapshot } from '../policy/policy.js';
import { policyLanguages, policyTranslationStatus } from '../policy/policy-translation.js';
import { blocksLanguage } from '../common/translation.js';
import { LEGAL_BASES, obligationLawRecognised, reliesOnConsent } from '../purposes/legal-basis.js';
import { policyTransfers } from '../recipients/policy-transfers.js';
import { recipientCountries, recipientTransferGaps } from '../recipients/recipient.js';
import { AREA_COUNTRIES, isInternationalTransfer, type TransferGap } from '../recipients/transfer.js';
import { isVagueRetentionCriteria } from '../retention/retention-rule.js';
import {
  authoritiesFor,
  establishmentCountries,
  supervisoryAuthoritiesOf,
  type RepresentativeRegion,
} from '../tenants/tenant.js';

/** ERROR blocks publishing; WARNING is shown but does not block. */
export type CompletenessSeverity = 'ERROR' | 'WARNING';

/** The parts of a policy a problem can point at, in the order problems are listed. */
export const COMPLETENESS_LOCATION_KINDS = [
  'CONTROLLER',
  'SETTINGS',
  'AUDIENCE',
  'DATA_CATEGORY',
  'PURPOSE',
  'RECIPIENT',
  'COOKIE',
  'CLAUSE',
] as const;
export type CompletenessLocationKind = (typeof COMPLETENESS_LOCATION_KINDS)[number];

/** The place to fix a problem: the element (null id for the controller, the settings, or a whole list) and its field. */
export interface CompletenessLocation {
  kind: CompletenessLocationKind;
  id: string | null;
  field: string | null;
  /** For a translation: the language the field lacks. */
  language?: Language;
}

/** Which provisions each regime uses for one duty; a regime without an entry does not impose it. */
type Citations = Partial<Record<Jurisdiction, string>>;

// Citations shared by several rules. UK GDPR keeps the GDPR's numbering, so next to the EU citation it is not repeated.
const PURPOSES: Citations = {
  EU_GDPR: 'GDPR Art. 13(1)(c)',
  UK_GDPR: 'UK GDPR Art. 13(1)(c)',
  CCPA_CPRA: 'CCPA § 1798.100(a)(1)',
  LGPD: 'LGPD Art. 9, I',
  PIPEDA: 'PIPEDA Sch. 1, Principle 4.2',
  CH_FADP: 'FADP Art. 19(2)(b)',
};
const DATA_CATEGORIES: Citations = {
  EU_GDPR: 'GDPR Art. 14(1)(d)',
  UK_GDPR: 'UK GDPR Art. 14(1)(d)',
  CCPA_CPRA: 'CCPA § 1798.100(a)(1)',
  PIPEDA: 'PIPEDA Sch. 1, Principle 4.8.2(c)',
  CH_FADP: 'FADP Art. 19(3)',
};
const RECIPIENTS: Citations = {
  EU_GDPR: 'GDPR Art. 13(1)(e)',
  UK_GDPR: 'UK GDPR Art. 13(1)(e)',
  CCPA_CPRA: 'CCPA § 1798.110(c)(4)',
  LGPD: 'LGPD Art. 9, V',
  CH_FADP: 'FADP Art. 19(2)(c)',
};
const TRANSFERS: Citations = {
  EU_GDPR: 'GDPR Art. 13(1)(f)',
  UK_GDPR: 'UK GDPR Art. 13(1)(f)',
  LGPD: 'LGPD Art. 33',
  CH_FADP: 'FADP Art. 19(4)',
};
const CONTROLLER_IDENTITY: Citations = {
  EU_GDPR: 'GDPR Art. 13(1)(a)',
  UK_GDPR: 'UK GDPR Art. 13(1)(a)',
  LGPD: 'LGPD Art. 9, III-IV',
  PIPEDA: 'PIPEDA Sch. 1, Principle 4.8.2(a)',
  CH_FADP: 'FADP Art. 19(2)(a)',
};
const CRIMINAL_OFFENCE_DATA: Citations = {
  EU_GDPR: 'GDPR Art. 10',
  UK_GDPR: 'UK GDPR Art. 10; DPA 2018 s. 10(5), Sch. 1',
};
const SALE_ROUTE = 'CCPA § 1798.135(a)(1)';
const SALE_STATEMENT = 'CCPA § 1798.130(a)(5)(C)';
const AUTOMATED_DECISIONS: Citations = {
  EU_GDPR: 'GDPR Art. 13(2)(f), 14(2)(g)',
  UK_GDPR: 'UK GDPR Art. 13(2)(f), 14(2)(g)',
  LGPD: 'LGPD Art. 20',
  CH_FADP: 'FADP Art. 21',
};

const INTELLIGIBLE: Citations = {
  EU_GDPR: 'GDPR Art. 12(1)',
  UK_GDPR: 'UK GDPR Art. 12(1)',
  CCPA_CPRA: '11 CCR § 7011(a)(2)(D)',
  LGPD: 'LGPD Art. 9',
  PIPEDA: 'PIPEDA Sch. 1, Principle 4.8.1',
  CH_FADP: 'FADP Art. 19(1)',
};

interface Rule {
  severity: CompletenessSeverity;
  citations: Citations;
}

/** Every rule, grouped by where it points; the key is the stable code clients branch on. */
const RULES = {
  // Every language the policy is published in says everything the default language says (Art. 12(1): information
  // in an intelligible form and clear language; a page half in another language is neither).
  TRANSLATION_MISSING: { severity: 'ERROR', citations: INTELLIGIBLE },
  TRANSLATION_OUTDATED: { severity: 'ERROR', citations: INTELLIGIBLE },
  TRANSLATION_UNTRANSLATED: { severity: 'ERROR', citations: INTELLIGIBLE },
  // Controller: GDPR Art. 13(1)(a)-(b), 13(2)(d) and their equivalents.
  CONTROLLER_NAME_MISSING: { severity: 'ERROR', citations: CONTROLLER_IDENTITY },
  CONTROLLER_CONTACT_MISSING: { severity: 'ERROR', citations: CONTROLLER_IDENTITY },
  CONTROLLER_ADDRESS_MISSING: {
    severity: 'WARNING',
    citations: {
      EU_GDPR: 'GDPR Art. 13(1)(a)',
      UK_GDPR: 'UK GDPR Art. 13(1)(a)',
      PIPEDA: 'PIPEDA Sch. 1, Principle 4.8.2(a)',
      CH_FADP: 'FADP Art. 19(2)(a)',
    },
  },
  REPRESENTATIVE_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(1)(a), 27', UK_GDPR: 'UK GDPR Art. 13(1)(a), 27' },
  },
  CH_REPRESENTATIVE_RECOMMENDED: { severity: 'WARNING', citations: { CH_FADP: 'FADP Art. 14' } },
  DPO_CONTACT_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(1)(b)', UK_GDPR: 'UK GDPR Art. 13(1)(b)' },
  },
  DPO_RECOMMENDED: {
    severity: 'WARNING',
    citations: { EU_GDPR: 'GDPR Art. 37(1)(c)', UK_GDPR: 'UK GDPR Art. 37(1)(c)' },
  },
  LGPD_DPO_EMAIL_MISSING: { severity: 'ERROR', citations: { LGPD: 'LGPD Art. 41, § 1' } },
  // Art. 13(2)(d) requires telling people of the right to complain, which the policy always does; naming the
  // competent authority is good practice, so its absence warns rather than blocks.
  SUPERVISORY_AUTHORITY_MISSING: {
    severity: 'WARNING',
    citations: {
      EU_GDPR: 'GDPR Art. 13(2)(d)',
      UK_GDPR: 'UK GDPR Art. 13(2)(d)',
      LGPD: 'LGPD Art. 18, § 1',
      CH_FADP: 'FADP Art. 49',
    },
  },
  // The controller's own DPF certification: the Notice principle makes the policy name the independent recourse
  // mechanism (DPF Principles II.1.a.ix). It binds the certified organisation for data from the areas of the parts it
  // joined: the EU-U.S. DPF (EU), the UK Extension (UK), the Swiss-U.S. DPF (Switzerland).
  CERTIFICATION_RECOURSE_MECHANISM_MISSING: {
    severity: 'ERROR',
    citations: {
      EU_GDPR: 'EU-U.S. DPF Principles II.1.a.ix',
      UK_GDPR: 'DPF Principles II.1.a.ix (UK Extension)',
      CH_FADP: 'Swiss-U.S. DPF Principles II.1.a.ix',
    },
  },
  // Settings: how people exercise their rights, and the CCPA statements.
  RIGHTS_ROUTE_MISSING: {
    severity: 'ERROR',
    citations: {
      EU_GDPR: 'GDPR Art. 13(2)(b)',
      UK_GDPR: 'UK GDPR Art. 13(2)(b)',
      CCPA_CPRA: 'CCPA § 1798.130(a)(1)',
      LGPD: 'LGPD Art. 9, VII',
      PIPEDA: 'PIPEDA Sch. 1, Principle 4.8.2(b)',
      CH_FADP: 'FADP Art. 25',
    },
  },
  CONSENT_WITHDRAWAL_ROUTE_MISSING: {
    severity: 'ERROR',
    citations: {
      EU_GDPR: 'GDPR Art. 13(2)(c)',
      UK_GDPR: 'UK GDPR Art. 13(2)(c)',
      LGPD: 'LGPD Art. 18, IX',
      PIPEDA: 'PIPEDA Sch. 1, Principle 4.3.8',
    },
  },
  // Explicit answers: a statement of absence ("we do not …") needs the answer no; null means nobody answered.
  AUTOMATED_DECISIONS_NOT_ANSWERED: {
    severity: 'ERROR',
    citations: { EU_GDPR: AUTOMATED_DECISIONS.EU_GDPR, UK_GDPR: AUTOMATED_DECISIONS.UK_GDPR },
  },
  AUTOMATED_DECISIONS_INCONSISTENT: { severity: 'ERROR', citations: AUTOMATED_DECISIONS },
  INTERNATIONAL_TRANSFERS_NOT_ANSWERED: { severity: 'ERROR', citations: TRANSFERS },
  INTERNATIONAL_TRANSFERS_INCONSISTENT: { severity: 'ERROR', citations: TRANSFERS },
  DISCLOSURE_NOT_ANSWERED: { severity: 'ERROR', citations: RECIPIENTS },
  DISCLOSURE_INCONSISTENT: { severity: 'ERROR', citations: RECIPIENTS },
  SALE_OR_SHARING_NOT_ANSWERED: { severity: 'ERROR', citations: { CCPA_CPRA: SALE_STATEMENT } },
  SALE_OR_SHARING_PAST_YEAR_NOT_ANSWERED: { severity: 'ERROR', citations: { CCPA_CPRA: SALE_STATEMENT } },
  SENSITIVE_USE_NOT_ANSWERED: {
    severity: 'ERROR',
    citations: { CCPA_CPRA: 'CCPA § 1798.121, § 1798.135(a)(2); 11 CCR § 7027(m)' },
  },
  SALE_OR_SHARING_NOT_STATED: { severity: 'ERROR', citations: { CCPA_CPRA: SALE_STATEMENT } },
  SALE_OR_SHARING_WITHOUT_PURPOSE: { severity: 'WARNING', citations: { CCPA_CPRA: 'CCPA § 1798.130(a)(5)(B)' } },
  SALE_OPT_OUT_ROUTE_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: SALE_ROUTE } },
  LIMIT_SENSITIVE_USE_ROUTE_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: 'CCPA § 1798.135(a)(2)' } },
  // California: what the privacy policy must say beyond the categories (11 CCR § 7011(e)); the categories sold,
  // shared or disclosed and to whom are derived from the purposes and their recipients.
  SALE_OR_SHARING_WITHOUT_RECIPIENT: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7011(e)(1)(E)' } },
  MINORS_SALE_NOT_ANSWERED: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7011(e)(1)(G)' } },
  OPT_OUT_SIGNALS_NOT_ANSWERED: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7011(e), § 7025' } },
  OPT_OUT_SIGNALS_NOT_PROCESSED: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7025(b)' } },
  REQUEST_METHODS_NOT_ANSWERED: { severity: 'ERROR', citations: { CCPA_CPRA: 'CCPA § 1798.130(a)(1)(A)' } },
  TOLL_FREE_NUMBER_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: 'CCPA § 1798.130(a)(1)(A)' } },
  AUTHORISED_AGENT_PROCESS_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7011(e), § 7063' } },
  VERIFICATION_PROCESS_MISSING: {
    severity: 'ERROR',
    citations: { CCPA_CPRA: '11 CCR § 7011(e), §§ 7060–7062' },
  },
  FINANCIAL_INCENTIVES_NOT_ANSWERED: {
    severity: 'ERROR',
    citations: { CCPA_CPRA: 'CCPA § 1798.125(b); 11 CCR § 7016' },
  },
  FINANCIAL_INCENTIVE_NOTICE_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: '11 CCR § 7016(a)-(c)' } },
  // Brazil: children's and adolescents' data (Art. 14).
  CHILDREN_DATA_NOT_ANSWERED: { severity: 'ERROR', citations: { LGPD: 'LGPD Art. 14' } },
  CHILDREN_DATA_TYPES_MISSING: { severity: 'ERROR', citations: { LGPD: 'LGPD Art. 14, § 2' } },
  PARENTAL_CONSENT_PROCESS_MISSING: { severity: 'ERROR', citations: { LGPD: 'LGPD Art. 14, §§ 1 and 5' } },
  // Canada: the individual accountable for compliance, by name or title; reached at their own email, else at the
  // controller's contact (whose absence CONTROLLER_CONTACT_MISSING reports for PIPEDA).
  ACCOUNTABLE_PERSON_MISSING: {
    severity: 'ERROR',
    citations: { PIPEDA: 'PIPEDA Sch. 1, Principles 4.1, 4.1.1, 4.8.2(a)' },
  },
  // Audiences.
  AUDIENCE_WITHOUT_PURPOSE: { severity: 'ERROR', citations: PURPOSES },
  // Data categories.
  DATA_CATEGORY_UNUSED: { severity: 'WARNING', citations: DATA_CATEGORIES },
  // The LGPD asks for it where providing the data is a condition for a product or service, which only the answer shows.
  PROVISION_REQUIREMENT_NOT_ANSWERED: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(2)(e)', UK_GDPR: 'UK GDPR Art. 13(2)(e)', LGPD: 'LGPD Art. 9, § 3' },
  },
  CONSEQUENCE_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(2)(e)', UK_GDPR: 'UK GDPR Art. 13(2)(e)' },
  },
  SOURCE_DETAILS_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 14(2)(f)', UK_GDPR: 'UK GDPR Art. 14(2)(f)' },
  },
  CCPA_CATEGORY_MISSING: { severity: 'ERROR', citations: { CCPA_CPRA: 'CCPA § 1798.130(a)(5)(B)' } },
  // Purposes.
  NO_PURPOSES: { severity: 'ERROR', citations: PURPOSES },
  PURPOSE_LEGAL_BASIS_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(1)(c)', UK_GDPR: 'UK GDPR Art. 13(1)(c)' },
  },
  LEGITIMATE_INTEREST_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 13(1)(d)', UK_GDPR: 'UK GDPR Art. 13(1)(d)', LGPD: 'LGPD Art. 10, § 2' },
  },
  LEGAL_OBLIGATION_NOT_NAMED: {
    severity: 'WARNING',
    citations: { EU_GDPR: 'GDPR Art. 13(1)(c)', UK_GDPR: 'UK GDPR Art. 13(1)(c)' },
  },
  LEGAL_OBLIGATION_ORIGIN_MISSING: {
    severity: 'WARNING',
    citations: { EU_GDPR: 'GDPR Art. 6(3)', UK_GDPR: 'UK GDPR Art. 6(3)' },
  },
  // A third country's law is no Art. 6(1)(c) basis: the processing needs another basis (often legitimate interests).
  LEGAL_OBLIGATION_NOT_RECOGNISED: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 6(1)(c), 6(3)', UK_GDPR: 'UK GDPR Art. 6(1)(c), 6(3)' },
  },
  SPECIAL_CATEGORY_CONDITION_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 9(2)', UK_GDPR: 'UK GDPR Art. 9(2)' },
  },
  CRIMINAL_OFFENCE_AUTHORITY_MISSING: { severity: 'ERROR', citations: CRIMINAL_OFFENCE_DATA },
  CRIMINAL_OFFENCE_LAW_NOT_NAMED: { severity: 'ERROR', citations: CRIMINAL_OFFENCE_DATA },
  PURPOSE_WITHOUT_AUDIENCE: { severity: 'ERROR', citations: PURPOSES },
  PURPOSE_WITHOUT_DATA_CATEGORY: { severity: 'ERROR', citations: DATA_CATEGORIES },
  RETENTION_MISSING: {
    severity: 'ERROR',
    citations: {
      EU_GDPR: 'GDPR Art. 13(2)(a)',
      UK_GDPR: 'UK GDPR Art. 13(2)(a)',
      CCPA_CPRA: 'CCPA § 1798.100(a)(3)',
      LGPD: 'LGPD Art. 9, II',
    },
  },
  // Art. 13(2)(a) allows "the criteria used to determine that period", but "as long as necessary" names none (WP29
  // Guidelines on transparency, WP260 rev.01, para. 48). Text cannot be judged with certainty, so this warns.
  RETENTION_NOT_SPECIFIC: {
    severity: 'WARNING',
    citations: {
      EU_GDPR: 'GDPR Art. 13(2)(a); WP260 rev.01 para. 48',
      UK_GDPR: 'UK GDPR Art. 13(2)(a)',
      LGPD: 'LGPD Art. 9, II',
    },
  },
  // Recipients and transfers.
  JOINT_ARRANGEMENT_MISSING: {
    severity: 'ERROR',
    citations: { EU_GDPR: 'GDPR Art. 26(2)', UK_GDPR: 'UK GDPR Art. 26(2)' },
  },
  RECIPIENT_COUNTRY_MISSING: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_WITHOUT_SAFEGUARD: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_SAFEGUARD_NOT_RECOGNISED: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_LEGACY_SAFEGUARD: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_DPF_OUTSIDE_US: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_DPF_NOT_CERTIFIED: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_UK_ADDENDUM_MISSING: { severity: 'ERROR', citations: TRANSFERS },
  TRANSFER_DEROGATION_NOT_NAMED: { severity: 'ERROR', citations: TRANSFERS },
  PROCESSOR_SERVICE_MISSING: {
    severity: 'ERROR',
    citations: {
      EU_GDPR: 'GDPR Art. 13(1)(e)',
      UK_GDPR: 'UK GDPR Art. 13(1)(e)',
      LGPD: 'LGPD Art. 9, V',
      CH_FADP: 'FADP Art. 19(2)(c)',
    },
  },
  RECIPIENT_UNUSED: { severity: 'WARNING', citations: RECIPIENTS },
  // The LGPD asks for the purpose of each shared use (Art. 9, V): a recipient no purpose names has none.
  SHARED_USE_PURPOSE_MISSING: { severity: 'ERROR', citations: { LGPD: 'LGPD Art. 9, V' } },
  // Cookies. Every cookie says what it is for (the purposes it serves, whose legal basis is its own); the Swiss
  // Telecommunications Act asks for the purpose of storage on a device too, but no consent (TCA Art. 45c: inform, and
  // tell how to refuse), so only the EU and UK rules below ask for a consent-based purpose.
  COOKIE_WITHOUT_PURPOSE: {
    severity: 'ERROR',
    citations: { ...PURPOSES, CH_FADP: 'FADP Art. 19(2)(b); TCA Art. 45c(b)' },
  },
  COOKIE_WITHOUT_CONSENT_PURPOSE: {
    severity: 'WARNING',
    citations: { EU_GDPR: 'ePrivacy Directive Art. 5(3)', UK_GDPR: 'PECR reg. 6' },
  },
} as const satisfies Record<string, Rule>;

export type CompletenessCode = keyof typeof RULES;

/** Every code the check can emit, grouped by the part of the policy it points at. */
export const COMPLETENESS_CODES: readonly CompletenessCode[] = Object.keys(RULES) as CompletenessCode[];

/** A missing or inconsistent element of the draft, named, with the provision that requires it and where to fix it. */
export interface CompletenessProblem {
  code: CompletenessCode;
  severity: CompletenessSeverity;
  /** The provision(s), e.g. 'GDPR Art. 13(1)(f)'; several regimes' provisions are joined with '; '. */
  requirement: string;
  /** The tenant's regimes that require it, in JURISDICTIONS order. */
  jurisdictions: Jurisdiction[];
  message: string;
  location: CompletenessLocation;
}

/** Whether a draft with these problems may be published: warnings are shown, errors block. */
export function isPublishable(problems: readonly CompletenessProblem[]): boolean {
  return problems.every((p) => p.severity !== 'ERROR');
}

// ---------------------------------------------------------------------------------------------------------------
// Wording

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
/** Countries English names with "the". */
const WITH_ARTICLE = new Set([
  'AE',
  'BS',
  'CF',
  'CK',
  'DO',
  'FK',
  'FO',
  'GB',
  'GM',
  'IM',
  'KM',
  'KY',
  'MH',
  'MV',
  'NL',
  'PH',
  'SB',
  'TC',
  'UM',
  'US',
  'VG',
  'VI',
]);

function countryName(code: string): string {
  const c = code.toUpperCase();
  const name = REGION_NAMES.of(c) ?? c;
  return WITH_ARTICLE.has(c) ? `the ${name}` : name;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const quoted = (name: string) => `'${name}'`;
const blank = (v: string | null | undefined): boolean => !v || !v.trim();

function citation(citations: Citations, jurisdictions: readonly Jurisdiction[]): string {
  const eu = jurisdictions.includes('EU_GDPR') ? citations.EU_GDPR : undefined;
  const parts = jurisdictions.map((j) => citations[j] as string).filter((c) => !(eu !== undefined && c === `UK ${eu}`));
  return [...new Set(parts)].join('; ');
}

// ---------------------------------------------------------------------------------------------------------------
// Collecting

interface Found {
  problem: CompletenessProblem;
  /** Position of the element in the snapshot; -1 for the controller or settings as a whole. */
  order: number;
}

interface Check {
  snapshot: PolicySnapshot;
  /** The tenant's regimes, in JURISDICTIONS order. */
  served: readonly Jurisdiction[];
  emit(
    code: CompletenessCode,
    location: CompletenessLocation,
    message: string,
    options?: { order?: number; only?: readonly Jurisdiction[] },
  ): void;
  /** Data categories covered by at least one purpose. */
  usedCategoryIds: ReadonlySet<string>;
}

const at = (kind: CompletenessLocationKind, id: string | null, field: string | null): CompletenessLocation => ({
  kind,
  id,
  field,
});

// ---------------------------------------------------------------------------------------------------------------
// Rules

const REPRESENTATIVES: ReadonlyArray<{
  jurisdiction: Jurisdiction;
  area: TransferArea;
  region: RepresentativeRegion;
  where: string;
  adjective: string;
}> = [
  { jurisdiction: 'EU_GDPR', area: 'EEA', region: 'EU', where: 'the EU', adjective: 'EU' },
  { jurisdiction: 'UK_GDPR', area: 'UK', region: 'UK', where: 'the UK', adjective: 'UK' },
  { jurisdiction: 'CH_FADP', area: 'CH', region: 'CH', where: 'Switzerland', adjective: 'Swiss' },
];

function checkController(c: Check): void {
  const { controller } = c.snapshot;
  if (blank(controller.legalName))
    c.emit('CONTROLLER_NAME_MISSING', at('CONTROLLER', null, 'legalName'), 'the controller has no legal name');
  if (blank(controller.contactEmail))
    c.emit('CONTROLLER_CONTACT_MISSING', at('CONTROLLER', null, 'contactEmail'), 'the controller has no contact email');
  if (!controller.offices.length)
    c.emit('CONTROLLER_ADDRESS_MISSING', at('CONTROLLER', null, 'offices'), 'the controller has no office address');
  // Any office (a branch too) is an establishment (GDPR Art. 3(1)); without one in the area, Art. 27 asks for a
  // representative. No establishment entered means none is known, which is no reason to skip the rule.
  const countries = establishmentCountries(controller);
  for (const r of REPRESENTATIVES) {
    const established = countries.some((country) => AREA_COUNTRIES[r.area].includes(country));
    if (established || controller.representatives.some((rep) => rep.region === r.region)) continue;
    const code = r.region === 'CH' ? 'CH_REPRESENTATIVE_RECOMMENDED' : 'REPRESENTATIVE_MISSING';
    const where = countries.length
      ? `the controller has no establishment in ${r.where}`
      : `no office or country of establishment of the controller is entered, so none is known in ${r.where},`;
    c.emit(code, at('CONTROLLER', null, 'representatives'), `${where} and names no ${r.adjective} representative`, {
      only: [r.jurisdiction],
    });
  }

  const dpo = controller.dpo;
  if (dpo && blank(dpo.email) && blank(dpo.phone) && !dpo.address) {
    c.emit(
      'DPO_CONTACT_MISSING',
      at('CONTROLLER', null, 'dpo'),
      'the data protection officer has no email, phone or address',
    );
  }
  if (!dpo) {
    const special = c.snapshot.dataCategories.filter((d) => d.specialCategory !== null && c.usedCategoryIds.has(d.id));
    if (special.length) {
      const names = listOf(special.map((d) => quoted(d.name)));
      const [noun, is] = special.length === 1 ? ['data category', 'is'] : ['data categories', 'are'];
      c.emit(
        'DPO_RECOMMENDED',
        at('CONTROLLER', null, 'dpo'),
        `${noun} ${names} ${is} special-category data but no data protection officer is named`,
      );
    }
  }
  if (!dpo || blank(dpo.email)) {
    c.emit(
      'LGPD_DPO_EMAIL_MISSING',
      at('CONTROLLER', null, 'dpo.email'),
      dpo
        ? 'the encarregado (data protection officer) has no email address'
        : 'no encarregado (data protection officer) is named with an email address',
    );
  }
  // The regimes that have no authority (one named without regimes stands for all of them), in one problem.
  const authorities = supervisoryAuthoritiesOf(controller);
  const without = c.served.filter((j) => !authoritiesFor(authorities, j).length);
  if (without.length) {
    const regimes = listOf(without.map((j) => `the ${JURISDICTION_INFO[j].name}`));
    c.emit(
      'SUPERVISORY_AUTHORITY_MISSING',
      at('CONTROLLER', null, 'supervisoryAuthorities'),
      authorities.length
        ? `no supervisory authority is named for complaints under ${regimes}`
        : 'no supervisory authority is named for complaints',
      { only: without },
    );
  }

  // Versions published before certifications were modelled have none.
  (controller.certifications ?? []).forEach((cert, i) => {
    if (cert.recourseMechanism) return;
    const concerned: Jurisdiction[] = [
      'EU_GDPR',
      ...(cert.ukExtension ? (['UK_GDPR'] as const) : []),
      ...(cert.swissFramework ? (['CH_FADP'] as const) : []),
    ];
    c.emit(
      'CERTIFICATION_RECOURSE_MECHANISM_MISSING',
      at('CONTROLLER', null, `certifications.${i}.recourseMechanism`),
      'the controller is certified under the Data Privacy Framework but names no independent recourse mechanism for complaints',
      { only: concerned },
    );
  });
}

function checkSettings(c: Check): void {
  const { settings, controller, purposes, dataCategories } = c.snapshot;
  // An opt-out or limit-use request needs a page or an address (CCPA § 1798.135); other rights may also go through
  // a channel described in words, or the controller's contact email.
  const rightsRoute = !blank(settings.rightsContactEmail) || !blank(settings.rightsContactUrl);
  const anyRoute = rightsRoute || !blank(settings.rightsContactChannel) || !blank(controller.contactEmail);
  if (!anyRoute) {
    c.emit(
      'RIGHTS_ROUTE_MISSING',
      at('SETTINGS', null, 'rightsContactEmail'),
      'no way to exercise rights is given: add a rights contact email, page or channel, or a controller contact email',
    );
    purposes.forEach((p, i) => {
      if (reliesOnConsent(p)) {
        c.emit(
          'CONSENT_WITHDRAWAL_ROUTE_MISSING',
          at('SETTINGS', null, 'rightsContactEmail'),
          `purpose ${quoted(p.name)} relies on consent but no withdrawal route is given`,
          { order: i },
        );
      }
    });
  }

  const selling = purposes.filter((p) => p.saleOrSharing);
  const sells = settings.sellsOrSharesPersonalInformation;
  if (sells === null) {
    c.emit(
      'SALE_OR_SHARING_NOT_ANSWERED',
      at('SETTINGS', null, 'sellsOrSharesPersonalInformation'),
      'say whether personal information is sold or shared (the policy must state it either way)',
    );
  } else if (!sells) {
    if (settings.soldOrSharedInPreceding12Months === null)
      c.emit(
        'SALE_OR_SHARING_PAST_YEAR_NOT_ANSWERED',
        at('SETTINGS', null, 'soldOrSharedInPreceding12Months'),
        'say whether personal information was sold or shared in the preceding 12 months',
      );
    purposes.forEach((p, i) => {
      if (!p.saleOrSharing) return;
      c.emit(
        'SALE_OR_SHARING_NOT_STATED',
        at('SETTINGS', null, 'sellsOrSharesPersonalInformation'),
        `purpose ${quoted(p.name)} sells or shares personal information but the policy states that none is sold or shared`,
        { order: i },
      );
    });
  } else if (!selling.length) {
    c.emit(
      'SALE_OR_SHARING_WITHOUT_PURPOSE',
      at('SETTINGS', null, 'sellsOrSharesPersonalInformation'),
      'the policy states that personal information is sold or shared but no purpose sells or shares it',
    );
  }
  // The "Do Not Sell or Share" and "Limit the Use" links lead to a web page; an email address is no such link.
  if ((selling.length || sells) && blank(settings.doNotSellOrShareUrl)) {
    c.emit(
      'SALE_OPT_OUT_ROUTE_MISSING',
      at('SETTINGS', null, 'doNotSellOrShareUrl'),
      'personal information is sold or shared but no page for the “Do Not Sell or Share My Personal Information” link is given (an email address is not enough)',
    );
  }
  const sensitive = dataCategories.some(
    (d) => d.ccpaCategory === 'SENSITIVE_PERSONAL_INFORMATION' && c.usedCategoryIds.has(d.id),
  );
  const permittedOnly = settings.sensitivePersonalInformationOnlyForPermittedUses;
  if (sensitive && permittedOnly === null) {
    c.emit(
      'SENSITIVE_USE_NOT_ANSWERED',
      at('SETTINGS', null, 'sensitivePersonalInformationOnlyForPermittedUses'),
      'sensitive personal information is processed: say whether it is used only for the purposes 11 CCR § 7027(m) lists',
    );
  }
  // Only a use beyond § 7027(m) gives the right to limit, and with it the need for a route.
  if (sensitive && permittedOnly === false && blank(settings.limitSensitiveUseUrl)) {
    c.emit(
      'LIMIT_SENSITIVE_USE_ROUTE_MISSING',
      at('SETTINGS', null, 'limitSensitiveUseUrl'),
      'sensitive personal information is used beyond 11 CCR § 7027(m) but no page for the “Limit the Use of My Sensitive Personal Information” link is given (an email address is not enough)',
    );
  }
}

/**
 * California's privacy-policy contents (11 CCR § 7011(e)) that the data cannot supply. The annual update
 * (§ 1798.130(a)(5)) is not checked: the check has no today's date, and the domain keeps no clock.
 */
function checkCalifornia(c: Check): void {
  const { settings, purposes } = c.snapshot;
  const field = (name: string) => at('SETTINGS', null, name);
  const selling = purposes.some((p) => p.saleOrSharing) || settings.sellsOrSharesPersonalInformation === true;
  purposes.forEach((p, i) => {
    if (p.saleOrSharing && !p.recipientIds.length)
      c.emit(
        'SALE_OR_SHARING_WITHOUT_RECIPIENT',
        at('PURPOSE', p.id, 'recipientIds'),
        `purpose ${quoted(p.name)} sells or shares personal information but names no recipient, so the policy cannot say to which third parties`,
        { order: i },
      );
  });
  // Snapshots from before these answers existed lack them: they read as unanswered.
  if (selling && (settings.sellsOrSharesPersonalInformationOfMinors ?? null) === null)
    c.emit(
      'MINORS_SALE_NOT_ANSWERED',
      field('sellsOrSharesPersonalInformationOfMinors'),
      'say whether you have actual knowledge that you sell or share the personal information of consumers under 16',
    );
  const signals = settings.processesOptOutPreferenceSignals ?? null;
  if (selling && signals === null)
    c.emit(
      'OPT_OUT_SIGNALS_NOT_ANSWERED',
      field('processesOptOutPreferenceSignals'),
      'personal information is sold or shared: say whether opt-out preference signals (Global Privacy Control) are processed',
    );
  else if (selling && signals === false)
    c.emit(
      'OPT_OUT_SIGNALS_NOT_PROCESSED',
      field('processesOptOutPreferenceSignals'),
      'a business that sells or shares personal information must process opt-out preference signals as opt-out requests',
    );
  if (blank(settings.tollFreeNumber)) {
    const online = settings.operatesExclusivelyOnline ?? null;
    if (online === null)
      c.emit(
        'REQUEST_METHODS_NOT_ANSWERED',
        field('operatesExclusivelyOnline'),
        'give a toll-free number for requests, or answer that you operate exclusively online with a direct relationship with consumers (then an email address is enough)',
      );
    else if (!online)
      c.emit(
        'TOLL_FREE_NUMBER_MISSING',
        field('tollFreeNumber'),
        'a business that does not operate exclusively online must offer a toll-free number for requests',
      );
  }
  if ((settings.authorisedAgentProof ?? null) === null)
    c.emit(
      'AUTHORISED_AGENT_PROCESS_MISSING',
      field('authorisedAgentProof'),
      'say what an authorised agent must provide to make a request on a consumer’s behalf',
    );
  if (blank(settings.verificationProcess))
    c.emit(
      'VERIFICATION_PROCESS_MISSING',
      field('verificationProcess'),
      'describe how you verify requests to know, delete and correct, and what the consumer must provide',
    );
  const incentives = settings.offersFinancialIncentives ?? null;
  if (incentives === null)
    c.emit(
      'FINANCIAL_INCENTIVES_NOT_ANSWERED',
      field('offersFinancialIncentives'),
      'say whether you offer financial incentives or price or service differences for personal information',
    );
  else if (incentives && blank(settings.financialIncentiveNoticeUrl))
    c.emit(
      'FINANCIAL_INCENTIVE_NOTICE_MISSING',
      field('financialIncentiveNoticeUrl'),
      'a financial incentive is offered: give the page with its notice of financial incentive',
    );
}

/** LGPD Art. 14: whether children's or adolescents' data is processed and, if so, what is published about it. */
function checkBrazil(c: Check): void {
  const { settings } = c.snapshot;
  const field = (name: string) => at('SETTINGS', null, name);
  const children = settings.processesChildrensData ?? null;
  if (children === null) {
    c.emit(
      'CHILDREN_DATA_NOT_ANSWERED',
      field('processesChildrensData'),
      'say whether you process personal data of children or adolescents',
    );
    return;
  }
  if (!children) return;
  if (blank(settings.childrensDataTypes))
    c.emit(
      'CHILDREN_DATA_TYPES_MISSING',
      field('childrensDataTypes'),
      'children’s or adolescents’ data is processed: say which types of data you collect and how you use them',
    );
  if (blank(settings.parentalConsentProcess))
    c.emit(
      'PARENTAL_CONSENT_PROCESS_MISSING',
      field('parentalConsentProcess'),
      'children’s data is processed: say how you obtain and check the specific consent of a parent or legal guardian',
    );
}

/** PIPEDA Principle 4.1: the individual accountable for compliance, by name or title. */
function checkCanada(c: Check): void {
  const { settings } = c.snapshot;
  if (blank(settings.accountablePersonName) && blank(settings.accountablePersonTitle))
    c.emit(
      'ACCOUNTABLE_PERSON_MISSING',
      at('SETTINGS', null, 'accountablePersonTitle'),
      'name the individual accountable for compliance with PIPEDA, or give their title',
    );
}

function checkAudiences(c: Check): void {
  c.snapshot.audiences.forEach((a, i) => {
    if (!c.snapshot.purposes.some((p) => p.audienceIds.includes(a.id))) {
      c.emit('AUDIENCE_WITHOUT_PURPOSE', at('AUDIENCE', a.id, null), `audience ${quoted(a.name)} has no purpose`, {
        order: i,
      });
    }
  });
}

function requirementPhrase(requirement: DataCategory['requirement']): string | null {
  switch (requirement) {
    case null:
    case 'VOLUNTARY':
      return null;
    case 'CONTRACTUAL':
      return 'is a contractual requirement';
    case 'PRE_CONTRACTUAL':
      return 'is required to enter into a contract';
    case 'STATUTORY':
      return 'is a statutory requirement';
    default: {
      const never: never = requirement;
      return never;
    }
  }
}

function checkDataCategories(c: Check): void {
  c.snapshot.dataCategories.forEach((d, i) => {
    const name = quoted(d.name);
    const used = c.usedCategoryIds.has(d.id);
    if (!used)
      c.emit(
        'DATA_CATEGORY_UNUSED',
        at('DATA_CATEGORY', d.id, null),
        `data category ${name} is not used by any purpose`,
        { order: i },
      );
    if (used && d.requirement === null && d.sources.includes('SUBJECT')) {
      c.emit(
        'PROVISION_REQUIREMENT_NOT_ANSWERED',
        at('DATA_CATEGORY', d.id, 'requirement'),
        `data category ${name} is collected from the person but the policy does not say whether providing it is required (voluntary, contractual, needed for a contract or statutory)`,
        { order: i },
      );
    }
    const required = requirementPhrase(d.requirement);
    if (required && blank(d.consequenceOfNotProviding)) {
      c.emit(
        'CONSEQUENCE_MISSING',
        at('DATA_CATEGORY', d.id, 'consequenceOfNotProviding'),
        `data category ${name} ${required} but the consequence of not providing it is not given`,
        { order: i },
      );
    }
    const indirect = [
      ...(d.sources.includes('THIRD_PARTY') ? ['third parties'] : []),
      ...(d.sources.includes('PUBLIC') ? ['public sources'] : []),
    ];
    if (indirect.length && blank(d.sourceDetails)) {
      c.emit(
        'SOURCE_DETAILS_MISSING',
        at('DATA_CATEGORY', d.id, 'sourceDetails'),
        `data category ${name} comes from ${listOf(indirect)} but the sources are not named`,
        {
          order: i,
        },
      );
    }
    if (used && d.ccpaCategory === null) {
      c.emit(
        'CCPA_CATEGORY_MISSING',
        at('DATA_CATEGORY', d.id, 'ccpaCategory'),
        `data category ${name} has no CCPA category`,
        { order: i },
      );
    }
  });
}

function checkPurposes(c: Check): void {
  const { purposes, dataCategories } = c.snapshot;
  if (!purposes.length) c.emit('NO_PURPOSES', at('PURPOSE', null, null), 'the policy has no purposes');
  const categories = new Map(dataCategories.map((d) => [d.id, d]));
  const general = c.snapshot.settings.generalRetention ?? null;
  if (general && !general.period && general.criteria && isVagueRetentionCriteria(general.criteria)) {
    if (purposes.some((p) => p.retention.general))
      c.emit(
        'RETENTION_NOT_SPECIFIC',
        at('SETTINGS', null, 'generalRetention'),
        'the general retention rule keeps data "as long as necessary" without a period or the criteria that decide it',
      );
  }
  purposes.forEach((p, i) => {
    const name = quoted(p.name);
    const emit = (code: CompletenessCode, field: string, message: string) =>
      c.emit(code, at('PURPOSE', p.id, field), message, { order: i });
    if (!(LEGAL_BASES as readonly string[]).includes(p.legalBasis))
      emit('PURPOSE_LEGAL_BASIS_MISSING', 'legalBasis', `purpose ${name} has no legal basis`);
    // The main basis and each further one (snapshots published before there could be several have none), each
    // with the details its basis needs, pointing at its own fields.
    const bases = [
      { ...p, prefix: '' },
      ...(p.additionalBases ?? []).map((b, j) => ({ ...b, prefix: `additionalBases.${j}.` })),
    ];
    for (const b of bases) {
      if (b.legalBasis === 'LEGITIMATE_INTERESTS' && blank(b.legitimateInterest)) {
        emit(
          'LEGITIMATE_INTEREST_MISSING',
          `${b.prefix}legitimateInterest`,
          `purpose ${name} relies on legitimate interests but does not say what the interest is`,
        );
      }
      if (b.legalBasis === 'LEGAL_OBLIGATION' && blank(b.legalObligation)) {
        emit(
          'LEGAL_OBLIGATION_NOT_NAMED',
          `${b.prefix}legalObligation`,
          `purpose ${name} relies on a legal obligation but does not name it`,
        );
      }
      if (b.legalBasis === 'LEGAL_OBLIGATION' && !b.legalObligationOrigin) {
        emit(
          'LEGAL_OBLIGATION_ORIGIN_MISSING',
          `${b.prefix}legalObligationOrigin`,
          `purpose ${name} relies on a legal obligation but does not say whose law imposes it`,
        );
      }
      const origin = b.legalBasis === 'LEGAL_OBLIGATION' ? b.legalObligationOrigin : null;
      if (!origin) continue;
      const gdprRegimes = (['EU_GDPR', 'UK_GDPR'] as const).filter((j) => c.served.includes(j));
      // A UK obligation of an EU and UK controller is a basis for its UK processing: only an obligation no regime
      // of the tenant recognises is refused.
      if (gdprRegimes.length && !gdprRegimes.some((j) => obligationLawRecognised(origin, j))) {
        const law = origin === 'EU' ? 'Union law' : `the law of ${countryName(origin)}`;
        emit(
          'LEGAL_OBLIGATION_NOT_RECOGNISED',
          `${b.prefix}legalObligationOrigin`,
          `purpose ${name} relies on an obligation under ${law}, which is not ${gdprRegimes.map((j) => (j === 'UK_GDPR' ? 'UK law' : 'Union or Member State law')).join(' or ')}: choose another legal basis`,
        );
      }
    }
    const covered = p.dataCategoryIds.flatMap((id) => categories.get(id) ?? []);
    const special = covered.filter((d) => isArticle9Category(d.specialCategory)).map((d) => quoted(d.name));
    if (special.length && !p.specialCategoryCondition) {
      emit(
        'SPECIAL_CATEGORY_CONDITION_MISSING',
        'specialCategoryCondition',
        `purpose ${name} covers special-category data (${listOf(special)}) without an Art. 9(2) condition`,
      );
    }
    const criminal = covered.filter((d) => isCriminalOffenceData(d.specialCategory)).map((d) => quoted(d.name));
    if (criminal.length && !p.criminalOffenceAuthority) {
      emit(
        'CRIMINAL_OFFENCE_AUTHORITY_MISSING',
        'criminalOffenceAuthority',
        `purpose ${name} covers criminal-offence data (${listOf(criminal)}) without saying what authorises it: official authority or a law`,
      );
    } else if (criminal.length && p.criminalOffenceAuthority === 'AUTHORISED_BY_LAW' && blank(p.criminalOffenceLaw)) {
      emit(
        'CRIMINAL_OFFENCE_LAW_NOT_NAMED',
        'criminalOffenceLaw',
        `purpose ${name} processes criminal-offence data as authorised by law but does not name the law`,
      );
    }
    if (!p.audienceIds.length) emit('PURPOSE_WITHOUT_AUDIENCE', 'audienceIds', `purpose ${name} has no audience`);
    if (!p.dataCategoryIds.length)
      emit('PURPOSE_WITHOUT_DATA_CATEGORY', 'dataCategoryIds', `purpose ${name} covers no data category`);
    // Snapshots published before the general rule existed have no `general`.
    const followsGeneral = (p.retention.general ?? false) && !!c.snapshot.settings.generalRetention;
    if (p.retention.general && !c.snapshot.settings.generalRetention)
      emit(
        'RETENTION_MISSING',
        'retention',
        `purpose ${name} follows the general retention rule, but the policy settings state none`,
      );
    else if (!p.retention.period && blank(p.retention.criteria) && !followsGeneral)
      emit('RETENTION_MISSING', 'retention', `purpose ${name} has no retention period or criteria`);
    else if (!p.retention.period && !blank(p.retention.criteria) && isVagueRetentionCriteria(p.retention.criteria!)) {
      emit(
        'RETENTION_NOT_SPECIFIC',
        'retention',
        `purpose ${name} keeps data "as long as necessary" without a period or the criteria that decide it`,
      );
    }
  });
}

const GAP_CODES: Record<TransferGap['reason'], CompletenessCode> = {
  NO_SAFEGUARD: 'TRANSFER_WITHOUT_SAFEGUARD',
  SAFEGUARD_NOT_RECOGNISED: 'TRANSFER_SAFEGUARD_NOT_RECOGNISED',
  LEGACY_SAFEGUARD: 'TRANSFER_LEGACY_SAFEGUARD',
  DPF_ONLY_COVERS_US: 'TRANSFER_DPF_OUTSIDE_US',
  DPF_NOT_CERTIFIED: 'TRANSFER_DPF_NOT_CERTIFIED',
  UK_ADDENDUM_MISSING: 'TRANSFER_UK_ADDENDUM_MISSING',
};

function gapPhrase(reason: TransferGap['reason']): string {
  switch (reason) {
    case 'NO_SAFEGUARD':
      return 'without a safeguard';
    case 'SAFEGUARD_NOT_RECOGNISED':
      return 'without a recognised safeguard';
    case 'LEGACY_SAFEGUARD':
      return 'with only the invalidated Privacy Shield as a safeguard';
    case 'DPF_ONLY_COVERS_US':
      return 'with only the Data Privacy Framework, which covers the United States alone,';
    case 'DPF_NOT_CERTIFIED':
      return 'on a Data Privacy Framework certification that is not recorded or does not include the part of the framework required';
    case 'UK_ADDENDUM_MISSING':
      return 'on the EU standard contractual clauses without the UK Addendum (or the IDTA)';
    default: {
      const never: never = reason;
      return never;
    }
  }
}

/** "is in the United States", "processes data in India", or both. */
function wherePhrase(establishedIn: string | null, countries: readonly string[]): string {
  const inCountry =
    establishedIn !== null && countries.includes(establishedIn) ? `is in ${countryName(establishedIn)}` : null;
  const elsewhere = countries.filter((x) => x !== establishedIn).map(countryName);
  return [inCountry, elsewhere.length ? `processes data in ${listOf(elsewhere)}` : null]
    .filter((x) => x !== null)
    .join(' and ');
}

function checkRecipients(c: Check): void {
  const { recipients, purposes, cookies } = c.snapshot;
  const transferRegimes = c.served.filter((j) => JURISDICTION_INFO[j].transferArea !== null);
  recipients.forEach((r, i) => {
    const name = quoted(r.name);
    if (r.role !== 'CATEGORY' && blank(r.country)) {
      c.emit('RECIPIENT_COUNTRY_MISSING', at('RECIPIENT', r.id, 'country'), `recipient ${name} has no country`, {
        order: i,
      });
    }

    // One problem per kind of gap and set of countries, naming every regime it concerns.
    const groups = new Map<string, { gap: TransferGap; jurisdictions: Jurisdiction[] }>();
    for (const gap of recipientTransferGaps(r, transferRegimes)) {
      const key = `${gap.reason}:${[...gap.countries].sort().join(',')}`;
      const group = groups.get(key);
      if (group) group.jurisdictions.push(gap.jurisdiction);
      else groups.set(key, { gap, jurisdictions: [gap.jurisdiction] });
    }
    for (const { gap, jurisdictions } of groups.values()) {
      const where = wherePhrase(r.country?.toUpperCase() ?? null, gap.countries);
      const regimes = listOf(jurisdictions.map((j) => JURISDICTION_INFO[j].name));
      c.emit(
        GAP_CODES[gap.reason],
        at('RECIPIENT', r.id, gap.reason === 'DPF_NOT_CERTIFIED' ? 'dataPrivacyFramework' : 'safeguards'),
        `recipient ${name} ${where} ${gapPhrase(gap.reason)} for ${regimes}`,
        {
          order: i,
          only: jurisdictions,
        },
      );
    }

    const countries = recipientCountries(r);
    if (r.safeguards.includes('DEROGATION') && blank(r.transferDetails)) {
      const international = transferRegimes.filter((j) => isInternationalTransfer(countries, [j]));
      c.emit(
        'TRANSFER_DEROGATION_NOT_NAMED',
        at('RECIPIENT', r.id, 'transferDetails'),
        `recipient ${name} relies on a derogation but does not name it`,
        {
          order: i,
          only: international,
        },
      );
    }
    if (r.role === 'PROCESSOR' && blank(r.service)) {
      c.emit(
        'PROCESSOR_SERVICE_MISSING',
        at('RECIPIENT', r.id, 'service'),
        `processor ${name} has no service description`,
        { order: i },
      );
    }
    // Versions published before the field existed have none: read as not stated.
    if (r.role === 'JOINT_CONTROLLER' && blank(r.jointArrangement ?? null)) {
      c.emit(
        'JOINT_ARRANGEMENT_MISSING',
        at('RECIPIENT', r.id, 'jointArrangement'),
        `joint controller ${name} has no essence of the arrangement for people to read`,
        { order: i },
      );
    }
    const referenced =
      purposes.some((p) => p.recipientIds.includes(r.id)) || cookies.some((k) => k.recipientId === r.id);
    if (!referenced) {
      // Where the LGPD applies, the missing purpose of the shared use blocks; elsewhere the unused entry only warns.
      const notLgpd = c.served.filter((j) => j !== 'LGPD');
      c.emit(
        'RECIPIENT_UNUSED',
        at('RECIPIENT', r.id, null),
        `recipient ${name} is not referenced by any purpose or cookie`,
        { order: i, only: notLgpd },
      );
      c.emit(
        'SHARED_USE_PURPOSE_MISSING',
        at('RECIPIENT', r.id, null),
        `recipient ${name} is named by no purpose or cookie, so the policy does not say why data is shared with it`,
        { order: i },
      );
    }
  });
}

/** The yes/no answers behind statements of absence, against what the rest of the data says. */
function checkAnswers(c: Check): void {
  const { settings, purposes, recipients } = c.snapshot;
  const field = (name: string) => at('SETTINGS', null, name);

  const automated = purposes.filter((p) => !blank(p.automatedDecisionLogic));
  if (settings.automatedDecisionMaking === null) {
    c.emit(
      'AUTOMATED_DECISIONS_NOT_ANSWERED',
      field('automatedDecisionMaking'),
      'say whether decisions are made solely by automated means (the policy must state that there are none, or explain them)',
    );
  } else if (settings.automatedDecisionMaking && !automated.length) {
    c.emit(
      'AUTOMATED_DECISIONS_INCONSISTENT',
      field('automatedDecisionMaking'),
      'automated decision-making is answered yes but no purpose explains the logic involved',
    );
  } else if (!settings.automatedDecisionMaking && automated.length) {
    c.emit(
      'AUTOMATED_DECISIONS_INCONSISTENT',
      field('automatedDecisionMaking'),
      `automated decision-making is answered no but ${listOf(automated.map((p) => `purpose ${quoted(p.name)}`))} describes the logic of one`,
    );
  }

  if (settings.disclosesPersonalData === null && !recipients.length) {
    c.emit(
      'DISCLOSURE_NOT_ANSWERED',
      field('disclosesPersonalData'),
      'no recipients are listed: add them, or answer that personal data goes to no other organisation',
    );
  } else if (settings.disclosesPersonalData === false && recipients.length) {
    c.emit(
      'DISCLOSURE_INCONSISTENT',
      field('disclosesPersonalData'),
      `the policy is to say that no organisation receives personal data, but ${listOf(recipients.map((r) => quoted(r.name)))} ${recipients.length === 1 ? 'is' : 'are'} listed as recipients`,
    );
  }

  // The transfers the rendered policy lists (the controller's own country excluded), so the answer is checked
  // against exactly what the policy will say.
  const regimes = policyTransfers(c.snapshot);
  if (!regimes.length) return;
  const moving = new Set(regimes.flatMap((regime) => regime.transfers.map((t) => t.recipientId)));
  const outside = recipients.filter((r) => moving.has(r.id));
  const unknown = recipients.filter((r) => !recipientCountries(r).length);
  const answer = settings.internationalTransfers;
  if (answer === null) {
    c.emit(
      'INTERNATIONAL_TRANSFERS_NOT_ANSWERED',
      field('internationalTransfers'),
      'say whether personal data goes to other countries (the policy must state it, or that it does not)',
    );
  } else if (!answer && (outside.length || unknown.length)) {
    const why = [
      outside.length
        ? `${listOf(outside.map((r) => quoted(r.name)))} ${outside.length === 1 ? 'is' : 'are'} outside`
        : null,
      unknown.length
        ? `${listOf(unknown.map((r) => quoted(r.name)))} ${unknown.length === 1 ? 'has' : 'have'} no country, so cannot be shown to be inside`
        : null,
    ].filter((x) => x !== null);
    c.emit(
      'INTERNATIONAL_TRANSFERS_INCONSISTENT',
      field('internationalTransfers'),
      `international transfers are answered no, but ${why.join(', and ')}`,
    );
  } else if (answer && !outside.length && !unknown.length) {
    c.emit(
      'INTERNATIONAL_TRANSFERS_INCONSISTENT',
      field('internationalTransfers'),
      'international transfers are answered yes but every recipient is inside the area: give the countries where recipients process data',
    );
  }
}

/**
 * Each cookie against the purposes it serves: it needs at least one, and one that is not strictly necessary needs
 * consent (ePrivacy Art. 5(3), PECR reg. 6), so at least one of its purposes must rely on consent. A consent-based
 * purpose elsewhere in the policy (call recording, say) does not cover a cookie that does not serve it.
 */
function checkCookies(c: Check): void {
  c.snapshot.cookies.forEach((k, i) => {
    const what = `${k.describesGroup ? 'cookie group' : 'cookie'} ${quoted(k.name)}`;
    const served = purposesOfCookie(k, c.snapshot.purposes);
    if (!served.length) {
      c.emit('COOKIE_WITHOUT_PURPOSE', at('COOKIE', k.id, 'purposeIds'), `${what} serves no purpose of the policy`, {
        order: i,
      });
      return;
    }
    if (cookieNeedsConsent(k) && !served.some((p) => reliesOnConsent(p))) {
      const [noun, verb] = served.length === 1 ? ['purpose', 'does'] : ['purposes', 'do'];
      c.emit(
        'COOKIE_WITHOUT_CONSENT_PURPOSE',
        at('COOKIE', k.id, 'purposeIds'),
        `${what} is not strictly necessary, so it needs consent, but its ${noun} ${listOf(served.map((p) => quoted(p.name)))} ${verb} not rely on consent`,
        { order: i },
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------

// Plain code-unit comparison, not localeCompare: the order must not depend on the runtime's locale data.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const LOCATION_OF_KIND: Record<Exclude<TranslatableKind, 'catalogEntry'>, CompletenessLocationKind> = {
  controller: 'CONTROLLER',
  settings: 'SETTINGS',
  audience: 'AUDIENCE',
  dataCategory: 'DATA_CATEGORY',
  purpose: 'PURPOSE',
  recipient: 'RECIPIENT',
  cookie: 'COOKIE',
  clause: 'CLAUSE',
};

/** Each text missing from a language the policy is published in, pointing at the field and the language. */
function checkTranslations(check: Check): void {
  const languages = policyLanguages(check.snapshot);
  for (const text of policyTranslationStatus(check.snapshot, languages)) {
    if (!blocksLanguage(text) || text.kind === 'catalogEntry') continue;
    const location = { kind: LOCATION_OF_KIND[text.kind], id: text.id, field: text.path, language: text.language };
    const what = `“${text.text.length > 60 ? `${text.text.slice(0, 57)}…` : text.text}”`;
    if (text.state === 'MISSING')
      check.emit('TRANSLATION_MISSING', location, `${text.path} ${what} has no ${text.language} translation`, {
        order: text.index,
      });
    else if (text.state === 'OUTDATED')
      check.emit(
        'TRANSLATION_OUTDATED',
        location,
        `${text.path} changed since it was translated into ${text.language}: now ${what}`,
        { order: text.index },
      );
    else
      check.emit(
        'TRANSLATION_UNTRANSLATED',
        location,
        `the ${text.language} text of ${text.path} is a copy of the default text, not yet translated`,
        { order: text.index },
      );
  }
}

function byPlace(a: Found, b: Found): number {
  const kind =
    COMPLETENESS_LOCATION_KINDS.indexOf(a.problem.location.kind) -
    COMPLETENESS_LOCATION_KINDS.indexOf(b.problem.location.kind);
  return (
    kind ||
    a.order - b.order ||
    compare(a.problem.code, b.problem.code) ||
    compare(a.problem.location.field ?? '', b.problem.location.field ?? '') ||
    compare(a.problem.location.language ?? '', b.problem.location.language ?? '') ||
    compare(a.problem.message, b.problem.message)
  );
}

/**
 * Checks a draft against the information duties of the tenant's regimes (GDPR Art. 13 and 14, mirrored for UK GDPR,
 * the Swiss FADP and the LGPD where they impose the same duty; CCPA/CPRA; PIPEDA) and for internal consistency.
 * A rule reports only for the regimes that impose it. Problems come in a stable order: by the kind of element,
 * then the element's place in the snapshot, then code.
 */
export function checkCompleteness(snapshot: PolicySnapshot): CompletenessProblem[] {
  const served = JURISDICTIONS.filter((j) => snapshot.controller.jurisdictions.includes(j));
  const found: Found[] = [];
  const check: Check = {
    snapshot,
    served,
    usedCategoryIds: new Set(snapshot.purposes.flatMap((p) => p.dataCategoryIds)),
    emit(code, location, message, options = {}) {
      const rule: Rule = RULES[code];
      const jurisdictions = served.filter(
        (j) => rule.citations[j] !== undefined && (!options.only || options.only.includes(j)),
      );
      if (!jurisdictions.length) return;
      found.push({
        order: options.order ?? -1,
        problem: {
          code,
          severity: rule.severity,
          requirement: citation(rule.citations, jurisdictions),
          jurisdictions,
          message,
          location,
        },
      });
    },
  };
  checkController(check);
  checkSettings(check);
  checkCalifornia(check);
  checkBrazil(check);
  checkCanada(check);
  checkAnswers(check);
  checkAudiences(check);
  checkDataCategories(check);
  checkPurposes(check);
  checkRecipients(check);
  checkCookies(check);
  checkTranslations(check);
  return found.sort(byPlace).map((f) => f.problem);
}
