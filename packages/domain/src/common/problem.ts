import type { z } from 'zod';

/** Why a value was refused. Stable codes: clients branch on them, people read the message. */
export const PROBLEM_CODES = [
  'REQUIRED',
  'INVALID_FORMAT',
  'TOO_LONG',
  'OUT_OF_RANGE',
  'INCONSISTENT',
  'UNKNOWN_REFERENCE',
  'DUPLICATE',
  'NOT_ALLOWED',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One refused field. `path` is dotted from the input root, e.g. `offices.0.address.country`. */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function problem(path: string, code: ProblemCode, message: string): Problem {
  return { path, code, message };
}

function codeForIssue(issue: z.core.$ZodIssue): ProblemCode {
  // `input` is only on the issue because validateWith parses with `reportInput: true` (zod 4 drops it otherwise).
  const absent = issue.input === undefined || issue.input === null;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'TOO_LONG' : 'OUT_OF_RANGE';
    case 'too_small':
      return issue.minimum === 1 && (issue.origin === 'string' || issue.origin === 'array')
        ? 'REQUIRED'
        : 'OUT_OF_RANGE';
    case 'invalid_type':
    case 'invalid_value': // zod 4 reports a missing enum value as invalid_value, not invalid_type
      return absent ? 'REQUIRED' : 'INVALID_FORMAT';
    case 'custom':
      return (issue.params as { code?: ProblemCode } | undefined)?.code ?? 'INCONSISTENT';
    default:
      return 'INVALID_FORMAT';
  }
}

/** Runs a schema and turns its issues into problems; `extra` adds cross-field rules on the parsed value. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  extra?: (value: z.output<S>) => Problem[],
): Validated<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: codeForIssue(issue),
        message: issue.message,
      })),
    };
  }
  const problems = extra ? extra(parsed.data) : [];
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data };
}
