import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import {
  CCPA_CATEGORIES,
  DATA_SOURCES,
  PROVISION_REQUIREMENTS,
  SPECIAL_CATEGORIES,
  dataCategory,
  dataCategoryProblems,
  isSpecialCategory,
  validateDataCategory,
} from './data-category.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const MINIMAL = { name: 'Contact details', sources: ['SUBJECT'] };

describe('enumerations', () => {
  it('list the special categories, sources, requirements and CCPA categories', () => {
    expect(SPECIAL_CATEGORIES).toHaveLength(9);
    expect(SPECIAL_CATEGORIES).toContain('HEALTH');
    expect(SPECIAL_CATEGORIES).toContain('CRIMINAL_OFFENCES');
    expect(DATA_SOURCES).toEqual(['SUBJECT', 'THIRD_PARTY', 'PUBLIC', 'AUTOMATIC']);
    expect(PROVISION_REQUIREMENTS).toEqual(['VOLUNTARY', 'CONTRACTUAL', 'PRE_CONTRACTUAL', 'STATUTORY']);
    expect(CCPA_CATEGORIES).toHaveLength(12);
    expect(CCPA_CATEGORIES[0]).toBe('IDENTIFIERS');
    expect(CCPA_CATEGORIES[11]).toBe('SENSITIVE_PERSONAL_INFORMATION');
  });
});

describe('validateDataCategory', () => {
  it('accepts a minimal category, its provision requirement unanswered', () => {
    expect(validateDataCategory(MINIMAL)).toEqual({
      ok: true,
      value: {
        name: 'Contact details',
        description: null,
        specialCategory: null,
        sources: ['SUBJECT'],
        sourceDetails: null,
        requirement: null,
        consequenceOfNotProviding: null,
        ccpaCategory: null,
        position: 0,
      },
    });
  });

  it('de-duplicates sources and puts them in DATA_SOURCES order', () => {
    const result = validateDataCategory({ ...MINIMAL, sources: ['AUTOMATIC', 'SUBJECT', 'AUTOMATIC'] });
    expect(result).toMatchObject({ ok: true, value: { sources: ['SUBJECT', 'AUTOMATIC'] } });
  });

  it('trims texts and turns empty ones into null', () => {
    const result = validateDataCategory({
      ...MINIMAL,
      name: ' Contact details ',
      description: ' name, email ',
      sourceDetails: '',
      consequenceOfNotProviding: '  ',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'Contact details',
        description: 'name, email',
        sourceDetails: null,
        consequenceOfNotProviding: null,
      },
    });
  });

  it.each([
    ['no name', { sources: ['SUBJECT'] }, 'name', 'REQUIRED'],
    ['a name over 120 characters', { ...MINIMAL, name: 'x'.repeat(121) }, 'name', 'TOO_LONG'],
    ['no sources', { name: 'x', sources: [] }, 'sources', 'REQUIRED'],
    ['missing sources', { name: 'x' }, 'sources', 'REQUIRED'],
    ['an unknown source', { name: 'x', sources: ['SUBJECT', 'RUMOUR'] }, 'sources.1', 'INVALID_FORMAT'],
    ['an unknown special category', { ...MINIMAL, specialCategory: 'SHOE_SIZE' }, 'specialCategory', 'INVALID_FORMAT'],
    ['an unknown requirement', { ...MINIMAL, requirement: 'MANDATORY' }, 'requirement', 'INVALID_FORMAT'],
    ['an unknown CCPA category', { ...MINIMAL, ccpaCategory: 'OTHER' }, 'ccpaCategory', 'INVALID_FORMAT'],
    [
      'source details over 1000 characters',
      { ...MINIMAL, sourceDetails: 'x'.repeat(1001) },
      'sourceDetails',
      'TOO_LONG',
    ],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validateDataCategory(input))).toEqual([{ path, code }]);
  });

  describe('consequence of not providing (Art. 13(2)(e))', () => {
    it.each(['CONTRACTUAL', 'PRE_CONTRACTUAL', 'STATUTORY'])('is required when provision is %s', (requirement) => {
      expect(validateDataCategory({ ...MINIMAL, requirement })).toEqual({
        ok: false,
        problems: [
          {
            path: 'consequenceOfNotProviding',
            code: 'REQUIRED',
            message:
              'when providing the data is required, say what happens if the person does not provide it (Art. 13(2)(e))',
          },
        ],
      });
    });

    it('counts a blank consequence as missing', () => {
      expect(
        refused(validateDataCategory({ ...MINIMAL, requirement: 'STATUTORY', consequenceOfNotProviding: '   ' })),
      ).toEqual([{ path: 'consequenceOfNotProviding', code: 'REQUIRED' }]);
    });

    it('is accepted when given', () => {
      const result = validateDataCategory({
        ...MINIMAL,
        requirement: 'CONTRACTUAL',
        consequenceOfNotProviding: 'we cannot deliver',
      });
      expect(result).toMatchObject({
        ok: true,
        value: { requirement: 'CONTRACTUAL', consequenceOfNotProviding: 'we cannot deliver' },
      });
    });

    it('is not required when provision is voluntary', () => {
      expect(validateDataCategory({ ...MINIMAL, requirement: 'VOLUNTARY' }).ok).toBe(true);
    });
  });

  describe('source details (Art. 14(2)(f))', () => {
    it.each([['THIRD_PARTY'], ['PUBLIC']])('are required when data comes from %s', (source) => {
      expect(validateDataCategory({ ...MINIMAL, sources: ['SUBJECT', source] })).toEqual({
        ok: false,
        problems: [
          {
            path: 'sourceDetails',
            code: 'REQUIRED',
            message: 'name the third-party or public sources the data comes from (Art. 14(2)(f))',
          },
        ],
      });
    });

    it('are accepted when given', () => {
      const result = validateDataCategory({ ...MINIMAL, sources: ['THIRD_PARTY'], sourceDetails: 'list brokers' });
      expect(result).toMatchObject({ ok: true, value: { sources: ['THIRD_PARTY'], sourceDetails: 'list brokers' } });
    });

    it.each([['SUBJECT'], ['AUTOMATIC']])('are not required for %s data', (source) => {
      expect(validateDataCategory({ ...MINIMAL, sources: [source] }).ok).toBe(true);
    });
  });

  describe('CCPA category of special-category data', () => {
    it.each(['SENSITIVE_PERSONAL_INFORMATION', 'BIOMETRIC_INFORMATION', 'PROTECTED_CLASSIFICATIONS'])(
      'accepts %s',
      (ccpaCategory) => {
        expect(validateDataCategory({ ...MINIMAL, specialCategory: 'HEALTH', ccpaCategory }).ok).toBe(true);
      },
    );

    it.each(['IDENTIFIERS', 'COMMERCIAL_INFORMATION', 'INFERENCES'])('refuses %s', (ccpaCategory) => {
      expect(validateDataCategory({ ...MINIMAL, specialCategory: 'BIOMETRIC', ccpaCategory })).toEqual({
        ok: false,
        problems: [
          {
            path: 'ccpaCategory',
            code: 'INCONSISTENT',
            message: 'special-category data is sensitive personal information under the CCPA',
          },
        ],
      });
    });

    it('accepts special-category data without a CCPA category', () => {
      expect(validateDataCategory({ ...MINIMAL, specialCategory: 'HEALTH' })).toMatchObject({
        ok: true,
        value: { specialCategory: 'HEALTH', ccpaCategory: null },
      });
    });

    it('accepts any CCPA category for ordinary data', () => {
      expect(validateDataCategory({ ...MINIMAL, ccpaCategory: 'IDENTIFIERS' })).toMatchObject({
        ok: true,
        value: { ccpaCategory: 'IDENTIFIERS' },
      });
    });
  });

  it('reports every cross-field problem in order', () => {
    expect(
      refused(
        validateDataCategory({
          name: 'Health leads',
          sources: ['PUBLIC'],
          requirement: 'STATUTORY',
          specialCategory: 'HEALTH',
          ccpaCategory: 'IDENTIFIERS',
        }),
      ),
    ).toEqual([
      { path: 'consequenceOfNotProviding', code: 'REQUIRED' },
      { path: 'sourceDetails', code: 'REQUIRED' },
      { path: 'ccpaCategory', code: 'INCONSISTENT' },
    ]);
  });
});

describe('dataCategoryProblems', () => {
  it('finds nothing in a consistent parsed category', () => {
    expect(dataCategoryProblems(dataCategory.parse(MINIMAL))).toEqual([]);
  });
});

describe('isSpecialCategory', () => {
  it('is true only when a special category is set', () => {
    expect(isSpecialCategory({ specialCategory: 'GENETIC' })).toBe(true);
    expect(isSpecialCategory({ specialCategory: null })).toBe(false);
  });
});
