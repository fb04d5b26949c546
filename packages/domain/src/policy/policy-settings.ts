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

/** Policy-wide statements that are not attached to one purpose or recipient. */
/** Characters of the settings' text fields, and the highest minimum age for children. */
export const POLICY_SETTINGS_LIMITS = {
  rightsContactChannel: 300,
  childrenMinimumAge: 21,
  changeNotice: 1000,
} as const;

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
  /** Whether personal information is sold or shared in the CCPA sense, stated even when the answer is no. */
  sellsOrSharesPersonalInformation: z.boolean().default(false),
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
