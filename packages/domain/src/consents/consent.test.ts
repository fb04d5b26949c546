import { validateWith } from '../common/problem.js';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  consentSettingsInput,
  currentConsentState,
  decideConsent,
  normalizeSubjectId,
  originAllowed,
  truncateIp,
  validateConsentEvent,
  type ConsentPurpose,
} from './consent.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const ANALYTICS = '00000000-0000-4000-8000-000000000001';
const ADS = '00000000-0000-4000-8000-000000000002';
const CONTRACT = '00000000-0000-4000-8000-000000000003';
const NEWSLETTER = '00000000-0000-4000-8000-000000000004';
const PURPOSES: ConsentPurpose[] = [
  { id: ANALYTICS, name: 'Analytics', reliesOnConsent: true, saleOrSharing: false },
  { id: ADS, name: 'Targeted ads', reliesOnConsent: true, saleOrSharing: true },
  { id: CONTRACT, name: 'Providing the service', reliesOnConsent: false, saleOrSharing: false },
  { id: NEWSLETTER, name: 'Newsletter', reliesOnConsent: true, saleOrSharing: false },
];
const base = {
  subjectId: 'visitor-1',
  method: 'BANNER',
  noticeText: 'We use analytics.',
  idempotencyKey: 'key-00000001',
};

describe('validateConsentEvent', () => {
  it('accepts a banner answer and fills the defaults', () => {
    const result = validateConsentEvent({ ...base, granted: [ANALYTICS] }, sha);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        granted: [ANALYTICS],
        refused: [],
        withdrawn: [],
        gpc: false,
        policyVersion: null,
        noticeHash: null,
        language: null,
        pageUrl: null,
      }),
    });
  });

  it.each([
    ['no decision at all', {}, 'granted', 'REQUIRED'],
    ['a purpose in two lists', { granted: [ANALYTICS], refused: [ANALYTICS] }, 'refused.0', 'INCONSISTENT'],
    ['neither notice text nor hash', { granted: [ANALYTICS], noticeText: undefined }, 'noticeText', 'REQUIRED'],
    [
      'a hash that is not of the text',
      { granted: [ANALYTICS], noticeHash: sha('other text') },
      'noticeHash',
      'INCONSISTENT',
    ],
    [
      'a hash that is not hex',
      { granted: [ANALYTICS], noticeText: undefined, noticeHash: 'abc' },
      'noticeHash',
      'INVALID_FORMAT',
    ],
    ['a short idempotency key', { granted: [ANALYTICS], idempotencyKey: 'k' }, 'idempotencyKey', 'OUT_OF_RANGE'],
    ['an unknown method', { granted: [ANALYTICS], method: 'CARRIER_PIGEON' }, 'method', 'INVALID_FORMAT'],
    [
      'a page URL that is not http',
      { granted: [ANALYTICS], pageUrl: 'javascript:alert(1)' },
      'pageUrl',
      'INVALID_FORMAT',
    ],
    ['a language that is not a tag', { granted: [ANALYTICS], language: '<script>' }, 'language', 'INVALID_FORMAT'],
    ['an empty subject', { granted: [ANALYTICS], subjectId: '   ' }, 'subjectId', 'REQUIRED'],
  ])('refuses %s', (_what, change, path, code) => {
    const result = validateConsentEvent({ ...base, ...change }, sha);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('accepts a matching hash with its text, and a hash alone', () => {
    expect(validateConsentEvent({ ...base, granted: [ANALYTICS], noticeHash: sha('We use analytics.') }, sha).ok).toBe(
      true,
    );
    expect(
      validateConsentEvent(
        { ...base, granted: [ANALYTICS], noticeText: undefined, noticeHash: sha('x').toUpperCase() },
        sha,
      ),
    ).toMatchObject({ ok: true, value: { noticeHash: sha('x') } });
  });

  it('imports: when and where from are required, not in the future, and refused for other methods', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const imported = { ...base, method: 'IMPORT', granted: [ANALYTICS] };
    const codes = (input: object) => {
      const result = validateConsentEvent(input, sha, now);
      return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
    };
    expect(codes(imported)).toEqual([
      ['givenAt', 'REQUIRED'],
      ['evidenceSource', 'REQUIRED'],
    ]);
    expect(codes({ ...imported, givenAt: '2026-06-01T12:00:01Z', evidenceSource: 'CRM' })).toEqual([
      ['givenAt', 'NOT_ALLOWED'],
    ]);
    expect(codes({ ...imported, givenAt: '2026-06-01', evidenceSource: 'CRM' })).toEqual([
      ['givenAt', 'INVALID_FORMAT'],
    ]);
    expect(codes({ ...base, granted: [ANALYTICS], givenAt: '2026-01-01T00:00:00Z', evidenceSource: 'CRM' })).toEqual([
      ['givenAt', 'NOT_ALLOWED'],
      ['evidenceSource', 'NOT_ALLOWED'],
    ]);
    const valid = validateConsentEvent(
      { ...imported, givenAt: '2026-01-01T10:00:00+01:00', evidenceSource: ' Old CRM ' },
      sha,
      now,
    );
    expect(valid).toMatchObject({
      ok: true,
      value: { givenAt: new Date('2026-01-01T09:00:00Z'), evidenceSource: 'Old CRM' },
    });
  });

  it('accepts a GPC-only event with no explicit answers, with or without a notice', () => {
    expect(validateConsentEvent({ ...base, gpc: true }, sha).ok).toBe(true);
    expect(validateConsentEvent({ ...base, noticeText: undefined, gpc: true }, sha).ok).toBe(true);
    expect(validateConsentEvent({ ...base, noticeText: undefined, granted: [ANALYTICS], gpc: true }, sha).ok).toBe(
      false,
    );
  });
});

describe('decideConsent', () => {
  it('one decision per answered purpose', () => {
    expect(decideConsent({ granted: [ANALYTICS], refused: [NEWSLETTER], withdrawn: [], gpc: false }, PURPOSES)).toEqual(
      {
        ok: true,
        value: [
          { purposeId: ANALYTICS, choice: 'GRANTED', byGpc: false },
          { purposeId: NEWSLETTER, choice: 'REFUSED', byGpc: false },
        ],
      },
    );
  });

  it('records a withdrawal as a withdrawal', () => {
    expect(decideConsent({ granted: [], refused: [], withdrawn: [ANALYTICS], gpc: false }, PURPOSES)).toEqual({
      ok: true,
      value: [{ purposeId: ANALYTICS, choice: 'WITHDRAWN', byGpc: false }],
    });
  });

  it('refuses answers for unknown purposes and for purposes that do not rely on consent', () => {
    const unknown = '00000000-0000-4000-8000-0000000000ff';
    const result = decideConsent({ granted: [unknown], refused: [CONTRACT], withdrawn: [], gpc: false }, PURPOSES);
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ path: 'granted.0', code: 'UNKNOWN_REFERENCE' }),
        expect.objectContaining({
          path: 'refused.0',
          code: 'NOT_ALLOWED',
          message: expect.stringContaining('Providing the service'),
        }),
      ],
    });
  });

  it('with Global Privacy Control, sale/sharing is refused even when the form granted it, and when it was not asked', () => {
    expect(decideConsent({ granted: [ANALYTICS, ADS], refused: [], withdrawn: [], gpc: true }, PURPOSES)).toEqual({
      ok: true,
      value: [
        { purposeId: ANALYTICS, choice: 'GRANTED', byGpc: false },
        { purposeId: ADS, choice: 'REFUSED', byGpc: true },
      ],
    });
    expect(decideConsent({ granted: [ANALYTICS], refused: [], withdrawn: [], gpc: true }, PURPOSES)).toMatchObject({
      value: [
        { purposeId: ANALYTICS, choice: 'GRANTED' },
        { purposeId: ADS, choice: 'REFUSED', byGpc: true },
      ],
    });
  });

  it('without GPC, a grant does not lift an opt-out the signal made: it is recorded as that refusal', () => {
    expect(
      decideConsent({ granted: [ANALYTICS, ADS], refused: [], withdrawn: [], gpc: false }, PURPOSES, new Set([ADS])),
    ).toEqual({
      ok: true,
      value: [
        { purposeId: ANALYTICS, choice: 'GRANTED', byGpc: false },
        { purposeId: ADS, choice: 'REFUSED', byGpc: true },
      ],
    });
  });

  it('without GPC, sale/sharing may be granted', () => {
    expect(decideConsent({ granted: [ADS], refused: [], withdrawn: [], gpc: false }, PURPOSES)).toMatchObject({
      value: [{ purposeId: ADS, choice: 'GRANTED' }],
    });
  });

  it('a sale/sharing purpose on legitimate interests takes an opt-out', () => {
    const optOut = { id: CONTRACT, name: 'Sharing with partners', reliesOnConsent: false, saleOrSharing: true };
    expect(decideConsent({ granted: [], refused: [CONTRACT], withdrawn: [], gpc: false }, [optOut])).toMatchObject({
      ok: true,
      value: [{ choice: 'REFUSED' }],
    });
  });
});

describe('currentConsentState', () => {
  const at = (iso: string) => new Date(iso);
  it('keeps the latest answer per purpose', () => {
    const state = currentConsentState([
      { purposeId: ANALYTICS, choice: 'GRANTED', at: at('2026-01-01T10:00:00Z'), eventId: 'e1' },
      { purposeId: ADS, choice: 'REFUSED', at: at('2026-01-01T10:00:00Z'), eventId: 'e1' },
      { purposeId: ANALYTICS, choice: 'WITHDRAWN', at: at('2026-02-01T10:00:00Z'), eventId: 'e2' },
    ]);
    expect(state).toEqual([
      { purposeId: ANALYTICS, choice: 'WITHDRAWN', since: at('2026-02-01T10:00:00Z'), eventId: 'e2' },
      { purposeId: ADS, choice: 'REFUSED', since: at('2026-01-01T10:00:00Z'), eventId: 'e1' },
    ]);
  });

  it('is order-independent except for ties, where the later entry wins', () => {
    const later = { purposeId: ANALYTICS, choice: 'GRANTED' as const, at: at('2026-03-01T00:00:00Z'), eventId: 'late' };
    const earlier = {
      purposeId: ANALYTICS,
      choice: 'REFUSED' as const,
      at: at('2026-01-01T00:00:00Z'),
      eventId: 'early',
    };
    expect(currentConsentState([later, earlier])[0]!.eventId).toBe('late');
    expect(currentConsentState([earlier, { ...earlier, eventId: 'tie', choice: 'GRANTED' }])[0]!.eventId).toBe('tie');
    expect(currentConsentState([])).toEqual([]);
  });
});

describe('normalizeSubjectId', () => {
  it.each([
    ['  Ada@Example.COM ', 'ada@example.com'],
    ['Visitor-ABC', 'Visitor-ABC'],
    ['Cafe\u0301', 'Caf\u00e9'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSubjectId(input)).toBe(expected);
  });
});

describe('truncateIp', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd::'],
    ['::1', '::'],
    ['not an ip', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(truncateIp(input)).toBe(expected);
  });
});

describe('allowed origins', () => {
  it('canonicalises origins, keeps wildcards, drops repeats', () => {
    expect(
      consentSettingsInput.parse({
        allowedOrigins: [
          'https://WWW.Example.com/',
          'https://*.example.org',
          'http://localhost:3000',
          'https://www.example.com',
          'https://www.example.com:443',
          'http://[::1]:8080',
        ],
      }),
    ).toEqual({
      allowedOrigins: [
        'https://www.example.com',
        'https://*.example.org',
        'http://localhost:3000',
        'http://[::1]:8080',
      ],
    });
  });

  it.each([
    'https://example.com:99999',
    'https://exa mple.com',
    'ftp://example.com',
    'https://example.com/path',
    'https://example.com?x=1',
    'https://user:pw@example.com',
    'example.com',
    'javascript:alert(1)',
  ])('refuses %j', (origin) => {
    expect(consentSettingsInput.safeParse({ allowedOrigins: [origin] }).success).toBe(false);
  });

  it.each([
    ['a bare top-level domain', 'https://*.com'],
    ['a public suffix of two labels', 'https://*.co.uk'],
    ['a hosting suffix whose subdomains belong to anyone', 'https://*.github.io'],
    ['a wildcard over plain http', 'http://*.example.com'],
    ['a wildcard of a single name', 'https://*.localhost'],
  ])('refuses a wildcard over %s (%s), saying why', (_what, origin) => {
    const result = validateWith(consentSettingsInput, { allowedOrigins: [origin] });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['NOT_ALLOWED']);
  });

  it('keeps a wildcard below a registrable domain, also under a two-label suffix', () => {
    expect(
      consentSettingsInput.parse({ allowedOrigins: ['https://*.example.co.uk', 'https://*.shop.example.com'] }),
    ).toEqual({ allowedOrigins: ['https://*.example.co.uk', 'https://*.shop.example.com'] });
  });

  it.each([
    ['https://www.example.com', true],
    ['https://shop.example.org', true],
    ['https://a.b.example.org', true],
    ['https://example.org', false],
    ['http://shop.example.org', false],
    ['https://www.example.com:8443', false],
    ['https://evil-example.org', false],
    ['https://www.example.com.evil.test', false],
    ['null', false],
    [undefined, false],
  ])('origin %j allowed: %j', (origin, allowed) => {
    expect(originAllowed(origin, ['https://www.example.com', 'https://*.example.org'])).toBe(allowed);
  });
});
