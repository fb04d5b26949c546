import { describe, expect, it } from 'vitest';
import { JURISDICTION_INFO, JURISDICTIONS } from '../jurisdictions/jurisdiction.js';
import type { Validated } from '../common/problem.js';
import {
  computeDeadline,
  DEADLINE_RULES,
  deadlineReminders,
  deadlineRuleFor,
  extendDeadline,
  isOverdue,
  maxPromisedDays,
  promisedDaysProblems,
  type Deadline,
  type DeadlineInput,
} from './deadline.js';
import { REQUEST_TYPES, requestTypesIn } from './request-type.js';

function ok<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problems)}`);
  return result.value;
}
const deadline = (input: Partial<DeadlineInput> & Pick<DeadlineInput, 'jurisdiction' | 'receivedAt'>): Deadline =>
  ok(computeDeadline({ type: 'ACCESS', ...input }));
const refusedWith = (result: Validated<unknown>) =>
  result.ok ? [] : result.problems.map(({ path, code }) => ({ path, code }));

// Every expected date below was worked out by hand from a calendar; the comment gives the step that matters.
describe('EU GDPR: one month (Art. 12(3), Regulation 1182/71 Art. 3)', () => {
  it.each([
    ['EDPB’s example: 5 March → 5 April', '2027-03-05', undefined, '2027-04-05'],
    ['month end: 31 Jan → 28 Feb 2025 (Friday)', '2025-01-31', undefined, '2025-02-28'],
    ['month end on a Saturday: 31 Jan → 28 Feb 2026 → Monday 2 March', '2026-01-31', undefined, '2026-03-02'],
    ['leap year: 31 Jan → 29 Feb 2024 (Thursday)', '2024-01-31', undefined, '2024-02-29'],
    ['leap day: 29 Feb → 29 Mar 2024 (Good Friday, weekends only)', '2024-02-29', undefined, '2024-03-29'],
    [
      'leap day with German holidays: Good Friday, weekend, Easter Monday → Tuesday 2 April',
      '2024-02-29',
      'DE',
      '2024-04-02',
    ],
    ['leap day with French holidays: Good Friday is a working day in France', '2024-02-29', 'FR', '2024-03-29'],
    ['year boundary: 31 Dec → 31 Jan 2026 (Saturday) → Monday 2 Feb', '2025-12-31', undefined, '2026-02-02'],
    ['year boundary on New Year’s Day, weekends only', '2025-12-01', undefined, '2026-01-01'],
    ['year boundary on New Year’s Day in Germany → Friday 2 Jan', '2025-12-01', 'DE', '2026-01-02'],
    ['Sunday 5 April 2026 → Monday 6 April, weekends only', '2026-03-05', undefined, '2026-04-06'],
    ['Sunday 5 April 2026, then Easter Monday in Germany → Tuesday 7 April', '2026-03-05', 'DE', '2026-04-07'],
    ['a state holiday: Corpus Christi 4 June 2026 in Bavaria → Friday 5 June', '2026-05-04', 'DE-BY', '2026-06-05'],
    ['Corpus Christi is not a federal holiday', '2026-05-04', 'DE', '2026-06-04'],
    ['30 March → 30 April', '2026-03-30', undefined, '2026-04-30'],
    ['31 March → 30 April (no 31 April)', '2026-03-31', undefined, '2026-04-30'],
  ])('%s', (_what, receivedAt, holidayRegion, dueOn) => {
    expect(deadline({ jurisdiction: 'EU_GDPR', receivedAt, holidayRegion }).dueOn).toBe(dueOn);
  });

  it.each([
    ['31 Jan 2026 → 30 April (three months from receipt, not two from 28 Feb)', '2026-01-31', '2026-04-30'],
    ['29 Feb 2024 → 29 May 2024', '2024-02-29', '2024-05-29'],
    ['30 Nov 2025 → 28 Feb 2026 (Saturday) → Monday 2 March', '2025-11-30', '2026-03-02'],
  ])('extension: %s', (_what, receivedAt, extendedDueOn) => {
    expect(deadline({ jurisdiction: 'EU_GDPR', receivedAt }).extendedDueOn).toBe(extendedDueOn);
  });

  it('runs from receipt even when identity is confirmed later', () => {
    const d = deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-01-05', verifiedAt: '2026-01-20' });
    expect([d.clockStartsOn, d.dueOn]).toEqual(['2026-01-05', '2026-02-05']);
  });

  it('uses weekends only when the tenant names no country', () => {
    expect(deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-01-31' }).holidayRegion).toBeNull();
    expect(deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-01-31', holidayRegion: 'fr' }).holidayRegion).toBe(
      'FR',
    );
  });

  it('cites the provisions and gives no acknowledgement date', () => {
    const d = deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-01-31' });
    expect(d.rule.citation).toBe('GDPR Art. 12(3); Regulation (EEC, Euratom) No 1182/71, Art. 3');
    expect(d.acknowledgeBy).toBeNull();
    expect(d.extension).toMatchObject({
      kind: 'FIXED',
      dueOn: '2026-04-30',
      noticeBy: '2026-03-02',
      citation: 'GDPR Art. 12(3), second and third sentences',
    });
  });
});

describe('UK GDPR: ICO’s one month', () => {
  it.each([
    ['31 Jan 2026 → 28 Feb is a Saturday → Monday 2 March', '2026-01-31', undefined, '2026-03-02'],
    ['31 Jan 2025 → Friday 28 Feb', '2025-01-31', undefined, '2025-02-28'],
    ['30 Dec 2025 → Friday 30 Jan 2026', '2025-12-30', undefined, '2026-01-30'],
    ['25 Apr 2026 → 25 May is the Spring bank holiday → Tuesday 26 May', '2026-04-25', undefined, '2026-05-26'],
    ['31 Jan 2024 → Thursday 29 Feb (leap year)', '2024-01-31', undefined, '2024-02-29'],
    [
      '29 Feb 2024 → 29 Mar is Good Friday, then the weekend and Easter Monday → Tuesday 2 April',
      '2024-02-29',
      undefined,
      '2024-04-02',
    ],
    ['29 Feb 2024 in Scotland: Easter Monday is no bank holiday → Monday 1 April', '2024-02-29', 'SCT', '2024-04-01'],
    ['29 Feb 2024 in Wales, as in England', '2024-02-29', 'GB-WLS', '2024-04-02'],
    ['2 Dec 2025 → 2 Jan 2026, a working day in England', '2025-12-02', undefined, '2026-01-02'],
    ['2 Dec 2025 → 2 Jan 2026 is a bank holiday in Scotland → Monday 5 Jan', '2025-12-02', 'GB-SCT', '2026-01-05'],
    ['17 Feb 2026 → 17 Mar is St Patrick’s Day in Northern Ireland → 18 Mar', '2026-02-17', 'NIR', '2026-03-18'],
    ['17 Feb 2026 → 17 Mar in England', '2026-02-17', 'ENG', '2026-03-17'],
    ['25 Nov 2026 → Christmas, weekend, Boxing Day substitute → Tuesday 29 Dec', '2026-11-25', undefined, '2026-12-29'],
  ])('%s', (_what, receivedAt, holidayRegion, dueOn) => {
    expect(deadline({ jurisdiction: 'UK_GDPR', receivedAt, holidayRegion }).dueOn).toBe(dueOn);
  });

  it.each([
    ['31 Jan 2026 → 30 April', '2026-01-31', '2026-04-30'],
    ['29 Feb 2024 → 29 May 2024 (the Spring bank holiday is 27 May)', '2024-02-29', '2024-05-29'],
    ['28 Feb 2026 → 28 May 2026', '2026-02-28', '2026-05-28'],
  ])('extension: %s', (_what, receivedAt, extendedDueOn) => {
    expect(deadline({ jurisdiction: 'UK_GDPR', receivedAt }).extendedDueOn).toBe(extendedDueOn);
  });

  it('starts the clock when the identity information arrives', () => {
    const d = deadline({ jurisdiction: 'UK_GDPR', receivedAt: '2026-01-05', verifiedAt: '2026-01-20' });
    expect([d.receivedOn, d.clockStartsOn, d.dueOn, d.extendedDueOn]).toEqual([
      '2026-01-05',
      '2026-01-20',
      '2026-02-20',
      '2026-04-20',
    ]);
  });

  it('runs from receipt when no identity check was needed', () => {
    expect(deadline({ jurisdiction: 'UK_GDPR', receivedAt: '2026-01-05' }).clockStartsOn).toBe('2026-01-05');
  });

  it('takes the verification instant’s date in the tenant’s zone', () => {
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-01-05',
      verifiedAt: new Date('2026-01-19T23:30:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(d.clockStartsOn).toBe('2026-01-20');
  });

  it('uses England and Wales bank holidays by default', () => {
    expect(deadline({ jurisdiction: 'UK_GDPR', receivedAt: '2026-01-31' }).holidayRegion).toBe('GB-ENG');
  });
});

describe('time zones: the date of receipt is the tenant’s date', () => {
  it.each([
    [
      '23:30 UTC on 31 Jan 2025, tenant in UTC: received 31 Jan → 28 Feb',
      '2025-01-31T23:30:00Z',
      undefined,
      '2025-01-31',
      '2025-02-28',
    ],
    ['the same instant in London (GMT)', '2025-01-31T23:30:00Z', 'Europe/London', '2025-01-31', '2025-02-28'],
    [
      'the same instant in Berlin: received 1 Feb → 1 Mar (Saturday) → 3 Mar',
      '2025-01-31T23:30:00Z',
      'Europe/Berlin',
      '2025-02-01',
      '2025-03-03',
    ],
    [
      '03:00 UTC on 1 Feb in Los Angeles is still 31 Jan',
      '2025-02-01T03:00:00Z',
      'America/Los_Angeles',
      '2025-01-31',
      '2025-02-28',
    ],
    [
      '23:30 UTC on 31 Mar 2026 in London (BST) is 1 April → Friday 1 May',
      '2026-03-31T23:30:00Z',
      'Europe/London',
      '2026-04-01',
      '2026-05-01',
    ],
  ])('%s', (_what, instant, timeZone, receivedOn, dueOn) => {
    const d = deadline({ jurisdiction: 'UK_GDPR', receivedAt: new Date(instant), timeZone });
    expect([d.receivedOn, d.dueOn]).toEqual([receivedOn, dueOn]);
  });

  it('reads a plain date as it is, whatever the zone', () => {
    expect(
      deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2025-01-31', timeZone: 'Pacific/Auckland' }).receivedOn,
    ).toBe('2025-01-31');
  });
});

describe('CCPA/CPRA (Cal. Code Regs. tit. 11, § 7021, § 7026)', () => {
  it.each([
    ['Monday 5 Jan 2026 → Thursday 19 Feb', '2026-01-05', '2026-02-19', '2026-04-05'],
    ['a Sunday stays a Sunday: calendar days, no roll-forward', '2026-01-08', '2026-02-22', '2026-04-08'],
    ['year boundary: 31 Dec 2023 → 14 Feb 2024', '2023-12-31', '2024-02-14', '2024-03-30'],
    ['leap year: 20 Jan 2024 → 5 Mar 2024', '2024-01-20', '2024-03-05', '2024-04-19'],
    ['no leap year: 20 Jan 2025 → 6 Mar 2025', '2025-01-20', '2025-03-06', '2025-04-20'],
  ])('45 days, 90 with extension: %s', (_what, receivedAt, dueOn, extendedDueOn) => {
    const d = deadline({ jurisdiction: 'CCPA_CPRA', receivedAt });
    expect([d.dueOn, d.extendedDueOn]).toEqual([dueOn, extendedDueOn]);
  });

  it.each([
    ['Monday 5 Jan 2026: MLK Day (19 Jan) does not count → 20 Jan', '2026-01-05', '2026-01-20'],
    ['Friday 20 Nov 2026: Thanksgiving does not count, the day after does → 7 Dec', '2026-11-20', '2026-12-07'],
    ['Saturday 3 Jan 2026: counting starts Monday → 16 Jan', '2026-01-03', '2026-01-16'],
  ])('acknowledgement within 10 business days: %s', (_what, receivedAt, acknowledgeBy) => {
    expect(deadline({ jurisdiction: 'CCPA_CPRA', receivedAt, type: 'ERASURE' }).acknowledgeBy).toBe(acknowledgeBy);
  });

  it('runs from receipt regardless of verification', () => {
    const d = deadline({ jurisdiction: 'CCPA_CPRA', receivedAt: '2026-01-05', verifiedAt: '2026-02-01' });
    expect([d.clockStartsOn, d.dueOn]).toEqual(['2026-01-05', '2026-02-19']);
  });

  it.each([
    [
      'Monday 15 June 2026: Juneteenth and 3 July (Independence Day observed) do not count → 8 July',
      '2026-06-15',
      '2026-07-08',
    ],
    ['Saturday 3 Jan 2026: MLK Day does not count → Monday 26 Jan', '2026-01-03', '2026-01-26'],
  ])('opt-out of sale/sharing within 15 business days: %s', (_what, receivedAt, dueOn) => {
    const d = deadline({ jurisdiction: 'CCPA_CPRA', receivedAt, type: 'OPT_OUT_SALE_SHARING' });
    expect(d.dueOn).toBe(dueOn);
    expect(d.extendedDueOn).toBeNull();
    expect(d.extension).toEqual({ kind: 'NONE' });
    expect(d.acknowledgeBy).toBeNull();
    expect(d.rule.citation).toBe('Cal. Code Regs. tit. 11, § 7026(f)(1)');
  });

  it('counts business days with the tenant’s holidays when given', () => {
    // California adds César Chávez Day (31 March) to the federal list.
    const federal = deadline({ jurisdiction: 'CCPA_CPRA', receivedAt: '2026-03-27', type: 'ACCESS' });
    const california = deadline({
      jurisdiction: 'CCPA_CPRA',
      receivedAt: '2026-03-27',
      type: 'ACCESS',
      holidayRegion: 'US-CA',
    });
    expect([federal.holidayRegion, federal.acknowledgeBy]).toEqual(['US', '2026-04-10']);
    expect([california.holidayRegion, california.acknowledgeBy]).toEqual(['US-CA', '2026-04-13']);
  });
});

describe('LGPD, PIPEDA and Swiss FADP: days from receipt', () => {
  it.each([
    ['LGPD', '2026-01-31', '2026-02-15', null],
    ['LGPD', '2025-12-20', '2026-01-04', null],
    ['PIPEDA', '2026-01-31', '2026-03-02', '2026-04-01'],
    ['PIPEDA', '2024-01-31', '2024-03-01', '2024-03-31'],
    ['PIPEDA', '2025-12-15', '2026-01-14', '2026-02-13'],
    ['CH_FADP', '2026-12-15', '2027-01-14', null],
    ['CH_FADP', '2024-02-01', '2024-03-02', null],
  ] as const)('%s: received %s → due %s, extension to %s', (jurisdiction, receivedAt, dueOn, extendedDueOn) => {
    const d = deadline({ jurisdiction, receivedAt });
    expect([d.dueOn, d.extendedDueOn, d.holidayRegion]).toEqual([dueOn, extendedDueOn, null]);
    // LGPD Art. 19, I: confirmation in simplified form at once; the others ask for no acknowledgement.
    expect(d.acknowledgeBy).toBe(jurisdiction === 'LGPD' ? d.receivedOn : null);
  });

  it('a weekend due date stays (no roll-forward in these regimes)', () => {
    expect(deadline({ jurisdiction: 'LGPD', receivedAt: '2026-01-31' }).dueOn).toBe('2026-02-15'); // Sunday
  });

  it('Swiss deferral: the controller names a date after the original one', () => {
    expect(deadline({ jurisdiction: 'CH_FADP', receivedAt: '2026-12-15' }).extension).toEqual({
      kind: 'CONTROLLER_DATE',
      after: '2027-01-14',
      noticeBy: '2027-01-14',
      citation: 'Data Protection Ordinance (DPO) Art. 18(2)',
      description: expect.any(String),
    });
  });

  it.each([
    ['LGPD', 'LGPD Art. 19, I and II', 'NONE'],
    ['PIPEDA', 'PIPEDA s. 8(3)', 'FIXED'],
    ['CH_FADP', 'FADP Art. 25; Data Protection Ordinance (DPO) Art. 18(1)', 'CONTROLLER_DATE'],
  ] as const)('%s cites %s', (jurisdiction, citation, extension) => {
    const d = deadline({ jurisdiction, receivedAt: '2026-01-05', verifiedAt: '2026-01-20' });
    expect(d.rule.citation).toBe(citation);
    expect(d.extension.kind).toBe(extension);
    expect(d.clockStartsOn).toBe('2026-01-05'); // from receipt, whatever verification took
  });
});

describe('tenant promises', () => {
  it.each([
    [
      'EU: 30 days beats a 31-day month',
      'EU_GDPR',
      'ACCESS',
      '2026-03-02',
      30,
      '2026-04-01',
      '2026-04-02',
      '2026-04-01',
    ],
    [
      'EU: in February the law beats 30 days',
      'EU_GDPR',
      'ACCESS',
      '2025-01-31',
      30,
      '2025-03-02',
      '2025-02-28',
      '2025-02-28',
    ],
    [
      'EU: 31 days never goes past the law',
      'EU_GDPR',
      'ACCESS',
      '2026-03-01',
      31,
      '2026-04-01',
      '2026-04-01',
      '2026-04-01',
    ],
    [
      'UK: the promise also waits for identity',
      'UK_GDPR',
      'ACCESS',
      '2026-01-05',
      20,
      '2026-02-09',
      '2026-02-20',
      '2026-02-09',
    ],
    ['CCPA: 30 days beats 45', 'CCPA_CPRA', 'ERASURE', '2026-01-05', 30, '2026-02-04', '2026-02-19', '2026-02-04'],
    [
      'CCPA opt-out: 10 days beats 15 business days',
      'CCPA_CPRA',
      'OPT_OUT_SALE_SHARING',
      '2026-06-15',
      10,
      '2026-06-25',
      '2026-07-08',
      '2026-06-25',
    ],
    [
      'LGPD: the full 15 days equals the law',
      'LGPD',
      'ACCESS',
      '2026-01-31',
      15,
      '2026-02-15',
      '2026-02-15',
      '2026-02-15',
    ],
    ['PIPEDA: 14 days', 'PIPEDA', 'ACCESS', '2026-01-31', 14, '2026-02-14', '2026-03-02', '2026-02-14'],
  ] as const)('%s', (_what, jurisdiction, type, receivedAt, promisedDays, promisedDueOn, lawDueOn, dueOn) => {
    const verifiedAt = jurisdiction === 'UK_GDPR' ? '2026-01-20' : undefined;
    const d = deadline({ jurisdiction, type, receivedAt, promisedDays, verifiedAt });
    expect([d.promisedDueOn, d.lawDueOn, d.dueOn]).toEqual([promisedDueOn, lawDueOn, dueOn]);
  });

  it.each([
    ['EU_GDPR', 31],
    ['UK_GDPR', 31],
    ['CCPA_CPRA', 45],
    ['LGPD', 15],
    ['PIPEDA', 30],
    ['CH_FADP', 30],
  ] as const)('%s: promises up to %i days', (jurisdiction, max) => {
    expect(maxPromisedDays(jurisdiction)).toBe(max);
    expect(computeDeadline({ jurisdiction, type: 'ACCESS', receivedAt: '2026-01-05', promisedDays: max }).ok).toBe(
      true,
    );
    const longer = computeDeadline({ jurisdiction, type: 'ACCESS', receivedAt: '2026-01-05', promisedDays: max + 1 });
    expect(longer).toEqual({
      ok: false,
      problems: [
        {
          path: 'promisedDays',
          code: 'OUT_OF_RANGE',
          message: `a promise of ${max + 1} days is longer than ${JURISDICTION_INFO[jurisdiction].name} allows (at most ${max} days)`,
        },
      ],
    });
  });

  it('a CCPA promise is judged against the 45 days; for an opt-out the earlier 15 business days still win', () => {
    const d = deadline({
      jurisdiction: 'CCPA_CPRA',
      type: 'OPT_OUT_SALE_SHARING',
      receivedAt: '2026-06-15',
      promisedDays: 30,
    });
    expect([d.promisedDueOn, d.lawDueOn, d.dueOn]).toEqual(['2026-07-15', '2026-07-08', '2026-07-08']);
  });

  it('checks a tenant’s promise against every regime it serves', () => {
    expect(promisedDaysProblems(30, ['EU_GDPR', 'CCPA_CPRA', 'PIPEDA'])).toEqual([]);
    expect(promisedDaysProblems(40, ['EU_GDPR', 'CCPA_CPRA', 'PIPEDA', 'EU_GDPR']).map((p) => p.message)).toEqual([
      'a promise of 40 days is longer than EU GDPR allows (at most 31 days)',
      'a promise of 40 days is longer than PIPEDA allows (at most 30 days)',
    ]);
    expect(promisedDaysProblems(0, ['EU_GDPR', 'LGPD'])).toEqual([
      {
        path: 'promisedDays',
        code: 'OUT_OF_RANGE',
        message: 'promised days must be a whole number of days, at least 1',
      },
    ]);
  });

  it('refuses a promise that is not a whole number of days', () => {
    expect(
      refusedWith(
        computeDeadline({ jurisdiction: 'EU_GDPR', type: 'ACCESS', receivedAt: '2026-01-05', promisedDays: 0 }),
      ),
    ).toEqual([{ path: 'promisedDays', code: 'OUT_OF_RANGE' }]);
    expect(
      refusedWith(
        computeDeadline({ jurisdiction: 'EU_GDPR', type: 'ACCESS', receivedAt: '2026-01-05', promisedDays: 2.5 }),
      ),
    ).toEqual([{ path: 'promisedDays', code: 'OUT_OF_RANGE' }]);
  });
});

describe('computeDeadline refuses what it cannot work with', () => {
  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, [{ path: 'timeZone', code: 'INVALID_FORMAT' }]],
    ['a malformed date', { receivedAt: '31/01/2026' }, [{ path: 'receivedAt', code: 'INVALID_FORMAT' }]],
    ['a date that does not exist', { receivedAt: '2025-02-29' }, [{ path: 'receivedAt', code: 'INVALID_FORMAT' }]],
    ['an invalid instant', { receivedAt: new Date('nope') }, [{ path: 'receivedAt', code: 'INVALID_FORMAT' }]],
    ['identity confirmed before receipt', { verifiedAt: '2026-01-04' }, [{ path: 'verifiedAt', code: 'INCONSISTENT' }]],
    ['a malformed verification date', { verifiedAt: 'soon' }, [{ path: 'verifiedAt', code: 'INVALID_FORMAT' }]],
    ['an unknown country', { holidayRegion: 'XX' }, [{ path: 'holidayRegion', code: 'UNKNOWN_REFERENCE' }]],
    ['an unknown subdivision', { holidayRegion: 'DE-ZZ' }, [{ path: 'holidayRegion', code: 'UNKNOWN_REFERENCE' }]],
    [
      'a type the regime does not grant',
      { jurisdiction: 'PIPEDA', type: 'ERASURE' },
      [{ path: 'type', code: 'NOT_ALLOWED' }],
    ],
    ['an opt-out under the GDPR', { type: 'OPT_OUT_SALE_SHARING' }, [{ path: 'type', code: 'NOT_ALLOWED' }]],
    [
      'an unknown UK nation',
      { jurisdiction: 'UK_GDPR', holidayRegion: 'GB-SCO' },
      [{ path: 'holidayRegion', code: 'UNKNOWN_REFERENCE' }],
    ],
  ] as const)('%s', (_what, change, problems) => {
    const input = { jurisdiction: 'EU_GDPR', type: 'ACCESS', receivedAt: '2026-01-05', ...change } as DeadlineInput;
    expect(refusedWith(computeDeadline(input))).toEqual(problems);
  });

  it('reports every problem at once', () => {
    const result = computeDeadline({
      jurisdiction: 'PIPEDA',
      type: 'ERASURE',
      receivedAt: 'x',
      promisedDays: 99,
      holidayRegion: 'XX',
    });
    expect(refusedWith(result)).toEqual([
      { path: 'type', code: 'NOT_ALLOWED' },
      { path: 'receivedAt', code: 'INVALID_FORMAT' },
      { path: 'promisedDays', code: 'OUT_OF_RANGE' },
      { path: 'holidayRegion', code: 'UNKNOWN_REFERENCE' },
    ]);
  });
});

describe('a tenant’s holiday region counts only inside the regime’s territory', () => {
  it.each([
    ['EU_GDPR', 'DE-BY', 'DE-BY'],
    ['EU_GDPR', 'NO', 'NO'], // EEA
    ['EU_GDPR', 'GB-SCT', null], // not a Member State: weekends only
    ['EU_GDPR', 'US-CA', null],
    ['UK_GDPR', 'sct', 'GB-SCT'],
    ['UK_GDPR', 'GB-NIR', 'GB-NIR'],
    ['UK_GDPR', 'GB', 'GB-ENG'], // the nation decides
    ['UK_GDPR', 'GB-ALD', 'GB-ENG'], // Alderney is a Crown dependency
    ['UK_GDPR', 'DE', 'GB-ENG'],
    ['CCPA_CPRA', 'US-NY', 'US-NY'],
    ['CCPA_CPRA', 'DE', 'US'],
    ['LGPD', 'BR', null], // calendar days: holidays do not matter
    ['PIPEDA', 'CA-ON', null],
    ['CH_FADP', 'CH-ZH', null],
  ] as const)('%s with %s uses %s', (jurisdiction, holidayRegion, used) => {
    expect(deadline({ jurisdiction, receivedAt: '2026-01-31', holidayRegion }).holidayRegion).toBe(used);
  });

  it('a German tenant answering a UK request works to English bank holidays', () => {
    expect(deadline({ jurisdiction: 'UK_GDPR', receivedAt: '2026-04-25', holidayRegion: 'DE' }).dueOn).toBe(
      '2026-05-26',
    );
  });
});

describe('the rules table', () => {
  it('has exactly one general rule per regime', () => {
    for (const j of JURISDICTIONS)
      expect(DEADLINE_RULES.filter((r) => r.jurisdiction === j && r.types === null)).toHaveLength(1);
  });

  it('gives a deadline for every type every regime grants', () => {
    for (const j of JURISDICTIONS) {
      for (const type of requestTypesIn(j))
        expect(computeDeadline({ jurisdiction: j, type, receivedAt: '2026-01-05' }).ok).toBe(true);
    }
  });

  it('picks the type-specific rule first', () => {
    expect(deadlineRuleFor('CCPA_CPRA', 'OPT_OUT_SALE_SHARING').period).toEqual({ unit: 'BUSINESS_DAYS', count: 15 });
    expect(deadlineRuleFor('CCPA_CPRA', 'ACCESS').period).toEqual({ unit: 'DAYS', count: 45 });
  });

  it('waits for identity only under the UK GDPR', () => {
    expect(DEADLINE_RULES.filter((r) => r.waits.IDENTITY === 'RESTARTS').map((r) => r.jurisdiction)).toEqual([
      'UK_GDPR',
    ]);
  });

  it('cites something for every rule and extension', () => {
    for (const r of DEADLINE_RULES) {
      expect(r.citation).not.toBe('');
      if (r.extension.kind !== 'NONE') expect(r.extension.citation).not.toBe('');
    }
    expect(REQUEST_TYPES.length).toBe(9);
  });
});

describe('extendDeadline', () => {
  const eu = deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-01-31' }); // due 2 March, extension to 30 April

  it('moves the due date to the extension and records the notice', () => {
    const extended = ok(extendDeadline(eu, { noticeOn: '2026-02-20', reason: ' Several linked requests ' }));
    expect(extended.dueOn).toBe('2026-04-30');
    expect(extended.extended).toEqual({ noticeOn: '2026-02-20', reason: 'Several linked requests', ground: 'GENERAL' });
    expect(extended.lawDueOn).toBe('2026-03-02');
  });

  it('allows the notice on the last day of the first period', () => {
    expect(ok(extendDeadline(eu, { noticeOn: '2026-03-02', reason: 'complex' })).dueOn).toBe('2026-04-30');
  });

  it('allows a shorter extension than the law’s cap', () => {
    expect(ok(extendDeadline(eu, { noticeOn: '2026-02-20', reason: 'complex', newDueOn: '2026-03-31' })).dueOn).toBe(
      '2026-03-31',
    );
  });

  it.each([
    ['no reason', { noticeOn: '2026-02-20', reason: '  ' }, [{ path: 'reason', code: 'REQUIRED' }]],
    ['a reason too long', { noticeOn: '2026-02-20', reason: 'x'.repeat(2001) }, [{ path: 'reason', code: 'TOO_LONG' }]],
    [
      'a notice after the first month',
      { noticeOn: '2026-03-03', reason: 'complex' },
      [{ path: 'noticeOn', code: 'NOT_ALLOWED' }],
    ],
    [
      'a notice before the request',
      { noticeOn: '2026-01-30', reason: 'complex' },
      [{ path: 'noticeOn', code: 'INCONSISTENT' }],
    ],
    [
      'a malformed notice date',
      { noticeOn: 'tomorrow', reason: 'complex' },
      [{ path: 'noticeOn', code: 'INVALID_FORMAT' }],
    ],
    [
      'a new date past the cap',
      { noticeOn: '2026-02-20', reason: 'complex', newDueOn: '2026-05-01' },
      [{ path: 'newDueOn', code: 'OUT_OF_RANGE' }],
    ],
    [
      'a new date not after the due date',
      { noticeOn: '2026-02-20', reason: 'complex', newDueOn: '2026-03-02' },
      [{ path: 'newDueOn', code: 'OUT_OF_RANGE' }],
    ],
  ])('refuses %s', (_what, input, problems) => {
    expect(refusedWith(extendDeadline(eu, input))).toEqual(problems);
  });

  it('extends only once', () => {
    const once = ok(extendDeadline(eu, { noticeOn: '2026-02-20', reason: 'complex' }));
    expect(refusedWith(extendDeadline(once, { noticeOn: '2026-02-21', reason: 'again' }))).toEqual([
      { path: 'extension', code: 'NOT_ALLOWED' },
    ]);
  });

  it.each([
    ['LGPD', 'ACCESS'],
    ['CCPA_CPRA', 'OPT_OUT_SALE_SHARING'],
  ] as const)('%s %s allows no extension', (jurisdiction, type) => {
    const d = deadline({ jurisdiction, type, receivedAt: '2026-01-05' });
    expect(refusedWith(extendDeadline(d, { noticeOn: '2026-01-06', reason: 'busy' }))).toEqual([
      { path: 'extension', code: 'NOT_ALLOWED' },
    ]);
  });

  it('CCPA: to 90 days with notice within the first 45', () => {
    const d = deadline({ jurisdiction: 'CCPA_CPRA', receivedAt: '2026-01-05' });
    expect(ok(extendDeadline(d, { noticeOn: '2026-02-19', reason: 'large data set' })).dueOn).toBe('2026-04-05');
    expect(refusedWith(extendDeadline(d, { noticeOn: '2026-02-20', reason: 'large data set' }))).toEqual([
      { path: 'noticeOn', code: 'NOT_ALLOWED' },
    ]);
  });

  it('PIPEDA: by 30 more days', () => {
    const d = deadline({ jurisdiction: 'PIPEDA', receivedAt: '2026-01-31' });
    expect(ok(extendDeadline(d, { noticeOn: '2026-02-10', reason: 'consultations needed' })).dueOn).toBe('2026-04-01');
  });

  it('Swiss FADP: the controller names the new date, after the original one', () => {
    const d = deadline({ jurisdiction: 'CH_FADP', receivedAt: '2026-12-15' });
    expect(ok(extendDeadline(d, { noticeOn: '2027-01-10', reason: 'archives', newDueOn: '2027-03-01' })).dueOn).toBe(
      '2027-03-01',
    );
    expect(refusedWith(extendDeadline(d, { noticeOn: '2027-01-10', reason: 'archives' }))).toEqual([
      { path: 'newDueOn', code: 'REQUIRED' },
    ]);
    expect(
      refusedWith(extendDeadline(d, { noticeOn: '2027-01-10', reason: 'archives', newDueOn: '2027-01-14' })),
    ).toEqual([{ path: 'newDueOn', code: 'OUT_OF_RANGE' }]);
    expect(
      refusedWith(extendDeadline(d, { noticeOn: '2027-01-15', reason: 'archives', newDueOn: '2027-03-01' })),
    ).toEqual([{ path: 'noticeOn', code: 'NOT_ALLOWED' }]);
  });

  it('with a promise, the notice may still go out until the law’s date, and the extension is the law’s', () => {
    const d = deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-03-02', promisedDays: 30 }); // promise 1 April, law 2 April
    expect(d.dueOn).toBe('2026-04-01');
    expect(ok(extendDeadline(d, { noticeOn: '2026-04-02', reason: 'complex' })).dueOn).toBe('2026-06-02');
  });
});

describe('deadlineReminders', () => {
  it('fires 7 and 2 days before, on the due date, and the day after (overdue)', () => {
    expect(deadlineReminders('2026-03-02')).toEqual([
      { on: '2026-02-23', kind: 'DUE_SOON', daysLeft: 7 },
      { on: '2026-02-28', kind: 'DUE_SOON', daysLeft: 2 },
      { on: '2026-03-02', kind: 'DUE_TODAY', daysLeft: 0 },
      { on: '2026-03-03', kind: 'OVERDUE', daysLeft: -1 },
    ]);
  });

  it('crosses year and leap-day boundaries', () => {
    expect(deadlineReminders('2026-01-03').map((r) => r.on)).toEqual([
      '2025-12-27',
      '2026-01-01',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(deadlineReminders('2024-03-01', { daysBefore: [1] }).map((r) => r.on)).toEqual([
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
  });

  it('takes other offsets, in order and without repeats', () => {
    expect(deadlineReminders('2026-03-02', { daysBefore: [1, 14, 7, 7] }).map((r) => r.daysLeft)).toEqual([
      14, 7, 1, 0, -1,
    ]);
  });

  it('leaves out dates before `from`', () => {
    expect(deadlineReminders('2026-03-02', { from: '2026-02-25' }).map((r) => r.on)).toEqual([
      '2026-02-28',
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('rejects offsets that are not whole positive days', () => {
    expect(() => deadlineReminders('2026-03-02', { daysBefore: [0] })).toThrow(RangeError);
    expect(() => deadlineReminders('2026-03-02', { daysBefore: [1.5] })).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it.each([
    ['the last minute of the due date, UTC', '2026-03-02T23:59:00Z', 'UTC', false],
    ['the next day, UTC', '2026-03-03T00:00:00Z', 'UTC', true],
    ['23:30 UTC is already the next day in Berlin', '2026-03-02T23:30:00Z', 'Europe/Berlin', true],
    ['05:00 UTC on 3 March is still 2 March in Los Angeles', '2026-03-03T05:00:00Z', 'America/Los_Angeles', false],
    ['before the due date', '2026-02-20T12:00:00Z', 'UTC', false],
  ])('%s: %s', (_what, now, zone, expected) => {
    expect(isOverdue('2026-03-02', new Date(now), zone)).toBe(expected);
  });

  it('defaults to UTC', () => {
    expect(isOverdue('2026-03-02', new Date('2026-03-03T00:00:00Z'))).toBe(true);
  });
});

describe('the clock as the law counts it: waits, pauses and the tenant’s zone', () => {
  it('UK: starts when the identity information is received, not when staff confirm it (Art. 12A)', () => {
    // Asked for ID on 12 January, it arrived on 20 January; staff confirmed it on 27 January.
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-01-10',
      waits: [{ wait: 'IDENTITY', requestedOn: '2026-01-12', receivedOn: '2026-01-20' }],
    });
    expect([d.clockStartsOn, d.dueOn, d.clock.state]).toEqual(['2026-01-20', '2026-02-20', 'RUNNING']);
    expect(d.clock.citation).toContain('Art. 12A');
  });

  it('UK: a pause for clarification keeps the days already run (1 June, asked 5 June, answered 15 June → 13 July)', () => {
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-06-01',
      waits: [{ wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: '2026-06-15' }],
    });
    // 1 July + 10 days stood still = Saturday 11 July → Monday 13 July.
    expect([d.clockStartsOn, d.dueOn, d.clock.pausedDays]).toEqual(['2026-06-01', '2026-07-13', 10]);
    expect(d.extendedDueOn).toBe('2026-09-11'); // 1 Sept + 10 days, a Friday
  });

  it('UK: while clarification is awaited the clock stands still, dated as though it came the day it was asked', () => {
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-06-01',
      waits: [{ wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: null }],
    });
    expect(d.clock).toMatchObject({ state: 'PAUSED', waitingFor: 'CLARIFICATION', since: '2026-06-05' });
    expect(d.dueOn).toBe('2026-07-01');
  });

  it('UK: a fee restarts the month on the day it is paid; a pause before the restart does not count twice', () => {
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-03-02',
      waits: [
        { wait: 'CLARIFICATION', requestedOn: '2026-03-03', receivedOn: '2026-03-06' },
        { wait: 'FEE', requestedOn: '2026-03-04', receivedOn: '2026-03-10' },
      ],
    });
    expect([d.clockStartsOn, d.clock.pausedDays, d.dueOn]).toEqual(['2026-03-10', 0, '2026-04-10']);
    const waiting = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-03-02',
      waits: [{ wait: 'FEE', requestedOn: '2026-03-04', receivedOn: null }],
    });
    expect(waiting.clock).toMatchObject({ state: 'NOT_STARTED', waitingFor: 'FEE' });
  });

  it('UK: two pauses add up', () => {
    const d = deadline({
      jurisdiction: 'UK_GDPR',
      receivedAt: '2026-06-01',
      waits: [
        { wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: '2026-06-08' },
        { wait: 'CLARIFICATION', requestedOn: '2026-06-10', receivedOn: '2026-06-12' },
      ],
    });
    expect([d.clock.pausedDays, d.dueOn]).toEqual([5, '2026-07-06']); // 1 July + 5 = Monday 6 July
  });

  it.each(['EU_GDPR', 'CCPA_CPRA', 'LGPD', 'PIPEDA', 'CH_FADP'] as const)(
    '%s: the period runs from receipt whatever is awaited',
    (jurisdiction) => {
      const plain = deadline({ jurisdiction, receivedAt: '2026-06-01' });
      const waited = deadline({
        jurisdiction,
        receivedAt: '2026-06-01',
        waits: [
          { wait: 'IDENTITY', requestedOn: '2026-06-02', receivedOn: '2026-06-20' },
          { wait: 'CLARIFICATION', requestedOn: '2026-06-03', receivedOn: null },
        ],
      });
      expect([waited.clockStartsOn, waited.dueOn, waited.clock.state]).toEqual([
        plain.clockStartsOn,
        plain.dueOn,
        'RUNNING',
      ]);
    },
  );

  it.each([
    ['a wait asked before the request', { wait: 'FEE', requestedOn: '2026-05-31', receivedOn: null }, 'INCONSISTENT'],
    [
      'an answer before the question',
      { wait: 'FEE', requestedOn: '2026-06-05', receivedOn: '2026-06-04' },
      'INCONSISTENT',
    ],
    ['a date that is no date', { wait: 'FEE', requestedOn: 'soon', receivedOn: null }, 'INVALID_FORMAT'],
  ] as const)('refuses %s', (_what, wait, code) => {
    const result = computeDeadline({
      jurisdiction: 'UK_GDPR',
      type: 'ACCESS',
      receivedAt: '2026-06-01',
      waits: [wait],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([code]);
  });

  it.each([
    // 17:00 PST on 5 January is 01:00 UTC on 6 January: dated in UTC the request would be a day late.
    [
      'California (CCPA, 45 days)',
      'CCPA_CPRA',
      '2026-01-06T01:00:00Z',
      'America/Los_Angeles',
      '2026-01-05',
      '2026-02-19',
    ],
    ['São Paulo (LGPD, 15 days)', 'LGPD', '2026-01-06T01:00:00Z', 'America/Sao_Paulo', '2026-01-05', '2026-01-20'],
    ['Vancouver (PIPEDA, 30 days)', 'PIPEDA', '2026-01-06T01:00:00Z', 'America/Vancouver', '2026-01-05', '2026-02-04'],
    ['the same instant in UTC', 'CCPA_CPRA', '2026-01-06T01:00:00Z', 'UTC', '2026-01-06', '2026-02-20'],
  ] as const)('dates a request in the tenant’s zone: %s', (_what, jurisdiction, at, timeZone, receivedOn, dueOn) => {
    const d = deadline({ jurisdiction, receivedAt: new Date(at), timeZone });
    expect([d.receivedOn, d.dueOn]).toEqual([receivedOn, dueOn]);
  });

  it('CCPA: a request to limit the use of sensitive information: 15 business days, no extension', () => {
    // Received Friday 3 July 2026; Independence Day observed on Friday 3 July itself; 15 business days → 24 July.
    const d = ok(computeDeadline({ jurisdiction: 'CCPA_CPRA', type: 'LIMIT_SENSITIVE_USE', receivedAt: '2026-07-03' }));
    expect([d.dueOn, d.extension.kind, d.rule.citation]).toEqual([
      '2026-07-24',
      'NONE',
      'Cal. Code Regs. tit. 11, § 7027(g)',
    ]);
  });

  it('LGPD: access has its statutory 15 days and an immediate confirmation; other rights have no statutory period', () => {
    const access = deadline({ jurisdiction: 'LGPD', receivedAt: '2026-03-02' });
    expect([access.statutory, access.acknowledgeBy, access.dueOn]).toEqual([true, '2026-03-02', '2026-03-17']);
    const erasure = ok(computeDeadline({ jurisdiction: 'LGPD', type: 'ERASURE', receivedAt: '2026-03-02' }));
    expect([erasure.statutory, erasure.acknowledgeBy, erasure.rule.citation]).toEqual([
      false,
      null,
      'LGPD Art. 18, §§ 3 to 5',
    ]);
    expect(erasure.rule.description).toContain('not a statutory deadline');
  });

  it('PIPEDA: besides 30 more days, an extension for conversion into an alternative format (s. 8(4)(b))', () => {
    const d = deadline({ jurisdiction: 'PIPEDA', receivedAt: '2026-03-02' });
    expect(d.alternativeFormatExtension).toMatchObject({ noticeBy: '2026-04-01', citation: 'PIPEDA s. 8(4)(b)' });
    expect(deadline({ jurisdiction: 'EU_GDPR', receivedAt: '2026-03-02' }).alternativeFormatExtension).toBeNull();
  });
});
