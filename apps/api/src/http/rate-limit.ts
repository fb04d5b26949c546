import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RateLimits } from '../config.js';
import type { Logger } from '../logger.js';

type Limiter = RateLimiterPostgres | null;

/**
 * Per-minute limits kept in PostgreSQL (`rate_limits`), so they count across every API process. A caller over a
 * limit gets 429 with Retry-After. If the counters cannot be reached the request goes on: the database being
 * down fails the request itself, with a clearer answer than a limiter error.
 */
export class RateLimiter {
  private readonly publicWritesPerIp: Limiter;
  private readonly publicWritesPerTenant: Limiter;
  private readonly anonymousGraphqlPerIp: Limiter;

  constructor(
    dataSource: DataSource,
    limits: RateLimits,
    private readonly logger: Logger,
  ) {
    const pool = (dataSource.driver as unknown as { master: unknown }).master;
    const make = (keyPrefix: string, points: number): Limiter =>
      points > 0 ? new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix, points, duration: 60 }) : null;
    this.publicWritesPerIp = make('pw-ip', limits.publicWritesPerIp);
    this.publicWritesPerTenant = make('pw-tenant', limits.publicWritesPerTenant);
    this.anonymousGraphqlPerIp = make('gql-anon-ip', limits.anonymousGraphqlPerIp);
  }

  /** Posts to a tenant's public endpoints: per client address and per tenant. */
  publicWrites(): RequestHandler {
    return (req, res, next) => {
      const slug = String(req.params.slug ?? '').toLowerCase().slice(0, 63);
      void this.consume(req, res, next, [
        [this.publicWritesPerIp, clientKey(req)],
        [this.publicWritesPerTenant, slug],
      ]);
    };
  }

  /** GraphQL calls without a token: in practice sign-in attempts. */
  anonymousGraphql(): RequestHandler {
    return (req, res, next) => {
      if (req.headers.authorization) return next();
      void this.consume(req, res, next, [[this.anonymousGraphqlPerIp, clientKey(req)]]);
    };
  }

  private async consume(req: Request, res: Response, next: NextFunction, checks: [Limiter, string][]): Promise<void> {
    try {
      for (const [limiter, key] of checks) if (limiter) await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        const message = `too many requests: try again in ${seconds} s`;
        res.status(429).json(req.path.startsWith('/graphql') || req.baseUrl === '/graphql'
          ? { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] }
          : { error: { code: 'RATE_LIMITED', message, retryAfterSeconds: seconds } });
        return;
      }
      this.logger.warn({ err: rejection }, 'rate-limit counters unavailable; letting the request through');
    }
    next();
  }
}

/** The client address as the server sees it (behind a proxy, configure Express's `trust proxy`). */
const clientKey = (req: Request): string => (req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 100);
