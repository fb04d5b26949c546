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
export const retentionRule = z.object({
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
export type RetentionRule = z.output<typeof retentionRule>;

export function retentionRuleProblems(r: RetentionRule, path = 'retention'): Problem[] {
  if (!r.period && !r.criteria) {
    return [problem(path, 'REQUIRED', 'give a retention period or the criteria used to decide it')];
  }
  return [];
}

/** Rough length in days, to compare rules (e.g. the longest retention of a category). */
export function approximateDays(period: NonNullable<RetentionRule['period']>): number {
  const perUnit: Record<RetentionUnit, number> = { DAYS: 1, WEEKS: 7, MONTHS: 30.4375, YEARS: 365.25 };
  return period.amount * perUnit[period.unit];
}
