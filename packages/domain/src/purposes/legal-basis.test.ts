import { describe, expect, it } from 'vitest';
import {
  LEGAL_BASES,
  LEGAL_BASIS_REFERENCE,
  SPECIAL_CATEGORY_CONDITIONS,
  SPECIAL_CATEGORY_CONDITION_REFERENCE,
  objectionApplies,
  portabilityApplies,
  reliesOnConsent,
  type LegalBasis,
  type SpecialCategoryCondition,
} from './legal-basis.js';

describe('legal bases', () => {
  it('are GDPR Art. 6(1)(a)–(f) in order', () => {
    expect(LEGAL_BASES).toEqual([
      'CONSENT',
      'CONTRACT',
      'LEGAL_OBLIGATION',
      'VITAL_INTERESTS',
      'PUBLIC_TASK',
      'LEGITIMATE_INTERESTS',
    ]);
    expect(LEGAL_BASES.map((b) => LEGAL_BASIS_REFERENCE[b])).toEqual([
      'Art. 6(1)(a)',
      'Art. 6(1)(b)',
      'Art. 6(1)(c)',
      'Art. 6(1)(d)',
      'Art. 6(1)(e)',
      'Art. 6(1)(f)',
    ]);
  });
});

describe('special-category conditions', () => {
  it('are GDPR Art. 9(2)(a)–(j) in order', () => {
    expect(SPECIAL_CATEGORY_CONDITIONS).toHaveLength(10);
    expect(SPECIAL_CATEGORY_CONDITIONS.map((c) => SPECIAL_CATEGORY_CONDITION_REFERENCE[c])).toEqual(
      'abcdefghij'.split('').map((letter) => `Art. 9(2)(${letter})`),
    );
    expect(SPECIAL_CATEGORY_CONDITION_REFERENCE.EXPLICIT_CONSENT).toBe('Art. 9(2)(a)');
    expect(SPECIAL_CATEGORY_CONDITION_REFERENCE.LEGAL_CLAIMS).toBe('Art. 9(2)(f)');
    expect(SPECIAL_CATEGORY_CONDITION_REFERENCE.ARCHIVING_RESEARCH_STATISTICS).toBe('Art. 9(2)(j)');
  });
});

describe('reliesOnConsent', () => {
  it.each([
    ['CONSENT', null, true],
    ['CONTRACT', null, false],
    ['LEGITIMATE_INTERESTS', null, false],
    ['LEGAL_OBLIGATION', null, false],
    ['CONTRACT', 'EXPLICIT_CONSENT', true],
    ['CONSENT', 'EXPLICIT_CONSENT', true],
    ['CONTRACT', 'EMPLOYMENT_AND_SOCIAL_SECURITY', false],
    ['VITAL_INTERESTS', 'VITAL_INTERESTS', false],
  ] as Array<[LegalBasis, SpecialCategoryCondition | null, boolean]>)(
    'basis %s with condition %s → %s',
    (legalBasis, specialCategoryCondition, expected) => {
      expect(reliesOnConsent({ legalBasis, specialCategoryCondition })).toBe(expected);
    },
  );
});

describe('objectionApplies', () => {
  it.each([
    ['LEGITIMATE_INTERESTS', false, true],
    ['PUBLIC_TASK', false, true],
    ['CONSENT', false, false],
    ['CONTRACT', false, false],
    ['LEGAL_OBLIGATION', false, false],
    ['VITAL_INTERESTS', false, false],
    ['CONSENT', true, true],
    ['CONTRACT', true, true],
    ['LEGITIMATE_INTERESTS', true, true],
  ] as Array<[LegalBasis, boolean, boolean]>)(
    'basis %s, direct marketing %s → %s',
    (legalBasis, directMarketing, expected) => {
      expect(objectionApplies({ legalBasis, directMarketing })).toBe(expected);
    },
  );
});

describe('portabilityApplies', () => {
  it.each([
    ['CONSENT', true],
    ['CONTRACT', true],
    ['LEGAL_OBLIGATION', false],
    ['VITAL_INTERESTS', false],
    ['PUBLIC_TASK', false],
    ['LEGITIMATE_INTERESTS', false],
  ] as Array<[LegalBasis, boolean]>)('basis %s → %s', (legalBasis, expected) => {
    expect(portabilityApplies({ legalBasis })).toBe(expected);
  });

  it('applies to special-category data processed on explicit consent (Art. 9(2)(a)), and to no other condition', () => {
    expect(
      portabilityApplies({ legalBasis: 'LEGITIMATE_INTERESTS', specialCategoryCondition: 'EXPLICIT_CONSENT' }),
    ).toBe(true);
    expect(
      portabilityApplies({
        legalBasis: 'LEGAL_OBLIGATION',
        specialCategoryCondition: 'EMPLOYMENT_AND_SOCIAL_SECURITY',
      }),
    ).toBe(false);
  });
});
