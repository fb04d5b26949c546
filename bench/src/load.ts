import autocannon from 'autocannon';
import { settings } from './settings.js';

/** One timed round of one side of a comparison. */
export interface Measurement {
  requestsPerSecond: number;
  /** Milliseconds; NaN where the tool reports no percentiles (pgbench gives a mean). */
  p50: number;
  p99: number;
  /** Responses with another status than expected, plus connection errors and timeouts. */
  unexpected: number;
  /** What they were, e.g. "503: 12, timeouts: 3"; empty when none. */
  unexpectedKinds: string;
  total: number;
}

/** Rounds of one side, and their median (one busy moment on a shared machine moves a median less than a mean). */
export interface SideResult {
  rounds: Measurement[];
  median: Measurement;
}

export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh body per request (e.g. a new idempotency key each time). */
  body?: () => string;
  expectStatus: number;
}

/** `seconds` of load at `target` with autocannon and the benchmark's connections. */
export async function autocannonRound(target: LoadTarget, seconds: number): Promise<Measurement> {
  const result = await autocannon({
    url: target.url,
    connections: settings.connections,
    duration: seconds,
    method: target.method ?? 'GET',
    headers: target.headers,
    requests: target.body ? [{ setupRequest: (req) => ({ ...req, body: target.body!() }) }] : undefined,
  });
  // Count statuses ourselves: autocannon's non2xx would count a correct 304 as a failure.
  const kinds = new Map<string, number>();
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    if (Number(status) !== target.expectStatus) kinds.set(status, (stats as { count: number }).count);
  }
  if (result.errors) kinds.set('connection errors', result.errors - result.timeouts);
  if (result.timeouts) kinds.set('timeouts', result.timeouts);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    unexpected: [...kinds.values()].reduce((sum, n) => sum + n, 0),
    unexpectedKinds: [...kinds].map(([kind, n]) => `${kind}: ${n}`).join(', '),
    total: result.requests.total,
  };
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Every side of a comparison in one run: a warm-up of each (not counted), then `settings.rounds` measured rounds of
 * each, the order reversed every other round (A B B A A B …) so that no side always runs first or last.
 */
export async function interleave(sides: ((seconds: number) => Promise<Measurement>)[]): Promise<SideResult[]> {
  if (settings.warmupSeconds > 0) for (const side of sides) await side(settings.warmupSeconds);
  const rounds: Measurement[][] = sides.map(() => []);
  for (let i = 0; i < settings.rounds; i++) {
    const order = sides.map((_, index) => index);
    if (i % 2) order.reverse();
    for (const index of order) rounds[index]!.push(await sides[index]!(settings.durationSeconds));
  }
  return rounds.map((measured) => ({
    rounds: measured,
    median: {
      requestsPerSecond: median(measured.map((r) => r.requestsPerSecond)),
      p50: median(measured.map((r) => r.p50)),
      p99: median(measured.map((r) => r.p99)),
      unexpected: measured.reduce((sum, r) => sum + r.unexpected, 0),
      unexpectedKinds: measured
        .map((r) => r.unexpectedKinds)
        .filter(Boolean)
        .join('; '),
      total: measured.reduce((sum, r) => sum + r.total, 0),
    },
  }));
}

/** The unexpected answers of a side for a table cell: "0", or "12 (503: 12)". */
export function unexpectedCell(side: SideResult): string {
  return side.median.unexpected ? `${side.median.unexpected} (${side.median.unexpectedKinds})` : '0';
}

/** The A/B throughput ratio of each round pair, lowest to highest: how much the machine's noise moved it. */
export function roundRatios(a: SideResult, b: SideResult): string {
  const ratios = a.rounds.map((r, i) => r.requestsPerSecond / b.rounds[i]!.requestsPerSecond).sort((x, y) => x - y);
  return ratios.length > 1
    ? `${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}`
    : ratios[0]!.toFixed(2);
}
