import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/request-transaction.js';
import { eventually } from '../../test/eventually.js';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed, testDataSource, type TenantSeed } from '../../test/seed.js';
import { emitEvent } from './webhook.events.js';
import { validateEndpoint } from './webhook.service.js';
import { graphql, narrow, having, type VariablesOf } from '../../test/graphql.js';

const CREATE = graphql(`mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  __typename ... on WebhookEndpointSecret { secret endpoint { id url events enabled secretHint description } } ... on ValidationFailed { problems { path code } } } }`);
const DELIVERIES =
  graphql(`query ($id: ID!, $eventType: WebhookEventType, $status: WebhookDeliveryStatus) { webhookEndpoint(id: $id) {
  deliveries(eventType: $eventType, status: $status) { totalCount edges { node { id eventId eventType status attempts lastStatusCode lastError responseTimeMs nextAttemptAt deliveredAt payload } } } } }`);

/** The receiver's check, exactly as the README tells integrators to write it. */
function verify(secret: string, rawBody: string, header: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const receivers: http.Server[] = [];
afterAll(() => receivers.forEach((r) => r.close()));

/** A real HTTP endpoint on a free loopback port; `answer(n)` gives the status for the n-th request (from 1). */
async function receiver(answer: (n: number) => number = () => 204): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answer(received.length)).end();
    });
  });
  receivers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

async function endpoint(
  tenant: TenantSeed,
  url: string,
  events: VariablesOf<typeof CREATE>['input']['events'],
  extra: Partial<VariablesOf<typeof CREATE>['input']> = {},
) {
  const { createWebhookEndpoint } = await tenant.admin.gql(CREATE, { input: { url, events, ...extra } });
  if (createWebhookEndpoint.__typename !== 'WebhookEndpointSecret')
    throw new Error(JSON.stringify(createWebhookEndpoint));
  return { id: createWebhookEndpoint.endpoint.id as string, secret: createWebhookEndpoint.secret as string };
}

const deliveries = async (tenant: TenantSeed, id: string, filter: Record<string, unknown> = {}) =>
  (await tenant.admin.gql(DELIVERIES, { id, ...filter })).webhookEndpoint.deliveries;

describe('webhooks', () => {
  it('deliver a signed policy.published event, verifiable as the README says, and log it', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const hook = await receiver();
    const { id, secret } = await endpoint(tenant, hook.url, ['POLICY_PUBLISHED']);
    await makeComplete(tenant);
    await publish(tenant.admin, 'First version', '2026-01-01');

    const [request] = await eventually(async () => hook.received.length > 0 && hook.received, 'the delivery');
    const { headers, body } = request!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['noticeboard-event']).toBe('policy.published');
    expect(verify(secret, body, String(headers['noticeboard-signature']))).toBe(true);
    expect(verify(secret, body.replace('First', 'Forged'), String(headers['noticeboard-signature']))).toBe(false);
    expect(verify('whsec_wrong', body, String(headers['noticeboard-signature']))).toBe(false);
    expect(String(headers['noticeboard-signature'])).toMatch(
      new RegExp(`^t=${headers['noticeboard-timestamp']},v1=[0-9a-f]{64}$`),
    );
    const payload = JSON.parse(body);
    expect(Object.keys(payload)).toEqual(['id', 'type', 'createdAt', 'tenantId', 'data']);
    expect(payload).toMatchObject({
      type: 'policy.published',
      tenantId: tenant.id,
      data: {
        version: 1,
        previousVersion: null,
        effectiveDate: '2026-01-01',
        changeSummary: 'First version',
        url: expect.stringMatching(new RegExp(`/p/${tenant.slug}/privacy/v/1$`)),
        languages: ['en'],
      },
    });

    const log = await eventually(async () => {
      const d = await deliveries(tenant, id);
      return d.edges[0]?.node.status === 'SUCCEEDED' && d;
    }, 'the logged success');
    expect(log.totalCount).toBe(1);
    expect(log.edges[0]!.node).toMatchObject({
      id: headers['noticeboard-delivery'],
      eventId: payload.id,
      eventType: 'POLICY_PUBLISHED',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
      payload,
    });
    expect(log.edges[0]!.node.deliveredAt).not.toBeNull();
    expect(log.edges[0]!.node.responseTimeMs).toBeGreaterThanOrEqual(0);
  });

  it('retry a failing receiver with backoff: two failures then a success show as three attempts', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const hook = await receiver((n) => (n <= 2 ? 500 : 200));
    const { id, secret } = await endpoint(tenant, hook.url, ['POLICY_PUBLISHED']);
    await makeComplete(tenant);
    await publish(tenant.admin);
    const log = await eventually(async () => {
      const d = await deliveries(tenant, id);
      return d.edges[0]?.node.status === 'SUCCEEDED' && d;
    }, 'the third attempt');
    expect(log.edges[0]!.node).toMatchObject({
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(hook.received).toHaveLength(3);
    // The same delivery and bytes each time, each signed afresh.
    expect(new Set(hook.received.map((r) => r.headers['noticeboard-delivery'])).size).toBe(1);
    expect(new Set(hook.received.map((r) => r.body)).size).toBe(1);
    expect(hook.received.every((r) => verify(secret, r.body, String(r.headers['noticeboard-signature'])))).toBe(true);
  });

  it('send each endpoint only the events it subscribed to, none to a disabled one, and filter the log by event type', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const [all, subprocessorsOnly, disabled] = await Promise.all([receiver(), receiver(), receiver()]);
    const a = await endpoint(tenant, all.url, ['POLICY_PUBLISHED', 'SUBPROCESSORS_CHANGED']);
    const b = await endpoint(tenant, subprocessorsOnly.url, ['SUBPROCESSORS_CHANGED']);
    const c = await endpoint(tenant, disabled.url, ['POLICY_PUBLISHED', 'SUBPROCESSORS_CHANGED'], { enabled: false });
    const { purposeId, categoryId, recipientId } = await makeComplete(tenant);
    await publish(tenant.admin, 'First version', '2026-01-01');
    const created = await tenant.admin.gql(
      graphql(
        `mutation ($input: CreateRecipientInput!) { createRecipient(input: $input) { ... on Recipient { id } } }`,
      ),
      {
        input: {
          name: 'Stripe',
          role: 'PROCESSOR',
          legalEntity: 'Stripe Payments Europe Ltd',
          country: 'IE',
          service: 'payments',
          dataCategoryIds: [categoryId],
        },
      },
    );
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`),
      {
        input: { id: purposeId, recipientIds: [recipientId, having(created.createRecipient, 'id').id] },
      },
    );
    expect((await publish(tenant.admin, 'Payments by Stripe', '2026-02-01')).__typename).toBe('PolicyVersion');

    await eventually(
      async () => all.received.length === 3 && subprocessorsOnly.received.length === 1,
      'three deliveries and one',
    );
    expect(all.received.map((r) => r.headers['noticeboard-event']).sort()).toEqual([
      'policy.published',
      'policy.published',
      'subprocessors.changed',
    ]);
    const changed = JSON.parse(subprocessorsOnly.received[0]!.body);
    expect(changed).toMatchObject({
      type: 'subprocessors.changed',
      data: {
        version: 2,
        previousVersion: 1,
        added: [
          expect.objectContaining({
            id: having(created.createRecipient, 'id').id,
            name: 'Stripe',
            country: 'IE',
            countryName: 'Ireland',
          }),
        ],
        removed: [],
        changed: [],
      },
    });
    expect((await deliveries(tenant, a.id, { eventType: 'POLICY_PUBLISHED' })).totalCount).toBe(2);
    expect((await deliveries(tenant, a.id, { eventType: 'SUBPROCESSORS_CHANGED' })).totalCount).toBe(1);
    expect((await deliveries(tenant, b.id)).edges.map((e: any) => e.node.eventType)).toEqual(['SUBPROCESSORS_CHANGED']);
    expect((await deliveries(tenant, c.id)).totalCount).toBe(0);
    expect(disabled.received).toEqual([]);
  });

  it('emit nothing from a transaction that rolls back, and deliver what commits', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const hook = await receiver();
    const { id } = await endpoint(tenant, hook.url, ['CONSENT_RECORDED']);
    const ds = await testDataSource();
    const jobs = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'tenantId' = $1`, [tenant.id]))[0]
        .n as number;
    await expect(
      inTransaction(ds, { tenantId: tenant.id }, async (tx) => {
        expect(
          (await emitEvent({ em: tx.manager, tenantId: tenant.id }, 'consent.recorded', { n: 1 })).deliveries,
        ).toBe(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await jobs()).toBe(0);
    expect((await deliveries(tenant, id)).totalCount).toBe(0);

    await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
      emitEvent({ em: tx.manager, tenantId: tenant.id }, 'consent.recorded', { n: 2 }),
    );
    await eventually(async () => hook.received.length === 1, 'the committed event');
    expect(JSON.parse(hook.received[0]!.body).data).toEqual({ n: 2 });
    expect(await jobs()).toBe(1);
  });

  it('stop retrying when the endpoint is disabled', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const hook = await receiver(() => 503);
    const { id } = await endpoint(tenant, hook.url, ['POLICY_PUBLISHED']);
    await makeComplete(tenant);
    await publish(tenant.admin);
    await eventually(async () => hook.received.length >= 2, 'a retry');
    await tenant.admin.gql(
      graphql(
        `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ... on WebhookEndpoint { enabled } } }`,
      ),
      { input: { id, enabled: false } },
    );
    const log = await eventually(async () => {
      const d = await deliveries(tenant, id);
      return d.edges[0]?.node.status === 'FAILED' && d;
    }, 'the delivery to give up');
    expect(log.edges[0]!.node.lastError).toMatch(/disabled/);
    expect(log.edges[0]!.node.attempts).toBeLessThan(8);
    expect(log.edges[0]!.node.nextAttemptAt).toBeNull();
  });

  it('show the secret once, rotate it, refuse bad input with typed problems, and are for tenant admins only', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const { id, secret } = await endpoint(
      tenant,
      'https://hooks.example.com/noticeboard',
      ['POLICY_PUBLISHED', 'POLICY_PUBLISHED'],
      { description: 'CRM sync' },
    );
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const read = await tenant.admin.gql(
      graphql('{ webhookEndpoints { totalCount edges { node { id url events enabled secretHint description } } } }'),
    );
    expect(read.webhookEndpoints.edges[0]!.node).toEqual({
      id,
      url: 'https://hooks.example.com/noticeboard',
      events: ['POLICY_PUBLISHED'],
      enabled: true,
      secretHint: `…${secret.slice(-4)}`,
      description: 'CRM sync',
    });
    expect(JSON.stringify(read)).not.toContain(secret.slice(6, 30));

    const rotated = (
      await tenant.admin.gql(
        graphql('mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { secretHint } } }'),
        { id },
      )
    ).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.endpoint.secretHint).toBe(`…${rotated.secret.slice(-4)}`);

    const bad = await tenant.admin.gql(CREATE, { input: { url: 'ftp://files.example.com', events: [] } });
    expect(narrow(bad.createWebhookEndpoint, 'ValidationFailed').problems).toEqual([
      { path: 'url', code: 'INVALID_FORMAT' },
      { path: 'events', code: 'REQUIRED' },
    ]);
    const update = graphql(
      `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename ... on WebhookEndpoint { url enabled } ... on ValidationFailed { problems { path code } } } }`,
    );
    expect(
      narrow(
        (await tenant.admin.gql(update, { input: { id, url: 'https://user:pw@hooks.example.com/' } }))
          .updateWebhookEndpoint,
        'ValidationFailed',
      ).problems,
    ).toEqual([{ path: 'url', code: 'NOT_ALLOWED' }]);
    expect((await tenant.admin.gql(update, { input: { id, enabled: false } })).updateWebhookEndpoint).toEqual({
      __typename: 'WebhookEndpoint',
      url: 'https://hooks.example.com/noticeboard',
      enabled: false,
    });

    const editor = await tenant.user('EDITOR');
    await expect(editor.client.gql(graphql('{ webhookEndpoints { totalCount } }'))).rejects.toHaveCode('FORBIDDEN');
    await expect(
      (await tenant.apiKey('EDITOR')).gql(CREATE, {
        input: { url: 'https://x.example.com', events: ['POLICY_PUBLISHED'] },
      }),
    ).rejects.toHaveCode('FORBIDDEN');

    expect(
      (await tenant.admin.gql(graphql('mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId } }'), { id }))
        .deleteWebhookEndpoint.deletedId,
    ).toBe(id);
    await expect(
      tenant.admin.gql(graphql('query ($id: ID!) { webhookEndpoint(id: $id) { id } }'), { id }),
    ).rejects.toHaveCode('NOT_FOUND');
  });

  it('require a public https URL in production', () => {
    const check = (url: string) => {
      const result = validateEndpoint({ url, events: ['policy.published'] }, true);
      return 'problems' in result ? result.problems.map((p) => p.code) : 'ok';
    };
    expect(check('https://hooks.example.com/x')).toBe('ok');
    for (const url of [
      'http://hooks.example.com/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://[::1]/x',
      'https://localhost:8080/x',
      'https://169.254.169.254/latest',
    ]) {
      expect({ url, codes: check(url) }).toEqual({ url, codes: ['NOT_ALLOWED'] });
    }
    expect(validateEndpoint({ url: 'http://127.0.0.1:9/x', events: ['policy.published'] }, false)).not.toHaveProperty(
      'problems',
    );
  });
});
