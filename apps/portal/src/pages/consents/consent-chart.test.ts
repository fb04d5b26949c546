import { describe, expect, test } from 'vitest';
import {
  barHeight,
  labelledPeriods,
  periodLabel,
  periodStartOf,
  rangeFor,
  seriesOf,
  valueAxis,
} from './consent-chart.js';

describe('periods', () => {
  test('a period starts on the day, on the Monday of its week, or on the first of its month (UTC)', () => {
    // 2026-03-12 is a Thursday.
    expect(periodStartOf('2026-03-12', 'DAY')).toBe('2026-03-12');
    expect(periodStartOf('2026-03-12', 'WEEK')).toBe('2026-03-09');
    expect(periodStartOf('2026-03-15', 'WEEK')).toBe('2026-03-09');
    expect(periodStartOf('2026-03-16', 'WEEK')).toBe('2026-03-16');
    expect(periodStartOf('2026-03-12', 'MONTH')).toBe('2026-03-01');
  });

  test('a range covers whole periods ending with the current one, across month and year ends', () => {
    expect(rangeFor({ interval: 'MONTH', periods: 3 }, '2026-02-10')).toEqual({
      from: '2025-12-01',
      to: '2026-02-10',
      periods: ['2025-12-01', '2026-01-01', '2026-02-01'],
    });
    expect(rangeFor({ interval: 'WEEK', periods: 2 }, '2026-03-12')).toEqual({
      from: '2026-03-02',
      to: '2026-03-12',
      periods: ['2026-03-02', '2026-03-09'],
    });
    const days = rangeFor({ interval: 'DAY', periods: 30 }, '2026-03-01');
    expect(days.periods).toHaveLength(30);
    expect([days.from, days.periods.at(-1)]).toEqual(['2026-01-31', '2026-03-01']);
  });

  test('labels read as dates, months with their year', () => {
    expect(periodLabel('2026-03-09', 'WEEK')).toBe('9 Mar');
    expect(periodLabel('2026-03-01', 'MONTH')).toBe('Mar 2026');
  });

  test('on a crowded axis every k-th label is printed, always including the latest period', () => {
    expect([...labelledPeriods(30, 10)].sort((a, b) => a - b)).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(labelledPeriods(5, 10).size).toBe(5);
  });
});

describe('series per purpose', () => {
  test('every period is present, zero where nobody answered, with totals; purposes by name', () => {
    const series = seriesOf(
      [
        { purposeId: 'm', purposeName: 'Marketing', periodStart: '2026-03-02', granted: 2, refused: 1, withdrawn: 0 },
        { purposeId: 'a', purposeName: 'Analytics', periodStart: '2026-03-09', granted: 1, refused: 0, withdrawn: 3 },
        { purposeId: 'm', purposeName: 'Marketing', periodStart: '2026-03-09', granted: 0, refused: 4, withdrawn: 1 },
      ],
      ['2026-03-02', '2026-03-09'],
    );
    expect(series.map((s) => s.purposeName)).toEqual(['Analytics', 'Marketing']);
    expect(series[0]!.periods).toEqual([
      { periodStart: '2026-03-02', granted: 0, refused: 0, withdrawn: 0, total: 0 },
      { periodStart: '2026-03-09', granted: 1, refused: 0, withdrawn: 3, total: 4 },
    ]);
    expect(series[1]!.totals).toEqual({ granted: 2, refused: 5, withdrawn: 1 });
  });
});

describe('value axis', () => {
  test('the top is a round number at or above the largest value, with whole-number ticks', () => {
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(valueAxis(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(valueAxis(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueAxis(12)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(valueAxis(95)).toEqual({ top: 100, ticks: [0, 50, 100] });
    expect(valueAxis(1234).top).toBe(1500);
    for (const max of [1, 9, 17, 42, 999, 123_456]) {
      const axis = valueAxis(max);
      expect(axis.top).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length).toBeLessThanOrEqual(5);
      expect(axis.ticks.at(-1)).toBe(axis.top);
    }
  });

  test('bar heights are proportional, a non-zero value stays visible and zero draws nothing', () => {
    expect(barHeight(5, 10, 150)).toBe(75);
    expect(barHeight(1, 10_000, 150)).toBe(1);
    expect(barHeight(0, 10, 150)).toBe(0);
    expect(barHeight(10, 10, 150)).toBe(150);
  });
});
