import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { createBenchDatabase, ownerClient, type BenchDatabase } from './database.js';
import { demoAgency, type DemoAgency } from './fixtures.js';
import { generateConsentEvents, generateRequests, generateTenants } from './generate.js';
import { startInProcessApi, type InProcessApi } from './in-process.js';
import {
  AGENCY_REQUESTS,
  CONSENT_COUNTS,
  CONSENT_SUBJECT,
  OPEN_STATES,
  POLICY_VERSIONS,
  TENANT_REQUESTS,
  TENANTS,
} from './queries.js';
import { fixed, percentile, table } from './report.js';
import { settings } from './settings.js';

/** The subject whose consents the lookup finds: recorded through the public endpoint, so its hash is real. */
const KNOWN_SUBJECT = 'bench-known-subject';

interface Dataset {
  label: string;
  tenants: number;
  db: BenchDatabase;
  api: InProcessApi;
  owner: pg.Client;
  template: DemoAgency;
  /** What the generator did, for the report. */
  generated: {
    tenantsSeconds: number;
    requestsSeconds: number;
    eventsSeconds: number;
    events: number;
    requests: number;
  };
}

interface Probe {
  label: string;
  run: (d: Dataset) => Promise<unknown>;
}

const year = () => {
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
};

/** The tenant-scoped reads people wait for, each as the portal or a website sends it. */
const PROBES: Probe[] = [
  {
    label: 'requests inbox of a tenant (open, first 100)',
    run: (d) => d.template.tenant.admin.request(TENANT_REQUESTS, { first: 100, states: OPEN_STATES }),
  },
  {
    label: 'requests inbox of the agency (open, first 100)',
    run: (d) => d.template.agency.owner.request(AGENCY_REQUESTS, { first: 100, states: OPEN_STATES }),
  },
  {
    label: 'agency home tenant list with policy status and consent activity (first 100)',
    run: (d) => d.template.agency.owner.request(TENANTS, { first: 100 }),
  },
  {
    label: 'consent lookup by subject (state + history)',
    run: (d) => d.template.tenant.admin.request(CONSENT_SUBJECT, { s: KNOWN_SUBJECT }),
  },
  {
    label: 'consent counts per purpose (12 months by month)',
    run: (d) => d.template.tenant.admin.request(CONSENT_COUNTS, year()),
  },
  { label: 'policy versions (first 20)', run: (d) => d.template.tenant.admin.request(POLICY_VERSIONS, { first: 20 }) },
  {
    label: 'public live policy page GET /p/:slug/privacy',
    run: async (d) => {
      const res = await fetch(`${d.api.url}/p/${d.template.tenant.slug}/privacy`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`live page answered ${res.status}`);
    },
  },
];

async function seconds<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

/**
 * A dataset of `tenants` tenants at the per-tenant density (consent events and requests per tenant as in
 * 1,000,000 and 100,000 over 10,000 tenants), made by the generator from a published demo tenant.
 */
async function dataset(label: string, tenants: number): Promise<Dataset> {
  const db = await createBenchDatabase(`scale_${label}`);
  const api = await startInProcessApi(db);
  const owner = await ownerClient(db.url);
  try {
    const template = await demoAgency(db, api.url);
    const eventsPerTenant = Math.max(1, Math.round(settings.consentEvents / settings.tenants));
    const requestsPerTenant = Math.max(1, Math.round(settings.requests / settings.tenants));
    const [, tenantsSeconds] = await seconds(() =>
      generateTenants(owner, {
        templateTenantId: template.tenant.id,
        templateAgencyId: template.agency.id,
        tenants,
        perAgency: settings.tenantsPerAgency,
      }),
    );
    const [, requestsSeconds] = await seconds(() => generateRequests(owner, template.tenant.id, requestsPerTenant));
    const [, eventsSeconds] = await seconds(() => generateConsentEvents(owner, template.tenant.id, eventsPerTenant));
    // A few real answers for one known subject, through the public endpoint (its hash uses the tenant's key).
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${api.url}/p/${template.tenant.slug}/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          subjectId: KNOWN_SUBJECT,
          [i % 2 ? 'refused' : 'granted']: [template.analytics],
          method: 'API',
          noticeText: 'Analytics helps us improve the site.',
          idempotencyKey: `known-subject-answer-${i}`,
        }),
      });
      if (res.status !== 201) throw new Error(`recording a consent answered ${res.status}: ${await res.text()}`);
    }
    await owner.query('VACUUM ANALYZE');
    const count = async (table: string) => Number((await owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return {
      label,
      tenants,
      db,
      api,
      owner,
      template,
      generated: {
        tenantsSeconds,
        requestsSeconds,
        eventsSeconds,
        events: await count('consent_events'),
        requests: await count('data_subject_requests'),
      },
    };
  } catch (error) {
    await owner.end();
    await api.stop();
    await db.drop();
    throw error;
  }
}

/**
 * p50/p95 of the main tenant-scoped queries with `smallTenants` tenants against `tenants` tenants at the same
 * per-tenant density: a query that reads by `tenant_id` through an index costs the same at both sizes; one that
 * scans grows with the whole table. Samples are taken in turns (small, large, large, small, …) on one machine.
 */
export async function scaleBenchmark(): Promise<string> {
  const datasets: Dataset[] = [];
  try {
    datasets.push(await dataset('small', settings.smallTenants));
    datasets.push(await dataset('large', settings.tenants));
    const [small, large] = datasets as [Dataset, Dataset];

    const rows: (string | number)[][] = [];
    const over: string[] = [];
    for (const probe of PROBES) {
      for (const d of datasets) for (let i = 0; i < 5; i++) await probe.run(d); // warm caches and plans
      const samples = new Map<Dataset, number[]>(datasets.map((d) => [d, []]));
      for (let i = 0; i < settings.samples; i++) {
        for (const d of i % 2 ? [large, small] : [small, large]) {
          const started = performance.now();
          await probe.run(d);
          samples.get(d)!.push(performance.now() - started);
        }
      }
      const [s, l] = [small, large].map((d) => samples.get(d)!.sort((a, b) => a - b));
      const growth = percentile(l!, 0.5) / percentile(s!, 0.5);
      if (growth > 1.5) over.push(probe.label);
      rows.push([
        probe.label,
        fixed(percentile(s!, 0.5), 1),
        fixed(percentile(s!, 0.95), 1),
        fixed(percentile(l!, 0.5), 1),
        fixed(percentile(l!, 0.95), 1),
        fixed(growth, 2),
      ]);
    }

    const g = large.generated;
    return [
      `Generator (INSERT … SELECT generate_series as the table owner, copying a published demo tenant): ${large.tenants} tenants in ${fixed(g.tenantsSeconds, 1)} s, ` +
        `${g.requests} requests in ${fixed(g.requestsSeconds, 1)} s, ${g.events} consent events (+ one decision each) in ${fixed(g.eventsSeconds, 1)} s ` +
        `(${fixed(g.events / Math.max(g.eventsSeconds, 0.001))} events/s).`,
      '',
      `Latency of one GraphQL request (ms, in-process API, ${settings.samples} sequential samples per size, in turns): ` +
        `${small.tenants} tenants (${small.generated.events} events, ${small.generated.requests} requests) vs ${large.tenants} tenants ` +
        `(${g.events} events, ${g.requests} requests); ${settings.tenantsPerAgency} tenants per agency`,
      '',
      table(
        [
          'query',
          `p50 (${small.tenants})`,
          `p95 (${small.tenants})`,
          `p50 (${large.tenants})`,
          `p95 (${large.tenants})`,
          'large/small p50',
        ],
        rows,
      ),
      '',
      over.length
        ? `Over the target (large/small p50 <= 1.5): ${over.join('; ')}`
        : 'Every query is within the target (large/small p50 <= 1.5).',
    ].join('\n');
  } finally {
    for (const d of datasets) {
      await d.owner.end();
      await d.api.stop();
      await d.db.drop();
    }
  }
}
