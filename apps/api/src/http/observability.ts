import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';

export interface PublicCacheStats {
  serving: boolean;
  bytes: number;
  hits: number;
  misses: number;
}

const QUIET = new Set(['/healthz', '/readyz']);

/** The request id: the caller's `X-Request-Id` when sane, else a new one; echoed on the response. */
export function requestId(req: Request, res: Response): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** One structured JSON line per request (method, route, status, time, request id); probes are not logged. */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: requestId,
    autoLogging: { ignore: (req) => QUIET.has((req as Request).path) },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.replace(/token=[^&]+/g, 'token=…'),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/** A route pattern, never the raw path: slugs, ids and tokens would make a label per request. */
function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (path !== undefined) return `${req.baseUrl}${Array.isArray(path) ? path.join('|') : String(path)}`;
  if (req.baseUrl) return req.baseUrl;
  return 'other';
}

/**
 * Prometheus metrics (served by `serveMetrics`, on a listener of their own, never the public port): requests and latencies by route and status, the database pool, the job queue's
 * depth, and the process's own (memory, event loop, GC). One registry per server, so processes report apart.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'noticeboard_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'noticeboard_http_request_duration_seconds',
    help: 'HTTP request duration by method and route.',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource, queueDepth: () => Promise<Record<string, number>> | null) {
    collectDefaultMetrics({ register: this.registry, prefix: 'noticeboard_' });
    const pool = (
      dataSource.driver as unknown as { master: { totalCount: number; idleCount: number; waitingCount: number } }
    ).master;
    new Gauge({
      name: 'noticeboard_db_pool_connections',
      help: 'Database pool connections by state (total, idle, waiting clients).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'noticeboard_queue_jobs_waiting',
      help: 'Background jobs waiting to run, per queue (this process works them only when NOTICEBOARD_WORKER=inline).',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        const depth = await queueDepth()?.catch(() => null);
        for (const [queue, n] of Object.entries(depth ?? {})) this.set({ queue }, n);
      },
    });
  }

  /** The public page cache: whether it serves (it LISTENs), what it holds, and how often it answered. */
  observePublicCache(stats: () => PublicCacheStats): void {
    new Gauge({
      name: 'noticeboard_public_cache_serving',
      help: '1 while the public page cache listens for publishes and answers from memory, else 0.',
      registers: [this.registry],
      collect() {
        this.set(stats().serving ? 1 : 0);
      },
    });
    new Gauge({
      name: 'noticeboard_public_cache_bytes',
      help: 'Bytes of published pages held in memory by the public page cache.',
      registers: [this.registry],
      collect() {
        this.set(stats().bytes);
      },
    });
    const counted = { hits: 0, misses: 0 };
    new Counter({
      name: 'noticeboard_public_cache_lookups_total',
      help: 'Public page lookups by result (hit: from memory; miss: from the database).',
      labelNames: ['result'],
      registers: [this.registry],
      collect() {
        const { hits, misses } = stats();
        this.inc({ result: 'hit' }, hits - counted.hits);
        this.inc({ result: 'miss' }, misses - counted.misses);
        Object.assign(counted, { hits, misses });
      },
    });
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.latency.startTimer();
      res.on('finish', () => {
        const route = routeOf(req);
        end({ method: req.method, route });
        this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }
}

/** The metrics listener: what it serves at, and how to stop it. */
export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text) on its own HTTP listener at `host:port` (port 0: a free one), apart from
 * the public app, so nothing a proxy forwards can reach it whatever the path's case or trailing slash; anything
 * else there is a 404.
 */
export async function serveMetrics(metrics: Metrics, host: string, port: number): Promise<MetricsListener> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if ((req.method !== 'GET' && req.method !== 'HEAD') || path !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) =>
        res
          .writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' })
          .end(req.method === 'HEAD' ? undefined : text),
      () => res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n'),
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
