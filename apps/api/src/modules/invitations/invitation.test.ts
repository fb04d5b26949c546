import { describe, expect, inject, it } from 'vitest';
import { Client } from '../../test/client.js';
import { runBuilt } from '../../test/api-process.js';
import {
  acceptAsNewPerson,
  acceptSignedIn,
  emailedToken,
  login,
  PASSWORD,
  seed,
  testDataSource,
} from '../../test/seed.js';
import { graphql, narrow } from '../../test/graphql.js';

const INVITE_AGENCY = graphql(`mutation ($input: InviteAgencyMemberInput!) { inviteAgencyMember(input: $input) {
  __typename ... on AgencyInvitation { email role status expiresAt } ... on ValidationFailed { problems { path code } } } }`);
const INVITE_TENANT = graphql(`mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) {
  __typename ... on TenantInvitation { email role status expiresAt } ... on ValidationFailed { problems { path code } } } }`);
const ACCEPT = graphql(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) {
  __typename ... on InvitationAccepted { kind token tenantSlug user { email name } } ... on LinkNotValid { reason } ... on WrongAccount { invitedEmail } ... on UserError { code message }
  ... on ValidationFailed { problems { path code } } } }`);
const PREVIEW = graphql(
  `query ($token: String!) { invitation(token: $token) { __typename ... on InvitationPreview { kind email role agencyName tenantName accountExists } ... on LinkNotValid { reason } } }`,
);
const TENANTS = graphql(`{ tenants { edges { node { id } } } }`);
const ME = graphql(`{ me { agency { id } agencyRole } }`);

const unique = () => Math.random().toString(36).slice(2, 10);
const tenantIds = async (client: Client) =>
  (await client.gql(TENANTS)).tenants.edges.map((e: { node: { id: string } }) => e.node.id).sort();
/** What an inviter sees, without what differs between any two calls (dates). */
const shape = (answer: Record<string, unknown>) => ({ ...answer, expiresAt: undefined });

describe('invitations: nobody takes over an account', () => {
  it('a tenant ADMIN of another agency cannot make the account that later becomes an agency OWNER', async () => {
    const [victimAgency, attackerAgency] = await Promise.all([seed.agency(), seed.agency()]);
    const attackerTenant = await attackerAgency.tenant();
    const attacker = await attackerTenant.user('ADMIN');
    const newhire = `newhire-${unique()}@victim.test`;
    // The old attack: add the address with a password the attacker chooses. No input takes a password any more.
    await expect(
      // @ts-expect-error the point: the input has no password field (the schema says so too)
      attacker.client.gql(INVITE_TENANT, {
        input: { email: newhire, role: 'VIEWER', initialPassword: 'attacker-chosen-pw' },
      }),
    ).rejects.toHaveCode('BAD_USER_INPUT');
    expect(
      (await attacker.client.gql(INVITE_TENANT, { input: { email: newhire, role: 'VIEWER' } })).inviteTenantMember,
    ).toMatchObject({ status: 'PENDING' });
    // The attacker holds no link: the tenant's outbox does not carry account mail, and a made-up token is refused.
    const outbox = await attacker.client.gql(graphql('{ emailOutbox { edges { node { to textBody } } } }'));
    expect(JSON.stringify(outbox)).not.toContain(newhire);
    const fake = await Client.anonymous().gql(ACCEPT, {
      input: { token: `nbi_${'A'.repeat(43)}`, name: 'Evil', password: 'attacker-chosen-pw' },
    });
    expect(fake.acceptInvitation).toMatchObject({ __typename: 'LinkNotValid', reason: 'UNKNOWN' });
    // The owner invites the same address as OWNER; nothing exists until the person accepts.
    expect(
      (await victimAgency.owner.gql(INVITE_AGENCY, { input: { email: newhire, role: 'OWNER' } })).inviteAgencyMember
        .__typename,
    ).toBe('AgencyInvitation');
    expect((await victimAgency.owner.gql(graphql('{ agencyMembers { totalCount } }'))).agencyMembers.totalCount).toBe(
      1,
    );
    // The real person accepts the agency invitation with their own password; the attacker's guess does not sign in.
    const person = await acceptAsNewPerson(newhire, 'New Hire');
    expect(await person.client.gql(ME)).toEqual({ me: { agency: { id: victimAgency.id }, agencyRole: 'OWNER' } });
    await expect(login(newhire, 'attacker-chosen-pw')).rejects.toThrow(/login failed/);
    // The tenant invitation still waits for the person: being invited is not being a member.
    expect(await tenantIds(person.client)).not.toContain(attackerTenant.id);
  });

  it("an inviter learns nothing: the answer is the same for a new address, an existing account and another agency's staff", async () => {
    const [agency, other] = await Promise.all([seed.agency(), seed.agency()]);
    const tenant = await agency.tenant();
    const otherStaff = await other.member();
    const fresh = `fresh-${unique()}@nowhere.test`;
    const answers = [];
    for (const email of [fresh, otherStaff.email, other.ownerEmail]) {
      const viaTenant = (await tenant.admin.gql(INVITE_TENANT, { input: { email, role: 'VIEWER' } }))
        .inviteTenantMember;
      const viaAgency = (await agency.owner.gql(INVITE_AGENCY, { input: { email, role: 'MEMBER' } }))
        .inviteAgencyMember;
      answers.push([shape({ ...viaTenant, email: 'x' }), shape({ ...viaAgency, email: 'x' })]);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Nobody was added silently: another agency's staff member is not in the tenant until they accept.
    const members = await tenant.admin.gql(graphql('{ tenantMembers { edges { node { email } } } }'));
    expect(JSON.stringify(members)).not.toContain(otherStaff.email);
    await expect(otherStaff.client.inTenant(tenant).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );
    // An existing account accepts only while signed in to it; never by setting a new password with the link.
    const anonymous = await Client.anonymous().gql(ACCEPT, {
      input: { token: await emailedToken(otherStaff.email), name: 'Evil', password: 'a-new-long-password' },
    });
    expect(anonymous.acceptInvitation).toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    await expect(login(otherStaff.email, 'a-new-long-password')).rejects.toThrow(/login failed/);
    // Staff of one agency cannot join another's staff by accepting; they can work in its tenant once they accept.
    const agencyJoin = await otherStaff.client.gql(ACCEPT, { input: { token: await emailedToken(otherStaff.email) } });
    expect(narrow(agencyJoin.acceptInvitation, 'ValidationFailed').problems).toEqual([
      { path: 'token', code: 'NOT_ALLOWED' },
    ]);
    await tenant.admin.gql(INVITE_TENANT, { input: { email: otherStaff.email, role: 'VIEWER' } });
    await acceptSignedIn(otherStaff.client, otherStaff.email);
    await expect(otherStaff.client.inTenant(tenant).gql(graphql('{ audiences { totalCount } }'))).resolves.toEqual({
      audiences: { totalCount: 0 },
    });
  });

  it('a link works once, for the invited address only, and not after it expires, is withdrawn or is replaced', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const email = `once-${unique()}@client.test`;
    await tenant.admin.gql(INVITE_TENANT, { input: { email, role: 'EDITOR' } });
    const token = await emailedToken(email);
    expect(token).toMatch(/^nbt_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect((await Client.anonymous().gql(PREVIEW, { token })).invitation).toMatchObject({
      kind: 'TENANT',
      email,
      role: 'EDITOR',
      accountExists: false,
    });
    // Someone else, signed in, holding the link: refused, and the link still works for its person.
    const stranger = await (await seed.agency()).tenant();
    const wrong = await stranger.admin.gql(ACCEPT, { input: { token } });
    expect(wrong.acceptInvitation).toMatchObject({ __typename: 'WrongAccount', invitedEmail: email });
    // Five people racing with the same link: one account, one membership.
    const racers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        Client.anonymous().raw(ACCEPT, { input: { token, name: `Racer ${i}`, password: PASSWORD } }),
      ),
    );
    const accepted = racers.filter(
      (r) =>
        (r.body.data as { acceptInvitation?: { __typename: string } } | undefined)?.acceptInvitation?.__typename ===
        'InvitationAccepted',
    );
    expect(accepted).toHaveLength(1);
    const db = await testDataSource();
    expect((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]))[0].n).toBe(1);
    expect(
      (await Client.anonymous().gql(ACCEPT, { input: { token, name: 'Again', password: PASSWORD } })).acceptInvitation,
    ).toMatchObject({ reason: 'USED' });

    const later = `later-${unique()}@client.test`;
    await tenant.admin.gql(INVITE_TENANT, { input: { email: later, role: 'VIEWER' } });
    const first = await emailedToken(later);
    await db.query(`UPDATE tenant_invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [later]);
    expect(
      (await Client.anonymous().gql(ACCEPT, { input: { token: first, name: 'Late', password: PASSWORD } }))
        .acceptInvitation,
    ).toMatchObject({ reason: 'EXPIRED' });
    const invitations = await tenant.admin.gql(graphql('{ tenantInvitations { edges { node { id email status } } } }'));
    const expired = invitations.tenantInvitations.edges
      .map((e: { node: { id: string; email: string; status: string } }) => e.node)
      .find((n: { email: string }) => n.email === later);
    expect(expired!.status).toBe('EXPIRED');
    const resent = await tenant.admin.gql(
      graphql(`mutation ($id: ID!) { resendTenantInvitation(id: $id) { ... on TenantInvitation { status } } }`),
      { id: expired!.id },
    );
    expect(resent.resendTenantInvitation).toMatchObject({ status: 'PENDING' });
    const second = await emailedToken(later);
    expect(second).not.toBe(first);
    const pending = (
      await tenant.admin.gql(graphql('{ tenantInvitations { edges { node { id email status } } } }'))
    ).tenantInvitations.edges
      .map((e: { node: { id: string; email: string; status: string } }) => e.node)
      .find((n: { email: string; status: string }) => n.email === later && n.status === 'PENDING');
    await tenant.admin.gql(graphql(`mutation ($id: ID!) { revokeTenantInvitation(id: $id) { __typename } }`), {
      id: pending!.id,
    });
    expect(
      (await Client.anonymous().gql(ACCEPT, { input: { token: second, name: 'Late', password: PASSWORD } }))
        .acceptInvitation,
    ).toMatchObject({ reason: 'REVOKED' });
    // A tenant token naming another tenant than its own is nothing: RLS scopes the lookup to the named tenant.
    const forged = second.replace(/^nbt_[0-9a-f]{32}/, `nbt_${stranger.id.replace(/-/g, '')}`);
    expect(
      (await Client.anonymous().gql(ACCEPT, { input: { token: forged, name: 'F', password: PASSWORD } }))
        .acceptInvitation,
    ).toMatchObject({ reason: 'UNKNOWN' });
  });

  it('a person invited into two agencies signs in once and sees each only after accepting its invitation', async () => {
    const [first, second] = await Promise.all([seed.agency(), seed.agency()]);
    const [firstTenant, secondTenant] = await Promise.all([first.tenant(), second.tenant()]);
    const email = `consultant-${unique()}@freelance.test`;
    await first.owner.gql(INVITE_AGENCY, { input: { email, role: 'MEMBER' } });
    await firstTenant.admin.gql(INVITE_TENANT, { input: { email, role: 'EDITOR' } });
    await secondTenant.admin.gql(INVITE_TENANT, { input: { email, role: 'VIEWER' } });
    const db = await testDataSource();
    const links = (await db.query(
      `SELECT kind, text_body FROM account_emails WHERE to_address = $1 ORDER BY created_at`,
      [email],
    )) as { kind: string; text_body: string }[];
    expect(links.map((l) => l.kind)).toEqual(['AGENCY_INVITATION', 'TENANT_INVITATION', 'TENANT_INVITATION']);
    const tokenOf = (i: number) => /#(nb[a-z]_[A-Za-z0-9_-]+)/.exec(links[i]!.text_body)![1]!;

    // Accepting the first agency's invitation creates the account and signs in: one session from here on.
    const created = await Client.anonymous().gql(ACCEPT, {
      input: { token: tokenOf(0), name: 'Consultant', password: PASSWORD },
    });
    const session = new Client({ token: narrow(created.acceptInvitation, 'InvitationAccepted').token });
    expect(await session.gql(ME)).toEqual({ me: { agency: { id: first.id }, agencyRole: 'MEMBER' } });
    expect(await tenantIds(session)).toEqual([]);
    await expect(session.inTenant(secondTenant).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );

    expect((await session.gql(ACCEPT, { input: { token: tokenOf(1) } })).acceptInvitation).toMatchObject({
      kind: 'TENANT',
      tenantSlug: firstTenant.slug,
    });
    expect(await tenantIds(session)).toEqual([firstTenant.id]);
    await expect(session.inTenant(secondTenant).gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode(
      'FORBIDDEN',
    );

    expect((await session.gql(ACCEPT, { input: { token: tokenOf(2) } })).acceptInvitation).toMatchObject({
      kind: 'TENANT',
      tenantSlug: secondTenant.slug,
    });
    expect(await tenantIds(session)).toEqual([firstTenant.id, secondTenant.id].sort());
    await expect(session.inTenant(secondTenant).gql(graphql('{ audiences { totalCount } }'))).resolves.toEqual({
      audiences: { totalCount: 0 },
    });
    await expect(
      session
        .inTenant(secondTenant)
        .gql(graphql('mutation { createAudience(input: { name: "Nope" }) { __typename } }')),
    ).rejects.toHaveCode('FORBIDDEN');
  });

  it("the CLI creates an agency without taking anyone's password and prints the first owner's link", async () => {
    const email = `first-owner-${unique()}@agency.test`;
    const url = inject('databaseUrl');
    const refused = await runBuilt(
      'cli.js',
      ['create-agency', '--name', 'CLI Agency', '--owner-email', email, '--owner-password', 'chosen-for-them'],
      { DATABASE_URL: url, MIGRATION_DATABASE_URL: url },
    ).done;
    expect(refused.code).not.toBe(0);
    const run = await runBuilt('cli.js', ['create-agency', '--name', 'CLI Agency', '--owner-email', email], {
      DATABASE_URL: url,
      MIGRATION_DATABASE_URL: url,
    }).done;
    expect(run.code).toBe(0);
    const link = /\/accept-invitation#(nbi_[A-Za-z0-9_-]{43})/.exec(run.output)?.[1];
    expect(link).toBeDefined();
    const db = await testDataSource();
    expect((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]))[0].n).toBe(0);
    const accepted = await Client.anonymous().gql(ACCEPT, {
      input: { token: link!, name: 'First Owner', password: PASSWORD },
    });
    expect(accepted.acceptInvitation).toMatchObject({ kind: 'AGENCY' });
    expect(
      (await new Client({ token: narrow(accepted.acceptInvitation, 'InvitationAccepted').token }).gql(ME)).me
        .agencyRole,
    ).toBe('OWNER');
  });
});
