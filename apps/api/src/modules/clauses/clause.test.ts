import { describe, expect, it } from 'vitest';
import { CLAUSE_LIMITS } from '@noticeboard/domain';
import { seed, type TenantSeed } from '../../test/seed.js';
import type { Client } from '../../test/client.js';
import { graphql, REFUSAL, type VariablesOf } from '../../test/graphql.js';

const FIELDS = graphql(`fragment ClauseFields on Clause { id section title body position }`);
const RESULT = graphql(
  `fragment ClauseResultFields on ClauseResult { __typename ... on Clause { ...ClauseFields } ...Refusal }`,
  [FIELDS, REFUSAL],
);
const CREATE = graphql(
  `mutation ($input: CreateClauseInput!) { createClause(input: $input) { ...ClauseResultFields } }`,
  [RESULT],
);
const UPDATE = graphql(
  `mutation ($input: UpdateClauseInput!) { updateClause(input: $input) { ...ClauseResultFields } }`,
  [RESULT],
);
const DELETE = graphql(`mutation ($id: ID!) { deleteClause(id: $id) { deletedId } }`);
const GET = graphql(`query ($id: ID!) { clause(id: $id) { ...ClauseFields } }`, [FIELDS]);
const LIST =
  graphql(`query ($section: PolicySection, $first: Int, $after: String) { clauses(section: $section, first: $first, after: $after) {
  totalCount edges { node { title section position } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

const MARKDOWN = 'We use **no** tracking pixels.\n\n- emails\n- newsletters\n\n<script>alert(1)</script>';
const SECURITY = { section: 'SECURITY', title: 'Pixels', body: MARKDOWN } as const;

async function create(client: Client, input: VariablesOf<typeof CREATE>['input']) {
  const data = await client.gql(CREATE, { input });
  if (data.createClause.__typename !== 'Clause') throw new Error(JSON.stringify(data.createClause));
  return data.createClause;
}

async function titles(tenant: TenantSeed, section?: VariablesOf<typeof LIST>['section']): Promise<(string | null)[]> {
  return (await tenant.admin.gql(LIST, { section })).clauses.edges.map((e) => e.node.title);
}

describe('clauses', () => {
  it('creates a clause, keeping its markdown as written, and reads it back', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, SECURITY);
    const expected = { id: created.id, ...SECURITY, position: 0 };
    expect(created).toEqual({ __typename: 'Clause', ...expected });
    expect((await tenant.admin.gql(GET, { id: created.id })).clause).toEqual(expected);
  });

  it('lists in (position, id) order, filtered by section, page by page', async () => {
    const tenant = await (await seed.agency()).tenant();
    for (const [title, section, position] of [
      ['c', 'SECURITY', 2],
      ['a', 'CHILDREN', 0],
      ['b', 'SECURITY', 1],
      ['d', 'SECURITY', 3],
    ] as const) {
      await create(tenant.admin, { title, section, position, body: `clause ${title}` });
    }
    expect(await titles(tenant)).toEqual(['a', 'b', 'c', 'd']);
    expect(await titles(tenant, 'CHILDREN')).toEqual(['a']);
    expect(await titles(tenant, 'CONTACT')).toEqual([]);
    const first = (await tenant.admin.gql(LIST, { section: 'SECURITY', first: 2 })).clauses;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.title)).toEqual(['b', 'c']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await tenant.admin.gql(LIST, { section: 'SECURITY', first: 2, after: first.pageInfo.endCursor }))
      .clauses;
    expect(second.edges.map((e) => e.node.title)).toEqual(['d']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('update merges the given fields; null clears the title; no name uniqueness', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, SECURITY);
    await expect(create(tenant.admin, SECURITY)).resolves.toMatchObject({ title: 'Pixels' });
    const moved = (await tenant.admin.gql(UPDATE, { input: { id: created.id, section: 'COOKIES', title: null } }))
      .updateClause;
    expect(moved).toEqual({
      __typename: 'Clause',
      id: created.id,
      section: 'COOKIES',
      title: null,
      body: MARKDOWN,
      position: 0,
    });
    expect((await tenant.admin.gql(GET, { id: created.id })).clause).toMatchObject({
      section: 'COOKIES',
      title: null,
      body: MARKDOWN,
    });
  });

  it('refuses an empty body with a typed problem and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const refused = {
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'body', code: 'REQUIRED' }],
    };
    expect((await tenant.admin.gql(CREATE, { input: { section: 'SECURITY', body: '  \n ' } })).createClause).toEqual(
      refused,
    );
    expect(await titles(tenant)).toEqual([]);
    const created = await create(tenant.admin, SECURITY);
    expect((await tenant.admin.gql(UPDATE, { input: { id: created.id, body: '' } })).updateClause).toEqual(refused);
    expect((await tenant.admin.gql(GET, { id: created.id })).clause.body).toBe(MARKDOWN);
  });

  it('lets a viewer read but not write', async () => {
    const tenant = await (await seed.agency()).tenant();
    const created = await create(tenant.admin, SECURITY);
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(GET, { id: created.id })).clause.title).toBe('Pixels');
    await expect(viewer.gql(CREATE, { input: SECURITY })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(UPDATE, { input: { id: created.id, title: 'x' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(viewer.gql(DELETE, { id: created.id })).rejects.toHaveCode('FORBIDDEN');
    expect(await titles(tenant)).toEqual(['Pixels']);
  });

  it("treats another tenant's id as not found, and deletes its own", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    const foreign = await create(other.admin, SECURITY);
    await expect(tenant.admin.gql(GET, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(UPDATE, { input: { id: foreign.id, title: 'x' } })).rejects.toHaveCode('NOT_FOUND');
    await expect(tenant.admin.gql(DELETE, { id: foreign.id })).rejects.toHaveCode('NOT_FOUND');
    expect(await titles(tenant)).toEqual([]);
    const own = await create(tenant.admin, SECURITY);
    expect((await tenant.admin.gql(DELETE, { id: own.id })).deleteClause).toEqual({ deletedId: own.id });
    await expect(tenant.admin.gql(GET, { id: own.id })).rejects.toHaveCode('NOT_FOUND');
    expect((await other.admin.gql(GET, { id: foreign.id })).clause.title).toBe('Pixels');
  });

  it(`refuses clause number ${CLAUSE_LIMITS.maxPerTenant + 1} with a typed problem, also when asked for at once, and takes one again after a delete`, async () => {
    const tenant = await (await seed.agency()).tenant();
    const ids: string[] = [];
    for (let i = 0; i < CLAUSE_LIMITS.maxPerTenant - 2; i++)
      ids.push((await create(tenant.admin, { section: 'SECURITY', title: `c${i}`, body: `Clause ${i}.` })).id);
    // Three at once for the last two places: the count is taken under the tenant's lock, so one is refused.
    const racing = await Promise.all(
      [0, 1, 2].map((i) =>
        tenant.admin.gql(CREATE, { input: { section: 'CHILDREN', title: `racing ${i}`, body: 'Not for children.' } }),
      ),
    );
    expect(racing.map((r) => r.createClause.__typename).sort()).toEqual(['Clause', 'Clause', 'ValidationFailed']);
    const refused = {
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: '', code: 'NOT_ALLOWED' }],
    };
    expect((await tenant.admin.gql(CREATE, { input: SECURITY })).createClause).toEqual(refused);
    const full = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreateClauseInput!) { createClause(input: $input) { ... on ValidationFailed { message } } }`,
      ),
      { input: SECURITY },
    );
    expect(full.createClause).toMatchObject({
      message: `a tenant has at most ${CLAUSE_LIMITS.maxPerTenant} clauses: edit or delete one before adding another`,
    });
    expect((await tenant.admin.gql(LIST, { first: 100 })).clauses.totalCount).toBe(CLAUSE_LIMITS.maxPerTenant);
    // Editing one of them is not adding one.
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: ids[0]!, body: 'x'.repeat(CLAUSE_LIMITS.maxBodyLength) } }))
        .updateClause.__typename,
    ).toBe('Clause');
    await tenant.admin.gql(DELETE, { id: ids[1]! });
    expect((await tenant.admin.gql(CREATE, { input: SECURITY })).createClause.__typename).toBe('Clause');
  });
});
