/** Words for the API's policy enums, as the editor shows them. Keys are the schema's enum values. */

type Options = readonly (readonly [string, string])[];
const entries = (labels: Record<string, string>): Options => Object.entries(labels);

export const LEGAL_BASIS_LABELS = {
  CONSENT: 'Consent — Art. 6(1)(a)',
  CONTRACT: 'Contract — Art. 6(1)(b)',
  LEGAL_OBLIGATION: 'Legal obligation — Art. 6(1)(c)',
  VITAL_INTERESTS: 'Vital interests — Art. 6(1)(d)',
  PUBLIC_TASK: 'Public task — Art. 6(1)(e)',
  LEGITIMATE_INTERESTS: 'Legitimate interests — Art. 6(1)(f)',
};

export const CRIMINAL_OFFENCE_AUTHORITY_LABELS = {
  OFFICIAL_AUTHORITY: 'Under the control of official authority',
  AUTHORISED_BY_LAW: 'Authorised by a law (name it below)',
};

export const VOLUNTEERED_SPECIAL_DATA_LABELS = {
  DELETED: 'We delete it',
  PROCESSED_WITH_EXPLICIT_CONSENT: 'We use it for what it was sent for, on explicit consent (Art. 9(2)(a))',
};

export const RESPONSE_UNIT_LABELS = { HOURS: 'hours', DAYS: 'days', BUSINESS_DAYS: 'business days' };

export const SPECIAL_CONDITION_LABELS = {
  EXPLICIT_CONSENT: 'Explicit consent — Art. 9(2)(a)',
  EMPLOYMENT_AND_SOCIAL_SECURITY: 'Employment and social security — Art. 9(2)(b)',
  VITAL_INTERESTS: 'Vital interests — Art. 9(2)(c)',
  NOT_FOR_PROFIT_BODY: 'Not-for-profit body — Art. 9(2)(d)',
  MADE_PUBLIC_BY_SUBJECT: 'Made public by the person — Art. 9(2)(e)',
  LEGAL_CLAIMS: 'Legal claims — Art. 9(2)(f)',
  SUBSTANTIAL_PUBLIC_INTEREST: 'Substantial public interest — Art. 9(2)(g)',
  HEALTH_OR_SOCIAL_CARE: 'Health or social care — Art. 9(2)(h)',
  PUBLIC_HEALTH: 'Public health — Art. 9(2)(i)',
  ARCHIVING_RESEARCH_STATISTICS: 'Archiving, research, statistics — Art. 9(2)(j)',
};

export const SPECIAL_CATEGORY_LABELS = {
  RACIAL_OR_ETHNIC_ORIGIN: 'Racial or ethnic origin',
  POLITICAL_OPINIONS: 'Political opinions',
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS: 'Religious or philosophical beliefs',
  TRADE_UNION_MEMBERSHIP: 'Trade union membership',
  GENETIC: 'Genetic data',
  BIOMETRIC: 'Biometric data (for identification)',
  HEALTH: 'Health',
  SEX_LIFE_OR_ORIENTATION: 'Sex life or sexual orientation',
  CRIMINAL_OFFENCES: 'Criminal convictions and offences (Art. 10)',
};

export const DATA_SOURCE_LABELS = {
  SUBJECT: 'The person themselves',
  AUTOMATIC: 'Collected automatically',
  THIRD_PARTY: 'Third parties',
  PUBLIC: 'Public sources',
};

export const REQUIREMENT_LABELS = {
  VOLUNTARY: 'Voluntary',
  CONTRACTUAL: 'Contractual requirement',
  PRE_CONTRACTUAL: 'Needed to enter a contract',
  STATUTORY: 'Statutory requirement',
};

export const CCPA_CATEGORY_LABELS = {
  IDENTIFIERS: 'Identifiers',
  CUSTOMER_RECORDS: 'Customer records',
  PROTECTED_CLASSIFICATIONS: 'Protected classifications',
  COMMERCIAL_INFORMATION: 'Commercial information',
  BIOMETRIC_INFORMATION: 'Biometric information',
  INTERNET_ACTIVITY: 'Internet or network activity',
  GEOLOCATION: 'Geolocation data',
  SENSORY_DATA: 'Sensory data',
  PROFESSIONAL_INFORMATION: 'Professional or employment information',
  EDUCATION_INFORMATION: 'Education information',
  INFERENCES: 'Inferences',
  SENSITIVE_PERSONAL_INFORMATION: 'Sensitive personal information',
};

export const RETENTION_UNIT_LABELS = { DAYS: 'days', WEEKS: 'weeks', MONTHS: 'months', YEARS: 'years' };

export const RETENTION_TRIGGER_LABELS = {
  COLLECTION: 'from collection',
  END_OF_RELATIONSHIP: 'from the end of the relationship',
  END_OF_ENQUIRY: 'from the end of the enquiry',
  LAST_INTERACTION: 'from the last interaction',
  END_OF_RECRUITMENT: 'from the end of the recruitment',
  CONSENT_WITHDRAWN: 'from withdrawal of consent',
  END_OF_FINANCIAL_YEAR: 'from the end of the financial year',
};

export const RECIPIENT_ROLE_LABELS = {
  PROCESSOR: 'Processor',
  INDEPENDENT_CONTROLLER: 'Independent controller',
  JOINT_CONTROLLER: 'Joint controller',
  CATEGORY: 'Category of recipients',
};

export const SAFEGUARD_LABELS = {
  ADEQUACY_DECISION: 'Adequacy decision',
  STANDARD_CONTRACTUAL_CLAUSES: 'Standard contractual clauses',
  UK_ADDENDUM: 'UK addendum to the SCCs',
  UK_IDTA: 'UK IDTA',
  DATA_PRIVACY_FRAMEWORK: 'Data Privacy Framework (certified US recipient)',
  BINDING_CORPORATE_RULES: 'Binding corporate rules',
  DEROGATION: 'Art. 49 derogation',
  PRIVACY_SHIELD: 'Privacy Shield (invalid since 2020)',
};

export const GAP_REASON_LABELS = {
  NO_SAFEGUARD: 'no safeguard',
  SAFEGUARD_NOT_RECOGNISED: 'safeguard not recognised',
  DPF_ONLY_COVERS_US: 'the DPF only covers the US',
  DPF_NOT_CERTIFIED: 'the DPF certification is missing or lacks this regime’s part',
  UK_ADDENDUM_MISSING: 'EU clauses need the UK Addendum or the IDTA',
  LEGACY_SAFEGUARD: 'legacy safeguard',
};

export const COOKIE_KIND_LABELS = {
  STRICTLY_NECESSARY: 'Strictly necessary',
  FUNCTIONAL: 'Functional',
  ANALYTICS: 'Analytics',
  MARKETING: 'Marketing',
};

export const COOKIE_UNIT_LABELS = {
  MINUTES: 'minutes',
  HOURS: 'hours',
  DAYS: 'days',
  MONTHS: 'months',
  YEARS: 'years',
};

export const POLICY_SECTION_LABELS = {
  INTRODUCTION: 'Introduction',
  CONTROLLER: 'Who we are',
  DATA_COLLECTED: 'Data we collect',
  SOURCES: 'Where data comes from',
  PURPOSES: 'Why we use it',
  RECIPIENTS: 'Who we share it with',
  TRANSFERS: 'International transfers',
  RETENTION: 'How long we keep it',
  RIGHTS: 'Your rights',
  AUTOMATED_DECISIONS: 'Automated decisions',
  COOKIES: 'Cookies',
  SECURITY: 'Security',
  CHILDREN: 'Children',
  CHANGES: 'Changes to this policy',
  CONTACT: 'Contact',
};

export const SECURITY_MEASURE_LABELS = {
  ENCRYPTION_IN_TRANSIT: 'Encryption in transit',
  ENCRYPTION_AT_REST: 'Encryption at rest',
  ACCESS_CONTROL: 'Access control',
  PSEUDONYMISATION: 'Pseudonymisation',
  BACKUPS: 'Backups',
  INCIDENT_RESPONSE: 'Incident response',
  PENETRATION_TESTING: 'Penetration testing',
  STAFF_TRAINING: 'Staff training',
  CONFIDENTIALITY_AGREEMENTS: 'Confidentiality agreements',
  CERTIFIED_ISMS: 'Certified ISMS (e.g. ISO 27001)',
};

export const LANGUAGE_LABELS = { EN: 'English', DE: 'German', FR: 'French' };

export const REPRESENTATIVE_REGION_LABELS = {
  EU: 'EU representative (GDPR Art. 27)',
  UK: 'UK representative (UK GDPR Art. 27)',
  CH: 'Swiss representative (FADP Art. 14)',
};

export const options = {
  legalBasis: entries(LEGAL_BASIS_LABELS),
  specialCondition: entries(SPECIAL_CONDITION_LABELS),
  criminalOffenceAuthority: entries(CRIMINAL_OFFENCE_AUTHORITY_LABELS),
  specialCategory: entries(SPECIAL_CATEGORY_LABELS),
  dataSource: entries(DATA_SOURCE_LABELS),
  requirement: entries(REQUIREMENT_LABELS),
  ccpaCategory: entries(CCPA_CATEGORY_LABELS),
  retentionUnit: entries(RETENTION_UNIT_LABELS),
  retentionTrigger: entries(RETENTION_TRIGGER_LABELS),
  recipientRole: entries(RECIPIENT_ROLE_LABELS),
  safeguard: entries(SAFEGUARD_LABELS),
  cookieKind: entries(COOKIE_KIND_LABELS),
  cookieUnit: entries(COOKIE_UNIT_LABELS),
  policySection: entries(POLICY_SECTION_LABELS),
  securityMeasure: entries(SECURITY_MEASURE_LABELS),
  language: entries(LANGUAGE_LABELS),
  representativeRegion: entries(REPRESENTATIVE_REGION_LABELS),
};

// Codes the browser can name that are not ISO 3166-1 alpha-2 countries (the API refuses them): groupings,
// withdrawn codes and reserved ones.
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB XK YD YU ZR ZZ'.split(' '),
);

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO country the browser can name, by name: [code, "Name (CODE)"]. */
export const COUNTRY_OPTIONS: Options = (() => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const out: [string, string][] = [];
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = regionNames.of(code);
      } catch {
        name = undefined;
      }
      if (name) out.push([code, `${name} (${code})`]);
    }
  return out.sort((x, y) => x[1].localeCompare(y[1], 'en'));
})();

export function labelOf(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '';
  return map[value] ?? value.replaceAll('_', ' ').toLowerCase();
}
