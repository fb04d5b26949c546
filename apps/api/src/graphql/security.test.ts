import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
import { testDataSource } from '../test/seed.js';
import { GRAPHQL_LIMITS } from './armor.js';
import { createSchema } from './schema.js';

const gql = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
    async (r) => ({
      status: r.status,
      body: (await r.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
      },
    }),
  );

const verdicts = (results: AuditResult[], level: 'MUST' | 'SHOULD') => results.filter((r) => r.name.startsWith(level));

describe('GraphQL over HTTP and query limits', () => {
  let production: App;
  let plainApollo: http.Server;
  let plainUrl: string;

  beforeAll(async () => {
    // The same API in production mode, on the test database.
    const base = loadConfig({ ...process.env, DATABASE_URL: inject('databaseUrl'), NODE_ENV: 'production' });
    // Rate-limit counters are shared with the test server (same database, same address): not this test's subject.
    const config = {
      ...base,
      worker: 'off' as const,
      seedDemo: false,
      metrics: null,
      rateLimits: { ...base.rateLimits, anonymousGraphqlPerIp: 0 },
    };
    production = await startServer(config, await testDataSource(), createLogger('silent'), { port: 0 });
    // Apollo Server with its defaults and the same schema: the bar for the SHOULD results.
    const apollo = new ApolloServer({ schema: await createSchema() });
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json(), expressMiddleware(apollo));
    plainApollo = http.createServer(app);
    await new Promise<void>((resolve) => plainApollo.listen(0, '127.0.0.1', resolve));
    plainUrl = `http://127.0.0.1:${(plainApollo.address() as { port: number }).port}/graphql`;
  });

  afterAll(async () => {
    await production?.stop();
    plainApollo?.close();
  });

  it("passes every MUST of the graphql-http server audit, and its SHOULDs at least as well as Apollo Server's defaults", async () => {
    const ours = await auditServer({ url: `${inject('apiUrl')}/graphql` });
    const failedMusts = verdicts(ours, 'MUST').filter((r) => r.status !== 'ok');
    expect(failedMusts.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    const theirs = await auditServer({ url: plainUrl });
    const okIds = (results: AuditResult[]) =>
      new Set(
        verdicts(results, 'SHOULD')
          .filter((r) => r.status === 'ok')
          .map((r) => r.id),
      );
    const worse = [...okIds(theirs)].filter((id) => !okIds(ours).has(id));
    expect(worse.map((id) => theirs.find((r) => r.id === id)!.name)).toEqual([]);
  }, 60_000);

  it('refuses documents beyond the depth, alias, directive, token and cost limits before running them', async () => {
    const url = `${inject('apiUrl')}/graphql`;
    // Raw on purpose: documents past the limits, built to size, are what a typed client never sends.
    const deep = `{ me { ${'agency { id '.repeat(GRAPHQL_LIMITS.maxDepth + 2)}${'} '.repeat(GRAPHQL_LIMITS.maxDepth + 2)} } }`;
    const aliases = `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: me { canCreateTenants }`).join(' ')} }`;
    const directives = `{ __typename ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 5)} }`;
    const tokens = `{ ${'__typename '.repeat(GRAPHQL_LIMITS.maxTokens + 10)} }`;
    const costly = `{ ${Array.from({ length: 18 }, (_, i) => `q${i}: tenants(first: 100) { edges { node { offices { address { country locality } } groupEntities { name country } rights { right grants { jurisdiction reference } } } } }`).join(' ')} }`;
    for (const [what, query] of [
      ['depth', deep],
      ['aliases', aliases],
      ['directives', directives],
      ['tokens', tokens],
      ['cost', costly],
    ] as const) {
      const { status, body } = await gql(url, query);
      expect({ what, status, code: body.errors?.[0]?.extensions?.code, data: body.data ?? null }).toEqual({
        what,
        status: 400,
        code: expect.stringMatching(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/),
        data: null,
      });
    }
    expect((await gql(url, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('in production: no introspection, no field suggestions, no stack traces, no batching, CSRF prevention on', async () => {
    const url = `${production.url}/graphql`;
    // Raw on purpose: bare HTTP as an outsider probes: introspection, a misspelt field, a batch, a form post, 2 MB.
    const introspection = await gql(url, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await gql(url, '{ tenantz { totalCount } }');
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(typo.body)).not.toContain('stacktrace');
    const batched = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batched.status).toBe(400);
    // A simple cross-site form post is refused before any resolver runs.
    const csrf = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF|preflight/i);
    // An oversized body is a clear 413, not a crash.
    const huge = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2_000_000)}` }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('in production: no suggestions of any kind (enum values, arguments, types, variables)', async () => {
    // Raw on purpose: misspelt values, arguments, types and fields, which a typed document would not compile.
    const typos: [string, Record<string, unknown>?][] = [
      ['{ agencyDataSubjectRequests(states: [RECIEVED]) { totalCount } }'],
      ['{ agencyDataSubjectRequests(stat: [RECEIVED]) { totalCount } }'],
      ['query ($s: [RequestStat!]) { agencyDataSubjectRequests(states: $s) { totalCount } }'],
      ['query ($s: [RequestState!]) { agencyDataSubjectRequests(states: $s) { totalCount } }', { s: ['RECIEVED'] }],
      ['{ agencyDataSubjectRequests(states: [RECEIVED]) { totalCout } }'],
    ];
    for (const [query, variables] of typos) {
      const body = JSON.stringify({ query, variables });
      const [dev, prod] = await Promise.all(
        [`${inject('apiUrl')}/graphql`, `${production.url}/graphql`].map((url) =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
            (r) => r.json() as Promise<{ errors?: { message: string }[] }>,
          ),
        ),
      );
      // The same document does suggest outside production (but for fields, which armor blocks there too), so the
      // production answer is one with the suggestion taken out.
      if (!query.includes('totalCout'))
        expect(dev!.errors?.map((e) => e.message).join(' '), query).toMatch(/did you mean/i);
      expect(prod!.errors?.length, query).toBeGreaterThan(0);
      for (const error of prod!.errors ?? []) {
        expect(error.message, query).not.toMatch(/did you mean/i);
        // Nothing the client did not write itself: no real value, argument or field name.
        expect(error.message, query).not.toMatch(/"RECEIVED"|"states"|"totalCount"/);
      }
    }
  });
});
