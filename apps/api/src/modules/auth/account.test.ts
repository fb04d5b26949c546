import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { Client } from '../../test/client.js';
import { emailedToken, login, PASSWORD, seed, testDataSource } from '../../test/seed.js';
import { graphql, narrow } from '../../test/graphql.js';

const LOGIN = graphql(
  `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } ... on TwoFactorRequired { challenge } ... on UserError { code } } }`,
);
const COMPLETE = graphql(
  `mutation ($input: CompleteSignInInput!) { completeSignIn(input: $input) { __typename ... on LoginSuccess { token } ... on UserError { code } } }`,
);
const RESET_REQUEST = graphql(`mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`);
const RESET = graphql(
  `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on LinkNotValid { reason } ... on ValidationFailed { problems { path code } } } }`,
);
const ME = graphql('{ me { user { email } twoFactorEnabled twoFactorSetupRequired recoveryCodesLeft } }');

const unique = () => Math.random().toString(36).slice(2, 10);
const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

/** Turns two-factor sign-in on for the signed-in `client`; the secret and the recovery codes. */
async function enableTwoFactor(client: Client): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { beginTwoFactorSetup } = await client.gql(graphql('mutation { beginTwoFactorSetup { secret uri } }'));
  expect(beginTwoFactorSetup.uri).toMatch(/^otpauth:\/\/totp\/Noticeboard:/);
  const enabled = await client.gql(
    graphql(
      `mutation ($input: TwoFactorCodeInput!) { enableTwoFactor(input: $input) { __typename ... on TwoFactorEnabled { recoveryCodes } } }`,
    ),
    {
      input: { code: codeAt(beginTwoFactorSetup.secret) },
    },
  );
  const { recoveryCodes } = narrow(enabled.enableTwoFactor, 'TwoFactorEnabled');
  expect(recoveryCodes).toHaveLength(10);
  return { secret: beginTwoFactorSetup.secret, recoveryCodes };
}

/** The database's record of the last accepted time step, moved back so the next test code is fresh. */
async function forgetLastStep(email: string) {
  await (
    await testDataSource()
  ).query('UPDATE users SET totp_last_step = totp_last_step - 10 WHERE email = $1', [email]);
}

describe('password reset by emailed link', () => {
  it('says the same for any address, sends a single-use link, signs out every session, and the old password stops working', async () => {
    const agency = await seed.agency();
    const other = await login(agency.ownerEmail);
    const nobody = `nobody-${unique()}@nowhere.test`;
    expect(await Client.anonymous().gql(RESET_REQUEST, { input: { email: nobody } })).toEqual({
      requestPasswordReset: true,
    });
    expect(await Client.anonymous().gql(RESET_REQUEST, { input: { email: agency.ownerEmail.toUpperCase() } })).toEqual({
      requestPasswordReset: true,
    });
    const db = await testDataSource();
    expect((await db.query('SELECT count(*)::int AS n FROM account_emails WHERE to_address = $1', [nobody]))[0].n).toBe(
      0,
    );
    const token = await emailedToken(agency.ownerEmail, 'PASSWORD_RESET');
    expect(token).toMatch(/^nbr_/);
    expect(
      narrow(
        (await Client.anonymous().gql(RESET, { input: { token, newPassword: 'short' } })).resetPassword,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'newPassword', code: 'OUT_OF_RANGE' }]);
    expect(
      (await Client.anonymous().gql(RESET, { input: { token, newPassword: 'a-brand-new-password' } })).resetPassword
        .__typename,
    ).toBe('User');
    expect(
      (await Client.anonymous().gql(RESET, { input: { token, newPassword: 'a-third-new-password' } })).resetPassword,
    ).toMatchObject({ reason: 'USED' });
    await expect(other.gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    await expect(agency.owner.gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    await expect(login(agency.ownerEmail)).rejects.toThrow(/login failed/);
    await expect(login(agency.ownerEmail, 'a-brand-new-password')).resolves.toBeInstanceOf(Client);
    const notice = await db.query(
      `SELECT text_body FROM account_emails WHERE to_address = $1 AND kind = 'PASSWORD_CHANGED'`,
      [agency.ownerEmail],
    );
    expect(notice).toHaveLength(1);
    expect(notice[0].text_body).not.toMatch(/https?:\/\//);
  });

  it('links expire, unknown ones are refused, and one address gets at most three links an hour', async () => {
    const agency = await seed.agency();
    for (let i = 0; i < 5; i++) await Client.anonymous().gql(RESET_REQUEST, { input: { email: agency.ownerEmail } });
    const db = await testDataSource();
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM account_emails WHERE to_address = $1 AND kind = 'PASSWORD_RESET'`,
          [agency.ownerEmail],
        )
      )[0].n,
    ).toBe(3);
    const token = await emailedToken(agency.ownerEmail, 'PASSWORD_RESET');
    await db.query(
      `UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [agency.ownerEmail],
    );
    expect(
      (await Client.anonymous().gql(RESET, { input: { token, newPassword: 'a-brand-new-password' } })).resetPassword,
    ).toMatchObject({ reason: 'EXPIRED' });
    expect(
      (await Client.anonymous().gql(RESET, { input: { token: 'nbr_nope', newPassword: 'a-brand-new-password' } }))
        .resetPassword,
    ).toMatchObject({ reason: 'UNKNOWN' });
    await expect(login(agency.ownerEmail)).resolves.toBeInstanceOf(Client);
  });
});

describe('two-factor sign-in', () => {
  it('asks for a code after the password; a code and a recovery code each work once', async () => {
    const agency = await seed.agency();
    const { secret, recoveryCodes } = await enableTwoFactor(agency.owner);
    expect((await agency.owner.gql(ME)).me).toMatchObject({ twoFactorEnabled: true, recoveryCodesLeft: 10 });
    const step1 = await Client.anonymous().gql(LOGIN, { input: { email: agency.ownerEmail, password: PASSWORD } });
    expect(step1.login.__typename).toBe('TwoFactorRequired');
    expect(step1.login).not.toHaveProperty('token');
    const { challenge } = narrow(step1.login, 'TwoFactorRequired');
    expect(
      (await Client.anonymous().gql(COMPLETE, { input: { challenge, code: '000000' } })).completeSignIn,
    ).toMatchObject({ code: 'INVALID_CODE' });
    // The code used to enable two-factor sign-in was spent then; one from the next time step works once.
    await forgetLastStep(agency.ownerEmail);
    const code = codeAt(secret);
    const done = await Client.anonymous().gql(COMPLETE, { input: { challenge, code } });
    expect(narrow(done.completeSignIn, 'LoginSuccess').token).toMatch(/^nbs_/);
    expect((await Client.anonymous().gql(COMPLETE, { input: { challenge, code } })).completeSignIn).toMatchObject({
      code: 'INVALID_CODE',
    });
    // Replaying the same code with a new challenge (someone saw it): refused.
    const again = narrow(
      (await Client.anonymous().gql(LOGIN, { input: { email: agency.ownerEmail, password: PASSWORD } })).login,
      'TwoFactorRequired',
    );
    expect(
      (await Client.anonymous().gql(COMPLETE, { input: { challenge: again.challenge, code } })).completeSignIn,
    ).toMatchObject({ code: 'INVALID_CODE' });
    const recovered = await Client.anonymous().gql(COMPLETE, {
      input: { challenge: again.challenge, code: recoveryCodes[0]!.toUpperCase() },
    });
    expect(narrow(recovered.completeSignIn, 'LoginSuccess').token).toMatch(/^nbs_/);
    const third = narrow(
      (await Client.anonymous().gql(LOGIN, { input: { email: agency.ownerEmail, password: PASSWORD } })).login,
      'TwoFactorRequired',
    );
    expect(
      (await Client.anonymous().gql(COMPLETE, { input: { challenge: third.challenge, code: recoveryCodes[0]! } }))
        .completeSignIn,
    ).toMatchObject({ code: 'INVALID_CODE' });
    expect((await agency.owner.gql(ME)).me.recoveryCodesLeft).toBe(9);
  });

  it('concurrent guesses at a code are counted before they are checked: at most five per person', async () => {
    const agency = await seed.agency();
    await enableTwoFactor(agency.owner);
    const step = narrow(
      (await Client.anonymous().gql(LOGIN, { input: { email: agency.ownerEmail, password: PASSWORD } })).login,
      'TwoFactorRequired',
    );
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        Client.anonymous().raw(COMPLETE, { input: { challenge: step.challenge, code: String(100000 + i) } }),
      ),
    );
    const checked = guesses.filter(
      (g) =>
        (g.body.data as { completeSignIn?: { code: string } } | undefined)?.completeSignIn?.code === 'INVALID_CODE',
    ).length;
    const limited = guesses.filter((g) => g.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + limited).toBe(12);
  });

  it('an agency can require it: staff and people in its tenants can only set it up until they have', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const member = await agency.member({ tenants: [tenant], role: 'EDITOR' });
    const client = await tenant.user('VIEWER');
    const REQUIRE = graphql(
      `mutation { updateAgency(input: { requireTwoFactor: true }) { __typename ... on Agency { requireTwoFactor } ... on ValidationFailed { problems { path code } } } }`,
    );
    expect(narrow((await agency.owner.gql(REQUIRE)).updateAgency, 'ValidationFailed').problems).toEqual([
      { path: 'requireTwoFactor', code: 'NOT_ALLOWED' },
    ]);
    await enableTwoFactor(agency.owner);
    expect(narrow((await agency.owner.gql(REQUIRE)).updateAgency, 'Agency').requireTwoFactor).toBe(true);

    await expect(member.client.gql(graphql('{ tenants { totalCount } }'))).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_REQUIRED' }),
        }),
      ],
    });
    expect((await member.client.gql(ME)).me.twoFactorSetupRequired).toBe(true);
    await expect(client.client.gql(graphql('{ audiences { totalCount } }'))).rejects.toHaveCode('FORBIDDEN');
    const { secret } = await enableTwoFactor(member.client);
    await expect(member.client.inTenant(tenant).gql(graphql('{ audiences { totalCount } }'))).resolves.toEqual({
      audiences: { totalCount: 0 },
    });
    await enableTwoFactor(client.client);
    await expect(client.client.gql(graphql('{ audiences { totalCount } }'))).resolves.toEqual({
      audiences: { totalCount: 0 },
    });
    // Nobody working with the agency can turn it off while it is required.
    await forgetLastStep(member.email);
    const off = await member.client.gql(
      graphql(
        `mutation ($input: TwoFactorCodeInput!) { disableTwoFactor(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      ),
      {
        input: { code: codeAt(secret) },
      },
    );
    expect(narrow(off.disableTwoFactor, 'ValidationFailed').problems).toEqual([{ path: 'code', code: 'NOT_ALLOWED' }]);
  });

  it('sessions are listed, and the others can be signed out', async () => {
    const agency = await seed.agency();
    const other = await login(agency.ownerEmail);
    const list = await agency.owner.gql(graphql('{ sessions { totalCount edges { node { current } } } }'));
    expect(list.sessions.totalCount).toBe(2);
    expect(list.sessions.edges.filter((e: { node: { current: boolean } }) => e.node.current)).toHaveLength(1);
    expect(await agency.owner.gql(graphql('mutation { signOutOtherSessions }'))).toEqual({ signOutOtherSessions: 1 });
    await expect(other.gql(ME)).rejects.toHaveCode('UNAUTHENTICATED');
    await expect(agency.owner.gql(ME)).resolves.toBeDefined();
  });
});
