import { z } from 'zod';
import { optionalText, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';

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

/**
 * How much free text a tenant's clauses may hold. Every clause is rendered in every language at each publish and
 * compared line by line between versions, so the total is bounded: the demo tenants' longest clause has 629
 * characters and none has more than 6 clauses; whole real policies run to about 30,000 characters.
 */
export const CLAUSE_LIMITS = {
  /** Characters of a clause's markdown. */
  maxBodyLength: 20_000,
  /** Characters of a clause's heading. */
  maxTitleLength: 200,
  /** Clauses of one tenant, over all sections. */
  maxPerTenant: 50,
} as const;

/** A statement the model does not cover, in markdown, rendered (sanitised) inside its section. */
export const clause = z.object({
  section: z.enum(POLICY_SECTIONS),
  title: optionalText(CLAUSE_LIMITS.maxTitleLength, 'title'),
  body: requiredText(CLAUSE_LIMITS.maxBodyLength, 'clause text'),
  position,
});
export type Clause = z.output<typeof clause>;

/** The tenant a clause is checked for. */
export interface ClauseTenant {
  /** How many clauses the tenant has besides this one, when the clause is a new one. */
  otherClauses?: number;
}

/** Refuses another clause once the tenant has the most it may have (a problem of the whole input: no path). */
export function clauseCountProblems(otherClauses: number): Problem[] {
  const max = CLAUSE_LIMITS.maxPerTenant;
  return otherClauses >= max
    ? [problem('', 'NOT_ALLOWED', `a tenant has at most ${max} clauses: edit or delete one before adding another`)]
    : [];
}

/** The clause's own fields and, for a new clause, the tenant's count; every problem at once. */
export function validateClause(input: unknown, tenant: ClauseTenant = {}): Validated<Clause> {
  const count = tenant.otherClauses === undefined ? [] : clauseCountProblems(tenant.otherClauses);
  const checked = validateWith(clause, input);
  if (!count.length) return checked;
  return { ok: false, problems: [...count, ...(checked.ok ? [] : checked.problems)] };
}
