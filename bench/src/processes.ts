import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { RAISED_RATE_LIMITS } from './settings.js';

const children = new Set<ChildProcess>();

/** Where the built API lives (`apps/api`), found through the workspace dependency. */
export const apiRoot = path.dirname(createRequire(import.meta.url).resolve('@noticeboard/api/package.json'));

export interface RunningApi {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `node dist/main.js` (what `pnpm start` runs) against `databaseUrl`, as `replicas.test.ts` does. */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApi> {
  const main = path.join(apiRoot, 'dist', 'main.js');
  if (!fs.existsSync(main))
    throw new Error('build the API first (pnpm build): the benchmarks run apps/api/dist/main.js');
  const port = await freePort();
  // BENCH_API_NODE_ARGS passes flags to the API's Node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see what limits it.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: apiRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MIGRATION_DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      // Request logging off by default: one JSON line per request would be measured too (BENCH_API_LOG_LEVEL=info).
      LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'warn',
      NOTICEBOARD_SEED_DEMO: 'false',
      // The job worker polls the database; the measured requests enqueue no job, so it would only add noise.
      NOTICEBOARD_WORKER: 'off',
      NOTICEBOARD_PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...RAISED_RATE_LIMITS,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.length < 200 && output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.length < 200 && output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output.join('')}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`the API did not become ready:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a program to completion, returning its output; fails with the output on a non-zero exit. */
export async function run(
  command: string,
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string } = {},
): Promise<string> {
  const child = spawn(command, args, {
    env: { ...process.env, ...opts.env },
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const out: string[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => out.push(c.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  children.delete(child);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out.join('')}`);
  return out.join('');
}

/** Starts a long-running program (nginx in the foreground) that `stopAllChildren` ends. */
export function startChild(command: string, args: string[]): { pid: number; stop(): Promise<void> } {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  return { pid: child.pid!, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Ends every process this benchmark started (each by its own handle). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

/** Where system daemons such as nginx live when the PATH of an unprivileged user leaves them out. */
const SYSTEM_PROGRAM_DIRS = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

/** `name` on the PATH or in the system program folders; null when it is not installed. */
export function findProgram(name: string, extraDirs: string[] = SYSTEM_PROGRAM_DIRS): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs]) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return null;
}

/** A PostgreSQL program (pgbench): in `pg_config --bindir` of the installed server first, else on the PATH. */
export function findPostgresProgram(name: string): string | null {
  const pgConfig = findProgram('pg_config');
  if (pgConfig) {
    const bindir = spawnSync(pgConfig, ['--bindir'], { encoding: 'utf8' }).stdout?.trim();
    if (bindir && fs.existsSync(path.join(bindir, name))) return path.join(bindir, name);
  }
  return findProgram(name, []);
}
