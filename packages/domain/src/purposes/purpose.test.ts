import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import { purpose, purposeProblems, validatePurpose, type PurposeReferences } from './purpose.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const AUDIENCE = '00000000-0000-4000-8000-00000000a001';
const OTHER_AUDIENCE = '00000000-0000-4000-8000-00000000a002';
const CONTACT = '00000000-0000-4000-8000-00000000c001';
const HEALTH = '00000000-0000-4000-8000-00000000c002';
const RECIPIENT = '00000000-0000-4000-8000-00000000e001';
const UNKNOWN = '00000000-0000-4000-8000-00000000ffff';

const MINIMAL = {
  name: 'Answer enquiries',
  legalBasis: 'CONTRACT',
  retention: { criteria: 'until the enquiry is closed' },
};
const refs: PurposeReferences = {
  audienceIds: new Set([AUDIENCE, OTHER_AUDIENCE]),
  recipientIds: new Set([RECIPIENT]),
  dataCategories: new Map([
    [CONTACT, { specialCategory: null }],
    [HEALTH, { specialCategory: 'HEALTH' }],
  ]),
};

describe('validatePurpose', () => {
  it('accepts a minimal purpose and fills the defaults', () => {
    expect(validatePurpose(MINIMAL)).toEqual({
      ok: true,
      value: {
        name: 'Answer enquiries',
        description: null,
        legalBasis: 'CONTRACT',
        legitimateInterest: null,
        legalObligation: null,
        specialCategoryCondition: null,
        directMarketing: false,
        saleOrSharing: false,
        automatedDecisionLogic: null,
        audienceIds: [],
        dataCategoryIds: [],
        recipientIds: [],
        retention: { period: null, criteria: 'until the enquiry is closed' },
        position: 0,
      },
    });
  });

  it('accepts a purpose whose references all exist', () => {
    const result = validatePurpose(
      { ...MINIMAL, audienceIds: [OTHER_AUDIENCE, AUDIENCE], dataCategoryIds: [CONTACT], recipientIds: [RECIPIENT] },
      refs,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { audienceIds: [OTHER_AUDIENCE, AUDIENCE], dataCategoryIds: [CONTACT], recipientIds: [RECIPIENT] },
    });
  });

  it.each([
    ['no name', { ...MINIMAL, name: '' }, 'name', 'REQUIRED'],
    ['a name over 160 characters', { ...MINIMAL, name: 'x'.repeat(161) }, 'name', 'TOO_LONG'],
    ['no legal basis', { ...MINIMAL, legalBasis: undefined }, 'legalBasis', 'REQUIRED'],
    ['an unknown legal basis', { ...MINIMAL, legalBasis: 'GOOD_REASON' }, 'legalBasis', 'INVALID_FORMAT'],
    [
      'an unknown Art. 9(2) condition',
      { ...MINIMAL, specialCategoryCondition: 'BECAUSE' },
      'specialCategoryCondition',
      'INVALID_FORMAT',
    ],
    [
      'a non-boolean direct-marketing flag',
      { ...MINIMAL, directMarketing: 'yes' },
      'directMarketing',
      'INVALID_FORMAT',
    ],
    ['a repeated audience', { ...MINIMAL, audienceIds: [AUDIENCE, AUDIENCE] }, 'audienceIds', 'DUPLICATE'],
    ['a repeated data category', { ...MINIMAL, dataCategoryIds: [CONTACT, CONTACT] }, 'dataCategoryIds', 'DUPLICATE'],
    ['a repeated recipient', { ...MINIMAL, recipientIds: [RECIPIENT, RECIPIENT] }, 'recipientIds', 'DUPLICATE'],
    ['an audience id that is not a UUID', { ...MINIMAL, audienceIds: ['visitors'] }, 'audienceIds.0', 'INVALID_FORMAT'],
    ['no retention', { name: 'x', legalBasis: 'CONTRACT' }, 'retention', 'REQUIRED'],
    [
      'a retention period of 0',
      { ...MINIMAL, retention: { period: { amount: 0, unit: 'DAYS', trigger: 'COLLECTION' } } },
      'retention.period.amount',
      'OUT_OF_RANGE',
    ],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validatePurpose(input))).toEqual([{ path, code }]);
  });

  describe('retention', () => {
    it('requires a period or criteria', () => {
      expect(validatePurpose({ ...MINIMAL, retention: {} })).toEqual({
        ok: false,
        problems: [
          { path: 'retention', code: 'REQUIRED', message: 'give a retention period or the criteria used to decide it' },
        ],
      });
      expect(refused(validatePurpose({ ...MINIMAL, retention: { period: null, criteria: '  ' } }))).toEqual([
        { path: 'retention', code: 'REQUIRED' },
      ]);
    });

    it('accepts a period alone', () => {
      const retention = { period: { amount: 3, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } };
      expect(validatePurpose({ ...MINIMAL, retention })).toMatchObject({
        ok: true,
        value: { retention: { ...retention, criteria: null } },
      });
    });
  });

  describe('legitimate interests (Art. 13(1)(d))', () => {
    it('requires the interest when the basis is legitimate interests', () => {
      expect(validatePurpose({ ...MINIMAL, legalBasis: 'LEGITIMATE_INTERESTS' })).toEqual({
        ok: false,
        problems: [
          {
            path: 'legitimateInterest',
            code: 'REQUIRED',
            message: 'spell out the legitimate interest relied on (Art. 13(1)(d))',
          },
        ],
      });
    });

    it('counts a blank interest as missing', () => {
      expect(
        refused(validatePurpose({ ...MINIMAL, legalBasis: 'LEGITIMATE_INTERESTS', legitimateInterest: '  ' })),
      ).toEqual([{ path: 'legitimateInterest', code: 'REQUIRED' }]);
    });

    it('accepts the interest with that basis', () => {
      expect(
        validatePurpose({ ...MINIMAL, legalBasis: 'LEGITIMATE_INTERESTS', legitimateInterest: ' fraud prevention ' }),
      ).toMatchObject({
        ok: true,
        value: { legalBasis: 'LEGITIMATE_INTERESTS', legitimateInterest: 'fraud prevention' },
      });
    });

    it.each(['CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK'])(
      'refuses an interest with basis %s',
      (legalBasis) => {
        expect(validatePurpose({ ...MINIMAL, legalBasis, legitimateInterest: 'marketing' })).toEqual({
          ok: false,
          problems: [
            {
              path: 'legitimateInterest',
              code: 'INCONSISTENT',
              message: 'a legitimate interest is only stated when the legal basis is legitimate interests',
            },
          ],
        });
      },
    );
  });

  describe('legal obligation', () => {
    it('accepts the obligation with basis LEGAL_OBLIGATION, and does not require it', () => {
      expect(
        validatePurpose({ ...MINIMAL, legalBasis: 'LEGAL_OBLIGATION', legalObligation: 'AO § 147' }),
      ).toMatchObject({
        ok: true,
        value: { legalObligation: 'AO § 147' },
      });
      expect(validatePurpose({ ...MINIMAL, legalBasis: 'LEGAL_OBLIGATION' }).ok).toBe(true);
    });

    it('refuses the obligation with another basis', () => {
      expect(refused(validatePurpose({ ...MINIMAL, legalBasis: 'CONSENT', legalObligation: 'AO § 147' }))).toEqual([
        { path: 'legalObligation', code: 'INCONSISTENT' },
      ]);
    });
  });

  describe('sale or sharing', () => {
    it.each(['CONSENT', 'LEGITIMATE_INTERESTS'])('is accepted on basis %s', (legalBasis) => {
      const input = {
        ...MINIMAL,
        legalBasis,
        saleOrSharing: true,
        legitimateInterest: legalBasis === 'LEGITIMATE_INTERESTS' ? 'ads' : null,
      };
      expect(validatePurpose(input)).toMatchObject({ ok: true, value: { saleOrSharing: true } });
    });

    it.each(['CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK'])(
      'is refused on basis %s',
      (legalBasis) => {
        expect(refused(validatePurpose({ ...MINIMAL, legalBasis, saleOrSharing: true }))).toEqual([
          { path: 'saleOrSharing', code: 'INCONSISTENT' },
        ]);
      },
    );
  });

  describe('references', () => {
    it('refuses unknown audiences, recipients and data categories at their index', () => {
      const result = validatePurpose(
        {
          ...MINIMAL,
          audienceIds: [AUDIENCE, UNKNOWN],
          recipientIds: [UNKNOWN, RECIPIENT],
          dataCategoryIds: [CONTACT, UNKNOWN],
        },
        refs,
      );
      expect(result).toEqual({
        ok: false,
        problems: [
          { path: 'audienceIds.1', code: 'UNKNOWN_REFERENCE', message: 'no such audience' },
          { path: 'recipientIds.0', code: 'UNKNOWN_REFERENCE', message: 'no such recipient' },
          { path: 'dataCategoryIds.1', code: 'UNKNOWN_REFERENCE', message: 'no such data category' },
        ],
      });
    });

    it('are not checked without references', () => {
      expect(
        validatePurpose({ ...MINIMAL, audienceIds: [UNKNOWN], dataCategoryIds: [UNKNOWN], recipientIds: [UNKNOWN] }).ok,
      ).toBe(true);
    });

    it('checks against empty references too', () => {
      const none: PurposeReferences = { audienceIds: new Set(), recipientIds: new Set(), dataCategories: new Map() };
      expect(refused(validatePurpose({ ...MINIMAL, audienceIds: [AUDIENCE] }, none))).toEqual([
        { path: 'audienceIds.0', code: 'UNKNOWN_REFERENCE' },
      ]);
    });
  });

  describe('special-category data (Art. 9(2))', () => {
    it('requires a condition when a data category is special', () => {
      expect(validatePurpose({ ...MINIMAL, dataCategoryIds: [CONTACT, HEALTH] }, refs)).toEqual({
        ok: false,
        problems: [
          {
            path: 'specialCategoryCondition',
            code: 'REQUIRED',
            message: 'this purpose covers special-category data: choose the Art. 9(2) condition that allows it',
          },
        ],
      });
    });

    it('accepts a condition for special-category data', () => {
      expect(
        validatePurpose(
          { ...MINIMAL, dataCategoryIds: [HEALTH], specialCategoryCondition: 'HEALTH_OR_SOCIAL_CARE' },
          refs,
        ),
      ).toMatchObject({
        ok: true,
        value: { specialCategoryCondition: 'HEALTH_OR_SOCIAL_CARE' },
      });
    });

    it('refuses a condition when no data category is special', () => {
      expect(
        validatePurpose({ ...MINIMAL, dataCategoryIds: [CONTACT], specialCategoryCondition: 'EXPLICIT_CONSENT' }, refs),
      ).toEqual({
        ok: false,
        problems: [
          {
            path: 'specialCategoryCondition',
            code: 'INCONSISTENT',
            message: 'an Art. 9(2) condition applies only to special-category data',
          },
        ],
      });
    });

    it('refuses a condition on a purpose without data categories', () => {
      expect(refused(validatePurpose({ ...MINIMAL, specialCategoryCondition: 'LEGAL_CLAIMS' }, refs))).toEqual([
        { path: 'specialCategoryCondition', code: 'INCONSISTENT' },
      ]);
    });

    it('accepts a condition without references, as it cannot tell', () => {
      expect(validatePurpose({ ...MINIMAL, specialCategoryCondition: 'LEGAL_CLAIMS' }).ok).toBe(true);
    });
  });

  it('reports cross-field problems before reference problems', () => {
    expect(
      refused(
        validatePurpose(
          {
            ...MINIMAL,
            legalBasis: 'LEGITIMATE_INTERESTS',
            retention: {},
            audienceIds: [UNKNOWN],
            dataCategoryIds: [HEALTH],
          },
          refs,
        ),
      ),
    ).toEqual([
      { path: 'retention', code: 'REQUIRED' },
      { path: 'legitimateInterest', code: 'REQUIRED' },
      { path: 'audienceIds.0', code: 'UNKNOWN_REFERENCE' },
      { path: 'specialCategoryCondition', code: 'REQUIRED' },
    ]);
  });
});

describe('purposeProblems', () => {
  it('finds nothing in a consistent parsed purpose', () => {
    expect(purposeProblems(purpose.parse(MINIMAL), refs)).toEqual([]);
  });
});
