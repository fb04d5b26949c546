import { z } from 'zod';
import { id, idList, position, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';
import {
  legalBasesOf,
  reliesOnConsent,
  type LegalBasis,
  type SpecialCategoryCondition,
} from '../purposes/legal-basis.js';

export const COOKIE_KINDS = ['STRICTLY_NECESSARY', 'FUNCTIONAL', 'ANALYTICS', 'MARKETING'] as const;
export type CookieKind = (typeof COOKIE_KINDS)[number];

export const COOKIE_DURATION_UNITS = ['MINUTES', 'HOURS', 'DAYS', 'MONTHS', 'YEARS'] as const;
export type CookieDurationUnit = (typeof COOKIE_DURATION_UNITS)[number];

/** Characters of a cookie's text fields, and the longest duration (in its unit). */
export const COOKIE_LIMITS = { name: 200, provider: 200, purpose: 1000, durationAmount: 100_000 } as const;

/**
 * A cookie or similar storage item, or a group of them described by category ("analytics cookies set by our
 * analytics provider") as many policies do without naming each cookie. No duration means a session cookie; for a
 * group the duration is the typical (longest usual) one.
 */
export const cookie = z.object({
  /** The cookie's name, or for a group the group's label ("Google Analytics cookies"). */
  name: requiredText(COOKIE_LIMITS.name, 'cookie name'),
  /** Whether the entry describes a group of cookies of its kind rather than one named cookie. */
  describesGroup: z.boolean().default(false),
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
  /**
   * The policy's purposes the cookie serves: their legal basis is the cookie's. Publishing needs at least one
   * (a completeness problem, so a draft without them stays editable).
   */
  purposeIds: idList('purposes'),
  position,
});
export type Cookie = z.output<typeof cookie>;
export type CookieInput = z.input<typeof cookie>;

/** What a cookie may refer to in the same tenant; a set left out is not checked. */
export interface CookieReferences {
  recipientIds?: ReadonlySet<string>;
  purposeIds?: ReadonlySet<string>;
}

export function cookieProblems(c: Cookie, refs: CookieReferences = {}): Problem[] {
  const { recipientIds, purposeIds } = refs;
  const problems: Problem[] = [];
  if ((c.durationAmount === null) !== (c.durationUnit === null)) {
    problems.push(
      problem('durationUnit', 'INCONSISTENT', 'give both an amount and a unit, or neither for a session cookie'),
    );
  }
  if (c.recipientId && recipientIds && !recipientIds.has(c.recipientId)) {
    problems.push(problem('recipientId', 'UNKNOWN_REFERENCE', 'no such recipient'));
  }
  if (purposeIds) {
    c.purposeIds.forEach((id, i) => {
      if (!purposeIds.has(id)) problems.push(problem(`purposeIds.${i}`, 'UNKNOWN_REFERENCE', 'no such purpose'));
    });
  }
  return problems;
}

export function validateCookie(input: unknown, refs?: CookieReferences): Validated<Cookie> {
  return validateWith(cookie, input, (c) => cookieProblems(c, refs));
}

export function isSessionCookie(c: Pick<Cookie, 'durationAmount'>): boolean {
  return c.durationAmount === null;
}

/** Strictly necessary cookies are exempt from consent (ePrivacy Art. 5(3)); every other kind needs it. */
export function cookieNeedsConsent(c: Pick<Cookie, 'kind'>): boolean {
  return c.kind !== 'STRICTLY_NECESSARY';
}

type PurposeBasis = {
  id: string;
  legalBasis: LegalBasis;
  additionalBases?: ReadonlyArray<{ legalBasis: LegalBasis }>;
  specialCategoryCondition: SpecialCategoryCondition | null;
};
/** A cookie's links to the purposes it serves. */
type ServesPurposes = { readonly purposeIds: readonly string[] };

/**
 * The purposes a cookie serves, in the order of `purposes` (the policy's). Snapshots published before cookies were
 * linked to purposes have no `purposeIds`: such a cookie serves no purpose the data can name.
 */
export function purposesOfCookie<P extends { id: string }>(c: ServesPurposes, purposes: readonly P[]): P[] {
  const ids = new Set(c.purposeIds ?? []);
  return purposes.filter((p) => ids.has(p.id));
}

/**
 * Whether the data shows a cookie is set only with consent: it serves at least one purpose, and every purpose it
 * serves relies on consent. A cookie that also serves a purpose on another basis is not "only with consent".
 */
export function cookieSetOnlyWithConsent(c: ServesPurposes, purposes: readonly PurposeBasis[]): boolean {
  const served = purposesOfCookie(c, purposes);
  // Every basis of every purpose: a purpose that rests partly on another basis (`additionalBases`) is not consent alone.
  return (
    served.length > 0 &&
    served.every((p) =>
      legalBasesOf(p).every((legalBasis) =>
        reliesOnConsent({ legalBasis, specialCategoryCondition: p.specialCategoryCondition }),
      ),
    )
  );
}

/**
 * Whether a policy may say "we set cookies that are not strictly necessary only with your consent": it has such
 * cookies, and each of them is set only with consent (`cookieSetOnlyWithConsent`). False without such cookies,
 * since the sentence would then say nothing true of the data.
 */
export function nonEssentialCookiesOnlyWithConsent(
  cookies: ReadonlyArray<Pick<Cookie, 'kind'> & ServesPurposes>,
  purposes: readonly PurposeBasis[],
): boolean {
  const needing = cookies.filter(cookieNeedsConsent);
  return needing.length > 0 && needing.every((c) => cookieSetOnlyWithConsent(c, purposes));
}
