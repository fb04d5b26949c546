import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import {
  COOKIE_DURATION_UNITS,
  COOKIE_KINDS,
  cookie,
  cookieNeedsConsent,
  cookieProblems,
  isSessionCookie,
  validateCookie,
} from './cookie.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const GOOGLE = '00000000-0000-4000-8000-00000000e001';
const UNKNOWN = '00000000-0000-4000-8000-00000000ffff';
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
        provider: 'Google',
        recipientId: null,
        kind: 'ANALYTICS',
        durationAmount: null,
        durationUnit: null,
        purpose: 'distinguishes visitors',
        position: 0,
      },
    });
  });

  it('accepts a cookie with a duration and a known recipient', () => {
    expect(
      validateCookie({ ...MINIMAL, durationAmount: 2, durationUnit: 'YEARS', recipientId: GOOGLE }, new Set([GOOGLE])),
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
    expect(validateCookie({ ...MINIMAL, recipientId: UNKNOWN }, new Set([GOOGLE]))).toEqual({
      ok: false,
      problems: [{ path: 'recipientId', code: 'UNKNOWN_REFERENCE', message: 'no such recipient' }],
    });
  });

  it('does not check the recipient when the recipients are not given', () => {
    expect(validateCookie({ ...MINIMAL, recipientId: UNKNOWN }).ok).toBe(true);
  });

  it('needs no recipient', () => {
    expect(validateCookie(MINIMAL, new Set()).ok).toBe(true);
  });

  it('reports both cross-field problems', () => {
    expect(refused(validateCookie({ ...MINIMAL, durationUnit: 'DAYS', recipientId: UNKNOWN }, new Set()))).toEqual([
      { path: 'durationUnit', code: 'INCONSISTENT' },
      { path: 'recipientId', code: 'UNKNOWN_REFERENCE' },
    ]);
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
