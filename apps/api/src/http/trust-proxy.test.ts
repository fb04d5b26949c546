import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
import { runBuilt } from '../test/api-process.js';
import { seed } from '../test/seed.js';

const LIMIT = 3;

/** A client address of its own for each case, so no other test's requests count against its budget. */
const loopbackClient = () =>
  `127.${1 + (randomBytes(1)[0]! % 254)}.${randomBytes(1)[0]!}.${1 + (randomBytes(1)[0]! % 254)}`;
/** An address from the documentation range, unique per call: what a proxy would forward. */
const forwardedAddress = () => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { error?: { code: string }; errors?: { extensions: { code: string } }[] };
}

/** A POST from the client address `from` (a loopback address: Linux routes all of 127/8 to this host). */
function post(app: App, path: string, body: object, from: string, forwardedFor?: string): Promise<Answer> {
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            retryAfter: res.headers['retry-after'],
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/**
 * Per-IP budgets behind a reverse proxy: a public write (a data-subject request with no content: refused with 422
 * after the limiter counted it) and anonymous GraphQL, each with a budget of LIMIT per client and minute. Counters
 * are in PostgreSQL, as in production.
 */
describe('client addresses behind a reverse proxy (NOTICEBOARD_TRUST_PROXY)', () => {
  let dataSource: DataSource;
  let slug: string;
  const apps: App[] = [];
  const start = async (trustProxy: string) => {
    const base = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      NOTICEBOARD_TRUST_PROXY: trustProxy,
    });
    const config = {
      ...base,
      host: '127.0.0.1',
      worker: 'off' as const,
      seedDemo: false,
      rateLimits: {
        ...base.rateLimits,
        publicWritesPerIp: LIMIT,
        publicWritesPerTenant: 0,
        anonymousGraphqlPerIp: LIMIT,
      },
    };
    const app = await startServer(config, dataSource, createLogger('silent'), { port: 0 });
    apps.push(app);
    return app;
  };
  let behindProxy: App;
  let direct: App;

  beforeAll(async () => {
    dataSource = await createDataSource(inject('databaseUrl'), 4).initialize();
    slug = (await (await seed.agency()).tenant()).slug;
    behindProxy = await start('loopback');
    direct = await start('false');
  });

  afterAll(async () => {
    for (const app of apps) {
      await app.stop();
      app.httpServer.close();
    }
    await dataSource?.destroy();
  });

  const publicWrite = (app: App, from: string, forwardedFor?: string) =>
    post(app, `/p/${slug}/requests`, { type: 'ACCESS' }, from, forwardedFor);
  // Raw on purpose: sent from a chosen source address by the socket-level helper; `{ __typename }` needs no schema.
  const anonymousGraphql = (app: App, from: string, forwardedFor?: string) =>
    post(app, '/graphql', { query: '{ __typename }' }, from, forwardedFor);
  const endpoints = [
    { name: 'a public endpoint', call: publicWrite, allowed: 422, limitedCode: (a: Answer) => a.body.error?.code },
    {
      name: 'anonymous GraphQL',
      call: anonymousGraphql,
      allowed: 200,
      limitedCode: (a: Answer) => a.body.errors?.[0]?.extensions.code,
    },
  ];

  for (const endpoint of endpoints) {
    it(`trusting the proxy's address, two clients it forwards get a budget each on ${endpoint.name}`, async () => {
      const proxy = loopbackClient();
      const [alice, bob] = [forwardedAddress(), forwardedAddress()];
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) statuses.push((await endpoint.call(behindProxy, proxy, alice)).status);
      expect(statuses).toEqual(Array(LIMIT).fill(endpoint.allowed));
      const limited = await endpoint.call(behindProxy, proxy, alice);
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(endpoint.limitedCode(limited)).toBe('RATE_LIMITED');
      expect((await endpoint.call(behindProxy, proxy, bob)).status).toBe(endpoint.allowed);
      // A client that puts an address of its choosing in front of what the proxy appends is still the address
      // the proxy saw: the rightmost one not trusted.
      expect((await endpoint.call(behindProxy, proxy, `${forwardedAddress()}, ${alice}`)).status).toBe(429);
    });

    it(`without trust, X-Forwarded-For is ignored on ${endpoint.name}: a new address in it each time does not dodge the limit`, async () => {
      const client = loopbackClient();
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i++) statuses.push((await endpoint.call(direct, client, forwardedAddress())).status);
      expect(statuses).toEqual(Array(LIMIT).fill(endpoint.allowed));
      const limited = await endpoint.call(direct, client, forwardedAddress());
      expect(limited.status).toBe(429);
      expect(endpoint.limitedCode(limited)).toBe('RATE_LIMITED');
      // The budget is the connection's address: another client still has its own.
      expect((await endpoint.call(direct, loopbackClient(), forwardedAddress())).status).toBe(endpoint.allowed);
    });
  }

  it('NOTICEBOARD_TRUST_PROXY takes false, true, a hop count or proxy addresses, and refuses anything else by name', () => {
    const trust = (value: string | undefined) => loadConfig({ NOTICEBOARD_TRUST_PROXY: value }).trustProxy;
    expect(trust(undefined)).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('1')).toBe(1);
    expect(trust(' loopback, 10.0.0.0/8 ,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const bad of ['yes', '-1', '1.5', '10.0.0.0/33', '10.0.0.1,,10.0.0.2', 'loopback;10.0.0.1']) {
      expect(() => trust(bad), bad).toThrow(
        /NOTICEBOARD_TRUST_PROXY must be "false", "true", a number of proxy hops, or comma-separated proxy addresses/,
      );
    }
  });

  it('the API refuses to start with a bad NOTICEBOARD_TRUST_PROXY and says why', async () => {
    const { code, output } = await runBuilt('main.js', [], {
      NOTICEBOARD_TRUST_PROXY: '10.0.0.0/33',
      DATABASE_URL: inject('databaseUrl'),
    }).done;
    expect(code).toBe(1);
    expect(output).toContain('NOTICEBOARD_TRUST_PROXY must be');
    expect(output).toContain('invalid range on address: 10.0.0.0/33');
  });
});
