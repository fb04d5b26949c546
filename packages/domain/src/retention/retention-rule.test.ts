import { describe, expect, it } from 'vitest';
import { validateWith } from '../common/problem.js';
import {
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
  approximateDays,
  isVagueRetentionCriteria,
  retentionRule,
  retentionRuleProblems,
} from './retention-rule.js';

describe('RETENTION_UNITS and RETENTION_TRIGGERS', () => {
  it('list the units and triggers', () => {
    expect(RETENTION_UNITS).toEqual(['DAYS', 'WEEKS', 'MONTHS', 'YEARS']);
    expect(RETENTION_TRIGGERS).toEqual([
      'COLLECTION',
      'END_OF_RELATIONSHIP',
      'END_OF_ENQUIRY',
      'LAST_INTERACTION',
      'END_OF_RECRUITMENT',
      'CONSENT_WITHDRAWN',
      'END_OF_FINANCIAL_YEAR',
    ]);
  });
});

describe('retentionRule', () => {
  it('accepts a period and normalises missing criteria to null', () => {
    expect(retentionRule.parse({ period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } })).toEqual({
      period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' },
      criteria: null,
      general: false,
    });
  });

  it('accepts criteria alone and normalises a missing period to null', () => {
    expect(retentionRule.parse({ criteria: '  Until the enquiry is answered ', period: undefined })).toEqual({
      period: null,
      criteria: 'Until the enquiry is answered',
      general: false,
    });
  });

  it('parses an empty rule to nulls (the problems function then refuses it)', () => {
    expect(retentionRule.parse({ criteria: '' })).toEqual({ period: null, criteria: null, general: false });
  });

  it('may follow the general rule of the policy settings instead of a period or criteria of its own', () => {
    const rule = retentionRule.parse({ general: true });
    expect(rule).toEqual({ period: null, criteria: null, general: true });
    expect(retentionRuleProblems(rule)).toEqual([]);
  });

  it.each([
    ['an amount of 0', { amount: 0, unit: 'DAYS', trigger: 'COLLECTION' }, 'period.amount', 'OUT_OF_RANGE'],
    ['an amount over 1200', { amount: 1201, unit: 'MONTHS', trigger: 'COLLECTION' }, 'period.amount', 'OUT_OF_RANGE'],
    ['a fractional amount', { amount: 1.5, unit: 'YEARS', trigger: 'COLLECTION' }, 'period.amount', 'INVALID_FORMAT'],
    ['no amount', { unit: 'YEARS', trigger: 'COLLECTION' }, 'period.amount', 'REQUIRED'],
    ['an unknown unit', { amount: 1, unit: 'DECADES', trigger: 'COLLECTION' }, 'period.unit', 'INVALID_FORMAT'],
    ['no trigger', { amount: 1, unit: 'YEARS' }, 'period.trigger', 'REQUIRED'],
  ])('refuses a period with %s', (_what, period, path, code) => {
    const result = validateWith(retentionRule, { period });
    expect(result.ok ? [] : result.problems.map((p) => ({ path: p.path, code: p.code }))).toEqual([{ path, code }]);
  });

  it('refuses criteria over 2000 characters', () => {
    const result = validateWith(retentionRule, { criteria: 'x'.repeat(2001) });
    expect(result.ok ? [] : result.problems.map((p) => ({ path: p.path, code: p.code }))).toEqual([
      { path: 'criteria', code: 'TOO_LONG' },
    ]);
  });
});

describe('retentionRuleProblems', () => {
  it('requires a period or criteria, at the default path', () => {
    expect(retentionRuleProblems({ period: null, criteria: null, general: false })).toEqual([
      {
        path: 'retention',
        code: 'REQUIRED',
        message: 'give a retention period or the criteria used to decide it, or follow the general rule',
      },
    ]);
  });

  it('reports at the given path', () => {
    expect(
      retentionRuleProblems({ period: null, criteria: null, general: false }, 'cookies.2.retention').map((p) => [
        p.path,
        p.code,
      ]),
    ).toEqual([['cookies.2.retention', 'REQUIRED']]);
  });

  it.each([
    ['a period', { period: { amount: 6, unit: 'MONTHS', trigger: 'LAST_INTERACTION' }, criteria: null }],
    ['criteria', { period: null, criteria: 'as long as the law requires' }],
    ['both', { period: { amount: 10, unit: 'YEARS', trigger: 'END_OF_FINANCIAL_YEAR' }, criteria: 'HGB § 257' }],
  ] as const)('accepts %s', (_what, rule) => {
    expect(retentionRuleProblems({ ...rule, general: false })).toEqual([]);
  });
});

describe('approximateDays', () => {
  it.each([
    [30, 'DAYS', 30],
    [1, 'DAYS', 1],
    [2, 'WEEKS', 14],
    [1, 'MONTHS', 30.4375],
    [6, 'MONTHS', 182.625],
    [12, 'MONTHS', 365.25],
    [1, 'YEARS', 365.25],
    [7, 'YEARS', 2556.75],
    [4, 'YEARS', 1461],
  ] as const)('%i %s is about %d days', (amount, unit, days) => {
    expect(approximateDays({ amount, unit, trigger: 'COLLECTION' })).toBe(days);
  });

  it('ignores the trigger', () => {
    expect(approximateDays({ amount: 3, unit: 'YEARS', trigger: 'COLLECTION' })).toBe(
      approximateDays({ amount: 3, unit: 'YEARS', trigger: 'END_OF_RECRUITMENT' }),
    );
  });

  it('orders periods in different units sensibly', () => {
    const days = (amount: number, unit: (typeof RETENTION_UNITS)[number]) =>
      approximateDays({ amount, unit, trigger: 'COLLECTION' });
    expect(days(5, 'WEEKS')).toBeGreaterThan(days(1, 'MONTHS'));
    expect(days(13, 'MONTHS')).toBeGreaterThan(days(1, 'YEARS'));
    expect(days(364, 'DAYS')).toBeLessThan(days(1, 'YEARS'));
  });
});

describe('isVagueRetentionCriteria', () => {
  it.each([
    'As long as necessary.',
    'As long as necessary for the purposes of your consent.',
    'We keep your data only as long as needed for the purposes for which it was collected.',
    'For no longer than is necessary.',
    'So lange, wie es für die genannten Zwecke erforderlich ist.',
    'Aussi longtemps que nécessaire.',
  ])('flags %j, which names no period or criterion', (text) => {
    expect(isVagueRetentionCriteria(text)).toBe(true);
  });

  it.each([
    'Until the role is filled, then six months for any legal claims.',
    'As long as necessary to provide the service, then 6 years under tax law.',
    'Only as long as required by the purpose; longer where the law requires us to keep it (record-keeping under tax law).',
    'For as long as your request not to be contacted at that email address stands.',
    'For the period the law requires.',
    'So lange wie nötig, höchstens bis zum Ende des Vertrags.',
  ])('accepts %j, which names a period, event or law', (text) => {
    expect(isVagueRetentionCriteria(text)).toBe(false);
  });
});
