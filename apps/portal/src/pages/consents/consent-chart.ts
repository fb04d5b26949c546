/** Pure logic behind the consent counts chart: periods, series per purpose, and the value axis. */

export type Interval = 'DAY' | 'WEEK' | 'MONTH';

export interface CountRow {
  purposeId: string;
  purposeName: string;
  periodStart: string;
  granted: number;
  refused: number;
  withdrawn: number;
}

export interface PeriodChoice {
  id: string;
  label: string;
  interval: Interval;
  /** How many periods, counting the current one. */
  periods: number;
}

/** What the period selector offers; each asks the API for whole periods ending with the current one. */
export const PERIOD_CHOICES: readonly PeriodChoice[] = [
  { id: '30d', label: 'Last 30 days, by day', interval: 'DAY', periods: 30 },
  { id: '12w', label: 'Last 12 weeks, by week', interval: 'WEEK', periods: 12 },
  { id: '12m', label: 'Last 12 months, by month', interval: 'MONTH', periods: 12 },
];

const DAY_MS = 86_400_000;

function parseDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period a date falls in (UTC; weeks start on Monday, as the API counts them). */
export function periodStartOf(date: string, interval: Interval): string {
  const d = parseDay(date);
  if (interval === 'DAY') return isoDay(d);
  if (interval === 'WEEK') return isoDay(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
}

/** The start of the period `n` periods after (or, negative, before) a period start. */
export function shiftPeriod(start: string, interval: Interval, n: number): string {
  const d = parseDay(start);
  if (interval === 'DAY') return isoDay(new Date(d.getTime() + n * DAY_MS));
  if (interval === 'WEEK') return isoDay(new Date(d.getTime() + n * 7 * DAY_MS));
  return isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
}

/** The `from`/`to` dates (inclusive) to ask for, and every period start in between, oldest first. */
export function rangeFor(
  choice: Pick<PeriodChoice, 'interval' | 'periods'>,
  today: string,
): { from: string; to: string; periods: string[] } {
  const last = periodStartOf(today, choice.interval);
  const periods = Array.from({ length: choice.periods }, (_, i) =>
    shiftPeriod(last, choice.interval, i - choice.periods + 1),
  );
  return { from: periods[0]!, to: today, periods };
}

export interface PeriodCounts {
  periodStart: string;
  granted: number;
  refused: number;
  withdrawn: number;
  total: number;
}

export interface PurposeSeries {
  purposeId: string;
  purposeName: string;
  periods: PeriodCounts[];
  totals: { granted: number; refused: number; withdrawn: number };
}

/**
 * One series per purpose (by name), with every period present (zero where nobody answered), so bars line up
 * across purposes and empty periods are visible as such.
 */
export function seriesOf(rows: readonly CountRow[], periods: readonly string[]): PurposeSeries[] {
  const byPurpose = new Map<string, { name: string; counts: Map<string, CountRow> }>();
  for (const row of rows) {
    const entry = byPurpose.get(row.purposeId) ?? { name: row.purposeName, counts: new Map<string, CountRow>() };
    entry.counts.set(row.periodStart, row);
    byPurpose.set(row.purposeId, entry);
  }
  return [...byPurpose.entries()]
    .map(([purposeId, { name, counts }]) => {
      const filled = periods.map((periodStart) => {
        const row = counts.get(periodStart);
        const granted = row?.granted ?? 0;
        const refused = row?.refused ?? 0;
        const withdrawn = row?.withdrawn ?? 0;
        return { periodStart, granted, refused, withdrawn, total: granted + refused + withdrawn };
      });
      const totals = filled.reduce(
        (sum, p) => ({
          granted: sum.granted + p.granted,
          refused: sum.refused + p.refused,
          withdrawn: sum.withdrawn + p.withdrawn,
        }),
        { granted: 0, refused: 0, withdrawn: 0 },
      );
      return { purposeId, purposeName: name, periods: filled, totals };
    })
    .sort((a, b) => a.purposeName.localeCompare(b.purposeName) || a.purposeId.localeCompare(b.purposeId));
}

/**
 * A value axis that reads well: the top is the smallest 1, 2 or 5 × 10ⁿ step multiple at or above the largest
 * value, with at most `maxTicks` + 1 whole-number ticks from zero. An empty chart still gets an axis up to 1.
 */
export function valueAxis(maxValue: number, maxTicks = 4): { top: number; ticks: number[] } {
  const max = Math.max(1, Math.ceil(maxValue));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= maxTicks);
    if (found) {
      step = found;
      break;
    }
  }
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** The height in pixels of a value on an axis `top` high drawn `height` pixels tall (never a fraction). */
export function barHeight(value: number, top: number, height: number): number {
  if (value <= 0 || top <= 0) return 0;
  return Math.max(1, Math.round((value / top) * height));
}

/** A short label for a period start: "3 Mar" for days and weeks, "Mar 2026" for months. */
export function periodLabel(start: string, interval: Interval): string {
  const d = parseDay(start);
  if (interval === 'MONTH') return d.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** Which period labels to print under the bars so they do not overlap: every k-th, and always the last. */
export function labelledPeriods(count: number, maxLabels: number): Set<number> {
  const every = Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= every) shown.add(i);
  return shown;
}
