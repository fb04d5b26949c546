import { AREA_COUNTRIES } from '../recipients/transfer.js';

/** GDPR Art. 6(1)(a)–(f). */
export const LEGAL_BASES = [
  'CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTERESTS',
  'PUBLIC_TASK',
  'LEGITIMATE_INTERESTS',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_REFERENCE: Record<LegalBasis, string> = {
  CONSENT: 'Art. 6(1)(a)',
  CONTRACT: 'Art. 6(1)(b)',
  LEGAL_OBLIGATION: 'Art. 6(1)(c)',
  VITAL_INTERESTS: 'Art. 6(1)(d)',
  PUBLIC_TASK: 'Art. 6(1)(e)',
  LEGITIMATE_INTERESTS: 'Art. 6(1)(f)',
};

/** GDPR Art. 9(2)(a)–(j): the condition that lifts the ban on processing special categories. */
export const SPECIAL_CATEGORY_CONDITIONS = [
  'EXPLICIT_CONSENT',
  'EMPLOYMENT_AND_SOCIAL_SECURITY',
  'VITAL_INTERESTS',
  'NOT_FOR_PROFIT_BODY',
  'MADE_PUBLIC_BY_SUBJECT',
  'LEGAL_CLAIMS',
  'SUBSTANTIAL_PUBLIC_INTEREST',
  'HEALTH_OR_SOCIAL_CARE',
  'PUBLIC_HEALTH',
  'ARCHIVING_RESEARCH_STATISTICS',
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number];

export const SPECIAL_CATEGORY_CONDITION_REFERENCE: Record<SpecialCategoryCondition, string> = {
  EXPLICIT_CONSENT: 'Art. 9(2)(a)',
  EMPLOYMENT_AND_SOCIAL_SECURITY: 'Art. 9(2)(b)',
  VITAL_INTERESTS: 'Art. 9(2)(c)',
  NOT_FOR_PROFIT_BODY: 'Art. 9(2)(d)',
  MADE_PUBLIC_BY_SUBJECT: 'Art. 9(2)(e)',
  LEGAL_CLAIMS: 'Art. 9(2)(f)',
  SUBSTANTIAL_PUBLIC_INTEREST: 'Art. 9(2)(g)',
  HEALTH_OR_SOCIAL_CARE: 'Art. 9(2)(h)',
  PUBLIC_HEALTH: 'Art. 9(2)(i)',
  ARCHIVING_RESEARCH_STATISTICS: 'Art. 9(2)(j)',
};

/**
 * GDPR Art. 10 (UK GDPR Art. 10 with DPA 2018 s. 10(5)): what allows processing of criminal-offence data. Under
 * official authority, or authorised by a law the policy names (Union or Member State law; in the UK a condition of
 * DPA 2018 Sch. 1).
 */
export const CRIMINAL_OFFENCE_AUTHORITIES = ['OFFICIAL_AUTHORITY', 'AUTHORISED_BY_LAW'] as const;
export type CriminalOffenceAuthority = (typeof CRIMINAL_OFFENCE_AUTHORITIES)[number];

/**
 * Whose law imposes an Art. 6(1)(c) obligation: 'EU' for Union law, else the ISO country code. Art. 6(3) accepts
 * only Union or Member State law (the UK GDPR: domestic law); an obligation under a third country's law is no
 * basis of its own.
 */
export const UNION_LAW = 'EU';

/** Whether an obligation of this origin can be an Art. 6(1)(c) basis under the regime. */
export function obligationLawRecognised(origin: string, jurisdiction: 'EU_GDPR' | 'UK_GDPR'): boolean {
  // The EEA states apply the GDPR through the EEA Agreement, so their law counts as Member State law.
  return jurisdiction === 'UK_GDPR' ? origin === 'GB' : origin === UNION_LAW || AREA_COUNTRIES.EEA.includes(origin);
}

/** A purpose's bases: its main one and, where parts of the processing rest on others, those (each with its scope). */
interface WithBases {
  legalBasis: LegalBasis;
  /** Absent from snapshots published before a purpose could have several bases. */
  additionalBases?: ReadonlyArray<{ legalBasis: LegalBasis }>;
}

/** Every legal basis a purpose relies on for some of its processing, the main one first. */
export function legalBasesOf(p: WithBases): LegalBasis[] {
  return [...new Set([p.legalBasis, ...(p.additionalBases ?? []).map((b) => b.legalBasis)])];
}

/** Consent-based processing must tell people they can withdraw (Art. 13(2)(c)). */
export function reliesOnConsent(p: WithBases & { specialCategoryCondition: SpecialCategoryCondition | null }): boolean {
  return legalBasesOf(p).includes('CONSENT') || p.specialCategoryCondition === 'EXPLICIT_CONSENT';
}

/** Objection (Art. 21) applies to processing on public task or legitimate interests, and always to direct marketing. */
export function objectionApplies(p: WithBases & { directMarketing: boolean }): boolean {
  return p.directMarketing || legalBasesOf(p).some((b) => b === 'LEGITIMATE_INTERESTS' || b === 'PUBLIC_TASK');
}

/**
 * Portability (Art. 20(1)(a)) applies to processing based on consent (Art. 6(1)(a), or explicit consent under
 * Art. 9(2)(a)) or on a contract (Art. 6(1)(b)), carried out by automated means; whoever the person is.
 */
export function portabilityApplies(
  p: WithBases & { specialCategoryCondition?: SpecialCategoryCondition | null },
): boolean {
  return (
    legalBasesOf(p).includes('CONTRACT') ||
    reliesOnConsent({ ...p, specialCategoryCondition: p.specialCategoryCondition ?? null })
  );
}
