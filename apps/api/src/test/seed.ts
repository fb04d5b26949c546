import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { inTransaction } from '../db/request-transaction.js';
import { ValidationFailed } from '../graphql/user-error.js';
import { createAgencyWithOwner } from '../modules/agencies/agency.service.js';
import { Client } from './client.js';

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
  const data = await Client.anonymous(apiUrl).gql<{ login: { __typename: string; token?: string } }>(
    `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }`,
    { input: { email, password } },
  );
  if (!data.login.token) throw new Error(`login failed for ${email}: ${data.login.__typename}`);
  return new Client({ token: data.login.token, apiUrl });
}

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
      `mutation ($input: AddTenantMemberInput!) { addTenantMember(input: $input) { __typename ... on TenantMember { userId } ... on UserError { message } } }`,
      { input: { email, name: 'Tenant Person', role, initialPassword: PASSWORD } },
    );
    if (!data.addTenantMember.userId) throw new Error(data.addTenantMember.message);
    return { client: (await login(email)).inTenant(this.id), userId: data.addTenantMember.userId, email };
  }

  /** A client authenticated with a new API key of this tenant. */
  async apiKey(role: 'EDITOR' | 'VIEWER' = 'EDITOR'): Promise<Client & { apiKeyId?: string }> {
    const data = await this.admin.gql(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on ApiKeyCreated { token apiKey { id } } } }`,
      { input: { name: `key ${unique()}`, role } },
    );
    return Object.assign(new Client({ token: data.createApiKey.token }), { apiKeyId: data.createApiKey.apiKey.id as string });
  }
}

export class AgencySeed {
  constructor(
    readonly id: string,
    readonly ownerEmail: string,
    readonly owner: Client,
  ) {}

  async tenant(input: Record<string, unknown> = {}): Promise<TenantSeed> {
    const name = `Tenant ${unique()} Ltd`;
    const data = await this.owner.gql(
      `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on Tenant { id slug } ... on UserError { message } } }`,
      { input: { legalName: name, contactEmail: 'privacy@tenant.test', jurisdictions: ['EU_GDPR'], ...input } },
    );
    if (!data.createTenant.id) throw new Error(data.createTenant.message);
    return new TenantSeed(this, data.createTenant.id, data.createTenant.slug);
  }

  /** A new agency MEMBER, assigned to `tenants` with the given role, signed in. */
  async member(opts: { tenants?: TenantSeed[]; role?: 'ADMIN' | 'EDITOR' | 'VIEWER' } = {}): Promise<Person> {
    const email = `member-${unique()}@agency.test`;
    const data = await this.owner.gql(
      `mutation ($input: AddAgencyMemberInput!) { addAgencyMember(input: $input) { __typename ... on AgencyMember { userId } ... on UserError { message } } }`,
      { input: { email, name: 'Agency Member', role: 'MEMBER', initialPassword: PASSWORD } },
    );
    if (!data.addAgencyMember.userId) throw new Error(data.addAgencyMember.message);
    for (const tenant of opts.tenants ?? []) {
      await tenant.admin.gql(`mutation ($input: AddTenantMemberInput!) { addTenantMember(input: $input) { __typename } }`, {
        input: { email, role: opts.role ?? 'EDITOR' },
      });
    }
    return { client: await login(email), userId: data.addAgencyMember.userId, email };
  }
}

export const seed = {
  /** A fresh agency with a signed-in owner; `at` another database and API process than the suite's. */
  async agency(at: { dataSource?: DataSource; apiUrl?: string } = {}): Promise<AgencySeed> {
    const ownerEmail = `owner-${unique()}@agency.test`;
    const ds = at.dataSource ?? (await testDataSource());
    const created = await inTransaction(ds, {}, (tx) =>
      createAgencyWithOwner(tx.manager, { name: `Agency ${unique()}`, ownerEmail, ownerName: 'Owner', ownerPassword: PASSWORD }),
    );
    if (created instanceof ValidationFailed) throw new Error(created.message);
    return new AgencySeed(created.agency.id, ownerEmail, await login(ownerEmail, PASSWORD, at.apiUrl));
  },
};
