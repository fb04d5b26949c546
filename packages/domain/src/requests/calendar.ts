import { tz, TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, isWeekend } from 'date-fns';
import Holidays from 'date-holidays';

/**
 * A calendar date, `YYYY-MM-DD`, with no time and no zone: what a deadline is in law ("by 2 March").
 * Strings compare correctly with `<`, travel through JSON and GraphQL unchanged, and map to SQL `date`.
 * An instant (a `Date`) becomes a PlainDate only through `calendarDateIn`, with the tenant's time zone.
 */
export type PlainDate = string;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real date in `YYYY-MM-DD` form (rejects 2025-02-29). */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = PLAIN_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whether the runtime knows this IANA time zone (e.g. `Europe/Berlin`, `UTC`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date an instant falls on in a time zone: 2026-01-31T23:30Z is 31 Jan in London, 1 Feb in Berlin. */
export function calendarDateIn(instant: Date, timeZone = 'UTC'): PlainDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The instant a calendar date reaches `hour` o'clock in a time zone (when a reminder for that day should fire). */
export function instantAt(date: PlainDate, timeZone = 'UTC', hour = 0): Date {
  if (!isPlainDate(date)) throw new RangeError(`not a date: ${date}`);
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, timeZone).getTime());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: PlainDate, to: PlainDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

// Arithmetic runs on UTC midnights, so the process's own zone and DST never shift a date.
const toDate = (date: PlainDate): TZDate => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
};
const fromDate = (date: Date): PlainDate => format(date, 'yyyy-MM-dd');

export const plusDays = (date: PlainDate, days: number): PlainDate => fromDate(addDays(toDate(date), days));
/** Same date `months` later, or the last day of that month when it has no such date (31 Jan + 1 = 28/29 Feb). */
export const plusMonths = (date: PlainDate, months: number): PlainDate => fromDate(addMonths(toDate(date), months));
export const isWeekendDay = (date: PlainDate): boolean => isWeekend(toDate(date));
export const earlierOf = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? a : b);

/** Where public holidays are taken from: an ISO 3166-1 country, optionally with a subdivision (`DE`, `DE-BY`, `GB-SCT`). */
export interface HolidayRegion {
  country: string;
  subdivision: string | null;
}

let catalog: Holidays | undefined;
const holidayCatalog = () => (catalog ??= new Holidays());

/** Parses `CC` or `CC-SUB` against date-holidays' data; null when it knows no such place. */
export function parseHolidayRegion(code: string): HolidayRegion | null {
  const m = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}))?$/.exec(code.trim());
  if (!m) return null;
  const country = m[1]!.toUpperCase();
  const subdivision = m[2]?.toUpperCase() ?? null;
  if (!(country in holidayCatalog().getCountries())) return null;
  if (subdivision && !(subdivision in (holidayCatalog().getStates(country) ?? {}))) return null;
  return { country, subdivision };
}

export const holidayRegionCode = (r: HolidayRegion): string =>
  r.subdivision ? `${r.country}-${r.subdivision}` : r.country;

const holidaysByRegion = new Map<string, Holidays>();
const publicHolidaysByYear = new Map<string, ReadonlySet<PlainDate>>();

/**
 * Public holidays of a region in a year. Only date-holidays' `public` type counts: `bank` there means days
 * such as Germany's 24 December afternoon, when banks close but the law's "public holiday" does not apply
 * (UK bank holidays are typed `public`).
 */
export function publicHolidays(region: HolidayRegion, year: number): ReadonlySet<PlainDate> {
  const code = holidayRegionCode(region);
  const key = `${code}:${year}`;
  const cached = publicHolidaysByYear.get(key);
  if (cached) return cached;
  let hd = holidaysByRegion.get(code);
  if (!hd) {
    hd = region.subdivision ? new Holidays(region.country, region.subdivision) : new Holidays(region.country);
    holidaysByRegion.set(code, hd);
  }
  const days = new Set<PlainDate>();
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const first = h.date.slice(0, 10);
    // A holiday may span days; its start/end are instants, so count whole days between them.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < span; i++) days.add(plusDays(first, i));
  }
  publicHolidaysByYear.set(key, days);
  return days;
}

/** Monday to Friday and, when a region is given, not one of its public holidays. */
export function isWorkingDay(date: PlainDate, region: HolidayRegion | null): boolean {
  if (isWeekendDay(date)) return false;
  return !region || !publicHolidays(region, Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the next one. */
export function nextWorkingDay(date: PlainDate, region: HolidayRegion | null): PlainDate {
  let d = date;
  while (!isWorkingDay(d, region)) d = plusDays(d, 1);
  return d;
}

/** The `count`th working day after `date` (the start day itself is not counted). */
export function plusWorkingDays(date: PlainDate, count: number, region: HolidayRegion | null): PlainDate {
  let d = date;
  for (let left = count; left > 0;) {
    d = plusDays(d, 1);
    if (isWorkingDay(d, region)) left--;
  }
  return d;
}
