import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import {
  emptyDatabase,
  killApiProcess,
  startApiProcess,
  stopApiProcess,
  type ApiProcess,
  type ScratchDatabase,
} from './api-process.js';
import { eventually } from './eventually.js';
import { graphql } from './graphql.js';
import { makeConsentReady } from './policy-fixture.js';
import { seed, type TenantSeed } from './seed.js';

/** Every consent of the load answers two purposes (one granted, one refused): two decision rows per event. */
const DECISIONS_PER_EVENT = 2;

/**
 * Rows a write left half-done, by what is missing beside them. Each write of the load is several statements
 * (event, notice, decisions, delivery, job; version, renderings, delivery, job, audit entry; the rename beside the
 * publish): if any of them committed on its own, a kill between two statements would leave a row here. Foreign
 * keys already refuse the other direction (decisions without their event, renderings without their version).
 */
const PARTIAL_ROWS: Record<string, string> = {
  'consent event without its per-purpose decisions': `
    SELECT e.id::text AS row FROM consent_events e
     WHERE (SELECT count(*) FROM consent_decisions d WHERE d.tenant_id = e.tenant_id AND d.event_id = e.id) <> ${DECISIONS_PER_EVENT}`,
  'consent event without the notice text it refers to': `
    SELECT e.id::text AS row FROM consent_events e
     WHERE NOT EXISTS (SELECT 1 FROM consent_notices n WHERE n.tenant_id = e.tenant_id AND n.hash = e.notice_hash)`,
  'consent event without its consent.recorded delivery': `
    SELECT e.id::text AS row FROM consent_events e
     WHERE NOT EXISTS (SELECT 1 FROM webhook_deliveries w
                        WHERE w.tenant_id = e.tenant_id AND w.event_type = 'consent.recorded' AND w.body::jsonb #>> '{data,eventId}' = e.id::text)`,
  'published version without every rendering version 1 has': `
    WITH renderings AS (
      SELECT v.tenant_id, v.version,
             array(SELECT d.kind || '/' || d.language || '/' || d.format FROM published_documents d
                    WHERE d.tenant_id = v.tenant_id AND d.version = v.version ORDER BY 1) AS documents
        FROM policy_versions v)
    SELECT r.tenant_id || '/v' || r.version AS row FROM renderings r
      JOIN renderings first ON first.tenant_id = r.tenant_id AND first.version = 1
     WHERE r.documents <> first.documents OR cardinality(r.documents) = 0`,
  // Version 1 is published before the test's webhook endpoint exists.
  'published version without its policy.published delivery': `
    SELECT v.tenant_id || '/v' || v.version AS row FROM policy_versions v
     WHERE v.version > 1
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries w
                        WHERE w.tenant_id = v.tenant_id AND w.event_type = 'policy.published' AND (w.body::jsonb #>> '{data,version}')::int = v.version)`,
  'published version without its audit entry': `
    SELECT v.tenant_id || '/v' || v.version AS row FROM policy_versions v
     WHERE NOT EXISTS (SELECT 1 FROM audit_log a
                        WHERE a.tenant_id = v.tenant_id AND a.entity = 'policy_versions' AND a.entity_id = v.version::text AND a.operation = 'INSERT')`,
  // In this database every rename is published by the same request (two root fields, one transaction).
  'tenant renamed without the version published with the new name': `
    SELECT t.tenant_id::text AS row FROM tenants t
      JOIN LATERAL (SELECT v.snapshot FROM policy_versions v WHERE v.tenant_id = t.tenant_id ORDER BY v.version DESC LIMIT 1) newest ON true
     WHERE newest.snapshot #>> '{controller,legalName}' IS DISTINCT FROM t.legal_name`,
  'webhook delivery without its queued job': `
    SELECT w.id::text AS row FROM webhook_deliveries w
     WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'webhook.deliver' AND j.data ->> 'deliveryId' = w.id::text)
       AND NOT EXISTS (SELECT 1 FROM pgboss.archive j WHERE j.name = 'webhook.deliver' AND j.data ->> 'deliveryId' = w.id::text)`,
};

/** The partial rows found, by kind; `{}` when every write is whole. Reads as the superuser: every tenant. */
async function partialRows(db: pg.ClientBase): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [kind, sql] of Object.entries(PARTIAL_ROWS)) {
    const rows = (await db.query<{ row: string }>(sql)).rows.map((r) => r.row);
    if (rows.length) found[kind] = rows.sort();
  }
  return found;
}

const RENAME_AND_PUBLISH = graphql(`mutation ($tenant: UpdateTenantInput!, $publish: PublishPolicyInput!) {
  updateTenant(input: $tenant) { __typename }
  publishPolicy(input: $publish) { __typename ... on PolicyVersion { version } } }`);

interface ConsentPost {
  subjectId: string;
  granted: string[];
  refused: string[];
  method: 'API';
  noticeText: string;
  idempotencyKey: string;
}

async function postConsent(url: string, slug: string, body: ConsentPost) {
  const res = await fetch(`${url}/p/${slug}/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    replayed: res.headers.get('idempotent-replayed'),
    body: (await res.json()) as { id?: string },
  };
}

/** Why a request got no answer: `ECONNREFUSED` was never sent; anything else was cut mid-request. */
const causeOf = (error: unknown) =>
  String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);

/**
 * SIGKILL, unlike SIGTERM, gives the process no chance to drain: requests in flight are cut wherever they are,
 * their transactions left open on the server. PostgreSQL rolls those back when the connection drops, and since
 * each request is one transaction nothing half-written may remain. A fresh database of its own, so the queue is
 * worked only by the processes started here (the suite's in-process API would work it otherwise).
 */
describe.sequential('an API process killed mid-request', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  let db: pg.Client;
  let tenant: TenantSeed;
  const running: ApiProcess[] = [];
  const delivered = new Map<string, number>();
  const receiver = http.createServer((req, res) => {
    const id = String(req.headers['noticeboard-delivery']);
    delivered.set(id, (delivered.get(id) ?? 0) + 1);
    req.resume().on('end', () => res.writeHead(204).end());
  });

  beforeAll(async () => {
    database = await emptyDatabase('killed');
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const api of running) await stopApiProcess(api);
    receiver.close();
    await db?.end();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loses no acknowledged write and leaves no partial row; a process restarted on the same database serves and works the queue on', async () => {
    // Per-tenant limits off: the load is one tenant's. Jobs wait for the restarted process: APIs behind a load
    // balancer run with NOTICEBOARD_WORKER=off (infra/), and a job cut mid-run would be retried only after expiring.
    const env = { DATABASE_URL: database.url, NOTICEBOARD_RATE_PUBLIC_WRITES_PER_TENANT: '0' };
    const first = await startApiProcess('first', { ...env, NOTICEBOARD_WORKER: 'off' });
    running.push(first);
    dataSource = await createDataSource(database.url, 2).initialize();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    tenant = await (await seed.agency({ dataSource, apiUrl: first.url })).tenant();
    const { analytics, ads } = await makeConsentReady(tenant);
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const endpoint = await tenant.admin.gql(
      graphql(
        `mutation ($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CONSENT_RECORDED, POLICY_PUBLISHED] }) { __typename } }`,
      ),
      { url: hook },
    );
    expect(endpoint.createWebhookEndpoint.__typename).toBe('WebhookEndpointSecret');

    const acknowledgedEvents: string[] = [];
    const acknowledgedVersions: number[] = [];
    const unanswered: { body: ConsentPost; cause: string }[] = [];
    const publishesCut: string[] = [];
    const unexpected: string[] = [];
    const consentPost = (): ConsentPost => {
      const key = randomUUID();
      // A notice text per event, so each event's notice row is its own.
      return {
        subjectId: `visitor-${key}`,
        granted: [analytics],
        refused: [ads],
        method: 'API',
        noticeText: `Notice shown with ${key}`,
        idempotencyKey: key,
      };
    };
    const consentClient = async () => {
      for (;;) {
        const body = consentPost();
        const answer = await postConsent(first.url, tenant.slug, body).catch((error: unknown) => causeOf(error));
        if (typeof answer === 'string') return void unanswered.push({ body, cause: answer });
        if (answer.status === 201 && answer.body.id) acknowledgedEvents.push(answer.body.id);
        else unexpected.push(`consent: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const today = new Date().toISOString().slice(0, 10);
    let renames = 0;
    const renameAndPublish = () => {
      const legalName = `Renamed ${++renames} Ltd`;
      return tenant.admin.raw(RENAME_AND_PUBLISH, {
        tenant: { id: tenant.id, legalName },
        publish: { effectiveDate: today, changeSummary: `Now ${legalName}` },
      });
    };
    const publisher = async () => {
      for (;;) {
        const answer = await renameAndPublish().catch((error: unknown) => causeOf(error));
        if (typeof answer === 'string') return void publishesCut.push(answer);
        const data = answer.body.data;
        if (data?.updateTenant?.__typename === 'Tenant' && data.publishPolicy?.__typename === 'PolicyVersion')
          acknowledgedVersions.push(data.publishPolicy.version);
        else unexpected.push(`publish: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    };
    const load = [...Array.from({ length: 4 }, consentClient), publisher()];
    await eventually(
      async () => (acknowledgedEvents.length >= 100 && acknowledgedVersions.length >= 3) || null,
      'a steady load of consents and publishes',
    );
    expect(await killApiProcess(first)).toBe('SIGKILL');
    running.splice(running.indexOf(first), 1);
    await Promise.all(load);

    expect(unexpected).toEqual([]);
    // The kill landed while requests were in flight (otherwise this test would prove nothing about them).
    const cutMidRequest = [...unanswered.map((u) => u.cause), ...publishesCut].filter(
      (cause) => cause !== 'ECONNREFUSED',
    );
    expect(cutMidRequest.length).toBeGreaterThan(0);

    // What the kill left: every acknowledged write stored, nothing half-written.
    expect(await partialRows(db)).toEqual({});
    const storedEvents = (
      await db.query<{ id: string }>('SELECT id::text FROM consent_events WHERE id = ANY ($1::uuid[])', [
        acknowledgedEvents,
      ])
    ).rows;
    expect(storedEvents.length).toBe(acknowledgedEvents.length);
    const storedVersions = (
      await db.query<{ version: number }>('SELECT version FROM policy_versions WHERE tenant_id = $1', [tenant.id])
    ).rows.map((r) => r.version);
    expect(storedVersions).toEqual(expect.arrayContaining(acknowledgedVersions));
    const waiting = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'PENDING'`)).rows[0]!
        .n,
    );
    expect(waiting).toBeGreaterThanOrEqual(acknowledgedEvents.length + acknowledgedVersions.length);

    // A new process at the same address (PORT pinned), working the queue this time.
    const restarted = await startApiProcess('restarted', { ...env, PORT: new URL(first.url).port });
    running.push(restarted);
    expect(restarted.url).toBe(first.url);
    // Retrying what got no answer, with the same idempotency key, records each once: 201 if the kill rolled it
    // back, 200 replayed if it had committed before the answer was lost.
    for (const { body } of unanswered) {
      const retry = await postConsent(restarted.url, tenant.slug, body);
      expect(retry.status === 201 || (retry.status === 200 && retry.replayed === 'true'), JSON.stringify(retry)).toBe(
        true,
      );
    }
    const keys = unanswered.map((u) => u.body.idempotencyKey);
    const recorded = (
      await db.query<{ n: string }>('SELECT count(*) AS n FROM consent_events WHERE idempotency_key = ANY ($1)', [keys])
    ).rows[0]!.n;
    expect(Number(recorded)).toBe(keys.length);
    // The killed publish's lock on the tenant row went with its connection.
    const after = await renameAndPublish();
    expect(after.body).toMatchObject({
      data: { updateTenant: { __typename: 'Tenant' }, publishPolicy: { __typename: 'PolicyVersion' } },
    });

    // The queue goes on: every delivery the killed process enqueued, and the new ones, arrive once each.
    const deliveries = await eventually(
      async () => {
        const rows = (await db.query<{ id: string; status: string }>('SELECT id::text, status FROM webhook_deliveries'))
          .rows;
        return rows.every((r) => r.status === 'SUCCEEDED') ? rows : null;
      },
      'every webhook delivery succeeded',
      60_000,
    );
    expect(deliveries.length).toBeGreaterThan(waiting);
    expect([...delivered.keys()].sort()).toEqual(deliveries.map((d) => d.id).sort());
    expect([...delivered.values()].every((n) => n === 1)).toBe(true);
    expect(await partialRows(db)).toEqual({});
  }, 180_000);

  it('the partial-row checks find each kind of half-written write (planted in a transaction that is rolled back)', async () => {
    expect(tenant, 'the test above seeds the data this one plants beside').toBeDefined();
    const scope = tenant.id;
    await db.query('BEGIN');
    try {
      const event = (
        await db.query<{ id: string }>(
          `INSERT INTO consent_events (tenant_id, id, subject_hash, method, policy_version, notice_hash, gpc, idempotency_key, fingerprint, recorded_by_kind)
           SELECT tenant_id, gen_random_uuid(), subject_hash, method, policy_version, repeat('0', 64), gpc, 'planted', fingerprint, recorded_by_kind
             FROM consent_events WHERE tenant_id = $1 LIMIT 1
           RETURNING id::text`,
          [scope],
        )
      ).rows[0]!.id;
      const delivery = (
        await db.query<{ id: string }>(
          `INSERT INTO webhook_deliveries (tenant_id, id, endpoint_id, event_id, event_type, body)
           SELECT tenant_id, gen_random_uuid(), endpoint_id, gen_random_uuid(), event_type, body FROM webhook_deliveries WHERE tenant_id = $1 LIMIT 1
           RETURNING id::text`,
          [scope],
        )
      ).rows[0]!.id;
      await db.query(`UPDATE tenants SET legal_name = 'Renamed, never published' WHERE tenant_id = $1`, [scope]);
      // Triggers off for this one insert: a version the audit trigger did not see.
      await db.query('SET LOCAL session_replication_role = replica');
      const version = (
        await db.query<{ version: number }>(
          `INSERT INTO policy_versions (tenant_id, version, effective_date, change_summary, snapshot, snapshot_hash)
           SELECT tenant_id, version + 1000, effective_date, 'planted', snapshot, snapshot_hash FROM policy_versions WHERE tenant_id = $1 ORDER BY version DESC LIMIT 1
           RETURNING version`,
          [scope],
        )
      ).rows[0]!.version;
      await db.query('SET LOCAL session_replication_role = origin');

      expect(await partialRows(db)).toEqual({
        'consent event without its per-purpose decisions': [event],
        'consent event without the notice text it refers to': [event],
        'consent event without its consent.recorded delivery': [event],
        'published version without every rendering version 1 has': [`${scope}/v${version}`],
        'published version without its policy.published delivery': [`${scope}/v${version}`],
        'published version without its audit entry': [`${scope}/v${version}`],
        'tenant renamed without the version published with the new name': [scope],
        'webhook delivery without its queued job': [delivery],
      });
    } finally {
      await db.query('ROLLBACK');
    }
    expect(await partialRows(db)).toEqual({});
  });
});
