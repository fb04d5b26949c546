import { describe, expect, it } from 'vitest';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql } from '../../test/graphql.js';

const STATUS = graphql(`fragment PolicyStatusFields on TenantPolicyStatus {
  latestVersion latestEffectiveDate latestPublishedAt liveVersion hasUnpublishedChanges publishable errorCount warningCount }`);
const TENANTS = graphql(`{ tenants(first: 100) { edges { node { id policyStatus { ...PolicyStatusFields } } } } }`, [
  STATUS,
]);

/** What the tenant's own queries say: the status must agree with them. */
const OWN = graphql(
  `{ policyCompleteness { publishable problems { severity } } policyVersions(last: 1) { edges { node { version effectiveDate publishedAt isLive } } } }`,
);

describe('policy status of every tenant in one request (the agency home)', () => {
  it("agrees with each tenant's own completeness and versions, and tells unpublished changes apart", async () => {
    const agency = await seed.agency();
    const published = await agency.tenant();
    const changed = await agency.tenant();
    const empty = await agency.tenant();
    await makeComplete(published);
    expect((await publish(published.admin, 'First', '2026-01-01')).__typename).toBe('PolicyVersion');
    await makeComplete(changed);
    await publish(changed.admin, 'First', '2026-01-01');
    const later = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await changed.admin.gql(graphql(`mutation { createAudience(input: { name: "Suppliers" }) { __typename } }`));
    const audiences = (await changed.admin.gql(graphql('{ audiences { edges { node { id } } } }'))).audiences.edges.map(
      (e: any) => e.node.id,
    );
    const purposeId = (await changed.admin.gql(graphql('{ purposes { edges { node { id } } } }')))!.purposes.edges[0]!
      .node.id;
    await changed.admin.gql(
      graphql(`mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`),
      { input: { id: purposeId, audienceIds: audiences } },
    );
    await publish(changed.admin, 'Suppliers, from next week', later);
    await changed.admin.gql(
      graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { __typename } }`),
      { input: { id: changed.id, website: 'https://changed.example' } },
    );

    const statuses = new Map<string, any>(
      (await agency.owner.gql(TENANTS)).tenants.edges.map((e: any) => [e.node.id, e.node.policyStatus]),
    );
    expect(statuses.size).toBe(3);
    for (const tenant of [published, changed, empty]) {
      const own = await tenant.admin.gql(OWN);
      const status = statuses.get(tenant.id);
      const latest = own.policyVersions.edges.at(-1)?.node ?? null;
      const errors = own.policyCompleteness.problems.filter((p: any) => p.severity === 'ERROR').length;
      expect(status).toMatchObject({
        latestVersion: latest?.version ?? null,
        latestEffectiveDate: latest?.effectiveDate ?? null,
        latestPublishedAt: latest?.publishedAt ?? null,
        publishable: own.policyCompleteness.publishable,
        errorCount: errors,
        warningCount: own.policyCompleteness.problems.length - errors,
      });
    }
    expect(statuses.get(published.id)).toMatchObject({
      latestVersion: 1,
      liveVersion: 1,
      hasUnpublishedChanges: false,
      publishable: true,
    });
    // Version 2 takes effect next week: version 1 stays live; the draft has changed since version 2.
    expect(statuses.get(changed.id)).toMatchObject({
      latestVersion: 2,
      latestEffectiveDate: later,
      liveVersion: 1,
      hasUnpublishedChanges: true,
    });
    expect(statuses.get(empty.id)).toMatchObject({
      latestVersion: null,
      liveVersion: null,
      hasUnpublishedChanges: true,
      publishable: false,
    });
    expect(statuses.get(empty.id).errorCount).toBeGreaterThan(0);
  });

  it('shows a person only the tenants they belong to, with the same status their tenant queries give', async () => {
    const agency = await seed.agency();
    const mine = await agency.tenant();
    const other = await agency.tenant();
    await makeComplete(mine);
    await makeComplete(other);
    await publish(other.admin, 'Other', '2026-01-01');
    const person = await agency.member({ tenants: [mine], role: 'VIEWER' });
    const edges = (await person.client.gql(TENANTS)).tenants.edges;
    expect(edges.map((e: any) => e.node.id)).toEqual([mine.id]);
    expect(edges[0]!.node.policyStatus).toMatchObject({ latestVersion: null, publishable: true, errorCount: 0 });
  });
});
