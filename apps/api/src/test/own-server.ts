import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { poolOf } from '../db/pool-watch.js';
import { startServer, type App } from '../server.js';

/** What the database and the pool look like from outside: what a leak would show. */
export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
  /** Sessions of this server's pool that are inside a transaction between statements. */
  idleInTransaction: number;
  /**
   * Sessions with the pool's application_name on the test database idle in a transaction, of any server: shown
   * when a test fails, not asserted (the suite's own server serves other test files at the same time).
   */
  idleInTransactionAnyServer: number;
}

export interface LogLine {
  level: number;
  msg?: string;
  err?: { message?: string; type?: string };
  [key: string]: unknown;
}

/**
 * An API server of the test's own, in this process, on the suite's database, with its own small pool: what one
 * test does to it (exhausting or leaking connections, rate limits) cannot touch the suite's server or other
 * tests. `errors` collects every error-level log line it writes.
 */
export class OwnServer {
  private constructor(
    readonly app: App,
    readonly dataSource: DataSource,
    readonly admin: pg.Client,
    readonly errors: LogLine[],
    /** Backend process ids of every connection the pool ever opened (a leaked one included). */
    readonly pids: Set<number>,
    /** The data source's pool (kept: the data source forgets it when closed). */
    readonly pool: pg.Pool,
  ) {}

  static async start(opts: { poolSize: number; config?: (base: Config) => Partial<Config> }): Promise<OwnServer> {
    const url = inject('databaseUrl');
    const base = loadConfig({ ...process.env, DATABASE_URL: url, NODE_ENV: 'test' });
    const config: Config = { ...base, worker: 'off', seedDemo: false, ...opts.config?.(base) };
    const dataSource = await createDataSource(url, opts.poolSize).initialize();
    const pids = new Set<number>();
    const remember = (client: pg.PoolClient | pg.Client) => {
      const pid = (client as unknown as { processID?: number | null }).processID;
      if (pid) pids.add(pid);
    };
    poolOf(dataSource).on('connect', remember);
    for (const client of (poolOf(dataSource) as unknown as { _clients: pg.Client[] })._clients) remember(client);
    const errors: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line) errors.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    const app = await startServer(config, dataSource, pino({ level: 'error' }, sink), { port: 0 });
    const admin = new pg.Client({ connectionString: url, application_name: 'noticeboard-test-admin' });
    await admin.connect();
    return new OwnServer(app, dataSource, admin, errors, pids, poolOf(dataSource));
  }

  get url(): string {
    return this.app.url;
  }

  async state(): Promise<PoolState> {
    const { rows } = await this.admin.query<{ mine: string; any: string }>(
      `SELECT count(*) FILTER (WHERE pid = ANY ($1::int[])) AS mine, count(*) AS any FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'noticeboard-api' AND state = 'idle in transaction'`,
      [[...this.pids]],
    );
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
      idleInTransaction: Number(rows[0]!.mine),
      idleInTransactionAnyServer: Number(rows[0]!.any),
    };
  }

  /**
   * Waits (polling, up to `timeoutMs`) until every connection of the pool is back and idle, nobody waits for one
   * and no session of it is idle in a transaction; returns the last state seen, for the test to assert on.
   */
  async settled(timeoutMs = 5_000): Promise<PoolState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const state = await this.state();
      const whole = state.idle === state.total && state.waiting === 0 && state.idleInTransaction === 0;
      if (whole || Date.now() > deadline) return state;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    await this.app.stop().catch(() => undefined);
    this.app.httpServer.closeAllConnections();
    this.app.httpServer.close();
    await this.admin.end().catch(() => undefined);
    // The data source's end releases every query runner first and then waits for the pool's connections: a runner
    // marked released that still holds a connection (a leak) would make it spin, and a connection never given
    // back would make it wait, forever. The test fails on the leak; closing must not hang as well.
    const runners = (this.dataSource.driver as unknown as { connectedQueryRunners: { isReleased: boolean }[] })
      .connectedQueryRunners;
    if (this.dataSource.isInitialized && !runners.some((r) => r.isReleased))
      await Promise.race([this.dataSource.destroy().catch(() => undefined), sleep(2_000)]);
    for (const client of (this.pool as unknown as { _clients: pg.Client[] })._clients)
      await client.end().catch(() => undefined);
  }
}

/** Runs `work` over `items` with at most `parallel` at a time; results in order. */
export async function bounded<T, R>(
  items: readonly T[],
  parallel: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The request line and headers of a raw HTTP/1.1 request. */
export function requestHead(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string | number>,
): string {
  const { host } = new URL(url);
  const lines = [
    `${method} ${path} HTTP/1.1`,
    `Host: ${host}`,
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * Opens a raw TCP connection to the server, writes `data`, and destroys the socket after `destroyAfterMs`
 * (0: as soon as it is written) without reading the answer: a client that goes away.
 */
export function sendAndVanish(url: string, data: string | Buffer, destroyAfterMs = 0): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
    socket.write(data, () => {
      if (destroyAfterMs <= 0) socket.destroy();
      else setTimeout(() => socket.destroy(), destroyAfterMs);
    });
  });
}

/** Opens a raw TCP connection to the server and writes `data`; the caller destroys the socket when it chooses. */
export function sendRaw(url: string, data: string | Buffer): net.Socket {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
  socket.on('error', () => undefined);
  socket.write(data);
  return socket;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A POST whose body is written `chunkSize` bytes at a time, one chunk every `everyMs`: a slow client. */
export function dripPost(
  url: string,
  headers: Record<string, string>,
  body: string,
  chunkSize: number,
  everyMs: number,
): Promise<HttpAnswer> {
  const bytes = Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': String(bytes.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    let at = 0;
    const drip = () => {
      if (at >= bytes.length) {
        req.end();
        return;
      }
      req.write(bytes.subarray(at, at + chunkSize));
      at += chunkSize;
      setTimeout(drip, everyMs);
    };
    drip();
  });
}

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A `fetch` over node:http with a keep-alive agent, for tests that send thousands of small requests: it costs
 * this process (which also runs the server under test) about half of what the built-in fetch does. The body is
 * read whole before it resolves; `extraHeaders` go on every request.
 */
export function lightFetch(extraHeaders: Record<string, string> = {}, onStatus?: (status: number) => void) {
  return (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {
      ...Object.fromEntries(new Headers(init.headers).entries()),
      ...extraHeaders,
    };
    const body = init.body as string | Uint8Array | undefined | null;
    if (body !== undefined && body !== null) headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        String(input instanceof Request ? input.url : input),
        { method: init.method ?? 'GET', agent: keepAlive, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            onStatus?.(status);
            const h = new Headers();
            for (const [name, value] of Object.entries(res.headers))
              if (value !== undefined) h.set(name, Array.isArray(value) ? value.join(', ') : value);
            resolve(
              new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: h }),
            );
          });
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  };
}
