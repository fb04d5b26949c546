import { describe, expect, test } from 'vitest';
import { countdown } from '../lib/format.js';
import { weeksOf } from './DueChart.js';

describe('weeksOf', () => {
  test('counts overdue requests apart and the rest by week from today', () => {
    const data = weeksOf(
      [
        { dueOn: '2026-03-01', isOverdue: true },
        { dueOn: '2026-03-10', isOverdue: false },
        { dueOn: '2026-03-16', isOverdue: false },
        { dueOn: '2026-03-17', isOverdue: false },
        { dueOn: '2026-06-01', isOverdue: false },
      ],
      2,
      '2026-03-10',
    );
    expect(data.overdue).toBe(1);
    expect(data.weeks.map((w) => [w.start, w.count])).toEqual([
      ['2026-03-10', 2],
      ['2026-03-17', 1],
    ]);
    expect(data.later).toBe(1);
  });
});

test('countdown reads like a person would say it', () => {
  expect([countdown(3), countdown(1), countdown(0), countdown(-1), countdown(-4)]).toEqual([
    'due in 3 days',
    'due tomorrow',
    'due today',
    '1 day overdue',
    '4 days overdue',
  ]);
});
