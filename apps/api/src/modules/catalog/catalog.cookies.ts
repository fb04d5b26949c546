import type { CookieDurationUnit, CookieKind } from '@noticeboard/domain';
import { DEFAULT_CATALOG } from './catalog.defaults.js';

/** A cookie a service is documented to set, as the tenant's cookie list would state it. */
export interface KnownCookie {
  /** Its name; a placeholder in angle brackets stands for the part that varies (`_ga_<container-id>`). */
  name: string;
  kind: CookieKind;
  /** Null for a session cookie. */
  durationAmount: number | null;
  durationUnit: CookieDurationUnit | null;
  /** What it does, in the service's documentation's words (English, as the catalog). */
  purpose: string;
}

/**
 * The cookies the services of the default catalog document, by entry name: Google's "Google Analytics cookie usage
 * on websites" (GA4 with gtag.js), Google's "How Google uses cookies" (reCAPTCHA), HubSpot's "Cookies set by
 * HubSpot" (the tracking code). Services that set no cookie of their own on the customer's site (Google Tag
 * Manager, hosting, CRMs used without a site script) have none.
 */
const KNOWN_COOKIES: Record<string, readonly KnownCookie[]> = {
  'google analytics': [
    {
      name: '_ga',
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose: 'Distinguishes users.',
    },
    {
      name: '_ga_<container-id>',
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose: 'Persists session state.',
    },
  ],
  recaptcha: [
    {
      name: '_GRECAPTCHA',
      kind: 'STRICTLY_NECESSARY',
      durationAmount: 6,
      durationUnit: 'MONTHS',
      purpose: 'Used by reCAPTCHA for its risk analysis, to tell humans from bots.',
    },
  ],
  hubspot: [
    {
      name: '__hstc',
      kind: 'ANALYTICS',
      durationAmount: 6,
      durationUnit: 'MONTHS',
      purpose:
        'The main cookie for tracking visitors: the domain, a user token and timestamps of the first, last and current visit, and the session count.',
    },
    {
      name: 'hubspotutk',
      kind: 'ANALYTICS',
      durationAmount: 6,
      durationUnit: 'MONTHS',
      purpose: "Keeps track of a visitor's identity; passed to HubSpot on form submission to de-duplicate contacts.",
    },
    {
      name: '__hssc',
      kind: 'ANALYTICS',
      durationAmount: 30,
      durationUnit: 'MINUTES',
      purpose: 'Keeps track of sessions, to decide whether to increase the session count and session timestamps.',
    },
    {
      name: '__hssrc',
      kind: 'ANALYTICS',
      durationAmount: null,
      durationUnit: null,
      purpose: 'Tells whether the visitor has restarted their browser, to start a new session.',
    },
  ],
};

/**
 * The cookies a catalog entry's service is known to set, found by the entry's name (the default catalog's names,
 * compared case-insensitively): an entry the agency renamed or added itself has none. A proposal only: adding them
 * to a tenant's cookie list stays the person's step.
 */
export function knownCookiesOf(entryName: string): KnownCookie[] {
  return [...(KNOWN_COOKIES[entryName.trim().toLowerCase()] ?? [])];
}

/** Every documented cookie with the default-catalog service that sets it (the entry's name as the catalog has it). */
export function allKnownCookies(): { service: string; cookie: KnownCookie }[] {
  return DEFAULT_CATALOG.map((d) => d.name).flatMap((service) =>
    knownCookiesOf(service).map((cookie) => ({ service, cookie })),
  );
}
