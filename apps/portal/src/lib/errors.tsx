import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { Link } from 'react-router';

/** What to tell a person for each `extensions.code` the API throws. */
const CODE_MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'This could not be found. It may have been deleted, or you may not have access to it.',
  BAD_USER_INPUT: 'Some of what was entered is not valid.',
  CONFLICT: 'Someone else changed this at the same time. Reload and try again.',
  UNAVAILABLE: 'The service is briefly unavailable. Try again in a moment.',
  INTERNAL: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
};

export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return String(error.errors[0]?.extensions?.code ?? 'INTERNAL');
  if (ServerError.is(error))
    return error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 403 ? 'FORBIDDEN' : 'UNAVAILABLE';
  return undefined;
}

export function friendlyMessage(error: unknown): string {
  if (needsTwoFactor(error)) return 'Two-factor sign-in is required here. Set it up on your Account page to continue.';
  const code = errorCode(error);
  if (code) return CODE_MESSAGES[code] ?? CODE_MESSAGES.INTERNAL!;
  return 'The server could not be reached. Check your connection and try again.';
}

/** Whether the API refused because the person must first set up two-factor sign-in (their agency, or a client's, requires it). */
export function needsTwoFactor(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.reason === 'TWO_FACTOR_REQUIRED');
}

/** Codes that asking again will not change: no retry button, a way home instead. */
const FINAL_CODES: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

/**
 * A friendly error; role="alert" so screen readers hear it. A passing failure offers to try again; a refusal that
 * would only repeat (no access, nothing there) offers the way back to the person's clients.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const code = errorCode(error);
  if (needsTwoFactor(error)) {
    return (
      <div className="notice notice-warning" role="alert">
        <p>{friendlyMessage(error)}</p>
        <p>
          <Link to="/account">Set up two-factor sign-in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>{friendlyMessage(error)}</p>
      {code && code !== 'INTERNAL' ? <p className="muted small">Code: {code}</p> : null}
      {code && FINAL_CODES.has(code) ? (
        <p>
          <Link to="/">Back to your clients</Link>
        </p>
      ) : onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export interface Problem {
  path: string;
  code: string;
  message: string;
}

/** Problems of a ValidationFailed result, by field path. */
export function problemsByPath(problems: readonly Problem[] | undefined): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const p of problems ?? []) map.set(p.path, [...(map.get(p.path) ?? []), p]);
  return map;
}

/** Problems whose path no field on the form shows (shown in the form's summary). */
export function unplaced(problems: readonly Problem[] | undefined, shown: readonly string[]): Problem[] {
  return (problems ?? []).filter((p) => !shown.some((s) => p.path === s || p.path.startsWith(`${s}.`)));
}

interface ValidationErrorJson {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorJson[];
}

/**
 * Problems from a thrown BAD_USER_INPUT (argument validation, e.g. a value too long), in the same shape as
 * ValidationFailed problems, so forms show both next to their fields.
 */
export function problemsFromError(error: unknown, inputPrefix = 'input'): Problem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: Problem[] = [];
  const walk = (items: readonly ValidationErrorJson[], prefix: string) => {
    for (const item of items) {
      const path = [prefix, item.property].filter(Boolean).join('.');
      for (const message of Object.values(item.constraints ?? {})) out.push({ path, code: 'INVALID_FORMAT', message });
      walk(item.children ?? [], path);
    }
  };
  for (const e of error.errors) {
    const list = e.extensions?.validationErrors;
    if (e.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(list)) walk(list as ValidationErrorJson[], '');
  }
  // The API validates the whole `input` argument; its fields are the form's paths.
  return out.map((p) => ({ ...p, path: p.path.replace(new RegExp(`^${inputPrefix}\\.`), '') }));
}
