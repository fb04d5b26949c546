import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { inTransaction } from '../../db/request-transaction.js';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed, testDataSource } from '../../test/seed.js';

const VERSIONS = `{ policyVersions { totalCount edges { node { version effectiveDate changeSummary isLive languages snapshotHash } } } }`;

describe('publishing versions', () => {
  it('refuses an incomplete draft with the missing elements named, and publishes nothing', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ jurisdictions: ['UK_GDPR'] });
    await tenant.admin.gql('mutation { createPurpose(input: { name: "Analytics", legalBasis: CONSENT, retention: { criteria: "until consent is withdrawn" } }) { __typename } }');
    const result = await publish(tenant.admin);
    expect(result.__typename).toBe('PolicyIncomplete');
    expect(result.code).toBe('POLICY_INCOMPLETE');
    expect(result.completeness.length).toBeGreaterThan(0);
    expect(result.completeness.some((p: { severity: string }) => p.severity === 'ERROR')).toBe(true);
    expect(result.message).toContain('Analytics');
    for (const p of result.completeness) expect(p).toMatchObject({ code: expect.any(String), requirement: expect.any(String), location: { kind: expect.any(String) } });
    const check = await tenant.admin.gql('{ policyCompleteness { publishable problems { code } } }');
    expect(check.policyCompleteness.publishable).toBe(false);
    expect((await tenant.admin.gql(VERSIONS)).policyVersions.totalCount).toBe(0);
  });

  it('publishes version 1, refuses an unchanged draft, and diffs a recipient added in version 2', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const policy = await makeComplete(tenant);
    expect((await tenant.admin.gql('{ policyCompleteness { publishable problems { severity message } } }')).policyCompleteness).toMatchObject({ publishable: true });
    const v1 = await publish(tenant.admin, 'First version', '2026-01-01');
    expect(v1).toMatchObject({ __typename: 'PolicyVersion', version: 1, effectiveDate: '2026-01-01', isLive: true });
    expect(v1.url).toMatch(new RegExp(`/p/${tenant.slug}/privacy/v/1$`));
    expect(await publish(tenant.admin, 'Again')).toEqual({ __typename: 'PolicyUnchanged', code: 'POLICY_UNCHANGED', latestVersion: 1 });

    await tenant.admin.gql(
      `mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) { __typename } }`,
      { input: { name: 'Zoom', role: 'PROCESSOR', legalEntity: 'Zoom Video Communications, Inc.', country: 'US', service: 'video meetings', safeguards: ['DATA_PRIVACY_FRAMEWORK'], dataCategoryIds: [policy.categoryId] } },
    );
    await tenant.admin.gql(`mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`, {
      input: { id: policy.purposeId, retention: { period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } } },
    });
    const v2 = await publish(tenant.admin, 'Added Zoom; longer retention', '2026-02-01');
    expect(v2).toMatchObject({ version: 2, isLive: true });

    const versions = await tenant.admin.gql(VERSIONS);
    expect(versions.policyVersions.edges.map((e: any) => [e.node.version, e.node.isLive, e.node.languages])).toEqual([
      [1, false, ['EN', 'DE', 'FR']],
      [2, true, ['EN', 'DE', 'FR']],
    ]);
    const diff = await tenant.admin.gql('{ policyDiff(from: 1, to: 2) { from to changes { section kind name fields { field before after } } textDiff } }');
    expect(diff.policyDiff.changes).toEqual(
      expect.arrayContaining([
        { section: 'RECIPIENTS', kind: 'ADDED', name: 'Zoom', fields: [] },
        {
          section: 'PURPOSES',
          kind: 'CHANGED',
          name: 'Providing our service',
          fields: expect.arrayContaining([
            { field: 'retention', before: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' }, criteria: null }, after: { period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' }, criteria: null } },
          ]),
        },
      ]),
    );
    expect(diff.policyDiff.textDiff).toMatch(/^\+.*Zoom/m);
    const old = await tenant.admin.gql('{ policyVersion(version: 1) { version snapshot text html(language: DE) } }');
    expect(old.policyVersion.text).not.toContain('Zoom');
    expect(old.policyVersion.snapshot.recipients.map((r: { name: string }) => r.name)).toEqual(['Amazon Web Services']);
    expect(old.policyVersion.html).toMatch(/<html[^>]+lang="de"/);
    await expect(tenant.admin.gql('{ policyVersion(version: 3) { version } }')).rejects.toHaveCode('NOT_FOUND');
  });

  it('validates the publish input and lets only editors and admins publish', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await makeComplete(tenant);
    expect((await publish(tenant.admin, ' ', '2026-02-30')).problems).toEqual([
      { path: 'effectiveDate', code: 'INVALID_FORMAT' },
      { path: 'changeSummary', code: 'REQUIRED' },
    ]);
    const viewer = await tenant.user('VIEWER');
    await expect(publish(viewer.client)).rejects.toHaveCode('FORBIDDEN');
    const key = await tenant.apiKey('EDITOR');
    expect((await publish(key)).version).toBe(1);
    // Who published each version: the key by its name, a person by their email.
    await tenant.admin.gql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { __typename } }`, { input: { id: tenant.id, website: 'https://v2.example' } });
    expect((await publish(tenant.admin, 'Website', '2026-03-01')).version).toBe(2);
    const versions = (await viewer.client.gql('{ policyVersions { edges { node { version publishedBy } } } }')).policyVersions.edges.map((e: any) => e.node);
    const keyName = (await tenant.admin.gql('{ apiKeys { edges { node { id name } } } }')).apiKeys.edges.find((e: any) => e.node.id === key.apiKeyId).node.name;
    expect(versions).toEqual([
      { version: 1, publishedBy: `API key "${keyName}"` },
      { version: 2, publishedBy: agency.ownerEmail },
    ]);
  });

  it('a future effective date keeps the previous version live until then', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const policy = await makeComplete(tenant);
    await publish(tenant.admin, 'v1', '2026-01-01');
    await tenant.admin.gql(`mutation ($input: UpdateAudienceInput!) { updateAudience(input: $input) { __typename } }`, { input: { id: policy.audienceId, name: 'Clients' } });
    const v2 = await publish(tenant.admin, 'v2 later', '2999-01-01');
    expect(v2).toMatchObject({ version: 2, isLive: false });
    const live = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/privacy.json`).then((r) => r.json() as Promise<any>);
    expect(live.version).toBe(1);
  });

  it('published versions are immutable for the application role', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await makeComplete(tenant);
    await publish(tenant.admin);
    const ds = await testDataSource();
    for (const sql of [
      'UPDATE policy_versions SET change_summary = $2 WHERE tenant_id = $1',
      'DELETE FROM policy_versions WHERE tenant_id = $1 AND $2::text IS NOT NULL',
      'UPDATE published_documents SET body = $2 WHERE tenant_id = $1',
    ]) {
      await expect(inTransaction(ds, { tenantId: tenant.id }, (tx) => tx.manager.query(sql, [tenant.id, 'tampered']))).rejects.toThrow(/permission denied/);
    }
  });
});
