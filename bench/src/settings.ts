/**
 * What every benchmark reads from the environment. The defaults finish in a few minutes on two cores;
 * `BENCH_FULL=1` (or `--full`) uses the sizes and durations of the hardening issue; `BENCH_QUICK=1` (or
 * `--quick`) is a smoke run of everything. Each figure can also be set on its own.
 */
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const full = process.env.BENCH_FULL === '1' || flags.has('--full');
const quick = !full && (process.env.BENCH_QUICK === '1' || flags.has('--quick'));
export const mode = full ? 'full' : quick ? 'quick' : 'default';

function int(name: string, values: { quick: number; default: number; full: number }): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return values[mode];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export const settings = {
  mode,
  /**
   * A superuser connection to the server the benchmarks create (and drop) their databases on. The benchmarks need
   * a running server: they do not start the embedded one.
   */
  adminUrl:
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /** Seconds of load per measured round. */
  durationSeconds: int('BENCH_DURATION', { quick: 2, default: 5, full: 10 }),
  /** Seconds of load before the first round of each side, not counted. */
  warmupSeconds: int('BENCH_WARMUP', { quick: 1, default: 2, full: 5 }),
  /** Measured rounds per side; the two sides take turns (A B B A …) so that a busy moment hits both. */
  rounds: Math.max(1, int('BENCH_ROUNDS', { quick: 1, default: 2, full: 4 })),
  connections: int('BENCH_CONNECTIONS', { quick: 64, default: 64, full: 64 }),
  /** pgbench sessions: as many as the API's connection pool (`openDatabase`'s default of 10). */
  pgbenchClients: int('BENCH_PGBENCH_CLIENTS', { quick: 10, default: 10, full: 10 }),
  /** nginx worker processes: 1 matches the API's single Node process (PostgreSQL runs beside both). */
  nginxWorkers: int('BENCH_NGINX_WORKERS', { quick: 1, default: 1, full: 1 }),
  /** Generator sizes for the scale benchmark (the small run keeps the same per-tenant density). */
  tenants: int('BENCH_TENANTS', { quick: 200, default: 1_000, full: 10_000 }),
  consentEvents: int('BENCH_CONSENT_EVENTS', { quick: 20_000, default: 100_000, full: 1_000_000 }),
  requests: int('BENCH_REQUESTS', { quick: 2_000, default: 10_000, full: 100_000 }),
  smallTenants: int('BENCH_SMALL_TENANTS', { quick: 10, default: 10, full: 10 }),
  /** Tenants per agency in the generated data (the agency inbox reads this many tenants' requests). */
  tenantsPerAgency: int('BENCH_TENANTS_PER_AGENCY', { quick: 10, default: 10, full: 10 }),
  /** Timed samples per query and size in the scale benchmark (taken in turns, small then large). */
  samples: int('BENCH_SAMPLES', { quick: 20, default: 100, full: 300 }),
  /** List sizes for the statement counts: a page of `smallList` items vs `largeList` items (pages hold 100). */
  smallList: 10,
  largeList: int('BENCH_LARGE_LIST', { quick: 200, default: 1_000, full: 1_000 }),
};

const NEVER_REACHED = String(100_000_000);

/**
 * The API's request limits per client address and per tenant, raised out of reach: the load comes from one address
 * (production load comes from many), and the limiters still do their per-request work, so it is measured.
 */
export const RAISED_RATE_LIMITS: Record<string, string> = {
  NOTICEBOARD_RATE_PUBLIC_WRITES_PER_IP: NEVER_REACHED,
  NOTICEBOARD_RATE_PUBLIC_WRITES_PER_TENANT: NEVER_REACHED,
  NOTICEBOARD_RATE_PUBLIC_READS_PER_IP: NEVER_REACHED,
  NOTICEBOARD_RATE_ANONYMOUS_GRAPHQL_PER_IP: NEVER_REACHED,
};
