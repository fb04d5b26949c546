import type { CookieDurationUnit, CookieKind } from '@noticeboard/domain';

/** When, during a scan, an item was first seen: before any interaction, or only once consent was given. */
export type ScanPhase = 'BEFORE_CONSENT' | 'AFTER_CONSENT';

export type SameSite = 'STRICT' | 'LAX' | 'NONE';

/** A cookie as the browser held it at the end of a phase. */
export interface ObservedCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; null for a session cookie. */
  expires: number | null;
  /** Seconds from the scan to its expiry; null for a session cookie. */
  lifetimeSeconds: number | null;
  /**
   * Whether the lifetime is the browser's cap (400 days, RFC 6265bis): the site may have asked for longer (Google
   * Analytics asks for 2 years), which the browser does not tell.
   */
  lifetimeCapped: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite: SameSite;
  thirdParty: boolean;
  phase: ScanPhase;
}

export interface ObservedStorageKey {
  kind: 'LOCAL_STORAGE' | 'SESSION_STORAGE';
  origin: string;
  key: string;
  thirdParty: boolean;
  phase: ScanPhase;
}

/** A lifetime in the units a policy states it in; null amount and unit for a session cookie. */
export interface CookieDuration {
  durationAmount: number | null;
  durationUnit: CookieDurationUnit | null;
}

/** What the tenant declares, as far as matching needs it. */
export interface DeclaredCookie {
  id: string;
  name: string;
  describesGroup: boolean;
  provider: string;
  kind: CookieKind;
  durationAmount: number | null;
  durationUnit: CookieDurationUnit | null;
}

const DAY = 86_400;

/** Browsers keep no cookie longer than this (RFC 6265bis §5.5; Chromium since 104), whatever the site asks. */
export const BROWSER_MAX_LIFETIME_SECONDS = 400 * DAY;

/** A lifetime within a day of the cap counts as capped: the scan reads it a moment after the cookie was set. */
export const isCappedLifetime = (lifetimeSeconds: number | null) =>
  lifetimeSeconds !== null && lifetimeSeconds >= BROWSER_MAX_LIFETIME_SECONDS - DAY;

const SECONDS_PER_UNIT: Record<CookieDurationUnit, number> = {
  MINUTES: 60,
  HOURS: 3600,
  DAYS: DAY,
  MONTHS: 30 * DAY,
  YEARS: 365 * DAY,
};

/**
 * A lifetime stated as a policy would: whole years from 360 days, months from 28 days, then days, hours, minutes.
 * A cookie set for "2 years" by `Date` arithmetic is 730 or 731 days, so years round to the nearest whole one.
 */
export function durationOf(lifetimeSeconds: number | null): CookieDuration {
  if (lifetimeSeconds === null) return { durationAmount: null, durationUnit: null };
  const at = (amount: number, unit: CookieDurationUnit): CookieDuration => ({
    durationAmount: Math.max(1, Math.round(amount)),
    durationUnit: unit,
  });
  if (lifetimeSeconds >= 360 * DAY) return at(lifetimeSeconds / (365 * DAY), 'YEARS');
  if (lifetimeSeconds >= 28 * DAY) return at(lifetimeSeconds / (30 * DAY), 'MONTHS');
  if (lifetimeSeconds >= DAY) return at(lifetimeSeconds / DAY, 'DAYS');
  if (lifetimeSeconds >= 3600) return at(lifetimeSeconds / 3600, 'HOURS');
  return at(lifetimeSeconds / 60, 'MINUTES');
}

/** A host without its trailing dot, lower case, and the leading dot of a domain cookie removed. */
export const normalHost = (host: string) => host.toLowerCase().replace(/^\./, '').replace(/\.$/, '');

/**
 * Whether `host` belongs to the site of `siteHost`: the same host, a subdomain of it, or a parent domain of it
 * other than a bare top-level label (`www.example.com` and `.example.com` are one site). Without a public suffix
 * list this never joins two registrable domains (`a.co.uk` and `b.co.uk` stay apart), at the price of calling
 * `shop.example.com` third party to `www.example.com`.
 */
export function sameSite(host: string, siteHost: string): boolean {
  const [a, b] = [normalHost(host), normalHost(siteHost).replace(/^www\./, '')];
  return a === b || a.endsWith(`.${b}`) || (a.includes('.') && b.endsWith(`.${a}`));
}

/** Names common services give their cookies, for the proposal of an undeclared one's kind. */
const KNOWN_KINDS: ReadonlyArray<[RegExp, CookieKind]> = [
  [
    /^(_ga|_gid|_gat|_ga_.+|_gat_.+|__utm[a-z]|_hj.+|_pk_(id|ses)\..+|mp_.+_mixpanel|ajs_.+|_clck|_clsk)$/i,
    'ANALYTICS',
  ],
  [
    /^(_fbp|_fbc|fr|_gcl_.+|IDE|test_cookie|NID|_uetsid|_uetvid|MUID|_ttp|li_.+|bcookie|personalization_id)$/i,
    'MARKETING',
  ],
  [
    /^(PHPSESSID|JSESSIONID|ASP\.NET_SessionId|connect\.sid|session|sessionid|csrftoken|XSRF-TOKEN|__cf_bm|__Host-.+|__Secure-.+)$/i,
    'STRICTLY_NECESSARY',
  ],
];

/**
 * A proposed kind for a cookie nobody declared: the kind its name is known for, else functional when first party
 * and set before consent, marketing otherwise (a third party setting cookies is most often advertising). Only a
 * proposal: the person adding it decides.
 */
export function proposedKind(c: Pick<ObservedCookie, 'name' | 'thirdParty' | 'phase'>): CookieKind {
  const known = KNOWN_KINDS.find(([pattern]) => pattern.test(c.name));
  if (known) return known[1];
  if (c.thirdParty) return 'MARKETING';
  return c.phase === 'BEFORE_CONSENT' ? 'FUNCTIONAL' : 'ANALYTICS';
}

/**
 * A declared name as a pattern: `*` and a placeholder in angle brackets (`_ga_<container-id>`) stand for one or
 * more characters; everything else is literal. Cookie names are compared case-insensitively, as the cookie list
 * refuses two names differing only in case.
 */
export function declaredNamePattern(name: string): RegExp {
  const parts = name.trim().split(/(\*|<[^<>]*>)/);
  const source = parts.map((part, i) => (i % 2 === 1 ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'i');
}

export interface CookieMatch {
  declaredId: string;
  declaredName: string;
  /** The observed cookie names it matched, sorted. */
  observedNames: string[];
  /** Whether the longest observed lifetime differs from the declared duration (rounded as policies state it). */
  durationDiffers: boolean;
  observedDuration: CookieDuration;
}

export interface UndeclaredCookie extends ObservedCookie {
  proposedKind: CookieKind;
  proposedDuration: CookieDuration;
  /** The catalog service documented to set a cookie of this name, whose kind and duration are then proposed. */
  knownService: { service: string; name: string; purpose: string } | null;
}

/** A cookie a catalog service documents (see the catalog's known cookies), for proposals. */
export interface DocumentedCookie {
  service: string;
  cookie: { name: string; kind: CookieKind; purpose: string } & CookieDuration;
}

export interface CookieComparison {
  matches: CookieMatch[];
  undeclared: UndeclaredCookie[];
  /** Declared named cookies the scan never saw (a group entry is never matched by name, so never listed here). */
  notSeen: { declaredId: string; declaredName: string }[];
  /** Group entries ("Analytics cookies"): a scan cannot tell which cookies they cover. */
  groupsNotChecked: { declaredId: string; declaredName: string }[];
}

/** The longest lifetime among cookies, a session cookie counting as shortest. */
function longest(cookies: readonly ObservedCookie[]): number | null {
  const lasting = cookies.map((c) => c.lifetimeSeconds).filter((s): s is number => s !== null);
  return lasting.length ? Math.max(...lasting) : null;
}

/** The duration to propose for an observed cookie: its lifetime as a policy states it, or the cap in days. */
export function proposedDuration(c: Pick<ObservedCookie, 'lifetimeSeconds'>): CookieDuration {
  return isCappedLifetime(c.lifetimeSeconds)
    ? { durationAmount: BROWSER_MAX_LIFETIME_SECONDS / DAY, durationUnit: 'DAYS' }
    : durationOf(c.lifetimeSeconds);
}

/**
 * Whether an observed lifetime contradicts a declared duration: a session cookie against a lasting one or the
 * reverse, or lifetimes that state differently (rounded as policies state them). A capped lifetime agrees with any
 * declared duration of at least the cap.
 */
export function durationDiffers(lifetimeSeconds: number | null, declared: CookieDuration): boolean {
  if (lifetimeSeconds === null || declared.durationAmount === null || declared.durationUnit === null)
    return (lifetimeSeconds === null) !== (declared.durationAmount === null);
  if (isCappedLifetime(lifetimeSeconds))
    return declared.durationAmount * SECONDS_PER_UNIT[declared.durationUnit] < BROWSER_MAX_LIFETIME_SECONDS - DAY;
  const observed = durationOf(lifetimeSeconds);
  return observed.durationAmount !== declared.durationAmount || observed.durationUnit !== declared.durationUnit;
}

/**
 * Observed cookies against the declared ones. A declared entry matches by its exact name or by its pattern; an
 * observed cookie matched by any declared entry is declared. Cookies of one name set on several domains or paths
 * count once in `undeclared` (the first seen, i.e. the before-consent one if any).
 */
export function compareWithDeclared(
  observed: readonly ObservedCookie[],
  declared: readonly DeclaredCookie[],
  documented: readonly DocumentedCookie[] = [],
): CookieComparison {
  const documentedPatterns = documented.map((d) => ({ ...d, pattern: declaredNamePattern(d.cookie.name) }));
  const named = declared.filter((d) => !d.describesGroup);
  const patterns = named.map((d) => ({ declared: d, pattern: declaredNamePattern(d.name) }));
  const matches: CookieMatch[] = [];
  const notSeen: CookieComparison['notSeen'] = [];
  for (const { declared: d, pattern } of patterns) {
    const seen = observed.filter((c) => pattern.test(c.name));
    if (!seen.length) {
      notSeen.push({ declaredId: d.id, declaredName: d.name });
      continue;
    }
    const observedDuration = durationOf(longest(seen));
    matches.push({
      declaredId: d.id,
      declaredName: d.name,
      observedNames: [...new Set(seen.map((c) => c.name))].sort(),
      observedDuration,
      durationDiffers: durationDiffers(longest(seen), d),
    });
  }
  const undeclared: UndeclaredCookie[] = [];
  const listed = new Set<string>();
  for (const c of observed) {
    if (patterns.some(({ pattern }) => pattern.test(c.name)) || listed.has(c.name)) continue;
    listed.add(c.name);
    // A service's documentation says what the cookie is for and how long it lasts better than the name list does.
    const known = documentedPatterns.find((d) => d.pattern.test(c.name));
    undeclared.push({
      ...c,
      proposedKind: known?.cookie.kind ?? proposedKind(c),
      proposedDuration: known
        ? { durationAmount: known.cookie.durationAmount, durationUnit: known.cookie.durationUnit }
        : proposedDuration(c),
      knownService: known ? { service: known.service, name: known.cookie.name, purpose: known.cookie.purpose } : null,
    });
  }
  return {
    matches,
    undeclared,
    notSeen,
    groupsNotChecked: declared.filter((d) => d.describesGroup).map((d) => ({ declaredId: d.id, declaredName: d.name })),
  };
}

/** What a finished scan stores and shows: what the browser found, and how it compares with the declared cookies. */
export interface CookieScanReport {
  scan: CookieScanResultShape;
  comparison: CookieComparison;
}

/** The browser's findings (`CookieScanResult` of cookie-scan.browser.ts), as stored. */
export interface CookieScanResultShape {
  startUrl: string;
  startedAt: string;
  finishedAt: string;
  pages: { url: string; depth: number; phase: ScanPhase; status: number | null; error: string | null }[];
  cookies: ObservedCookie[];
  storage: ObservedStorageKey[];
  consent: { method: 'NOTICEBOARD_BANNER' | 'ACCEPT_SELECTOR' | 'NONE'; note: string | null };
  blockedHosts: { host: string; requests: number }[];
  truncated: boolean;
}
