import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import {
  freePort,
  startApiProcess as startReplica,
  stopApiProcess as stopReplica,
  type ApiProcess as Replica,
} from './api-process.js';
import { eventually } from './eventually.js';
import { Client } from './client.js';
import { graphql, having } from './graphql.js';
import { makeConsentReady, makeComplete, publish } from './policy-fixture.js';
import { PASSWORD, seed } from './seed.js';

/**
 * Two API processes (separate memory, pools and job workers) on the one test database, beside the suite's own
 * in-process server: what a load balancer in front of replicas would see. Nothing is shared but PostgreSQL.
 */
describe('stateless replicas on one PostgreSQL', () => {
  const replicas: Replica[] = [];

  beforeAll(async () => {
    replicas.push(
      ...(await Promise.all([
        startReplica('a', { NOTICEBOARD_METRICS_PORT: String(await freePort()) }),
        startReplica('b'),
      ])),
    );
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) await stopReplica(r);
  });

  it('a sign-in on one replica is valid on the other, and a sign-out on one ends it on both', async () => {
    const agency = await seed.agency();
    const [a, b] = replicas as [Replica, Replica];
    const on = (app: Replica, token?: string) => new Client({ apiUrl: app.url, token });
    const ME = graphql('{ me { user { email } } }');
    const login = await on(a).gql(
      graphql(
        'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { ... on LoginSuccess { token } } }',
      ),
      { e: agency.ownerEmail, p: PASSWORD },
    );
    const token = having(login.login, 'token').token;
    expect((await on(b, token).gql(ME)).me.user?.email).toBe(agency.ownerEmail);
    expect((await on(b, token).gql(graphql('mutation { logout }'))).logout).toBe(true);
    expect((await on(a, token).raw(ME)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a version published through one replica is served by the other at once', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [a, b] = replicas as [Replica, Replica];
    await makeComplete(tenant);
    await publish(tenant.admin, 'First', '2026-01-01');
    const first = await fetch(`${b.url}/p/${tenant.slug}/privacy.txt`);
    expect(first.status).toBe(200);
    const etag1 = first.headers.get('etag');
    // Read again: B now holds the page in memory (once its cache listens), the copy the publish must evict.
    expect((await fetch(`${b.url}/p/${tenant.slug}/privacy.txt`)).headers.get('etag')).toBe(etag1);
    await tenant.admin.gql(graphql(`mutation { createAudience(input: { name: "Job applicants" }) { __typename } }`));
    const audiences = (
      await tenant.admin.gql(graphql('{ audiences { edges { node { id name } } } }'))
    ).audiences.edges.map((e) => e.node);
    const purposeId = (await tenant.admin.gql(graphql('{ purposes { edges { node { id audiences { id } } } } }')))
      .purposes.edges[0]!.node.id;
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`),
      { input: { id: purposeId, audienceIds: audiences.map((x) => x.id) } },
    );
    // Publish through replica A; read through replica B with no delay: A's NOTIFY has evicted B's copy.
    const published = await new Client({ ...tenant.admin.options, apiUrl: a.url }).raw(
      graphql(
        'mutation { publishPolicy(input: { effectiveDate: "2026-02-01", changeSummary: "Job applicants" }) { __typename ... on PolicyVersion { version } } }',
      ),
    );
    expect(published.body.data?.publishPolicy).toEqual({ __typename: 'PolicyVersion', version: 2 });
    const second = await fetch(`${b.url}/p/${tenant.slug}/privacy.txt`);
    expect(second.headers.get('etag')).not.toBe(etag1);
    expect(await second.text()).toContain('Job applicants');
  });

  it("queued jobs run exactly once across every process's workers", async () => {
    const tenant = await (await seed.agency()).tenant();
    const { analytics } = await makeConsentReady(tenant);
    const received = new Map<string, number>();
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string };
        received.set(id, (received.get(id) ?? 0) + 1);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      await tenant.admin.gql(
        graphql(
          `mutation ($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CONSENT_RECORDED] }) { __typename } }`,
        ),
        { url },
      );
      const events = 30;
      await Promise.all(
        Array.from({ length: events }, (_, i) =>
          fetch(`${replicas[i % 2]!.url}/p/${tenant.slug}/consents`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              subjectId: `s-${i}`,
              granted: [analytics],
              method: 'API',
              noticeText: 'x',
              idempotencyKey: randomUUID(),
            }),
          }).then((r) => expect(r.status).toBe(201)),
        ),
      );
      await eventually(async () => received.size === events || null, `${events} webhook deliveries`);
      // Give a duplicate a chance to arrive before counting.
      await eventually(async () => {
        const log = (
          await tenant.admin.gql(
            graphql(
              '{ webhookEndpoints { edges { node { deliveries(first: 100) { edges { node { status attempts } } } } } } }',
            ),
          )
        ).webhookEndpoints.edges[0]!.node.deliveries.edges;
        return log.length === events && log.every((e) => e.node.status === 'SUCCEEDED') ? log : null;
      }, 'every delivery logged as succeeded');
      expect([...received.values()].every((n) => n === 1)).toBe(true);
      expect(received.size).toBe(events);
    } finally {
      receiver.close();
    }
  });

  it('rate limits count across replicas', async () => {
    const tenant = await (await seed.agency()).tenant();
    const limit = loadConfig({ ...process.env, NODE_ENV: 'test' }).rateLimits.publicWritesPerTenant;
    const post = (app: Replica) =>
      fetch(`${app.url}/p/${tenant.slug}/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'ACCESS' }),
      }).then((r) => r.status);
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) statuses.push(await post(replicas[i % 2]!));
    expect(statuses.every((s) => s === 422)).toBe(true);
    expect(await post(replicas[0]!)).toBe(429);
    expect(await post(replicas[1]!)).toBe(429);
  });

  it('each replica reports readiness, metrics and request ids', async () => {
    const app = replicas[0]!;
    const ready = await fetch(`${app.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    // Raw on purpose: a bare POST whose response header is read; `{ __typename }` needs no schema.
    const traced = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(traced.headers.get('x-request-id')).toBe('trace-123');
    expect((await fetch(`${app.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Metrics on their own loopback listener, not on the public port.
    expect(app.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
    const metrics = await (await fetch(app.metricsUrl!)).text();
    expect(metrics).toMatch(/noticeboard_http_requests_total\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(metrics).toMatch(
      /noticeboard_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/healthz"\} \d+/,
    );
    expect(metrics).toMatch(/noticeboard_db_pool_connections\{state="total"\} \d+/);
    expect(metrics).toMatch(/noticeboard_queue_jobs_waiting\{queue="webhook\.deliver"\} \d+/);
    expect(metrics).toContain('noticeboard_process_resident_memory_bytes');
  });

  it('SIGTERM ends the process in production mode too (the mode `pnpm start` and Kubernetes run)', async () => {
    // Apollo installs signal handlers of its own unless NODE_ENV is `test`; they must not keep the process alive.
    const replica = await startReplica('production', {
      NODE_ENV: 'production',
      NOTICEBOARD_ADMIN_PASSWORD: 'a-production-password',
      NOTICEBOARD_METRICS_PORT: String(await freePort()),
    });
    expect((await fetch(`${replica.url}/healthz`)).status).toBe(200);
    expect(await stopReplica(replica)).toBe(0);
  }, 60_000);

  it('SIGTERM under load loses no request: in-flight requests finish, the process exits cleanly', async () => {
    const replica = await startReplica('c');
    const tenant = await (await seed.agency()).tenant();
    const { analytics } = await makeConsentReady(tenant);
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let stop = false;
    const client = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${replica.url}/p/${tenant.slug}/consents`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              subjectId: randomUUID(),
              granted: [analytics],
              method: 'API',
              noticeText: 'x',
              idempotencyKey: randomUUID(),
            }),
          });
          const body = (await res.json()) as { id?: string };
          if (res.status === 201 && body.id) acknowledged.push(body.id);
          else if (res.status !== 429) failures.push(`status ${res.status}`);
        } catch {
          // Refused connections after the listener closed are expected; a request cut mid-way would not be.
          stop = true;
        }
      }
    };
    const load = Array.from({ length: 4 }, client);
    await eventually(async () => acknowledged.length > 10 || null, 'some consents written');
    const code = await stopReplica(replica);
    stop = true;
    await Promise.all(load);
    expect(code).toBe(0);
    expect(failures).toEqual([]);
    const stored = (
      await tenant.admin.gql(
        graphql('query ($s: String!) { consentCounts(from: "2026-01-01", to: $s, interval: MONTH) { granted } }'),
        { s: new Date().toISOString().slice(0, 10) },
      )
    ).consentCounts;
    expect(stored.reduce((n: number, c: { granted: number }) => n + c.granted, 0)).toBeGreaterThanOrEqual(
      acknowledged.length,
    );
  }, 60_000);
});
