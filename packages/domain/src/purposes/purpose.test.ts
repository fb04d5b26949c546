import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import { objectionApplies, legalBasesOf, portabilityApplies, reliesOnConsent } from './legal-basis.js';
import { categoriesForAudience, purpose, purposeProblems, validatePurpose, type PurposeReferences } from './purpose.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const AUDIENCE = '00000000-0000-4000-8000-00000000a001';
const OTHER_AUDIENCE = '00000000-0000-4000-8000-00000000a002';
const CONTACT = '00000000-0000-4000-8000-00000000c001';
const HEALTH = '00000000-0000-4000-8000-00000000c002';
const RECIPIENT = '00000000-0000-4000-8000-00000000e001';
const CONVICTIONS = '00000000-0000-4000-8000-00000000c003';
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
    [CONVICTIONS, { specialCategory: 'CRIMINAL_OFFENCES' }],
  ]),
};

describe('criminal-offence data and legal obligations', () => {
  it('asks no Art. 9(2) condition for criminal-offence data, which Art. 10 governs', () => {
    const screening = { ...MINIMAL, dataCategoryIds: [CONVICTIONS] };
    expect(validatePurpose(screening, refs).ok).toBe(true);
    expect(
      validatePurpose(
        { ...screening, criminalOffenceAuthority: 'AUTHORISED_BY_LAW', criminalOffenceLaw: 'DPA 2018 Sch. 1 para. 6' },
        refs,
      ).ok,
    ).toBe(true);
    expect(refused(validatePurpose({ ...screening, specialCategoryCondition: 'LEGAL_CLAIMS' }, refs))).toEqual([
      { path: 'specialCategoryCondition', code: 'INCONSISTENT' },
    ]);
  });

  it('refuses an Art. 10 authority for a purpose without criminal-offence data, and a law without authorisation by law', () => {
    expect(
      refused(
        validatePurpose(
          {
            ...MINIMAL,
            dataCategoryIds: [HEALTH],
            specialCategoryCondition: 'EXPLICIT_CONSENT',
            criminalOffenceAuthority: 'OFFICIAL_AUTHORITY',
          },
          refs,
        ),
      ),
    ).toEqual([{ path: 'criminalOffenceAuthority', code: 'INCONSISTENT' }]);
    expect(
      refused(
        validatePurpose(
          {
            ...MINIMAL,
            dataCategoryIds: [CONVICTIONS],
            criminalOffenceAuthority: 'OFFICIAL_AUTHORITY',
            criminalOffenceLaw: 'a law',
          },
          refs,
        ),
      ),
    ).toEqual([{ path: 'criminalOffenceLaw', code: 'INCONSISTENT' }]);
  });

  it('takes the origin of an obligation as EU or a country code, only with a legal obligation', () => {
    const accounting = { ...MINIMAL, legalBasis: 'LEGAL_OBLIGATION', legalObligation: 'HGB § 257' };
    expect(validatePurpose({ ...accounting, legalObligationOrigin: 'de' })).toMatchObject({
      ok: true,
      value: { legalObligationOrigin: 'DE' },
    });
    expect(validatePurpose({ ...accounting, legalObligationOrigin: 'EU' })).toMatchObject({ ok: true });
    expect(refused(validatePurpose({ ...accounting, legalObligationOrigin: 'XX' }))).toEqual([
      { path: 'legalObligationOrigin', code: 'INVALID_FORMAT' },
    ]);
    expect(refused(validatePurpose({ ...MINIMAL, legalObligationOrigin: 'GB' }))).toEqual([
      { path: 'legalObligationOrigin', code: 'INCONSISTENT' },
    ]);
  });
});

describe('validatePurpose', () => {
  it('accepts a minimal purpose and fills the defaults', () => {
    expect(validatePurpose(MINIMAL)).toEqual({
      ok: true,
      value: {
        name: 'Answer enquiries',
        description: null,
        legalBasis: 'CONTRACT',
        legitimateInterest: null,
        legalBasisScope: null,
        additionalBases: [],
        legalObligation: null,
        legalObligationOrigin: null,
        specialCategoryCondition: null,
        criminalOffenceAuthority: null,
        criminalOffenceLaw: null,
        directMarketing: false,
        saleOrSharing: false,
        automatedDecisionLogic: null,
        audienceIds: [],
        dataCategoryIds: [],
        audienceCategories: [],
        recipientIds: [],
        retention: { period: null, criteria: 'until the enquiry is closed', general: false },
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
          {
            path: 'retention',
            code: 'REQUIRED',
            message: 'give a retention period or the criteria used to decide it, or follow the general rule',
          },
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

describe('data categories per audience', () => {
  const both = { ...MINIMAL, audienceIds: [AUDIENCE, OTHER_AUDIENCE], dataCategoryIds: [CONTACT, HEALTH] };

  it('narrows an audience to some of the purpose’s categories; an audience without an entry has them all', () => {
    const result = validatePurpose(
      { ...both, audienceCategories: [{ audienceId: OTHER_AUDIENCE, dataCategoryIds: [CONTACT] }] },
      {
        ...refs,
        dataCategories: new Map([
          [CONTACT, { specialCategory: null }],
          [HEALTH, { specialCategory: null }],
        ]),
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(categoriesForAudience(result.value, OTHER_AUDIENCE)).toEqual([CONTACT]);
    expect(categoriesForAudience(result.value, AUDIENCE)).toEqual([CONTACT, HEALTH]);
    // Published before the refinement existed: every audience has every category.
    expect(categoriesForAudience({ dataCategoryIds: [CONTACT] }, AUDIENCE)).toEqual([CONTACT]);
  });

  it('refuses a category that no audience of the purpose concerns', () => {
    const narrowed = [
      { audienceId: AUDIENCE, dataCategoryIds: [CONTACT] },
      { audienceId: OTHER_AUDIENCE, dataCategoryIds: [CONTACT] },
    ];
    expect(
      refused(validatePurpose({ ...both, specialCategoryCondition: 'EXPLICIT_CONSENT', audienceCategories: narrowed })),
    ).toEqual([{ path: 'dataCategoryIds.1', code: 'INCONSISTENT' }]);
  });

  it('refuses an entry for another audience, a category the purpose does not cover, an empty or repeated entry', () => {
    const entries = [
      { audienceId: UNKNOWN, dataCategoryIds: [CONTACT] },
      { audienceId: AUDIENCE, dataCategoryIds: [RECIPIENT] },
      { audienceId: OTHER_AUDIENCE, dataCategoryIds: [] },
      { audienceId: OTHER_AUDIENCE, dataCategoryIds: [CONTACT] },
    ];
    expect(
      refused(validatePurpose({ ...both, specialCategoryCondition: 'EXPLICIT_CONSENT', audienceCategories: entries })),
    ).toEqual([
      { path: 'audienceCategories.0.audienceId', code: 'INCONSISTENT' },
      { path: 'audienceCategories.1.dataCategoryIds.0', code: 'INCONSISTENT' },
      { path: 'audienceCategories.2.dataCategoryIds', code: 'REQUIRED' },
      { path: 'audienceCategories.3.audienceId', code: 'DUPLICATE' },
      // Both audiences are narrowed and neither takes the health data.
      { path: 'dataCategoryIds.1', code: 'INCONSISTENT' },
    ]);
  });
});

describe('several legal bases for one purpose', () => {
  const newsletter = {
    ...MINIMAL,
    legalBasis: 'CONSENT',
    legalBasisScope: 'people who sign up on the website',
    additionalBases: [
      {
        legalBasis: 'LEGITIMATE_INTERESTS',
        scope: 'existing customers, about products like those they bought',
        legitimateInterest: 'telling our customers about similar products (PECR reg. 22(3))',
      },
    ],
  };

  it('takes further bases, each with its scope, and counts them in the rules that follow from a basis', () => {
    const result = validatePurpose(newsletter);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(legalBasesOf(result.value)).toEqual(['CONSENT', 'LEGITIMATE_INTERESTS']);
    expect(reliesOnConsent(result.value)).toBe(true);
    expect(objectionApplies(result.value)).toBe(true);
    expect(portabilityApplies(result.value)).toBe(true);
    // The same with the bases the other way round.
    const swapped = {
      ...result.value,
      legalBasis: 'LEGITIMATE_INTERESTS' as const,
      additionalBases: [{ ...result.value.additionalBases[0]!, legalBasis: 'CONSENT' as const }],
    };
    expect(reliesOnConsent(swapped)).toBe(true);
  });

  it('asks the main basis’s scope, refuses a repeated basis and details that belong to another basis', () => {
    expect(refused(validatePurpose({ ...newsletter, legalBasisScope: null }))).toEqual([
      { path: 'legalBasisScope', code: 'REQUIRED' },
    ]);
    expect(
      refused(
        validatePurpose({
          ...newsletter,
          additionalBases: [
            { legalBasis: 'CONSENT', scope: 'again' },
            { legalBasis: 'LEGITIMATE_INTERESTS', scope: 'customers' },
            { legalBasis: 'CONTRACT', scope: 'orders', legalObligation: 'Companies Act' },
          ],
        }),
      ),
    ).toEqual([
      { path: 'additionalBases.0.legalBasis', code: 'DUPLICATE' },
      { path: 'additionalBases.1.legitimateInterest', code: 'REQUIRED' },
      { path: 'additionalBases.2.legalObligation', code: 'INCONSISTENT' },
    ]);
    expect(refused(validatePurpose({ ...MINIMAL, legalBasisScope: 'everyone' }))).toEqual([
      { path: 'legalBasisScope', code: 'INCONSISTENT' },
    ]);
  });
});
