import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { inTransaction } from '../../db/request-transaction.js';
import { makeConsentReady, publish } from '../../test/policy-fixture.js';
import { seed, testDataSource, type TenantSeed } from '../../test/seed.js';
import { graphql, having } from '../../test/graphql.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const key = () => `k-${randomUUID()}`;

const EVENT = graphql(`fragment ConsentEventFields on ConsentEvent {
  id recordedAt subjectHash method policyVersion noticeHash noticeText pageUrl ipTruncated userAgent language gpc idempotencyKey recordedBy
  givenAt evidenceSource policyVersionThen decisions { purposeId purposeName choice byGpc } }`);
const RECORD = graphql(
  `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) {
  __typename ... on ConsentRecorded { replayed event { ...ConsentEventFields } } ... on ValidationFailed { message problems { path code } } } }`,
  [EVENT],
);
const PASSED_ON = graphql(
  `mutation ($input: RecordConsentOptOutPassedOnInput!) { recordConsentOptOutPassedOn(input: $input) {
    __typename ... on ConsentEvent { optOutBySignal passedOn { at note recordedBy } } ... on ValidationFailed { problems { path code } } } }`,
);
const GET_EVENT = graphql(`query ($id: ID!) { consentEvent(id: $id) { ...ConsentEventFields } }`, [EVENT]);
const SUBJECT = graphql(`query ($s: String!, $first: Int, $after: String) { consentSubject(subjectId: $s) {
  subjectHash state { purposeId purposeName choice since eventId }
  history(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id decisions { purposeName choice byGpc } } } }
  proof } }`);

interface ConsentTenant {
  tenant: TenantSeed;
  analytics: string;
  ads: string;
  contract: string;
}

/** A tenant with a published policy, one purpose on consent and one that sells/shares (also on consent). */
async function consentTenant(): Promise<ConsentTenant> {
  const tenant = await (await seed.agency()).tenant();
  return { tenant, ...(await makeConsentReady(tenant)) };
}

function post(slug: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${inject('apiUrl')}/p/${slug}/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('consents', () => {
  it('records a banner answer once per idempotency key, and shows it in the subject state and history', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const idempotencyKey = key();
    const body = {
      subjectId: 'Visitor@Example.com',
      granted: [analytics],
      refused: [ads],
      method: 'BANNER',
      noticeText: 'We would like to measure visits.',
      idempotencyKey,
      pageUrl: 'https://shop.example/',
      language: 'en-GB',
    };
    const first = await post(tenant.slug, body, { 'user-agent': 'TestBrowser/1.0', 'x-forwarded-for': '1.2.3.4' });
    expect(first.status).toBe(201);
    const created = (await first.json()) as any;
    expect(created).toMatchObject({
      policyVersion: 1,
      noticeHash: sha('We would like to measure visits.'),
      replayed: false,
    });

    const again = await post(tenant.slug, body);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // The first answer is built from what was written, the retry's is read back: they agree.
    expect({ ...((await again.json()) as any), replayed: false }).toEqual(created);

    // The same person, found by their identifier in another letter case.
    const data = await tenant.admin.gql(SUBJECT, { s: 'visitor@example.com' });
    const subject = data.consentSubject;
    expect(subject.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    expect(subject.subjectHash).not.toContain('visitor');
    expect(subject.state.map((s: any) => [s.purposeName, s.choice])).toEqual([
      ['Analytics', 'GRANTED'],
      ['Targeted advertising', 'REFUSED'],
    ]);
    expect(subject.history.totalCount).toBe(1);

    const event = (await tenant.admin.gql(GET_EVENT, { id: created.id })).consentEvent;
    expect(event).toMatchObject({
      method: 'BANNER',
      recordedBy: 'PUBLIC',
      noticeText: 'We would like to measure visits.',
      pageUrl: 'https://shop.example/',
      language: 'en-GB',
      userAgent: 'TestBrowser/1.0',
      gpc: false,
      idempotencyKey,
    });
    const recorded = having(
      (
        await tenant.admin.gql(RECORD, {
          input: {
            subjectId: 'other@example.com',
            granted: [ads, analytics],
            method: 'FORM',
            noticeText: 'Both?',
            idempotencyKey: key(),
          },
        })
      ).recordConsent,
      'event',
    );
    const readBack = (await tenant.admin.gql(GET_EVENT, { id: recorded.event.id })).consentEvent;
    expect(recorded.event).toEqual(readBack);
    // Only the network is kept of the address (the test client connects over loopback).
    expect(event.ipTruncated === null || /\.0$|::$/.test(event.ipTruncated)).toBe(true);

    // No subject identifier in clear anywhere in the tenant's consent tables.
    const ds = await testDataSource();
    const dump = await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
      tx.manager.query(
        `SELECT row_to_json(e)::text AS e FROM consent_events e UNION ALL SELECT row_to_json(d)::text FROM consent_decisions d`,
      ),
    );
    expect(JSON.stringify(dump).toLowerCase()).not.toContain('visitor@example.com');
  });

  it('a retry without policyVersion gets the first answer even after a new version went live; other content under the key is a 409', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const body = {
      subjectId: 'retrying-visitor',
      granted: [analytics, ads],
      method: 'BANNER',
      noticeText: 'We would like to measure visits.',
      idempotencyKey: key(),
    };
    const first = await post(tenant.slug, body);
    expect(first.status).toBe(201);
    const created = (await first.json()) as any;
    expect(created.policyVersion).toBe(1);

    // The first answer was lost; before the retry, version 2 goes live.
    const today = new Date().toISOString().slice(0, 10);
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { __typename } }`),
      { input: { id: tenant.id, legalName: 'Renamed Ltd' } },
    );
    expect(await publish(tenant.admin, 'Renamed', today)).toMatchObject({
      __typename: 'PolicyVersion',
      version: 2,
      isLive: true,
    });

    const retry = await post(tenant.slug, body);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ id: created.id, policyVersion: 1, replayed: true });
    // The same request with its purpose lists in another order is still the same request.
    const reordered = await post(tenant.slug, { ...body, granted: [ads, analytics] });
    expect(reordered.status).toBe(200);
    expect(((await reordered.json()) as any).id).toBe(created.id);

    for (const other of [
      { ...body, granted: [analytics], refused: [ads] },
      { ...body, policyVersion: 1 },
      { ...body, policyVersion: 2 },
    ]) {
      const conflict = await post(tenant.slug, other);
      expect({ status: conflict.status, code: ((await conflict.json()) as any).error?.code }).toEqual({
        status: 409,
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
    }
    // A new key records against the version now live.
    const fresh = await post(tenant.slug, { ...body, idempotencyKey: key() });
    expect(fresh.status).toBe(201);
    expect(((await fresh.json()) as any).policyVersion).toBe(2);
  });

  it('a withdrawal is a new event: the state and the proof export show it', async () => {
    const { tenant, analytics } = await consentTenant();
    const endpoint = having(
      (
        await tenant.admin.gql(
          graphql(
            `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook", events: [CONSENT_RECORDED, CONSENT_WITHDRAWN] }) { ... on WebhookEndpointSecret { endpoint { id } } } }`,
          ),
        )
      ).createWebhookEndpoint,
      'endpoint',
    ).endpoint.id;
    const notice = (await (await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice`)).json()) as any;
    expect(notice.purposes.map((p: any) => [p.name, p.kind])).toEqual([
      ['Analytics', 'CONSENT'],
      ['Targeted advertising', 'CONSENT'],
    ]);
    expect(notice.text).toContain('Analytics: measuring visits to improve the site');
    expect(notice.hash).toBe(sha(notice.text));

    // The website shows the generated notice and sends only its hash; the proof still has the words.
    expect(
      (
        await post(tenant.slug, {
          subjectId: 'user-42',
          granted: [analytics],
          method: 'BANNER',
          noticeHash: notice.hash,
          idempotencyKey: key(),
        })
      ).status,
    ).toBe(201);
    const withdrawal = await post(tenant.slug, {
      subjectId: 'user-42',
      withdrawn: [analytics],
      method: 'FORM',
      noticeText: 'Withdraw your consent to analytics',
      idempotencyKey: key(),
    });
    expect(withdrawal.status).toBe(201);

    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'user-42' });
    const deliveries = (
      await tenant.admin.gql(
        graphql(
          `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 10) { edges { node { eventType payload } } } } }`,
        ),
        { id: endpoint },
      )
    ).webhookEndpoint.deliveries.edges.map((e: any) => e.node);
    expect(deliveries.map((d: any) => d.eventType).sort()).toEqual([
      'CONSENT_RECORDED',
      'CONSENT_RECORDED',
      'CONSENT_WITHDRAWN',
    ]);
    expect(deliveries.find((d: any) => d.eventType === 'CONSENT_WITHDRAWN').payload.data).toMatchObject({
      subjectHash: consentSubject.subjectHash,
      decisions: [{ purposeId: analytics, choice: 'WITHDRAWN' }],
    });
    expect(consentSubject.state).toEqual([expect.objectContaining({ purposeName: 'Analytics', choice: 'WITHDRAWN' })]);
    expect(consentSubject.history.edges.map((e: any) => e.node.decisions[0].choice)).toEqual(['WITHDRAWN', 'GRANTED']);
    const proof = consentSubject.proof;
    expect(proof).toMatchObject({
      format: 'noticeboard.consent-proof/1',
      controller: { tenantId: tenant.id },
      subject: { hash: consentSubject.subjectHash },
      state: [{ purposeName: 'Analytics', choice: 'WITHDRAWN' }],
      truncated: false,
    });
    const events = proof.events as unknown[];
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      method: 'BANNER',
      notice: { sha256: notice.hash, text: notice.text },
      policy: {
        version: 1,
        effectiveDate: '2026-01-01',
        url: expect.stringContaining(`/p/${tenant.slug}/privacy/v/1`),
        snapshotSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      decisions: [{ purposeName: 'Analytics', choice: 'GRANTED' }],
    });
    expect(events[1]).toMatchObject({
      method: 'FORM',
      decisions: [{ choice: 'WITHDRAWN' }],
      notice: { text: 'Withdraw your consent to analytics' },
    });
  });

  it('honours Global Privacy Control for sale/sharing purposes', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const res = await post(
      tenant.slug,
      {
        subjectId: 'gpc-user',
        granted: [analytics, ads],
        method: 'BANNER',
        noticeText: 'Banner',
        idempotencyKey: key(),
      },
      { 'sec-gpc': '1' },
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.decisions).toEqual([
      { purposeId: analytics, purposeName: 'Analytics', choice: 'GRANTED', byGpc: false },
      { purposeId: ads, purposeName: 'Targeted advertising', choice: 'REFUSED', byGpc: true },
    ]);
  });

  it('records an opt-out of every sale/sharing purpose from a request carrying only the GPC signal', async () => {
    const { tenant, ads } = await consentTenant();
    const idempotencyKey = key();
    const res = await post(
      tenant.slug,
      { subjectId: 'gpc-only', method: 'BANNER', idempotencyKey },
      { 'sec-gpc': '1' },
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ policyVersion: 1, noticeHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const event = (await tenant.admin.gql(GET_EVENT, { id: body.id })).consentEvent;
    // The live notice is kept: the signal answered no question of its own.
    expect(event).toMatchObject({ gpc: true, noticeText: expect.any(String) });
    expect(body.decisions).toEqual([
      { purposeId: ads, purposeName: 'Targeted advertising', choice: 'REFUSED', byGpc: true },
    ]);
    // A retry is the same request, the same event.
    const again = await post(
      tenant.slug,
      { subjectId: 'gpc-only', method: 'BANNER', idempotencyKey },
      { 'sec-gpc': '1' },
    );
    expect(again.status).toBe(200);
    // Without the signal, an event that answers nothing is still refused.
    const nothing = await post(tenant.slug, { subjectId: 'gpc-only', method: 'BANNER', idempotencyKey: key() });
    expect(nothing.status).toBe(422);
    // Staff record when the opt-out was passed on to the third parties (CCPA regulations § 7026(f)(2)), once.
    const passOn = async (eventId: string, note: string) =>
      (await tenant.admin.gql(PASSED_ON, { input: { eventId, note } })).recordConsentOptOutPassedOn as any;
    expect((await passOn(body.id, '  ')).problems).toEqual([{ path: 'note', code: 'REQUIRED' }]);
    expect((await passOn('00000000-0000-4000-8000-000000000000', 'x')).problems).toEqual([
      { path: 'eventId', code: 'UNKNOWN_REFERENCE' },
    ]);
    const passed = await passOn(body.id, 'AdNetwork Ltd told through its opt-out API');
    expect(passed).toMatchObject({
      __typename: 'ConsentEvent',
      optOutBySignal: true,
      passedOn: { note: 'AdNetwork Ltd told through its opt-out API', recordedBy: 'USER' },
    });
    expect((await passOn(body.id, 'again')).problems).toEqual([{ path: 'eventId', code: 'DUPLICATE' }]);
    const plain = await post(tenant.slug, {
      subjectId: 'no-signal',
      method: 'BANNER',
      noticeText: 'Banner',
      refused: [ads],
      idempotencyKey: key(),
    });
    expect(plain.status).toBe(201);
    expect((await passOn(((await plain.json()) as any).id, 'x')).problems).toEqual([
      { path: 'eventId', code: 'NOT_ALLOWED' },
    ]);
  });

  it('keeps an opt-out the GPC signal made when a later grant comes without the signal', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const optOut = await post(
      tenant.slug,
      { subjectId: 'gpc-sticky', method: 'BANNER', noticeText: 'Banner', idempotencyKey: key() },
      { 'sec-gpc': '1' },
    );
    expect(optOut.status).toBe(201);
    const grant = having(
      (
        await tenant.admin.gql(RECORD, {
          input: {
            subjectId: 'gpc-sticky',
            granted: [analytics, ads],
            method: 'FORM',
            noticeText: 'Both?',
            idempotencyKey: key(),
          },
        })
      ).recordConsent,
      'event',
    );
    // Recorded, with the grant of the sale/sharing purpose turned into the standing refusal by the signal.
    expect(grant.event.gpc).toBe(false);
    expect(grant.event.decisions.map((d: any) => [d.purposeName, d.choice, d.byGpc])).toEqual([
      ['Analytics', 'GRANTED', false],
      ['Targeted advertising', 'REFUSED', true],
    ]);
    const state = (await tenant.admin.gql(SUBJECT, { s: 'gpc-sticky' })).consentSubject.state;
    expect(state.map((s: any) => [s.purposeName, s.choice])).toEqual([
      ['Analytics', 'GRANTED'],
      ['Targeted advertising', 'REFUSED'],
    ]);

    // An opt-out the person gave themselves (not the signal) is lifted by a later grant, as before.
    const mine = { subjectId: 'own-choice', method: 'FORM', noticeText: 'Ads?' };
    expect((await post(tenant.slug, { ...mine, refused: [ads], idempotencyKey: key() })).status).toBe(201);
    const regranted = (await (
      await post(tenant.slug, { ...mine, granted: [ads], idempotencyKey: key() })
    ).json()) as any;
    expect(regranted.decisions).toEqual([
      { purposeId: ads, purposeName: 'Targeted advertising', choice: 'GRANTED', byGpc: false },
    ]);
  });

  it('imports a consent with when it was given, its evidence, and the policy version in force then', async () => {
    const { tenant, analytics } = await consentTenant();
    // Version 1 took effect on 2026-01-01; an earlier policy (version 2) was in effect from 2025-06-01.
    const imported = await tenant.admin.gql(
      graphql(`mutation ($input: ImportPolicyVersionInput!) { importPolicyVersion(input: $input) {
        __typename ... on PolicyVersion { version } } }`),
      { input: { effectiveDate: '2025-06-01', texts: [{ language: 'EN', text: '# Policy\n\nWe keep little data.' }] } },
    );
    expect(imported.importPolicyVersion).toEqual({ __typename: 'PolicyVersion', version: 2 });
    const record = (input: Record<string, unknown>) =>
      tenant.admin.gql(RECORD, {
        input: {
          subjectId: 'crm-7',
          granted: [analytics],
          method: 'IMPORT',
          noticeText: 'Newsletter box ticked',
          idempotencyKey: key(),
          ...input,
        },
      });

    const older = having(
      (await record({ givenAt: '2025-09-01T10:00:00+02:00', evidenceSource: 'Old CRM export, row 17' })).recordConsent,
      'event',
    ).event;
    expect(older).toMatchObject({
      method: 'IMPORT',
      givenAt: '2025-09-01T08:00:00.000Z',
      evidenceSource: 'Old CRM export, row 17',
      policyVersionThen: 2,
      policyVersion: 2,
    });
    const newer = having(
      (await record({ givenAt: '2026-03-01T00:00:00Z', evidenceSource: 'CRM' })).recordConsent,
      'event',
    ).event;
    expect(newer).toMatchObject({ policyVersionThen: 1, policyVersion: 1 });
    // Before any policy took effect: none was in force, which the proof states; the event keeps the live version.
    const before = having(
      (await record({ givenAt: '2024-01-01T00:00:00Z', evidenceSource: 'Paper form' })).recordConsent,
      'event',
    ).event;
    expect(before).toMatchObject({ policyVersionThen: null, policyVersion: 1 });

    const proof = (await tenant.admin.gql(SUBJECT, { s: 'crm-7' })).consentSubject.proof as any;
    const byId = new Map(proof.events.map((e: any) => [e.id, e]));
    expect((byId.get(older.id) as any).imported).toMatchObject({
      givenAt: '2025-09-01T08:00:00.000Z',
      evidenceSource: 'Old CRM export, row 17',
      policyInForceThen: { version: 2, effectiveDate: '2025-06-01' },
    });
    expect((byId.get(before.id) as any).imported).toMatchObject({
      policyInForceThen: null,
      statement: expect.stringContaining('no privacy policy version'),
    });

    // Typed problems, nothing written.
    const problems = async (input: Record<string, unknown>) => {
      const result = (await record(input)).recordConsent;
      expect(result.__typename).toBe('ValidationFailed');
      return (result as any).problems.map((p: any) => [p.path, p.code]);
    };
    expect(await problems({})).toEqual([
      ['givenAt', 'REQUIRED'],
      ['evidenceSource', 'REQUIRED'],
    ]);
    expect(await problems({ givenAt: new Date(Date.now() + 86_400_000).toISOString(), evidenceSource: 'x' })).toEqual([
      ['givenAt', 'NOT_ALLOWED'],
    ]);
    expect(await problems({ givenAt: 'yesterday', evidenceSource: 'x' })).toEqual([['givenAt', 'INVALID_FORMAT']]);
    expect(await problems({ method: 'FORM', givenAt: '2025-09-01T10:00:00Z', evidenceSource: 'x' })).toEqual([
      ['givenAt', 'NOT_ALLOWED'],
      ['evidenceSource', 'NOT_ALLOWED'],
    ]);
    expect((await tenant.admin.gql(SUBJECT, { s: 'crm-7' })).consentSubject.history.totalCount).toBe(3);
  });

  it("lets only the tenant's websites record from a browser", async () => {
    const { tenant, analytics } = await consentTenant();
    const body = {
      subjectId: 's',
      granted: [analytics],
      method: 'BANNER',
      noticeText: 'Banner',
      idempotencyKey: key(),
    };
    const refused = await post(tenant.slug, body, { origin: 'https://shop.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await refused.json()) as any).error.code).toBe('ORIGIN_NOT_ALLOWED');

    const updated = await tenant.admin.gql(
      graphql(
        `mutation ($input: UpdateConsentSettingsInput!) { updateConsentSettings(input: $input) { __typename ... on ConsentSettings { allowedOrigins endpointUrl } ... on ValidationFailed { problems { path code } } } }`,
      ),
      { input: { allowedOrigins: ['https://Shop.Example/', 'https://*.brand.example'] } },
    );
    expect(updated.updateConsentSettings).toEqual({
      __typename: 'ConsentSettings',
      allowedOrigins: ['https://shop.example', 'https://*.brand.example'],
      endpointUrl: expect.stringMatching(new RegExp(`/p/${tenant.slug}/consents$`)),
    });

    const preflight = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://eu.brand.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://eu.brand.example');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Content-Type');
    const otherPreflight = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(otherPreflight.status).toBe(403);
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();

    const allowed = await post(tenant.slug, body, { origin: 'https://shop.example' });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    // sendBeacon posts text/plain, which needs no preflight.
    const beacon = await post(tenant.slug, JSON.stringify({ ...body, idempotencyKey: key() }), {
      origin: 'https://shop.example',
      'content-type': 'text/plain;charset=UTF-8',
    });
    expect(beacon.status).toBe(201);

    const invalid = await tenant.admin.gql(
      graphql(
        `mutation ($input: UpdateConsentSettingsInput!) { updateConsentSettings(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
      ),
      { input: { allowedOrigins: ['https://ok.example', 'https://shop.example/path'] } },
    );
    expect(invalid.updateConsentSettings).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'allowedOrigins.1', code: 'INVALID_FORMAT' }],
    });
    expect(
      (await tenant.admin.gql(graphql('{ consentSettings { allowedOrigins } }'))).consentSettings.allowedOrigins,
    ).toEqual(['https://shop.example', 'https://*.brand.example']);
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const { tenant, analytics, contract } = await consentTenant();
    const cases: [unknown, number, string, Record<string, string>?][] = [
      [{ subjectId: 's', granted: [analytics], method: 'BANNER', noticeText: 'x' }, 422, 'VALIDATION_FAILED'],
      [
        { subjectId: 's', granted: [contract], method: 'BANNER', noticeText: 'x', idempotencyKey: key() },
        422,
        'VALIDATION_FAILED',
      ],
      [
        { subjectId: 's', granted: [randomUUID()], method: 'BANNER', noticeText: 'x', idempotencyKey: key() },
        422,
        'VALIDATION_FAILED',
      ],
      [
        {
          subjectId: 's',
          granted: [analytics],
          method: 'BANNER',
          noticeText: 'x',
          idempotencyKey: key(),
          policyVersion: 99,
        },
        422,
        'VALIDATION_FAILED',
      ],
      [
        { subjectId: 's', granted: ['not-an-id'], method: 'BANNER', noticeText: 'x', idempotencyKey: key() },
        422,
        'VALIDATION_FAILED',
      ],
      ['{"subjectId": ', 400, 'BAD_REQUEST'],
      ['[1,2]', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [{ subjectId: 's' }, 415, 'UNSUPPORTED_MEDIA_TYPE', { 'content-type': 'application/x-www-form-urlencoded' }],
      [
        {
          subjectId: 's',
          granted: [analytics],
          method: 'BANNER',
          noticeText: 'x'.repeat(40_000),
          idempotencyKey: key(),
        },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [body, status, code, headers] of cases) {
      const res = await post(tenant.slug, body, headers);
      expect({ status: res.status, code: ((await res.json()) as any).error?.code }).toEqual({ status, code });
    }
    const reused = key();
    expect(
      (
        await post(tenant.slug, {
          subjectId: 's',
          granted: [analytics],
          method: 'BANNER',
          noticeText: 'x',
          idempotencyKey: reused,
        })
      ).status,
    ).toBe(201);
    const conflict = await post(tenant.slug, {
      subjectId: 's',
      refused: [analytics],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: reused,
    });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as any).error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const unknown = await post('no-such-tenant-here', { subjectId: 's' });
    expect(unknown.status).toBe(404);
    const ds = await testDataSource();
    const [{ n }] = await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
      tx.manager.query('SELECT count(*)::int AS n FROM consent_events'),
    );
    expect(n).toBe(1);
  });

  it('refuses consents before anything is published', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const res = await post(tenant.slug, {
      subjectId: 's',
      granted: [],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: key(),
      gpc: true,
    });
    expect(res.status).toBe(422);
    expect((await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice`)).status).toBe(404);
  });

  it('integrators record with an API key; viewers read but do not write; counts per purpose over time', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const integrator = await tenant.apiKey('EDITOR');
    const input = {
      subjectId: 'crm-1',
      granted: [analytics],
      refused: [ads],
      noticeText: 'Signed up with the newsletter box ticked',
      idempotencyKey: key(),
    };
    const first = (await integrator.gql(RECORD, { input })).recordConsent;
    expect(first).toMatchObject({
      __typename: 'ConsentRecorded',
      replayed: false,
      event: { method: 'API', recordedBy: 'API_KEY', policyVersion: 1 },
    });
    expect((await integrator.gql(RECORD, { input })).recordConsent).toMatchObject({
      replayed: true,
      event: { id: having(first, 'event').event.id },
    });
    expect(
      (
        await integrator.gql(RECORD, {
          input: { ...input, idempotencyKey: key(), withdrawn: [analytics], granted: [], refused: [] },
        })
      ).recordConsent.__typename,
    ).toBe('ConsentRecorded');
    const refused = (
      await integrator.gql(RECORD, {
        input: {
          ...input,
          idempotencyKey: key(),
          method: 'IMPORT',
          noticeHash: sha('other'),
          givenAt: '2025-01-01T00:00:00Z',
          evidenceSource: 'CRM',
        },
      })
    ).recordConsent;
    expect(refused).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'noticeHash', code: 'INCONSISTENT' }],
    });

    const viewer = await tenant.apiKey('VIEWER');
    await expect(viewer.gql(RECORD, { input: { ...input, idempotencyKey: key() } })).rejects.toHaveCode('FORBIDDEN');
    expect((await viewer.gql(SUBJECT, { s: 'crm-1' })).consentSubject.state).toEqual([
      expect.objectContaining({ purposeName: 'Analytics', choice: 'WITHDRAWN' }),
      expect.objectContaining({ purposeName: 'Targeted advertising', choice: 'REFUSED' }),
    ]);

    const today = new Date().toISOString().slice(0, 10);
    const counts = (
      await viewer.gql(
        graphql(
          'query ($from: String!, $to: String!) { consentCounts(from: $from, to: $to, interval: MONTH) { purposeName periodStart granted refused withdrawn } }',
        ),
        { from: '2026-01-01', to: today },
      )
    ).consentCounts;
    expect(counts).toEqual([
      { purposeName: 'Analytics', periodStart: `${today.slice(0, 7)}-01`, granted: 1, refused: 0, withdrawn: 1 },
      {
        purposeName: 'Targeted advertising',
        periodStart: `${today.slice(0, 7)}-01`,
        granted: 0,
        refused: 1,
        withdrawn: 0,
      },
    ]);
    await expect(
      viewer.gql(graphql('{ consentCounts(from: "2026-02-01", to: "2026-01-01") { granted } }')),
    ).rejects.toHaveCode('BAD_USER_INPUT');
    await expect(
      viewer.gql(graphql('{ consentCounts(from: "2020-01-01", to: "2026-01-01") { granted } }')),
    ).rejects.toHaveCode('BAD_USER_INPUT');
  });

  it("keeps events append-only for the application role, and each tenant's subjects apart", async () => {
    const { tenant, analytics } = await consentTenant();
    const other = await consentTenant();
    const body = (t: ConsentTenant) => ({
      subjectId: 'same-person',
      granted: [t === other ? other.analytics : analytics],
      method: 'BANNER',
      noticeText: 'x',
      idempotencyKey: key(),
    });
    expect((await post(tenant.slug, body({ tenant, analytics } as ConsentTenant))).status).toBe(201);
    expect((await post(other.tenant.slug, body(other))).status).toBe(201);
    const a = (await tenant.admin.gql(SUBJECT, { s: 'same-person' })).consentSubject;
    const b = (await other.tenant.admin.gql(SUBJECT, { s: 'same-person' })).consentSubject;
    // A key per tenant: the same person cannot be linked across tenants by their hash.
    expect(a.subjectHash).not.toBe(b.subjectHash);
    expect(a.history.totalCount).toBe(1);

    const ds = await testDataSource();
    for (const sql of [
      'UPDATE consent_events SET gpc = true',
      'DELETE FROM consent_events',
      'UPDATE consent_decisions SET choice = $$GRANTED$$',
      'DELETE FROM consent_decisions',
      'DELETE FROM consent_notices',
    ]) {
      await expect(inTransaction(ds, { tenantId: tenant.id }, (tx) => tx.manager.query(sql))).rejects.toThrow(
        /permission denied/,
      );
    }
  });

  it("shows each client's recent consent activity on the agency's tenant list, in one request", async () => {
    const busy = await consentTenant();
    const agency = busy.tenant.agency;
    const quiet = await agency.tenant();
    const answers = [
      { granted: [busy.analytics], refused: [busy.ads] },
      { granted: [busy.analytics, busy.ads] },
      { withdrawn: [busy.analytics] },
    ];
    for (const answer of answers) {
      const res = await post(busy.tenant.slug, {
        subjectId: `s-${randomUUID()}`,
        method: 'BANNER',
        noticeText: 'Measure visits?',
        idempotencyKey: key(),
        ...answer,
      });
      expect(res.status).toBe(201);
    }
    const ACTIVITY = graphql(
      `query ($days: Int!) { tenants(first: 100) { edges { node { id consentActivity(days: $days) { days events granted refused withdrawn lastRecordedAt } } } } }`,
    );
    const activity = new Map<string, any>(
      (await agency.owner.gql(ACTIVITY, { days: 30 })).tenants.edges.map((e: any) => [
        e.node.id,
        e.node.consentActivity,
      ]),
    );
    expect(activity.get(busy.tenant.id)).toMatchObject({ days: 30, events: 3, granted: 3, refused: 1, withdrawn: 1 });
    expect(Date.now() - Date.parse(activity.get(busy.tenant.id).lastRecordedAt)).toBeLessThan(60_000);
    expect(activity.get(quiet.id)).toEqual({
      days: 30,
      events: 0,
      granted: 0,
      refused: 0,
      withdrawn: 0,
      lastRecordedAt: null,
    });
    // The tenant's own counts say the same.
    const today = new Date().toISOString().slice(0, 10);
    const counts = (
      await busy.tenant.admin.gql(
        graphql('query ($d: String!) { consentCounts(from: $d, to: $d, interval: DAY) { granted refused withdrawn } }'),
        { d: today },
      )
    ).consentCounts;
    const sum = (k: string) => counts.reduce((n: number, c: any) => n + c[k], 0);
    expect([sum('granted'), sum('refused'), sum('withdrawn')]).toEqual([3, 1, 1]);

    const refused = await agency.owner.raw(ACTIVITY, { days: 0 });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the notice describes the live version: a draft change shows only once it is published', async () => {
    const { tenant, analytics } = await consentTenant();
    const UPDATE = graphql(
      `mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename ... on ValidationFailed { problems { path code } } } }`,
    );
    expect(
      (await tenant.admin.gql(UPDATE, { input: { id: analytics, name: 'Visit statistics' } })).updatePurpose,
    ).toMatchObject({ __typename: 'Purpose' });
    const notice = async () =>
      (await (await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice`)).json()) as any;
    const live = await notice();
    expect(live).toMatchObject({ policyVersion: 1, language: 'en' });
    expect(live.purposes[0]).toMatchObject({ id: analytics, name: 'Analytics' });
    expect(live.text).not.toContain('Visit statistics');

    const today = new Date().toISOString().slice(0, 10);
    expect(await publish(tenant.admin, 'Renamed a purpose', today)).toMatchObject({ version: 2, isLive: true });
    const published = await notice();
    expect(published.policyVersion).toBe(2);
    expect(published.purposes).toContainEqual(expect.objectContaining({ id: analytics, name: 'Visit statistics' }));
    expect(published.text).toContain('- Visit statistics: measuring visits to improve the site');
  });

  it("gives the notice in the visitor's language among the published ones, and a German notice's hash keeps its words", async () => {
    const tenant = await (await seed.agency()).tenant();
    const { analytics, ads } = await makeConsentReady(tenant, tenant.admin, { languages: ['DE'] });
    const notice = async (query = '', headers: Record<string, string> = {}) => {
      const res = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice${query}`, { headers });
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(res.headers.get('content-language')).toBe(body.language);
      expect(res.headers.get('vary')).toMatch(/Origin.*Accept-Language/);
      expect(body.hash).toBe(sha(body.text));
      return body;
    };

    const german = await notice('?lang=de');
    expect(german).toMatchObject({
      language: 'de',
      policyVersion: 1,
      policyUrl: expect.stringMatching(new RegExp(`/p/${tenant.slug}/privacy/v/1\\?lang=de$`)),
      purposes: [
        { id: analytics, name: '[de] Analytics', description: '[de] measuring visits to improve the site' },
        { id: ads, name: '[de] Targeted advertising', kind: 'CONSENT' },
      ],
    });
    expect(german.text).toContain('bittet um Ihre Einwilligung, Ihre personenbezogenen Daten');
    expect(german.text).toContain('- [de] Analytics: [de] measuring visits to improve the site\n');
    expect(german.text).toContain('\n- [de] Targeted advertising\n');
    expect(german.text).toContain('Sie können Ihre Einwilligung jederzeit widerrufen');
    expect(german.text).toMatch(/Datenschutzerklärung \(Version 1\): \S+\/privacy\/v\/1\?lang=de$/);
    expect(german.text).not.toMatch(/asks for your consent|\[en\]/);

    // By the browser's languages, the same words; otherwise English.
    expect((await notice('', { 'accept-language': 'de-CH, fr;q=0.9, en;q=0.5' })).text).toBe(german.text);
    const english = await notice();
    expect(english).toMatchObject({
      language: 'en',
      purposes: [{ name: 'Analytics' }, { name: 'Targeted advertising' }],
    });
    expect(english.text).toContain(
      'asks for your consent to use your personal data for:\n- Analytics: measuring visits',
    );
    expect(english.text).toContain('/privacy/v/1?lang=en');
    expect(await notice('?lang=en', { 'accept-language': 'de' })).toEqual(english);
    // Never a language the tenant does not publish: French, Spanish or Italian asked for get the default.
    for (const [query, headers] of [
      ['?lang=fr', {}],
      ['', { 'accept-language': 'fr-FR, es;q=0.8, it;q=0.7' }],
      ['?lang=xx', { 'accept-language': 'it' }],
    ] as const) {
      expect((await notice(query, headers)).language).toBe('en');
    }

    // A banner that showed the German notice sends only its hash: the proof has the German words.
    const recorded = await post(tenant.slug, {
      subjectId: 'besucher-1',
      granted: [analytics],
      method: 'BANNER',
      noticeHash: german.hash,
      language: 'de',
      idempotencyKey: key(),
    });
    expect(recorded.status).toBe(201);
    expect(await recorded.json()).toMatchObject({ noticeHash: german.hash });
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'besucher-1' });
    expect((consentSubject.proof.events as unknown[])[0]).toMatchObject({
      notice: { sha256: german.hash, text: german.text },
      decisions: [{ purposeName: 'Analytics', choice: 'GRANTED' }],
    });
    // The English one resolves as well.
    const res = await post(tenant.slug, {
      subjectId: 'visitor-1',
      granted: [analytics],
      method: 'BANNER',
      noticeHash: english.hash,
      idempotencyKey: key(),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as any;
    expect((await tenant.admin.gql(GET_EVENT, { id })).consentEvent.noticeText).toBe(english.text);
  });

  it('refuses a notice hash the tenant never showed, on the public endpoint and through recordConsent, and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { analytics } = await makeConsentReady(tenant, tenant.admin, { languages: ['DE'] });
    const ds = await testDataSource();
    const written = async () => {
      const [row] = await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
        tx.manager.query(
          `SELECT (SELECT count(*)::int FROM consent_events) AS events,
                  (SELECT count(*)::int FROM consent_decisions) AS decisions,
                  (SELECT count(*)::int FROM consent_notices) AS notices`,
        ),
      );
      return row as { events: number; decisions: number; notices: number };
    };
    const answer = <T extends object>(extra: T) => ({
      subjectId: 'visitor-1',
      granted: [analytics],
      method: 'BANNER' as 'BANNER' | 'API' | 'IMPORT',
      idempotencyKey: key(),
      ...('method' in extra && extra.method === 'IMPORT'
        ? { givenAt: '2025-01-01T00:00:00Z', evidenceSource: 'Old banner log' }
        : {}),
      ...extra,
    });

    // Words a website wrote itself are kept with the event: their hash is a notice the tenant showed.
    const own = 'We would like to measure visits.';
    expect((await post(tenant.slug, answer({ noticeText: own }))).status).toBe(201);
    const before = await written();
    expect(before).toEqual({ events: 1, decisions: 1, notices: 1 });

    const madeUp = sha('a banner this organisation never showed');
    const refused = await post(tenant.slug, answer({ noticeHash: madeUp }));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        problems: [{ path: 'noticeHash', code: 'UNKNOWN_REFERENCE', message: expect.stringContaining('noticeText') }],
      },
    });
    // The same rule through GraphQL, for integrators and imports alike: a typed ValidationFailed.
    for (const method of ['API', 'IMPORT'] as const) {
      const { recordConsent } = await tenant.admin.gql(RECORD, { input: answer({ method, noticeHash: madeUp }) });
      expect(recordConsent).toMatchObject({
        __typename: 'ValidationFailed',
        message: expect.stringContaining('noticeText'),
        problems: [{ path: 'noticeHash', code: 'UNKNOWN_REFERENCE' }],
      });
    }
    expect(await written()).toEqual(before);

    // The words instead, or with their hash, are recorded as before.
    const shown = 'Analytics cookies: may we?';
    expect((await post(tenant.slug, answer({ noticeText: shown }))).status).toBe(201);
    const imported = await tenant.admin.gql(RECORD, {
      input: answer({ method: 'IMPORT', noticeText: 'Imported banner text', noticeHash: sha('Imported banner text') }),
    });
    expect(imported.recordConsent.__typename).toBe('ConsentRecorded');
    // A stored notice's hash alone, and the live German notice's, still resolve to their words.
    const german = (await (await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice?lang=de`)).json()) as any;
    expect(german.language).toBe('de');
    for (const [noticeHash, text] of [
      [sha(own), own],
      [german.hash, german.text],
    ] as const) {
      const res = await post(tenant.slug, answer({ noticeHash }));
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as any;
      expect((await tenant.admin.gql(GET_EVENT, { id })).consentEvent.noticeText).toBe(text);
    }
    const { recordConsent } = await tenant.admin.gql(RECORD, {
      input: answer({ method: 'IMPORT', noticeHash: sha(shown) }),
    });
    expect(recordConsent).toMatchObject({ __typename: 'ConsentRecorded', event: { noticeText: shown } });
    // Three notices more (two texts sent, the German one resolved), five events more.
    expect(await written()).toEqual({ events: 6, decisions: 6, notices: 4 });
  });

  it('names, for each purpose, the data categories it uses and their recipients, in each published language', async () => {
    const tenant = await (await seed.agency()).tenant();
    // Every purpose covers the tenant's data category and its processor as well.
    const { analytics, ads } = await makeConsentReady(tenant, tenant.admin, { languages: ['DE'], adoptExisting: true });
    const notice = async (lang: string) => {
      const body = (await (
        await fetch(`${inject('apiUrl')}/p/${tenant.slug}/consents/notice?lang=${lang}`)
      ).json()) as any;
      expect(body.language).toBe(lang);
      expect(body.hash).toBe(sha(body.text));
      return body;
    };

    const english = await notice('en');
    expect(english.purposes).toEqual([
      expect.objectContaining({
        id: analytics,
        dataCategories: ['Contact details'],
        recipients: ['Amazon Web Services'],
      }),
      expect.objectContaining({ id: ads, dataCategories: ['Contact details'], recipients: ['Amazon Web Services'] }),
    ]);
    expect(english.text).toContain(
      [
        '- Analytics: measuring visits to improve the site',
        '  Categories of personal data concerned: Contact details',
        '  Recipients (third parties) to whom the data are disclosed for this purpose: Amazon Web Services',
        '- Targeted advertising',
        '  Categories of personal data concerned: Contact details',
        '  Recipients (third parties) to whom the data are disclosed for this purpose: Amazon Web Services',
      ].join('\n'),
    );

    const german = await notice('de');
    const [category] = german.purposes[0].dataCategories;
    const [recipient] = german.purposes[0].recipients;
    expect(category).toBe('[de] Contact details');
    expect(recipient).toMatch(/Amazon Web Services$/);
    expect(german.purposes[1]).toMatchObject({ dataCategories: [category], recipients: [recipient] });
    expect(german.text).toContain(
      [
        '- [de] Analytics: [de] measuring visits to improve the site',
        `  Betroffene Kategorien personenbezogener Daten: ${category}`,
        `  Empfänger (Dritte), denen die Daten für diesen Zweck offengelegt werden: ${recipient}`,
        '- [de] Targeted advertising',
      ].join('\n'),
    );
    expect(german.text).not.toMatch(/Categories of personal data|Recipients \(third parties\)/);
  });
});
