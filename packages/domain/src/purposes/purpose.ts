import { z } from 'zod';
import { idList, optionalText, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import { retentionRule, retentionRuleProblems } from '../retention/retention-rule.js';
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS } from './legal-basis.js';

/** Characters of a purpose's text fields. */
export const PURPOSE_LIMITS = {
  name: 160,
  description: 4000,
  legitimateInterest: 2000,
  legalObligation: 1000,
  automatedDecisionLogic: 4000,
} as const;

export const purpose = z.object({
  name: requiredText(PURPOSE_LIMITS.name, 'purpose name'),
  description: optionalText(PURPOSE_LIMITS.description, 'description'),
  legalBasis: z.enum(LEGAL_BASES, { error: 'choose a legal basis (GDPR Art. 6(1)(a)–(f))' }),
  /** Art. 13(1)(d): the legitimate interest in words, required when the basis is legitimate interests. */
  legitimateInterest: optionalText(PURPOSE_LIMITS.legitimateInterest, 'legitimate interest'),
  /** Which law imposes the obligation, when the basis is a legal obligation. */
  legalObligation: optionalText(PURPOSE_LIMITS.legalObligation, 'legal obligation'),
  specialCategoryCondition: z
    .enum(SPECIAL_CATEGORY_CONDITIONS)
    .nullish()
    .transform((v) => v ?? null),
  /** Direct marketing gets an unconditional right to object (Art. 21(2)). */
  directMarketing: z.boolean().default(false),
  /** Sale or sharing for cross-context behavioural advertising (CCPA § 1798.120). */
  saleOrSharing: z.boolean().default(false),
  /** Art. 22 decisions based solely on automated processing, with the logic in words. */
  automatedDecisionLogic: optionalText(PURPOSE_LIMITS.automatedDecisionLogic, 'automated decision logic'),
  audienceIds: idList('audiences'),
  dataCategoryIds: idList('data categories'),
  recipientIds: idList('recipients'),
  retention: retentionRule,
  position,
});
export type Purpose = z.output<typeof purpose>;
export type PurposeInput = z.input<typeof purpose>;

/** What a purpose may refer to in the same tenant. */
export interface PurposeReferences {
  audienceIds: ReadonlySet<string>;
  recipientIds: ReadonlySet<string>;
  /** data-category id → whether it is a special category */
  dataCategories: ReadonlyMap<string, { specialCategory: string | null }>;
}

export function purposeProblems(p: Purpose, refs?: PurposeReferences): Problem[] {
  const problems: Problem[] = [...retentionRuleProblems(p.retention)];
  if (p.legalBasis === 'LEGITIMATE_INTERESTS' && !p.legitimateInterest) {
    problems.push(
      problem('legitimateInterest', 'REQUIRED', 'spell out the legitimate interest relied on (Art. 13(1)(d))'),
    );
  }
  if (p.legalBasis !== 'LEGITIMATE_INTERESTS' && p.legitimateInterest) {
    problems.push(
      problem(
        'legitimateInterest',
        'INCONSISTENT',
        'a legitimate interest is only stated when the legal basis is legitimate interests',
      ),
    );
  }
  if (p.legalBasis !== 'LEGAL_OBLIGATION' && p.legalObligation) {
    problems.push(
      problem(
        'legalObligation',
        'INCONSISTENT',
        'a legal obligation is only stated when the legal basis is a legal obligation',
      ),
    );
  }
  if (p.saleOrSharing && p.legalBasis !== 'CONSENT' && p.legalBasis !== 'LEGITIMATE_INTERESTS') {
    problems.push(
      problem(
        'saleOrSharing',
        'INCONSISTENT',
        'selling or sharing personal information needs consent or legitimate interests',
      ),
    );
  }
  if (!refs) return problems;
  p.audienceIds.forEach((id, i) => {
    if (!refs.audienceIds.has(id)) problems.push(problem(`audienceIds.${i}`, 'UNKNOWN_REFERENCE', 'no such audience'));
  });
  p.recipientIds.forEach((id, i) => {
    if (!refs.recipientIds.has(id))
      problems.push(problem(`recipientIds.${i}`, 'UNKNOWN_REFERENCE', 'no such recipient'));
  });
  let coversSpecial = false;
  p.dataCategoryIds.forEach((id, i) => {
    const category = refs.dataCategories.get(id);
    if (!category) problems.push(problem(`dataCategoryIds.${i}`, 'UNKNOWN_REFERENCE', 'no such data category'));
    else if (category.specialCategory) coversSpecial = true;
  });
  if (coversSpecial && !p.specialCategoryCondition) {
    problems.push(
      problem(
        'specialCategoryCondition',
        'REQUIRED',
        'this purpose covers special-category data: choose the Art. 9(2) condition that allows it',
      ),
    );
  }
  if (!coversSpecial && p.specialCategoryCondition) {
    problems.push(
      problem(
        'specialCategoryCondition',
        'INCONSISTENT',
        'an Art. 9(2) condition applies only to special-category data',
      ),
    );
  }
  return problems;
}

export function validatePurpose(input: unknown, refs?: PurposeReferences): Validated<Purpose> {
  return validateWith(purpose, input, (p) => purposeProblems(p, refs));
}
