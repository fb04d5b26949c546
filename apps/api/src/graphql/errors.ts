import { GraphQLError } from 'graphql';

/** The codes every thrown (exceptional) error carries in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401 };

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export const notFound = (what: string) => appError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'you are not allowed to do this') => appError('FORBIDDEN', message);
export const unauthenticated = (message = 'sign in first: send Authorization: Bearer <token>') =>
  appError('UNAUTHENTICATED', message);
export const twoFactorRequired = () =>
  appError('FORBIDDEN', 'the agency requires two-factor sign-in: set it up under Account first', {
    reason: 'TWO_FACTOR_REQUIRED',
  });
export const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  appError('BAD_USER_INPUT', message, extensions);

/** How long a client should wait before retrying while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

// 57014 and 25P03: the statement or idle-transaction timeouts ended it (db/request-transaction.ts); TRANSACTION_ENDED:
// the request's transaction was ended under it because its response was already over.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57014',
  '25P03',
  'TRANSACTION_ENDED',
]);

/**
 * Whether an error means the database cannot serve the request now (down, restarting, connection cut, pool wait
 * or statement timed out), as opposed to something wrong with the request: nothing of it was written.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code && UNREACHABLE_CODES.has(e.code)) return true;
  if (
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established/i.test(
      e.message ?? '',
    )
  )
    return true;
  return e.cause !== undefined && e.cause !== error && isDatabaseUnavailable(e.cause);
}

/** 503 with Retry-After: the client should come back shortly; nothing was written. */
export const unavailable = () =>
  appError('UNAVAILABLE', 'the service is briefly unavailable; try again shortly', {
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new Map([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]) },
  });

/** Postgres errors a user's input can cause, as typed errors instead of a 500; an unreachable database is a 503. */
export function fromDatabaseError(error: unknown): GraphQLError | null {
  if (isDatabaseUnavailable(error)) return unavailable();
  const e = error as { code?: string; constraint?: string; detail?: string };
  switch (e?.code) {
    case '23505':
      return appError('CONFLICT', 'this already exists', { constraint: e.constraint });
    case '23503':
      return appError('CONFLICT', 'this refers to something that does not exist or is still in use', {
        constraint: e.constraint,
      });
    case '22021': // a NUL or an invalid byte sequence in text: refused as input, never stored
    case '22P05':
      return badInput('text contains characters that cannot be stored (such as NUL)');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return badInput('a value has the wrong format or is out of range');
    default:
      return null;
  }
}

/** 429 with Retry-After. */
export const rateLimited = (retryAfterSeconds: number) =>
  appError('RATE_LIMITED', `too many attempts: try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  });

/** Input errors PostgreSQL reports for text a user sent (NUL, invalid UTF-8): a 400, not a 500. */
export function isBadTextError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '22021' || code === '22P05';
}
