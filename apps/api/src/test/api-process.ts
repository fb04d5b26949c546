import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * The built API in processes of its own (what `pnpm start` and `pnpm cli` run), and databases of a test's own:
 * for tests about processes — replicas, restarts, kills, migrating as a deploy step.
 */

export const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LISTENING = /"url":"(http:\/\/[^"]+)".*"msg":"Noticeboard is listening"/;

export function built(file: 'main.js' | 'cli.js'): string {
  const full = path.join(apiRoot, 'dist', file);
  if (!fs.existsSync(full))
    throw new Error('build the API first (pnpm build): this test runs dist/ in separate processes');
  return full;
}

export interface BuiltRun {
  child: ChildProcess;
  /** The exit code and output, once it exits, or (code null) as soon as `until` appears in its output. */
  done: Promise<{ code: number | null; output: string }>;
  output(): string;
}

/** Runs a built entry point with the test settings plus `env`. */
export function runBuilt(
  file: 'main.js' | 'cli.js',
  args: string[],
  env: Record<string, string>,
  until?: RegExp,
): BuiltRun {
  const child = spawn(process.execPath, [built(file), ...args], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      NOTICEBOARD_SEED_DEMO: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let seen = !until;
  const done = new Promise<{ code: number | null; output: string }>((resolve) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      // Stop looking once seen: a process under load logs a line per request.
      if (!seen && until!.test(output)) {
        seen = true;
        resolve({ code: null, output });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, output }));
  });
  return { child, done, output: () => output };
}

/** A running `dist/main.js`. */
export interface ApiProcess {
  url: string;
  /** Its metrics listener, when NOTICEBOARD_METRICS_PORT turned it on. */
  metricsUrl: string | null;
  child: ChildProcess;
  output(): string;
}

/**
 * Starts `node dist/main.js` on the suite's test database (or the `DATABASE_URL` in `env`) and resolves once it
 * listens; `PORT` in `env` pins the port (a restart at the same address), else a free one is taken.
 */
export async function startApiProcess(name: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const databaseUrl = env.DATABASE_URL ?? inject('databaseUrl');
  const run = runBuilt(
    'main.js',
    [],
    { DATABASE_URL: databaseUrl, MIGRATION_DATABASE_URL: databaseUrl, ...env },
    LISTENING,
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`API process ${name} did not start:\n${run.output()}`)), 60_000);
  });
  const { code, output } = await Promise.race([run.done, timeout]).finally(() => clearTimeout(timer));
  const url = LISTENING.exec(output)?.[1];
  if (code !== null || !url) throw new Error(`API process ${name} exited with ${code} before listening:\n${output}`);
  const metricsUrl = /"metrics":"(http:\/\/[^"]+)"/.exec(output)?.[1] ?? null;
  return { url, metricsUrl, child: run.child, output: run.output };
}

/** A TCP port free on the loopback interface right now (for a setting that cannot say "any free port"). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const exited = (api: ApiProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (api.child.exitCode !== null || api.child.signalCode !== null)
      resolve({ code: api.child.exitCode, signal: api.child.signalCode });
    else api.child.once('exit', (code, signal) => resolve({ code, signal }));
  });

/** SIGTERM, as an orchestrator stops a process: resolves with its exit code once it has drained and exited. */
export async function stopApiProcess(api: ApiProcess): Promise<number | null> {
  const exit = exited(api);
  api.child.kill('SIGTERM');
  return (await exit).code;
}

/** SIGKILL, as the OOM killer or a lost node ends one: nothing in the process runs again. */
export async function killApiProcess(api: ApiProcess): Promise<NodeJS.Signals | null> {
  const exit = exited(api);
  api.child.kill('SIGKILL');
  return (await exit).signal;
}

export interface ScratchDatabase {
  url: string;
  /** Drops it, closing whatever connections are left. */
  drop(): Promise<void>;
}

async function asAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

let scratchCount = 0;
/** An empty database of the test's own on the test server, beside the suite's: what a first deploy meets. */
export async function emptyDatabase(label: string): Promise<ScratchDatabase> {
  const name = `noticeboard_${label}_${process.pid}_${Date.now()}_${scratchCount++}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
