/**
 * Abuse over HTTP, against a server of this file's own with a small pool (rate limits off, so every request
 * reaches it): the graphql-http audit's requests, fast-check's malformed bodies, content types and headers
 * (anonymous, and with a valid session and X-Tenant so that the context opens the transaction before Apollo
 * refuses the body), clients that go away mid-body, mid-response or while waiting for a connection, and slow
 * bodies — each many times the pool's size, concurrently. Every answer is a 4xx or a 200 with a JSON body, and
 * afterwards every pooled connection is back and idle, no session of the pool is idle in a transaction, /readyz
 * is 200 and ordinary queries answer: a request that ends in any way ends its transaction.
 *
 * Seeds are fixed, so a failure reproduces; fast-check prints the (shrunk) counterexample.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeComplete } from '../test/policy-fixture.js';
import {
  bounded,
  dripPost,
  lightFetch,
  OwnServer,
  requestHead,
  sendAndVanish,
  type PoolState,
} from '../test/own-server.js';
import { seed, type TenantSeed } from '../test/seed.js';

/**
 * A small pool: a handful of leaked connections starve it. Every request here costs this process (which runs
 * the server too) a millisecond or two, so 30 × POOL of each kind keeps the file well under a minute.
 */
const POOL = 3;
/** How many times each kind of abuse is repeated. */
const TIMES = 30 * POOL;
/** The audit signed in: each request opens the transaction, so it costs more; still many times the pool. */
const SIGNED_IN_AUDIT_TIMES = 4 * POOL;
/** Requests in flight at once: several times the pool, so requests queue for connections. */
const PARALLEL = 4 * POOL;
const SEED = 20_260_311;
/** express.json's limit on /graphql ('1mb'). */
const BODY_LIMIT = 1024 * 1024;
/** Log lines that mean the server failed (as opposed to refusing the request). */
const FAILURE_LOGS = new Set(['unexpected error', 'unhandled HTTP error', 'commit failed']);

interface Answer {
  status: number;
  text: string;
  json: unknown;
}

async function post(url: string, headers: Record<string, string>, body: string | Uint8Array): Promise<Answer> {
  // Never a hang: an answer that does not come within seconds fails the request, and shows which one.
  const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

/** What the server logged as its own failure (not a refusal), as `message: error`. */
const failures = (server: OwnServer) =>
  server.errors
    .filter((e) => FAILURE_LOGS.has(e.msg ?? ''))
    .map((e) => `${e.msg}: ${e.err?.type ?? ''} ${e.err?.message ?? ''}`);

const whole = (state: PoolState) => ({ ...state, idle: state.total, waiting: 0, idleInTransaction: 0 });

// ---- malformed requests -------------------------------------------------------------------------------------------

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 120,
});
// Raw on purpose: good, bad and unparsable documents, mixed into arbitrary bodies a typed client cannot send.
const QUERIES = [
  '{ __typename }',
  '{ me { user { email } } }',
  '{ currentTenant { id legalName } }',
  '{ policyDraft { snapshot } }',
  'mutation { __typename }',
  'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { __typename } }',
  'mutation { login(input: { email: "a@b.example", password: "x" }) { __typename } }',
  'subscription { x }',
  'query A { __typename } query B { __typename }',
  'query ($a: Int!) { __typename }',
  '{ __schema { types { name } } }',
  '{',
  '}',
  '{ me { ',
  '#',
  '',
  ' ',
  '\u0000',
  '{ __typename @skip(if: $x) }',
  'fragment F on Query { ...F } { ...F }',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUERIES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const json = fc.jsonValue({ maxDepth: 3 });
/** A value for one of the request's parameters: right, wrong type, missing. */
const parameter = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: json },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const envelope = fc.record(
  {
    query: parameter,
    variables: fc.oneof(parameter, fc.dictionary(fc.string({ maxLength: 5 }), json, { maxKeys: 3 })),
    operationName: parameter,
    extensions: fc.oneof(parameter, fc.dictionary(fc.string({ maxLength: 5 }), json, { maxKeys: 3 })),
  },
  { requiredKeys: [] },
);

/** A JSON body of exactly `size` bytes: a query, and a parameter padded with `x`. */
function sized(size: number, where: 'variables' | 'query' | 'operationName' | 'extensions'): string {
  // Raw on purpose: a body padded to an exact byte size.
  const shell = {
    variables: (pad: string) => ({ query: '{ __typename }', variables: { pad } }),
    query: (pad: string) => ({ query: `{ __typename } # ${pad}` }),
    operationName: (pad: string) => ({ query: '{ __typename }', operationName: pad }),
    extensions: (pad: string) => ({ query: '{ __typename }', extensions: { pad } }),
  }[where];
  const empty = JSON.stringify(shell('')).length;
  return JSON.stringify(shell('x'.repeat(Math.max(0, size - empty))));
}

/** What the outside tester sent: each left a connection idle in a transaction (anonymous then, signed in now). */
const REPORTED = [
  '{"query":{"a":1}}',
  '{"query":"{ __typename }","variables":"string"}',
  '{"query":"{ __typename }","variables":1}',
  '{"query":"{ __typename }","operationName":1}',
  '',
  '{"query":"subscription { __typename }"}',
];

const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...REPORTED) },
  { weight: 8, arbitrary: envelope.map((e) => JSON.stringify(e)) },
  { weight: 2, arbitrary: json.map((v) => JSON.stringify(v) ?? '') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(envelope, fc.nat())
      .map(([e, n]) => JSON.stringify(e).slice(0, n % (JSON.stringify(e).length + 1))),
  },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'null',
      '[]',
      '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
      '{"query":"{ __typename }"}garbage',
      '{"query":"{ __typename }", "query": 1}',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.integer({ min: BODY_LIMIT - 64, max: BODY_LIMIT + 64 }), fc.constant(BODY_LIMIT * 2)),
        fc.constantFrom('variables', 'query', 'operationName', 'extensions') as fc.Arbitrary<
          'variables' | 'query' | 'operationName' | 'extensions'
        >,
      )
      .map(([size, where]) => sized(size, where)),
  },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json;;;',
      'APPLICATION/JSON',
      'application/graphql-response+json',
      'application/graphql',
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=----x',
      '*/*',
      '',
    ),
  },
  { weight: 1, arbitrary: printable },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
/** Extra headers; `authorization` and `x-tenant` only in the anonymous requests, which carry no valid ones. */
const headers = (anonymous: boolean) =>
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'accept',
        'accept-encoding',
        'accept-charset',
        'content-encoding',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'graphql-preflight',
        'x-request-id',
        'x-forwarded-for',
        'origin',
        'cookie',
        'user-agent',
        ...(anonymous ? ['authorization', 'x-tenant'] : []),
      ),
      fc.stringMatching(/^x-[a-z0-9-]{1,20}$/),
    ),
    fc.oneof(
      printable,
      fc.constantFrom(
        'application/json',
        'application/graphql-response+json',
        'text/html',
        '*/*',
        'gzip',
        'deflate',
        'br',
        'identity',
        'Bearer nbs_x',
        'Bearer nbk_x',
        'Bearer ',
        'true',
      ),
      fc.constant('y'.repeat(2000)),
    ),
    { maxKeys: 5 },
  );

interface Malformed {
  contentType: string | undefined;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const malformed = (anonymous: boolean, weights: { json: number }) =>
  fc.record({
    contentType: fc.oneof(
      { weight: weights.json, arbitrary: fc.constant('application/json') },
      { weight: 1, arbitrary: contentType },
    ),
    headers: headers(anonymous),
    body,
  });

const show = (m: Malformed, a: Answer) =>
  `${a.status} ${a.text.slice(0, 300)} ← ${m.contentType} ${JSON.stringify(m.headers).slice(0, 200)} ${typeof m.body === 'string' ? m.body.slice(0, 200) : `bytes(${m.body.length})`}`;

describe.sequential('abuse over HTTP: whatever a client sends or does, no connection stays taken', () => {
  let server: OwnServer;
  let graphqlUrl: string;
  let tenant: TenantSeed;
  let signedIn: Record<string, string>;

  beforeAll(async () => {
    tenant = await (await seed.agency()).tenant();
    await makeComplete(tenant);
    server = await OwnServer.start({
      poolSize: POOL,
      config: (base) => ({
        rateLimits: {
          ...base.rateLimits,
          publicWritesPerIp: 0,
          publicWritesPerTenant: 0,
          publicReadsPerIp: 0,
          anonymousGraphqlPerIp: 0,
          loginFailuresPerEmail: 0,
        },
      }),
    });
    graphqlUrl = `${server.url.replace('localhost', '127.0.0.1')}/graphql`;
    signedIn = { authorization: `Bearer ${tenant.admin.options.token}`, 'x-tenant': tenant.id };
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Sends a malformed request and checks the answer: a 4xx, or a 200 with data or errors; JSON either way. */
  async function sendMalformed(m: Malformed, auth: Record<string, string>): Promise<void> {
    const answer = await post(
      graphqlUrl,
      { ...m.headers, ...(m.contentType === undefined ? {} : { 'content-type': m.contentType }), ...auth },
      m.body,
    );
    expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500), show(m, answer)).toBe(true);
    expect(answer.json, `a JSON body: ${show(m, answer)}`).toBeTypeOf('object');
    if (answer.status === 200)
      expect('data' in (answer.json as object) || 'errors' in (answer.json as object), show(m, answer)).toBe(true);
    const codes = ((answer.json as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
      (e) => e.extensions?.code,
    );
    expect(codes, show(m, answer)).not.toContain('INTERNAL');
  }

  /** The tester's requests, each many times over, concurrently. */
  async function sendReported(auth: Record<string, string>): Promise<void> {
    const runs = REPORTED.flatMap((b) =>
      Array.from({ length: 2 * POOL }, () => ({ contentType: 'application/json', headers: {}, body: b })),
    );
    await bounded(runs, PARALLEL, (m) => sendMalformed(m, auth));
  }

  it(`answers every request of the graphql-http server audit ${TIMES} times (signed in: ${SIGNED_IN_AUDIT_TIMES}) with the same verdict as alone, never a 5xx`, async () => {
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const verdict = (r: AuditResult) => `${r.status}${'reason' in r ? `: ${r.reason}` : ''}`;
    for (const [who, extra, times] of [
      ['anonymous', {}, TIMES],
      ['signed in', signedIn, SIGNED_IN_AUDIT_TIMES],
    ] as const) {
      const list = serverAudits({ url: graphqlUrl, fetchFn: lightFetch(extra, count) });
      // The verdicts one at a time, on an idle server, are the reference.
      const reference = new Map<string, string>();
      for (const audit of list) reference.set(audit.id, verdict(await audit.fn()));
      const runs = list.flatMap((audit) => Array.from({ length: times }, () => audit));
      const differing = new Set<string>();
      await bounded(runs, PARALLEL, async (audit) => {
        const got = verdict(await audit.fn());
        if (got !== reference.get(audit.id))
          differing.add(`${who} ${audit.id} ${audit.name}: ${got} (alone: ${reference.get(audit.id)})`);
      });
      expect([...differing]).toEqual([]);
    }
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(failures(server)).toEqual([]);
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  }, 60_000);

  it(`answers ${TIMES} malformed anonymous requests (bodies, content types, headers) with a 4xx or a 200, always JSON`, async () => {
    await sendReported({});
    const BATCH = 3 * POOL;
    await fc.assert(
      fc.asyncProperty(
        fc.array(malformed(true, { json: 2 }), { minLength: BATCH, maxLength: BATCH }),
        async (batch) => {
          await bounded(batch, PARALLEL, (m) => sendMalformed(m, {}));
        },
      ),
      { seed: SEED, numRuns: TIMES / BATCH },
    );
    expect(failures(server)).toEqual([]);
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  }, 60_000);

  it(`answers ${TIMES} malformed requests with a valid session and X-Tenant (the transaction opens before Apollo refuses the body) the same way`, async () => {
    await sendReported(signedIn);
    const BATCH = 3 * POOL;
    await fc.assert(
      fc.asyncProperty(
        fc.array(malformed(false, { json: 12 }), { minLength: BATCH, maxLength: BATCH }),
        async (batch) => {
          await bounded(batch, PARALLEL, (m) => sendMalformed(m, signedIn));
        },
      ),
      { seed: SEED + 1, numRuns: TIMES / BATCH },
    );
    expect(failures(server)).toEqual([]);
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  }, 60_000);

  it(`survives ${TIMES} clients each that go away mid-body or mid-response, and ${TIMES} slow bodies, all at once`, async () => {
    // Raw on purpose: bodies cut mid-way or dripped over a socket; a typed client only sends whole requests.
    const BIG = JSON.stringify({
      query:
        '{ policyDraft { snapshot rights { right grants { jurisdiction reference } } } auditLog(first: 100) { edges { node { at action after } } } }',
    });
    const WRITE = JSON.stringify({
      query: 'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { __typename } }',
      variables: { input: { name: 'Gone' } },
    });
    const head = (body: string, length = Buffer.byteLength(body)) =>
      requestHead(graphqlUrl, 'POST', '/graphql', {
        'content-type': 'application/json',
        'content-length': length,
        ...signedIn,
      });
    const indices = Array.from({ length: TIMES }, (_, i) => i);

    const midBody = bounded(indices, PARALLEL, async (i) => {
      const body = i % 2 ? BIG : WRITE;
      // Headers promise more than is sent; the client goes away after some of the body.
      await sendAndVanish(
        graphqlUrl,
        head(body, body.length + 1 + (i % 7) * 100) + body.slice(0, i % body.length),
        i % 20,
      );
    });
    const midResponse = bounded(indices, PARALLEL, async (i) => {
      const body = i % 3 ? BIG : WRITE;
      // Gone at once, or a few milliseconds later: while parsing, authenticating, waiting for a connection, running
      // a statement, between statements or while the answer is written.
      await sendAndVanish(graphqlUrl, head(body) + body, i % 25);
    });
    const slow = bounded(indices, TIMES, async (i) => {
      const answer = await dripPost(
        graphqlUrl,
        { 'content-type': 'application/json', ...signedIn },
        JSON.stringify({ query: '{ currentTenant { id } }', variables: { i } }),
        4,
        60 + (i % 5) * 10,
      );
      expect({ status: answer.status, body: JSON.parse(answer.text) as unknown }).toEqual({
        status: 200,
        body: { data: { currentTenant: { id: tenant.id } } },
      });
    });
    await Promise.all([midBody, midResponse, slow]);
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  }, 60_000);

  it('a client that goes away while its request waits for a pooled connection leaves that connection free', async () => {
    // Every connection is taken, so the request's first statement waits in the pool's queue when the client leaves.
    const held = await Promise.all(Array.from({ length: POOL }, () => server.pool.connect()));
    try {
      // Raw on purpose: a request written to a socket that is dropped before the answer.
      const body = JSON.stringify({ query: '{ currentTenant { id } }' });
      const head = requestHead(graphqlUrl, 'POST', '/graphql', {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...signedIn,
      });
      await Promise.all(Array.from({ length: POOL }, () => sendAndVanish(graphqlUrl, head + body, 100)));
      expect(server.pool.waitingCount).toBeGreaterThan(0);
    } finally {
      for (const client of held) client.release();
    }
    const state = await server.settled();
    expect(state).toEqual(whole(state));
  });

  it('afterwards: every connection back and idle, none idle in a transaction, ready, and ordinary requests answer', async () => {
    const state = await server.settled();
    expect(state).toEqual(whole(state));
    expect(server.pool.totalCount).toBeLessThanOrEqual(POOL);
    const ready = await fetch(`${server.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
    // Raw on purpose: ordinary requests over the same bare HTTP path the attacks took.
    expect(
      await post(graphqlUrl, { 'content-type': 'application/json' }, JSON.stringify({ query: '{ __typename }' })),
    ).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
    const mine = await post(
      graphqlUrl,
      { 'content-type': 'application/json', ...signedIn },
      JSON.stringify({ query: '{ me { user { email } } currentTenant { id } }' }),
    );
    expect(mine).toMatchObject({
      status: 200,
      json: { data: { me: { user: { email: tenant.agency.ownerEmail } }, currentTenant: { id: tenant.id } } },
    });
    // A burst of ordinary requests, as many as the pool several times over, is served at once.
    const burst = await bounded(Array.from({ length: 4 * POOL }), 4 * POOL, () =>
      post(
        graphqlUrl,
        { 'content-type': 'application/json', ...signedIn },
        JSON.stringify({ query: '{ currentTenant { id } }' }),
      ),
    );
    expect(new Set(burst.map((a) => a.status))).toEqual(new Set([200]));
  });
});
