import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { CONNECTION_TIMEOUT_MS, createDataSource } from '../db/data-source.js';
import { inTransaction } from '../db/request-transaction.js';
import { createLogger } from '../logger.js';
import { startServer, type App } from '../server.js';
import { makeConsentReady } from '../test/policy-fixture.js';
import { seed, testDataSource } from '../test/seed.js';

/**
 * A TCP proxy in front of the test PostgreSQL server: `cut()` drops every connection and refuses new ones, as a
 * server restart does from the application's side; `restore()` accepts again on the same port.
 */
class CuttableProxy {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async listen(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults', () => {
  let app: App | null = null;
  let proxy: CuttableProxy | null = null;
  afterAll(async () => {
    await app?.stop().catch(() => undefined);
    await proxy?.cut();
  });

  it('during a database outage public writes get 503 with Retry-After at once; afterwards the API recovers and every acknowledged write is stored', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { analytics } = await makeConsentReady(tenant);

    const dbUrl = new URL(inject('databaseUrl'));
    proxy = new CuttableProxy({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    await proxy.listen();
    const viaProxy = new URL(dbUrl);
    viaProxy.port = String(proxy.port);
    const base = loadConfig({ ...process.env, DATABASE_URL: viaProxy.toString(), NODE_ENV: 'test' });
    const config = {
      ...base,
      worker: 'off' as const,
      seedDemo: false,
      rateLimits: { ...base.rateLimits, publicWritesPerIp: 0, publicWritesPerTenant: 0, anonymousGraphqlPerIp: 0 },
    };
    const dataSource = await createDataSource(viaProxy.toString(), 8).initialize();
    app = await startServer(config, dataSource, createLogger('silent'), { port: 0 });

    const acknowledged: string[] = [];
    const outcomes: { status: number; ms: number; retryAfter: string | null; phase: string }[] = [];
    let phase = 'before';
    let running = true;
    const client = async () => {
      while (running) {
        const started = Date.now();
        const at = phase;
        const res = await fetch(`${app!.url}/p/${tenant.slug}/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            subjectId: `load-${randomUUID()}`,
            granted: [analytics],
            method: 'API',
            noticeText: 'load test',
            idempotencyKey: randomUUID(),
          }),
        }).catch(() => null);
        if (!res) continue;
        const body = (await res.json().catch(() => ({}))) as { id?: string };
        outcomes.push({
          status: res.status,
          ms: Date.now() - started,
          retryAfter: res.headers.get('retry-after'),
          phase: at,
        });
        if (res.status === 201 && body.id) acknowledged.push(body.id);
        if (res.status === 503) await sleep(50);
      }
    };
    const clients = Array.from({ length: 6 }, client);
    await sleep(1000);
    phase = 'outage';
    await proxy.cut();
    await sleep(300);
    // Raw on purpose: bare requests during the outage, judged by their status and Retry-After header.
    const gql = (query: string) =>
      fetch(`${app!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const signIn = await gql(
      'mutation { login(input: { email: "someone@example.com", password: "not-the-password" }) { __typename } }',
    );
    expect({
      status: signIn.status,
      retryAfter: signIn.headers.get('retry-after'),
      body: await signIn.json(),
    }).toMatchObject({
      status: 503,
      retryAfter: '5',
      body: { errors: [{ extensions: { code: 'UNAVAILABLE' } }] },
    });
    // A request that needs no database takes no connection, so it is answered during the outage.
    const typename = await gql('{ __typename }');
    expect({ status: typename.status, body: await typename.json() }).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });
    await sleep(2200);
    phase = 'after';
    await proxy.listen();
    // The API must recover by itself: keep going until writes succeed again (bounded).
    const recoveredBy = Date.now() + 20_000;
    while (Date.now() < recoveredBy && !outcomes.some((o) => o.phase === 'after' && o.status === 201)) await sleep(200);
    await sleep(500);
    running = false;
    await Promise.all(clients);

    const during = outcomes.filter((o) => o.phase === 'outage');
    expect(outcomes.filter((o) => o.status !== 201 && o.status !== 503)).toEqual([]);
    expect(during.some((o) => o.status === 503)).toBe(true);
    for (const o of during.filter((x) => x.status === 503)) {
      expect(o.retryAfter).toBe('5');
      // Not hanging: the answer comes within the connection timeout (plus scheduling slack), not a TCP timeout.
      expect(o.ms).toBeLessThan(CONNECTION_TIMEOUT_MS + 2000);
    }
    expect(outcomes.some((o) => o.phase === 'before' && o.status === 201)).toBe(true);
    expect(outcomes.some((o) => o.phase === 'after' && o.status === 201)).toBe(true);

    // Every write acknowledged with 2xx is in the database.
    const ds = await testDataSource();
    const stored: { id: string }[] = await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
      tx.manager.query('SELECT id FROM consent_events WHERE id = ANY ($1::uuid[])', [acknowledged]),
    );
    expect(stored.length).toBe(acknowledged.length);
    expect(acknowledged.length).toBeGreaterThan(5);
  }, 60_000);
});
