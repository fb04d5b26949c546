import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import {
  COOKIE_DURATION_UNITS,
  COOKIE_KINDS,
  cookie,
  cookieNeedsConsent,
  cookieProblems,
  cookieSetOnlyWithConsent,
  isSessionCookie,
  nonEssentialCookiesOnlyWithConsent,
  purposesOfCookie,
  validateCookie,
} from './cookie.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const GOOGLE = '00000000-0000-4000-8000-00000000e001';
const UNKNOWN = '00000000-0000-4000-8000-00000000ffff';
const ANALYTICS = '00000000-0000-4000-8000-00000000a001';
const SECURITY = '00000000-0000-4000-8000-00000000a002';
const MINIMAL = { name: '_ga', provider: 'Google', kind: 'ANALYTICS', purpose: 'distinguishes visitors' };

describe('COOKIE_KINDS and COOKIE_DURATION_UNITS', () => {
  it('list the kinds and units', () => {
    expect(COOKIE_KINDS).toEqual(['STRICTLY_NECESSARY', 'FUNCTIONAL', 'ANALYTICS', 'MARKETING']);
    expect(COOKIE_DURATION_UNITS).toEqual(['MINUTES', 'HOURS', 'DAYS', 'MONTHS', 'YEARS']);
  });
});

describe('validateCookie', () => {
  it('accepts a minimal (session) cookie and fills the defaults', () => {
    expect(validateCookie(MINIMAL)).toEqual({
      ok: true,
      value: {
        name: '_ga',
        describesGroup: false,
        provider: 'Google',
        recipientId: null,
        kind: 'ANALYTICS',
        durationAmount: null,
        durationUnit: null,
        purpose: 'distinguishes visitors',
        purposeIds: [],
        position: 0,
      },
    });
  });

  it('accepts a cookie with a duration and a known recipient', () => {
    expect(
      validateCookie(
        { ...MINIMAL, durationAmount: 2, durationUnit: 'YEARS', recipientId: GOOGLE },
        { recipientIds: new Set([GOOGLE]) },
      ),
    ).toMatchObject({
      ok: true,
      value: { durationAmount: 2, durationUnit: 'YEARS', recipientId: GOOGLE },
    });
  });

  it('treats null durations as a session cookie', () => {
    expect(validateCookie({ ...MINIMAL, durationAmount: null, durationUnit: null })).toMatchObject({
      ok: true,
      value: { durationAmount: null, durationUnit: null },
    });
  });

  it.each([
    ['no name', { ...MINIMAL, name: '' }, 'name', 'REQUIRED'],
    ['no provider', { ...MINIMAL, provider: undefined }, 'provider', 'REQUIRED'],
    ['no purpose', { ...MINIMAL, purpose: '  ' }, 'purpose', 'REQUIRED'],
    ['a purpose over 1000 characters', { ...MINIMAL, purpose: 'x'.repeat(1001) }, 'purpose', 'TOO_LONG'],
    ['no kind', { ...MINIMAL, kind: undefined }, 'kind', 'REQUIRED'],
    ['an unknown kind', { ...MINIMAL, kind: 'TRACKING' }, 'kind', 'INVALID_FORMAT'],
    ['a duration of 0', { ...MINIMAL, durationAmount: 0, durationUnit: 'DAYS' }, 'durationAmount', 'OUT_OF_RANGE'],
    [
      'a duration over 100,000',
      { ...MINIMAL, durationAmount: 100_001, durationUnit: 'MINUTES' },
      'durationAmount',
      'OUT_OF_RANGE',
    ],
    [
      'a fractional duration',
      { ...MINIMAL, durationAmount: 1.5, durationUnit: 'DAYS' },
      'durationAmount',
      'INVALID_FORMAT',
    ],
    [
      'an unknown duration unit',
      { ...MINIMAL, durationAmount: 1, durationUnit: 'WEEKS' },
      'durationUnit',
      'INVALID_FORMAT',
    ],
    ['a recipient id that is not an id', { ...MINIMAL, recipientId: 'google' }, 'recipientId', 'INVALID_FORMAT'],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validateCookie(input))).toEqual([{ path, code }]);
  });

  it.each([
    ['an amount without a unit', { durationAmount: 13 }],
    ['a unit without an amount', { durationUnit: 'MONTHS' }],
    ['an amount with a null unit', { durationAmount: 13, durationUnit: null }],
  ])('refuses %s', (_what, duration) => {
    expect(validateCookie({ ...MINIMAL, ...duration })).toEqual({
      ok: false,
      problems: [
        {
          path: 'durationUnit',
          code: 'INCONSISTENT',
          message: 'give both an amount and a unit, or neither for a session cookie',
        },
      ],
    });
  });

  it('refuses an unknown recipient when the recipients are given', () => {
    expect(validateCookie({ ...MINIMAL, recipientId: UNKNOWN }, { recipientIds: new Set([GOOGLE]) })).toEqual({
      ok: false,
      problems: [{ path: 'recipientId', code: 'UNKNOWN_REFERENCE', message: 'no such recipient' }],
    });
  });

  it('does not check the recipient when the recipients are not given', () => {
    expect(validateCookie({ ...MINIMAL, recipientId: UNKNOWN }).ok).toBe(true);
  });

  it('needs no recipient', () => {
    expect(validateCookie(MINIMAL, { recipientIds: new Set() }).ok).toBe(true);
  });

  it('reports both cross-field problems', () => {
    expect(
      refused(validateCookie({ ...MINIMAL, durationUnit: 'DAYS', recipientId: UNKNOWN }, { recipientIds: new Set() })),
    ).toEqual([
      { path: 'durationUnit', code: 'INCONSISTENT' },
      { path: 'recipientId', code: 'UNKNOWN_REFERENCE' },
    ]);
  });

  it('accepts a group of cookies described by category, with a typical duration', () => {
    expect(
      validateCookie({
        name: 'Analytics cookies',
        describesGroup: true,
        provider: 'Our analytics provider',
        kind: 'ANALYTICS',
        durationAmount: 2,
        durationUnit: 'YEARS',
        purpose: 'Tell visits apart so we can see how the website is used.',
        purposeIds: [ANALYTICS],
      }),
    ).toMatchObject({ ok: true, value: { describesGroup: true, durationAmount: 2, purposeIds: [ANALYTICS] } });
  });

  it('links the purposes a cookie serves, checked against the tenant’s purposes', () => {
    const refs = { purposeIds: new Set([ANALYTICS, SECURITY]) };
    expect(validateCookie({ ...MINIMAL, purposeIds: [ANALYTICS, SECURITY] }, refs)).toMatchObject({
      ok: true,
      value: { purposeIds: [ANALYTICS, SECURITY] },
    });
    expect(validateCookie({ ...MINIMAL, purposeIds: [ANALYTICS, UNKNOWN] }, refs)).toEqual({
      ok: false,
      problems: [{ path: 'purposeIds.1', code: 'UNKNOWN_REFERENCE', message: 'no such purpose' }],
    });
  });

  it('needs no purpose to be saved (publishing asks for one), and refuses a purpose given twice', () => {
    expect(validateCookie({ ...MINIMAL, purposeIds: [] }, { purposeIds: new Set() }).ok).toBe(true);
    expect(refused(validateCookie({ ...MINIMAL, purposeIds: [ANALYTICS, ANALYTICS] }))).toEqual([
      { path: 'purposeIds', code: 'DUPLICATE' },
    ]);
    expect(refused(validateCookie({ ...MINIMAL, purposeIds: ['analytics'] }))).toEqual([
      { path: 'purposeIds.0', code: 'INVALID_FORMAT' },
    ]);
  });
});

describe('purposesOfCookie and cookieSetOnlyWithConsent', () => {
  const consent = { id: ANALYTICS, legalBasis: 'CONSENT', specialCategoryCondition: null } as const;
  const interests = { id: SECURITY, legalBasis: 'LEGITIMATE_INTERESTS', specialCategoryCondition: null } as const;
  const purposes = [interests, consent];

  it('lists the purposes in policy order, whatever the order of the ids', () => {
    expect(purposesOfCookie({ purposeIds: [ANALYTICS, SECURITY] }, purposes)).toEqual([interests, consent]);
  });

  it('reads a snapshot published before cookies had purposes as serving none', () => {
    expect(purposesOfCookie({} as { purposeIds: string[] }, purposes)).toEqual([]);
  });

  it.each([
    ['only consent-based purposes', [ANALYTICS], true],
    ['a purpose on legitimate interests', [SECURITY], false],
    ['consent and legitimate interests', [ANALYTICS, SECURITY], false],
    ['no purpose', [], false],
  ])('with %s: %s', (_what, purposeIds, expected) => {
    expect(cookieSetOnlyWithConsent({ purposeIds }, purposes)).toBe(expected);
  });

  it('is not "only with consent" for a consent purpose that rests partly on another basis', () => {
    const partly = { ...consent, additionalBases: [{ legalBasis: 'LEGITIMATE_INTERESTS' as const }] };
    expect(cookieSetOnlyWithConsent({ purposeIds: [ANALYTICS] }, [partly])).toBe(false);
  });
});

describe('cookieProblems', () => {
  it('finds nothing in a consistent parsed cookie', () => {
    expect(cookieProblems(cookie.parse({ ...MINIMAL, durationAmount: 30, durationUnit: 'MINUTES' }))).toEqual([]);
  });
});

describe('isSessionCookie', () => {
  it('is true only without a duration', () => {
    expect(isSessionCookie({ durationAmount: null })).toBe(true);
    expect(isSessionCookie({ durationAmount: 1 })).toBe(false);
  });
});

describe('cookieNeedsConsent', () => {
  it.each([
    ['STRICTLY_NECESSARY', false],
    ['FUNCTIONAL', true],
    ['ANALYTICS', true],
    ['MARKETING', true],
  ] as const)('a %s cookie needs consent: %s', (kind, expected) => {
    expect(cookieNeedsConsent({ kind })).toBe(expected);
  });
});

describe('nonEssentialCookiesOnlyWithConsent', () => {
  const purposes = [
    { id: ANALYTICS, legalBasis: 'CONSENT', specialCategoryCondition: null },
    { id: SECURITY, legalBasis: 'LEGITIMATE_INTERESTS', specialCategoryCondition: null },
  ] as const;
  const analytics = { kind: 'ANALYTICS', purposeIds: [ANALYTICS] } as const;
  const necessary = { kind: 'STRICTLY_NECESSARY', purposeIds: [SECURITY] } as const;

  it('holds when every cookie that needs consent serves only consent-based purposes', () => {
    expect(nonEssentialCookiesOnlyWithConsent([analytics, necessary], purposes)).toBe(true);
  });

  it.each([
    ['an analytics cookie on legitimate interests', [{ kind: 'ANALYTICS', purposeIds: [SECURITY] }]],
    [
      'a marketing cookie serving consent and legitimate interests',
      [analytics, { kind: 'MARKETING', purposeIds: [ANALYTICS, SECURITY] }],
    ],
    ['a functional cookie without a purpose', [analytics, { kind: 'FUNCTIONAL', purposeIds: [] }]],
    ['only strictly necessary cookies', [necessary]],
    ['no cookies', []],
  ] as const)('does not hold with %s', (_what, cookies) => {
    expect(nonEssentialCookiesOnlyWithConsent(cookies, purposes)).toBe(false);
  });
});
