import { z } from 'zod';
import { optionalEmail, optionalText, optionalUrl } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';

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
} as const;

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
  /** How people learn of changes to the policy. */
  changeNotice: optionalText(POLICY_SETTINGS_LIMITS.changeNotice, 'change notice'),
  /**
   * Where the controller publishes this policy on its own website ("www.example.com/company/privacy-policy"),
   * which the change notice points to. Plain http is allowed: it is the company's own address, as stated.
   */
  policyUrl: optionalUrl,
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

export function policySettingsProblems(s: PolicySettings): Problem[] {
  // URL schemes are case-insensitive (RFC 3986 § 3.1): HTTP:// is plain http too.
  return s.rightsContactUrl && /^http:/i.test(s.rightsContactUrl)
    ? [problem('rightsContactUrl', 'NOT_ALLOWED', 'the rights request page must use https')]
    : [];
}

export function validatePolicySettings(input: unknown): Validated<PolicySettings> {
  return validateWith(policySettings, input, policySettingsProblems);
}
