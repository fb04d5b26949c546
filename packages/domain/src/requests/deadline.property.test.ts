/**
 * The deadline engine, property-based: arbitrary instants and dates (1990–2100), every time zone the runtime
 * knows, every regime and request type, holiday regions and promises. `computeDeadline` never throws, and the
 * dates keep their order, promises only shorten, extensions only lengthen, working-day regimes end on working
 * days, and a request is overdue exactly from the day after its due date.
 *
 * The seed is fixed, so a failure reproduces; fast-check prints the shrunk counterexample.
 */
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { calendarDateIn, instantAt, plusDays, type PlainDate } from './calendar.js';
import {
  computeDeadline,
  deadlineRuleFor,
  extendDeadline,
  isOverdue,
  maxPromisedDays,
  type Deadline,
  type DeadlineInput,
} from './deadline.js';
import { isRequestTypeAvailable, REQUEST_TYPES, type RequestType } from './request-type.js';

const SEED = 1_182_071;
const options = (numRuns: number) => ({ seed: SEED, numRuns });

const TIME_ZONES = Intl.supportedValuesOf('timeZone');
const REGIONS = [
  null,
  'DE',
  'DE-BY',
  'de-nw',
  'FR',
  'AT',
  'IE',
  'NL',
  'GB',
  'GB-ENG',
  'GB-SCT',
  'SCT',
  'NIR',
  'wls',
  'US',
  'US-CA',
  'US-NY',
  'CA',
  'CH',
  'BR',
  ' fr ',
];
const MIN = new Date('1990-01-01T00:00:00Z');
const MAX = new Date('2100-12-31T23:59:59Z');

/** The calendar date of an instant in a zone, by the runtime's own Intl (independent of the engine's date-fns path). */
function dateIn(instant: Date, timeZone: string): PlainDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
const weekday = (date: PlainDate) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: PlainDate) => weekday(date) === 0 || weekday(date) === 6;

const holidayCatalogs = new Map<string, Holidays>();
/** Whether date-holidays calls the day a public holiday in the region (asked by date, at noon local time). */
function isPublicHoliday(date: PlainDate, region: string): boolean {
  let hd = holidayCatalogs.get(region);
  if (!hd) {
    const [country, state] = region.split('-');
    hd = state ? new Holidays(country!, state) : new Holidays(country!);
    holidayCatalogs.set(region, hd);
  }
  const found = hd.isHoliday(`${date} 12:00`);
  return !!found && found.some((h) => h.type === 'public');
}

const instant = fc.date({ min: MIN, max: MAX, noInvalidDate: true });
const input = fc
  .record({
    jurisdiction: fc.constantFrom(...JURISDICTIONS),
    type: fc.constantFrom(...REQUEST_TYPES),
    received: instant,
    asPlainDate: fc.boolean(),
    timeZone: fc.constantFrom(...TIME_ZONES),
    verifiedAfterDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    holidayRegion: fc.constantFrom(...REGIONS),
    promise: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map((r): DeadlineInput => {
    const receivedAt = r.asPlainDate ? dateIn(r.received, r.timeZone) : r.received;
    const verifiedAt =
      r.verifiedAfterDays === null ? null : new Date(r.received.getTime() + r.verifiedAfterDays * 86_400_000);
    // A promise anywhere from one day to the longest the regime allows.
    const promisedDays = r.promise === null ? null : 1 + Math.floor(r.promise * (maxPromisedDays(r.jurisdiction) - 1));
    return {
      jurisdiction: r.jurisdiction,
      type: r.type,
      receivedAt,
      timeZone: r.timeZone,
      verifiedAt,
      holidayRegion: r.holidayRegion,
      promisedDays,
    };
  });

/** Inputs whose regime grants the request type (the others are refused, see the first property). */
const available = input.filter((i) => isRequestTypeAvailable(i.type, i.jurisdiction));

function computed(i: DeadlineInput): Deadline {
  const result = computeDeadline(i);
  if (!result.ok) throw new Error(`refused ${JSON.stringify(i)}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Regimes whose periods end on a working day: rolled forward (GDPR, UK GDPR) or counted in business days (CCPA opt-out). */
function endsOnWorkingDay(jurisdiction: Jurisdiction, type: RequestType): boolean {
  const rule = deadlineRuleFor(jurisdiction, type);
  return rule.rollsToWorkingDay || rule.period.unit === 'BUSINESS_DAYS';
}

function expectWorkingDay(date: PlainDate, region: string | null, what: string): void {
  expect(isWeekend(date), `${what} ${date} is a weekend day`).toBe(false);
  if (region) expect(isPublicHoliday(date, region), `${what} ${date} is a public holiday in ${region}`).toBe(false);
}

describe('computeDeadline over arbitrary dates, zones, regimes and request types', () => {
  it('never throws; accepts exactly the request types the regime grants', () => {
    fc.assert(
      fc.property(input, (i) => {
        const result = computeDeadline(i);
        expect(result.ok).toBe(isRequestTypeAvailable(i.type, i.jurisdiction));
        if (!result.ok)
          expect(result.problems).toEqual([expect.objectContaining({ path: 'type', code: 'NOT_ALLOWED' })]);
      }),
      options(400),
    );
  });

  it('receives on the date the instant falls on in the tenant’s zone, and dueOn ≥ clockStartsOn ≥ receivedOn', () => {
    fc.assert(
      fc.property(available, (i) => {
        const d = computed(i);
        const received = i.receivedAt instanceof Date ? dateIn(i.receivedAt, i.timeZone!) : i.receivedAt;
        expect(d.receivedOn).toBe(received);
        expect(d.clockStartsOn >= d.receivedOn).toBe(true);
        expect(d.dueOn > d.clockStartsOn).toBe(true);
        expect(d.lawDueOn > d.clockStartsOn).toBe(true);
        if (d.acknowledgeBy) expect(d.acknowledgeBy >= d.receivedOn).toBe(true);
        // The clock waits for identity only where the regime says so, and never before receipt.
        const verifiedOn = i.verifiedAt ? dateIn(i.verifiedAt as Date, i.timeZone!) : null;
        const waits = deadlineRuleFor(i.jurisdiction, i.type).waits.IDENTITY === 'RESTARTS' && verifiedOn !== null;
        expect(d.clockStartsOn).toBe(waits ? verifiedOn : d.receivedOn);
      }),
      options(400),
    );
  });

  it('a promise never makes dueOn later than the law’s date; without one dueOn is the law’s date', () => {
    fc.assert(
      fc.property(available, (i) => {
        const d = computed(i);
        expect(d.dueOn <= d.lawDueOn).toBe(true);
        if (d.promisedDueOn === null) expect(d.dueOn).toBe(d.lawDueOn);
        else expect(d.dueOn).toBe(d.promisedDueOn < d.lawDueOn ? d.promisedDueOn : d.lawDueOn);
        // The same request without the promise is due on the law's date.
        expect(computed({ ...i, promisedDays: null }).dueOn).toBe(d.lawDueOn);
      }),
      options(300),
    );
  });

  it('an extension’s due date is after dueOn, where the regime allows one', () => {
    fc.assert(
      fc.property(available, fc.integer({ min: 1, max: 120 }), (i, laterBy) => {
        const d = computed(i);
        if (d.extendedDueOn !== null) expect(d.extendedDueOn > d.dueOn).toBe(true);
        const newDueOn = d.extension.kind === 'CONTROLLER_DATE' ? plusDays(d.dueOn, laterBy) : null;
        const extended = extendDeadline(d, {
          noticeOn: d.receivedOn,
          reason: 'the request covers ten years of records',
          newDueOn,
        });
        if (d.extension.kind === 'NONE') {
          expect(extended).toEqual({
            ok: false,
            problems: [expect.objectContaining({ path: 'extension', code: 'NOT_ALLOWED' })],
          });
          return;
        }
        if (!extended.ok) throw new Error(JSON.stringify(extended.problems));
        expect(extended.value.dueOn > d.dueOn).toBe(true);
        if (d.extension.kind === 'FIXED') expect(extended.value.dueOn).toBe(d.extension.dueOn);
        // Once only.
        expect(extendDeadline(extended.value, { noticeOn: d.receivedOn, reason: 'again', newDueOn })).toMatchObject({
          ok: false,
        });
      }),
      options(300),
    );
  });

  it('working-day regimes never end on a weekend or a public holiday of their region', () => {
    const workingDayRegimes = available.filter((i) => endsOnWorkingDay(i.jurisdiction, i.type));
    fc.assert(
      fc.property(workingDayRegimes, (i) => {
        const d = computed(i);
        expectWorkingDay(d.lawDueOn, d.holidayRegion, 'lawDueOn');
        if (d.promisedDueOn === null) expectWorkingDay(d.dueOn, d.holidayRegion, 'dueOn');
        if (d.extension.kind === 'FIXED' && deadlineRuleFor(i.jurisdiction, i.type).rollsToWorkingDay) {
          expectWorkingDay(d.extension.dueOn, d.holidayRegion, 'extended dueOn');
        }
      }),
      options(250),
    );
  });

  it('business-day acknowledgements fall on working days', () => {
    const acknowledged = available.filter(
      (i) => deadlineRuleFor(i.jurisdiction, i.type).acknowledgement?.period.unit === 'BUSINESS_DAYS',
    );
    fc.assert(
      fc.property(acknowledged, (i) => {
        const d = computed(i);
        expectWorkingDay(d.acknowledgeBy!, d.holidayRegion, 'acknowledgeBy');
      }),
      options(100),
    );
  });

  it('a later receipt is never due earlier', () => {
    fc.assert(
      fc.property(available, fc.integer({ min: 1, max: 40 }), (i, days) => {
        const earlier = computed({ ...i, verifiedAt: null });
        const later = computed({ ...i, verifiedAt: null, receivedAt: plusDays(earlier.receivedOn, days) });
        expect(later.lawDueOn >= earlier.lawDueOn).toBe(true);
        expect(later.dueOn >= earlier.dueOn).toBe(true);
      }),
      options(200),
    );
  });
});

describe('isOverdue around the due date, in every zone', () => {
  it('is false on the due date and true the day after, at any hour', () => {
    fc.assert(
      fc.property(available, fc.integer({ min: 0, max: 23 }), (i, hour) => {
        const d = computed(i);
        const tz = i.timeZone!;
        const onDueDate = instantAt(d.dueOn, tz, hour);
        const dayAfter = instantAt(plusDays(d.dueOn, 1), tz, hour);
        expect(dateIn(onDueDate, tz)).toBe(d.dueOn);
        expect(isOverdue(d.dueOn, onDueDate, tz)).toBe(false);
        expect(isOverdue(d.dueOn, dayAfter, tz)).toBe(true);
      }),
      options(300),
    );
  });

  it('is false through the whole due date and true from the first instant after it', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...TIME_ZONES), (now, tz) => {
        const today = dateIn(now, tz);
        expect(calendarDateIn(now, tz)).toBe(today);
        expect(isOverdue(today, now, tz)).toBe(false);
        expect(isOverdue(plusDays(today, -1), now, tz)).toBe(true);
      }),
      options(300),
    );
  });
});
