import 'reflect-metadata';
import { createDataSource } from '@noticeboard/api/dist/db/data-source.js';
import { inTransaction } from '@noticeboard/api/dist/db/request-transaction.js';
import { ValidationFailed } from '@noticeboard/api/dist/graphql/user-error.js';
import { createLogger } from '@noticeboard/api/dist/logger.js';
import { createAgencyOwnedBy } from '@noticeboard/api/dist/modules/agencies/agency.service.js';
import { hashPassword } from '@noticeboard/api/dist/modules/auth/password.js';
import { createAccount } from '@noticeboard/api/dist/modules/auth/user.service.js';
import { seedDemoTenants } from '@noticeboard/api/dist/seed/demo.js';
import type { BenchDatabase } from './database.js';

export const PASSWORD = 'a-long-bench-password';

/** GraphQL over HTTP as a signed-in person, optionally in a tenant (X-Tenant), as the portal sends it. */
export class Gql {
  constructor(
    readonly apiUrl: string,
    readonly token: string | null = null,
    readonly tenant: string | null = null,
  ) {}

  inTenant(tenant: string): Gql {
    return new Gql(this.apiUrl, this.token, tenant);
  }

  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.tenant) headers['x-tenant'] = this.tenant;
    const res = await fetch(`${this.apiUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length)
      throw new Error(
        `GraphQL ${res.status}: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`,
      );
    return body.data as T;
  }
}

export interface DemoAgency {
  agency: { id: string; owner: Gql };
  /** The demo tenant whose policy takes consent answers: published, with requests and consents. */
  tenant: { id: string; slug: string; admin: Gql };
  /** Its first purpose on consent. */
  analytics: string;
}

/**
 * The demo agency that a first `pnpm start` seeds (real small-company policies, published through the same
 * services as the API, with a few requests and consents), with its owner signed in through `apiUrl`. The
 * generator copies its tenant to make the large datasets.
 */
export async function demoAgency(db: BenchDatabase, apiUrl: string): Promise<DemoAgency> {
  const ownerEmail = 'owner@bench.test';
  const ds = await createDataSource(db.url, 1).initialize();
  try {
    const created = await inTransaction(ds, {}, async (tx) => {
      const owner = await createAccount(tx.manager, {
        email: ownerEmail,
        name: 'Owner',
        passwordHash: await hashPassword(PASSWORD),
      });
      const agency = await createAgencyOwnedBy(tx.manager, { name: 'Bench Agency', owner });
      if (agency instanceof ValidationFailed) throw new Error(agency.message);
      await seedDemoTenants(tx, { agencyId: agency.id, userId: owner.id }, db.config, createLogger('silent'));
      return { agency, owner };
    });
    // As the table owner: which demo tenant takes consents, and with which purpose.
    const [consent] = await ds.query(
      `SELECT p.tenant_id, p.id, d.slug FROM purposes p JOIN tenant_directory d ON d.tenant_id = p.tenant_id
        WHERE p.legal_basis = 'CONSENT' ORDER BY d.slug, p.position, p.id LIMIT 1`,
    );
    if (!consent) throw new Error('no demo tenant has a purpose on consent');
    const login = await new Gql(apiUrl).request(
      `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token } } }`,
      {
        input: { email: ownerEmail, password: PASSWORD },
      },
    );
    if (!login.login.token) throw new Error(`login failed: ${login.login.__typename}`);
    const owner = new Gql(apiUrl, login.login.token);
    return {
      agency: { id: created.agency.id, owner },
      tenant: { id: consent.tenant_id, slug: consent.slug, admin: owner.inTenant(consent.tenant_id) },
      analytics: consent.id,
    };
  } finally {
    await ds.destroy();
  }
}
