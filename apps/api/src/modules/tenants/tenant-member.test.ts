import { describe, expect, it } from 'vitest';
import { acceptAsNewPerson, seed } from '../../test/seed.js';
import { graphql, narrow } from '../../test/graphql.js';

const INVITE = graphql(`mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) {
  __typename ... on TenantInvitation { id email role status } ... on ValidationFailed { problems { path code } } } }`);
const UPDATE = graphql(
  `mutation ($input: UpdateTenantMemberInput!) { updateTenantMember(input: $input) { __typename ... on TenantMember { role } ... on ValidationFailed { problems { path code } } } }`,
);

describe('tenant members and roles', () => {
  it('an admin invites people with roles; roles decide what they may do', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const admin = await tenant.user('ADMIN');
    const { inviteTenantMember } = await admin.client.gql(INVITE, {
      input: { email: 'Editor@Client.test', role: 'EDITOR' },
    });
    expect(inviteTenantMember).toMatchObject({
      __typename: 'TenantInvitation',
      email: 'editor@client.test',
      role: 'EDITOR',
      status: 'PENDING',
    });
    const { client, userId } = await acceptAsNewPerson('editor@client.test', 'Ed');
    const editor = client.inTenant(tenant);
    await expect(
      editor.gql(graphql('mutation { createAudience(input: { name: "Customers" }) { __typename } }')),
    ).resolves.toEqual({ createAudience: { __typename: 'Audience' } });
    await expect(editor.gql(INVITE, { input: { email: 'x@client.test', role: 'VIEWER' } })).rejects.toHaveCode(
      'FORBIDDEN',
    );
    await expect(editor.gql(graphql('{ apiKeys { totalCount } }'))).rejects.toHaveCode('FORBIDDEN');
    const list = await admin.client.gql(graphql('{ tenantMembers { totalCount edges { node { email role } } } }'));
    expect(list.tenantMembers.edges.map((e: { node: { email: string; role: string } }) => e.node)).toEqual(
      expect.arrayContaining([
        { email: 'editor@client.test', role: 'EDITOR' },
        { email: admin.email, role: 'ADMIN' },
      ]),
    );
    const invitations = await admin.client.gql(graphql('{ tenantInvitations { edges { node { email status } } } }'));
    expect(invitations.tenantInvitations.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([{ email: 'editor@client.test', status: 'ACCEPTED' }]),
    );
    const demoted = await admin.client.gql(UPDATE, { input: { userId, role: 'VIEWER' } });
    expect(demoted.updateTenantMember).toMatchObject({ role: 'VIEWER' });
    await expect(
      editor.gql(graphql('mutation { createAudience(input: { name: "Suppliers" }) { __typename } }')),
    ).rejects.toHaveCode('FORBIDDEN');
    await admin.client.gql(graphql(`mutation ($id: ID!) { removeTenantMember(userId: $id) { __typename } }`), {
      id: userId,
    });
    await expect(editor.gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode('FORBIDDEN');
  });

  it('refuses a malformed address, members already in the tenant, and takes no password for anyone', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    expect(
      narrow(
        (await tenant.admin.gql(INVITE, { input: { email: 'bad', role: 'VIEWER' } })).inviteTenantMember,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'email', code: 'INVALID_FORMAT' }]);
    const viewer = await tenant.user('VIEWER');
    expect(
      narrow(
        (await tenant.admin.gql(INVITE, { input: { email: viewer.email, role: 'EDITOR' } })).inviteTenantMember,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'email', code: 'DUPLICATE' }]);
    const withPassword = {
      input: { email: 'new@client.test', role: 'VIEWER', initialPassword: 'chosen-by-someone-else' },
    };
    // @ts-expect-error the point: no input takes a password for someone else (the schema says so too)
    await expect(tenant.admin.gql(INVITE, withPassword)).rejects.toHaveCode('BAD_USER_INPUT');
  });

  it('an admin cannot invite to or remove a role above their own, and agency owners keep one owner', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const editorMember = await agency.member({ tenants: [tenant], role: 'EDITOR' });
    await expect(
      editorMember.client.inTenant(tenant).gql(INVITE, { input: { email: 'z@client.test', role: 'ADMIN' } }),
    ).rejects.toHaveCode('FORBIDDEN');
    const admin = await tenant.user('ADMIN');
    expect(
      (await admin.client.gql(INVITE, { input: { email: 'boss@client.test', role: 'ADMIN' } })).inviteTenantMember
        .__typename,
    ).toBe('TenantInvitation');
    const me = await agency.owner.gql(graphql('{ me { user { id } } }'));
    const demoteSelf = await agency.owner.gql(
      graphql(
        `mutation ($input: UpdateAgencyMemberInput!) { updateAgencyMember(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      ),
      {
        input: { userId: me.me.user!.id, role: 'MEMBER' },
      },
    );
    expect(narrow(demoteSelf.updateAgencyMember, 'ValidationFailed').problems).toEqual([
      { path: 'role', code: 'NOT_ALLOWED' },
    ]);
    const members = await agency.owner.gql(graphql('{ agencyMembers { totalCount edges { node { email role } } } }'));
    expect(members.agencyMembers.totalCount).toBe(2);
    const removed = await agency.owner.gql(
      graphql(`mutation ($id: ID!) { removeAgencyMember(userId: $id) { __typename } }`),
      { id: editorMember.userId },
    );
    expect(removed.removeAgencyMember.__typename).toBe('AgencyMember');
    await expect(editorMember.client.inTenant(tenant).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );
  });
});
