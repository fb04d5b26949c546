import { useState } from 'react';
import { addDays, formatDate, today } from '../lib/format.js';

export interface DueItem {
  dueOn: string;
  isOverdue: boolean;
}

interface Week {
  start: string;
  label: string;
  count: number;
}

/** Open requests per week from this week on; overdue ones form their own first bar. */
export function weeksOf(
  items: readonly DueItem[],
  weeks: number,
  from = today(),
): { overdue: number; weeks: Week[]; later: number } {
  const result: Week[] = Array.from({ length: weeks }, (_, i) => {
    const start = addDays(from, i * 7);
    return { start, label: i === 0 ? 'This week' : formatDate(start).replace(/ \d{4}$/, ''), count: 0 };
  });
  let overdue = 0;
  let later = 0;
  for (const item of items) {
    if (item.isOverdue || item.dueOn < from) {
      overdue++;
      continue;
    }
    const days = Math.round((Date.parse(item.dueOn) - Date.parse(from)) / 86_400_000);
    const week = result[Math.floor(days / 7)];
    if (week) week.count++;
    else later++;
  }
  return { overdue, weeks: result, later };
}

/**
 * Requests due per week, drawn as an SVG bar chart. The same numbers are in a table underneath for screen
 * readers and for anyone who prefers numbers; the SVG itself is hidden from assistive technology.
 */
export function DueChart({ items, weeks = 8 }: { items: readonly DueItem[]; weeks?: number }) {
  const [showTable, setShowTable] = useState(false);
  const data = weeksOf(items, weeks);
  const bars = [
    { label: 'Overdue', count: data.overdue, overdue: true },
    ...data.weeks.map((w) => ({ ...w, overdue: false })),
  ];
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barWidth = 44;
  const gap = 14;
  const height = 150;
  const top = 22; // room for the value above the tallest bar
  const width = bars.length * (barWidth + gap);
  return (
    <figure className="chart">
      <figcaption id="due-chart-caption">Open requests due per week, next {weeks} weeks</figcaption>
      <svg
        viewBox={`0 -${top} ${width} ${height + 40 + top}`}
        role="presentation"
        aria-hidden="true"
        className="chart-svg"
      >
        {bars.map((bar, i) => {
          const h = Math.round((bar.count / max) * height);
          const x = i * (barWidth + gap) + gap / 2;
          return (
            <g key={bar.label}>
              <rect
                x={x}
                y={height - h}
                width={barWidth}
                height={Math.max(h, 1)}
                rx={3}
                className={bar.overdue ? 'bar bar-overdue' : 'bar'}
              />
              <text x={x + barWidth / 2} y={height - h - 6} textAnchor="middle" className="bar-value">
                {bar.count}
              </text>
              <text x={x + barWidth / 2} y={height + 18} textAnchor="middle" className="bar-label">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <button
        type="button"
        className="button button-ghost small"
        aria-expanded={showTable}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? 'Hide the numbers' : 'Show as a table'}
      </button>
      <table aria-describedby="due-chart-caption" className={showTable ? 'chart-table' : 'visually-hidden'}>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Requests due</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.count}</td>
            </tr>
          ))}
          {data.later ? (
            <tr>
              <th scope="row">Later</th>
              <td>{data.later}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </figure>
  );
}
