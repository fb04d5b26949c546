import { randomUUID } from 'node:crypto';
import { createBenchDatabase, ownerClient, type BenchDatabase } from './database.js';
import { demoAgency, type DemoAgency } from './fixtures.js';
import { generatePolicyItems, generateRequests, generateTenants } from './generate.js';
import { countStatements, startInProcessApi, type InProcessApi } from './in-process.js';
import { AGENCY_REQUESTS, ME, OPEN_STATES, POLICY_DRAFT, PURPOSES, RECIPIENTS, TENANTS } from './queries.js';
import { table } from './report.js';
import { settings } from './settings.js';

interface Setup extends DemoAgency {
  /** Tenants in the agency (each with open requests) and items of each kind in the demo tenant's policy, at least. */
  listSize: number;
  db: BenchDatabase;
  api: InProcessApi;
}

interface Probe {
  label: string;
  /** Sends the request; returns how many items the answer holds (to show what was counted). */
  run: (setup: Setup) => Promise<number>;
}

async function post(url: string, body: unknown, expectStatus: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  if (res.status !== expectStatus) throw new Error(`POST ${url} answered ${res.status}`);
}

const PROBES: Probe[] = [
  { label: 'agency home: me', run: async (s) => ((await s.agency.owner.request(ME)) ? 1 : 0) },
  {
    label: 'agency home: tenants(first: 100) with policy status and consent activity',
    run: async (s) => (await s.agency.owner.request(TENANTS, { first: 100 })).tenants.edges.length,
  },
  {
    label: 'agency home: agencyDataSubjectRequests(first: 100, open)',
    run: async (s) =>
      (await s.agency.owner.request(AGENCY_REQUESTS, { first: 100, states: OPEN_STATES })).agencyDataSubjectRequests
        .edges.length,
  },
  {
    label: 'policyDraft (whole snapshot)',
    run: async (s) => ((await s.tenant.admin.request(POLICY_DRAFT)).policyDraft.snapshot.purposes as unknown[]).length,
  },
  {
    label: 'purposes(first: 100) with audiences, categories, recipients',
    run: async (s) => (await s.tenant.admin.request(PURPOSES, { first: 100 })).purposes.edges.length,
  },
  {
    label: 'recipients(first: 100) with transfer gaps',
    run: async (s) => (await s.tenant.admin.request(RECIPIENTS, { first: 100 })).recipients.edges.length,
  },
  {
    label: 'public: live policy page GET',
    run: async (s) => {
      const res = await fetch(`${s.tenant.admin.apiUrl}/p/${s.tenant.slug}/privacy`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`live page answered ${res.status}`);
      return s.listSize;
    },
  },
  {
    label: 'public: consent write POST',
    run: async (s) => {
      const body = {
        subjectId: randomUUID(),
        granted: [s.analytics],
        method: 'API',
        noticeText: 'Analytics helps us improve the site.',
        idempotencyKey: randomUUID(),
      };
      await post(`${s.tenant.admin.apiUrl}/p/${s.tenant.slug}/consents`, body, 201);
      return s.listSize;
    },
  },
];

/**
 * SQL statements per request, counted at the pg driver (every query the API's pool sends, transaction statements
 * and the session check included: they are per request too), for an agency of `smallList` tenants, each with an
 * open request, and a tenant with `smallList` policy items of each kind, against `largeList` of each (GraphQL
 * pages hold at most 100, so the large lists fill whole pages).
 */
export async function statementsBenchmark(): Promise<string> {
  const setups: Setup[] = [];
  const started: { db: BenchDatabase; api?: InProcessApi }[] = [];
  try {
    for (const listSize of [settings.smallList, settings.largeList]) {
      const db = await createBenchDatabase(`statements_${listSize}`);
      started.push({ db });
      const api = await startInProcessApi(db);
      started[started.length - 1]!.api = api;
      const { agency, tenant, analytics } = await demoAgency(db, api.url);
      setups.push({ agency, tenant, analytics, listSize, db, api });
      const owner = await ownerClient(db.url);
      try {
        await generateTenants(owner, {
          templateTenantId: tenant.id,
          templateAgencyId: agency.id,
          tenants: listSize,
          perAgency: listSize,
        });
        await generateRequests(owner, tenant.id, 1);
        await generatePolicyItems(owner, tenant.id, listSize);
        await owner.query('ANALYZE');
      } finally {
        await owner.end();
      }
    }

    const rows: (string | number)[][] = [];
    const grown: string[] = [];
    const counts = new Map<string, number[]>();
    for (const probe of PROBES) {
      const measured: { count: number; items: number }[] = [];
      for (const setup of setups) {
        await probe.run(setup); // warm caches (session lookups, prepared plans) before counting
        let fewest: { count: number; items: number } | null = null;
        for (let i = 0; i < 3; i++) {
          const { count, result } = await countStatements(() => probe.run(setup));
          if (!fewest || count < fewest.count) fewest = { count, items: result };
        }
        measured.push(fewest!);
      }
      const [s, l] = measured as [{ count: number; items: number }, { count: number; items: number }];
      counts.set(probe.label, [s.count, l.count]);
      if (l.count > s.count) grown.push(probe.label);
      rows.push([
        probe.label,
        s.items,
        s.count,
        l.items,
        l.count,
        l.count > s.count ? `grows (+${l.count - s.count})` : 'constant',
      ]);
    }

    // The portal's agency home sends three requests: me, the tenants with their policy status, and the inbox.
    const perPage = (i: number) =>
      [
        'agency home: me',
        'agency home: tenants(first: 100) with policy status and consent activity',
        'agency home: agencyDataSubjectRequests(first: 100, open)',
      ].reduce((sum, label) => sum + counts.get(label)![i]!, 0);
    const shownLarge = Math.min(100, settings.largeList);
    return [
      `SQL statements per request (counted at the pg driver, fewest of 3 after a warm-up): ${settings.smallList} vs ${settings.largeList} tenants in the agency ` +
        `(with open requests) and policy items of each kind in the demo tenant (at least)`,
      '',
      table(['request', 'items (small)', 'statements', 'items (large)', 'statements', 'with the list'], rows),
      '',
      grown.length
        ? `Statement count grows with the list for: ${grown.join('; ')}`
        : 'Every request sends the same number of statements for the small and the large list (target met).',
      `The agency home page as a whole sends 3 requests: ${perPage(0)} statements with ${settings.smallList} tenants, ${perPage(1)} with ${shownLarge} (a page holds 100).`,
    ].join('\n');
  } finally {
    for (const { db, api } of started) {
      await api?.stop();
      await db.drop();
    }
  }
}
