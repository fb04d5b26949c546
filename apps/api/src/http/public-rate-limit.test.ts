import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
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
  const json = res.headers.get('content-type')?.startsWith('application/json') ? ((await res.json()) as { error?: { code?: string } }) : null;
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
    const base = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: inject('databaseUrl'), NOTICEBOARD_TRUST_PROXY: 'loopback' });
    const rateLimits = { ...base.rateLimits, publicWritesPerIp: PER_IP, publicWritesPerTenant: PER_TENANT, publicReadsPerIp: PER_IP, anonymousGraphqlPerIp: 0 };
    app = await startServer({ ...base, host: '127.0.0.1', worker: 'off', seedDemo: false, rateLimits }, await testDataSource(), createLogger('silent'), { port: 0 });
  });

  afterAll(async () => {
    await app?.stop();
    app?.httpServer.close();
  });

  const tokenLinks = [
    { name: 'subscription confirmation', path: (slug: string) => `/p/${slug}/subprocessors/confirm?token=not-a-token`, allowed: 404 },
    { name: 'unsubscribe', path: (slug: string) => `/p/${slug}/subprocessors/unsubscribe?token=not-a-token`, allowed: 404 },
    { name: 'request identity verification', path: (slug: string) => `/p/${slug}/requests/verify?token=not-a-token`, allowed: 400 },
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
      for (let i = 0; i < PER_TENANT; i++) statuses.push((await get(app, link.path(busy.slug), clientAddress())).status);
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
    const reads = (value: string | undefined) => loadConfig({ NOTICEBOARD_RATE_PUBLIC_READS_PER_IP: value }).rateLimits.publicReadsPerIp;
    expect(reads(undefined)).toBe(1200);
    expect(reads('0')).toBe(0);
    expect(reads('5000')).toBe(5000);
    for (const bad of ['-1', '1.5', 'lots']) expect(() => reads(bad), bad).toThrow(/NOTICEBOARD_RATE_PUBLIC_READS_PER_IP must be a non-negative integer/);
  });
});
