import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { inTransaction } from '../db/request-transaction.js';
import { ValidationFailed } from '../graphql/user-error.js';
import { createAgencyOwnedBy } from '../modules/agencies/agency.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { createAccount } from '../modules/auth/user.service.js';
import { Client } from './client.js';
import { graphql, having, type VariablesOf } from './graphql.js';

/** Builders for test data: every test seeds its own agency and tenants, so tests never share state. */

let dataSource: Promise<DataSource> | null = null;
/** A connection of this test worker to the test database (for seeding agencies and SQL-level checks). */
export function testDataSource(): Promise<DataSource> {
  dataSource ??= createDataSource(inject('databaseUrl'), 4).initialize();
  return dataSource;
}

export const PASSWORD = 'a-long-test-password';
const unique = () => randomUUID().slice(0, 8);

export async function login(email: string, password = PASSWORD, apiUrl?: string): Promise<Client> {
  const data = await Client.anonymous(apiUrl).gql(
    graphql(`mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }`),
    { input: { email, password } },
  );
  if (data.login.__typename !== 'LoginSuccess') throw new Error(`login failed for ${email}: ${data.login.__typename}`);
  return new Client({ token: data.login.token, apiUrl });
}

/** The latest link of `kind` emailed to `email` (invitation or password reset), as its token. */
export async function emailedToken(email: string, kind = 'INVITATION', ds?: DataSource): Promise<string> {
  const db = ds ?? (await testDataSource());
  const [message] = await db.query(
    `SELECT text_body FROM account_emails WHERE to_address = $1 AND kind LIKE '%' || $2 ORDER BY created_at DESC LIMIT 1`,
    [email.toLowerCase(), kind],
  );
  const token = /#(nb[a-z]_[A-Za-z0-9_-]+)/.exec(message?.text_body ?? '')?.[1];
  if (!token) throw new Error(`no ${kind} email with a link to ${email}`);
  return token;
}

const ACCEPT = graphql(
  `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on InvitationAccepted { token user { id } } ... on UserError { code message } } }`,
);

/** Accepts the latest invitation to `email` as a new account with PASSWORD: the person, signed in. */
export async function acceptAsNewPerson(
  email: string,
  name: string,
  apiUrl?: string,
  ds?: DataSource,
): Promise<{ client: Client; userId: string }> {
  const data = await Client.anonymous(apiUrl).gql(ACCEPT, {
    input: { token: await emailedToken(email, 'INVITATION', ds), name, password: PASSWORD },
  });
  const accepted = data.acceptInvitation;
  if (accepted.__typename !== 'InvitationAccepted' || !accepted.token)
    throw new Error(`accepting for ${email}: ${JSON.stringify(accepted)}`);
  return { client: new Client({ token: accepted.token, apiUrl }), userId: accepted.user.id };
}

/** Accepts the latest invitation to `email` signed in as `client` (the account with that address). */
export async function acceptSignedIn(client: Client, email: string): Promise<void> {
  const data = await client.gql(ACCEPT, { input: { token: await emailedToken(email) } });
  if (data.acceptInvitation.__typename !== 'InvitationAccepted')
    throw new Error(`accepting for ${email}: ${data.acceptInvitation.message}`);
}

let passwordHash: Promise<string> | null = null;

export interface Person {
  client: Client;
  userId: string;
  email: string;
}

export class TenantSeed {
  constructor(
    readonly agency: AgencySeed,
    readonly id: string,
    readonly slug: string,
  ) {}

  /** The agency owner working in this tenant. */
  get admin(): Client {
    return this.agency.owner.inTenant(this.id);
  }

  /** A new person with `role` in this tenant, signed in, working in it. */
  async user(role: 'ADMIN' | 'EDITOR' | 'VIEWER'): Promise<Person> {
    const email = `user-${unique()}@tenant.test`;
    const data = await this.admin.gql(
      graphql(
        `mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) { __typename ... on UserError { message } } }`,
      ),
      { input: { email, role } },
    );
    if (data.inviteTenantMember.__typename !== 'TenantInvitation') throw new Error(data.inviteTenantMember.message);
    const person = await acceptAsNewPerson(email, 'Tenant Person');
    return { client: person.client.inTenant(this.id), userId: person.userId, email };
  }

  /** A client authenticated with a new API key of this tenant. */
  async apiKey(role: 'EDITOR' | 'VIEWER' = 'EDITOR'): Promise<Client & { apiKeyId?: string }> {
    const data = await this.admin.gql(
      graphql(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on ApiKeyCreated { token apiKey { id } } } }`,
      ),
      { input: { name: `key ${unique()}`, role } },
    );
    const created = having(data.createApiKey, 'token');
    return Object.assign(new Client({ token: created.token }), {
      apiKeyId: created.apiKey.id,
    });
  }
}

const CREATE_TENANT = graphql(
  `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on Tenant { id slug } ... on UserError { message } } }`,
);
export type TenantInput = VariablesOf<typeof CREATE_TENANT>['input'];
const SET_REQUEST_TIME_ZONE = graphql(
  `mutation ($timeZone: String!) { updateRequestSettings(input: { timeZone: $timeZone }) { __typename } }`,
);

export class AgencySeed {
  constructor(
    readonly id: string,
    readonly ownerEmail: string,
    readonly owner: Client,
  ) {}

  /**
   * A new tenant of this agency. It dates requests in `requestTimeZone` (default UTC, as a tenant that set its
   * zone; null: none set, so only its address could decide).
   */
  async tenant(input: Partial<TenantInput> = {}, opts: { requestTimeZone?: string | null } = {}): Promise<TenantSeed> {
    const name = `Tenant ${unique()} Ltd`;
    const data = await this.owner.gql(CREATE_TENANT, {
      input: { legalName: name, contactEmail: 'privacy@tenant.test', jurisdictions: ['EU_GDPR'], ...input },
    });
    if (data.createTenant.__typename !== 'Tenant') throw new Error(data.createTenant.message);
    const tenant = new TenantSeed(this, data.createTenant.id, data.createTenant.slug);
    const timeZone = opts.requestTimeZone === undefined ? 'UTC' : opts.requestTimeZone;
    if (timeZone !== null) {
      const set = await tenant.admin.gql(SET_REQUEST_TIME_ZONE, { timeZone });
      if (set.updateRequestSettings.__typename !== 'RequestSettings') throw new Error('time zone refused');
    }
    return tenant;
  }

  /** A new agency MEMBER, assigned to `tenants` with the given role, signed in. */
  async member(opts: { tenants?: TenantSeed[]; role?: 'ADMIN' | 'EDITOR' | 'VIEWER' } = {}): Promise<Person> {
    const email = `member-${unique()}@agency.test`;
    const data = await this.owner.gql(
      graphql(
        `mutation ($input: InviteAgencyMemberInput!) { inviteAgencyMember(input: $input) { __typename ... on UserError { message } } }`,
      ),
      { input: { email, role: 'MEMBER' } },
    );
    if (data.inviteAgencyMember.__typename !== 'AgencyInvitation') throw new Error(data.inviteAgencyMember.message);
    const person = await acceptAsNewPerson(email, 'Agency Member');
    for (const tenant of opts.tenants ?? []) {
      await tenant.admin.gql(
        graphql(`mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) { __typename } }`),
        {
          input: { email, role: opts.role ?? 'EDITOR' },
        },
      );
      await acceptSignedIn(person.client, email);
    }
    return { client: person.client, userId: person.userId, email };
  }
}

export const seed = {
  /** A fresh agency with a signed-in owner; `at` another database and API process than the suite's. */
  async agency(at: { dataSource?: DataSource; apiUrl?: string } = {}): Promise<AgencySeed> {
    const ownerEmail = `owner-${unique()}@agency.test`;
    const ds = at.dataSource ?? (await testDataSource());
    // The owner's account is made directly, as the operator's first-run account is; everyone else is invited.
    passwordHash ??= hashPassword(PASSWORD);
    const hash = await passwordHash;
    const created = await inTransaction(ds, {}, async (tx) =>
      createAgencyOwnedBy(tx.manager, {
        name: `Agency ${unique()}`,
        owner: await createAccount(tx.manager, { email: ownerEmail, name: 'Owner', passwordHash: hash }),
      }),
    );
    if (created instanceof ValidationFailed) throw new Error(created.message);
    return new AgencySeed(created.id, ownerEmail, await login(ownerEmail, PASSWORD, at.apiUrl));
  },
};
