import { describe, expect, it } from 'vitest';
import { allKnownCookies } from '../catalog/catalog.cookies.js';
import {
  compareWithDeclared,
  declaredNamePattern,
  durationDiffers,
  durationOf,
  proposedKind,
  sameSite,
  type DeclaredCookie,
  type ObservedCookie,
} from './cookie-scan.report.js';

const DAY = 86_400;

const seen = (name: string, lifetimeDays: number | null, extra: Partial<ObservedCookie> = {}): ObservedCookie => ({
  name,
  domain: 'www.example.com',
  path: '/',
  expires: lifetimeDays === null ? null : 1_800_000_000,
  lifetimeSeconds: lifetimeDays === null ? null : Math.round(lifetimeDays * DAY),
  lifetimeCapped: lifetimeDays !== null && lifetimeDays >= 399,
  httpOnly: false,
  secure: true,
  sameSite: 'LAX',
  thirdParty: false,
  phase: 'BEFORE_CONSENT',
  ...extra,
});

const declared = (id: string, name: string, extra: Partial<DeclaredCookie> = {}): DeclaredCookie => ({
  id,
  name,
  describesGroup: false,
  provider: 'Example',
  kind: 'ANALYTICS',
  durationAmount: 2,
  durationUnit: 'YEARS',
  ...extra,
});

describe('a lifetime as a policy states it', () => {
  it('rounds to the largest unit that fits', () => {
    expect(durationOf(null)).toEqual({ durationAmount: null, durationUnit: null });
    expect(durationOf(730 * DAY)).toEqual({ durationAmount: 2, durationUnit: 'YEARS' });
    expect(durationOf(90 * DAY)).toEqual({ durationAmount: 3, durationUnit: 'MONTHS' });
    expect(durationOf(DAY)).toEqual({ durationAmount: 1, durationUnit: 'DAYS' });
    expect(durationOf(3599)).toEqual({ durationAmount: 60, durationUnit: 'MINUTES' });
    expect(durationOf(3600)).toEqual({ durationAmount: 1, durationUnit: 'HOURS' });
    expect(durationOf(5)).toEqual({ durationAmount: 1, durationUnit: 'MINUTES' });
  });

  it("takes a lifetime at the browser's 400-day cap as agreeing with any longer declared one", () => {
    const twoYears = { durationAmount: 2, durationUnit: 'YEARS' } as const;
    expect(durationDiffers(400 * DAY - 5, twoYears)).toBe(false);
    expect(durationDiffers(400 * DAY - 5, { durationAmount: 6, durationUnit: 'MONTHS' })).toBe(true);
    expect(durationDiffers(365 * DAY, twoYears)).toBe(true);
    expect(durationDiffers(null, twoYears)).toBe(true);
    expect(durationDiffers(null, { durationAmount: null, durationUnit: null })).toBe(false);
    expect(durationDiffers(3600, { durationAmount: null, durationUnit: null })).toBe(true);
  });
});

describe('declared names', () => {
  it('read * and <placeholder> as one or more characters, everything else literally, case-insensitively', () => {
    expect(declaredNamePattern('_ga_<container-id>').test('_ga_ABC123')).toBe(true);
    expect(declaredNamePattern('_ga_<container-id>').test('_ga_')).toBe(false);
    expect(declaredNamePattern('_ga_*').test('_ga_XYZ')).toBe(true);
    expect(declaredNamePattern('_ga').test('_GA')).toBe(true);
    expect(declaredNamePattern('_ga').test('_ga_XYZ')).toBe(false);
    expect(declaredNamePattern('a.b').test('axb')).toBe(false);
  });
});

describe('sites and parties', () => {
  it('joins a host with its parent and subdomains, never two registrable domains', () => {
    expect(sameSite('.example.com', 'www.example.com')).toBe(true);
    expect(sameSite('www.example.com', 'example.com')).toBe(true);
    expect(sameSite('static.example.com', 'www.example.com')).toBe(true);
    expect(sameSite('.doubleclick.net', 'www.example.com')).toBe(false);
    expect(sameSite('b.co.uk', 'a.co.uk')).toBe(false);
    expect(sameSite('localhost', '127.0.0.1')).toBe(false);
  });

  it('proposes the kind a name is known for, else by party and phase', () => {
    expect(proposedKind(seen('_ga_ABC', 400))).toBe('ANALYTICS');
    expect(proposedKind(seen('_fbp', 90))).toBe('MARKETING');
    expect(proposedKind(seen('PHPSESSID', null))).toBe('STRICTLY_NECESSARY');
    expect(proposedKind(seen('whatever', 1, { thirdParty: true }))).toBe('MARKETING');
    expect(proposedKind(seen('whatever', 1))).toBe('FUNCTIONAL');
    expect(proposedKind(seen('whatever', 1, { phase: 'AFTER_CONSENT' }))).toBe('ANALYTICS');
  });
});

describe('observed cookies against the declared ones', () => {
  it('matches by name or pattern, proposes the undeclared, flags the never seen, and leaves groups aside', () => {
    const observed = [
      seen('_ga', 400),
      seen('_ga_ABC', 400),
      seen('_ga_DEF', 400),
      seen('prefs', 1 / 24),
      seen('tracker', 30, { thirdParty: true, domain: '.ads.example.net' }),
      seen('tracker', 30, { thirdParty: true, domain: '.ads2.example.net' }),
    ];
    const result = compareWithDeclared(observed, [
      declared('1', '_ga'),
      declared('2', '_ga_<container-id>'),
      declared('3', 'prefs', { durationAmount: 1, durationUnit: 'DAYS', kind: 'FUNCTIONAL' }),
      declared('4', 'cart', { durationAmount: null, durationUnit: null }),
      declared('5', 'Analytics cookies', { describesGroup: true }),
    ]);
    expect(result.matches).toEqual([
      expect.objectContaining({ declaredId: '1', observedNames: ['_ga'], durationDiffers: false }),
      expect.objectContaining({ declaredId: '2', observedNames: ['_ga_ABC', '_ga_DEF'], durationDiffers: false }),
      expect.objectContaining({
        declaredId: '3',
        observedNames: ['prefs'],
        durationDiffers: true,
        observedDuration: { durationAmount: 1, durationUnit: 'HOURS' },
      }),
    ]);
    expect(result.undeclared).toEqual([
      expect.objectContaining({
        name: 'tracker',
        domain: '.ads.example.net',
        proposedKind: 'MARKETING',
        proposedDuration: { durationAmount: 1, durationUnit: 'MONTHS' },
      }),
    ]);
    expect(result.notSeen).toEqual([{ declaredId: '4', declaredName: 'cart' }]);
    expect(result.groupsNotChecked).toEqual([{ declaredId: '5', declaredName: 'Analytics cookies' }]);
  });

  it('proposes the cap in days for a cookie kept as long as the browser allows', () => {
    const { undeclared } = compareWithDeclared([seen('_ga', 400)], []);
    expect(undeclared[0]).toMatchObject({
      proposedKind: 'ANALYTICS',
      proposedDuration: { durationAmount: 400, durationUnit: 'DAYS' },
    });
  });

  it("proposes a catalog service's documented kind, duration and purpose for a cookie it is known to set", () => {
    const { undeclared } = compareWithDeclared(
      [seen('_ga_XYZ', 400), seen('__hssc', 0.02), seen('own', 1)],
      [],
      allKnownCookies(),
    );
    expect(
      undeclared.map((u) => [u.name, u.proposedKind, u.proposedDuration, u.knownService?.service ?? null]),
    ).toEqual([
      ['_ga_XYZ', 'ANALYTICS', { durationAmount: 2, durationUnit: 'YEARS' }, 'Google Analytics'],
      ['__hssc', 'ANALYTICS', { durationAmount: 30, durationUnit: 'MINUTES' }, 'HubSpot'],
      ['own', 'FUNCTIONAL', { durationAmount: 1, durationUnit: 'DAYS' }, null],
    ]);
    expect(undeclared[0]!.knownService).toEqual({
      service: 'Google Analytics',
      name: '_ga_<container-id>',
      purpose: 'Persists session state.',
    });
  });
});
