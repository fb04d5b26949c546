import { GraphQLError } from 'graphql';

/** The codes every thrown (exceptional) error carries in `extensions.code`. */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL'] as const;
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
export const badInput = (message: string, extensions: Record<string, unknown> = {}) =>
  appError('BAD_USER_INPUT', message, extensions);

/** Postgres errors a user's input can cause, as typed errors instead of a 500. */
export function fromDatabaseError(error: unknown): GraphQLError | null {
  const e = error as { code?: string; constraint?: string; detail?: string };
  switch (e?.code) {
    case '23505':
      return appError('CONFLICT', 'this already exists', { constraint: e.constraint });
    case '23503':
      return appError('CONFLICT', 'this refers to something that does not exist or is still in use', { constraint: e.constraint });
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return badInput('a value has the wrong format or is out of range');
    default:
      return null;
  }
}
