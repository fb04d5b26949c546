import type { PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { seed, type TenantSeed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import { graphql, REFUSAL, having, type VariablesOf } from '../../test/graphql.js';
import { create as make, makeComplete, publish } from '../../test/policy-fixture.js';

const FIELDS = graphql(
  `fragment CookieFields on Cookie { id name describesGroup provider recipientId kind durationAmount durationUnit purpose purposeIds isSessionCookie needsConsent position }`,
);
const RESULT = graphql(
  `fragment CookieResultFields on CookieResult { __typename ... on Cookie { ...CookieFields } ...Refusal }`,
  [FIELDS, REFUSAL],
);
const CREATE = graphql(
  `mutation ($input: CreateCookieInput!) { createCookie(input: $input) { ...CookieResultFields } }`,
  [RESULT],
);
const UPDATE = graphql(
  `mutation ($input: UpdateCookieInput!) { updateCookie(input: $input) { ...CookieResultFields } }`,
  [RESULT],
);
const DELETE = graphql(`mutation ($id: ID!) { deleteCookie(id: $id) { deletedId } }`);
const GET = graphql(`query ($id: ID!) { cookie(id: $id) { ...CookieFields } }`, [FIELDS]);
const LIST = graphql(`query ($first: Int, $after: String) { cookies(first: $first, after: $after) {
  totalCount edges { node { name provider position } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

const GA = {
  name: '_ga',
  provider: 'Google',
  kind: 'ANALYTICS',
  durationAmount: 2,
  durationUnit: 'YEARS',
  purpose: 'distinguishes visitors',
} satisfies VariablesOf<typeof CREATE>['input'];
const SESSION = {
  name: 'session',
  provider: 'example.com',
  kind: 'STRICTLY_NECESSARY',
  purpose: 'keeps you signed in',
} satisfies VariablesOf<typeof CREATE>['input'];

async function create(client: Client, input: VariablesOf<typeof CREATE>['input']) {
  const data = await client.gql(CREATE, { input });
  if (data.createCookie.__typename !== 'Cookie') throw new Error(JSON.stringify(data.createCookie));
  return data.createCookie;
}

async function recipient(client: Client, name: string): Promise<string> {
  const data = await client.gql(
    graphql(`mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) { ... on Recipient { id } } }`),
    {
      input: { name, role: 'INDEPENDENT_CONTROLLER', country: 'US' },
    },
  );
  return having(data.createRecipient, 'id').id;
}

async function names(tenant: TenantSeed): Promise<string[]> {
  return (await tenant.admin.gql(LIST)).cookies.edges.map(
    (e: { node: { name: string; provider: string } }) => `${e.node.name}@${e.node.provider}`,
  );
}

const refused = (problems: { path: string; code: string }[]) => ({
  __typename: 'ValidationFailed',
  code: 'VALIDATION_FAILED',
  problems,
});

describe('cookies', () => {
  it('creates cookies, reads them back, and says which are session cookies and which need consent', async () => {
    const tenant = await (await seed.agency()).tenant();
    const google = await recipient(tenant.admin, 'Google');
    const ga = await create(tenant.admin, { ...GA, recipientId: google, position: 1 });
    const expected = {
      id: ga.id,
      ...GA,
      describesGroup: false,
      recipientId: google,
      purposeIds: [],
      isSessionCookie: false,
      needsConsent: true,
      position: 1,
    };
    expect(ga).toEqual({ __typename: 'Cookie', ...expected });
    expect((await tenant.admin.gql(GET, { id: ga.id })).cookie).toEqual(expected);
    const session = await create(tenant.admin, SESSION);
    expect(session).toMatchObject({
      recipientId: null,
      durationAmount: null,
      durationUnit: null,
      isSessionCookie: true,
      needsConsent: false,
      position: 0,
    });
  });

  it('lists in (position, id) order, page by page', async () => {
    const tenant = await (await seed.agency()).tenant();
    for (const [name, position] of [
      ['c', 2],
      ['a', 0],
      ['b', 1],
    ] as const)
      await create(tenant.admin, { ...SESSION, name, position });
    const first = (await tenant.admin.gql(LIST, { first: 2 })).cookies;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await tenant.admin.gql(LIST, { first: 2, after: first.pageInfo.endCursor })).cookies;
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['c']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('update merges the given fields and re-validates the whole', async () => {
    const tenant = await (await seed.agency()).tenant();
    const ga = await create(tenant.admin, GA);
    const updated = (
      await tenant.admin.gql(UPDATE, {
        input: { id: ga.id, purpose: 'counts visits', durationAmount: 13, durationUnit: 'MONTHS' },
      })
    ).updateCookie;
    expect(updated).toMatchObject({
      name: '_ga',
      provider: 'Google',
      kind: 'ANALYTICS',
      purpose: 'counts visits',
      durationAmount: 13,
      durationUnit: 'MONTHS',
    });
    // Clearing only the amount leaves a unit without an amount.
    expect((await tenant.admin.gql(UPDATE, { input: { id: ga.id, durationAmount: null } })).updateCookie).toEqual(
      refused([{ path: 'durationUnit', code: 'INCONSISTENT' }]),
    );
    const session = (await tenant.admin.gql(UPDATE, { input: { id: ga.id, durationAmount: null, durationUnit: null } }))
      .updateCookie;
    expect(session).toMatchObject({
      durationAmount: null,
      durationUnit: null,
      isSessionCookie: true,
      purpose: 'counts visits',
    });
  });

  it('refuses invalid input with typed problems and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const cases: [VariablesOf<typeof CREATE>['input'], { path: string; code: string }[]][] = [
      [{ ...GA, name: ' ' }, [{ path: 'name', code: 'REQUIRED' }]],
      [{ ...GA, purpose: '' }, [{ path: 'purpose', code: 'REQUIRED' }]],
      [{ ...GA, durationUnit: null }, [{ path: 'durationUnit', code: 'INCONSISTENT' }]],
      [{ ...GA, durationAmount: 0 }, [{ path: 'durationAmount', code: 'OUT_OF_RANGE' }]],
      [{ ...GA, recipientId: 'google' }, [{ path: 'recipientId', code: 'INVALID_FORMAT' }]],
    ];
    for (const [input, problems] of cases) {
      expect((await tenant.admin.gql(CREATE, { input })).createCookie, JSON.stringify(input)).toEqual(
        refused(problems),
      );
    }
    expect(await names(tenant)).toEqual([]);
  });

  it('refuses a cookie the same provider already lists (case-insensitive), and a recipient of another tenant', async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await recipient(other.admin, 'Google');
    const ga = await create(tenant.admin, GA);
    const fb = await create(tenant.admin, { ...GA, name: '_fbp', provider: 'Meta' });
    expect(
      (await tenant.admin.gql(CREATE, { input: { ...GA, name: '_GA', provider: ' GOOGLE ' } })).createCookie,
    ).toEqual(refused([{ path: 'name', code: 'DUPLICATE' }]));
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: fb.id, name: '_ga', provider: 'google' } })).updateCookie,
    ).toEqual(refused([{ path: 'name', code: 'DUPLICATE' }]));
    // The same name from another provider is another cookie; renaming a cookie to its own name is no duplicate.
    await expect(create(tenant.admin, { ...GA, provider: 'Other Analytics' })).resolves.toMatchObject({ name: '_ga' });
    expect((await tenant.admin.gql(UPDATE, { input: { id: ga.id, name: '_GA' } })).updateCookie).toMatchObject({
      name: '_GA',
    });
    expect(
      (await tenant.admin.gql(CREATE, { input: { ...GA, name: 'x', recipientId: foreign } })).createCookie,
    ).toEqual(refused([{ path: 'recipientId', code: 'UNKNOWN_REFERENCE' }]));
    expect((await tenant.admin.gql(UPDATE, { input: { id: ga.id, recipientId: foreign } })).updateCookie).toEqual(
      refused([{ path: 'recipientId', code: 'UNKNOWN_REFERENCE' }]),
    );
    expect((await names(tenant)).sort()).toEqual(['_GA@Google', '_fbp@Meta', '_ga@Other Analytics']);
    expect((await tenant.admin.gql(GET, { id: ga.id })).cookie.recipientId).toBeNull();
  });

  it('lets a viewer read but not write', async () => {
    const tenant = await (await seed.agency()).tenant();
    const ga = await create(tenant.admin, GA);
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(GET, { id: ga.id })).cookie.name).toBe('_ga');
    await expect(viewer.gql(CREATE, { input: SESSION })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(UPDATE, { input: { id: ga.id, name: 'x' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(DELETE, { id: ga.id })).rejects.toHaveCode('FORBIDDEN');
    expect(await names(tenant)).toEqual(['_ga@Google']);
  });

  it("treats another tenant's id as not found, and deletes only its own", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await create(other.admin, GA);
    await expect(tenant.admin.gql(GET, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(UPDATE, { input: { id: foreign.id, name: 'x' } })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(DELETE, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    const own = await create(tenant.admin, GA);
    expect((await tenant.admin.gql(DELETE, { id: own.id })).deleteCookie).toEqual({ deletedId: own.id });
    expect(await names(tenant)).toEqual([]);
    expect((await other.admin.gql(GET, { id: foreign.id })).cookie.name).toBe('_ga');
  });
});

describe('cookies and the purposes they serve', () => {
  const DRAFT = graphql(`{ policyDraft { snapshot } }`);
  const DELETE_PURPOSE = graphql(`mutation ($id: ID!) { deletePurpose(id: $id) { deletedId } }`);
  const purpose = async (client: Client, name: string, legalBasis: 'CONSENT' | 'CONTRACT') => {
    const audience = await make(client, 'Audience', { name: `${name} audience` });
    const category = await make(client, 'DataCategory', { name: `${name} data`, sources: ['AUTOMATIC'] });
    return make(client, 'Purpose', {
      name,
      legalBasis,
      audienceIds: [audience],
      dataCategoryIds: [category],
      retention: { criteria: 'until consent is withdrawn' },
    });
  };

  it('links purposes on create and update, sorted, and puts them in the draft snapshot', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [analytics, service] = [
      await purpose(tenant.admin, 'Analytics', 'CONSENT'),
      await purpose(tenant.admin, 'Service', 'CONTRACT'),
    ];
    const ga = await create(tenant.admin, { ...GA, purposeIds: [service, analytics] });
    expect(ga.purposeIds).toEqual([analytics, service].sort());
    expect((await tenant.admin.gql(GET, { id: ga.id })).cookie.purposeIds).toEqual([analytics, service].sort());
    // Fields left out keep the links; a list replaces them.
    expect((await tenant.admin.gql(UPDATE, { input: { id: ga.id, purpose: 'x' } })).updateCookie).toMatchObject({
      purposeIds: [analytics, service].sort(),
    });
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: ga.id, purposeIds: [analytics] } })).updateCookie,
    ).toMatchObject({ purposeIds: [analytics] });
    const { snapshot } = (await tenant.admin.gql(DRAFT)).policyDraft;
    expect((snapshot as unknown as PolicySnapshot).cookies).toEqual([
      expect.objectContaining({ id: ga.id, describesGroup: false, purposeIds: [analytics] }),
    ]);
  });

  it('describes a group of cookies by category', async () => {
    const tenant = await (await seed.agency()).tenant();
    const group = await create(tenant.admin, {
      ...GA,
      name: 'Analytics cookies',
      provider: 'Our analytics provider',
      describesGroup: true,
    });
    expect(group).toMatchObject({ name: 'Analytics cookies', describesGroup: true, durationAmount: 2 });
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: group.id, describesGroup: false } })).updateCookie,
    ).toMatchObject({
      describesGroup: false,
    });
  });

  it("refuses a purpose that is not the tenant's, and writes nothing", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await purpose(other.admin, 'Foreign', 'CONSENT');
    const own = await purpose(tenant.admin, 'Analytics', 'CONSENT');
    expect((await tenant.admin.gql(CREATE, { input: { ...GA, purposeIds: [own, foreign] } })).createCookie).toEqual(
      refused([{ path: 'purposeIds.1', code: 'UNKNOWN_REFERENCE' }]),
    );
    expect((await tenant.admin.gql(CREATE, { input: { ...GA, purposeIds: [own, own] } })).createCookie).toEqual(
      refused([{ path: 'purposeIds', code: 'DUPLICATE' }]),
    );
    expect(await names(tenant)).toEqual([]);
    const ga = await create(tenant.admin, { ...GA, purposeIds: [own] });
    expect((await tenant.admin.gql(UPDATE, { input: { id: ga.id, purposeIds: [foreign] } })).updateCookie).toEqual(
      refused([{ path: 'purposeIds.0', code: 'UNKNOWN_REFERENCE' }]),
    );
    expect((await tenant.admin.gql(GET, { id: ga.id })).cookie.purposeIds).toEqual([own]);
  });

  it('deleting a purpose unlinks it from its cookies', async () => {
    const tenant = await (await seed.agency()).tenant();
    const [analytics, service] = [
      await purpose(tenant.admin, 'Analytics', 'CONSENT'),
      await purpose(tenant.admin, 'Service', 'CONTRACT'),
    ];
    const ga = await create(tenant.admin, { ...GA, purposeIds: [analytics, service] });
    await tenant.admin.gql(DELETE_PURPOSE, { id: analytics });
    expect((await tenant.admin.gql(GET, { id: ga.id })).cookie.purposeIds).toEqual([service]);
    const { snapshot } = (await tenant.admin.gql(DRAFT)).policyDraft;
    expect((snapshot as unknown as PolicySnapshot).cookies[0]!.purposeIds).toEqual([service]);
    // Deleting the cookie removes its links too: the purpose can go without anything left behind.
    await tenant.admin.gql(DELETE, { id: ga.id });
    expect((await tenant.admin.gql(DELETE_PURPOSE, { id: service })).deletePurpose).toEqual({ deletedId: service });
  });

  it('publishing needs each cookie linked to a purpose, and warns when a non-essential one has no consent purpose', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { purposeId: contract } = await makeComplete(tenant);
    const ga = await create(tenant.admin, GA);
    const refusedPublish = await publish(tenant.admin);
    expect(refusedPublish).toMatchObject({ __typename: 'PolicyIncomplete' });
    expect(having(refusedPublish, 'completeness').completeness).toContainEqual({
      code: 'COOKIE_WITHOUT_PURPOSE',
      severity: 'ERROR',
      message: "cookie '_ga' serves no purpose of the policy",
      requirement: 'UK GDPR Art. 13(1)(c)',
      location: { kind: 'COOKIE', id: ga.id, field: 'purposeIds' },
    });
    // An analytics cookie serving a contract purpose only: a warning (PECR reg. 6), which does not block.
    await tenant.admin.gql(UPDATE, { input: { id: ga.id, purposeIds: [contract] } });
    expect(await publish(tenant.admin)).toMatchObject({ __typename: 'PolicyVersion', version: 1 });
  });
});
