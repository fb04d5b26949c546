import { describe, expect, it } from 'vitest';
import { seed, type TenantSeed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import { graphql, REFUSAL, type VariablesOf } from '../../test/graphql.js';
import { create as make, type CreateInput } from '../../test/policy-fixture.js';

const FIELDS = graphql(`fragment PurposeFields on Purpose {
  id name description legalBasis legalBasisReference legitimateInterest legalObligation specialCategoryCondition
  specialCategoryConditionReference directMarketing saleOrSharing automatedDecisionLogic audienceIds dataCategoryIds recipientIds
  retention { period { amount unit trigger } criteria } reliesOnConsent position }`);
const RESULT = graphql(
  `fragment PurposeResultFields on PurposeResult {
  __typename ... on Purpose { ...PurposeFields } ...Refusal }`,
  [FIELDS, REFUSAL],
);
const CREATE = graphql(
  `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) { ...PurposeResultFields } }`,
  [RESULT],
);
const UPDATE = graphql(
  `mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { ...PurposeResultFields } }`,
  [RESULT],
);
const DELETE = graphql(`mutation ($id: ID!) { deletePurpose(id: $id) { deletedId } }`);
const GET = graphql(`query ($id: ID!) { purpose(id: $id) { ...PurposeFields } }`, [FIELDS]);
const LIST = graphql(`query ($first: Int, $after: String) { purposes(first: $first, after: $after) {
  totalCount edges { node { name audienceIds audiences { name } dataCategories { name isSpecialCategory } recipients { name dataCategoryIds isInternationalTransfer } } }
  pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

const RETAIN = { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' }, criteria: null } as const;
const BILLING = { name: 'Billing', legalBasis: 'CONTRACT', retention: RETAIN } as const;

const audience = (c: Client, name: string, position = 0) => make(c, 'Audience', { name, position });
const category = (c: Client, name: string, extra: Partial<CreateInput<'DataCategory'>> = {}) =>
  make(c, 'DataCategory', { name, sources: ['SUBJECT'], ...extra });
const recipient = (c: Client, name: string, extra: Partial<CreateInput<'Recipient'>> = {}) =>
  make(c, 'Recipient', { name, role: 'CATEGORY', ...extra });

async function create(client: Client, input: VariablesOf<typeof CREATE>['input']) {
  const data = await client.gql(CREATE, { input });
  if (data.createPurpose.__typename !== 'Purpose') throw new Error(JSON.stringify(data.createPurpose));
  return data.createPurpose;
}

async function names(tenant: TenantSeed): Promise<string[]> {
  return (await tenant.admin.gql(LIST)).purposes.edges.map((e: { node: { name: string } }) => e.node.name);
}

const refused = (problems: { path: string; code: string }[]) => ({
  __typename: 'ValidationFailed',
  code: 'VALIDATION_FAILED',
  problems,
});

describe('purposes', () => {
  it('creates a purpose with its links and reads it back with computed fields', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const [customers, health, advisers] = [
      await audience(c, 'Customers'),
      await category(c, 'Health', { specialCategory: 'HEALTH' }),
      await recipient(c, 'Advisers'),
    ];
    const created = await create(c, {
      name: 'Treatment',
      description: 'we treat you',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'keeping our patients healthy',
      specialCategoryCondition: 'EXPLICIT_CONSENT',
      audienceIds: [customers],
      dataCategoryIds: [health],
      recipientIds: [advisers],
      retention: { criteria: 'as long as the law on medical records requires' },
      position: 2,
    });
    const expected = {
      id: created.id,
      name: 'Treatment',
      description: 'we treat you',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legalBasisReference: 'Art. 6(1)(f)',
      legitimateInterest: 'keeping our patients healthy',
      legalObligation: null,
      specialCategoryCondition: 'EXPLICIT_CONSENT',
      specialCategoryConditionReference: 'Art. 9(2)(a)',
      directMarketing: false,
      saleOrSharing: false,
      automatedDecisionLogic: null,
      audienceIds: [customers],
      dataCategoryIds: [health],
      recipientIds: [advisers],
      retention: { period: null, criteria: 'as long as the law on medical records requires' },
      reliesOnConsent: true,
      position: 2,
    };
    expect(created).toEqual({ __typename: 'Purpose', ...expected });
    expect((await c.gql(GET, { id: created.id })).purpose).toEqual(expected);
    const billing = await create(c, BILLING);
    expect(billing).toMatchObject({
      legalBasisReference: 'Art. 6(1)(b)',
      reliesOnConsent: false,
      specialCategoryConditionReference: null,
      retention: RETAIN,
      audienceIds: [],
    });
  });

  it('lists in (position, id) order, page by page, with linked objects in policy order', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const [visitors, customers] = [await audience(c, 'Visitors', 1), await audience(c, 'Customers', 0)];
    const usage = await category(c, 'Usage data');
    const host = await recipient(c, 'Host', {
      role: 'PROCESSOR',
      country: 'US',
      service: 'hosting',
      dataCategoryIds: [usage],
    });
    for (const [name, position] of [
      ['C', 2],
      ['A', 0],
      ['B', 1],
    ] as const) {
      await create(c, {
        ...BILLING,
        name,
        position,
        audienceIds: [visitors, customers],
        dataCategoryIds: [usage],
        recipientIds: [host],
      });
    }
    const first = (await c.gql(LIST, { first: 2 })).purposes;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['A', 'B']);
    expect(first.edges[0]?.node).toEqual({
      name: 'A',
      audienceIds: [visitors, customers].sort(),
      audiences: [{ name: 'Customers' }, { name: 'Visitors' }],
      dataCategories: [{ name: 'Usage data', isSpecialCategory: false }],
      recipients: [{ name: 'Host', dataCategoryIds: [usage], isInternationalTransfer: true }],
    });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await c.gql(LIST, { first: 2, after: first.pageInfo.endCursor })).purposes;
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['C']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('update merges the given fields, keeps or replaces the links, and re-validates the whole', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const [a, b] = [await audience(c, 'A'), await audience(c, 'B')];
    const created = await create(c, { ...BILLING, description: 'invoices', audienceIds: [a] });
    const renamed = (await c.gql(UPDATE, { input: { id: created.id, name: 'Invoicing', description: null } }))
      .updatePurpose;
    expect(renamed).toMatchObject({
      name: 'Invoicing',
      description: null,
      legalBasis: 'CONTRACT',
      audienceIds: [a],
      retention: RETAIN,
    });
    const relinked = (
      await c.gql(UPDATE, { input: { id: created.id, audienceIds: [b], retention: { criteria: 'until paid' } } })
    ).updatePurpose;
    expect(relinked).toMatchObject({
      name: 'Invoicing',
      audienceIds: [b],
      retention: { period: null, criteria: 'until paid' },
    });
    // Switching to legitimate interests alone leaves the interest unstated.
    expect(
      (await c.gql(UPDATE, { input: { id: created.id, legalBasis: 'LEGITIMATE_INTERESTS' } })).updatePurpose,
    ).toEqual(refused([{ path: 'legitimateInterest', code: 'REQUIRED' }]));
    expect((await c.gql(GET, { id: created.id })).purpose).toMatchObject({ legalBasis: 'CONTRACT', audienceIds: [b] });
  });

  it('refuses invalid input with typed problems and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const health = await category(c, 'Health', { specialCategory: 'HEALTH' });
    const usage = await category(c, 'Usage');
    const a = await audience(c, 'A');
    const cases: [VariablesOf<typeof CREATE>['input'], { path: string; code: string }[]][] = [
      [{ ...BILLING, name: ' ' }, [{ path: 'name', code: 'REQUIRED' }]],
      [{ ...BILLING, retention: {} }, [{ path: 'retention', code: 'REQUIRED' }]],
      [
        { ...BILLING, retention: { period: { ...RETAIN.period, amount: 0 } } },
        [{ path: 'retention.period.amount', code: 'OUT_OF_RANGE' }],
      ],
      [{ ...BILLING, legalBasis: 'LEGITIMATE_INTERESTS' }, [{ path: 'legitimateInterest', code: 'REQUIRED' }]],
      [{ ...BILLING, legitimateInterest: 'fraud prevention' }, [{ path: 'legitimateInterest', code: 'INCONSISTENT' }]],
      [{ ...BILLING, saleOrSharing: true }, [{ path: 'saleOrSharing', code: 'INCONSISTENT' }]],
      [{ ...BILLING, dataCategoryIds: [usage, health] }, [{ path: 'specialCategoryCondition', code: 'REQUIRED' }]],
      [
        { ...BILLING, dataCategoryIds: [usage], specialCategoryCondition: 'EXPLICIT_CONSENT' },
        [{ path: 'specialCategoryCondition', code: 'INCONSISTENT' }],
      ],
      [{ ...BILLING, audienceIds: [a, a] }, [{ path: 'audienceIds', code: 'DUPLICATE' }]],
      [{ ...BILLING, recipientIds: ['nope'] }, [{ path: 'recipientIds.0', code: 'INVALID_FORMAT' }]],
    ];
    for (const [input, problems] of cases) {
      expect((await c.gql(CREATE, { input })).createPurpose, JSON.stringify(input)).toEqual(refused(problems));
    }
    expect(await names(tenant)).toEqual([]);
  });

  it('refuses a duplicate name and references to another tenant', async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const [ownAudience, ownCategory, ownRecipient] = [
      await audience(tenant.admin, 'A'),
      await category(tenant.admin, 'C'),
      await recipient(tenant.admin, 'R'),
    ];
    const [theirAudience, theirCategory, theirRecipient] = [
      await audience(other.admin, 'A'),
      await category(other.admin, 'C'),
      await recipient(other.admin, 'R'),
    ];
    const created = await create(tenant.admin, { ...BILLING, audienceIds: [ownAudience] });
    expect((await tenant.admin.gql(CREATE, { input: { ...BILLING, name: 'BILLING' } })).createPurpose).toEqual(
      refused([{ path: 'name', code: 'DUPLICATE' }]),
    );
    const foreign = {
      ...BILLING,
      name: 'Foreign',
      audienceIds: [ownAudience, theirAudience],
      dataCategoryIds: [theirCategory, ownCategory],
      recipientIds: [theirRecipient, ownRecipient],
    };
    expect((await tenant.admin.gql(CREATE, { input: foreign })).createPurpose).toEqual(
      refused([
        { path: 'audienceIds.1', code: 'UNKNOWN_REFERENCE' },
        { path: 'recipientIds.0', code: 'UNKNOWN_REFERENCE' },
        { path: 'dataCategoryIds.0', code: 'UNKNOWN_REFERENCE' },
      ]),
    );
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: created.id, audienceIds: [theirAudience] } })).updatePurpose,
    ).toEqual(refused([{ path: 'audienceIds.0', code: 'UNKNOWN_REFERENCE' }]));
    expect(await names(tenant)).toEqual(['Billing']);
    expect((await tenant.admin.gql(GET, { id: created.id })).purpose.audienceIds).toEqual([ownAudience]);
  });

  it('lets a viewer read but not write', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, BILLING);
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(GET, { id: created.id })).purpose.name).toBe('Billing');
    await expect(viewer.gql(CREATE, { input: { ...BILLING, name: 'X' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(UPDATE, { input: { id: created.id, name: 'Y' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(DELETE, { id: created.id })).rejects.toHaveCode('FORBIDDEN');
    expect(await names(tenant)).toEqual(['Billing']);
  });

  it("treats another tenant's id as not found", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await create(other.admin, BILLING);
    await expect(tenant.admin.gql(GET, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(UPDATE, { input: { id: foreign.id, name: 'Stolen' } })).rejects.toHaveCode(
      'NOT_FOUND',
    );
    await expect(tenant.admin.gql(DELETE, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    expect((await other.admin.gql(GET, { id: foreign.id })).purpose.name).toBe('Billing');
  });

  it('deleting an audience unlinks it from purposes; deleting a purpose removes only it', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const [kept, doomed] = [await audience(c, 'Customers'), await audience(c, 'Visitors')];
    const created = await create(c, { ...BILLING, audienceIds: [kept, doomed] });
    await c.gql(graphql(`mutation ($id: ID!) { deleteAudience(id: $id) { deletedId } }`), { id: doomed });
    expect(
      (
        await c.gql(graphql(`query ($id: ID!) { purpose(id: $id) { audienceIds audiences { name } } }`), {
          id: created.id,
        })
      ).purpose,
    ).toEqual({
      audienceIds: [kept],
      audiences: [{ name: 'Customers' }],
    });
    expect((await c.gql(DELETE, { id: created.id })).deletePurpose).toEqual({ deletedId: created.id });
    await expect(c.gql(GET, { id: created.id })).rejects.toHaveCode('NOT_FOUND');
    expect((await c.gql(graphql(`query ($id: ID!) { audience(id: $id) { name } }`), { id: kept })).audience.name).toBe(
      'Customers',
    );
  });
});

describe('legal grounds the gate checks (issue 17)', () => {
  const GROUNDS = graphql(
    `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) {
    __typename ... on Purpose { id legalObligationOrigin specialCategoryCondition criminalOffenceAuthority criminalOffenceLaw }
    ...Refusal } }`,
    [REFUSAL],
  );

  it('keeps the Art. 10 authority of criminal-offence data, which needs no Art. 9(2) condition', async () => {
    const tenant = await (await seed.agency()).tenant();
    const checks = await category(tenant.admin, 'Criminal record checks', { specialCategory: 'CRIMINAL_OFFENCES' });
    const input: VariablesOf<typeof GROUNDS>['input'] = {
      name: 'Pre-employment screening',
      legalBasis: 'LEGAL_OBLIGATION',
      legalObligation: 'Safeguarding Vulnerable Groups Act 2006',
      legalObligationOrigin: 'gb',
      criminalOffenceAuthority: 'AUTHORISED_BY_LAW',
      criminalOffenceLaw: 'DPA 2018 Sch. 1 para. 1 (employment)',
      dataCategoryIds: [checks],
      retention: RETAIN,
    };
    const { createPurpose } = await tenant.admin.gql(GROUNDS, { input });
    expect(createPurpose).toMatchObject({
      __typename: 'Purpose',
      legalObligationOrigin: 'GB',
      specialCategoryCondition: null,
      criminalOffenceAuthority: 'AUTHORISED_BY_LAW',
      criminalOffenceLaw: 'DPA 2018 Sch. 1 para. 1 (employment)',
    });
    // An Art. 9(2) condition does not apply to it, and an authority needs criminal-offence data.
    const wrong = await tenant.admin.gql(GROUNDS, {
      input: { ...input, specialCategoryCondition: 'LEGAL_CLAIMS', dataCategoryIds: [checks] },
    });
    expect(wrong.createPurpose).toMatchObject(refused([{ path: 'specialCategoryCondition', code: 'INCONSISTENT' }]));
    const stray = await tenant.admin.gql(GROUNDS, { input: { ...input, dataCategoryIds: [] } });
    expect(stray.createPurpose).toMatchObject(refused([{ path: 'criminalOffenceAuthority', code: 'INCONSISTENT' }]));
    const origin = await tenant.admin.gql(GROUNDS, { input: { ...BILLING, legalObligationOrigin: 'GB' } });
    expect(origin.createPurpose).toMatchObject(refused([{ path: 'legalObligationOrigin', code: 'INCONSISTENT' }]));
  });

  it('narrows an audience to some of its categories, pruned when a category is deleted', async () => {
    const tenant = await (await seed.agency()).tenant();
    const c = tenant.admin;
    const [visitors, customers] = [await audience(c, 'Visitors'), await audience(c, 'Customers', 1)];
    const [contact, payment] = [await category(c, 'Contact details'), await category(c, 'Payment data')];
    const NARROWED = graphql(
      `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) {
      __typename ... on Purpose { id audienceCategories { audienceId dataCategoryIds } } ...Refusal } }`,
      [REFUSAL],
    );
    const input: VariablesOf<typeof NARROWED>['input'] = {
      ...BILLING,
      audienceIds: [visitors, customers],
      dataCategoryIds: [contact, payment],
      audienceCategories: [{ audienceId: visitors, dataCategoryIds: [contact] }],
    };
    const { createPurpose } = await c.gql(NARROWED, { input });
    expect(createPurpose).toMatchObject({
      __typename: 'Purpose',
      audienceCategories: [{ audienceId: visitors, dataCategoryIds: [contact] }],
    });
    const wrong = await c.gql(NARROWED, {
      input: { ...input, name: 'Other', audienceCategories: [{ audienceId: visitors, dataCategoryIds: [] }] },
    });
    expect(wrong.createPurpose).toMatchObject(
      refused([{ path: 'audienceCategories.0.dataCategoryIds', code: 'REQUIRED' }]),
    );
    await c.gql(graphql(`mutation ($id: ID!) { deleteDataCategory(id: $id) { deletedId } }`), { id: contact });
    const id = createPurpose.__typename === 'Purpose' ? createPurpose.id : '';
    // The entry stays, empty: the policy claims less, never more, until someone fixes it.
    expect((await c.gql(GET, { id })).purpose).toMatchObject({ dataCategoryIds: [payment] });
    const read = await c.gql(
      graphql(`query ($id: ID!) { purpose(id: $id) { audienceCategories { audienceId dataCategoryIds } } }`),
      { id },
    );
    expect(read.purpose.audienceCategories).toEqual([{ audienceId: visitors, dataCategoryIds: [] }]);
  });

  it('keeps several legal bases, each with its scope, and refuses one without the scope of the main basis', async () => {
    const tenant = await (await seed.agency()).tenant();
    const BASES = graphql(
      `mutation ($input: CreatePurposeInput!) { createPurpose(input: $input) {
      __typename ... on Purpose { legalBasisScope reliesOnConsent additionalBases { legalBasis scope legitimateInterest } }
      ...Refusal } }`,
      [REFUSAL],
    );
    const input: VariablesOf<typeof BASES>['input'] = {
      ...BILLING,
      name: 'Newsletter',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'telling customers about similar products',
      legalBasisScope: 'existing customers',
      additionalBases: [{ legalBasis: 'CONSENT', scope: 'people who sign up on the website' }],
    };
    expect((await tenant.admin.gql(BASES, { input })).createPurpose).toEqual({
      __typename: 'Purpose',
      legalBasisScope: 'existing customers',
      reliesOnConsent: true,
      additionalBases: [
        { legalBasis: 'CONSENT', scope: 'people who sign up on the website', legitimateInterest: null },
      ],
    });
    const unscoped = await tenant.admin.gql(BASES, { input: { ...input, name: 'Other', legalBasisScope: null } });
    expect(unscoped.createPurpose).toMatchObject(refused([{ path: 'legalBasisScope', code: 'REQUIRED' }]));
  });
});
