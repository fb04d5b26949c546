import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proxyaddr from 'proxy-addr';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from src (tests) or dist (built). */
export const repoRoot = path.resolve(here, '../../..');

/** Requests allowed per minute; 0 turns a limit off. */
export interface RateLimits {
  /** Consents, requests, verification and subscription posts, per client IP. */
  publicWritesPerIp: number;
  /** The same, per tenant (all clients together), for the writes beyond each address's `publicWritesFreePerAddress`. */
  publicWritesPerTenant: number;
  /**
   * Each client address's first writes to one tenant in a minute, which do not draw from the tenant's budget (a real
   * visitor records one or two consents): a few heavy addresses exhaust the shared budget among themselves, and a
   * visitor new to it still gets through. `publicWritesPerIp` still caps every address.
   */
  publicWritesFreePerAddress: number;
  /** Every other public request (policy pages, embed script, forms), per client IP, counted in each API process. */
  publicReadsPerIp: number;
  /** GraphQL calls without a token (sign-in attempts), per client IP. */
  anonymousGraphqlPerIp: number;
  /**
   * Failed sign-ins in a row per email address in 15 minutes before that address is refused for the rest of them
   * (each attempt counted before its password check, forgotten on success); the same per person for current-password checks.
   */
  loginFailuresPerEmail: number;
}

/**
 * Express's `trust proxy`: which proxies in front of the API to believe about `X-Forwarded-For`, so `req.ip` (the
 * rate limits' key, the consent proof's network) is the client's address. `false`: the connection's own address.
 * A number: that many proxies nearest the API. Addresses/CIDRs (and `loopback`, `linklocal`, `uniquelocal`):
 * proxies at those addresses.
 */
export type TrustProxy = boolean | number | string[];

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** A PostgreSQL server; unset means the embedded server, which this process runs on the data in `dataDir`. */
  databaseUrl: string | null;
  /** Connection used to run migrations (table owner); defaults to `databaseUrl`. */
  migrationDatabaseUrl: string | null;
  /** The embedded server's data folder (one process at a time); unused with `databaseUrl`. */
  dataDir: string;
  /** The non-owner role application queries run as (row-level security applies to it). */
  appRole: string;
  sessionTtlHours: number;
  adminEmail: string | null;
  adminPassword: string | null;
  rateLimits: RateLimits;
  trustProxy: TrustProxy;
  /** Create the demo agency and owner on an empty database. */
  seedDemo: boolean;
  /**
   * Apply pending migrations when a process starts (`true`, the default: one command runs the product). With
   * `false` a deploy runs `pnpm cli migrate` as its own step and processes wait until the schema is current.
   * The embedded server always migrates at start: the process that starts it is its only one.
   */
  migrateOnStart: boolean;
  logLevel: string;
  /** The origin public links point at (policy pages, embed snippet); defaults to this server. */
  publicUrl: string;
  /** `inline`: this process also works background jobs; `off`: it only enqueues (a `pnpm cli worker` works them). */
  worker: 'inline' | 'off';
  /** How often an idle worker looks for jobs (at least 0.5 s). */
  queuePollSeconds: number;
  /** First retry delay of a failed email or webhook delivery; each further attempt waits twice as long. */
  retryDelaySeconds: number;
  /** SMTP server for outgoing email (`smtp://user:pass@host:587`, `smtps://…`); unset keeps email in the outbox. */
  smtpUrl: string | null;
  /** The From address of outgoing email. */
  mailFrom: string;
  /**
   * Memory for published pages kept in this process (MiB; 0 turns the cache off). A LISTEN connection hears of
   * every publish (NOTIFY), so each process evicts at once what another one changed.
   */
  publicCacheMb: number;
  /**
   * Prometheus metrics on a listener of their own, never on the public port: `null` turns it off (port `0` in
   * NOTICEBOARD_METRICS_PORT; the default under NODE_ENV=test, where many servers run in one process).
   */
  metrics: { port: number; host: string } | null;
}

function secondsFrom(value: string | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min)
    throw new Error(`${name} must be a number of seconds, at least ${min}, got "${value}"`);
  return n;
}

function booleanFrom(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be "true" or "false", got "${value}"`);
}

function portFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n > 65535)
    throw new Error(`${name} must be a port number (0–65535), got "${value}"`);
  return n;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

const TRUST_PROXY_FORMAT =
  'NOTICEBOARD_TRUST_PROXY must be "false", "true", a number of proxy hops, or comma-separated proxy addresses or CIDRs (loopback, linklocal and uniquelocal name the usual ranges)';

function trustProxyFrom(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const proxies = text.split(',').map((entry) => entry.trim());
  if (proxies.includes('')) throw new Error(`${TRUST_PROXY_FORMAT}; got "${value}", which has an empty entry`);
  try {
    // The parser Express itself compiles the setting with: what passes here is what it will apply.
    proxyaddr.compile(proxies);
  } catch (error) {
    throw new Error(`${TRUST_PROXY_FORMAT}; got "${value}": ${(error as Error).message}`, { cause: error });
  }
  return proxies;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appRole = env.NOTICEBOARD_APP_ROLE || 'noticeboard_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(appRole))
    throw new Error('NOTICEBOARD_APP_ROLE must be a plain lower-case SQL identifier');
  const port = intFrom(env.PORT, 4000, 'PORT');
  const publicUrl = (env.NOTICEBOARD_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(publicUrl))
    throw new Error('NOTICEBOARD_PUBLIC_URL must be an origin such as https://privacy.example.com');
  const worker = env.NOTICEBOARD_WORKER || 'inline';
  if (worker !== 'inline' && worker !== 'off')
    throw new Error(`NOTICEBOARD_WORKER must be "inline" or "off", got "${worker}"`);
  const metricsPort = portFrom(
    env.NOTICEBOARD_METRICS_PORT,
    env.NODE_ENV === 'test' ? 0 : 9464,
    'NOTICEBOARD_METRICS_PORT',
  );
  const metricsHost = (env.NOTICEBOARD_METRICS_HOST ?? '').trim() || '127.0.0.1';
  if (net.isIP(metricsHost) === 0 && !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/i.test(metricsHost)) {
    throw new Error(
      `NOTICEBOARD_METRICS_HOST must be an address (127.0.0.1, 0.0.0.0, ::) or a host name, got "${env.NOTICEBOARD_METRICS_HOST}"`,
    );
  }
  if (env.NOTICEBOARD_SMTP_URL && !/^smtps?:\/\//.test(env.NOTICEBOARD_SMTP_URL))
    throw new Error('NOTICEBOARD_SMTP_URL must start with smtp:// or smtps://');
  return {
    port,
    publicUrl,
    host: env.HOST || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL || null,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || null,
    dataDir: path.resolve(env.NOTICEBOARD_DATA_DIR || path.join(repoRoot, '.data', 'postgres')),
    appRole,
    sessionTtlHours: intFrom(env.NOTICEBOARD_SESSION_TTL_HOURS, 24 * 14, 'NOTICEBOARD_SESSION_TTL_HOURS'),
    adminEmail: env.NOTICEBOARD_ADMIN_EMAIL || null,
    adminPassword: env.NOTICEBOARD_ADMIN_PASSWORD || null,
    seedDemo: env.NOTICEBOARD_SEED_DEMO !== 'false',
    migrateOnStart: booleanFrom(env.NOTICEBOARD_MIGRATE_ON_START, true, 'NOTICEBOARD_MIGRATE_ON_START'),
    // Tests make every call from one address: per-IP limits are high there, per-tenant ones as in production.
    rateLimits: {
      publicWritesPerIp: intFrom(
        env.NOTICEBOARD_RATE_PUBLIC_WRITES_PER_IP,
        env.NODE_ENV === 'test' ? 100_000 : 60,
        'NOTICEBOARD_RATE_PUBLIC_WRITES_PER_IP',
      ),
      publicWritesPerTenant: intFrom(
        env.NOTICEBOARD_RATE_PUBLIC_WRITES_PER_TENANT,
        env.NODE_ENV === 'test' ? 40 : 1200,
        'NOTICEBOARD_RATE_PUBLIC_WRITES_PER_TENANT',
      ),
      // Tests that count the tenant budget from one address (the shared test server) expect every write to draw from it.
      publicWritesFreePerAddress: intFrom(
        env.NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS,
        env.NODE_ENV === 'test' ? 0 : 5,
        'NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS',
      ),
      publicReadsPerIp: intFrom(
        env.NOTICEBOARD_RATE_PUBLIC_READS_PER_IP,
        env.NODE_ENV === 'test' ? 100_000 : 1200,
        'NOTICEBOARD_RATE_PUBLIC_READS_PER_IP',
      ),
      anonymousGraphqlPerIp: intFrom(
        env.NOTICEBOARD_RATE_ANONYMOUS_GRAPHQL_PER_IP,
        env.NODE_ENV === 'test' ? 100_000 : 30,
        'NOTICEBOARD_RATE_ANONYMOUS_GRAPHQL_PER_IP',
      ),
      loginFailuresPerEmail: intFrom(
        env.NOTICEBOARD_RATE_LOGIN_FAILURES_PER_EMAIL,
        5,
        'NOTICEBOARD_RATE_LOGIN_FAILURES_PER_EMAIL',
      ),
    },
    trustProxy: trustProxyFrom(env.NOTICEBOARD_TRUST_PROXY),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    worker,
    // Tests poll and retry quickly; they wait for conditions, never for a fixed time.
    queuePollSeconds: secondsFrom(
      env.NOTICEBOARD_QUEUE_POLL_SECONDS,
      env.NODE_ENV === 'test' ? 0.5 : 2,
      0.5,
      'NOTICEBOARD_QUEUE_POLL_SECONDS',
    ),
    retryDelaySeconds: secondsFrom(
      env.NOTICEBOARD_RETRY_DELAY_SECONDS,
      env.NODE_ENV === 'test' ? 0.2 : 60,
      0,
      'NOTICEBOARD_RETRY_DELAY_SECONDS',
    ),
    smtpUrl: env.NOTICEBOARD_SMTP_URL || null,
    mailFrom: env.NOTICEBOARD_MAIL_FROM || 'Noticeboard <noreply@noticeboard.local>',
    publicCacheMb: intFrom(env.NOTICEBOARD_PUBLIC_CACHE_MB, 64, 'NOTICEBOARD_PUBLIC_CACHE_MB'),
    metrics: metricsPort === 0 ? null : { port: metricsPort, host: metricsHost },
  };
}
