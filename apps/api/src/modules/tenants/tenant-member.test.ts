import { describe, expect, it } from 'vitest';
import { acceptAsNewPerson, seed } from '../../test/seed.js';

const INVITE = `mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) {
  __typename ... on TenantInvitation { id email role status } ... on ValidationFailed { problems { path code } } } }`;
const UPDATE = `mutation ($input: UpdateTenantMemberInput!) { updateTenantMember(input: $input) { __typename ... on TenantMember { role } ... on ValidationFailed { problems { path code } } } }`;

describe('tenant members and roles', () => {
  it('an admin invites people with roles; roles decide what they may do', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const admin = await tenant.user('ADMIN');
    const { inviteTenantMember } = await admin.client.gql(INVITE, { input: { email: 'Editor@Client.test', role: 'EDITOR' } });
    expect(inviteTenantMember).toMatchObject({ __typename: 'TenantInvitation', email: 'editor@client.test', role: 'EDITOR', status: 'PENDING' });
    const { client, userId } = await acceptAsNewPerson('editor@client.test', 'Ed');
    const editor = client.inTenant(tenant);
    await expect(editor.gql('mutation { createAudience(input: { name: "Customers" }) { __typename } }')).resolves.toEqual({ createAudience: { __typename: 'Audience' } });
    await expect(editor.gql(INVITE, { input: { email: 'x@client.test', role: 'VIEWER' } })).rejects.toHaveCode('FORBIDDEN');
    await expect(editor.gql('{ apiKeys { totalCount } }')).rejects.toHaveCode('FORBIDDEN');
    const list = await admin.client.gql('{ tenantMembers { totalCount edges { node { email role } } } }');
    expect(list.tenantMembers.edges.map((e: { node: { email: string; role: string } }) => e.node)).toEqual(
      expect.arrayContaining([{ email: 'editor@client.test', role: 'EDITOR' }, { email: admin.email, role: 'ADMIN' }]),
    );
    const invitations = await admin.client.gql('{ tenantInvitations { edges { node { email status } } } }');
    expect(invitations.tenantInvitations.edges.map((e: { node: unknown }) => e.node)).toEqual(expect.arrayContaining([{ email: 'editor@client.test', status: 'ACCEPTED' }]));
    const demoted = await admin.client.gql(UPDATE, { input: { userId, role: 'VIEWER' } });
    expect(demoted.updateTenantMember.role).toBe('VIEWER');
    await expect(editor.gql('mutation { createAudience(input: { name: "Suppliers" }) { __typename } }')).rejects.toHaveCode('FORBIDDEN');
    await admin.client.gql(`mutation ($id: ID!) { removeTenantMember(userId: $id) { __typename } }`, { id: userId });
    await expect(editor.gql('{ audiences { totalCount } }')).rejects.toHaveCode('FORBIDDEN');
  });

  it('refuses a malformed address, members already in the tenant, and takes no password for anyone', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    expect((await tenant.admin.gql(INVITE, { input: { email: 'bad', role: 'VIEWER' } })).inviteTenantMember.problems).toEqual([{ path: 'email', code: 'INVALID_FORMAT' }]);
    const viewer = await tenant.user('VIEWER');
    expect((await tenant.admin.gql(INVITE, { input: { email: viewer.email, role: 'EDITOR' } })).inviteTenantMember.problems).toEqual([{ path: 'email', code: 'DUPLICATE' }]);
    await expect(tenant.admin.gql(INVITE, { input: { email: 'new@client.test', role: 'VIEWER', initialPassword: 'chosen-by-someone-else' } })).rejects.toHaveCode('BAD_USER_INPUT');
  });

  it('an admin cannot invite to or remove a role above their own, and agency owners keep one owner', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const editorMember = await agency.member({ tenants: [tenant], role: 'EDITOR' });
    await expect(editorMember.client.inTenant(tenant).gql(INVITE, { input: { email: 'z@client.test', role: 'ADMIN' } })).rejects.toHaveCode('FORBIDDEN');
    const admin = await tenant.user('ADMIN');
    expect((await admin.client.gql(INVITE, { input: { email: 'boss@client.test', role: 'ADMIN' } })).inviteTenantMember.__typename).toBe('TenantInvitation');
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
