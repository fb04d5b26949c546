/**
 * Bad input through the API, property-based and bounded: create/update mutations with arbitrary strings either
 * succeed (storing the text as sent, trimmed), answer ValidationFailed with typed problems, or fail with a typed
 * GraphQL error — never INTERNAL, never HTTP 500 — and a refused mutation leaves the tenant's data as it was.
 * The public endpoints answer arbitrary bodies and query strings with 2xx/4xx and a JSON (or HTML) body.
 *
 * Seeds are fixed, so a failure reproduces; fast-check prints the (shrunk) counterexample.
 */
import fc from 'fast-check';
import { PROBLEM_CODES } from '@noticeboard/domain';
import { describe, expect, inject, it } from 'vitest';
import { makeComplete, makeConsentReady, publish } from './policy-fixture.js';
import { Client } from './client.js';
// `typed` documents go through the typed client; `graphql` below is this file's bare HTTP helper.
import { graphql as typed, having } from './graphql.js';
import { emailedToken, seed, type TenantSeed } from './seed.js';

const SEED = 4_102_2026;
const TYPED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);
/** Public posts per tenant before the next one: the per-tenant limit in tests is 40 a minute. */
const POSTS_PER_TENANT = 30;

// ---- arbitrary text -----------------------------------------------------------------------------------------------

const NASTY = [
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' onmouseover='x",
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\u200b\ufeff',
  '😀',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '\u0000',
  '\u0007\u001b[31m',
  '\ud800',
  '\udfff',
  '\r\n',
  '\n\n',
  '\t',
  '  ',
  '\u00a0',
  "'; DROP TABLE audiences; --",
  '%00%27',
  '$1 $& $`',
  '{"a":1}',
  '\\u0000',
  'مرحبا',
  '日本語',
];
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 5 }) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
);
const repeatTo = (p: string, n: number) => (p || 'x').repeat(Math.ceil(n / Math.max(1, (p || 'x').length))).slice(0, n);
/** Hostile text; now and then just under, at or over a field's limit, or 100 kB. */
const text = (max: number) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.array(piece, { maxLength: 4 }).map((ps) => ps.join('')) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(piece, fc.integer({ min: max - 1, max: max + 1 }), fc.constantFrom('', '  '))
        .map(([p, n, pad]) => pad + repeatTo(p, n) + pad),
    },
    { weight: 1, arbitrary: piece.map((p) => repeatTo(p, 100_000)) },
  );
/** A valid value most of the time, so that the hostile fields are what decides. */
const mostly = <T>(valid: T, hostile: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(valid) }, { weight: 1, arbitrary: hostile });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null));
const url = fc.oneof(
  fc.constantFrom(
    'https://example.com/privacy',
    'http://example.com',
    'javascript:alert(1)',
    'https://example.com/a b',
    'https://example.com/\u0000',
    'ftp://x',
  ),
  text(2048),
);
const email = fc.oneof(fc.constantFrom('privacy@example.com', 'A@B.CO', 'a@b', 'a b@c.example'), text(254));
const country = fc.oneof(fc.constantFrom('DE', 'gb', 'US', 'XX', 'UK', ''), text(2));
const uuidish = fc.oneof(fc.uuid(), fc.constantFrom('not-an-id', '', '00000000-0000-0000-0000-000000000000'), text(36));
const address = fc.record({
  streetAddress: mostly('1 Main Street', text(300)),
  locality: mostly('Town', text(120)),
  region: optional(nullable(text(120))),
  postalCode: optional(nullable(text(20))),
  country: mostly('GB', country),
});

// ---- talking to the API ---------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  text: string;
  body: any;
}

// Raw on purpose: hostile input as bare HTTP, judged by status and the answer's text, which a typed client hides.
async function graphql(tenant: TenantSeed, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${inject('apiUrl')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tenant.admin.options.token}`,
      'x-tenant': tenant.id,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, text, body };
}

/** Succeeded (the result object), or refused in a typed way (null). Anything else fails the property. */
function outcome(answer: Answer, field: string): Record<string, any> | null {
  const show = answer.text.slice(0, 1000);
  expect(answer.status, show).toBeLessThan(500);
  expect(answer.body, `a JSON answer: ${show}`).toBeDefined();
  const errors: Array<{ extensions?: { code?: string } }> = answer.body.errors ?? [];
  if (errors.length) {
    for (const e of errors) expect(TYPED, show).toContain(e.extensions?.code);
    return null;
  }
  const result = answer.body.data[field];
  if (result.__typename === 'ValidationFailed') {
    expect(result.problems.length, show).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(PROBLEM_CODES, show).toContain(p.code);
      expect(typeof p.path).toBe('string');
    }
    return null;
  }
  return result;
}

/** What the API stores for a text sent: trimmed, or null for a blank optional field. */
function expectStored(sent: unknown, stored: unknown, what: string): void {
  if (typeof sent !== 'string') return;
  expect(stored, what).toBe(sent.trim() === '' ? null : sent.trim());
}

// ---- the mutations --------------------------------------------------------------------------------------------------

interface Family {
  name: string;
  type: string;
  /** Selection of the type, also what the list snapshot compares. */
  fields: string;
  list: string;
  /** Top-level text fields, to check what a success stored. */
  text: string[];
  setup: (tenant: TenantSeed) => Promise<Record<string, string>>;
  /** A valid create input: the row the update runs work on. */
  valid: (refs: Record<string, string>) => Record<string, unknown>;
  input: (refs: Record<string, string>) => fc.Arbitrary<Record<string, unknown>>;
}

const AUDIENCE_FIELDS = 'id name description position updatedAt';
const FAMILIES: Family[] = [
  {
    name: 'audience',
    type: 'Audience',
    fields: AUDIENCE_FIELDS,
    list: 'audiences',
    text: ['name', 'description'],
    setup: async () => ({}),
    valid: () => ({ name: 'Website visitors' }),
    input: () =>
      fc.record(
        {
          name: text(120),
          description: optional(nullable(text(2000))),
          position: optional(fc.integer({ min: -1, max: 100_001 })),
        },
        { requiredKeys: ['name'] },
      ),
  },
  {
    name: 'recipient',
    type: 'Recipient',
    fields:
      'id name role legalEntity address { streetAddress locality region postalCode country } country processingCountries service safeguards transferDetails dpaSignedOn privacyPolicyUrl optOutUrl dataCategoryIds position updatedAt',
    list: 'recipients',
    text: ['name', 'legalEntity', 'service', 'transferDetails'],
    setup: async (tenant) => ({
      categoryId: await createOne(tenant, 'DataCategory', { name: 'Contact details', sources: ['SUBJECT'] }),
    }),
    valid: (refs) => ({
      name: 'Analytics Inc.',
      role: 'PROCESSOR',
      country: 'US',
      service: 'analytics',
      dataCategoryIds: [refs.categoryId],
    }),
    input: (refs) =>
      fc.record(
        {
          name: text(200),
          role: mostly('INDEPENDENT_CONTROLLER', fc.constantFrom('PROCESSOR', 'CATEGORY', 'JOINT_CONTROLLER')),
          legalEntity: optional(nullable(text(200))),
          address: optional(nullable(address)),
          country: mostly('US', country),
          processingCountries: optional(fc.array(country, { maxLength: 3 })),
          service: optional(nullable(text(1000))),
          safeguards: optional(fc.subarray(['STANDARD_CONTRACTUAL_CLAUSES', 'DEROGATION', 'PRIVACY_SHIELD'])),
          transferDetails: optional(nullable(text(2000))),
          dpaSignedOn: optional(nullable(fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '2024-1-1'), text(10)))),
          privacyPolicyUrl: optional(nullable(url)),
          optOutUrl: optional(nullable(url)),
          dataCategoryIds: optional(fc.array(mostly(refs.categoryId!, uuidish), { maxLength: 2 })),
        },
        { requiredKeys: ['name', 'role'] },
      ),
  },
  {
    name: 'purpose (with retention)',
    type: 'Purpose',
    fields:
      'id name description legalBasis legitimateInterest legalObligation automatedDecisionLogic audienceIds dataCategoryIds recipientIds retention { period { amount unit trigger } criteria } position updatedAt',
    list: 'purposes',
    text: ['name', 'description', 'legitimateInterest', 'legalObligation', 'automatedDecisionLogic'],
    setup: async (tenant) => ({ audienceId: await createOne(tenant, 'Audience', { name: 'Customers' }) }),
    valid: (refs) => ({
      name: 'Analytics',
      legalBasis: 'CONSENT',
      audienceIds: [refs.audienceId],
      retention: { criteria: 'until you withdraw consent' },
    }),
    input: (refs) =>
      fc.record(
        {
          name: text(160),
          description: optional(nullable(text(4000))),
          legalBasis: mostly('LEGITIMATE_INTERESTS', fc.constantFrom('CONSENT', 'LEGAL_OBLIGATION')),
          legitimateInterest: mostly('improving our service', nullable(text(2000))),
          legalObligation: optional(nullable(text(1000))),
          automatedDecisionLogic: optional(nullable(text(4000))),
          audienceIds: optional(fc.array(mostly(refs.audienceId!, uuidish), { maxLength: 2 })),
          retention: fc.record({
            period: optional(
              nullable(
                fc.record({
                  amount: fc.integer({ min: -1, max: 1201 }),
                  unit: fc.constant('MONTHS'),
                  trigger: fc.constant('COLLECTION'),
                }),
              ),
            ),
            criteria: optional(nullable(text(2000))),
          }),
        },
        { requiredKeys: ['name', 'legalBasis', 'retention'] },
      ),
  },
  {
    name: 'cookie',
    type: 'Cookie',
    fields: 'id name provider recipientId kind durationAmount durationUnit purpose position updatedAt',
    list: 'cookies',
    text: ['name', 'provider', 'purpose'],
    setup: async (tenant) => ({
      recipientId: await createOne(tenant, 'Recipient', {
        name: 'Analytics Inc.',
        role: 'INDEPENDENT_CONTROLLER',
        country: 'US',
      }),
    }),
    valid: (refs) => ({
      name: '_ga',
      provider: 'Analytics Inc.',
      recipientId: refs.recipientId,
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose: 'Counts visits.',
    }),
    input: (refs) =>
      fc.record(
        {
          name: text(200),
          provider: text(200),
          recipientId: optional(nullable(mostly(refs.recipientId!, uuidish))),
          kind: fc.constantFrom('ANALYTICS', 'STRICTLY_NECESSARY'),
          durationAmount: optional(nullable(fc.integer({ min: -1, max: 100_001 }))),
          durationUnit: optional(nullable(fc.constant('DAYS'))),
          purpose: text(1000),
        },
        { requiredKeys: ['name', 'provider', 'kind', 'purpose'] },
      ),
  },
  {
    name: 'clause',
    type: 'Clause',
    fields: 'id section title body position updatedAt',
    list: 'clauses',
    text: ['title', 'body'],
    setup: async () => ({}),
    valid: () => ({ section: 'SECURITY', title: 'Certifications', body: 'We are **ISO 27001** certified.' }),
    input: () =>
      fc.record(
        {
          section: fc.constantFrom('SECURITY', 'INTRODUCTION'),
          title: optional(nullable(text(200))),
          body: fc.oneof(
            text(20_000),
            fc.constantFrom('[x](javascript:alert(1)) <script>alert(1)</script> ![p](https://evil.example/p.gif)'),
          ),
        },
        { requiredKeys: ['section', 'body'] },
      ),
  },
];

// Raw on purpose: the documents of a family are built from its table at run time, like the property's own.
async function createOne(tenant: TenantSeed, type: string, input: Record<string, unknown>): Promise<string> {
  const data = await tenant.admin.gql(
    `mutation ($input: Create${type}Input!) { create${type}(input: $input) { __typename ... on ${type} { id } ... on UserError { message } } }`,
    { input },
  );
  const result = data[`create${type}`];
  if (!result.id) throw new Error(`create${type}: ${result.message}`);
  return result.id;
}

const snapshotOf = async (tenant: TenantSeed, family: Family) =>
  (await graphql(tenant, `{ ${family.list}(first: 100) { edges { node { ${family.fields} } } } }`)).body;

describe('GraphQL create/update mutations with arbitrary strings', () => {
  it.each(FAMILIES)(
    '$name: succeed as sent (trimmed), or are refused in a typed way and change nothing',
    async (family) => {
      const tenant = await (await seed.agency()).tenant();
      const refs = await family.setup(tenant);
      const existing = await createOne(tenant, family.type, family.valid(refs));
      const operation = fc.oneof(
        family.input(refs).map((input) => ({ kind: 'create' as const, input })),
        fc
          .tuple(
            family.input(refs),
            fc.subarray([
              'name',
              'title',
              'body',
              'description',
              'provider',
              'purpose',
              'service',
              'legalEntity',
              'retention',
              'position',
            ]),
            mostly(existing, uuidish),
          )
          .map(([input, keep, id]) => ({
            kind: 'update' as const,
            input: { id, ...Object.fromEntries(Object.entries(input).filter(([k]) => !keep.includes(k))) },
          })),
      );
      await fc.assert(
        fc.asyncProperty(
          operation,
          async ({ kind, input }: { kind: 'create' | 'update'; input: Record<string, unknown> }) => {
            const field = `${kind}${family.type}`;
            const before = await snapshotOf(tenant, family);
            const answer = await graphql(
              tenant,
              `mutation ($input: ${kind === 'create' ? 'Create' : 'Update'}${family.type}Input!) { ${field}(input: $input) {
            __typename ... on ${family.type} { ${family.fields} } ... on ValidationFailed { problems { path code message } } } }`,
              { input },
            );
            const result = outcome(answer, field);
            if (result === null) {
              expect(await snapshotOf(tenant, family), 'a refused mutation changes nothing').toEqual(before);
              return;
            }
            for (const f of family.text) expectStored(input[f], result[f], f);
          },
        ),
        { seed: SEED, numRuns: 35 },
      );
    },
    120_000,
  );

  it('tenant profile: createTenant and updateTenant succeed as sent, or are refused in a typed way and change nothing', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const TENANT_FIELDS = `id slug legalName tradingName registrationNumber contactEmail contactPhone website jurisdictions defaultLanguage updatedAt
      groupEntities { legalName country registrationNumber role address { streetAddress locality region postalCode country } }
      offices { label registered address { streetAddress locality region postalCode country } }
      dpo { name email phone address { streetAddress locality region postalCode country } }
      representatives { region name email address { streetAddress locality region postalCode country } }
      supervisoryAuthority { name country website email phone address { streetAddress locality region postalCode country } }`;
    const snapshot = async () => ({
      tenant: (await graphql(tenant, `{ tenant(id: "${tenant.id}") { ${TENANT_FIELDS} } }`)).body,
      tenants: (await graphql(tenant, `{ tenants(first: 100) { edges { node { id slug legalName } } } }`)).body,
    });
    const profile = fc.record(
      {
        legalName: text(200),
        tradingName: optional(nullable(text(200))),
        registrationNumber: optional(nullable(text(60))),
        slug: optional(fc.oneof(fc.constantFrom('acme-ltd', 'admin', 'a--b', 'Ab'), text(63))),
        contactEmail: mostly('privacy@tenant.test', email),
        contactPhone: optional(nullable(fc.oneof(fc.constant('+44 20 7946 0000'), text(40)))),
        website: optional(nullable(url)),
        offices: optional(
          fc.array(fc.record({ label: text(120), address, registered: fc.boolean() }), { maxLength: 2 }),
        ),
        groupEntities: optional(
          fc.array(
            fc.record({
              legalName: text(200),
              country: mostly('DE', country),
              role: optional(nullable(text(300))),
              address: optional(nullable(address)),
            }),
            { maxLength: 1 },
          ),
        ),
        dpo: optional(
          nullable(
            fc.record({
              name: optional(nullable(text(200))),
              email: optional(nullable(email)),
              phone: optional(nullable(text(40))),
              address: optional(nullable(address)),
            }),
          ),
        ),
        representatives: optional(
          fc.array(
            fc.record({
              region: fc.constantFrom('EU', 'UK'),
              name: text(200),
              email: optional(nullable(email)),
              address,
            }),
            { maxLength: 2 },
          ),
        ),
        supervisoryAuthority: optional(
          nullable(
            fc.record({
              name: text(200),
              country: mostly('GB', country),
              website: optional(nullable(url)),
              email: optional(nullable(email)),
            }),
          ),
        ),
        jurisdictions: fc.constant(['EU_GDPR']),
      },
      { requiredKeys: ['legalName', 'contactEmail', 'jurisdictions'] },
    );
    const operation = fc.oneof(
      profile.map((input) => ({ kind: 'create' as const, input })),
      fc
        .tuple(profile, fc.subarray(['legalName', 'slug', 'contactEmail', 'offices', 'dpo', 'jurisdictions']))
        .map(([input, keep]) => ({
          kind: 'update' as const,
          input: { id: tenant.id, ...Object.fromEntries(Object.entries(input).filter(([k]) => !keep.includes(k))) },
        })),
    );
    await fc.assert(
      fc.asyncProperty(
        operation,
        async ({ kind, input }: { kind: 'create' | 'update'; input: Record<string, unknown> }) => {
          const field = `${kind}Tenant`;
          const before = await snapshot();
          const answer = await graphql(
            tenant,
            `mutation ($input: ${kind === 'create' ? 'Create' : 'Update'}TenantInput!) { ${field}(input: $input) {
            __typename ... on Tenant { ${TENANT_FIELDS} } ... on ValidationFailed { problems { path code message } } } }`,
            { input },
          );
          const result = outcome(answer, field);
          if (result === null) {
            expect(await snapshot(), 'a refused mutation changes nothing').toEqual(before);
            return;
          }
          for (const f of ['legalName', 'tradingName', 'registrationNumber']) expectStored(input[f], result[f], f);
        },
      ),
      { seed: SEED, numRuns: 35 },
    );
  }, 120_000);
});

// ---- public endpoints -----------------------------------------------------------------------------------------------

interface HttpAnswer {
  status: number;
  type: string;
  text: string;
}

async function request(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const res = await fetch(`${inject('apiUrl')}${path}`, { method, headers, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** 2xx or 4xx, with a body of the type it says: JSON that parses, or an HTML page. */
function expectWellFormed(answer: HttpAnswer, what: string): void {
  const show = `${what} → ${answer.status} ${answer.type} ${answer.text.slice(0, 500)}`;
  expect(answer.status >= 200 && answer.status < 500, show).toBe(true);
  if (answer.status === 204 || answer.status === 304) return;
  if (answer.type.startsWith('application/json')) expect(() => JSON.parse(answer.text), show).not.toThrow();
  else {
    expect(answer.type, show).toMatch(/^text\/html/);
    expect(answer.text, show).toMatch(/^<!doctype html>/i);
  }
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** A field with a plausible value, a hostile string, or any JSON value at all. */
const anyField = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 2, arbitrary: plausible },
    { weight: 2, arbitrary: text(300) },
    { weight: 1, arbitrary: jsonValue },
  );
const RAW_BODIES = [
  '{',
  '{"subjectId":',
  '[',
  'null',
  '"string"',
  '42',
  '{"a":1}{"b":2}',
  '\u0000',
  '\ufeff{}',
  '{"__proto__":{"polluted":true}}',
  'x'.repeat(40_000),
  `{"details":"${'x'.repeat(40_000)}"}`,
];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
  'application/xml',
];

/** A body as a client might send it: JSON of an object with the expected keys, any JSON, raw strings, or a form. */
function bodies(fields: Record<string, fc.Arbitrary<unknown>>) {
  const object = fc.record(Object.fromEntries(Object.entries(fields).map(([k, arb]) => [k, anyField(arb)])), {
    requiredKeys: [],
  });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(object, fc.constantFrom('application/json', 'application/json', 'text/plain'))
        .map(([o, type]) => ({ body: JSON.stringify(o), type })),
    },
    {
      weight: 2,
      arbitrary: object.map((o) => ({
        body: new URLSearchParams(
          Object.entries(o).map(([k, v]): [string, string] => [
            k,
            typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
          ]),
        ).toString(),
        type: 'application/x-www-form-urlencoded',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(jsonValue, fc.constantFrom(...CONTENT_TYPES))
        .map(([v, type]) => ({ body: JSON.stringify(v), type })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom(...RAW_BODIES), text(300)), fc.constantFrom(...CONTENT_TYPES))
        .map(([body, type]) => ({ body, type })),
    },
  );
}

/** Runs `posts` public posts, moving to a fresh tenant every POSTS_PER_TENANT, so the rate limit never answers. */
async function postEach<T>(
  posts: T[],
  tenantFor: () => Promise<TenantSeed>,
  send: (tenant: TenantSeed, post: T) => Promise<void>,
): Promise<void> {
  let tenant: TenantSeed | null = null;
  for (const [i, post] of posts.entries()) {
    if (i % POSTS_PER_TENANT === 0) tenant = await tenantFor();
    await send(tenant!, post);
  }
}

describe('public endpoints with arbitrary bodies and query strings', () => {
  it('POST /p/<slug>/consents answers 2xx/4xx with JSON', async () => {
    const agency = await seed.agency();
    let purposes: string[] = [];
    const consentTenant = async () => {
      const tenant = await agency.tenant();
      const ready = await makeConsentReady(tenant);
      purposes = [ready.analytics, ready.ads, ready.contract];
      return tenant;
    };
    const purposeIds = fc.array(
      fc.oneof(
        fc.nat().map((i) => purposes[i % 3]!),
        uuidish,
      ),
      { maxLength: 3 },
    );
    const posts = fc.sample(
      fc.record({
        request: bodies({
          subjectId: fc.constantFrom('visitor-1', 'Visitor@Example.com'),
          granted: purposeIds,
          refused: purposeIds,
          withdrawn: purposeIds,
          method: fc.constantFrom('BANNER', 'FORM', 'API', 'IMPORT'),
          noticeText: fc.constant('We would like to measure visits.'),
          noticeHash: fc.constant('0'.repeat(64)),
          idempotencyKey: fc.uuid(),
          pageUrl: url,
          language: fc.constantFrom('en', 'de-CH', 'zh-Hant-TW'),
          gpc: fc.boolean(),
          policyVersion: fc.integer(),
        }),
        origin: fc.option(fc.constantFrom('https://shop.example', 'https://evil.example', 'null'), { nil: undefined }),
        gpc: fc.option(fc.constantFrom('1', '0', 'yes'), { nil: undefined }),
      }),
      { seed: SEED, numRuns: 60 },
    );
    await postEach(posts, consentTenant, async (tenant, { request: { body, type }, origin, gpc }) => {
      const headers: Record<string, string> = {
        'content-type': type,
        ...(origin ? { origin } : {}),
        ...(gpc ? { 'sec-gpc': gpc } : {}),
      };
      const answer = await request('POST', `/p/${tenant.slug}/consents`, body, headers);
      expectWellFormed(answer, `consents ${type} ${body.slice(0, 300)}`);
      expect(answer.type).toMatch(/^application\/json/);
    });
  }, 120_000);

  it('POST /p/<slug>/requests answers 2xx/4xx with JSON (or an HTML page for the form)', async () => {
    const agency = await seed.agency();
    const posts = fc.sample(
      bodies({
        type: fc.constantFrom('ACCESS', 'ERASURE', 'OPT_OUT_SALE_SHARING'),
        jurisdiction: fc.constantFrom('EU_GDPR', 'CCPA_CPRA'),
        requesterName: fc.constant('Ada Lovelace'),
        email: email,
        details: text(5000),
        language: fc.constantFrom('en', 'de', 'xx'),
      }),
      { seed: SEED, numRuns: 60 },
    );
    await postEach(
      posts,
      () => agency.tenant(),
      async (tenant, { body, type }) => {
        expectWellFormed(
          await request('POST', `/p/${tenant.slug}/requests`, body, { 'content-type': type }),
          `requests ${type} ${body.slice(0, 300)}`,
        );
      },
    );
  }, 120_000);

  it('POST /p/<slug>/requests/verify (reference and code, or token) answers 2xx/4xx with JSON or HTML', async () => {
    const agency = await seed.agency();
    const posts = fc.sample(
      bodies({
        reference: fc.constantFrom('REQ-ABCD-1234', 'req-abcd-1234'),
        code: fc.constantFrom('123456', '000000'),
        token: fc.constantFrom('a'.repeat(43)),
      }),
      {
        seed: SEED,
        numRuns: 60,
      },
    );
    await postEach(
      posts,
      () => agency.tenant(),
      async (tenant, { body, type }) => {
        expectWellFormed(
          await request('POST', `/p/${tenant.slug}/requests/verify`, body, { 'content-type': type }),
          `verify ${type} ${body.slice(0, 300)}`,
        );
      },
    );
  }, 120_000);

  it('POST /p/<slug>/subprocessors/subscribe answers 2xx/4xx with JSON or HTML', async () => {
    const agency = await seed.agency();
    const posts = fc.sample(bodies({ email }), { seed: SEED, numRuns: 30 });
    await postEach(
      posts,
      () => agency.tenant(),
      async (tenant, { body, type }) => {
        const accept = body.length % 2 ? 'application/json' : 'text/html';
        expectWellFormed(
          await request('POST', `/p/${tenant.slug}/subprocessors/subscribe`, body, { 'content-type': type, accept }),
          `subscribe ${type} ${body.slice(0, 300)}`,
        );
      },
    );
  }, 120_000);

  it('GET /p/<slug>/privacy?lang=<arbitrary> answers the published policy in one of its languages', async () => {
    const tenant = await (await seed.agency()).tenant();
    await makeComplete(tenant);
    expect(await publish(tenant.admin)).toMatchObject({ __typename: 'PolicyVersion' });
    const header = fc.stringMatching(/^[\x20-\x7e]{0,80}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(text(300), fc.constantFrom('de', 'FR-ca', 'de_DE', '*', 'en;q=0')),
        fc.option(header, { nil: undefined }),
        fc.constantFrom('', '.txt', '.json'),
        async (lang, acceptLanguage, format) => {
          const path = `/p/${tenant.slug}/privacy${format}?lang=${encodeURIComponent(lang)}`;
          const answer = await request(
            'GET',
            path,
            undefined,
            acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
          );
          // Node refuses a request line over its 16 kB header limit with 431 before the application sees it.
          if (path.length > 16_000) return void expect(answer.status).toBe(431);
          expect(answer.status, answer.text.slice(0, 300)).toBe(200);
          if (format === '.json') expect(() => JSON.parse(answer.text)).not.toThrow();
          if (format === '') expectWellFormed(answer, `privacy?lang=${lang}`);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
    // Query strings that are not even well-formed percent-encoding, and repeated parameters.
    for (const query of [
      'lang=%',
      'lang=%E0%A4%A',
      'lang=%00',
      'lang=de&lang=fr',
      'lang[]=de',
      `lang=${'x'.repeat(8000)}`,
    ]) {
      const answer = await request('GET', `/p/${tenant.slug}/privacy?${query}`);
      expect(answer.status, query).toBeLessThan(500);
      expectWellFormed(answer, query);
    }
  }, 120_000);
});

describe('found by the properties above', () => {
  // Raw on purpose where sent bare: a NUL or a broken surrogate, judged by the whole answer.
  const NUL = 'a\u0000b';

  it('a NUL in a free-text field is refused as INVALID_FORMAT, not a database error', async () => {
    const tenant = await (await seed.agency()).tenant();
    const answer = await graphql(
      tenant,
      `mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      {
        input: { name: NUL },
      },
    );
    expect(answer.body.data.createAudience).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'name', code: 'INVALID_FORMAT' }],
    });
  });

  it('an unpaired surrogate is refused rather than stored as U+FFFD', async () => {
    const tenant = await (await seed.agency()).tenant();
    const answer = await graphql(
      tenant,
      `mutation ($input: CreateClauseInput!) { createClause(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      {
        input: { section: 'SECURITY', body: 'broken \ud83d emoji' },
      },
    );
    expect(answer.body.data.createClause).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'body', code: 'INVALID_FORMAT' }],
    });
  });

  it('a NUL in a public verification reference is a wrong reference, not a server error', async () => {
    const tenant = await (await seed.agency()).tenant();
    const answer = await request(
      'POST',
      `/p/${tenant.slug}/requests/verify`,
      JSON.stringify({ reference: NUL, code: '123456' }),
      { 'content-type': 'application/json' },
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'VERIFICATION_INVALID' } });
  });

  it('a NUL in a looked-up value (sign-in email, slug, searches) finds nothing instead of failing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const login = await fetch(`${inject('apiUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { __typename } }',
        variables: { input: { email: `x${NUL}@example.com`, password: 'a-long-test-password' } },
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { __typename: 'InvalidCredentials' } } });
    const bySlug = await graphql(tenant, 'query ($slug: String!) { tenantBySlug(slug: $slug) { id } }', { slug: NUL });
    expect(bySlug.body.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const searches = await graphql(
      tenant,
      'query ($q: String!) { tenants(search: $q) { edges { node { id } } } agencyDataSubjectRequests(search: $q) { edges { node { id } } } }',
      { q: NUL },
    );
    expect(searches.body).toEqual({ data: { tenants: { edges: [] }, agencyDataSubjectRequests: { edges: [] } } });
  });

  it('staff text on requests (notes, confirmations) and new members’ names refuse a NUL', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await tenant.admin.gql(
      typed(
        `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { ... on DataSubjectRequest { id } } }`,
      ),
      { input: { type: 'ACCESS', requesterName: 'Ada', email: 'ada@example.com' } },
    );
    const id = having(created.createDataSubjectRequest, 'id').id;
    const note = await graphql(
      tenant,
      `mutation ($input: AddRequestNoteInput!) { addRequestNote(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      {
        input: { id, note: NUL },
      },
    );
    expect(note.body.data.addRequestNote).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'note', code: 'INVALID_FORMAT' }],
    });
    await graphql(
      tenant,
      `mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) { __typename } }`,
      { input: { email: 'new-person@tenant.test', role: 'VIEWER' } },
    );
    const accepted = await Client.anonymous().gql(
      typed(
        `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      ),
      { input: { token: await emailedToken('new-person@tenant.test'), name: NUL, password: 'a-long-test-password' } },
    );
    expect(accepted.acceptInvitation).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'name', code: 'INVALID_FORMAT' }],
    });
  });

  it('publishing names the change summary’s actual problem', async () => {
    const tenant = await (await seed.agency()).tenant();
    await makeComplete(tenant);
    const publishWith = async (changeSummary: string) =>
      (
        await graphql(
          tenant,
          `mutation ($input: PublishPolicyInput!) { publishPolicy(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
          {
            input: { effectiveDate: '2026-01-01', changeSummary },
          },
        )
      ).body.data.publishPolicy.problems;
    expect(await publishWith(NUL)).toEqual([{ path: 'changeSummary', code: 'INVALID_FORMAT' }]);
    expect(await publishWith(' ')).toEqual([{ path: 'changeSummary', code: 'REQUIRED' }]);
  });
});
