/**
 * fast-check arbitraries for property tests: hostile text, and a whole policy snapshot with arbitrary strings in
 * every text field (also ones the domain's validators would refuse: a stored or imported snapshot is rendered as
 * it is). References between parts point at parts of the same snapshot, as the database guarantees.
 */
import {
  AUTHORISED_AGENT_PROOFS,
  CCPA_CATEGORIES,
  DPF_ENFORCEMENT_BODIES,
  PROCESSOR_REQUEST_HANDLING,
  RECOURSE_MECHANISM_KINDS,
  COOKIE_DURATION_UNITS,
  COOKIE_KINDS,
  DATA_SOURCES,
  JURISDICTIONS,
  LANGUAGES,
  LEGAL_BASES,
  POLICY_SCHEMA_VERSION,
  POLICY_SECTIONS,
  PROVISION_REQUIREMENTS,
  RECIPIENT_ROLES,
  REPRESENTATIVE_REGIONS,
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
  RESPONSE_TIME_UNITS,
  VOLUNTEERED_SPECIAL_DATA_HANDLING,
  SECURITY_MEASURES,
  SPECIAL_CATEGORIES,
  CRIMINAL_OFFENCE_AUTHORITIES,
  SPECIAL_CATEGORY_CONDITIONS,
  TRANSFER_SAFEGUARDS,
  type Address,
  type PolicySnapshot,
} from '@noticeboard/domain';
import fc from 'fast-check';
import { uuid } from './fixture.js';

/** Strings people and attackers actually send. */
export const NASTY = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '"><iframe src="javascript:alert(1)"></iframe>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<object data="data:text/html,x"></object><embed src=x>',
  '<style>*{display:none}</style>',
  '</style><script>alert(1)</script>',
  '<!-- x --><![CDATA[x]]>',
  '</textarea></title></p></article>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '&lt;&amp;&#0;&#x3C;script&#62;',
  '{name}',
  "'{'",
  '{count, plural, one {#} other {#}}',
  '<b>bold</b>',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  '\u200b\u200d\ufeff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇩🇪',
  'e\u0301',
  '\u0000',
  '\u0007\u001b[31m',
  '\u0085\u009b',
  '\ud800',
  '\udfff',
  '\r\n',
  '\r',
  '\n\n',
  '\n \t\n',
  '\t',
  '  ',
  '\u00a0',
  '\u2028\u2029',
  '# heading',
  '- item',
  '1. first',
  '**bold** _em_ `code`',
  '[link](javascript:alert(1))',
  '---',
  '> quote',
  '| a | b |',
  '%s${x}',
  'مرحبا',
  'שלום',
  '日本語',
  'ÄÖÜß',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
  { weight: 5, arbitrary: fc.constantFrom(...NASTY) },
);

/** Any text: short, hostile mixtures of the above and arbitrary code points / code units. */
export const anyText = fc.array(piece, { maxLength: 5 }).map((ps) => ps.join(''));
/** A long text (1 to 100 kB) made of one hostile piece repeated. */
export const longText = fc
  .tuple(piece, fc.integer({ min: 1_000, max: 100_000 }))
  .map(([p, n]) => (p || 'x').repeat(Math.ceil(n / Math.max(1, (p || 'x').length))).slice(0, n));
/** Text that is never empty (names, which a real snapshot always has). */
export const someText = anyText.map((s) => (s.trim() ? s : `x${s}`));

export const URLS = [
  'https://example.com/privacy',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/A',
  "https://example.com/?q=\"><script>alert(1)</script>&a='1'",
  'https://example.com/a b',
  'https://example.com/\u0000',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\u0000script:alert(1)',
  'JAVASCRIPT:alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/relative',
  'https:/evil.example',
  'https:\\\\evil.example',
  'mailto:a@b.example',
  'tel:+4912345',
];
export const anyUrl = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...URLS) }, { weight: 1, arbitrary: anyText });
export const anyEmail = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'privacy@example.com',
      'x@y"onmouseover="a',
      'javascript:alert(1)//@x.example',
      'a b@c.example',
      '<a@b.example>',
    ),
  },
  { weight: 1, arbitrary: anyText },
);
export const anyPhone = fc.oneof(fc.constantFrom('+44 20 7946 0000', '030 1234567', '+1 (555) 010-9999'), anyText);
const COUNTRIES = ['DE', 'GB', 'US', 'FR', 'IE', 'BR', 'CH', 'CA', 'IN', 'JP', 'LU', 'VN'];
export const anyCountry = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COUNTRIES) },
  { weight: 1, arbitrary: anyText },
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const subsetOf = <T>(values: readonly T[]) => fc.subarray([...values]);

export const anyAddress: fc.Arbitrary<Address> = fc.record({
  streetAddress: someText,
  locality: someText,
  region: nullable(anyText),
  postalCode: nullable(anyText),
  country: anyCountry,
});

const controller = fc.record({
  legalName: someText,
  tradingName: nullable(anyText),
  registrationNumber: nullable(anyText),
  slug: fc.constant('acme'),
  groupEntities: fc.array(
    fc.record({
      legalName: someText,
      country: anyCountry,
      registrationNumber: nullable(anyText),
      role: nullable(anyText),
      address: nullable(anyAddress),
    }),
    { maxLength: 2 },
  ),
  offices: fc.array(fc.record({ label: someText, address: anyAddress, registered: fc.boolean() }), { maxLength: 3 }),
  establishedIn: nullable(fc.constantFrom('GB', 'DE', 'VN', 'US')),
  contactEmail: anyEmail,
  contactPhone: nullable(anyPhone),
  website: nullable(anyUrl),
  dpo: nullable(
    fc.record({
      name: nullable(anyText),
      email: nullable(anyEmail),
      phone: nullable(anyPhone),
      address: nullable(anyAddress),
    }),
  ),
  representatives: fc.uniqueArray(
    fc.record({
      region: fc.constantFrom(...REPRESENTATIVE_REGIONS),
      name: someText,
      email: nullable(anyEmail),
      address: anyAddress,
    }),
    {
      maxLength: 3,
      selector: (r) => r.region,
    },
  ),
  supervisoryAuthority: nullable(
    fc.record({
      name: someText,
      country: anyCountry,
      website: nullable(anyUrl),
      email: nullable(anyEmail),
      phone: nullable(anyPhone),
      address: nullable(anyAddress),
    }),
  ),
  // Both forms: versions published before the list hold only the single authority (the list is then empty).
  supervisoryAuthorities: fc.array(
    fc.record({
      name: someText,
      country: anyCountry,
      website: nullable(anyUrl),
      email: nullable(anyEmail),
      phone: nullable(anyPhone),
      address: nullable(anyAddress),
      jurisdictions: fc.subarray([...JURISDICTIONS]),
      establishment: nullable(anyText),
    }),
    { maxLength: 3 },
  ),
  processorRole: fc.record({
    actsAsProcessor: nullable(fc.boolean()),
    services: nullable(anyText),
    requestHandling: nullable(fc.constantFrom(...PROCESSOR_REQUEST_HANDLING)),
  }),
  certifications: fc.array(
    fc.record({
      framework: fc.constant('DATA_PRIVACY_FRAMEWORK' as const),
      certifiedOn: fc.constantFrom('2023-07-17', '2024-10-01'),
      ukExtension: fc.boolean(),
      swissFramework: fc.boolean(),
      recourseMechanism: nullable(
        fc.record({
          kind: fc.constantFrom(...RECOURSE_MECHANISM_KINDS),
          name: nullable(anyText),
          url: nullable(anyUrl),
        }),
      ),
      enforcementBody: fc.constantFrom(...DPF_ENFORCEMENT_BODIES),
    }),
    { maxLength: 1 },
  ),
  jurisdictions: fc.subarray([...JURISDICTIONS], { minLength: 1 }),
  defaultLanguage: fc.constantFrom(...LANGUAGES),
});

const settings = fc.record({
  rightsContactEmail: nullable(anyEmail),
  rightsContactUrl: nullable(anyUrl),
  rightsContactChannel: nullable(anyText),
  childrenMinimumAge: nullable(fc.integer({ min: 1, max: 21 })),
  securityMeasures: subsetOf(SECURITY_MEASURES),
  automatedDecisionMaking: nullable(fc.boolean()),
  internationalTransfers: nullable(fc.boolean()),
  disclosesPersonalData: nullable(fc.boolean()),
  sellsOrSharesPersonalInformation: nullable(fc.boolean()),
  soldOrSharedInPreceding12Months: nullable(fc.boolean()),
  sensitivePersonalInformationOnlyForPermittedUses: nullable(fc.boolean()),
  rightsRequestsFreeOfCharge: nullable(fc.boolean()),
  sellsOrSharesPersonalInformationOfMinors: nullable(fc.boolean()),
  processesOptOutPreferenceSignals: nullable(fc.boolean()),
  operatesExclusivelyOnline: nullable(fc.boolean()),
  offersFinancialIncentives: nullable(fc.boolean()),
  tollFreeNumber: nullable(anyPhone),
  doNotSellOrShareUrl: nullable(anyUrl),
  limitSensitiveUseUrl: nullable(anyUrl),
  financialIncentiveNoticeUrl: nullable(anyUrl),
  authorisedAgentProof: nullable(fc.constantFrom(...AUTHORISED_AGENT_PROOFS)),
  verificationProcess: nullable(anyText),
  processesChildrensData: nullable(fc.boolean()),
  childrensDataTypes: nullable(anyText),
  parentalConsentProcess: nullable(anyText),
  accountablePersonName: nullable(anyText),
  accountablePersonTitle: nullable(anyText),
  accountablePersonEmail: nullable(anyEmail),
  changeNotice: nullable(anyText),
  policyUrl: nullable(anyUrl),
  sellsPersonalData: nullable(fc.boolean()),
  volunteeredSpecialCategoryData: nullable(fc.constantFrom(...VOLUNTEERED_SPECIAL_DATA_HANDLING)),
  dataAboutOthers: nullable(anyText),
  enquiryResponseTime: nullable(
    fc.record({ amount: fc.integer({ min: 1, max: 365 }), unit: fc.constantFrom(...RESPONSE_TIME_UNITS) }),
  ),
  generalRetention: nullable(
    fc.record({
      period: nullable(
        fc.record({
          amount: fc.integer({ min: 1, max: 1200 }),
          unit: fc.constantFrom(...RETENTION_UNITS),
          trigger: fc.constantFrom(...RETENTION_TRIGGERS),
        }),
      ),
      criteria: nullable(anyText),
    }),
  ),
  // Any subset, as stored: the renderer must not depend on which languages are published.
  publishedLanguages: fc.subarray([...LANGUAGES]),
  accentColor: nullable(
    fc.oneof(
      fc.constantFrom(
        '#0a7d5a',
        '#ABCDEF',
        'red;}</style><script>alert(1)</script>',
        '#123456;background:url(javascript:x)',
        'expression(alert(1))',
      ),
      anyText,
    ),
  ),
});

/** Picks of indices, turned into ids of parts that exist. */
const picks = fc.array(fc.nat(), { maxLength: 4 });
const idsFrom = (indices: readonly number[], ids: readonly string[]) =>
  ids.length ? [...new Set(indices.map((i) => ids[i % ids.length]!))].sort() : [];

const AUDIENCE = 0x1000;
const CATEGORY = 0x2000;
const PURPOSE = 0x3000;
const RECIPIENT = 0x4000;
const COOKIE = 0x5000;
const CLAUSE = 0x6000;

/** Clause markdown: arbitrary text and markdown made to smuggle markup, links and images through. */
export const MARKDOWN_ATTACKS = [
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1) "title")',
  '[click](jav&#x61;script:alert(1))',
  '[click](java%0ascript:alert(1))',
  '[click](<javascript:alert(1)>)',
  '[click](data:text/html;base64,PHNjcmlwdD4=)',
  '[click](vbscript:msgbox(1))',
  '[click](//evil.example)',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<https://ok.example/?a="b">',
  'www.evil.example/<script>',
  '![pixel](https://evil.example/pixel.gif)',
  '![x](javascript:alert(1) "t")',
  '![alt <script>](x)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data=x></object>',
  '<embed src=x>',
  '<style>body{display:none}</style>',
  '<div style="position:fixed">x</div>',
  '<form action="https://evil.example"><button formaction="javascript:alert(1)">x</button></form>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!-- comment --><![CDATA[x]]>',
  '<details open ontoggle=alert(1)>',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '    <script>indented code</script>',
  '# <script>heading</script>',
  '> <img src=x onerror=alert(1)>',
  '- [ ] task <b>x</b>\n- [x] done',
  '| a | <script> |\n|---|---|\n| <img src=x> | [x](javascript:y) |',
  '**[x](javascript:y)**',
  '&lt;script&gt;&#106;avascript:&#x0;&#xD800;&#1114112;',
  '[a](https://ok.example/"onmouseover="x)',
  '[a](mailto:x@y.example?subject=<script>)',
  '<https://evil.example/\u0000>',
  '[x](https://ok.example)[y](http://ok.example)',
  '\\<script>alert(1)\\</script>',
];
export const anyMarkdown = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN_ATTACKS) },
      { weight: 2, arbitrary: anyText },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\n- ', '\n> ', '\n# ', '\n    ', '\n1. ') },
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''))
  .map((s) => (s.trim() ? s : `x${s}`));

/** A whole snapshot: up to three of each part, arbitrary text everywhere, references inside the snapshot. */
export const anySnapshot: fc.Arbitrary<PolicySnapshot> = fc
  .record({
    controller,
    settings,
    audiences: fc.array(fc.record({ name: someText, description: nullable(anyText) }), { maxLength: 3 }),
    dataCategories: fc.array(
      fc.record({
        name: someText,
        description: nullable(anyText),
        specialCategory: nullable(fc.constantFrom(...SPECIAL_CATEGORIES)),
        sources: fc.subarray([...DATA_SOURCES], { minLength: 1 }),
        sourceDetails: nullable(anyText),
        requirement: nullable(fc.constantFrom(...PROVISION_REQUIREMENTS)),
        consequenceOfNotProviding: nullable(anyText),
        ccpaCategory: nullable(fc.constantFrom(...CCPA_CATEGORIES)),
      }),
      { maxLength: 3 },
    ),
    purposes: fc.array(
      fc.record({
        name: someText,
        description: nullable(anyText),
        legalBasis: fc.constantFrom(...LEGAL_BASES),
        legitimateInterest: nullable(anyText),
        legalObligation: nullable(anyText),
        legalObligationOrigin: nullable(fc.constantFrom('EU', 'GB', 'DE', 'US')),
        legalBasisScope: nullable(anyText),
        additionalBases: fc.array(
          fc.record({
            legalBasis: fc.constantFrom(...LEGAL_BASES),
            scope: someText,
            legitimateInterest: nullable(anyText),
            legalObligation: nullable(anyText),
            legalObligationOrigin: nullable(fc.constantFrom('EU', 'GB', 'US')),
          }),
          { maxLength: 2 },
        ),
        specialCategoryCondition: nullable(fc.constantFrom(...SPECIAL_CATEGORY_CONDITIONS)),
        criminalOffenceAuthority: nullable(fc.constantFrom(...CRIMINAL_OFFENCE_AUTHORITIES)),
        criminalOffenceLaw: nullable(anyText),
        directMarketing: fc.boolean(),
        saleOrSharing: fc.boolean(),
        automatedDecisionLogic: nullable(anyText),
        audiences: picks,
        categories: picks,
        recipients: picks,
        retention: fc.record({
          period: nullable(
            fc.record({
              amount: fc.integer({ min: 1, max: 1200 }),
              unit: fc.constantFrom(...RETENTION_UNITS),
              trigger: fc.constantFrom(...RETENTION_TRIGGERS),
            }),
          ),
          criteria: nullable(anyText),
          general: fc.boolean(),
        }),
      }),
      { maxLength: 3 },
    ),
    recipients: fc.array(
      fc.record({
        name: someText,
        role: fc.constantFrom(...RECIPIENT_ROLES),
        legalEntity: nullable(anyText),
        address: nullable(anyAddress),
        country: nullable(anyCountry),
        processingCountries: fc.uniqueArray(anyCountry, { maxLength: 3 }),
        service: nullable(anyText),
        safeguards: subsetOf(TRANSFER_SAFEGUARDS),
        transferDetails: nullable(anyText),
        jointArrangement: nullable(anyText),
        dataPrivacyFramework: nullable(
          fc.record({
            certifiedOn: fc.constantFrom('2016-09-22', '2023-07-17', '2025-02-03'),
            ukExtension: fc.boolean(),
            swissFramework: fc.boolean(),
          }),
        ),
        dpaSignedOn: nullable(fc.constantFrom('2024-02-29', '2020-07-16')),
        privacyPolicyUrl: nullable(anyUrl),
        optOutUrl: nullable(anyUrl),
        categories: picks,
      }),
      { maxLength: 3 },
    ),
    cookies: fc.array(
      fc.record({
        name: someText,
        provider: someText,
        recipient: fc.option(fc.nat(), { nil: null }),
        kind: fc.constantFrom(...COOKIE_KINDS),
        describesGroup: fc.boolean(),
        purposes: picks,
        duration: nullable(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(...COOKIE_DURATION_UNITS))),
        purpose: someText,
      }),
      { maxLength: 3 },
    ),
    clauses: fc.array(
      fc.record({ section: fc.constantFrom(...POLICY_SECTIONS), title: nullable(anyText), body: anyMarkdown }),
      { maxLength: 3 },
    ),
  })
  .map((r): PolicySnapshot => {
    const audienceIds = r.audiences.map((_, i) => uuid(AUDIENCE + i));
    const categoryIds = r.dataCategories.map((_, i) => uuid(CATEGORY + i));
    const recipientIds = r.recipients.map((_, i) => uuid(RECIPIENT + i));
    const purposeIds = r.purposes.map((_, i) => uuid(PURPOSE + i));
    return {
      schemaVersion: POLICY_SCHEMA_VERSION,
      controller: r.controller,
      settings: r.settings,
      audiences: r.audiences.map((a, i) => ({ id: audienceIds[i]!, ...a, position: i })),
      dataCategories: r.dataCategories.map((c, i) => ({ id: categoryIds[i]!, ...c, position: i })),
      purposes: r.purposes.map(({ audiences, categories, recipients, ...p }, i) => ({
        id: uuid(PURPOSE + i),
        ...p,
        audienceIds: idsFrom(audiences, audienceIds),
        dataCategoryIds: idsFrom(categories, categoryIds),
        // With two audiences or more, the first narrowed to the first category: exercises the per-audience path
        // while every category still concerns some audience (as validation requires).
        audienceCategories:
          idsFrom(audiences, audienceIds).length > 1 && idsFrom(categories, categoryIds).length
            ? [
                {
                  audienceId: idsFrom(audiences, audienceIds)[0]!,
                  dataCategoryIds: idsFrom(categories, categoryIds).slice(0, 1),
                },
              ]
            : [],
        recipientIds: idsFrom(recipients, recipientIds),
        position: i,
      })),
      recipients: r.recipients.map(({ categories, ...x }, i) => ({
        id: recipientIds[i]!,
        ...x,
        dataCategoryIds: idsFrom(categories, categoryIds),
        position: i,
      })),
      cookies: r.cookies.map(({ recipient, duration, purposes, ...c }, i) => ({
        id: uuid(COOKIE + i),
        ...c,
        purposeIds: idsFrom(purposes, purposeIds),
        recipientId: recipient === null || !recipientIds.length ? null : recipientIds[recipient % recipientIds.length]!,
        durationAmount: duration?.[0] ?? null,
        durationUnit: duration?.[1] ?? null,
        position: i,
      })),
      clauses: r.clauses.map((c, i) => ({ id: uuid(CLAUSE + i), ...c, position: i })),
    };
  });
