import { useId, useState } from 'react';
import {
  barHeight,
  labelledPeriods,
  periodLabel,
  valueAxis,
  type Interval,
  type PurposeSeries,
} from './consent-chart.js';

const CHOICES = [
  { key: 'granted', label: 'Granted', className: 'consent-bar-granted' },
  { key: 'refused', label: 'Refused', className: 'consent-bar-refused' },
  { key: 'withdrawn', label: 'Withdrawn', className: 'consent-bar-withdrawn' },
] as const;

/** Fills that differ in pattern as well as colour, so the three answers can be told apart without colour. */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-refused`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" className="consent-fill-refused" />
        <line x1="0" y1="0" x2="0" y2="6" className="consent-hatch" strokeWidth="2.5" />
      </pattern>
      <pattern id={`${prefix}-withdrawn`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="consent-fill-withdrawn" />
        <circle cx="3" cy="3" r="1.3" className="consent-dot" />
      </pattern>
    </defs>
  );
}

function fillOf(key: (typeof CHOICES)[number]['key'], prefix: string): string | undefined {
  return key === 'granted' ? undefined : `url(#${prefix}-${key})`;
}

/** The legend, drawn with the same fills as the bars. */
export function ConsentLegend() {
  const prefix = useId().replaceAll(':', '');
  return (
    <ul className="consent-legend" aria-label="Legend">
      {CHOICES.map((c) => (
        <li key={c.key}>
          <svg width="16" height="16" aria-hidden="true" focusable="false">
            <Patterns prefix={prefix} />
            <rect width="16" height="16" rx="3" className={c.className} fill={fillOf(c.key, prefix)} />
          </svg>
          {c.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * One purpose's answers per period as stacked bars (granted at the bottom, then refused, then withdrawn). The SVG
 * is hidden from assistive technology; the caption sums it up and the same numbers are in a table.
 */
export function PurposeChart({ series, interval }: { series: PurposeSeries; interval: Interval }) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const prefix = id.replaceAll(':', '');
  const captionId = `${id}-caption`;
  const max = Math.max(0, ...series.periods.map((p) => p.total));
  const axis = valueAxis(max);
  const height = 140;
  const left = 34;
  const plotWidth = 560;
  const slot = plotWidth / Math.max(1, series.periods.length);
  const barWidth = Math.max(3, Math.min(36, slot * 0.7));
  const labelled = labelledPeriods(series.periods.length, 8);
  const { granted, refused, withdrawn } = series.totals;
  return (
    <figure className="chart consent-chart">
      <figcaption id={captionId}>
        <strong>{series.purposeName}</strong>
        <span className="muted">
          {' '}
          — {granted} granted, {refused} refused, {withdrawn} withdrawn in this period
        </span>
      </figcaption>
      <svg
        viewBox={`0 -10 ${left + plotWidth + 24} ${height + 34}`}
        aria-hidden="true"
        focusable="false"
        className="chart-svg consent-chart-svg"
      >
        <Patterns prefix={prefix} />
        {axis.ticks.map((tick) => {
          const y = height - barHeight(tick, axis.top, height);
          return (
            <g key={tick}>
              <line x1={left} x2={left + plotWidth} y1={y} y2={y} className="consent-grid" />
              <text x={left - 6} y={y + 4} textAnchor="end" className="bar-label">
                {tick}
              </text>
            </g>
          );
        })}
        {series.periods.map((period, i) => {
          const x = left + i * slot + (slot - barWidth) / 2;
          let base = height;
          return (
            <g key={period.periodStart}>
              {CHOICES.map((c) => {
                const h = barHeight(period[c.key], axis.top, height);
                if (!h) return null;
                base -= h;
                return (
                  <rect
                    key={c.key}
                    x={x}
                    y={base}
                    width={barWidth}
                    height={h}
                    className={c.className}
                    fill={fillOf(c.key, prefix)}
                  />
                );
              })}
              {labelled.has(i) ? (
                <text x={x + barWidth / 2} y={height + 18} textAnchor="middle" className="bar-label">
                  {periodLabel(period.periodStart, interval)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <button
        type="button"
        className="button button-ghost button-small"
        aria-expanded={showTable}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? 'Hide the numbers' : 'Show as a table'}
        <span className="visually-hidden"> ({series.purposeName})</span>
      </button>
      <div className={showTable ? 'table-wrap' : 'visually-hidden'}>
        <table className="table chart-table consent-table" aria-describedby={captionId}>
          <caption className="visually-hidden">Answers for {series.purposeName} per period</caption>
          <thead>
            <tr>
              <th scope="col">{interval === 'MONTH' ? 'Month' : interval === 'WEEK' ? 'Week of' : 'Day'}</th>
              <th scope="col">Granted</th>
              <th scope="col">Refused</th>
              <th scope="col">Withdrawn</th>
            </tr>
          </thead>
          <tbody>
            {series.periods.map((p) => (
              <tr key={p.periodStart}>
                <th scope="row">{periodLabel(p.periodStart, interval)}</th>
                <td>{p.granted}</td>
                <td>{p.refused}</td>
                <td>{p.withdrawn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
