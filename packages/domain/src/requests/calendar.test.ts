import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  daysBetween,
  instantAt,
  isPlainDate,
  isTimeZone,
  isWorkingDay,
  nextWorkingDay,
  parseHolidayRegion,
  plusDays,
  plusMonths,
  plusWorkingDays,
  publicHolidays,
} from './calendar.js';

describe('isPlainDate', () => {
  it.each([
    ['2026-01-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-31', false],
    ['2026-01-31T00:00:00Z', false],
    ['', false],
    [20260131, false],
    [null, false],
  ])('isPlainDate(%j) is %s', (value, expected) => {
    expect(isPlainDate(value)).toBe(expected);
  });
});

describe('calendarDateIn', () => {
  it.each([
    ['2026-01-31T23:30:00Z', 'UTC', '2026-01-31'],
    ['2026-01-31T23:30:00Z', 'Europe/London', '2026-01-31'],
    ['2026-01-31T23:30:00Z', 'Europe/Berlin', '2026-02-01'],
    ['2026-02-01T03:00:00Z', 'America/Los_Angeles', '2026-01-31'],
    ['2026-03-31T23:30:00Z', 'Europe/London', '2026-04-01'], // BST
    ['2025-12-31T23:30:00Z', 'Pacific/Auckland', '2026-01-01'],
  ])('%s is on the date in %s of %s', (instant, zone, date) => {
    expect(calendarDateIn(new Date(instant), zone)).toBe(date);
  });

  it('defaults to UTC', () => {
    expect(calendarDateIn(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });

  it('throws for an unknown zone or an invalid instant (programming errors)', () => {
    expect(() => calendarDateIn(new Date('2026-01-31T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => calendarDateIn(new Date('nope'))).toThrow(RangeError);
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Zurich')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2026-01-31', 3, '2026-04-30'],
  ])('%s plus %i month(s) is %s', (date, months, expected) => {
    expect(plusMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-01-05', 45, '2026-02-19'],
    ['2023-12-31', 45, '2024-02-14'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2026-03-28', 2, '2026-03-30'], // over the DST change in Europe: no drift
    ['2026-01-03', -7, '2025-12-27'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(plusDays(date, days)).toBe(expected);
  });
});

describe('holidays', () => {
  it('parses regions against the holiday data', () => {
    expect(parseHolidayRegion('de')).toEqual({ country: 'DE', subdivision: null });
    expect(parseHolidayRegion('DE-BY')).toEqual({ country: 'DE', subdivision: 'BY' });
    expect(parseHolidayRegion('gb-sct')).toEqual({ country: 'GB', subdivision: 'SCT' });
    expect(parseHolidayRegion('XX')).toBeNull();
    expect(parseHolidayRegion('DE-ZZ')).toBeNull();
    expect(parseHolidayRegion('Germany')).toBeNull();
  });

  it('takes public holidays only, not bank-closing days or observances', () => {
    const de = publicHolidays({ country: 'DE', subdivision: null }, 2026);
    expect(de.has('2026-04-03')).toBe(true); // Karfreitag
    expect(de.has('2026-12-24')).toBe(false); // Heiliger Abend: type "bank" in date-holidays
    expect(de.has('2026-02-16')).toBe(false); // Rosenmontag: observance
  });

  it('knows the UK nations apart', () => {
    const eng = publicHolidays({ country: 'GB', subdivision: 'ENG' }, 2024);
    const sct = publicHolidays({ country: 'GB', subdivision: 'SCT' }, 2024);
    expect(eng.has('2024-04-01')).toBe(true); // Easter Monday
    expect(sct.has('2024-04-01')).toBe(false);
    expect(sct.has('2024-01-02')).toBe(true);
  });

  it('includes substitute days (US Independence Day observed on Friday 3 July 2026)', () => {
    expect(publicHolidays({ country: 'US', subdivision: null }, 2026).has('2026-07-03')).toBe(true);
  });

  it('moves to the next working day across weekends and holidays', () => {
    const eng = { country: 'GB', subdivision: 'ENG' };
    expect(isWorkingDay('2024-03-29', eng)).toBe(false); // Good Friday
    expect(isWorkingDay('2024-03-29', null)).toBe(true); // weekends only
    expect(nextWorkingDay('2024-03-29', eng)).toBe('2024-04-02');
    expect(nextWorkingDay('2026-02-28', null)).toBe('2026-03-02');
    expect(nextWorkingDay('2026-03-03', null)).toBe('2026-03-03');
  });

  it('counts working days after a date, not counting the date', () => {
    const us = { country: 'US', subdivision: null };
    expect(plusWorkingDays('2026-01-05', 10, us)).toBe('2026-01-20'); // skips MLK Day, 19 Jan
    expect(plusWorkingDays('2026-01-05', 10, null)).toBe('2026-01-19');
    expect(plusWorkingDays('2026-01-03', 1, us)).toBe('2026-01-05'); // from a Saturday
  });
});

describe('instantAt and daysBetween', () => {
  it.each([
    ['2026-03-02', 'UTC', 9, '2026-03-02T09:00:00.000Z'],
    ['2026-03-02', 'Europe/London', 9, '2026-03-02T09:00:00.000Z'],
    ['2026-07-01', 'Europe/London', 9, '2026-07-01T08:00:00.000Z'],
    ['2026-07-01', 'America/Los_Angeles', 0, '2026-07-01T07:00:00.000Z'],
    ['2026-01-01', 'Asia/Kolkata', 0, '2025-12-31T18:30:00.000Z'],
  ])('%s %s %i:00 is %s', (date, zone, hour, iso) => {
    expect(instantAt(date, zone, hour).toISOString()).toBe(iso);
  });

  it('refuses bad dates and zones', () => {
    expect(() => instantAt('2026-02-30', 'UTC')).toThrow(RangeError);
    expect(() => instantAt('2026-02-03', 'Mars/Olympus')).toThrow(RangeError);
  });

  it.each([
    ['2026-01-31', '2026-03-02', 30],
    ['2026-03-02', '2026-01-31', -30],
    ['2026-03-28', '2026-03-30', 2],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-05-05', '2026-05-05', 0],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
