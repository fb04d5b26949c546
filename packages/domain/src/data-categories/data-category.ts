import { z } from 'zod';
import { optionalText, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';

/** GDPR Art. 9(1) special categories, plus Art. 10 criminal-offence data which needs the same care. */
export const SPECIAL_CATEGORIES = [
  'RACIAL_OR_ETHNIC_ORIGIN',
  'POLITICAL_OPINIONS',
  'RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS',
  'TRADE_UNION_MEMBERSHIP',
  'GENETIC',
  'BIOMETRIC',
  'HEALTH',
  'SEX_LIFE_OR_ORIENTATION',
  'CRIMINAL_OFFENCES',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/**
 * Criminal-offence data sits in the same list because it needs the same care, but it is not an Art. 9 special
 * category: Art. 10 allows it only under official authority or when Union or Member State law (in the UK, a
 * DPA 2018 Sch. 1 condition) authorises it, so an Art. 9(2) condition neither applies to it nor suffices.
 */
export function isArticle9Category(c: SpecialCategory | null): boolean {
  return c !== null && c !== 'CRIMINAL_OFFENCES';
}

export function isCriminalOffenceData(c: SpecialCategory | null): boolean {
  return c === 'CRIMINAL_OFFENCES';
}

/** Where the data comes from (Art. 14(2)(f) asks for the source when it is not the person). */
export const DATA_SOURCES = ['SUBJECT', 'THIRD_PARTY', 'PUBLIC', 'AUTOMATIC'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, or needed for a contract. */
export const PROVISION_REQUIREMENTS = ['VOLUNTARY', 'CONTRACTUAL', 'PRE_CONTRACTUAL', 'STATUTORY'] as const;
export type ProvisionRequirement = (typeof PROVISION_REQUIREMENTS)[number];

/** CCPA § 1798.140(v) categories of personal information, used by California notices. */
export const CCPA_CATEGORIES = [
  'IDENTIFIERS',
  'CUSTOMER_RECORDS',
  'PROTECTED_CLASSIFICATIONS',
  'COMMERCIAL_INFORMATION',
  'BIOMETRIC_INFORMATION',
  'INTERNET_ACTIVITY',
  'GEOLOCATION',
  'SENSORY_DATA',
  'PROFESSIONAL_INFORMATION',
  'EDUCATION_INFORMATION',
  'INFERENCES',
  'SENSITIVE_PERSONAL_INFORMATION',
] as const;
export type CcpaCategory = (typeof CCPA_CATEGORIES)[number];

/** Characters of a data category's text fields. */
export const DATA_CATEGORY_LIMITS = {
  name: 120,
  description: 2000,
  sourceDetails: 1000,
  consequenceOfNotProviding: 1000,
} as const;

export const dataCategory = z.object({
  name: requiredText(DATA_CATEGORY_LIMITS.name, 'data category name'),
  /** What it contains in words: "name, job title, company size, postal address, fax". */
  description: optionalText(DATA_CATEGORY_LIMITS.description, 'description'),
  specialCategory: z
    .enum(SPECIAL_CATEGORIES)
    .nullish()
    .transform((v) => v ?? null),
  sources: z
    .array(z.enum(DATA_SOURCES))
    .min(1, { error: 'say where the data comes from' })
    .transform((s) => DATA_SOURCES.filter((d) => s.includes(d))),
  /** Names the third-party or public sources, e.g. "list brokers and resellers". */
  sourceDetails: optionalText(DATA_CATEGORY_LIMITS.sourceDetails, 'source details'),
  /**
   * Art. 13(2)(e): null until someone answers; the policy then says nothing about it (never "voluntary" by
   * default) and the completeness check asks where the GDPR requires the statement.
   */
  requirement: z
    .enum(PROVISION_REQUIREMENTS)
    .nullish()
    .transform((v) => v ?? null),
  consequenceOfNotProviding: optionalText(
    DATA_CATEGORY_LIMITS.consequenceOfNotProviding,
    'consequence of not providing',
  ),
  ccpaCategory: z
    .enum(CCPA_CATEGORIES)
    .nullish()
    .transform((v) => v ?? null),
  position,
});
export type DataCategory = z.output<typeof dataCategory>;

export function dataCategoryProblems(c: DataCategory): Problem[] {
  const problems: Problem[] = [];
  if (c.requirement !== null && c.requirement !== 'VOLUNTARY' && !c.consequenceOfNotProviding) {
    problems.push(
      problem(
        'consequenceOfNotProviding',
        'REQUIRED',
        'when providing the data is required, say what happens if the person does not provide it (Art. 13(2)(e))',
      ),
    );
  }
  const indirect = c.sources.some((s) => s === 'THIRD_PARTY' || s === 'PUBLIC');
  if (indirect && !c.sourceDetails) {
    problems.push(
      problem(
        'sourceDetails',
        'REQUIRED',
        'name the third-party or public sources the data comes from (Art. 14(2)(f))',
      ),
    );
  }
  if (
    c.specialCategory &&
    c.ccpaCategory &&
    c.ccpaCategory !== 'SENSITIVE_PERSONAL_INFORMATION' &&
    c.ccpaCategory !== 'BIOMETRIC_INFORMATION' &&
    c.ccpaCategory !== 'PROTECTED_CLASSIFICATIONS'
  ) {
    problems.push(
      problem('ccpaCategory', 'INCONSISTENT', 'special-category data is sensitive personal information under the CCPA'),
    );
  }
  return problems;
}

export function validateDataCategory(input: unknown): Validated<DataCategory> {
  return validateWith(dataCategory, input, dataCategoryProblems);
}

export function isSpecialCategory(c: Pick<DataCategory, 'specialCategory'>): boolean {
  return c.specialCategory !== null;
}
