/**
 * Bad input, property-based: every validator the API calls, fed arbitrary values in its text fields (any unicode,
 * control characters, bidi marks, emoji, lone surrogates, markup, 100 kB strings) and arbitrary values of the
 * wrong type. Each run either validates into a value whose text fields keep the documented limits, or is refused
 * with typed problems (a path and a code from PROBLEM_CODES). Nothing throws.
 *
 * Seeds are fixed, so a failure reproduces; fast-check prints the shrunk counterexample.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAudience } from './audiences/audience.js';
import { validateClause } from './clauses/clause.js';
import { PROBLEM_CODES, validateWith, type Validated } from './common/problem.js';
import { consentSettingsInput, validateConsentEvent } from './consents/consent.js';
import { validateCookie } from './cookies/cookie.js';
import { validateDataCategory } from './data-categories/data-category.js';
import { JURISDICTIONS } from './jurisdictions/jurisdiction.js';
import { validatePolicySettings } from './policy/policy-settings.js';
import { validatePurpose } from './purposes/purpose.js';
import { validateRecipient } from './recipients/recipient.js';
import { computeDeadline, extendDeadline, EXTENSION_REASON_MAX } from './requests/deadline.js';
import { validateRequestIntake } from './requests/request-intake.js';
import { REQUEST_STATES, REQUEST_ACTIONS, transition, TRANSITION_REASON_MAX } from './requests/request-state.js';
import { REQUEST_TYPES } from './requests/request-type.js';
import { mergeTenantProfile, tenantProfile, validateTenantProfile } from './tenants/tenant.js';

const SEED = 20_261_122;
const RUNS = 150;
const options = (numRuns = RUNS) => ({ seed: SEED, numRuns });

// ---- arbitrary text ---------------------------------------------------------------------------------------------

/** Strings people (and attackers) actually send. */
const NASTY = [
  '<script>alert(1)</script>',
  '" onmouseover="x',
  "' onmouseover='x",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea><svg onload=alert(1)>',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200d\ufeff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇩🇪',
  'e\u0301',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  '\u00a0',
  '\u2028\u2029',
  '${process.env}',
  '{{constructor}}',
  '{name}',
  "'{'",
  '%s%n',
  '__proto__',
  "'; DROP TABLE audiences; --",
  '&amp;&#0;&#x110000;',
  'https://example.com/a b',
  'privacy@example.com',
  'ÄÖÜß',
  'مرحبا',
  'שלום',
  '日本語',
];

/** Any UTF-16 code unit, so lone surrogates occur. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 16 }) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
);
/** Repeats a piece to exactly `length` code units (a long string that is not just "xxxx"). */
const ofLength = (length: number) =>
  piece.map((p) => (p || 'x').repeat(Math.ceil(length / Math.max(1, (p || 'x').length))).slice(0, length));
export const anyText = fc.oneof(
  { weight: 12, arbitrary: fc.array(piece, { maxLength: 6 }).map((ps) => ps.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).chain(ofLength) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
);
/** Text around a field's limit, padded with whitespace that trimming removes. */
const aroundLimit = (max: number) =>
  fc
    .tuple(
      fc.integer({ min: Math.max(0, max - 2), max: max + 2 }),
      fc.constantFrom('', ' ', '\n\t '),
      fc.constantFrom('x', 'é', '😀', '<', '\u202e'),
    )
    .map(([n, pad, unit]) => pad + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + pad);
const notAString = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

// ---- what a valid value looks like ------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const NUL_OR_LONE_SURROGATE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Text PostgreSQL stores as given: no NUL, no unpaired surrogate (which UTF-8 cannot encode). */
const storable = (s: string) => !NUL_OR_LONE_SURROGATE.test(s);
/** Limits count characters (code points, as zod 4 measures), not UTF-16 units: an emoji is one character. */
const chars = (s: string) => [...s].length;
/** What the validators promise for accepted free text: trimmed, within its limit, storable. */
const acceptableText = (s: string, max: number) => s.trim().length >= 1 && chars(s.trim()) <= max && storable(s);

type Path = readonly (string | number)[];
interface TextField {
  path: Path;
  max: number;
  required: boolean;
  /** A cross-field rule depends on this field, so valid text alone does not decide acceptance. */
  dependent?: boolean;
}
interface FormatField {
  path: Path;
  /** What an accepted value must look like (null allowed where the field is optional). */
  valid: (value: unknown) => boolean;
  optional?: boolean;
}
interface Spec {
  name: string;
  validate: (input: unknown) => Validated<unknown>;
  base: Record<string, unknown>;
  text: TextField[];
  formats: FormatField[];
  /** An update: a top-level field given as undefined keeps its current value. */
  undefinedKeeps?: boolean;
}

const isEmail = (v: unknown) =>
  typeof v === 'string' &&
  v.length <= 254 &&
  v === v.toLowerCase() &&
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) &&
  storable(v);
const isUrl =
  (https = false) =>
  (v: unknown) =>
    typeof v === 'string' &&
    v.length <= 2048 &&
    (https ? /^https:\/\//i : /^https?:\/\//i).test(v) &&
    // eslint-disable-next-line no-control-regex -- a URL never carries whitespace or control characters
    !/[\s\u0000-\u001f\u007f-\u009f]/.test(v) &&
    storable(v) &&
    URL.canParse(v);
const isPhone = (v: unknown) =>
  typeof v === 'string' && v.length <= 40 && /^\+?[0-9 ()./-]+$/.test(v) && v.replace(/\D/g, '').length >= 5;
const isCountry = (v: unknown) => typeof v === 'string' && /^[A-Z]{2}$/.test(v);
const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);

const address = (country: string) => ({
  streetAddress: '1 Main Street',
  locality: 'Town',
  region: 'Shire',
  postalCode: 'AB1 2CD',
  country,
});
const addressText = (prefix: Path): TextField[] => [
  { path: [...prefix, 'streetAddress'], max: 300, required: true },
  { path: [...prefix, 'locality'], max: 120, required: true },
  { path: [...prefix, 'region'], max: 120, required: false },
  { path: [...prefix, 'postalCode'], max: 20, required: false },
];
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const TENANT_BASE = {
  legalName: 'Acme Ltd',
  tradingName: 'Acme',
  registrationNumber: '0123456',
  slug: 'acme-ltd',
  groupEntities: [
    { legalName: 'Acme GmbH', country: 'DE', registrationNumber: 'HRB 1', role: 'sales', address: address('DE') },
  ],
  offices: [{ label: 'Head office', registered: true, address: address('GB') }],
  contactEmail: 'privacy@acme.example',
  contactPhone: '+44 20 7946 0000',
  website: 'https://acme.example',
  dpo: { name: 'Dana', email: 'dpo@acme.example', phone: '+44 20 7946 0001', address: address('GB') },
  representatives: [{ region: 'EU', name: 'EU Rep', email: 'rep@eurep.example', address: address('IE') }],
  supervisoryAuthorities: [
    {
      name: 'ICO',
      country: 'GB',
      website: 'https://ico.org.uk',
      email: 'casework@ico.org.uk',
      phone: '0303 123 1113',
      address: address('GB'),
      jurisdictions: ['UK_GDPR'],
      establishment: 'Acme Ltd',
    },
  ],
  processorRole: { actsAsProcessor: true, services: 'the data customers upload', requestHandling: null },
  jurisdictions: ['EU_GDPR', 'UK_GDPR'],
  defaultLanguage: 'en',
};
const TENANT_TEXT: TextField[] = [
  { path: ['legalName'], max: 200, required: true },
  { path: ['tradingName'], max: 200, required: false },
  { path: ['registrationNumber'], max: 60, required: false },
  { path: ['groupEntities', 0, 'legalName'], max: 200, required: true },
  { path: ['groupEntities', 0, 'registrationNumber'], max: 60, required: false },
  { path: ['groupEntities', 0, 'role'], max: 300, required: false },
  ...addressText(['groupEntities', 0, 'address']),
  { path: ['offices', 0, 'label'], max: 120, required: true },
  ...addressText(['offices', 0, 'address']),
  { path: ['dpo', 'name'], max: 200, required: false },
  ...addressText(['dpo', 'address']),
  { path: ['representatives', 0, 'name'], max: 200, required: true },
  ...addressText(['representatives', 0, 'address']),
  { path: ['supervisoryAuthorities', 0, 'name'], max: 200, required: true },
  { path: ['supervisoryAuthorities', 0, 'establishment'], max: 200, required: false },
  ...addressText(['supervisoryAuthorities', 0, 'address']),
  { path: ['processorRole', 'services'], max: 1000, required: false },
];
const TENANT_FORMATS: FormatField[] = [
  {
    path: ['slug'],
    valid: (v) => typeof v === 'string' && /^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/.test(v) && !v.includes('--'),
  },
  { path: ['contactEmail'], valid: isEmail },
  { path: ['contactPhone'], valid: optional(isPhone) },
  { path: ['website'], valid: optional(isUrl()) },
  { path: ['dpo', 'email'], valid: optional(isEmail) },
  { path: ['dpo', 'phone'], valid: optional(isPhone) },
  { path: ['representatives', 0, 'email'], valid: optional(isEmail) },
  { path: ['supervisoryAuthorities', 0, 'website'], valid: optional(isUrl()) },
  { path: ['supervisoryAuthorities', 0, 'email'], valid: optional(isEmail) },
  { path: ['supervisoryAuthorities', 0, 'phone'], valid: optional(isPhone) },
  { path: ['supervisoryAuthorities', 0, 'country'], valid: isCountry },
  { path: ['groupEntities', 0, 'country'], valid: isCountry },
  { path: ['offices', 0, 'address', 'country'], valid: isCountry },
  { path: ['defaultLanguage'], valid: (v) => v === 'en' || v === 'de' || v === 'fr' },
];

const SPECS: Spec[] = [
  {
    name: 'tenant profile',
    validate: validateTenantProfile,
    base: TENANT_BASE,
    text: TENANT_TEXT,
    formats: TENANT_FORMATS,
  },
  {
    name: 'tenant profile update (merged into the current profile)',
    validate: (input) => mergeTenantProfile(tenantProfile.parse(TENANT_BASE), input as Record<string, unknown>),
    base: TENANT_BASE,
    text: TENANT_TEXT,
    formats: TENANT_FORMATS,
    undefinedKeeps: true,
  },
  {
    name: 'audience',
    validate: validateAudience,
    base: { name: 'Website visitors', description: 'People who visit our website.', position: 0 },
    text: [
      { path: ['name'], max: 120, required: true },
      { path: ['description'], max: 2000, required: false },
    ],
    formats: [],
  },
  {
    name: 'data category',
    validate: validateDataCategory,
    base: {
      name: 'Contact details',
      description: 'Name and email.',
      sources: ['SUBJECT'],
      sourceDetails: 'the person',
      requirement: 'VOLUNTARY',
      consequenceOfNotProviding: 'none',
      position: 1,
    },
    text: [
      { path: ['name'], max: 120, required: true },
      { path: ['description'], max: 2000, required: false },
      { path: ['sourceDetails'], max: 1000, required: false },
      { path: ['consequenceOfNotProviding'], max: 1000, required: false },
    ],
    formats: [],
  },
  {
    name: 'recipient',
    validate: (input) => validateRecipient(input, { dataCategoryIds: new Set([ID(1)]) }),
    base: {
      name: 'Analytics Inc.',
      role: 'INDEPENDENT_CONTROLLER',
      legalEntity: 'Analytics Incorporated',
      address: address('US'),
      country: 'US',
      processingCountries: ['IE', 'US'],
      service: 'web analytics',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails: 'module 1',
      dpaSignedOn: '2024-02-29',
      privacyPolicyUrl: 'https://analytics.example/privacy',
      optOutUrl: 'https://analytics.example/opt-out',
      dataCategoryIds: [ID(1)],
      position: 0,
    },
    text: [
      { path: ['name'], max: 200, required: true },
      { path: ['legalEntity'], max: 200, required: false },
      ...addressText(['address']),
      { path: ['service'], max: 1000, required: false },
      { path: ['transferDetails'], max: 2000, required: false },
    ],
    formats: [
      { path: ['country'], valid: optional(isCountry) },
      { path: ['address', 'country'], valid: isCountry },
      { path: ['privacyPolicyUrl'], valid: optional(isUrl()) },
      { path: ['optOutUrl'], valid: optional(isUrl()) },
      { path: ['dpaSignedOn'], valid: optional((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) },
    ],
  },
  {
    name: 'purpose (with retention)',
    validate: (input) =>
      validatePurpose(input, {
        audienceIds: new Set([ID(1)]),
        recipientIds: new Set([ID(2)]),
        dataCategories: new Map([[ID(3), { specialCategory: null }]]),
      }),
    base: {
      name: 'Website analytics',
      description: 'Counting visits.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'improving our website',
      automatedDecisionLogic: 'none in practice',
      audienceIds: [ID(1)],
      recipientIds: [ID(2)],
      dataCategoryIds: [ID(3)],
      retention: { period: { amount: 24, unit: 'MONTHS', trigger: 'COLLECTION' }, criteria: 'or until you object' },
      position: 0,
    },
    text: [
      { path: ['name'], max: 160, required: true },
      { path: ['description'], max: 4000, required: false },
      { path: ['legitimateInterest'], max: 2000, required: false, dependent: true },
      { path: ['legalObligation'], max: 1000, required: false, dependent: true },
      { path: ['automatedDecisionLogic'], max: 4000, required: false },
      { path: ['retention', 'criteria'], max: 2000, required: false },
    ],
    formats: [],
  },
  {
    name: 'cookie',
    validate: (input) => validateCookie(input, { recipientIds: new Set([ID(2)]) }),
    base: {
      name: '_ga',
      provider: 'Analytics Inc.',
      recipientId: ID(2),
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose: 'Distinguishes visitors.',
      position: 0,
    },
    text: [
      { path: ['name'], max: 200, required: true },
      { path: ['provider'], max: 200, required: true },
      { path: ['purpose'], max: 1000, required: true },
    ],
    formats: [{ path: ['recipientId'], valid: optional((v) => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v)) }],
  },
  {
    name: 'clause',
    validate: validateClause,
    base: { section: 'SECURITY', title: 'Certifications', body: 'We are **ISO 27001** certified.', position: 0 },
    text: [
      { path: ['title'], max: 200, required: false },
      { path: ['body'], max: 20_000, required: true },
    ],
    formats: [],
  },
  {
    name: 'policy settings',
    validate: validatePolicySettings,
    base: {
      rightsContactEmail: 'rights@acme.example',
      rightsContactUrl: 'https://acme.example/rights',
      rightsContactChannel: 'the customer portal',
      childrenMinimumAge: 16,
      securityMeasures: ['BACKUPS'],
      changeNotice: 'We email you.',
      policyUrl: 'http://www.acme.example/privacy',
      accentColor: '#0A7D5A',
    },
    text: [
      { path: ['rightsContactChannel'], max: 300, required: false },
      { path: ['changeNotice'], max: 1000, required: false },
    ],
    formats: [
      { path: ['rightsContactEmail'], valid: optional(isEmail) },
      { path: ['rightsContactUrl'], valid: optional(isUrl(true)) },
      { path: ['policyUrl'], valid: optional(isUrl()) },
      { path: ['accentColor'], valid: optional((v) => typeof v === 'string' && /^#[0-9a-f]{6}$/.test(v)) },
    ],
  },
  {
    name: 'consent event input',
    validate: (input) => validateConsentEvent(input, sha),
    base: {
      subjectId: 'visitor-1',
      granted: [ID(1)],
      refused: [ID(2)],
      method: 'BANNER',
      noticeText: 'We use analytics.',
      idempotencyKey: 'key-00000001',
      pageUrl: 'https://www.acme.example/',
      language: 'de-CH',
    },
    text: [
      { path: ['subjectId'], max: 256, required: true },
      { path: ['noticeText'], max: 20_000, required: false, dependent: true },
    ],
    formats: [
      {
        path: ['idempotencyKey'],
        valid: (v) => typeof v === 'string' && v === v.trim() && v.length >= 8 && v.length <= 255 && storable(v),
      },
      { path: ['noticeHash'], valid: optional((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)) },
      { path: ['pageUrl'], valid: optional(isUrl()) },
      {
        path: ['language'],
        valid: optional(
          (v) => typeof v === 'string' && v.length <= 35 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v),
        ),
      },
    ],
  },
  {
    name: 'request intake',
    validate: validateRequestIntake,
    base: {
      type: 'ACCESS',
      jurisdiction: 'EU_GDPR',
      requesterName: 'Ada Lovelace',
      email: 'ada@example.com',
      details: 'All my data, please.',
      promisedDays: 20,
    },
    text: [{ path: ['details'], max: 5000, required: false }],
    formats: [
      { path: ['email'], valid: isEmail },
      // A name is one line of text without markup or links (requester-name.test.ts has the cases), not any text.
      {
        path: ['requesterName'],
        valid: (v) =>
          typeof v === 'string' &&
          v === v.trim() &&
          chars(v) >= 1 &&
          chars(v) <= 200 &&
          storable(v) &&
          // eslint-disable-next-line no-control-regex -- control characters are what it refuses
          !/[\u0000-\u001f\u007f-\u009f\u2028\u2029<>]|:\/\/|www\./i.test(v),
      },
    ],
  },
];

// ---- helpers ----------------------------------------------------------------------------------------------------

const KEEP = Symbol('keep');
type Override = unknown | typeof KEEP;

const clone = <T>(value: T): T => structuredClone(value);
function getAt(value: unknown, path: Path): unknown {
  let v: unknown = value;
  for (const key of path) v = v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[key];
  return v;
}
function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let v: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) v = v[key] as Record<string | number, unknown>;
  v[path.at(-1)!] = value;
}
const dotted = (path: Path) => path.join('.');

/** A refusal is typed: at least one problem, each with a dotted path, a known code and a message. */
function expectTypedProblems(result: Validated<unknown>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(PROBLEM_CODES).toContain(p.code);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

const textValue = (max: number) =>
  fc.oneof(
    { weight: 8, arbitrary: anyText },
    { weight: 3, arbitrary: aroundLimit(max) },
    { weight: 1, arbitrary: notAString },
  );
const formatValue = fc.oneof({ weight: 8, arbitrary: anyText }, { weight: 1, arbitrary: notAString });

function overridesFor(spec: Spec) {
  const keep = fc.constant<Override>(KEEP);
  return fc.record({
    text: fc.tuple(
      ...spec.text.map((f) => fc.oneof({ weight: 2, arbitrary: keep }, { weight: 1, arbitrary: textValue(f.max) })),
    ),
    formats: fc.tuple(
      ...spec.formats.map(() => fc.oneof({ weight: 3, arbitrary: keep }, { weight: 1, arbitrary: formatValue })),
    ),
  });
}

// ---- properties -------------------------------------------------------------------------------------------------

describe.each(SPECS)('$name validator with arbitrary text', (spec) => {
  it('accepts the base value (so the properties below test the fields, not the base)', () => {
    expect(spec.validate(clone(spec.base))).toMatchObject({ ok: true });
  });

  it('validates into text within its limits, or refuses with typed problems; never throws', () => {
    fc.assert(
      fc.property(overridesFor(spec), ({ text, formats }) => {
        const input = clone(spec.base);
        text.forEach((v, i) => v !== KEEP && setAt(input, spec.text[i]!.path, v));
        formats.forEach((v, i) => v !== KEEP && setAt(input, spec.formats[i]!.path, v));
        const result = spec.validate(input);
        expectTypedProblems(result);
        const problemAt = (path: Path) =>
          result.ok ? [] : result.problems.filter((p) => p.path === dotted(path)).map((p) => p.code);

        let allAcceptable = true;
        spec.text.forEach((field, i) => {
          const keeps = text[i] === KEEP || (spec.undefinedKeeps && field.path.length === 1 && text[i] === undefined);
          const given = keeps ? getAt(spec.base, field.path) : text[i];
          const blank = given === null || given === undefined || (typeof given === 'string' && given.trim() === '');
          const acceptable =
            typeof given === 'string'
              ? blank
                ? !field.required
                : acceptableText(given, field.max)
              : blank && !field.required;
          if (!acceptable) allAcceptable = false;
          if (field.dependent && text[i] !== KEEP) allAcceptable = false; // a cross-field rule may still refuse it

          // The refusal names the field, with the right code.
          if (typeof given === 'string' && chars(given.trim()) > field.max)
            expect(problemAt(field.path)).toContain('TOO_LONG');
          if (field.required && blank) expect(problemAt(field.path)).toContain('REQUIRED');
          if (given !== null && given !== undefined && typeof given !== 'string')
            expect(problemAt(field.path)).toContain('INVALID_FORMAT');
          if (typeof given === 'string' && !blank && !storable(given) && chars(given.trim()) <= field.max) {
            expect(problemAt(field.path)).toContain('INVALID_FORMAT');
          }

          if (!result.ok) return;
          const out = getAt(result.value, field.path);
          if (blank) {
            expect(out).toBeNull();
            return;
          }
          // Accepted text is the input, trimmed; within the limit; storable.
          expect(out).toBe((given as string).trim());
          const s = out as string;
          expect(s.length).toBeGreaterThanOrEqual(1);
          expect(chars(s)).toBeLessThanOrEqual(field.max);
          expect(storable(s)).toBe(true);
        });
        if (formats.some((v) => v !== KEEP)) allAcceptable = false; // format fields decide for themselves

        if (allAcceptable) expect(result).toMatchObject({ ok: true });
        if (result.ok) {
          for (const field of spec.formats)
            expect(field.valid(getAt(result.value, field.path)), dotted(field.path)).toBe(true);
        }
      }),
      options(),
    );
  });

  it('refuses anything that is not its input shape with typed problems', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), (input) => {
        if (spec.name.includes('merged') && (input === null || typeof input !== 'object')) return; // the API always passes an object
        expectTypedProblems(spec.validate(input));
      }),
      options(100),
    );
  });
});

describe('consent settings: allowed origins', () => {
  it('canonicalises what it accepts to scheme://host[:port] or refuses it, never throws', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            anyText,
            fc.constantFrom(
              'https://www.example.com',
              'http://localhost:3000/',
              'https://*.Example.com',
              'HTTPS://[::1]:443',
            ),
          ),
          { maxLength: 5 },
        ),
        (origins) => {
          const result = validateWith(consentSettingsInput, { allowedOrigins: origins });
          expectTypedProblems(result);
          if (!result.ok) return;
          for (const o of result.value.allowedOrigins) {
            expect(o.length).toBeLessThanOrEqual(300);
            expect(o).toMatch(/^https?:\/\/(\*\.)?([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/);
          }
        },
      ),
      options(),
    );
  });
});

// ---- request deadlines and transitions with arbitrary strings ---------------------------------------------------

const DEADLINE = (() => {
  const r = computeDeadline({ jurisdiction: 'EU_GDPR', type: 'ACCESS', receivedAt: '2026-01-05' });
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();

describe('deadline inputs with arbitrary values', () => {
  it('computeDeadline never throws on arbitrary strings for dates, zones, regions and promises', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JURISDICTIONS),
        fc.constantFrom(...REQUEST_TYPES),
        fc.oneof(anyText, fc.date(), fc.constantFrom('2026-02-29', '2024-02-29', '0000-00-00', '9999-12-31')),
        fc.option(fc.oneof(anyText, fc.constantFrom('Europe/Berlin', 'utc', 'Etc/GMT+14', '+01:00')), {
          nil: undefined,
        }),
        fc.option(fc.oneof(anyText, fc.date()), { nil: null }),
        fc.option(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -0)), { nil: null }),
        fc.option(fc.oneof(anyText, fc.constantFrom('DE-BY', 'sct', 'US-CA', 'GB', 'XX-YY')), { nil: null }),
        (jurisdiction, type, receivedAt, timeZone, verifiedAt, promisedDays, holidayRegion) => {
          const result = computeDeadline({
            jurisdiction,
            type,
            receivedAt: receivedAt as string,
            timeZone,
            verifiedAt: verifiedAt as string | null,
            promisedDays,
            holidayRegion,
          });
          expectTypedProblems(result);
        },
      ),
      options(),
    );
  });

  it('extendDeadline and transition take arbitrary reasons: trimmed and storable within the limit, or refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, aroundLimit(2000)),
        fc.constantFrom(...REQUEST_STATES),
        fc.constantFrom(...REQUEST_ACTIONS),
        fc.option(anyText, { nil: null }),
        (reason, state, action, newDueOn) => {
          const extended = extendDeadline(DEADLINE, { noticeOn: '2026-01-10', reason, newDueOn });
          expectTypedProblems(extended);
          if (newDueOn === null && acceptableText(reason, EXTENSION_REASON_MAX)) expect(extended.ok).toBe(true);
          if (extended.ok) {
            const r = extended.value.extended!.reason;
            expect(r).toBe(reason.trim());
            expect(chars(r)).toBeLessThanOrEqual(EXTENSION_REASON_MAX);
            expect(storable(r)).toBe(true);
          }
          const moved = transition(state, action, {
            jurisdiction: 'EU_GDPR',
            type: 'ACCESS',
            reason,
            refusalGround: 'OTHER',
            deadline: DEADLINE,
            today: '2026-01-10',
            newDueOn,
          });
          expectTypedProblems(moved);
          if (moved.ok && moved.value.reason !== null) {
            expect(moved.value.reason).toBe(reason.trim());
            expect(chars(moved.value.reason)).toBeLessThanOrEqual(TRANSITION_REASON_MAX);
            expect(storable(moved.value.reason)).toBe(true);
          }
        },
      ),
      options(),
    );
  });
});
