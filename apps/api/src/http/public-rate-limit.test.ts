import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
import { makeConsentReady } from '../test/policy-fixture.js';
import { seed, testDataSource } from '../test/seed.js';

const PER_IP = 3;
const PER_TENANT = 5;

/** A client address of its own for each use (the documentation range), forwarded by the trusted loopback proxy. */
const clientAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
}

async function get(app: App, path: string, from: string): Promise<Answer> {
  const res = await fetch(`${app.url}${path}`, { headers: { 'x-forwarded-for': from, accept: 'application/json' } });
  const json = res.headers.get('content-type')?.startsWith('application/json')
    ? ((await res.json()) as { error?: { code?: string } })
    : null;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: json?.error?.code };
}

/**
 * The public GETs that take a token or change state (the emailed links) count against the public-write budgets,
 * per client and per tenant, like the posts; every other public GET against a per-client read budget. Counters
 * for writes are in PostgreSQL, as in production; the read budget is this process's.
 */
describe('rate limits on public links and pages', () => {
  let app: App;

  beforeAll(async () => {
    const base = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      NOTICEBOARD_TRUST_PROXY: 'loopback',
    });
    // No writes free of the tenant budget here: every write draws from it (the fair share has its own suite below).
    const rateLimits = {
      ...base.rateLimits,
      publicWritesPerIp: PER_IP,
      publicWritesPerTenant: PER_TENANT,
      publicWritesFreePerAddress: 0,
      publicReadsPerIp: PER_IP,
      anonymousGraphqlPerIp: 0,
    };
    app = await startServer(
      { ...base, host: '127.0.0.1', worker: 'off', seedDemo: false, rateLimits },
      await testDataSource(),
      createLogger('silent'),
      { port: 0 },
    );
  });

  afterAll(async () => {
    await app?.stop();
    app?.httpServer.close();
  });

  const tokenLinks = [
    {
      name: 'subscription confirmation',
      path: (slug: string) => `/p/${slug}/subprocessors/confirm?token=not-a-token`,
      allowed: 404,
    },
    {
      name: 'unsubscribe',
      path: (slug: string) => `/p/${slug}/subprocessors/unsubscribe?token=not-a-token`,
      allowed: 404,
    },
    {
      name: 'request identity verification',
      path: (slug: string) => `/p/${slug}/requests/verify?token=not-a-token`,
      allowed: 400,
    },
  ];

  const expectLimited = (answer: Answer) => {
    expect(answer.status).toBe(429);
    expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(answer.code).toBe('RATE_LIMITED');
  };

  for (const link of tokenLinks) {
    it(`the ${link.name} link answers 429 with Retry-After past the per-client limit; another client goes on`, async () => {
      const { slug } = await (await seed.agency()).tenant();
      const client = clientAddress();
      const statuses: number[] = [];
      for (let i = 0; i < PER_IP; i++) statuses.push((await get(app, link.path(slug), client)).status);
      expect(statuses).toEqual(Array(PER_IP).fill(link.allowed));
      expectLimited(await get(app, link.path(slug), client));
      expect((await get(app, link.path(slug), clientAddress())).status).toBe(link.allowed);
    });

    it(`the ${link.name} link answers 429 past the per-tenant limit, whatever the client; other tenants are unaffected`, async () => {
      const agency = await seed.agency();
      const [busy, quiet] = await Promise.all([agency.tenant(), agency.tenant()]);
      const statuses: number[] = [];
      for (let i = 0; i < PER_TENANT; i++)
        statuses.push((await get(app, link.path(busy.slug), clientAddress())).status);
      expect(statuses).toEqual(Array(PER_TENANT).fill(link.allowed));
      expectLimited(await get(app, link.path(busy.slug), clientAddress()));
      expect((await get(app, link.path(quiet.slug), clientAddress())).status).toBe(link.allowed);
    });
  }

  it('policy pages and the embed script share a per-client read budget: past it 429 with Retry-After, another client goes on', async () => {
    const { slug } = await (await seed.agency()).tenant();
    const client = clientAddress();
    // Nothing published yet: the pages answer 404, which counts as much as a 200.
    const reads = [`/p/${slug}/embed.js`, `/p/${slug}/privacy`, `/p/${slug}/privacy/v/1.json`];
    const statuses: number[] = [];
    for (const path of reads) statuses.push((await get(app, path, client)).status);
    expect(statuses).toEqual([200, 404, 404]);
    expectLimited(await get(app, `/p/${slug}/subprocessors.json`, client));
    expect((await get(app, `/p/${slug}/embed.js`, clientAddress())).status).toBe(200);
  });

  it('a link counted as a write does not spend the read budget, nor a page the write budget', async () => {
    const { slug } = await (await seed.agency()).tenant();
    const link = `/p/${slug}/subprocessors/confirm?token=not-a-token`;
    const page = `/p/${slug}/embed.js`;
    const spend = async (client: string, path: string, allowed: number) => {
      for (let i = 0; i < PER_IP; i++) expect((await get(app, path, client)).status).toBe(allowed);
      expectLimited(await get(app, path, client));
    };
    const [linksFirst, pagesFirst] = [clientAddress(), clientAddress()];
    await spend(linksFirst, link, 404);
    await spend(linksFirst, page, 200);
    await spend(pagesFirst, page, 200);
    expect((await get(app, link, pagesFirst)).status).toBe(404);
  });

  it('NOTICEBOARD_RATE_PUBLIC_READS_PER_IP is generous by default, 0 turns it off, and anything else but a count is refused', () => {
    const reads = (value: string | undefined) =>
      loadConfig({ NOTICEBOARD_RATE_PUBLIC_READS_PER_IP: value }).rateLimits.publicReadsPerIp;
    expect(reads(undefined)).toBe(1200);
    expect(reads('0')).toBe(0);
    expect(reads('5000')).toBe(5000);
    for (const bad of ['-1', '1.5', 'lots'])
      expect(() => reads(bad), bad).toThrow(/NOTICEBOARD_RATE_PUBLIC_READS_PER_IP must be a non-negative integer/);
  });

  it('NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS is 5 by default (0 in tests), 0 turns it off, and anything else but a count is refused', () => {
    const free = (value: string | undefined, nodeEnv?: string) =>
      loadConfig({ NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS: value, NODE_ENV: nodeEnv }).rateLimits
        .publicWritesFreePerAddress;
    expect(free(undefined)).toBe(5);
    expect(free(undefined, 'test')).toBe(0);
    expect(free('0')).toBe(0);
    expect(free('2')).toBe(2);
    for (const bad of ['-1', '1.5', 'lots'])
      expect(() => free(bad), bad).toThrow(
        /NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS must be a non-negative integer/,
      );
  });
});

const FAIR_PER_IP = 10;
const FAIR_PER_TENANT = 40;
const FREE_PER_ADDRESS = 5;
const JUNK_ADDRESSES = 21;
const REAL_VISITORS = 20;

/**
 * The tenant budget is shared fairly: each client address's first writes to a tenant in a minute
 * (NOTICEBOARD_RATE_PUBLIC_WRITES_FREE_PER_ADDRESS) do not draw from it, so a few heavy addresses exhaust the
 * shared budget among themselves while first-time visitors still get through. Counters in PostgreSQL, as in production.
 */
describe("a flood from a few addresses does not use up a tenant's public writes for its visitors", () => {
  let app: App;

  beforeAll(async () => {
    const base = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      NOTICEBOARD_TRUST_PROXY: 'loopback',
    });
    const rateLimits = {
      ...base.rateLimits,
      publicWritesPerIp: FAIR_PER_IP,
      publicWritesPerTenant: FAIR_PER_TENANT,
      publicWritesFreePerAddress: FREE_PER_ADDRESS,
      publicReadsPerIp: 0,
      anonymousGraphqlPerIp: 0,
    };
    app = await startServer(
      { ...base, host: '127.0.0.1', worker: 'off', seedDemo: false, rateLimits },
      await testDataSource(),
      createLogger('silent'),
      { port: 0 },
    );
  });

  afterAll(async () => {
    await app?.stop();
    app?.httpServer.close();
  });

  const consent = async (slug: string, from: string, body: unknown): Promise<number> => {
    const res = await fetch(`${app.url}/p/${slug}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return res.status;
  };

  it(`junk from ${JUNK_ADDRESSES} addresses until each is refused; then ${REAL_VISITORS} new visitors each record a consent, and the junk stays refused`, async () => {
    const tenant = await (await seed.agency()).tenant();
    const { analytics } = await makeConsentReady(tenant);
    const junk = { subjectId: 'junk', granted: ['not-a-purpose'], method: 'BANNER', noticeText: 'junk' };

    // Each junk address writes (concurrently with the others) until it gets its first 429.
    const junkAddresses = Array.from({ length: JUNK_ADDRESSES }, clientAddress);
    const acceptedPerAddress = await Promise.all(
      junkAddresses.map(async (from) => {
        let accepted = 0;
        while ((await consent(tenant.slug, from, junk)) !== 429) accepted++;
        return accepted;
      }),
    );
    const junkAccepted = acceptedPerAddress.reduce((a, b) => a + b, 0);

    const visitors = await Promise.all(
      Array.from({ length: REAL_VISITORS }, () =>
        consent(tenant.slug, clientAddress(), {
          subjectId: `visitor-${randomUUID()}`,
          granted: [analytics],
          method: 'BANNER',
          noticeText: 'We would like to measure visits.',
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const served = visitors.filter((status) => status === 201).length;
    const junkAfter = await Promise.all(junkAddresses.map((from) => consent(tenant.slug, from, junk)));
    console.log(
      `public writes, ${JUNK_ADDRESSES} junk addresses (per address ${FAIR_PER_IP}/min, tenant ${FAIR_PER_TENANT}/min, ` +
        `${FREE_PER_ADDRESS} free per address): junk accepted ${junkAccepted}, real visitors served ${served}/${REAL_VISITORS}, junk refused afterwards ${junkAfter.filter((s) => s === 429).length}/${JUNK_ADDRESSES}`,
    );

    expect(visitors).toEqual(Array(REAL_VISITORS).fill(201));
    expect(junkAfter).toEqual(Array(JUNK_ADDRESSES).fill(429));
    // Every junk address got its allowance; beyond it they shared the tenant budget and no more.
    expect(Math.min(...acceptedPerAddress)).toBeGreaterThanOrEqual(FREE_PER_ADDRESS);
    expect(junkAccepted - JUNK_ADDRESSES * FREE_PER_ADDRESS).toBeLessThanOrEqual(FAIR_PER_TENANT);
    // The flood wanted more than that (each address up to its per-address limit): the tenant budget stopped it, not only the per-address limit.
    expect(junkAccepted).toBeLessThan(JUNK_ADDRESSES * FAIR_PER_IP);
    expect(acceptedPerAddress.some((n) => n < FAIR_PER_IP)).toBe(true);
  });

  it('past its free writes, an address draws from the tenant budget: heavy addresses exhaust it among themselves, then are refused', async () => {
    const tenant = await (await seed.agency()).tenant();
    const junk = { subjectId: 'junk', granted: ['not-a-purpose'], method: 'BANNER', noticeText: 'junk' };
    const heavy = Array.from(
      { length: Math.ceil(FAIR_PER_TENANT / (FAIR_PER_IP - FREE_PER_ADDRESS)) + 1 },
      clientAddress,
    );
    let accepted = 0;
    for (const from of heavy) while ((await consent(tenant.slug, from, junk)) !== 429) accepted++;
    // In turn: each address its free writes, then the rest of its per-address limit from the tenant budget until none is left.
    expect(accepted).toBe(heavy.length * FREE_PER_ADDRESS + FAIR_PER_TENANT);
    // A new address still gets its free writes, and no more.
    const late = clientAddress();
    const statuses: number[] = [];
    for (let i = 0; i <= FREE_PER_ADDRESS; i++) statuses.push(await consent(tenant.slug, late, junk));
    expect(statuses).toEqual([...Array(FREE_PER_ADDRESS).fill(422), 429]);
  });
});
