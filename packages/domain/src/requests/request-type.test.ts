import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../jurisdictions/jurisdiction.js';
import { grantsRight } from '../jurisdictions/rights.js';
import { validateRequestIntake } from './request-intake.js';
import { isRequestTypeAvailable, REQUEST_TYPE_RIGHT, REQUEST_TYPES, requestTypesIn } from './request-type.js';

describe('request types', () => {
  it('each exercises the right of the same name', () => {
    for (const type of REQUEST_TYPES) expect(REQUEST_TYPE_RIGHT[type]).toBe(type);
  });

  it.each([
    ['EU_GDPR', ['ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'PORTABILITY', 'OBJECTION', 'WITHDRAW_CONSENT']],
    ['UK_GDPR', ['ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'PORTABILITY', 'OBJECTION', 'WITHDRAW_CONSENT']],
    ['CCPA_CPRA', ['ACCESS', 'RECTIFICATION', 'ERASURE', 'PORTABILITY', 'OPT_OUT_SALE_SHARING', 'LIMIT_SENSITIVE_USE']],
    ['LGPD', ['ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'PORTABILITY', 'OBJECTION', 'WITHDRAW_CONSENT']],
    ['PIPEDA', ['ACCESS', 'RECTIFICATION', 'WITHDRAW_CONSENT']],
    ['CH_FADP', ['ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'PORTABILITY', 'OBJECTION', 'WITHDRAW_CONSENT']],
  ] as const)('%s allows %j', (jurisdiction, types) => {
    expect(requestTypesIn(jurisdiction)).toEqual(types);
  });

  it('agrees with the rights table for every regime and type', () => {
    for (const j of JURISDICTIONS) {
      for (const t of REQUEST_TYPES) expect(isRequestTypeAvailable(t, j)).toBe(grantsRight(j, REQUEST_TYPE_RIGHT[t]));
    }
  });
});

describe('validateRequestIntake', () => {
  const base = { type: 'ACCESS', jurisdiction: 'EU_GDPR', requesterName: ' Ada Lovelace ', email: ' Ada@Example.COM ' };

  it('accepts a request and normalises it', () => {
    expect(validateRequestIntake({ ...base, details: '  ' })).toEqual({
      ok: true,
      value: {
        type: 'ACCESS',
        jurisdiction: 'EU_GDPR',
        requesterName: 'Ada Lovelace',
        email: 'ada@example.com',
        details: null,
        promisedDays: null,
      },
    });
  });

  it('accepts a promise no longer than the law', () => {
    expect(validateRequestIntake({ ...base, promisedDays: 30 })).toMatchObject({
      ok: true,
      value: { promisedDays: 30 },
    });
    expect(validateRequestIntake({ ...base, jurisdiction: 'CCPA_CPRA', promisedDays: 45 }).ok).toBe(true);
    // The regime's general period is the yardstick; the opt-out's shorter one still wins on the date.
    expect(
      validateRequestIntake({ ...base, jurisdiction: 'CCPA_CPRA', type: 'OPT_OUT_SALE_SHARING', promisedDays: 30 }).ok,
    ).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'FORGET_ME' }, 'type', 'INVALID_FORMAT'],
    ['a missing type', { type: undefined }, 'type', 'REQUIRED'],
    ['an unknown jurisdiction', { jurisdiction: 'MARS' }, 'jurisdiction', 'INVALID_FORMAT'],
    ['a blank name', { requesterName: '  ' }, 'requesterName', 'REQUIRED'],
    ['a long name', { requesterName: 'x'.repeat(201) }, 'requesterName', 'TOO_LONG'],
    ['a missing email', { email: undefined }, 'email', 'REQUIRED'],
    ['a malformed email', { email: 'ada@' }, 'email', 'INVALID_FORMAT'],
    ['long details', { details: 'x'.repeat(5001) }, 'details', 'TOO_LONG'],
    ['a fractional promise', { promisedDays: 1.5 }, 'promisedDays', 'INVALID_FORMAT'],
    ['a zero promise', { promisedDays: 0 }, 'promisedDays', 'OUT_OF_RANGE'],
    ['a promise longer than a month', { promisedDays: 32 }, 'promisedDays', 'OUT_OF_RANGE'],
    [
      'a promise longer than CCPA’s 45 days',
      { jurisdiction: 'CCPA_CPRA', promisedDays: 46 },
      'promisedDays',
      'OUT_OF_RANGE',
    ],
    [
      'a promise longer than LGPD’s 15 days',
      { jurisdiction: 'LGPD', promisedDays: 16 },
      'promisedDays',
      'OUT_OF_RANGE',
    ],
    ['a type the regime does not grant', { jurisdiction: 'PIPEDA', type: 'ERASURE' }, 'type', 'NOT_ALLOWED'],
    ['an opt-out under the GDPR', { type: 'OPT_OUT_SALE_SHARING' }, 'type', 'NOT_ALLOWED'],
  ])('refuses %s', (_what, change, path, code) => {
    const result = validateRequestIntake({ ...base, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('says what the law allows when a promise is too long', () => {
    const result = validateRequestIntake({ ...base, jurisdiction: 'PIPEDA', promisedDays: 40 });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'promisedDays',
          code: 'OUT_OF_RANGE',
          message: 'a promise of 40 days is longer than PIPEDA allows (at most 30 days)',
        },
      ],
    });
  });
});
