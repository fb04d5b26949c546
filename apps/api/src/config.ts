import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from src (tests) or dist (built). */
export const repoRoot = path.resolve(here, '../../..');

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** A real PostgreSQL server; unset means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | null;
  /** Connection used to run migrations (table owner); defaults to `databaseUrl`. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  /** The non-owner role application queries run as (row-level security applies to it). */
  appRole: string;
  sessionTtlHours: number;
  adminEmail: string | null;
  adminPassword: string | null;
  /** Create the demo agency and owner on an empty database. */
  seedDemo: boolean;
  logLevel: string;
  /** The origin public links point at (policy pages, embed snippet); defaults to this server. */
  publicUrl: string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appRole = env.NOTICEBOARD_APP_ROLE || 'noticeboard_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(appRole)) throw new Error('NOTICEBOARD_APP_ROLE must be a plain lower-case SQL identifier');
  const port = intFrom(env.PORT, 4000, 'PORT');
  const publicUrl = (env.NOTICEBOARD_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(publicUrl)) throw new Error('NOTICEBOARD_PUBLIC_URL must be an origin such as https://privacy.example.com');
  return {
    port,
    publicUrl,
    host: env.HOST || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL || null,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || null,
    dataDir: path.resolve(env.NOTICEBOARD_DATA_DIR || path.join(repoRoot, '.data', 'pglite')),
    appRole,
    sessionTtlHours: intFrom(env.NOTICEBOARD_SESSION_TTL_HOURS, 24 * 14, 'NOTICEBOARD_SESSION_TTL_HOURS'),
    adminEmail: env.NOTICEBOARD_ADMIN_EMAIL || null,
    adminPassword: env.NOTICEBOARD_ADMIN_PASSWORD || null,
    seedDemo: env.NOTICEBOARD_SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
