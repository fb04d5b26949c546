import { describe, expect, it } from 'vitest';
import { login, PASSWORD, seed } from '../../test/seed.js';

const ADD = `mutation ($input: AddTenantMemberInput!) { addTenantMember(input: $input) {
  __typename ... on TenantMember { userId email role } ... on ValidationFailed { problems { path code } } } }`;
const UPDATE = `mutation ($input: UpdateTenantMemberInput!) { updateTenantMember(input: $input) { __typename ... on TenantMember { role } ... on ValidationFailed { problems { path code } } } }`;

describe('tenant members and roles', () => {
  it('an admin adds people with roles; roles decide what they may do', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const admin = await tenant.user('ADMIN');
    const { addTenantMember } = await admin.client.gql(ADD, { input: { email: 'Editor@Client.test', name: 'Ed', role: 'EDITOR', initialPassword: PASSWORD } });
    expect(addTenantMember).toMatchObject({ __typename: 'TenantMember', email: 'editor@client.test', role: 'EDITOR' });
    const editor = (await login('editor@client.test')).inTenant(tenant);
    await expect(editor.gql('mutation { createAudience(input: { name: "Customers" }) { __typename } }')).resolves.toEqual({ createAudience: { __typename: 'Audience' } });
    await expect(editor.gql(ADD, { input: { email: 'x@client.test', name: 'X', role: 'VIEWER', initialPassword: PASSWORD } })).rejects.toHaveCode('FORBIDDEN');
    await expect(editor.gql('{ apiKeys { totalCount } }')).rejects.toHaveCode('FORBIDDEN');
    const list = await admin.client.gql('{ tenantMembers { totalCount edges { node { email role } } } }');
    expect(list.tenantMembers.edges.map((e: { node: { email: string; role: string } }) => e.node)).toEqual(
      expect.arrayContaining([{ email: 'editor@client.test', role: 'EDITOR' }, { email: admin.email, role: 'ADMIN' }]),
    );
    const demoted = await admin.client.gql(UPDATE, { input: { userId: addTenantMember.userId, role: 'VIEWER' } });
    expect(demoted.updateTenantMember.role).toBe('VIEWER');
    await expect(editor.gql('mutation { createAudience(input: { name: "Suppliers" }) { __typename } }')).rejects.toHaveCode('FORBIDDEN');
    await admin.client.gql(`mutation ($id: ID!) { removeTenantMember(userId: $id) { __typename } }`, { id: addTenantMember.userId });
    await expect(editor.gql('{ audiences { totalCount } }')).rejects.toHaveCode('FORBIDDEN');
  });

  it('refuses new people without name or with a weak password, duplicates, and staff of another agency', async () => {
    const [agency, other] = await Promise.all([seed.agency(), seed.agency()]);
    const tenant = await agency.tenant();
    expect((await tenant.admin.gql(ADD, { input: { email: 'new@client.test', role: 'VIEWER', initialPassword: 'short' } })).addTenantMember.problems).toEqual([
      { path: 'name', code: 'REQUIRED' },
      { path: 'initialPassword', code: 'OUT_OF_RANGE' },
    ]);
    expect((await tenant.admin.gql(ADD, { input: { email: 'bad', role: 'VIEWER' } })).addTenantMember.problems).toEqual([{ path: 'email', code: 'INVALID_FORMAT' }]);
    expect((await tenant.admin.gql(ADD, { input: { email: other.ownerEmail, role: 'VIEWER' } })).addTenantMember.problems).toEqual([{ path: 'email', code: 'NOT_ALLOWED' }]);
    const viewer = await tenant.user('VIEWER');
    expect((await tenant.admin.gql(ADD, { input: { email: viewer.email, role: 'EDITOR' } })).addTenantMember.problems).toEqual([{ path: 'email', code: 'DUPLICATE' }]);
  });

  it('an admin cannot hand out or remove a role above their own, and agency owners keep one owner', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const editorMember = await agency.member({ tenants: [tenant], role: 'EDITOR' });
    await expect(editorMember.client.inTenant(tenant).gql(ADD, { input: { email: 'z@client.test', name: 'Z', role: 'ADMIN', initialPassword: PASSWORD } })).rejects.toHaveCode('FORBIDDEN');
    const me = await agency.owner.gql('{ me { user { id } } }');
    const demoteSelf = await agency.owner.gql(`mutation ($input: UpdateAgencyMemberInput!) { updateAgencyMember(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`, {
      input: { userId: me.me.user.id, role: 'MEMBER' },
    });
    expect(demoteSelf.updateAgencyMember.problems).toEqual([{ path: 'role', code: 'NOT_ALLOWED' }]);
    const members = await agency.owner.gql('{ agencyMembers { totalCount edges { node { email role } } } }');
    expect(members.agencyMembers.totalCount).toBe(2);
    const removed = await agency.owner.gql(`mutation ($id: ID!) { removeAgencyMember(userId: $id) { __typename } }`, { id: editorMember.userId });
    expect(removed.removeAgencyMember.__typename).toBe('AgencyMember');
    await expect(editorMember.client.inTenant(tenant).gql('{ audiences { totalCount } }')).rejects.toHaveCode('FORBIDDEN');
  });
});
