import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, optionalUrl } from '../common/fields.js';
import { LANGUAGES } from '../common/language.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import { generalRetentionRule } from '../retention/retention-rule.js';

export const SECURITY_MEASURES = [
  'ENCRYPTION_IN_TRANSIT',
  'ENCRYPTION_AT_REST',
  'ACCESS_CONTROL',
  'PSEUDONYMISATION',
  'STAFF_TRAINING',
  'CONFIDENTIALITY_AGREEMENTS',
  'BACKUPS',
  'PENETRATION_TESTING',
  'INCIDENT_RESPONSE',
  'CERTIFIED_ISMS',
] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];

/** Characters of the settings' text fields, and the highest minimum age for children. */
export const POLICY_SETTINGS_LIMITS = {
  rightsContactChannel: 300,
  childrenMinimumAge: 21,
  changeNotice: 1000,
  dataAboutOthers: 500,
  enquiryResponseAmount: 365,
  verificationProcess: 1000,
  childrensDataTypes: 2000,
  parentalConsentProcess: 1000,
  accountablePersonName: 200,
  accountablePersonTitle: 200,
} as const;

/**
 * CCPA: what an authorised agent must show (11 CCR § 7063(a)): the consumer's signed permission, and optionally
 * that the consumer also verifies their own identity with the business or confirms the permission.
 */
export const AUTHORISED_AGENT_PROOFS = ['SIGNED_PERMISSION', 'SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION'] as const;
export type AuthorisedAgentProof = (typeof AUTHORISED_AGENT_PROOFS)[number];

/**
 * What happens to special-category data (health, beliefs …) people send without being asked: deleted, or kept for
 * what they sent it for on their explicit consent (GDPR Art. 9(2)(a)).
 */
export const VOLUNTEERED_SPECIAL_DATA_HANDLING = ['DELETED', 'PROCESSED_WITH_EXPLICIT_CONSENT'] as const;
export type VolunteeredSpecialDataHandling = (typeof VOLUNTEERED_SPECIAL_DATA_HANDLING)[number];

export const RESPONSE_TIME_UNITS = ['HOURS', 'DAYS', 'BUSINESS_DAYS'] as const;
export type ResponseTimeUnit = (typeof RESPONSE_TIME_UNITS)[number];

/**
 * An explicit answer to a yes/no question the policy must answer: null means nobody has answered yet, so the
 * policy says nothing either way (a statement of absence such as "we do not sell" comes only from `false`) and
 * the completeness check asks for the answer where a regime requires it.
 */
export const explicitAnswer = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);

/**
 * The questions of absence or default a policy answers from the tenant's own word, never from an empty list.
 * Each is null until answered; `POLICY_ANSWER_QUESTIONS` says what each one asks.
 */
export const POLICY_ANSWERS = [
  'automatedDecisionMaking',
  'internationalTransfers',
  'disclosesPersonalData',
  'sellsOrSharesPersonalInformation',
  'soldOrSharedInPreceding12Months',
  'sensitivePersonalInformationOnlyForPermittedUses',
  'rightsRequestsFreeOfCharge',
  'sellsOrSharesPersonalInformationOfMinors',
  'processesOptOutPreferenceSignals',
  'operatesExclusivelyOnline',
  'offersFinancialIncentives',
  'processesChildrensData',
  'sellsPersonalData',
] as const;
export type PolicyAnswer = (typeof POLICY_ANSWERS)[number];

/** The question behind each answer, as the portal asks it and the completeness check names it. */
export const POLICY_ANSWER_QUESTIONS: Record<PolicyAnswer, string> = {
  automatedDecisionMaking:
    'Do you make decisions based solely on automated processing, including profiling, with legal or similarly significant effects on people (GDPR Art. 22)?',
  internationalTransfers:
    'Does personal data go to countries outside the area of your regimes (for the GDPR the EEA, for the UK GDPR the United Kingdom), including through service providers?',
  disclosesPersonalData: 'Do you disclose personal data to any other organisation (service providers included)?',
  sellsOrSharesPersonalInformation:
    'Do you sell personal information, or share it for cross-context behavioural advertising, as the CCPA defines these terms?',
  soldOrSharedInPreceding12Months:
    'Have you sold or shared personal information, as the CCPA defines these terms, in the preceding 12 months?',
  sensitivePersonalInformationOnlyForPermittedUses:
    'Do you use sensitive personal information only for the purposes 11 CCR § 7027(m) lists (so that no right to limit applies)?',
  rightsRequestsFreeOfCharge:
    'Do you handle rights requests free of charge (unless a request is manifestly unfounded or excessive)?',
  sellsOrSharesPersonalInformationOfMinors:
    'Do you have actual knowledge that you sell or share the personal information of consumers under 16 years of age (CCPA; 11 CCR § 7011(e)(1)(G))?',
  processesOptOutPreferenceSignals:
    'Do you process opt-out preference signals such as the Global Privacy Control as a valid request to opt out of sale or sharing (11 CCR § 7025)?',
  operatesExclusivelyOnline:
    'Do you operate exclusively online and have a direct relationship with the consumers whose personal information you collect, so that an email address is enough as a request method (CCPA § 1798.130(a)(1)(A))?',
  offersFinancialIncentives:
    'Do you offer a financial incentive, or a price or service difference, related to the collection, retention or sale of personal information (CCPA § 1798.125(b); 11 CCR § 7016)?',
  processesChildrensData: 'Do you process personal data of children or adolescents (under 18) (LGPD Art. 14)?',
  sellsPersonalData:
    'Do you sell personal data, that is, disclose it to others for money or other valuable consideration? (Answering no lets the policy say so, in any regime.)',
};

export const policySettings = z.object({
  /** How people exercise their rights; defaults to the controller's contact email when unset. */
  rightsContactEmail: optionalEmail,
  rightsContactUrl: optionalUrl,
  /**
   * Another channel for rights requests, in words, where people do not use email or a web page:
   * "raise a support ticket within the customer portal".
   */
  rightsContactChannel: optionalText(POLICY_SETTINGS_LIMITS.rightsContactChannel, 'rights contact channel'),
  /** Services are not directed at children under this age; null when the policy says nothing specific. */
  childrenMinimumAge: z
    .number()
    .int()
    .min(1)
    .max(POLICY_SETTINGS_LIMITS.childrenMinimumAge)
    .nullish()
    .transform((v) => v ?? null),
  securityMeasures: z
    .array(z.enum(SECURITY_MEASURES))
    .default([])
    .transform((m) => SECURITY_MEASURES.filter((x) => m.includes(x))),
  automatedDecisionMaking: explicitAnswer,
  internationalTransfers: explicitAnswer,
  disclosesPersonalData: explicitAnswer,
  /** Whether personal information is sold or shared in the CCPA sense; `false` is stated as such. */
  sellsOrSharesPersonalInformation: explicitAnswer,
  soldOrSharedInPreceding12Months: explicitAnswer,
  sensitivePersonalInformationOnlyForPermittedUses: explicitAnswer,
  rightsRequestsFreeOfCharge: explicitAnswer,
  // California (CCPA/CPRA): what the data cannot say about sale, requests and incentives.
  sellsOrSharesPersonalInformationOfMinors: explicitAnswer,
  processesOptOutPreferenceSignals: explicitAnswer,
  operatesExclusivelyOnline: explicitAnswer,
  offersFinancialIncentives: explicitAnswer,
  /** A toll-free number for requests (CCPA § 1798.130(a)(1)(A)); a business operating exclusively online needs none. */
  tollFreeNumber: optionalPhone,
  /** The web page behind the "Do Not Sell or Share My Personal Information" link (CCPA § 1798.135(a)(1)), https. */
  doNotSellOrShareUrl: optionalUrl,
  /** The web page behind the "Limit the Use of My Sensitive Personal Information" link (§ 1798.135(a)(2)), https. */
  limitSensitiveUseUrl: optionalUrl,
  /** Where the notice of financial incentive is published (11 CCR § 7016), when one is offered. */
  financialIncentiveNoticeUrl: optionalUrl,
  /** What an authorised agent must show (11 CCR § 7063); null until answered. */
  authorisedAgentProof: z
    .enum(AUTHORISED_AGENT_PROOFS)
    .nullish()
    .transform((v) => v ?? null),
  /**
   * How requests to know, delete and correct are verified, and what the person must provide (11 CCR §§ 7060–7062):
   * "we match the email address you write from with our records, and for account data ask you to sign in".
   */
  verificationProcess: optionalText(POLICY_SETTINGS_LIMITS.verificationProcess, 'verification process'),
  // Brazil (LGPD Art. 14): children's and adolescents' data.
  processesChildrensData: explicitAnswer,
  /** The types of children's and adolescents' data collected and how they are used (Art. 14 § 2). */
  childrensDataTypes: optionalText(POLICY_SETTINGS_LIMITS.childrensDataTypes, "types of children's data"),
  /** How the specific consent of a parent or legal guardian is obtained and checked (Art. 14 §§ 1 and 5). */
  parentalConsentProcess: optionalText(POLICY_SETTINGS_LIMITS.parentalConsentProcess, 'parental consent process'),
  // Canada (PIPEDA Sch. 1, Principle 4.1, 4.8.2(a)): the individual accountable for compliance.
  accountablePersonName: optionalText(POLICY_SETTINGS_LIMITS.accountablePersonName, 'accountable person name'),
  accountablePersonTitle: optionalText(POLICY_SETTINGS_LIMITS.accountablePersonTitle, 'accountable person title'),
  accountablePersonEmail: optionalEmail,
  /** How people learn of changes to the policy. */
  changeNotice: optionalText(POLICY_SETTINGS_LIMITS.changeNotice, 'change notice'),
  /**
   * Where the controller publishes this policy on its own website ("www.example.com/company/privacy-policy"),
   * which the change notice points to. Plain http is allowed: it is the company's own address, as stated.
   */
  policyUrl: optionalUrl,
  /** Whether personal data is sold at all (for money or other valuable consideration): `false` is stated as such. */
  sellsPersonalData: explicitAnswer,
  /** What happens to special-category data people send unasked; null says nothing. */
  volunteeredSpecialCategoryData: z
    .enum(VOLUNTEERED_SPECIAL_DATA_HANDLING)
    .nullish()
    .transform((v) => v ?? null),
  /**
   * The personal data about other people that people give the company ("the names and email addresses of colleagues
   * you invite"): the policy asks them to tell those people. Null says nothing.
   */
  dataAboutOthers: optionalText(POLICY_SETTINGS_LIMITS.dataAboutOthers, 'data about others'),
  /** How quickly general enquiries (not rights requests, which have legal deadlines) are answered. */
  enquiryResponseTime: z
    .object({
      amount: z.number().int().min(1).max(POLICY_SETTINGS_LIMITS.enquiryResponseAmount),
      unit: z.enum(RESPONSE_TIME_UNITS),
    })
    .nullish()
    .transform((v) => v ?? null),
  /** A company-wide retention rule stated once, which purposes follow instead of repeating it. */
  generalRetention: generalRetentionRule.nullish().transform((v) => v ?? null),
  /**
   * The languages the policy is published in besides the controller's default language (always published): each
   * is published only when every text of the policy is translated into it (the completeness gate lists the gaps).
   */
  publishedLanguages: z
    .array(z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }))
    .max(LANGUAGES.length)
    .default([])
    .transform((ls) => LANGUAGES.filter((l) => ls.includes(l))),
  /** The tenant's brand colour for the rendered policy, #rrggbb. */
  accentColor: z.preprocess(
    (v) => (v === '' ? null : v),
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #1a6dd1' })
      .nullish()
      .transform((v) => (v ? v.toLowerCase() : null)),
  ),
});
export type PolicySettings = z.output<typeof policySettings>;
export type PolicySettingsInput = z.input<typeof policySettings>;

export const DEFAULT_POLICY_SETTINGS: PolicySettings = policySettings.parse({});

/** The pages people act on (requests, opt-outs), which must be https; `policyUrl` is only the company's own address. */
const HTTPS_PAGES = [
  ['rightsContactUrl', 'the rights request page must use https'],
  ['doNotSellOrShareUrl', 'the “Do Not Sell or Share” page must use https'],
  ['limitSensitiveUseUrl', 'the “Limit the Use of My Sensitive Personal Information” page must use https'],
  ['financialIncentiveNoticeUrl', 'the notice of financial incentive must use https'],
] as const satisfies ReadonlyArray<readonly [keyof PolicySettings, string]>;

export function policySettingsProblems(s: PolicySettings): Problem[] {
  // URL schemes are case-insensitive (RFC 3986 § 3.1): HTTP:// is plain http too.
  const problems = HTTPS_PAGES.flatMap(([field, message]) => {
    const url = s[field];
    return url && /^http:/i.test(url) ? [problem(field, 'NOT_ALLOWED', message)] : [];
  });
  // Answers and details that contradict each other: details are stated only with the answer that calls for them.
  if (s.offersFinancialIncentives === false && s.financialIncentiveNoticeUrl)
    problems.push(
      problem(
        'financialIncentiveNoticeUrl',
        'INCONSISTENT',
        'a notice of financial incentive is given only when a financial incentive is offered',
      ),
    );
  if (s.processesChildrensData === false && (s.childrensDataTypes || s.parentalConsentProcess))
    problems.push(
      problem(
        s.childrensDataTypes ? 'childrensDataTypes' : 'parentalConsentProcess',
        'INCONSISTENT',
        "children's data is described, but the answer is that none is processed",
      ),
    );
  if (s.generalRetention && !s.generalRetention.period && !s.generalRetention.criteria)
    problems.push(problem('generalRetention', 'REQUIRED', 'give the general rule a period or criteria, or remove it'));
  if (s.accountablePersonEmail && !s.accountablePersonName && !s.accountablePersonTitle)
    problems.push(
      problem('accountablePersonTitle', 'REQUIRED', 'name the accountable person, or give their title (PIPEDA 4.1)'),
    );
  return problems;
}

export function validatePolicySettings(input: unknown): Validated<PolicySettings> {
  return validateWith(policySettings, input, policySettingsProblems);
}
