import { describe, expect, it } from 'vitest';
import { Client } from '../../test/client.js';
import { seed, testDataSource } from '../../test/seed.js';
import { graphql, narrow } from '../../test/graphql.js';

const CREATE = graphql(`mutation ($input: CreateTenantInput!) { createTenant(input: $input) {
  __typename
  ... on Tenant { id slug legalName displayName jurisdictions defaultLanguage offices { label registered address { country locality } } viewer { role canDelete canEditPolicy } rights { right grants { jurisdiction reference } } }
  ... on ValidationFailed { code problems { path code } } } }`);
const UPDATE = graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) {
  __typename ... on Tenant { id slug tradingName displayName contactEmail dpo { email } jurisdictions }
  ... on ValidationFailed { problems { path code } } } }`);
const TENANTS =
  graphql(`query ($first: Int, $after: String, $search: String) { tenants(first: $first, after: $after, search: $search) {
  totalCount edges { cursor node { id slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

describe('tenants', () => {
  it('an agency owner creates a tenant with its controller facts; the slug is suggested from the name', async () => {
    const agency = await seed.agency();
    const { createTenant } = await agency.owner.gql(CREATE, {
      input: {
        legalName: 'Cloud Officer Limited',
        contactEmail: 'Hello@CloudOfficer.co',
        jurisdictions: ['UK_GDPR', 'EU_GDPR'],
        offices: [
          {
            label: 'Registered office',
            registered: true,
            address: { streetAddress: '1 Parkshot', locality: 'Richmond', postalCode: 'TW9 2RD', country: 'gb' },
          },
        ],
      },
    });
    expect(createTenant).toMatchObject({
      __typename: 'Tenant',
      slug: expect.stringMatching(/^cloud-officer-limited/),
      displayName: 'Cloud Officer Limited',
      jurisdictions: ['EU_GDPR', 'UK_GDPR'],
      defaultLanguage: 'EN',
      offices: [{ label: 'Registered office', registered: true, address: { country: 'GB', locality: 'Richmond' } }],
      viewer: { role: 'ADMIN', canDelete: true, canEditPolicy: true },
    });
    const erasure = narrow(createTenant, 'Tenant').rights.find((r: { right: string }) => r.right === 'ERASURE');
    expect(erasure?.grants).toEqual([
      { jurisdiction: 'EU_GDPR', reference: 'GDPR Art. 17' },
      { jurisdiction: 'UK_GDPR', reference: 'UK GDPR Art. 17' },
    ]);
  });

  it('refuses invalid input with every problem named and writes nothing', async () => {
    const agency = await seed.agency();
    const { createTenant } = await agency.owner.gql(CREATE, {
      input: {
        legalName: ' ',
        slug: 'API',
        contactEmail: 'not-an-email',
        jurisdictions: [],
        offices: [{ label: 'x', address: { streetAddress: 'a', locality: 'b', country: 'XX' } }],
      },
    });
    expect(createTenant.__typename).toBe('ValidationFailed');
    expect(createTenant).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(narrow(createTenant, 'ValidationFailed').problems).toEqual(
      expect.arrayContaining([
        { path: 'legalName', code: 'REQUIRED' },
        { path: 'contactEmail', code: 'INVALID_FORMAT' },
        { path: 'jurisdictions', code: 'REQUIRED' },
        { path: 'offices.0.address.country', code: 'INVALID_FORMAT' },
        { path: 'slug', code: 'NOT_ALLOWED' },
      ]),
    );
    expect((await agency.owner.gql(TENANTS)).tenants.totalCount).toBe(0);
  });

  it('slugs are unique across agencies', async () => {
    const [first, second] = await Promise.all([seed.agency(), seed.agency()]);
    const slug = `acme-${Date.now().toString(36)}`;
    const a = await first.owner.gql(CREATE, {
      input: { legalName: 'Acme', slug, contactEmail: 'a@acme.test', jurisdictions: ['EU_GDPR'] },
    });
    expect(a.createTenant).toMatchObject({ slug: slug });
    const b = await second.owner.gql(CREATE, {
      input: { legalName: 'Acme', slug, contactEmail: 'a@acme.test', jurisdictions: ['EU_GDPR'] },
    });
    expect(narrow(b.createTenant, 'ValidationFailed').problems).toEqual([{ path: 'slug', code: 'DUPLICATE' }]);
  });

  it('updateTenant merges given fields, re-validates, and can change the slug', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const newSlug = `renamed-${Date.now().toString(36)}`;
    const { updateTenant } = await agency.owner.gql(UPDATE, {
      input: { id: tenant.id, tradingName: 'Renamed', slug: newSlug, dpo: { email: 'dpo@tenant.test' } },
    });
    expect(updateTenant).toMatchObject({
      id: tenant.id,
      slug: newSlug,
      tradingName: 'Renamed',
      displayName: 'Renamed',
      contactEmail: 'privacy@tenant.test',
      dpo: { email: 'dpo@tenant.test' },
      jurisdictions: ['EU_GDPR'],
    });
    // A policy without an office address still says where the controller is established (Art. 27 depends on it).
    const established = await agency.owner.gql(
      graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) {
        __typename ... on Tenant { establishedIn } ... on ValidationFailed { problems { path code } } } }`),
      { input: { id: tenant.id, establishedIn: 'gb' } },
    );
    expect(established.updateTenant).toEqual({ __typename: 'Tenant', establishedIn: 'GB' });
    const badEmail = await agency.owner.gql(UPDATE, { input: { id: tenant.id, contactEmail: 'nope' } });
    expect(narrow(badEmail.updateTenant, 'ValidationFailed').problems).toEqual([
      { path: 'contactEmail', code: 'INVALID_FORMAT' },
    ]);
    const unreachableDpo = await agency.owner.gql(UPDATE, { input: { id: tenant.id, dpo: { name: 'No contact' } } });
    expect(narrow(unreachableDpo.updateTenant, 'ValidationFailed').problems).toEqual([
      { path: 'dpo', code: 'INCONSISTENT' },
    ]);
    const bySlug = await agency.owner.gql(
      graphql(`query ($slug: String!) { tenantBySlug(slug: $slug) { id tradingName contactEmail } }`),
      { slug: newSlug.toUpperCase() },
    );
    expect(bySlug.tenantBySlug).toEqual({ id: tenant.id, tradingName: 'Renamed', contactEmail: 'privacy@tenant.test' });
  });

  it('lists the tenants the caller can open, with search and keyset pagination', async () => {
    const agency = await seed.agency();
    const created = [];
    for (const name of ['Alpha Ltd', 'Beta GmbH', 'Gamma SA']) created.push(await agency.tenant({ legalName: name }));
    const page1 = await agency.owner.gql(TENANTS, { first: 2 });
    expect(page1.tenants.totalCount).toBe(3);
    expect(page1.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      created[0]!.id,
      created[1]!.id,
    ]);
    expect(page1.tenants.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = await agency.owner.gql(TENANTS, { first: 2, after: page1.tenants.pageInfo.endCursor });
    expect(page2.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created[2]!.id]);
    expect(page2.tenants.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const search = await agency.owner.gql(TENANTS, { search: 'beta' });
    expect(search.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([created[1]!.id]);
    await expect(agency.owner.gql(TENANTS, { after: 'garbage' })).rejects.toHaveCode('BAD_USER_INPUT');
    await expect(agency.owner.gql(TENANTS, { first: 1000 })).rejects.toHaveCode('BAD_USER_INPUT');
  });

  it('an agency member sees only assigned tenants; a tenant user only their tenant', async () => {
    const agency = await seed.agency();
    const [a, b] = await Promise.all([agency.tenant(), agency.tenant()]);
    const member = await agency.member({ tenants: [a], role: 'EDITOR' });
    const memberTenants = await member.client.gql(TENANTS);
    expect(memberTenants.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    await expect(
      member.client.gql(graphql(`query ($id: ID!) { tenant(id: $id) { id } }`), { id: b.id }),
    ).rejects.toHaveCode('NOT_FOUND');
    await expect(member.client.inTenant(b).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );
    const viewer = await b.user('VIEWER');
    const viewerTenants = await viewer.client.inTenant(null).gql(TENANTS);
    expect(viewerTenants.tenants.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id]);
    // A person with one tenant works in it without sending X-Tenant.
    expect(
      (await viewer.client.inTenant(null).gql(graphql('{ currentTenant { id viewer { role canEditPolicy } } }')))
        .currentTenant,
    ).toEqual({ id: b.id, viewer: { role: 'VIEWER', canEditPolicy: false } });
  });

  it('only agency owners create and delete tenants; deleting removes its data', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await tenant.admin.gql(graphql('mutation { createAudience(input: { name: "Visitors" }) { __typename } }'));
    const member = await agency.member({ tenants: [tenant], role: 'ADMIN' });
    await expect(
      member.client.gql(CREATE, { input: { legalName: 'X', contactEmail: 'x@x.test', jurisdictions: ['EU_GDPR'] } }),
    ).rejects.toHaveCode('FORBIDDEN');
    await expect(
      member.client.gql(graphql(`mutation ($id: ID!) { deleteTenant(id: $id) { deletedId } }`), { id: tenant.id }),
    ).rejects.toHaveCode('FORBIDDEN');
    expect(
      (
        await agency.owner.gql(graphql(`mutation ($id: ID!) { deleteTenant(id: $id) { deletedId } }`), {
          id: tenant.id,
        })
      ).deleteTenant,
    ).toEqual({ deletedId: tenant.id });
    await expect(
      agency.owner.gql(graphql(`query ($id: ID!) { tenant(id: $id) { id } }`), { id: tenant.id }),
    ).rejects.toHaveCode('NOT_FOUND');
    await expect(agency.owner.inTenant(tenant).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );
  });

  it('requires a selected tenant for tenant data, with a clear error', async () => {
    const agency = await seed.agency();
    await agency.tenant();
    const error = await agency.owner.gql(graphql('{ audiences { totalCount } }')).catch((e: unknown) => e);
    expect(error).toMatchObject({
      codes: ['BAD_USER_INPUT'],
      errors: [{ extensions: { reason: 'TENANT_NOT_SELECTED' } }],
    });
    await expect(
      Client.anonymous()
        .inTenant(agency.owner.options.tenant ?? 'x')
        .gql(graphql('{ audiences { totalCount } }')),
    ).rejects.toHaveCode('UNAUTHENTICATED');
  });
});

describe('controller concepts (issue 17)', () => {
  const CONCEPTS = graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) {
    __typename
    ... on Tenant {
      supervisoryAuthority { name jurisdictions establishment }
      supervisoryAuthorities { name country website jurisdictions establishment }
      processorRole { actsAsProcessor services requestHandling }
      certifications { framework certifiedOn ukExtension swissFramework enforcementBody recourseMechanism { kind name url } }
    }
    ... on ValidationFailed { problems { path code } } } }`);
  const ICO = { name: "Information Commissioner's Office", country: 'gb', website: 'https://ico.org.uk' };
  const BFDI = { name: 'BfDI', country: 'DE' };

  it('names one authority per regime, answers the processor question and records a DPF certification', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({
      jurisdictions: ['EU_GDPR', 'UK_GDPR'],
      offices: [
        {
          label: 'HQ',
          registered: true,
          address: { streetAddress: '1 Market St', locality: 'San Francisco', region: 'CA', country: 'US' },
        },
      ],
    });
    const { updateTenant } = await agency.owner.gql(CONCEPTS, {
      input: {
        id: tenant.id,
        supervisoryAuthorities: [
          { ...BFDI, jurisdictions: ['EU_GDPR'], establishment: 'Acme GmbH' },
          { ...ICO, jurisdictions: ['UK_GDPR'] },
        ],
        processorRole: {
          actsAsProcessor: true,
          services: 'the data our customers upload',
          requestHandling: 'FORWARDED_TO_CUSTOMER',
        },
        certifications: [
          {
            framework: 'DATA_PRIVACY_FRAMEWORK',
            certifiedOn: '2023-10-01',
            ukExtension: true,
            enforcementBody: 'FTC',
            recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'JAMS', url: 'https://www.jamsadr.com' },
          },
        ],
      },
    });
    expect(updateTenant).toEqual({
      __typename: 'Tenant',
      // Deprecated: the first of the list.
      supervisoryAuthority: { name: 'BfDI', jurisdictions: ['EU_GDPR'], establishment: 'Acme GmbH' },
      supervisoryAuthorities: [
        { name: 'BfDI', country: 'DE', website: null, jurisdictions: ['EU_GDPR'], establishment: 'Acme GmbH' },
        { ...ICO, country: 'GB', jurisdictions: ['UK_GDPR'], establishment: null },
      ],
      processorRole: {
        actsAsProcessor: true,
        services: 'the data our customers upload',
        requestHandling: 'FORWARDED_TO_CUSTOMER',
      },
      certifications: [
        {
          framework: 'DATA_PRIVACY_FRAMEWORK',
          certifiedOn: '2023-10-01',
          ukExtension: true,
          swissFramework: false,
          enforcementBody: 'FTC',
          recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'JAMS', url: 'https://www.jamsadr.com' },
        },
      ],
    });

    // The deprecated single field still works for clients that know one authority: it replaces the first entry.
    const single = await agency.owner.gql(CONCEPTS, {
      input: { id: tenant.id, supervisoryAuthority: { name: 'BayLDA', country: 'DE' } },
    });
    expect(narrow(single.updateTenant, 'Tenant').supervisoryAuthorities.map((a: { name: string }) => a.name)).toEqual([
      'BayLDA',
      "Information Commissioner's Office",
    ]);

    const refused = await agency.owner.gql(CONCEPTS, {
      input: {
        id: tenant.id,
        supervisoryAuthorities: [
          { ...BFDI, jurisdictions: ['EU_GDPR'] },
          { name: 'CNIL', country: 'FR', jurisdictions: ['EU_GDPR'] },
        ],
        processorRole: { actsAsProcessor: false, services: 'uploads' },
      },
    });
    expect(narrow(refused.updateTenant, 'ValidationFailed').problems).toEqual([
      { path: 'supervisoryAuthorities.1', code: 'DUPLICATE' },
      { path: 'processorRole.services', code: 'INCONSISTENT' },
    ]);
  });

  it('asks for the regimes without an authority and for the recourse mechanism of a certification', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({
      jurisdictions: ['EU_GDPR', 'UK_GDPR'],
      offices: [
        {
          label: 'HQ',
          registered: true,
          address: { streetAddress: '1 Market St', locality: 'San Francisco', region: 'CA', country: 'US' },
        },
      ],
    });
    await agency.owner.gql(CONCEPTS, {
      input: {
        id: tenant.id,
        supervisoryAuthorities: [{ ...ICO, jurisdictions: ['UK_GDPR'] }],
        certifications: [
          { framework: 'DATA_PRIVACY_FRAMEWORK', certifiedOn: '2023-10-01', ukExtension: true, enforcementBody: 'FTC' },
        ],
      },
    });
    const { policyCompleteness } = await tenant.admin.gql(
      graphql('{ policyCompleteness { problems { code severity jurisdictions requirement location { field } } } }'),
    );
    const concerned = policyCompleteness.problems.filter((p: { code: string }) =>
      ['SUPERVISORY_AUTHORITY_MISSING', 'CERTIFICATION_RECOURSE_MECHANISM_MISSING'].includes(p.code),
    );
    expect(concerned).toEqual([
      {
        code: 'CERTIFICATION_RECOURSE_MECHANISM_MISSING',
        severity: 'ERROR',
        jurisdictions: ['EU_GDPR', 'UK_GDPR'],
        requirement: 'EU-U.S. DPF Principles II.1.a.ix; DPF Principles II.1.a.ix (UK Extension)',
        location: { field: 'certifications.0.recourseMechanism' },
      },
      {
        code: 'SUPERVISORY_AUTHORITY_MISSING',
        severity: 'WARNING',
        jurisdictions: ['EU_GDPR'],
        requirement: 'GDPR Art. 13(2)(d)',
        location: { field: 'supervisoryAuthorities' },
      },
    ]);
  });

  it('reads a tenant written before the list by its single authority, and stores the list on the next write', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const db = await testDataSource();
    // As an older process wrote it: only the single column (the superuser connection is not subject to RLS).
    await db.query(
      `UPDATE tenants SET supervisory_authority = $2, supervisory_authorities = '[]', processor_role = NULL
        WHERE tenant_id = $1`,
      [tenant.id, JSON.stringify({ ...ICO, country: 'GB', email: null, phone: null, address: null })],
    );
    const read = await agency.owner.gql(
      graphql(`query ($id: ID!) { tenant(id: $id) {
        supervisoryAuthority { name } supervisoryAuthorities { name jurisdictions establishment }
        processorRole { actsAsProcessor } } }`),
      { id: tenant.id },
    );
    expect(read.tenant).toEqual({
      supervisoryAuthority: { name: ICO.name },
      supervisoryAuthorities: [{ name: ICO.name, jurisdictions: [], establishment: null }],
      processorRole: { actsAsProcessor: null },
    });
    await agency.owner.gql(UPDATE, { input: { id: tenant.id, tradingName: 'Renamed' } });
    const [row] = await db.query('SELECT supervisory_authorities FROM tenants WHERE tenant_id = $1', [tenant.id]);
    expect(row.supervisory_authorities).toEqual([
      expect.objectContaining({ name: ICO.name, jurisdictions: [], establishment: null }),
    ]);
  });
});
