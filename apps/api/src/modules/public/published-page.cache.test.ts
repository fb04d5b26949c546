import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { startCountedApi, type CountedApi } from '../../test/counted-api.js';
import { eventually } from '../../test/eventually.js';
import { graphql } from '../../test/graphql.js';
import { create, makeComplete, publish, translateDraft, type CompletePolicy } from '../../test/policy-fixture.js';
import { seed, type TenantSeed } from '../../test/seed.js';
import { PUBLIC_CHANGES_CHANNEL, PublishedPageCache } from './published-page.cache.js';

/**
 * Public pages come from this process's memory once read, and a publish anywhere evicts them at once. The API
 * here runs in the test's process, so the statements its driver sends can be counted; the tenants publish
 * through the suite's API, another process, as a second replica would.
 */

let api: CountedApi;

beforeAll(async () => {
  api = await startCountedApi();
});

afterAll(async () => {
  await api?.stop();
});

/** GETs `path` from the in-process API: status, ETag, body and the SQL statements it took. */
async function get(path: string): Promise<{ status: number; etag: string | null; body: string; statements: number }> {
  const before = api.statements();
  const res = await fetch(`${api.url}${path}`);
  const body = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body, statements: api.statements() - before };
}

/** Announces a change of the tenant's pages, as a publish does, from a connection of its own. */
async function notify(tenantId: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query('SELECT pg_notify($1, $2)', [PUBLIC_CHANGES_CHANNEL, tenantId]);
  } finally {
    await client.end();
  }
}

/** A change to the policy, so the next publish makes a new version. */
async function addAudience(tenant: TenantSeed, policy: CompletePolicy, name: string): Promise<void> {
  const audienceId = await create(tenant.admin, 'Audience', { name });
  await tenant.admin.gql(
    graphql(`mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`),
    { input: { id: policy.purposeId, audienceIds: [policy.audienceId, audienceId] } },
  );
}

/** Until the cache listens (it connects after the server starts), every read goes to the database. */
async function servedFromMemory(path: string): Promise<{ etag: string | null; body: string }> {
  return eventually(async () => {
    const read = await get(path);
    return read.statements === 0 && read.status === 200 ? read : null;
  }, `${path} served without a statement`);
}

describe('published pages in memory', () => {
  it('serves a page read once without any SQL, and a publish through another process evicts it at once', async () => {
    const tenant = await (await seed.agency()).tenant();
    const policy = await makeComplete(tenant);
    await translateDraft(tenant, ['DE']);
    expect((await publish(tenant.admin, 'First', '2026-01-01')).__typename).toBe('PolicyVersion');
    const live = `/p/${tenant.slug}/privacy.txt`;
    const first = await servedFromMemory(live);
    expect(first.body).toContain('Customers');
    // Each language and format is its own entry; a stored version is cached like the live page.
    expect((await servedFromMemory(`/p/${tenant.slug}/privacy?lang=de`)).body).toContain('lang="de"');
    expect((await servedFromMemory(`/p/${tenant.slug}/privacy/v/1.json`)).body).toContain('"version": 1');

    await addAudience(tenant, policy, 'Job applicants');
    await translateDraft(tenant, ['DE']); // the new audience's name in German too
    expect((await publish(tenant.admin, 'Job applicants', '2026-02-01')).__typename).toBe('PolicyVersion');
    const after = await get(live);
    expect(after.etag).not.toBe(first.etag);
    expect(after.body).toContain('Job applicants');
    expect(after.statements).toBeGreaterThan(0);
    expect((await servedFromMemory(live)).etag).toBe(after.etag);

    // What an SRE sees of it.
    const metrics = await (await fetch(api.metricsUrl)).text();
    expect(metrics).toMatch(/^noticeboard_public_cache_serving 1$/m);
    expect(Number(/^noticeboard_public_cache_bytes (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(first.body.length);
    expect(
      Number(/^noticeboard_public_cache_lookups_total\{result="hit"\} (\d+)$/m.exec(metrics)?.[1]),
    ).toBeGreaterThanOrEqual(4);
    expect(
      Number(/^noticeboard_public_cache_lookups_total\{result="miss"\} (\d+)$/m.exec(metrics)?.[1]),
    ).toBeGreaterThanOrEqual(2);
  });

  it('does not keep a live page past the day a later-dated version takes over', async () => {
    const tenant = await (await seed.agency()).tenant();
    const policy = await makeComplete(tenant);
    await publish(tenant.admin, 'First', '2026-01-01');
    await addAudience(tenant, policy, 'Job applicants');
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect((await publish(tenant.admin, 'Coming', later)).__typename).toBe('PolicyVersion');
    // Version 1 stays live until then and is cached meanwhile (until that midnight, at most a minute).
    const live = await servedFromMemory(`/p/${tenant.slug}/privacy.txt`);
    expect(live.body).not.toContain('Job applicants');

    const cache = new PublishedPageCache(inject('databaseUrl'), 1, 60_000, createLogger('silent'));
    try {
      cache.start();
      const page = { tenantId: tenant.id, docs: [] };
      await eventually(async () => {
        cache.keep('probe', page, cache.lookupStarted(), null);
        return cache.get('probe') !== undefined;
      }, 'the cache listening');
      cache.keep('due', page, cache.lookupStarted(), Date.now() - 1);
      expect(cache.get('due')).toBeUndefined();
      // A lookup that overlapped an announcement may hold what was just replaced: it is not kept.
      const started = cache.lookupStarted();
      await notify(tenant.id);
      await eventually(async () => cache.get('probe') === undefined, 'the announcement evicting the tenant');
      cache.keep('overlapped', page, started, null);
      expect(cache.get('overlapped')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });

  it('reads from the database while its LISTEN connection is lost, and caches again once it listens', async () => {
    const tenant = await (await seed.agency()).tenant();
    const policy = await makeComplete(tenant);
    await publish(tenant.admin, 'First', '2026-01-01');
    const live = `/p/${tenant.slug}/privacy.txt`;
    const first = await servedFromMemory(live);
    // As a database failover or a network cut would: every cache's listening session ends.
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'noticeboard-public-cache' AND datname = current_database()",
      );
    } finally {
      await admin.end();
    }
    await addAudience(tenant, policy, 'Job applicants');
    await publish(tenant.admin, 'Job applicants', '2026-02-01');
    const after = await get(live);
    expect(after.etag).not.toBe(first.etag);
    expect(after.body).toContain('Job applicants');
    expect((await servedFromMemory(live)).etag).toBe(after.etag);
  });
});
