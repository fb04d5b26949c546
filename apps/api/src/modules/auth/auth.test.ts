import { describe, expect, it } from 'vitest';
import { Client } from '../../test/client.js';
import { login, PASSWORD, seed } from '../../test/seed.js';
import { graphql, narrow } from '../../test/graphql.js';

const LOGIN = graphql(
  `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token expiresAt user { email } } ... on UserError { code message } } }`,
);
const ME = graphql(`{ me { user { email } agency { id name } agencyRole canCreateTenants canManageAgency } }`);

describe('login and sessions', () => {
  it('returns a bearer token with which `me` is the agency owner', async () => {
    const agency = await seed.agency();
    const data = await Client.anonymous().gql(LOGIN, {
      input: { email: agency.ownerEmail.toUpperCase(), password: PASSWORD },
    });
    const success = narrow(data.login, 'LoginSuccess');
    expect(success.token).toMatch(/^nbs_[A-Za-z0-9_-]{43}$/);
    expect(new Date(success.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await new Client({ token: success.token }).gql(ME);
    expect(me.me).toMatchObject({
      user: { email: agency.ownerEmail },
      agency: { id: agency.id },
      agencyRole: 'OWNER',
      canCreateTenants: true,
      canManageAgency: true,
    });
  });

  it.each([
    ['a wrong password', (email: string) => ({ email, password: 'wrong-password-123' })],
    ['an unknown email', () => ({ email: 'nobody@nowhere.test', password: PASSWORD })],
  ])('refuses %s with the same typed error', async (_case, input) => {
    const agency = await seed.agency();
    const data = await Client.anonymous().gql(LOGIN, { input: input(agency.ownerEmail) });
    expect(data.login).toEqual({
      __typename: 'InvalidCredentials',
      code: 'INVALID_CREDENTIALS',
      message: 'the email or password is not right',
    });
  });

  it('logout revokes the token; other sessions stay valid', async () => {
    const agency = await seed.agency();
    const second = await login(agency.ownerEmail);
    expect(await second.gql(graphql('mutation { logout }'))).toEqual({ logout: true });
    await expect(second.gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    await expect(agency.owner.gql(ME)).resolves.toMatchObject({ me: { agencyRole: 'OWNER' } });
  });

  it('an unauthenticated request gets 401 for a bad token and UNAUTHENTICATED for protected fields', async () => {
    const bad = await new Client({ token: 'nbs_not-a-token' }).raw(ME);
    expect(bad.status).toBe(401);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(Client.anonymous().gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    const malformed = await new Client({ headers: { authorization: 'Basic abc' } }).raw(ME);
    expect(malformed.status).toBe(401);
  });

  it('changePassword checks the current password, enforces length, and signs out other sessions', async () => {
    const agency = await seed.agency();
    const other = await login(agency.ownerEmail);
    const CHANGE = graphql(
      `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on UserError { code } ... on ValidationFailed { problems { path code } } } }`,
    );
    expect(
      (
        await agency.owner.gql(CHANGE, {
          input: { currentPassword: 'nope-nope-nope', newPassword: 'another-long-password' },
        })
      ).changePassword,
    ).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(
      narrow(
        (await agency.owner.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'short' } })).changePassword,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'newPassword', code: 'OUT_OF_RANGE' }]);
    expect(
      (await agency.owner.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'another-long-password' } }))
        .changePassword.__typename,
    ).toBe('User');
    await expect(other.gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    await expect(login(agency.ownerEmail, 'another-long-password')).resolves.toBeInstanceOf(Client);
  });
});
