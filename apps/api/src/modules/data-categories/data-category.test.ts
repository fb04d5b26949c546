import { describe, expect, it } from 'vitest';
import { seed, type TenantSeed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import { graphql, REFUSAL, having, type VariablesOf } from '../../test/graphql.js';

const FIELDS = graphql(
  `fragment DataCategoryFields on DataCategory { id name description specialCategory isSpecialCategory sources sourceDetails requirement consequenceOfNotProviding ccpaCategory position }`,
);
const RESULT = graphql(
  `fragment DataCategoryResultFields on DataCategoryResult { __typename ... on DataCategory { ...DataCategoryFields } ...Refusal }`,
  [FIELDS, REFUSAL],
);
const CREATE = graphql(
  `mutation ($input: CreateDataCategoryInput!) { createDataCategory(input: $input) { ...DataCategoryResultFields } }`,
  [RESULT],
);
const UPDATE = graphql(
  `mutation ($input: UpdateDataCategoryInput!) { updateDataCategory(input: $input) { ...DataCategoryResultFields } }`,
  [RESULT],
);
const DELETE = graphql(`mutation ($id: ID!) { deleteDataCategory(id: $id) { deletedId } }`);
const GET = graphql(`query ($id: ID!) { dataCategory(id: $id) { ...DataCategoryFields } }`, [FIELDS]);
const LIST = graphql(
  `query ($first: Int, $after: String) { dataCategories(first: $first, after: $after) { totalCount edges { cursor node { id name position } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
);

const CONTACT = {
  name: 'Contact details',
  description: 'name, email, phone',
  sources: ['SUBJECT'],
} satisfies VariablesOf<typeof CREATE>['input'];

async function create(client: Client, input: VariablesOf<typeof CREATE>['input']) {
  const data = await client.gql(CREATE, { input });
  if (data.createDataCategory.__typename !== 'DataCategory') throw new Error(JSON.stringify(data.createDataCategory));
  return data.createDataCategory;
}

async function names(tenant: TenantSeed): Promise<string[]> {
  const data = await tenant.admin.gql(LIST);
  return data.dataCategories.edges.map((e: { node: { name: string } }) => e.node.name);
}

describe('data categories', () => {
  it('creates a data category, reads it back, and applies the defaults (the provision requirement unanswered)', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, CONTACT);
    const expected = {
      id: created.id,
      name: 'Contact details',
      description: 'name, email, phone',
      specialCategory: null,
      isSpecialCategory: false,
      sources: ['SUBJECT'],
      sourceDetails: null,
      requirement: null,
      consequenceOfNotProviding: null,
      ccpaCategory: null,
      position: 0,
    };
    expect(created).toEqual({ __typename: 'DataCategory', ...expected });
    expect((await tenant.admin.gql(GET, { id: created.id })).dataCategory).toEqual(expected);

    const health = await create(tenant.admin, {
      name: 'Health data',
      specialCategory: 'HEALTH',
      sources: ['THIRD_PARTY', 'SUBJECT', 'SUBJECT'],
      sourceDetails: 'your doctor',
      requirement: 'STATUTORY',
      consequenceOfNotProviding: 'we cannot treat you',
      ccpaCategory: 'SENSITIVE_PERSONAL_INFORMATION',
    });
    expect(health).toMatchObject({
      isSpecialCategory: true,
      specialCategory: 'HEALTH',
      sources: ['SUBJECT', 'THIRD_PARTY'],
      requirement: 'STATUTORY',
    });
  });

  it('lists in (position, id) order, page by page', async () => {
    const tenant = await (await seed.agency()).tenant();
    for (const [name, position] of [
      ['C', 2],
      ['A', 0],
      ['B', 1],
      ['D', 3],
    ] as const) {
      await create(tenant.admin, { name, sources: ['SUBJECT'], position });
    }
    const first = (await tenant.admin.gql(LIST, { first: 3 })).dataCategories;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['A', 'B', 'C']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await tenant.admin.gql(LIST, { first: 3, after: first.pageInfo.endCursor })).dataCategories;
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['D']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('update merges the given fields over the stored ones and re-validates the whole', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, { ...CONTACT, position: 4 });
    const updated = (
      await tenant.admin.gql(UPDATE, {
        input: { id: created.id, description: null, sources: ['SUBJECT', 'AUTOMATIC'] },
      })
    ).updateDataCategory;
    expect(updated).toMatchObject({
      name: 'Contact details',
      description: null,
      sources: ['SUBJECT', 'AUTOMATIC'],
      position: 4,
    });
    // The merged whole breaks a rule although the patch alone names no field of it.
    const refused = (await tenant.admin.gql(UPDATE, { input: { id: created.id, requirement: 'CONTRACTUAL' } }))
      .updateDataCategory;
    expect(refused).toEqual({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'consequenceOfNotProviding', code: 'REQUIRED' }],
    });
    expect((await tenant.admin.gql(GET, { id: created.id })).dataCategory).toMatchObject({
      requirement: null,
      sources: ['SUBJECT', 'AUTOMATIC'],
    });
  });

  it('refuses invalid input with typed problems and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const cases: [VariablesOf<typeof CREATE>['input'], { path: string; code: string }[]][] = [
      [{ name: '  ', sources: ['SUBJECT'] }, [{ path: 'name', code: 'REQUIRED' }]],
      [{ name: 'X', sources: [] }, [{ path: 'sources', code: 'REQUIRED' }]],
      [{ name: 'X', sources: ['PUBLIC'] }, [{ path: 'sourceDetails', code: 'REQUIRED' }]],
      [
        { name: 'X', sources: ['SUBJECT'], requirement: 'STATUTORY' },
        [{ path: 'consequenceOfNotProviding', code: 'REQUIRED' }],
      ],
      [
        { name: 'X', sources: ['SUBJECT'], specialCategory: 'HEALTH', ccpaCategory: 'IDENTIFIERS' },
        [{ path: 'ccpaCategory', code: 'INCONSISTENT' }],
      ],
    ];
    for (const [input, problems] of cases) {
      expect((await tenant.admin.gql(CREATE, { input })).createDataCategory).toEqual({
        __typename: 'ValidationFailed',
        code: 'VALIDATION_FAILED',
        problems,
      });
    }
    expect(await names(tenant)).toEqual([]);
  });

  it('refuses a name the tenant already uses, in any case, on create and update', async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    await create(tenant.admin, CONTACT);
    const second = await create(tenant.admin, { name: 'Payment data', sources: ['SUBJECT'], position: 1 });
    const duplicate = {
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'name', code: 'DUPLICATE' }],
    };
    expect(
      (await tenant.admin.gql(CREATE, { input: { ...CONTACT, name: ' CONTACT DETAILS ' } })).createDataCategory,
    ).toEqual(duplicate);
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: second.id, name: 'contact details' } })).updateDataCategory,
    ).toEqual(duplicate);
    expect(await names(tenant)).toEqual(['Contact details', 'Payment data']);
    // Another tenant may use the same name.
    await expect(create(other.admin, CONTACT)).resolves.toMatchObject({ name: 'Contact details' });
  });

  it('lets a viewer read but not write', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, CONTACT);
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(GET, { id: created.id })).dataCategory.name).toBe('Contact details');
    await expect(viewer.gql(CREATE, { input: { name: 'X', sources: ['SUBJECT'] } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(UPDATE, { input: { id: created.id, name: 'Y' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(DELETE, { id: created.id })).rejects.toHaveCode('FORBIDDEN');
    expect(await names(tenant)).toEqual(['Contact details']);
  });

  it("treats another tenant's id, and a malformed one, as not found", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await create(other.admin, CONTACT);
    for (const id of [foreign.id, 'not-an-id']) {
      await expect(tenant.admin.gql(GET, { id })).rejects.toHaveCode('NOT_FOUND');
      await expect(tenant.admin.gql(UPDATE, { input: { id, name: 'Stolen' } })).rejects.toHaveCode('NOT_FOUND');
      await expect(tenant.admin.gql(DELETE, { id })).rejects.toHaveCode('NOT_FOUND');
    }
    expect((await other.admin.gql(GET, { id: foreign.id })).dataCategory.name).toBe('Contact details');
  });

  it('deleting a data category unlinks it from recipients and purposes', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [kept, doomed] = [
      await create(tenant.admin, CONTACT),
      await create(tenant.admin, { name: 'Usage data', sources: ['AUTOMATIC'] }),
    ];
    const recipient = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) { ... on Recipient { id dataCategoryIds } } }`,
      ),
      { input: { name: 'Advisers', role: 'CATEGORY', dataCategoryIds: [kept.id, doomed.id] } },
    );
    const purpose = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) { ... on Purpose { id dataCategoryIds } } }`,
      ),
      {
        input: {
          name: 'Support',
          legalBasis: 'CONTRACT',
          dataCategoryIds: [kept.id, doomed.id],
          retention: { criteria: 'while the ticket is open' },
        },
      },
    );
    expect(having(purpose.createPurpose, 'dataCategoryIds').dataCategoryIds).toHaveLength(2);
    expect((await tenant.admin.gql(DELETE, { id: doomed.id })).deleteDataCategory).toEqual({ deletedId: doomed.id });
    await expect(tenant.admin.gql(GET, { id: doomed.id })).rejects.toHaveCode('NOT_FOUND');
    const r = await tenant.admin.gql(graphql(`query ($id: ID!) { recipient(id: $id) { dataCategoryIds } }`), {
      id: having(recipient.createRecipient, 'id').id,
    });
    expect(r.recipient.dataCategoryIds).toEqual([kept.id]);
    const p = await tenant.admin.gql(
      graphql(`query ($id: ID!) { purpose(id: $id) { dataCategoryIds dataCategories { name } } }`),
      { id: having(purpose.createPurpose, 'id').id },
    );
    expect(p.purpose).toEqual({ dataCategoryIds: [kept.id], dataCategories: [{ name: 'Contact details' }] });
  });
});
