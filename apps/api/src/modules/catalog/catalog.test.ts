import { describe, expect, it } from 'vitest';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql, narrow, having } from '../../test/graphql.js';
import { validateCookie } from '@noticeboard/domain';
import { knownCookiesOf } from './catalog.cookies.js';
import { DEFAULT_CATALOG } from './catalog.defaults.js';

const ENTRIES = graphql(
  '{ catalogEntries(first: 100) { totalCount edges { node { id name legalEntity country safeguards linkedTenants { tenantId recipientId } } } } }',
);
const ADD = graphql(`mutation ($input: AddRecipientFromCatalogInput!) { addRecipientFromCatalog(input: $input) {
  __typename ... on Recipient { id name legalEntity country catalogEntryId } ... on ValidationFailed { problems { path code } } } }`);
const UPDATE = graphql(`mutation ($input: UpdateCatalogEntryInput!) { updateCatalogEntry(input: $input) {
  __typename ... on CatalogEntryUpdated { entry { id country } reached { tenantId recipientIds latestVersion differsFromPublished } } ... on ValidationFailed { problems { path code } } } }`);

async function entryId(client: any, name: string): Promise<string> {
  const data = await client.gql(ENTRIES);
  return data.catalogEntries.edges.find((e: any) => e.node.name === name).node.id;
}

describe('agency processor catalog', () => {
  it('a new agency starts with the common recipients', async () => {
    const agency = await seed.agency();
    const data = await agency.owner.gql(ENTRIES);
    expect(data.catalogEntries.edges.map((e: any) => e.node.name).sort()).toEqual(
      [
        'Amazon Web Services',
        'Google Analytics',
        'Google Tag Manager',
        'HubSpot',
        'Miro',
        'Pipedrive',
        'Salesforce',
        'Zapier',
        'Zoom',
        'reCAPTCHA',
      ].sort(),
    );
    expect(data.catalogEntries.edges.find((e: any) => e.node.name === 'Google Analytics')?.node).toMatchObject({
      legalEntity: 'Google Ireland Limited',
      country: 'IE',
    });
  });

  it("a change to an entry reaches every linked tenant's draft and says which now differ from their published version", async () => {
    const agency = await seed.agency();
    const [published, draftOnly, unlinked] = await Promise.all([agency.tenant(), agency.tenant(), agency.tenant()]);
    await makeComplete(published);
    const zoom = await entryId(agency.owner, 'Zoom');
    const added = await published.admin.gql(ADD, { input: { catalogEntryId: zoom } });
    expect(added.addRecipientFromCatalog).toMatchObject({
      __typename: 'Recipient',
      name: 'Zoom',
      legalEntity: 'Zoom Video Communications, Inc.',
      country: 'US',
      catalogEntryId: zoom,
    });
    await draftOnly.admin.gql(ADD, { input: { catalogEntryId: zoom } });
    expect(await publish(published.admin)).toMatchObject({ version: 1 });

    const changed = await agency.owner.gql(UPDATE, {
      input: {
        id: zoom,
        safeguards: ['DATA_PRIVACY_FRAMEWORK', 'UK_ADDENDUM'],
        dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true },
        processingCountries: ['DE'],
      },
    });
    const reached = having(changed.updateCatalogEntry, 'reached').reached;
    expect(reached.map((r: any) => r.tenantId).sort()).toEqual([published.id, draftOnly.id].sort());
    expect(reached.find((r: any) => r.tenantId === published.id)).toMatchObject({
      latestVersion: 1,
      differsFromPublished: true,
    });
    expect(reached.find((r: any) => r.tenantId === draftOnly.id)).toMatchObject({
      latestVersion: null,
      differsFromPublished: false,
    });
    for (const tenant of [published, draftOnly]) {
      const recipients = await tenant.admin.gql(
        graphql('{ recipients { edges { node { name safeguards processingCountries } } } }'),
      );
      expect(recipients.recipients.edges.find((e: any) => e.node.name === 'Zoom')?.node).toEqual({
        name: 'Zoom',
        safeguards: ['UK_ADDENDUM', 'DATA_PRIVACY_FRAMEWORK'],
        processingCountries: ['DE'],
      });
    }
    expect((await unlinked.admin.gql(graphql('{ recipients { totalCount } }'))).recipients.totalCount).toBe(0);
    const links = await agency.owner.gql(ENTRIES);
    expect(
      links.catalogEntries.edges
        .find((e: any) => e.node.id === zoom)!
        .node.linkedTenants.map((l: any) => l.tenantId)
        .sort(),
    ).toEqual([published.id, draftOnly.id].sort());

    // Bulk republish of the tenants that now differ.
    const outcomes = await agency.owner.gql(
      graphql(
        `mutation ($input: RepublishTenantsInput!) { republishTenants(input: $input) { tenantId result { __typename ... on PolicyVersion { version } ... on UserError { code } } } }`,
      ),
      {
        input: {
          tenantIds: [published.id, draftOnly.id],
          effectiveDate: '2026-03-01',
          changeSummary: 'Zoom transfer safeguards updated',
        },
      },
    );
    expect(outcomes.republishTenants).toEqual([
      { tenantId: expect.any(String), result: expect.any(Object) },
      { tenantId: expect.any(String), result: expect.any(Object) },
    ]);
    const byTenant = Object.fromEntries(outcomes.republishTenants.map((o: any) => [o.tenantId, o.result]));
    expect(byTenant[published.id]).toEqual({ __typename: 'PolicyVersion', version: 2 });
    expect(byTenant[draftOnly.id]).toEqual({ __typename: 'PolicyIncomplete', code: 'POLICY_INCOMPLETE' });
  });

  it('each tenant an entry reaches is listed with the date its data processing agreement was signed', async () => {
    const agency = await seed.agency();
    const [signed, unsigned] = await Promise.all([agency.tenant(), agency.tenant()]);
    const miro = await entryId(agency.owner, 'Miro');
    const withDpa = await signed.admin.gql(ADD, { input: { catalogEntryId: miro, dpaSignedOn: '2026-02-14' } });
    const withoutDpa = await unsigned.admin.gql(ADD, { input: { catalogEntryId: miro } });
    const data = await agency.owner.gql(
      graphql(
        '{ catalogEntries(first: 100) { edges { node { id linkedTenants { tenantId recipientId dpaSignedOn } } } } }',
      ),
    );
    const links = data.catalogEntries.edges.find((e: any) => e.node.id === miro)!.node.linkedTenants;
    expect(links).toHaveLength(2);
    expect(links).toEqual(
      expect.arrayContaining([
        {
          tenantId: signed.id,
          recipientId: having(withDpa.addRecipientFromCatalog, 'id').id,
          dpaSignedOn: '2026-02-14',
        },
        { tenantId: unsigned.id, recipientId: having(withoutDpa.addRecipientFromCatalog, 'id').id, dpaSignedOn: null },
      ]),
    );
  });

  it("a linked recipient's company facts belong to the catalog until unlinked; the tenant keeps its own parts", async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const category = await tenant.admin.gql(
      graphql(
        'mutation { createDataCategory(input: { name: "Usage data", sources: [AUTOMATIC] }) { ... on DataCategory { id } } }',
      ),
    );
    const added = await tenant.admin.gql(ADD, {
      input: { catalogEntryId: await entryId(agency.owner, 'Google Analytics') },
    });
    const id = having(added.addRecipientFromCatalog, 'id').id;
    const UPDATE_RECIPIENT = graphql(
      `mutation ($input: UpdateRecipientInput!) { updateRecipient(input: $input) { __typename ... on Recipient { country dataCategoryIds catalogEntryId } ... on ValidationFailed { problems { path code } } } }`,
    );
    expect(
      narrow(
        (await tenant.admin.gql(UPDATE_RECIPIENT, { input: { id, country: 'US' } })).updateRecipient,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'country', code: 'NOT_ALLOWED' }]);
    const own = await tenant.admin.gql(UPDATE_RECIPIENT, {
      input: { id, dataCategoryIds: [having(category.createDataCategory, 'id').id] },
    });
    expect(own.updateRecipient).toMatchObject({
      country: 'IE',
      dataCategoryIds: [having(category.createDataCategory, 'id').id],
    });
    await tenant.admin.gql(graphql(`mutation ($id: ID!) { unlinkRecipientFromCatalog(id: $id) { catalogEntryId } }`), {
      id,
    });
    expect(
      (await tenant.admin.gql(UPDATE_RECIPIENT, { input: { id, country: 'US', address: null } })).updateRecipient,
    ).toMatchObject({ country: 'US', catalogEntryId: null });
  });

  it("members read the catalog but only owners change it; another agency's entries are out of reach", async () => {
    const [agency, other] = await Promise.all([seed.agency(), seed.agency()]);
    const tenant = await agency.tenant();
    const member = await agency.member({ tenants: [tenant], role: 'ADMIN' });
    const zoom = await entryId(agency.owner, 'Zoom');
    expect((await member.client.gql(ENTRIES)).catalogEntries.totalCount).toBe(10);
    await expect(member.client.gql(UPDATE, { input: { id: zoom, country: 'DE' } })).rejects.toHaveCode('FORBIDDEN');
    const foreign = await entryId(other.owner, 'Zoom');
    await expect(agency.owner.gql(UPDATE, { input: { id: foreign, country: 'DE' } })).rejects.toHaveCode('NOT_FOUND');
    expect(
      narrow(
        (await tenant.admin.gql(ADD, { input: { catalogEntryId: foreign } })).addRecipientFromCatalog,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'catalogEntryId', code: 'UNKNOWN_REFERENCE' }]);
    const invalid = await agency.owner.gql(UPDATE, { input: { id: zoom, country: 'XX', name: 'Miro' } });
    expect(narrow(invalid.updateCatalogEntry, 'ValidationFailed').problems).toEqual([
      { path: 'country', code: 'INVALID_FORMAT' },
    ]);
    const duplicate = await agency.owner.gql(UPDATE, { input: { id: zoom, name: 'miro' } });
    expect(narrow(duplicate.updateCatalogEntry, 'ValidationFailed').problems).toEqual([
      { path: 'name', code: 'DUPLICATE' },
    ]);
  });
});

describe('cookies that come with catalog recipients', () => {
  const KNOWN = graphql(
    '{ catalogEntries(first: 100) { edges { node { name knownCookies { name kind durationAmount durationUnit purpose } } } } }',
  );

  it('lists the documented cookies of the default entries, and none for services that set none', async () => {
    const agency = await seed.agency();
    const edges = (await agency.owner.gql(KNOWN)).catalogEntries.edges;
    const known = (name: string) => edges.find((e) => e.node.name === name)!.node.knownCookies;
    expect(known('Google Analytics').map((c) => [c.name, c.kind, c.durationAmount, c.durationUnit])).toEqual([
      ['_ga', 'ANALYTICS', 2, 'YEARS'],
      ['_ga_<container-id>', 'ANALYTICS', 2, 'YEARS'],
    ]);
    expect(known('reCAPTCHA')).toEqual([expect.objectContaining({ name: '_GRECAPTCHA', kind: 'STRICTLY_NECESSARY' })]);
    expect(known('HubSpot').map((c) => [c.name, c.durationAmount, c.durationUnit])).toEqual([
      ['__hstc', 6, 'MONTHS'],
      ['hubspotutk', 6, 'MONTHS'],
      ['__hssc', 30, 'MINUTES'],
      ['__hssrc', null, null],
    ]);
    expect(known('Google Tag Manager')).toEqual([]);
    expect(known('Zoom')).toEqual([]);
  });

  it('names only entries of the default catalog, each cookie a valid cookie of the tenant list', () => {
    const defaults = new Set(DEFAULT_CATALOG.map((d) => d.name));
    const withCookies = DEFAULT_CATALOG.filter((d) => knownCookiesOf(d.name).length).map((d) => d.name);
    expect(withCookies.sort()).toEqual(['Google Analytics', 'HubSpot', 'reCAPTCHA']);
    expect(knownCookiesOf(' google analytics ')).toHaveLength(2);
    expect(knownCookiesOf('Our own analytics')).toEqual([]);
    for (const name of defaults)
      for (const c of knownCookiesOf(name))
        expect(validateCookie({ ...c, provider: name, position: 0 }).ok, `${name} ${c.name}`).toBe(true);
  });
});
