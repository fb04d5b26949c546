import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { RateLimits } from '../config.js';
import { unavailable } from '../graphql/errors.js';
import type { Logger } from '../logger.js';

type Limiter = RateLimiterPostgres | RateLimiterMemory | null;

/**
 * Per-minute limits kept in PostgreSQL (`rate_limits`), so they count across every API process. A caller over a
 * limit gets 429 with Retry-After. If the counters cannot be reached the request goes on: the database being
 * down fails the request itself, with a clearer answer than a limiter error. Password checks are the exception:
 * their guard fails closed (UNAVAILABLE), since a guess the counters did not see is a guess for free.
 * Public reads are the exception: counted in each process's memory (see `publicReads`).
 */
export class RateLimiter {
  private readonly publicWritesPerIp: Limiter;
  private readonly publicWritesPerTenant: Limiter;
  private readonly publicWritesFreePerAddress: Limiter;
  private readonly publicReadsPerIp: Limiter;
  private readonly anonymousGraphqlPerIp: Limiter;
  private readonly loginFailuresPerEmail: Limiter;
  private readonly passwordChecksPerUser: Limiter;
  /** Requests already counted as public writes, which the public-read budget then leaves alone. */
  private readonly countedAsWrites = new WeakSet<Request>();
  /** GraphQL requests already counted against the anonymous budget. */
  private readonly countedAsAnonymous = new WeakSet<Request>();

  constructor(
    dataSource: DataSource,
    limits: RateLimits,
    private readonly logger: Logger,
  ) {
    const pool = (dataSource.driver as unknown as { master: unknown }).master;
    const make = (keyPrefix: string, points: number, duration = 60): RateLimiterPostgres | null =>
      points > 0
        ? new RateLimiterPostgres({
            storeClient: pool,
            storeType: 'pool',
            tableName: 'rate_limits',
            tableCreated: true,
            keyPrefix,
            points,
            duration,
          })
        : null;
    this.publicWritesPerIp = make('pw-ip', limits.publicWritesPerIp);
    this.publicWritesPerTenant = make('pw-tenant', limits.publicWritesPerTenant);
    this.publicWritesFreePerAddress = make('pw-free', limits.publicWritesFreePerAddress);
    this.publicReadsPerIp =
      limits.publicReadsPerIp > 0
        ? new RateLimiterMemory({ keyPrefix: 'pr-ip', points: limits.publicReadsPerIp, duration: 60 })
        : null;
    this.anonymousGraphqlPerIp = make('gql-anon-ip', limits.anonymousGraphqlPerIp);
    this.loginFailuresPerEmail = make('login-fail', limits.loginFailuresPerEmail, 15 * 60);
    // The same budget for a signed-in person's current-password guesses (changePassword), per user.
    this.passwordChecksPerUser = make('password-check', limits.loginFailuresPerEmail, 15 * 60);
  }

  /**
   * The password-check guard of one request. Each sign-in counts one point per email address (whoever tries)
   * BEFORE the password is checked, atomically (one upsert), so concurrent guesses cannot all pass a check that
   * none of them has recorded yet; a success deletes the address's points, so the limit is on failures in a row.
   * Past the limit the address is refused until the window ends, even with the right password, so guessing one
   * account's password from many addresses does not work. Each sign-in also counts against the client's anonymous
   * budget when the request was not counted as anonymous already (a token that authenticates does not buy extra
   * sign-ins). A signed-in person's current-password checks count the same way, per user. When the counters
   * cannot be reached the attempt is refused (UNAVAILABLE), never let through.
   */
  signInGuard(req: Request): SignInGuard {
    return {
      attempt: async (email) => {
        if (!this.countedAsAnonymous.has(req)) {
          const wait = await this.takeOrThrow(this.anonymousGraphqlPerIp, clientKey(req));
          if (wait) return wait;
        }
        return this.takeOrThrow(this.loginFailuresPerEmail, emailKey(email));
      },
      succeeded: (email) => this.forget(this.loginFailuresPerEmail, emailKey(email)),
      passwordCheck: (userId) => this.takeOrThrow(this.passwordChecksPerUser, userId),
      passwordMatched: (userId) => this.forget(this.passwordChecksPerUser, userId),
    };
  }

  /** One point of `limiter` for `key` where a password is checked: failing closed (UNAVAILABLE) without the counters. */
  private takeOrThrow(limiter: Limiter, key: string): Promise<number | null> {
    return this.take(limiter, key, 'closed');
  }

  /** After a password matched: its earlier points no longer count (a failure to forget only leaves them to expire). */
  private async forget(limiter: Limiter, key: string): Promise<void> {
    await limiter
      ?.delete(key)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'rate-limit counters unavailable; a successful sign-in still counts'),
      );
  }

  /**
   * Counts a request whose token did not authenticate against the anonymous budget (it cost a lookup, like a
   * sign-in attempt); seconds to wait when the client is over it, else null.
   */
  async unauthenticated(req: Request): Promise<number | null> {
    if (this.countedAsAnonymous.has(req)) return null;
    this.countedAsAnonymous.add(req);
    return this.take(this.anonymousGraphqlPerIp, clientKey(req));
  }

  /**
   * One point of `limiter` for `key`: seconds to wait when there is none left, else null. Without the counters it
   * fails open (null: the request goes on) or, where a password is checked, closed (UNAVAILABLE).
   */
  private async take(limiter: Limiter, key: string, fail: 'open' | 'closed' = 'open'): Promise<number | null> {
    if (!limiter) return null;
    try {
      await limiter.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      if (fail === 'open') return this.unavailable(rejection);
      this.logger.warn({ err: rejection }, 'rate-limit counters unavailable; refusing the password check');
      throw unavailable();
    }
  }

  private unavailable(error: unknown): null {
    this.logger.warn({ err: error }, 'rate-limit counters unavailable; letting the request through');
    return null;
  }

  /**
   * Writes to a tenant's public endpoints (posts, and the emailed links that change state): per client address and
   * per tenant. The tenant's budget is shared fairly: each address's first writes to the tenant in a minute
   * (`publicWritesFreePerAddress`, its own counter per tenant and address) do not draw from it, so junk from a few
   * addresses exhausts the budget among those addresses while visitors new to it are still served.
   */
  publicWrites(): RequestHandler {
    return (req, res, next) => {
      this.countedAsWrites.add(req);
      const slug = String(req.params.slug ?? '')
        .toLowerCase()
        .slice(0, 63);
      const client = clientKey(req);
      void this.consume(req, res, next, [
        [this.publicWritesPerIp, client],
        [this.publicWritesPerTenant, slug, [this.publicWritesFreePerAddress, `${slug} ${client}`]],
      ]);
    };
  }

  /** Takes a point of `limiter` for `key` if one is left (false when there is none, or no limiter); throws when the counters cannot be reached. */
  private async pointLeft(limiter: Limiter, key: string): Promise<boolean> {
    if (!limiter) return false;
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }

  /**
   * Every other public request (policy pages, the embed script, forms): one generous budget per client address,
   * counted in this process's memory. These pages are loaded by every visitor of a client's website, often many
   * behind one address, and a shared counter would cost a database write per read; so the budget is per process
   * (N replicas allow up to N times it) and the edge (nginx `limit_req`, the ingress) keeps the shared limit.
   */
  publicReads(): RequestHandler {
    return (req, res, next) => {
      if (this.countedAsWrites.has(req)) return next();
      void this.consume(req, res, next, [[this.publicReadsPerIp, clientKey(req)]]);
    };
  }

  /** GraphQL calls without a token: in practice sign-in attempts. Calls with a token that fails are counted later (`unauthenticated`). */
  anonymousGraphql(): RequestHandler {
    return (req, res, next) => {
      if (req.headers.authorization) return next();
      this.countedAsAnonymous.add(req);
      void this.consume(req, res, next, [[this.anonymousGraphqlPerIp, clientKey(req)]]);
    };
  }

  /** Each check takes a point of its limiter, unless it names an allowance (a limiter and key) that still has one. */
  private async consume(
    req: Request,
    res: Response,
    next: NextFunction,
    checks: [Limiter, string, allowance?: [Limiter, string]][],
  ): Promise<void> {
    try {
      for (const [limiter, key, allowance] of checks) {
        if (!limiter || (allowance && (await this.pointLeft(...allowance)))) continue;
        await limiter.consume(key);
      }
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        const message = `too many requests: try again in ${seconds} s`;
        res
          .status(429)
          .json(
            req.path.startsWith('/graphql') || req.baseUrl === '/graphql'
              ? { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] }
              : { error: { code: 'RATE_LIMITED', message, retryAfterSeconds: seconds } },
          );
        return;
      }
      this.logger.warn({ err: rejection }, 'rate-limit counters unavailable; letting the request through');
    }
    next();
  }
}

/** Counts password checks before they run (see `RateLimiter.signInGuard`); each throws UNAVAILABLE when it cannot count. */
export interface SignInGuard {
  /** Counts a sign-in attempt for `email`: seconds until it may try again (nothing checked), or null to go on. */
  attempt(email: string): Promise<number | null>;
  /** The password matched: the address's attempts no longer count. */
  succeeded(email: string): Promise<void>;
  /** Counts a signed-in person's current-password check: seconds to wait, or null to go on. */
  passwordCheck(userId: string): Promise<number | null>;
  passwordMatched(userId: string): Promise<void>;
}

/** PostgreSQL stores no NUL, even in a key: such an address (which no account has) counts under its own stand-in key. */
const emailKey = (email: string) => email.trim().toLowerCase().replaceAll('\u0000', '\uFFFD').slice(0, 254);

/** The client's address: the connection's, or the one trusted proxies (NOTICEBOARD_TRUST_PROXY) forwarded. */
const clientKey = (req: Request): string => (req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 100);
