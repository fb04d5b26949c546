import { z } from 'zod';
import { countryCode, FIELD_LIMITS, id, idList, optionalText, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import { retentionRule, retentionRuleProblems } from '../retention/retention-rule.js';
import { isArticle9Category, isCriminalOffenceData, type SpecialCategory } from '../data-categories/data-category.js';
import { CRIMINAL_OFFENCE_AUTHORITIES, LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS, UNION_LAW } from './legal-basis.js';

/** Characters of a purpose's text fields. */
export const PURPOSE_LIMITS = {
  name: 160,
  description: 4000,
  legitimateInterest: 2000,
  legalObligation: 1000,
  automatedDecisionLogic: 4000,
  criminalOffenceLaw: 1000,
  legalBasisScope: 300,
  additionalBases: 5,
} as const;

/** Another legal basis for part of a purpose's processing, with what it covers and what that basis needs stated. */
export const additionalBasis = z.object({
  legalBasis: z.enum(LEGAL_BASES, { error: 'choose a legal basis (GDPR Art. 6(1)(a)–(f))' }),
  scope: requiredText(PURPOSE_LIMITS.legalBasisScope, 'scope of the legal basis'),
  legitimateInterest: optionalText(PURPOSE_LIMITS.legitimateInterest, 'legitimate interest'),
  legalObligation: optionalText(PURPOSE_LIMITS.legalObligation, 'legal obligation'),
  legalObligationOrigin: z
    .union([z.literal(UNION_LAW), countryCode])
    .nullish()
    .transform((v) => v ?? null),
});
export type AdditionalBasis = z.output<typeof additionalBasis>;

export const purpose = z.object({
  name: requiredText(PURPOSE_LIMITS.name, 'purpose name'),
  description: optionalText(PURPOSE_LIMITS.description, 'description'),
  legalBasis: z.enum(LEGAL_BASES, { error: 'choose a legal basis (GDPR Art. 6(1)(a)–(f))' }),
  /** Art. 13(1)(d): the legitimate interest in words, required when the basis is legitimate interests. */
  legitimateInterest: optionalText(PURPOSE_LIMITS.legitimateInterest, 'legitimate interest'),
  /** Which law imposes the obligation, when the basis is a legal obligation. */
  legalObligation: optionalText(PURPOSE_LIMITS.legalObligation, 'legal obligation'),
  /**
   * What the main basis covers, when other bases cover the rest: "for customers who bought from us" beside consent
   * "for everyone else". Required once there are additional bases.
   */
  legalBasisScope: optionalText(PURPOSE_LIMITS.legalBasisScope, 'scope of the legal basis'),
  /** Further bases for parts of the processing, each with its scope (GDPR Art. 13(1)(c) names each). */
  additionalBases: z.array(additionalBasis).max(PURPOSE_LIMITS.additionalBases).default([]),
  /** Whose law imposes the obligation: 'EU' for Union law, else the country (Art. 6(3)). */
  legalObligationOrigin: z
    .union([z.literal(UNION_LAW), countryCode])
    .nullish()
    .transform((v) => v ?? null),
  specialCategoryCondition: z
    .enum(SPECIAL_CATEGORY_CONDITIONS)
    .nullish()
    .transform((v) => v ?? null),
  /** Art. 10: what allows the processing of criminal-offence data this purpose covers. */
  criminalOffenceAuthority: z
    .enum(CRIMINAL_OFFENCE_AUTHORITIES)
    .nullish()
    .transform((v) => v ?? null),
  /** The law (in the UK, the DPA 2018 Sch. 1 condition) that authorises it, when authorised by law. */
  criminalOffenceLaw: optionalText(PURPOSE_LIMITS.criminalOffenceLaw, 'criminal offence law'),
  /** Direct marketing gets an unconditional right to object (Art. 21(2)). */
  directMarketing: z.boolean().default(false),
  /** Sale or sharing for cross-context behavioural advertising (CCPA § 1798.120). */
  saleOrSharing: z.boolean().default(false),
  /** Art. 22 decisions based solely on automated processing, with the logic in words. */
  automatedDecisionLogic: optionalText(PURPOSE_LIMITS.automatedDecisionLogic, 'automated decision logic'),
  audienceIds: idList('audiences'),
  dataCategoryIds: idList('data categories'),
  /**
   * Which of the purpose's data categories concern an audience, where not all of them do (payment data from
   * customers, not from the website visitors the same purpose names). An audience without an entry concerns them all.
   */
  audienceCategories: z
    .array(z.object({ audienceId: id, dataCategoryIds: idList('data categories') }))
    .max(FIELD_LIMITS.idList)
    .default([]),
  recipientIds: idList('recipients'),
  retention: retentionRule,
  position,
});
export type Purpose = z.output<typeof purpose>;
export type AudienceCategories = Purpose['audienceCategories'][number];
export type PurposeInput = z.input<typeof purpose>;

/** What a purpose may refer to in the same tenant. */
export interface PurposeReferences {
  audienceIds: ReadonlySet<string>;
  recipientIds: ReadonlySet<string>;
  /** data-category id → its special category, if any */
  dataCategories: ReadonlyMap<string, { specialCategory: SpecialCategory | null }>;
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
  problems.push(...audienceCategoryProblems(p), ...additionalBasisProblems(p));
  if (p.legalBasis !== 'LEGAL_OBLIGATION' && p.legalObligationOrigin) {
    problems.push(
      problem(
        'legalObligationOrigin',
        'INCONSISTENT',
        'the law of an obligation is only given when the legal basis is a legal obligation',
      ),
    );
  }
  if (p.criminalOffenceLaw && p.criminalOffenceAuthority !== 'AUTHORISED_BY_LAW') {
    problems.push(
      problem(
        'criminalOffenceLaw',
        'INCONSISTENT',
        'a law is only named when the processing of criminal-offence data is authorised by law',
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
  let coversCriminal = false;
  p.dataCategoryIds.forEach((id, i) => {
    const category = refs.dataCategories.get(id);
    if (!category) problems.push(problem(`dataCategoryIds.${i}`, 'UNKNOWN_REFERENCE', 'no such data category'));
    else {
      coversSpecial ||= isArticle9Category(category.specialCategory);
      coversCriminal ||= isCriminalOffenceData(category.specialCategory);
    }
  });
  // Whether criminal-offence data has its Art. 10 authority is a completeness question, so drafts stay editable.
  if (!coversCriminal && (p.criminalOffenceAuthority || p.criminalOffenceLaw)) {
    problems.push(
      problem('criminalOffenceAuthority', 'INCONSISTENT', 'an Art. 10 authority applies only to criminal-offence data'),
    );
  }
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

/** Each further basis is another basis than the others, with the scope of every basis said and its own details. */
function additionalBasisProblems(p: Purpose): Problem[] {
  const problems: Problem[] = [];
  if (p.additionalBases.length && !p.legalBasisScope)
    problems.push(
      problem('legalBasisScope', 'REQUIRED', 'say what the main legal basis covers, since other bases cover the rest'),
    );
  if (!p.additionalBases.length && p.legalBasisScope)
    problems.push(problem('legalBasisScope', 'INCONSISTENT', 'a scope is given only when there are several bases'));
  const seen = new Set([p.legalBasis]);
  p.additionalBases.forEach((b, i) => {
    const at = `additionalBases.${i}`;
    if (seen.has(b.legalBasis))
      problems.push(problem(`${at}.legalBasis`, 'DUPLICATE', 'the purpose already relies on this legal basis'));
    seen.add(b.legalBasis);
    if (b.legalBasis === 'LEGITIMATE_INTERESTS' && !b.legitimateInterest)
      problems.push(
        problem(`${at}.legitimateInterest`, 'REQUIRED', 'spell out the legitimate interest relied on (Art. 13(1)(d))'),
      );
    if (b.legalBasis !== 'LEGITIMATE_INTERESTS' && b.legitimateInterest)
      problems.push(
        problem(`${at}.legitimateInterest`, 'INCONSISTENT', 'a legitimate interest goes with legitimate interests'),
      );
    if (b.legalBasis !== 'LEGAL_OBLIGATION' && (b.legalObligation || b.legalObligationOrigin))
      problems.push(
        problem(`${at}.legalObligation`, 'INCONSISTENT', 'a legal obligation goes with the basis legal obligation'),
      );
  });
  return problems;
}

/** An audience's entry names one of the purpose's audiences, once, with some of the purpose's categories. */
function audienceCategoryProblems(p: Purpose): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  p.audienceCategories.forEach((entry, i) => {
    const at = `audienceCategories.${i}`;
    if (seen.has(entry.audienceId))
      problems.push(problem(`${at}.audienceId`, 'DUPLICATE', 'this audience already has its data categories'));
    seen.add(entry.audienceId);
    if (!p.audienceIds.includes(entry.audienceId))
      problems.push(problem(`${at}.audienceId`, 'INCONSISTENT', 'the audience is not one of the purpose’s audiences'));
    if (!entry.dataCategoryIds.length)
      problems.push(
        problem(
          `${at}.dataCategoryIds`,
          'REQUIRED',
          'an audience of the purpose concerns at least one of its categories',
        ),
      );
    entry.dataCategoryIds.forEach((categoryId, j) => {
      if (!p.dataCategoryIds.includes(categoryId))
        problems.push(
          problem(`${at}.dataCategoryIds.${j}`, 'INCONSISTENT', 'the data category is not one the purpose covers'),
        );
    });
  });
  // Every category the purpose covers concerns someone: an audience without an entry, or one whose entry names it.
  const unrestricted = p.audienceIds.some((a) => !p.audienceCategories.some((e) => e.audienceId === a));
  if (p.audienceCategories.length && !unrestricted) {
    p.dataCategoryIds.forEach((categoryId, i) => {
      if (!p.audienceCategories.some((e) => e.dataCategoryIds.includes(categoryId)))
        problems.push(
          problem(`dataCategoryIds.${i}`, 'INCONSISTENT', 'no audience of the purpose concerns this data category'),
        );
    });
  }
  return problems;
}

/** The purpose's data categories that concern an audience: its entry's, or all of them. */
export function categoriesForAudience(
  p: Pick<Purpose, 'dataCategoryIds'> & { audienceCategories?: Purpose['audienceCategories'] },
  audienceId: string,
): string[] {
  // Snapshots published before the refinement existed have no `audienceCategories`.
  const entry = (p.audienceCategories ?? []).find((e) => e.audienceId === audienceId);
  return entry ? p.dataCategoryIds.filter((c) => entry.dataCategoryIds.includes(c)) : p.dataCategoryIds;
}

export function validatePurpose(input: unknown, refs?: PurposeReferences): Validated<Purpose> {
  return validateWith(purpose, input, (p) => purposeProblems(p, refs));
}
