import { getDomain } from 'tldts';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { idList, isStorableText, optionalText, optionalUrl, requiredText } from '../common/fields.js';
import { problem, validateWith, type Problem, type Validated } from '../common/problem.js';

/** How the person gave their answer (kept with every event as part of the proof, GDPR Art. 7(1)). */
export const CONSENT_METHODS = ['BANNER', 'FORM', 'API', 'IMPORT'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A person's answer for one purpose. Withdrawal is its own choice so the history shows it as such. */
export const CONSENT_CHOICES = ['GRANTED', 'REFUSED', 'WITHDRAWN'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

/**
 * Characters of a consent event's text fields (the idempotency key: its shortest and longest; the notice hash: the
 * length of SHA-256 in hex), and of the allowed website origins (each, and how many).
 */
export const CONSENT_LIMITS = {
  subjectId: 256,
  noticeText: 20_000,
  noticeHash: 64,
  language: 35,
  idempotencyKeyMin: 8,
  idempotencyKey: 255,
  origin: 300,
  allowedOrigins: 50,
  evidenceSource: 500,
} as const;

const sha256Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hash in hex (64 characters)' });

/** BCP 47 tag as browsers send it, e.g. `en`, `de-CH`, `zh-Hant-TW`. */
const languageTag = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, { error: 'must be a language tag such as en or de-CH' })
  .max(CONSENT_LIMITS.language)
  .nullish()
  .transform((v) => v ?? null);

const IDEMPOTENCY_KEY_LENGTH = `the idempotency key must be ${CONSENT_LIMITS.idempotencyKeyMin} to ${CONSENT_LIMITS.idempotencyKey} characters`;

/** One consent event as a website, form or integrator submits it. */
export const consentEventInput = z.object({
  subjectId: requiredText(CONSENT_LIMITS.subjectId, 'subject identifier'),
  granted: idList('granted purposes'),
  refused: idList('refused purposes'),
  withdrawn: idList('withdrawn purposes'),
  method: z.enum(CONSENT_METHODS, { error: `method must be one of ${CONSENT_METHODS.join(', ')}` }),
  policyVersion: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .nullish()
    .transform((v) => v ?? null),
  noticeText: optionalText(CONSENT_LIMITS.noticeText, 'notice text'),
  noticeHash: sha256Hex.nullish().transform((v) => v ?? null),
  pageUrl: optionalUrl,
  language: languageTag,
  idempotencyKey: z
    .string({ error: 'an idempotency key is required, so that a retried request is recorded once' })
    .trim()
    .min(CONSENT_LIMITS.idempotencyKeyMin, { error: IDEMPOTENCY_KEY_LENGTH })
    .max(CONSENT_LIMITS.idempotencyKey, { error: IDEMPOTENCY_KEY_LENGTH })
    .refine(isStorableText, {
      error: 'the idempotency key must not contain NUL characters or unpaired surrogates',
      params: { code: 'INVALID_FORMAT' },
    }),
  gpc: z.boolean().default(false),
  /** An imported consent: when the person gave it (an instant with its offset, not in the future). */
  givenAt: z.iso
    .datetime({ offset: true, error: 'givenAt must be an instant such as 2024-05-01T10:00:00Z' })
    .nullish()
    .transform((v) => (v ? new Date(v) : null)),
  /** An imported consent: where its evidence is kept (the system, file or record it was exported from). */
  evidenceSource: optionalText(CONSENT_LIMITS.evidenceSource, 'evidence source'),
});
export type ConsentEventInput = z.output<typeof consentEventInput>;

/** An event that answers nothing itself but carries Global Privacy Control: an opt-out of all sale/sharing. */
export const isGpcOnly = (e: Pick<ConsentEventInput, 'granted' | 'refused' | 'withdrawn' | 'gpc'>): boolean =>
  e.gpc && !e.granted.length && !e.refused.length && !e.withdrawn.length;

/**
 * Validates an event's shape and the rules between its fields; `hashText` gives the SHA-256 hex of a text, `now`
 * the present (an imported consent cannot have been given after it). An imported event (method IMPORT) must say
 * when the person gave the consent and where the evidence is; any other event is given now, so both are refused
 * there. A GPC-only event may leave out the notice: the signal answers no question (the live notice is kept).
 */
export function validateConsentEvent(
  input: unknown,
  hashText: (text: string) => string,
  now: Date = new Date(),
): Validated<ConsentEventInput> {
  return validateWith(consentEventInput, input, (e) => {
    const problems: Problem[] = [];
    if (!e.granted.length && !e.refused.length && !e.withdrawn.length && !e.gpc) {
      problems.push(problem('granted', 'REQUIRED', 'give at least one purpose that was granted, refused or withdrawn'));
    }
    if (e.method === 'IMPORT') {
      if (!e.givenAt)
        problems.push(problem('givenAt', 'REQUIRED', 'an imported consent needs the instant the person gave it'));
      else if (e.givenAt.getTime() > now.getTime())
        problems.push(problem('givenAt', 'NOT_ALLOWED', 'givenAt is in the future: a consent is imported once given'));
      if (!e.evidenceSource)
        problems.push(
          problem(
            'evidenceSource',
            'REQUIRED',
            'an imported consent needs the source of its evidence (system, file or record)',
          ),
        );
    } else {
      if (e.givenAt)
        problems.push(problem('givenAt', 'NOT_ALLOWED', 'givenAt is only for imported consents (method IMPORT)'));
      if (e.evidenceSource)
        problems.push(
          problem('evidenceSource', 'NOT_ALLOWED', 'evidenceSource is only for imported consents (method IMPORT)'),
        );
    }
    const seen = new Map<string, string>();
    for (const list of ['granted', 'refused', 'withdrawn'] as const) {
      e[list].forEach((id, i) => {
        const other = seen.get(id);
        if (other)
          problems.push(
            problem(`${list}.${i}`, 'INCONSISTENT', `a purpose cannot be both ${other} and ${list} in one event`),
          );
        seen.set(id, list);
      });
    }
    if (!e.noticeText && !e.noticeHash && !isGpcOnly(e)) {
      problems.push(
        problem(
          'noticeText',
          'REQUIRED',
          'give the exact text shown to the person (noticeText) or its SHA-256 hash (noticeHash)',
        ),
      );
    }
    if (e.noticeText && e.noticeHash && hashText(e.noticeText) !== e.noticeHash) {
      problems.push(problem('noticeHash', 'INCONSISTENT', 'noticeHash is not the SHA-256 of noticeText'));
    }
    return problems;
  });
}

/** What the engine needs to know of a purpose to accept answers for it. */
export interface ConsentPurpose {
  id: string;
  name: string;
  /** Legal basis is consent (GDPR Art. 6(1)(a) or 9(2)(a)). */
  reliesOnConsent: boolean;
  /** Selling or sharing personal information (CCPA § 1798.120): the Global Privacy Control signal opts out. */
  saleOrSharing: boolean;
}

export interface ConsentDecision {
  purposeId: string;
  choice: ConsentChoice;
  /** The refusal came from the Global Privacy Control signal, whatever the form said. */
  byGpc: boolean;
}

/**
 * Turns an event's lists into one decision per purpose. Only purposes that rely on consent, or that sell or
 * share personal information (an opt-out), take answers. With Global Privacy Control on, every sale/sharing
 * purpose is refused — also one the form claimed was granted, and also when the event answers nothing else (CCPA
 * regulations § 7025). `optedOutBySignal`: the sale/sharing purposes whose answer in force is a refusal the signal
 * made; a grant of one of them without the signal is recorded as a refusal by the signal, since the opt-out stands
 * unless the consumer consents in a way the signal does not contradict (§ 7025(c)).
 */
export function decideConsent(
  event: Pick<ConsentEventInput, 'granted' | 'refused' | 'withdrawn' | 'gpc'>,
  purposes: readonly ConsentPurpose[],
  optedOutBySignal: ReadonlySet<string> = new Set(),
): Validated<ConsentDecision[]> {
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  const decisions: ConsentDecision[] = [];
  const lists = [
    ['granted', 'GRANTED'],
    ['refused', 'REFUSED'],
    ['withdrawn', 'WITHDRAWN'],
  ] as const;
  for (const [list, choice] of lists) {
    event[list].forEach((id, i) => {
      const purpose = byId.get(id);
      if (!purpose) {
        problems.push(problem(`${list}.${i}`, 'UNKNOWN_REFERENCE', 'there is no such purpose'));
      } else if (!purpose.reliesOnConsent && !purpose.saleOrSharing) {
        problems.push(
          problem(
            `${list}.${i}`,
            'NOT_ALLOWED',
            `purpose "${purpose.name}" does not rely on consent, so there is nothing to grant or refuse`,
          ),
        );
      } else if (purpose.saleOrSharing && choice === 'GRANTED' && (event.gpc || optedOutBySignal.has(id))) {
        decisions.push({ purposeId: id, choice: 'REFUSED', byGpc: true });
      } else {
        decisions.push({ purposeId: id, choice, byGpc: false });
      }
    });
  }
  if (problems.length) return { ok: false, problems };
  if (event.gpc) {
    const mentioned = new Set(decisions.map((d) => d.purposeId));
    for (const p of purposes)
      if (p.saleOrSharing && !mentioned.has(p.id)) decisions.push({ purposeId: p.id, choice: 'REFUSED', byGpc: true });
  }
  return { ok: true, value: decisions };
}

export interface DatedDecision {
  purposeId: string;
  choice: ConsentChoice;
  at: Date;
  eventId: string;
}

export interface PurposeConsentState {
  purposeId: string;
  choice: ConsentChoice;
  since: Date;
  eventId: string;
}

/** A person's current answer per purpose: the latest decision for each (ties: the later event in the list). */
export function currentConsentState(history: readonly DatedDecision[]): PurposeConsentState[] {
  const latest = new Map<string, DatedDecision>();
  for (const d of history) {
    const seen = latest.get(d.purposeId);
    if (!seen || d.at.getTime() >= seen.at.getTime()) latest.set(d.purposeId, d);
  }
  return [...latest.values()].map((d) => ({
    purposeId: d.purposeId,
    choice: d.choice,
    since: d.at,
    eventId: d.eventId,
  }));
}

/** Whether a decision counts as consent in force. */
export const isConsentGiven = (choice: ConsentChoice | null | undefined): boolean => choice === 'GRANTED';

/**
 * Subject identifiers are compared after normalising: Unicode NFC, trimmed, and e-mail addresses lower-cased
 * (the same person must not get two histories because of letter case).
 */
export function normalizeSubjectId(subjectId: string): string {
  const s = subjectId.normalize('NFC').trim();
  return /^[^@\s]+@[^@\s]+$/.test(s) ? s.toLowerCase() : s;
}

/**
 * Keeps an IP address only to network precision, enough to show where an answer came from without identifying
 * a device: IPv4 to /24, IPv6 to /48. Null for something that is not an address.
 */
export function truncateIp(address: string | null | undefined): string | null {
  if (!address || !ipaddr.isValid(address)) return null;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.kind() === 'ipv4') {
    const [a, b, c] = (ip as ipaddr.IPv4).octets;
    return `${a}.${b}.${c}.0`;
  }
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 3);
  return ipaddr.IPv6.parse(`${parts.map((p) => p.toString(16)).join(':')}::`).toString();
}

/** `scheme://host[:port]` with the default port dropped, lower-case; null when `value` is not such an origin. */
function parseOrigin(
  value: string,
  allowWildcard: boolean,
): { scheme: string; wildcard: boolean; host: string } | null {
  const m = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?\/?$/i.exec(value);
  if (!m || (m[2] && !allowWildcard)) return null;
  const scheme = m[1]!.toLowerCase();
  const port = m[4] === undefined ? null : Number(m[4]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  const defaultPort = scheme === 'https' ? 443 : 80;
  const host = `${m[3]!.toLowerCase()}${port !== null && port !== defaultPort ? `:${port}` : ''}`;
  return { scheme, wildcard: !!m[2], host };
}

/**
 * Why a wildcard origin cannot be allowed: only over https, and only below a domain someone registers
 * (`https://*.example.com`), never a public suffix (`*.com`, `*.co.uk`, `*.github.io`, whose subdomains belong
 * to anyone), by the Public Suffix List (tldts, with its private section).
 */
function wildcardOriginProblem(origin: { scheme: string; host: string }): string | null {
  if (origin.scheme !== 'https') return 'a wildcard is allowed only over https, such as https://*.example.com';
  const hostname = origin.host.replace(/:\d+$/, '');
  if (!getDomain(hostname, { allowPrivateDomains: true }))
    return `*.${hostname} would allow every site under a public suffix: give the organisation's own domain, such as https://*.example.com`;
  return null;
}

/**
 * A website origin a tenant allows to record consents from the browser: `https://example.com`,
 * `http://localhost:3000`, or a wildcard for subdomains `https://*.example.com`. Returns the canonical form
 * (international domain names in their ASCII form, as browsers send them).
 */
export const websiteOrigin = z
  .string()
  .trim()
  .max(CONSENT_LIMITS.origin)
  .transform((value, ctx) => {
    const origin = parseOrigin(value, true);
    if (!origin) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be only scheme, host and port, such as https://www.example.com',
        params: { code: 'INVALID_FORMAT' },
      });
      return z.NEVER;
    }
    const wildcardProblem = origin.wildcard ? wildcardOriginProblem(origin) : null;
    if (wildcardProblem) {
      ctx.addIssue({ code: 'custom', message: wildcardProblem, params: { code: 'NOT_ALLOWED' } });
      return z.NEVER;
    }
    return `${origin.scheme}://${origin.wildcard ? '*.' : ''}${origin.host}`;
  });

export const consentSettingsInput = z.object({
  allowedOrigins: z
    .array(websiteOrigin)
    .max(CONSENT_LIMITS.allowedOrigins, { error: `at most ${CONSENT_LIMITS.allowedOrigins} origins` })
    .transform((origins) => [...new Set(origins)]),
});
export type ConsentSettingsInput = z.output<typeof consentSettingsInput>;

/** Whether a browser's `Origin` header is one of the allowed origins (exactly, or a subdomain of a wildcard). */
export function originAllowed(origin: string | null | undefined, allowed: readonly string[]): boolean {
  const parsed = origin ? parseOrigin(origin, false) : null;
  if (!parsed) return false;
  const canonical = `${parsed.scheme}://${parsed.host}`;
  return allowed.some((entry) => {
    if (entry === canonical) return true;
    const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(entry);
    return !!wildcard && wildcard[1] === parsed.scheme && parsed.host.endsWith(`.${wildcard[2]}`);
  });
}
