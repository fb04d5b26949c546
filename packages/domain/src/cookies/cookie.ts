import { z } from 'zod';
import { id, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';

export const COOKIE_KINDS = ['STRICTLY_NECESSARY', 'FUNCTIONAL', 'ANALYTICS', 'MARKETING'] as const;
export type CookieKind = (typeof COOKIE_KINDS)[number];

export const COOKIE_DURATION_UNITS = ['MINUTES', 'HOURS', 'DAYS', 'MONTHS', 'YEARS'] as const;
export type CookieDurationUnit = (typeof COOKIE_DURATION_UNITS)[number];

/** Characters of a cookie's text fields, and the longest duration (in its unit). */
export const COOKIE_LIMITS = { name: 200, provider: 200, purpose: 1000, durationAmount: 100_000 } as const;

/** A cookie or similar storage item. No duration means a session cookie. */
export const cookie = z.object({
  name: requiredText(COOKIE_LIMITS.name, 'cookie name'),
  provider: requiredText(COOKIE_LIMITS.provider, 'provider'),
  /** The recipient that sets it, when it is a third party of the policy. */
  recipientId: id.nullish().transform((v) => v ?? null),
  kind: z.enum(COOKIE_KINDS),
  durationAmount: z
    .number()
    .int()
    .min(1)
    .max(COOKIE_LIMITS.durationAmount)
    .nullish()
    .transform((v) => v ?? null),
  durationUnit: z
    .enum(COOKIE_DURATION_UNITS)
    .nullish()
    .transform((v) => v ?? null),
  purpose: requiredText(COOKIE_LIMITS.purpose, 'cookie purpose'),
  position,
});
export type Cookie = z.output<typeof cookie>;

export function cookieProblems(c: Cookie, recipientIds?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if ((c.durationAmount === null) !== (c.durationUnit === null)) {
    problems.push(
      problem('durationUnit', 'INCONSISTENT', 'give both an amount and a unit, or neither for a session cookie'),
    );
  }
  if (c.recipientId && recipientIds && !recipientIds.has(c.recipientId)) {
    problems.push(problem('recipientId', 'UNKNOWN_REFERENCE', 'no such recipient'));
  }
  return problems;
}

export function validateCookie(input: unknown, recipientIds?: ReadonlySet<string>): Validated<Cookie> {
  return validateWith(cookie, input, (c) => cookieProblems(c, recipientIds));
}

export function isSessionCookie(c: Pick<Cookie, 'durationAmount'>): boolean {
  return c.durationAmount === null;
}

/** Strictly necessary cookies are exempt from consent (ePrivacy Art. 5(3)); every other kind needs it. */
export function cookieNeedsConsent(c: Pick<Cookie, 'kind'>): boolean {
  return c.kind !== 'STRICTLY_NECESSARY';
}
