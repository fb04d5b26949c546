import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { inTransaction } from '../db/request-transaction.js';
import { sendEmail } from '../modules/email/email.service.js';
import { create, makeConsentReady, type BuildingBlock, type CreateInput } from './policy-fixture.js';
import { seed, testDataSource, type TenantSeed } from './seed.js';
import { graphql, having, type TadaDocumentNode } from './graphql.js';

export interface Seeded {
  id: string;
  /** A string only this object contains: if it appears in a response, B's data leaked. */
  marker: string;
  /** Whether the object still exists unchanged, read by B's owner. */
  stillThere(): Promise<boolean>;
}

type Seeder = (victim: TenantSeed) => Promise<Seeded>;

const marker = () => `secret-${randomUUID().slice(0, 8)}`;

/** How B's owner reads a building block of the policy back: the field that carries the marker. */
const READ_BACK = {
  Audience: graphql('query ($id: ID!) { read: audience(id: $id) { name } }'),
  DataCategory: graphql('query ($id: ID!) { read: dataCategory(id: $id) { name } }'),
  Recipient: graphql('query ($id: ID!) { read: recipient(id: $id) { name } }'),
  Purpose: graphql('query ($id: ID!) { read: purpose(id: $id) { name } }'),
  Cookie: graphql('query ($id: ID!) { read: cookie(id: $id) { name } }'),
  Clause: graphql('query ($id: ID!) { read: clause(id: $id) { body } }'),
} satisfies Record<BuildingBlock, unknown>;

/** Building blocks of the policy: created with a create mutation, read back with the singular query. */
const block =
  <T extends BuildingBlock>(type: T, input: (m: string) => CreateInput<T>): Seeder =>
  async (victim) => {
    const m = marker();
    const id = await create(victim.admin, type, input(m));
    const readBack: TadaDocumentNode<{ read: unknown }, { id: string }> = READ_BACK[type];
    return {
      id,
      marker: m,
      stillThere: async () => JSON.stringify(await victim.admin.gql(readBack, { id }).then((d) => d.read)).includes(m),
    };
  };

/** A webhook endpoint whose URL carries the marker; still there with the same secret and enabled. */
const webhookEndpoint: Seeder = async (victim) => {
  const m = marker();
  const data = await victim.admin.gql(
    graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ... on WebhookEndpointSecret { endpoint { id secretHint } } } }',
    ),
    { input: { url: `https://hooks.example.com/${m}`, events: ['POLICY_PUBLISHED'], description: m } },
  );
  const { id, secretHint } = having(data.createWebhookEndpoint, 'endpoint').endpoint as {
    id: string;
    secretHint: string;
  };
  return {
    id,
    marker: m,
    stillThere: async () => {
      const e = (
        await victim.admin.gql(graphql('query ($id: ID!) { webhookEndpoint(id: $id) { url secretHint enabled } }'), {
          id,
        })
      ).webhookEndpoint;
      return e.url === `https://hooks.example.com/${m}` && e.secretHint === secretHint && e.enabled;
    },
  };
};

export const SEEDERS: Record<string, Seeder> = {
  // The catalog belongs to an agency: the victim's is always another agency's.
  CatalogEntry: async () => {
    const other = await seed.agency();
    const m = marker();
    const data = await other.owner.gql(
      graphql(
        'mutation ($input: CreateCatalogEntryInput!) { createCatalogEntry(input: $input) { ... on CatalogEntry { id } } }',
      ),
      {
        input: { name: m, role: 'PROCESSOR', country: 'DE', service: 'hosting' },
      },
    );
    const id = having(data.createCatalogEntry, 'id').id as string;
    return {
      id,
      marker: m,
      stillThere: async () =>
        (await other.owner.gql(graphql('query ($id: ID!) { catalogEntry(id: $id) { name } }'), { id })).catalogEntry
          .name === m,
    };
  },
  Audience: block('Audience', (m) => ({ name: m })),
  DataCategory: block('DataCategory', (m) => ({ name: m, sources: ['SUBJECT'] })),
  Recipient: block('Recipient', (m) => ({ name: m, role: 'PROCESSOR', country: 'DE', service: 'hosting' })),
  Purpose: block('Purpose', (m) => ({
    name: m,
    legalBasis: 'CONTRACT',
    retention: { criteria: 'for as long as the contract runs' },
  })),
  Cookie: block('Cookie', (m) => ({
    name: m,
    provider: 'Example',
    kind: 'STRICTLY_NECESSARY',
    purpose: 'keeps the session',
  })),
  Clause: block('Clause', (m) => ({ section: 'SECURITY', body: `We encrypt everything. ${m}` })),
  Tenant: async (victim) => {
    const data = await victim.admin.gql(graphql(`query ($id: ID!) { tenant(id: $id) { legalName } }`), {
      id: victim.id,
    });
    return {
      id: victim.id,
      marker: data.tenant.legalName,
      stillThere: async () =>
        (await victim.admin.gql(graphql(`query ($id: ID!) { tenant(id: $id) { legalName } }`), { id: victim.id }))
          .tenant.legalName === data.tenant.legalName,
    };
  },
  ApiKey: async (victim) => {
    const m = marker();
    const data = await victim.admin.gql(
      graphql(
        'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on ApiKeyCreated { apiKey { id } } } }',
      ),
      {
        input: { name: m, role: 'VIEWER' },
      },
    );
    const id = having(data.createApiKey, 'apiKey').apiKey.id as string;
    return {
      id,
      marker: m,
      stillThere: async () => {
        const keys = await victim.admin.gql(
          graphql('{ apiKeys(first: 100) { edges { node { id name revokedAt } } } }'),
        );
        return keys.apiKeys.edges.some((e: any) => e.node.id === id && e.node.name === m && e.node.revokedAt === null);
      },
    };
  },
  DataSubjectRequest: async (victim) => {
    const m = marker();
    const data = await victim.admin.gql(
      graphql(
        'mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { __typename ... on DataSubjectRequest { id } ... on ValidationFailed { message } } }',
      ),
      {
        input: { type: 'ACCESS', requesterName: m, email: 'requester@example.test', skipConfirmationReason: 'seeded' },
      },
    );
    const created = data.createDataSubjectRequest;
    if (created.__typename !== 'DataSubjectRequest') throw new Error(created.message);
    const id = created.id;
    return {
      id,
      marker: m,
      stillThere: async () => {
        const r = (
          await victim.admin.gql(
            graphql('query ($id: ID!) { dataSubjectRequest(id: $id) { requesterName state events { totalCount } } }'),
            { id },
          )
        ).dataSubjectRequest;
        return r.requesterName === m && r.state === 'IN_PROGRESS' && r.events.totalCount === 2;
      },
    };
  },
  ConsentEvent: async (victim) => {
    const m = marker();
    const { analytics } = await makeConsentReady(victim, victim.admin, { adoptExisting: true });
    const data = await victim.admin.gql(
      graphql(
        'mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { ... on ConsentRecorded { event { id } } } }',
      ),
      {
        input: { subjectId: m, granted: [analytics], noticeText: m, idempotencyKey: m },
      },
    );
    const id = having(data.recordConsent, 'event').event.id as string;
    return {
      id,
      marker: m,
      stillThere: async () =>
        (await victim.admin.gql(graphql('query ($id: ID!) { consentEvent(id: $id) { noticeText } }'), { id }))
          .consentEvent.noticeText === m,
    };
  },
  WebhookEndpoint: webhookEndpoint,
  // rotateWebhookSecret answers with the endpoint and its new secret: B's must keep its old one.
  WebhookEndpointSecret: webhookEndpoint,
  EmailMessage: async (victim) => {
    const m = marker();
    const ds = await testDataSource();
    const id = await inTransaction(ds, { tenantId: victim.id }, (tx) =>
      sendEmail(
        { em: tx.manager, tenantId: victim.id },
        { kind: 'REQUEST_NOTICE', to: 'someone@example.test', subject: m, text: m },
      ),
    );
    return {
      id,
      marker: m,
      stillThere: async () =>
        (await victim.admin.gql(graphql('query ($id: ID!) { emailMessage(id: $id) { subject } }'), { id })).emailMessage
          .subject === m,
    };
  },
  CookieScan: async (victim) => {
    const m = marker();
    // An address that resolves nowhere: the scan fails at once without a browser, the row stays to be read.
    const url = `https://${m}.invalid/`;
    const data = await victim.admin.gql(
      graphql(
        'mutation ($input: StartCookieScanInput!) { startCookieScan(input: $input) { __typename ... on CookieScan { id } ... on ValidationFailed { message } } }',
      ),
      { input: { url } },
    );
    const started = data.startCookieScan;
    if (started.__typename !== 'CookieScan') throw new Error(`starting a scan failed: ${JSON.stringify(started)}`);
    const id = started.id;
    return {
      id,
      marker: m,
      stillThere: async () =>
        (await victim.admin.gql(graphql('query ($id: ID!) { cookieScan(id: $id) { url } }'), { id })).cookieScan.url ===
        url,
    };
  },
  SubprocessorSubscriber: async (victim) => {
    const m = marker();
    const res = await fetch(`${inject('apiUrl')}/p/${victim.slug}/subprocessors/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${m}@example.test` }),
    });
    if (res.status !== 202) throw new Error(`subscribing failed: ${res.status}`);
    const find = async () =>
      (
        await victim.admin.gql(graphql('{ subprocessorSubscribers(first: 100) { edges { node { id email } } } }'))
      ).subprocessorSubscribers.edges.find((e: any) => e.node.email === `${m}@example.test`)?.node.id as
        string | undefined;
    const id = (await find())!;
    return { id, marker: m, stillThere: async () => (await find()) === id };
  },
  TenantMember: async (victim) => {
    const person = await victim.user('VIEWER');
    return {
      id: person.userId,
      marker: person.email,
      stillThere: async () => {
        const members = await victim.admin.gql(
          graphql('{ tenantMembers(first: 100) { edges { node { userId role } } } }'),
        );
        return members.tenantMembers.edges.some(
          (e: any) => e.node.userId === person.userId && e.node.role === 'VIEWER',
        );
      },
    };
  },
  AgencyMember: async (victim) => {
    const person = await victim.agency.member();
    return {
      id: person.userId,
      marker: person.email,
      stillThere: async () => {
        const members = await victim.agency.owner.gql(
          graphql('{ agencyMembers(first: 100) { edges { node { userId role } } } }'),
        );
        return members.agencyMembers.edges.some(
          (e: any) => e.node.userId === person.userId && e.node.role === 'MEMBER',
        );
      },
    };
  },
  TenantInvitation: async (victim) => {
    const m = `${marker()}@invited.test`;
    await victim.admin.gql(
      graphql('mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) { __typename } }'),
      { input: { email: m, role: 'VIEWER' } },
    );
    const find = async () =>
      (
        await victim.admin.gql(graphql('{ tenantInvitations(first: 100) { edges { node { id email status } } } }'))
      ).tenantInvitations.edges.find((e: any) => e.node.email === m && e.node.status === 'PENDING')?.node.id as
        string | undefined;
    const id = (await find())!;
    return { id, marker: m, stillThere: async () => (await find()) === id };
  },
  AgencyInvitation: async (victim) => {
    const m = `${marker()}@invited.test`;
    await victim.agency.owner.gql(
      graphql('mutation ($input: InviteAgencyMemberInput!) { inviteAgencyMember(input: $input) { __typename } }'),
      { input: { email: m, role: 'MEMBER' } },
    );
    const find = async () =>
      (
        await victim.agency.owner.gql(
          graphql('{ agencyInvitations(first: 100) { edges { node { id email status } } } }'),
        )
      ).agencyInvitations.edges.find((e: any) => e.node.email === m && e.node.status === 'PENDING')?.node.id as
        string | undefined;
    const id = (await find())!;
    return { id, marker: m, stillThere: async () => (await find()) === id };
  },
};

// Invitation steps (withdraw, resend) return the result union; they act on the same invitation.
SEEDERS.TenantInvitationResult = SEEDERS.TenantInvitation!;
SEEDERS.AgencyInvitationResult = SEEDERS.AgencyInvitation!;

// Request steps return the result union; they act on the same object.
SEEDERS.DataSubjectRequestResult = SEEDERS.DataSubjectRequest!;
SEEDERS.CookieScanResult = SEEDERS.CookieScan!;
