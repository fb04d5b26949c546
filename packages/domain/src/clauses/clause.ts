import { z } from 'zod';
import { optionalText, position, requiredText } from '../common/fields.js';
import { validateWith, type Validated } from '../common/problem.js';

/** The named sections of a rendered policy; a free-text clause is placed in one of them. */
export const POLICY_SECTIONS = [
  'INTRODUCTION',
  'CONTROLLER',
  'DATA_COLLECTED',
  'SOURCES',
  'PURPOSES',
  'RECIPIENTS',
  'TRANSFERS',
  'RETENTION',
  'COOKIES',
  'RIGHTS',
  'SECURITY',
  'CHILDREN',
  'AUTOMATED_DECISIONS',
  'CHANGES',
  'CONTACT',
] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

/** A statement the model does not cover, in markdown, rendered (sanitised) inside its section. */
export const clause = z.object({
  section: z.enum(POLICY_SECTIONS),
  title: optionalText(200, 'title'),
  body: requiredText(20_000, 'clause text'),
  position,
});
export type Clause = z.output<typeof clause>;

export function validateClause(input: unknown): Validated<Clause> {
  return validateWith(clause, input);
}
