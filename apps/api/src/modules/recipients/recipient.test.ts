import { describe, expect, it } from 'vitest';
import { seed, type TenantSeed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import { graphql, REFUSAL, having, type VariablesOf } from '../../test/graphql.js';

const FIELDS =
  graphql(`fragment RecipientFields on Recipient { id name role legalEntity address { streetAddress locality region postalCode country } country processingCountries service
  safeguards transferDetails dataPrivacyFramework { certifiedOn ukExtension swissFramework } dpaSignedOn privacyPolicyUrl optOutUrl dataCategoryIds position }`);
const RESULT = graphql(
  `fragment RecipientResultFields on RecipientResult { __typename ... on Recipient { ...RecipientFields } ...Refusal }`,
  [FIELDS, REFUSAL],
);
const CREATE = graphql(
  `mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) { ...RecipientResultFields } }`,
  [RESULT],
);
const UPDATE = graphql(
  `mutation ($input: UpdateRecipientInput!) { updateRecipient(input: $input) { ...RecipientResultFields } }`,
  [RESULT],
);
const DELETE = graphql(`mutation ($id: ID!) { deleteRecipient(id: $id) { deletedId } }`);
const GET = graphql(`query ($id: ID!) { recipient(id: $id) { ...RecipientFields } }`, [FIELDS]);
const TRANSFERS = graphql(
  `query ($id: ID!) { recipient(id: $id) { isInternationalTransfer transferGaps { jurisdiction countries reason } } }`,
);
const LIST = graphql(`query ($first: Int, $after: String) { recipients(first: $first, after: $after) {
  totalCount edges { node { name position isInternationalTransfer } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

const ANALYTICS = {
  name: 'Analytics Co',
  role: 'PROCESSOR',
  legalEntity: 'Analytics Co Inc.',
  address: { streetAddress: '1 Main St', locality: 'Springfield', region: 'IL', postalCode: '62701', country: 'us' },
  country: 'us',
  processingCountries: ['US', 'ie', 'IE'],
  service: 'website analytics',
  safeguards: ['DATA_PRIVACY_FRAMEWORK', 'STANDARD_CONTRACTUAL_CLAUSES'],
  dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: false },
  dpaSignedOn: '2024-02-29',
  privacyPolicyUrl: 'https://analytics.example/privacy',
} satisfies VariablesOf<typeof CREATE>['input'];
const ADVISERS = { name: 'Professional advisers', role: 'CATEGORY' } satisfies VariablesOf<typeof CREATE>['input'];

async function create(client: Client, input: VariablesOf<typeof CREATE>['input']) {
  const data = await client.gql(CREATE, { input });
  if (data.createRecipient.__typename !== 'Recipient') throw new Error(JSON.stringify(data.createRecipient));
  return data.createRecipient;
}

async function category(client: Client, name: string): Promise<string> {
  const data = await client.gql(
    graphql(
      `mutation ($input: CreateDataCategoryInput!) { createDataCategory(input: $input) { ... on DataCategory { id } } }`,
    ),
    {
      input: { name, sources: ['SUBJECT'] },
    },
  );
  return having(data.createDataCategory, 'id').id;
}

async function names(tenant: TenantSeed): Promise<string[]> {
  return (await tenant.admin.gql(LIST)).recipients.edges.map((e: { node: { name: string } }) => e.node.name);
}

const refused = (problems: { path: string; code: string }[]) => ({
  __typename: 'ValidationFailed',
  code: 'VALIDATION_FAILED',
  problems,
});

describe('recipients', () => {
  it('creates a recipient with its data categories and reads it back, normalised', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [a, b] = [await category(tenant.admin, 'Usage data'), await category(tenant.admin, 'Device data')];
    const created = await create(tenant.admin, { ...ANALYTICS, dataCategoryIds: [b, a] });
    const expected = {
      id: created.id,
      ...ANALYTICS,
      address: { ...ANALYTICS.address, country: 'US' },
      country: 'US',
      processingCountries: ['IE', 'US'],
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
      transferDetails: null,
      optOutUrl: null,
      dataCategoryIds: [a, b].sort(),
      position: 0,
    };
    expect(created).toEqual({ __typename: 'Recipient', ...expected });
    expect((await tenant.admin.gql(GET, { id: created.id })).recipient).toEqual(expected);
  });

  it("computes international transfers and their gaps from the tenant's jurisdictions", async () => {
    const agency = await seed.agency();
    const [eu, ccpa] = await Promise.all([
      agency.tenant({ jurisdictions: ['EU_GDPR', 'UK_GDPR'] }),
      agency.tenant({ jurisdictions: ['CCPA_CPRA'] }),
    ]);
    const cases: [VariablesOf<typeof CREATE>['input'], boolean, unknown[]][] = [
      [{ name: 'Host', role: 'PROCESSOR', service: 'hosting', country: 'DE' }, true, []],
      [
        { name: 'Mailer', role: 'PROCESSOR', service: 'email', country: 'US' },
        true,
        [
          { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'NO_SAFEGUARD' },
          { jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'NO_SAFEGUARD' },
        ],
      ],
      [
        {
          name: 'CRM',
          role: 'PROCESSOR',
          service: 'crm',
          country: 'US',
          processingCountries: ['IN'],
          safeguards: ['DATA_PRIVACY_FRAMEWORK'],
          dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true },
        },
        true,
        [
          { jurisdiction: 'EU_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
          { jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
        ],
      ],
      [
        // EU clauses and the DPF: enough for the EU GDPR; for the UK GDPR only if the certification has the UK part.
        {
          name: 'Newsletter',
          role: 'PROCESSOR',
          service: 'newsletter',
          country: 'US',
          safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
          dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: false },
        },
        true,
        [{ jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' }],
      ],
      [
        {
          name: 'Payroll',
          role: 'PROCESSOR',
          service: 'payroll',
          country: 'IN',
          safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
        },
        true,
        [{ jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'UK_ADDENDUM_MISSING' }],
      ],
    ];
    for (const [input, international, gaps] of cases) {
      const created = await create(eu.admin, input);
      expect((await eu.admin.gql(TRANSFERS, { id: created.id })).recipient, String(input.name)).toEqual({
        isInternationalTransfer: international,
        transferGaps: gaps,
      });
    }
    // Germany is inside the EEA but outside the UK: international for UK GDPR, yet adequate.
    const local = await create(eu.admin, { name: 'Local', role: 'INDEPENDENT_CONTROLLER', country: 'IE' });
    expect((await eu.admin.gql(TRANSFERS, { id: local.id })).recipient).toEqual({
      isInternationalTransfer: true,
      transferGaps: [],
    });
    // A regime without transfer rules sees no international transfer at all.
    const mailer = await create(ccpa.admin, {
      name: 'Mailer',
      role: 'PROCESSOR',
      service: 'email',
      country: 'US',
      processingCountries: ['IN'],
    });
    expect((await ccpa.admin.gql(TRANSFERS, { id: mailer.id })).recipient).toEqual({
      isInternationalTransfer: false,
      transferGaps: [],
    });
  });

  it('lists in (position, id) order, page by page', async () => {
    const tenant = await (await seed.agency()).tenant();
    for (const [name, position] of [
      ['C', 2],
      ['A', 0],
      ['B', 1],
    ] as const)
      await create(tenant.admin, { name, role: 'CATEGORY', position });
    const first = (await tenant.admin.gql(LIST, { first: 2 })).recipients;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['A', 'B']);
    expect(first.edges[0]?.node.isInternationalTransfer).toBe(false);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await tenant.admin.gql(LIST, { first: 2, after: first.pageInfo.endCursor })).recipients;
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['C']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('update merges the given fields, replaces lists, and clears with null', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [a, b] = [await category(tenant.admin, 'Usage data'), await category(tenant.admin, 'Device data')];
    const created = await create(tenant.admin, { ...ANALYTICS, dataCategoryIds: [a] });
    const updated = (
      await tenant.admin.gql(UPDATE, {
        input: { id: created.id, legalEntity: null, dataCategoryIds: [b], position: 3 },
      })
    ).updateRecipient;
    expect(updated).toMatchObject({
      name: 'Analytics Co',
      legalEntity: null,
      service: 'website analytics',
      country: 'US',
      dataCategoryIds: [b],
      position: 3,
      dpaSignedOn: '2024-02-29',
    });
    expect((await tenant.admin.gql(GET, { id: created.id })).recipient).toMatchObject({
      legalEntity: null,
      dataCategoryIds: [b],
      position: 3,
    });
    // Moving the recipient contradicts its stored address: the whole is re-validated.
    expect((await tenant.admin.gql(UPDATE, { input: { id: created.id, country: 'FR' } })).updateRecipient).toEqual(
      refused([{ path: 'address.country', code: 'INCONSISTENT' }]),
    );
    expect((await tenant.admin.gql(GET, { id: created.id })).recipient.country).toBe('US');
    // The certification goes with the framework: clearing it alone is refused, with the safeguard it is not.
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: created.id, dataPrivacyFramework: null } })).updateRecipient,
    ).toEqual(refused([{ path: 'dataPrivacyFramework', code: 'REQUIRED' }]));
    expect(
      (
        await tenant.admin.gql(UPDATE, {
          input: { id: created.id, safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'], dataPrivacyFramework: null },
        })
      ).updateRecipient,
    ).toMatchObject({ safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'], dataPrivacyFramework: null });
  });

  it('refuses invalid input with typed problems and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const cases: [VariablesOf<typeof CREATE>['input'], { path: string; code: string }[]][] = [
      [
        { name: 'P', role: 'PROCESSOR' },
        [
          { path: 'country', code: 'REQUIRED' },
          { path: 'service', code: 'REQUIRED' },
        ],
      ],
      [
        { ...ANALYTICS, safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'PRIVACY_SHIELD'] },
        [{ path: 'safeguards', code: 'NOT_ALLOWED' }],
      ],
      [{ ...ANALYTICS, safeguards: ['DEROGATION'] }, [{ path: 'transferDetails', code: 'REQUIRED' }]],
      [{ ...ANALYTICS, dataPrivacyFramework: null }, [{ path: 'dataPrivacyFramework', code: 'REQUIRED' }]],
      [
        { ...ANALYTICS, dataPrivacyFramework: { certifiedOn: '2023-02-30' } },
        [{ path: 'dataPrivacyFramework.certifiedOn', code: 'INVALID_FORMAT' }],
      ],
      [
        { ...ANALYTICS, address: { ...ANALYTICS.address, country: 'CA' } },
        [{ path: 'address.country', code: 'INCONSISTENT' }],
      ],
      [{ ...ANALYTICS, country: 'XX' }, [{ path: 'country', code: 'INVALID_FORMAT' }]],
      [
        { ...ANALYTICS, processingCountries: ['US', 'ZZ'] },
        [{ path: 'processingCountries.1', code: 'INVALID_FORMAT' }],
      ],
      [{ ...ANALYTICS, dpaSignedOn: '2023-02-29' }, [{ path: 'dpaSignedOn', code: 'INVALID_FORMAT' }]],
      [{ ...ANALYTICS, optOutUrl: 'ftp://analytics.example' }, [{ path: 'optOutUrl', code: 'INVALID_FORMAT' }]],
      [{ ...ADVISERS, dataCategoryIds: ['nope'] }, [{ path: 'dataCategoryIds.0', code: 'INVALID_FORMAT' }]],
    ];
    for (const [input, problems] of cases) {
      expect((await tenant.admin.gql(CREATE, { input })).createRecipient, JSON.stringify(input)).toEqual(
        refused(problems),
      );
    }
    expect(await names(tenant)).toEqual([]);
  });

  it('refuses a duplicate name and data categories of another tenant', async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const own = await category(tenant.admin, 'Usage data');
    const foreign = await category(other.admin, 'Usage data');
    const created = await create(tenant.admin, { ...ADVISERS, dataCategoryIds: [own] });
    expect(
      (await tenant.admin.gql(CREATE, { input: { ...ADVISERS, name: 'PROFESSIONAL ADVISERS' } })).createRecipient,
    ).toEqual(refused([{ path: 'name', code: 'DUPLICATE' }]));
    expect(
      (
        await tenant.admin.gql(CREATE, {
          input: { name: 'Auditors', role: 'CATEGORY', dataCategoryIds: [own, foreign] },
        })
      ).createRecipient,
    ).toEqual(refused([{ path: 'dataCategoryIds.1', code: 'UNKNOWN_REFERENCE' }]));
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: created.id, dataCategoryIds: [foreign] } })).updateRecipient,
    ).toEqual(refused([{ path: 'dataCategoryIds.0', code: 'UNKNOWN_REFERENCE' }]));
    expect(
      (await tenant.admin.gql(CREATE, { input: { name: 'Auditors', role: 'CATEGORY', dataCategoryIds: [own, own] } }))
        .createRecipient,
    ).toEqual(refused([{ path: 'dataCategoryIds', code: 'DUPLICATE' }]));
    expect(await names(tenant)).toEqual(['Professional advisers']);
    expect((await tenant.admin.gql(GET, { id: created.id })).recipient.dataCategoryIds).toEqual([own]);
  });

  it('lets a viewer (person or API key) read but not write', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, ADVISERS);
    const { client: viewer } = await tenant.user('VIEWER');
    const key = await tenant.apiKey('VIEWER');
    for (const client of [viewer, key]) {
      expect((await client.gql(GET, { id: created.id })).recipient.name).toBe('Professional advisers');
      await expect(client.gql(CREATE, { input: { name: 'X', role: 'CATEGORY' } })).rejects.toHaveCode('FORBIDDEN');
      await expect(client.gql(UPDATE, { input: { id: created.id, name: 'Y' } })).rejects.toHaveCode('FORBIDDEN');
      await expect(client.gql(DELETE, { id: created.id })).rejects.toHaveCode('FORBIDDEN');
    }
    expect(await names(tenant)).toEqual(['Professional advisers']);
  });

  it("treats another tenant's id as not found", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await create(other.admin, ADVISERS);
    await expect(tenant.admin.gql(GET, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(UPDATE, { input: { id: foreign.id, name: 'Stolen' } })).rejects.toHaveCode(
      'NOT_FOUND',
    );
    await expect(tenant.admin.gql(DELETE, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    expect((await other.admin.gql(GET, { id: foreign.id })).recipient.name).toBe('Professional advisers');
  });

  it('deleting a recipient unlinks it from purposes and clears it from cookies', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [kept, doomed] = [await create(tenant.admin, ADVISERS), await create(tenant.admin, ANALYTICS)];
    const purpose = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) { ... on Purpose { id recipientIds } } }`,
      ),
      {
        input: {
          name: 'Analytics',
          legalBasis: 'CONSENT',
          recipientIds: [kept.id, doomed.id],
          retention: { period: { amount: 14, unit: 'MONTHS', trigger: 'COLLECTION' } },
        },
      },
    );
    const cookie = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreateCookieInput!) { createCookie(input: $input) { ... on Cookie { id recipientId } } }`,
      ),
      {
        input: {
          name: '_ga',
          provider: 'Analytics Co',
          recipientId: doomed.id,
          kind: 'ANALYTICS',
          purpose: 'counts visits',
        },
      },
    );
    expect(cookie.createCookie).toMatchObject({ recipientId: doomed.id });
    expect((await tenant.admin.gql(DELETE, { id: doomed.id })).deleteRecipient).toEqual({ deletedId: doomed.id });
    const p = await tenant.admin.gql(
      graphql(`query ($id: ID!) { purpose(id: $id) { recipientIds recipients { name } } }`),
      { id: having(purpose.createPurpose, 'id').id },
    );
    expect(p.purpose).toEqual({ recipientIds: [kept.id], recipients: [{ name: 'Professional advisers' }] });
    const c = await tenant.admin.gql(graphql(`query ($id: ID!) { cookie(id: $id) { recipientId } }`), {
      id: having(cookie.createCookie, 'id').id,
    });
    expect(c.cookie.recipientId).toBeNull();
  });
});

describe('joint controllers (GDPR Art. 26(2))', () => {
  const JOINT = graphql(
    `mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) {
    __typename ... on Recipient { id role jointArrangement } ...Refusal } }`,
    [REFUSAL],
  );
  const ARRANGEMENT = 'We inform you and answer your requests; the partner runs the event and its registration.';

  it('stores the essence of the arrangement for a joint controller and refuses it for anyone else', async () => {
    const tenant = await (await seed.agency()).tenant();
    const joint = await tenant.admin.gql(JOINT, {
      input: { name: 'Event partner', role: 'JOINT_CONTROLLER', country: 'DE', jointArrangement: ARRANGEMENT },
    });
    expect(joint.createRecipient).toMatchObject({ __typename: 'Recipient', jointArrangement: ARRANGEMENT });
    const processor = await tenant.admin.gql(JOINT, {
      input: { ...ANALYTICS, name: 'Another analytics', jointArrangement: ARRANGEMENT },
    });
    expect(processor.createRecipient).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [expect.objectContaining({ path: 'jointArrangement', code: 'INCONSISTENT' })],
    });
  });
});
