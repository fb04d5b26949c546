import { z } from 'zod';
import { optionalText } from '../common/fields.js';
import { problem, type Problem } from '../common/problem.js';

export const RETENTION_UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/** What starts the retention clock. */
export const RETENTION_TRIGGERS = [
  'COLLECTION',
  'END_OF_RELATIONSHIP',
  'END_OF_ENQUIRY',
  'LAST_INTERACTION',
  'END_OF_RECRUITMENT',
  'CONSENT_WITHDRAWN',
  'END_OF_FINANCIAL_YEAR',
] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** The longest period (in its unit) and the characters of the criteria. */
export const RETENTION_LIMITS = { amount: 1200, criteria: 2000 } as const;

/**
 * A fixed period from a trigger ("7 years from the end of the relationship"), or, where no fixed period fits,
 * the criteria in words (Art. 13(2)(a) allows either). A period may carry criteria too, as a note.
 */
export const generalRetentionRule = z.object({
  period: z
    .object({
      amount: z.number().int().min(1, { error: 'retention period must be at least 1' }).max(RETENTION_LIMITS.amount),
      unit: z.enum(RETENTION_UNITS),
      trigger: z.enum(RETENTION_TRIGGERS),
    })
    .nullish()
    .transform((v) => v ?? null),
  criteria: optionalText(RETENTION_LIMITS.criteria, 'retention criteria'),
});
/** The company-wide rule a policy states once ("we keep data only as long as …") for purposes to refer to. */
export type GeneralRetentionRule = z.output<typeof generalRetentionRule>;

/**
 * A purpose's rule: its own period and/or criteria, or `general` to follow the company-wide rule in the policy
 * settings (criteria then add to it, as a note).
 */
export const retentionRule = generalRetentionRule.extend({ general: z.boolean().default(false) });
export type RetentionRule = z.output<typeof retentionRule>;

export function retentionRuleProblems(r: RetentionRule, path = 'retention'): Problem[] {
  if (!r.period && !r.criteria && !r.general) {
    return [
      problem(
        path,
        'REQUIRED',
        'give a retention period or the criteria used to decide it, or follow the general rule',
      ),
    ];
  }
  return [];
}

// "As long as necessary" and its kin in the policy languages, with nothing after them that names a criterion.
const OPEN_ENDED = [
  /\b(as|so) long as (is |it is |they are )?(strictly )?(necessary|needed|required|appropriate|reasonably necessary)\b/,
  /\bno longer than (is |it is )?(strictly )?(necessary|needed|required)\b/,
  /\bonly (for )?as long as\b.*\b(purpose|purposes)\b/,
  /\bso lange,? wie (es )?(für [^.]*)?(nötig|notwendig|erforderlich)\b/,
  /\bnicht länger als (nötig|notwendig|erforderlich)\b/,
  /\b(aussi longtemps que|pendant la durée|le temps) (strictement )?nécessaire\b/,
];
// What turns such a phrase into criteria: a number, a named trigger or law, an "until", an event.
const CRITERION =
  /\d|\b(until|after|end of|law|legal|statutory|tax|limitation|contract|account|claims?|dispute|bis|nach|gesetz|steuer|jusqu|après|loi|fiscal|contrat)\b/;

/**
 * Whether retention criteria are open-ended words rather than criteria (WP260 rev.01 para. 48: "as long as
 * necessary for legitimate business purposes" is not enough). A heuristic over the policy languages: it flags only
 * text with such a phrase and no number, trigger, law or event, so the gate warns and never blocks on it.
 */
export function isVagueRetentionCriteria(criteria: string): boolean {
  const text = criteria.toLowerCase().replace(/\s+/g, ' ');
  return OPEN_ENDED.some((phrase) => phrase.test(text)) && !CRITERION.test(text);
}

/** Rough length in days, to compare rules (e.g. the longest retention of a category). */
export function approximateDays(period: NonNullable<RetentionRule['period']>): number {
  const perUnit: Record<RetentionUnit, number> = { DAYS: 1, WEEKS: 7, MONTHS: 30.4375, YEARS: 365.25 };
  return period.amount * perUnit[period.unit];
}
