import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './client.js';
import { startCountedApi, type CountedApi } from './counted-api.js';
import { graphql, type TadaDocumentNode } from './graphql.js';
import { create } from './policy-fixture.js';
import { seed, type TenantSeed } from './seed.js';

/**
 * SQL statements per GraphQL request must not grow with the list it returns (loaders or joins, never a query per
 * item). Counted at the `pg` driver of an API started in this test process, so every statement its pool sends is
 * seen; a count, not a time. The benchmark (`bench/`, statements) measures the same at 10 vs 1,000 items.
 */

let api: CountedApi;

beforeAll(async () => {
  api = await startCountedApi();
});

afterAll(async () => {
  await api?.stop();
});

/** How many statements `client`'s request sends through the counted API; the data, to check what was listed. */
async function count<Result>(
  client: Client,
  query: TadaDocumentNode<Result, Record<never, never>>,
): Promise<{ statements: number; data: Result }> {
  const counted = new Client({ ...client.options, apiUrl: api.url });
  await counted.gql(query); // the first request of a session may warm caches; count the second
  const before = api.statements();
  const data = await counted.gql(query);
  return { statements: api.statements() - before, data };
}

/** `n` of each policy building block, every purpose linked to every audience, category and recipient. */
async function policyItems(tenant: TenantSeed, n: number): Promise<void> {
  const audienceIds: string[] = [];
  const dataCategoryIds: string[] = [];
  const recipientIds: string[] = [];
  for (let i = 0; i < n; i++) {
    audienceIds.push(await create(tenant.admin, 'Audience', { name: `Audience ${i}` }));
    dataCategoryIds.push(await create(tenant.admin, 'DataCategory', { name: `Category ${i}`, sources: ['SUBJECT'] }));
  }
  for (let i = 0; i < n; i++) {
    recipientIds.push(
      await create(tenant.admin, 'Recipient', {
        name: `Processor ${i}`,
        role: 'PROCESSOR',
        service: 'hosting',
        country: 'US',
        safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
        dataCategoryIds,
      }),
    );
  }
  for (let i = 0; i < n; i++) {
    await create(tenant.admin, 'Purpose', {
      name: `Purpose ${i}`,
      legalBasis: 'CONTRACT',
      audienceIds,
      dataCategoryIds,
      recipientIds,
      retention: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
    });
  }
}

async function openRequest(tenant: TenantSeed): Promise<void> {
  const data = await tenant.admin.gql(
    graphql(
      `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { __typename ... on UserError { message } } }`,
    ),
    {
      input: {
        type: 'ACCESS',
        jurisdiction: 'EU_GDPR',
        requesterName: 'A Person',
        email: 'person@example.test',
        skipConfirmationReason: 'signed in to their account',
      },
    },
  );
  expect(data.createDataSubjectRequest.__typename).toBe('DataSubjectRequest');
}

const LARGE = 5;

describe('SQL statements per request', () => {
  it('stay the same for 1 and for several items: agency home lists, policy lists and the draft', async () => {
    const small = await seed.agency();
    const large = await seed.agency();
    const smallTenant = await small.tenant();
    await openRequest(smallTenant);
    await policyItems(smallTenant, 1);
    const largeTenants: TenantSeed[] = [];
    for (let i = 0; i < LARGE; i++) {
      const tenant = await large.tenant();
      await openRequest(tenant);
      largeTenants.push(tenant);
    }
    await policyItems(largeTenants[0]!, LARGE);

    const agencyQueries: [string, TadaDocumentNode<unknown, Record<never, never>>, (data: any) => number][] = [
      [
        'tenants with policy status and consent activity',
        graphql(
          '{ tenants(first: 100) { edges { node { id slug viewer { role canEditPolicy } publicLinks { privacyPolicy } policyStatus { latestVersion liveVersion hasUnpublishedChanges errorCount } consentActivity { events lastRecordedAt } } } } }',
        ),
        (d) => d.tenants.edges.length,
      ],
      [
        'agency inbox',
        graphql(
          '{ agencyDataSubjectRequests(first: 100) { edges { node { id dueOn daysLeft tenant { id slug legalName } } } } }',
        ),
        (d) => d.agencyDataSubjectRequests.edges.length,
      ],
    ];
    for (const [label, query, items] of agencyQueries) {
      const s = await count(small.owner, query);
      const l = await count(large.owner, query);
      expect(items(l.data), label).toBe(LARGE);
      expect(s.statements, `${label} is counted`).toBeGreaterThan(0);
      expect({ label, statements: l.statements }).toEqual({ label, statements: s.statements });
    }

    const tenantQueries: [string, TadaDocumentNode<unknown, Record<never, never>>, (data: any) => number][] = [
      [
        'purposes',
        graphql(
          '{ purposes(first: 100) { edges { node { id audiences { id } dataCategories { id } recipients { id transferGaps { reason } } } } } }',
        ),
        (d) => d.purposes.edges.length,
      ],
      [
        'recipients',
        graphql(
          '{ recipients(first: 100) { edges { node { id isInternationalTransfer transferGaps { countries reason } } } } }',
        ),
        (d) => d.recipients.edges.length,
      ],
      [
        'policy draft',
        graphql('{ policyDraft { snapshot problems { path code } } }'),
        (d) => d.policyDraft.snapshot.purposes.length,
      ],
      [
        'policy status',
        graphql('{ policyCompleteness { publishable problems { severity } } policyVersions(last: 1) { totalCount } }'),
        () => LARGE,
      ],
    ];
    for (const [label, query, items] of tenantQueries) {
      const s = await count(small.owner.inTenant(smallTenant), query);
      const l = await count(large.owner.inTenant(largeTenants[0]!), query);
      expect(items(l.data), label).toBe(LARGE);
      expect(s.statements, `${label} is counted`).toBeGreaterThan(0);
      expect({ label, statements: l.statements }).toEqual({ label, statements: s.statements });
    }
  });
});
