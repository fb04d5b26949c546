import { z } from 'zod';
import countries from 'i18n-iso-countries';

/**
 * Limits of the shared field kinds, in characters (list lengths for `idList`, a value for `position`). The API's
 * input decorators read the same numbers. `countryCode` and `plainDate` are the lengths of their forms.
 */
export const FIELD_LIMITS = {
  email: 254,
  url: 2048,
  phone: 40,
  position: 100_000,
  idList: 500,
  countryCode: 2,
  plainDate: 10,
} as const;

/** Characters of each address line. */
export const ADDRESS_LIMITS = { streetAddress: 300, locality: 120, region: 120, postalCode: 20 } as const;

// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether text can be stored and sent on as given: no NUL character (PostgreSQL text cannot hold one) and no
 * unpaired UTF-16 surrogate (UTF-8 cannot encode one; the database driver would silently replace it, so what is
 * stored would differ from what was checked). Any other character, including emoji and bidi marks, is text.
 */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** The refinement every free-text field carries: unstorable text is refused as INVALID_FORMAT. */
const storable = (what: string) =>
  [
    isStorableText,
    { error: `${what} must not contain NUL characters or unpaired surrogates`, params: { code: 'INVALID_FORMAT' } },
  ] as const;

/** Trimmed, required, single-line text of bounded length. */
export const requiredText = (max: number, what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} is required` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine(...storable(what));

/** Optional text: empty strings become null so "cleared" and "never set" are the same thing. */
export const optionalText = (max: number, what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .max(max, { error: `${what} must be at most ${max} characters` })
      .refine(...storable(what))
      .nullish()
      .transform((v) => v ?? null),
  );

export const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z
    .email({ error: 'must be an email address' })
    .max(FIELD_LIMITS.email)
    .transform((v) => v.toLowerCase()),
);
export const optionalEmail = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
  email.nullish().transform((v) => v ?? null),
);

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(FIELD_LIMITS.url, { error: `URL must be at most ${FIELD_LIMITS.url} characters` })
  // The URL parser quietly drops or encodes these, so "valid" would not mean "as typed"; the renderer will not
  // link such an address either. Spaces are written %20 in a URL.
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  .refine((v) => !/[\s\u0000-\u001f\u007f-\u009f]/.test(v) && isStorableText(v), {
    error: 'a URL must not contain spaces or control characters',
    params: { code: 'INVALID_FORMAT' },
    when: (payload) => payload.issues.length === 0, // one problem for "not a URL at all"
  });
export const optionalUrl = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
  httpUrl.nullish().transform((v) => v ?? null),
);

/** Phone numbers as people write them: digits, spaces and the usual punctuation, at least 5 digits. */
export const optionalPhone = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v),
  z
    .string()
    .max(FIELD_LIMITS.phone)
    .regex(/^\+?[0-9 ()./-]+$/, { error: 'must be a phone number (digits, spaces, + ( ) - . /)' })
    .refine((v) => v.replace(/\D/g, '').length >= 5, {
      error: 'must have at least 5 digits',
      params: { code: 'INVALID_FORMAT' },
    })
    .nullish()
    .transform((v) => v ?? null),
);

/** ISO 3166-1 alpha-2 country code, normalised to upper case. */
export const countryCode = z
  .string({ error: 'country is required' })
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => countries.isValid(v) && v.length === 2, {
    error: 'must be an ISO 3166-1 alpha-2 country code',
    params: { code: 'INVALID_FORMAT' },
  });

export function isCountryCode(value: string): boolean {
  return value.length === 2 && countries.isValid(value.toUpperCase());
}

/** Calendar date without time (YYYY-MM-DD), checked to exist. */
export const plainDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
export const optionalPlainDate = z.preprocess(
  (v) => (v === '' ? null : v),
  plainDate.nullish().transform((v) => v ?? null),
);

export const address = z.object({
  streetAddress: requiredText(ADDRESS_LIMITS.streetAddress, 'street address'),
  locality: requiredText(ADDRESS_LIMITS.locality, 'town or city'),
  region: optionalText(ADDRESS_LIMITS.region, 'region'),
  postalCode: optionalText(ADDRESS_LIMITS.postalCode, 'postal code'),
  country: countryCode,
});
export type Address = z.output<typeof address>;

export const position = z.number().int().min(0).max(FIELD_LIMITS.position).default(0);

/** Ids are UUIDs everywhere. */
export const id = z.uuid({ error: 'must be an id' }).transform((v) => v.toLowerCase());
export const idList = (what: string) =>
  z
    .array(id)
    .max(FIELD_LIMITS.idList, { error: `at most ${FIELD_LIMITS.idList} ${what}` })
    .default([])
    .refine((ids) => new Set(ids).size === ids.length, {
      error: `${what} must not repeat`,
      params: { code: 'DUPLICATE' },
    });
