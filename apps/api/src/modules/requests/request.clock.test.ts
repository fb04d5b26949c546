import { describe, expect, inject, it } from 'vitest';
import { calendarDateIn } from '@noticeboard/domain';
import type { Client } from '../../test/client.js';
import { inTransaction } from '../../db/request-transaction.js';
import { seed, testDataSource, type TenantInput, type TenantSeed } from '../../test/seed.js';
import { graphql, having, narrow, type VariablesOf } from '../../test/graphql.js';

/**
 * The request clock as the law counts it, from outside: staff record when things were asked and arrived, and
 * the due date follows each regime's rule (UK GDPR Art. 12A's restart and stop-the-clock, the EU's period from
 * receipt, CCPA opt-outs without verification, merging duplicates, dating in the controller's zone).
 */
const REQUEST = graphql(`fragment ClockRequest on DataSubjectRequest {
  id reference state dueOn lawDueOn clockStartsOn canExtend extended extensionGround availableActions passedOnAt
  mergedIntoId statutory outcome verificationMethod receivedAt
  clock { state waitingFor since pausedDays citation waits { wait requestedOn receivedOn } } }`);
const RESULT = graphql(
  `fragment ClockResult on DataSubjectRequestResult {
  __typename ... on DataSubjectRequest { ...ClockRequest } ... on ValidationFailed { message problems { path code message } } }`,
  [REQUEST],
);
const CREATE = graphql(
  `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const ASK_IDENTITY = graphql(
  `mutation ($input: RequestIdentityProofInput!) { requestIdentityProof(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const CONFIRM_IDENTITY = graphql(
  `mutation ($input: ConfirmRequestIdentityInput!) { confirmRequestIdentity(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const PAUSE = graphql(
  `mutation ($input: PauseRequestClockInput!) { pauseRequestClock(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const RESUME = graphql(
  `mutation ($input: ResumeRequestClockInput!) { resumeRequestClock(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const EXTEND = graphql(
  `mutation ($input: ExtendRequestDeadlineInput!) { extendRequestDeadline(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const PASSED_ON = graphql(
  `mutation ($input: RecordOptOutPassedOnInput!) { recordOptOutPassedOn(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const COMPLETE = graphql(
  `mutation ($input: CompleteRequestInput!) { completeRequest(input: $input) { ...ClockResult } }`,
  [RESULT],
);
const REFUSE = graphql(`mutation ($input: RefuseRequestInput!) { refuseRequest(input: $input) { ...ClockResult } }`, [
  RESULT,
]);
const MERGE = graphql(`mutation ($input: MergeRequestInput!) { mergeRequest(input: $input) { ...ClockResult } }`, [
  RESULT,
]);
const HISTORY = graphql(
  `query ($id: ID!) { dataSubjectRequest(id: $id) { events(first: 50) { edges { node { action reason details } } } } }`,
);
const OUTBOX = graphql(`{ emailOutbox(first: 50) { edges { node { kind to subject textBody } } } }`);
const SETTINGS = graphql(`{ requestSettings { timeZone timeZoneSource } }`);

async function tenantUnder(
  jurisdictions: TenantInput['jurisdictions'],
  input: Partial<TenantInput> = {},
  requestTimeZone: string | null = 'UTC',
): Promise<TenantSeed> {
  return (await seed.agency()).tenant({ jurisdictions, ...input }, { requestTimeZone });
}

type CreateInput = VariablesOf<typeof CREATE>['input'];
async function create(client: Client, input: Partial<CreateInput> & Pick<CreateInput, 'type'>) {
  const result = (
    await client.gql(CREATE, {
      input: { requesterName: 'Ada Lovelace', email: 'ada@example.test', skipConfirmationReason: 'by phone', ...input },
    })
  ).createDataSubjectRequest;
  return narrow(result, 'DataSubjectRequest');
}
const refusal = (result: { __typename: string }) =>
  having(result as any, 'problems').problems.map((p: { path: string; code: string }) => [p.path, p.code]);

const today = () => calendarDateIn(new Date(), 'UTC');
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the request clock as the law counts it', () => {
  it('UK: the month runs from the day the identity information arrived, not from when staff confirmed it', async () => {
    const tenant = await tenantUnder(['UK_GDPR']);
    const r = await create(tenant.admin, { type: 'ACCESS', receivedAt: '2026-01-10T09:00:00Z' });
    const asked = narrow(
      (
        await tenant.admin.gql(ASK_IDENTITY, {
          input: { id: r.id, reason: 'The email address does not match the account', askedOn: '2026-01-12' },
        })
      ).requestIdentityProof,
      'DataSubjectRequest',
    );
    expect(asked).toMatchObject({
      state: 'VERIFYING',
      clock: { state: 'NOT_STARTED', waitingFor: 'IDENTITY', since: '2026-01-12' },
    });
    // The requester is told what is needed, and that the month starts when it arrives.
    const mail = (await tenant.admin.gql(OUTBOX)).emailOutbox.edges
      .map((e: any) => e.node)
      .find((m: any) => m.subject.startsWith('We need to confirm your identity'));
    expect(mail.textBody).toContain('The email address does not match the account');
    expect(mail.textBody).toContain('starts when we receive it');

    const future = await tenant.admin.gql(CONFIRM_IDENTITY, {
      input: { id: r.id, reason: 'passport copy', receivedOn: plusDays(today(), 1) },
    });
    expect(refusal(future.confirmRequestIdentity)).toEqual([['receivedOn', 'OUT_OF_RANGE']]);
    const early = await tenant.admin.gql(CONFIRM_IDENTITY, {
      input: { id: r.id, reason: 'passport copy', receivedOn: '2026-01-11' },
    });
    expect(refusal(early.confirmRequestIdentity)).toEqual([['receivedOn', 'OUT_OF_RANGE']]);

    // ID received 20 January, confirmed by staff weeks later: due 20 February, not a month from the confirmation.
    const confirmed = narrow(
      (
        await tenant.admin.gql(CONFIRM_IDENTITY, {
          input: { id: r.id, reason: 'passport copy matched the account', receivedOn: '2026-01-20' },
        })
      ).confirmRequestIdentity,
      'DataSubjectRequest',
    );
    expect(confirmed).toMatchObject({
      state: 'IN_PROGRESS',
      clockStartsOn: '2026-01-20',
      dueOn: '2026-02-20',
      verificationMethod: 'STAFF',
      clock: { state: 'RUNNING', citation: expect.stringContaining('Art. 12A') },
    });
  });

  it('UK: clarification stops the clock and it resumes with the days already run (1 June, 5 June → 15 June: 13 July)', async () => {
    const tenant = await tenantUnder(['UK_GDPR']);
    const r = await create(tenant.admin, { type: 'ACCESS', receivedAt: '2026-06-01T09:00:00Z' });
    expect(r.dueOn).toBe('2026-07-01');
    const paused = narrow(
      (
        await tenant.admin.gql(PAUSE, {
          input: {
            id: r.id,
            waitingFor: 'CLARIFICATION',
            reason: 'Which of your two accounts do you mean?',
            askedOn: '2026-06-05',
          },
        })
      ).pauseRequestClock,
      'DataSubjectRequest',
    );
    expect(paused).toMatchObject({
      clock: { state: 'PAUSED', waitingFor: 'CLARIFICATION', since: '2026-06-05' },
      availableActions: expect.arrayContaining(['RESUME_CLOCK']),
    });
    expect(paused.availableActions).not.toContain('PAUSE_CLOCK');
    const again = await tenant.admin.gql(PAUSE, {
      input: { id: r.id, waitingFor: 'FEE', reason: 'x' },
    });
    expect(refusal(again.pauseRequestClock)).toEqual([['action', 'NOT_ALLOWED']]);

    const resumed = narrow(
      (await tenant.admin.gql(RESUME, { input: { id: r.id, receivedOn: '2026-06-15' } })).resumeRequestClock,
      'DataSubjectRequest',
    );
    expect(resumed).toMatchObject({ dueOn: '2026-07-13', clock: { state: 'RUNNING', pausedDays: 10 } });
    const steps = (await tenant.admin.gql(HISTORY, { id: r.id })).dataSubjectRequest.events.edges.map(
      (e: any) => e.node,
    );
    expect(steps.at(-1)).toMatchObject({
      action: 'RESUME_CLOCK',
      details: { receivedOn: '2026-06-15', previousDueOn: '2026-07-01', dueOn: '2026-07-13' },
    });
    expect(steps.at(-2)).toMatchObject({ action: 'PAUSE_CLOCK', reason: 'Which of your two accounts do you mean?' });
  });

  it('EU: the period runs from receipt whatever is awaited, so the clock is not stopped, and the extension can be taken while identity is checked', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const receivedAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const r = await create(tenant.admin, { type: 'ACCESS', receivedAt });
    const pause = await tenant.admin.gql(PAUSE, { input: { id: r.id, waitingFor: 'CLARIFICATION', reason: 'which?' } });
    expect(refusal(pause.pauseRequestClock)).toEqual([['waitingFor', 'NOT_ALLOWED']]);

    const verifying = narrow(
      (await tenant.admin.gql(ASK_IDENTITY, { input: { id: r.id, reason: 'Two customers share this name' } }))
        .requestIdentityProof,
      'DataSubjectRequest',
    );
    expect(verifying).toMatchObject({ state: 'VERIFYING', dueOn: r.dueOn, clock: { state: 'RUNNING' } });
    expect(verifying.availableActions).toContain('EXTEND');
    const extended = narrow(
      (await tenant.admin.gql(EXTEND, { input: { id: r.id, reason: 'Records in three archived systems' } }))
        .extendRequestDeadline,
      'DataSubjectRequest',
    );
    expect(extended).toMatchObject({ state: 'VERIFYING', extended: true, extensionGround: 'GENERAL' });
    expect(extended.dueOn > r.dueOn).toBe(true);
  });

  it('PIPEDA: the extension for conversion into an alternative format, to a date staff name', async () => {
    const tenant = await tenantUnder(['PIPEDA']);
    const r = await create(tenant.admin, {
      type: 'ACCESS',
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const noDate = await tenant.admin.gql(EXTEND, {
      input: { id: r.id, reason: 'Braille edition requested', ground: 'ALTERNATIVE_FORMAT' },
    });
    expect(refusal(noDate.extendRequestDeadline)).toEqual([['newDueOn', 'REQUIRED']]);
    const newDueOn = plusDays(r.dueOn, 40);
    const extended = narrow(
      (
        await tenant.admin.gql(EXTEND, {
          input: { id: r.id, reason: 'Braille edition requested', ground: 'ALTERNATIVE_FORMAT', newDueOn },
        })
      ).extendRequestDeadline,
      'DataSubjectRequest',
    );
    expect(extended).toMatchObject({ dueOn: newDueOn, extensionGround: 'ALTERNATIVE_FORMAT' });
  });

  it.each(['OPT_OUT_SALE_SHARING', 'LIMIT_SENSITIVE_USE'] as const)(
    'CCPA %s: no verification, refused only for documented fraud, completed only once passed on',
    async (type) => {
      const tenant = await tenantUnder(['CCPA_CPRA']);
      const r = await create(tenant.admin, { type, skipConfirmationReason: null });
      expect(r).toMatchObject({ state: 'IN_PROGRESS', verificationMethod: 'NOT_REQUIRED' });
      expect(r.availableActions).not.toContain('REQUEST_IDENTITY');
      const ask = await tenant.admin.gql(ASK_IDENTITY, { input: { id: r.id, reason: 'who are you?' } });
      expect(refusal(ask.requestIdentityProof)).toEqual([['action', 'NOT_ALLOWED']]);
      const byIdentity = await tenant.admin.gql(REFUSE, {
        input: { id: r.id, ground: 'IDENTITY_NOT_VERIFIED', reason: 'not verified' },
      });
      expect(refusal(byIdentity.refuseRequest)).toEqual([['refusalGround', 'NOT_ALLOWED']]);
      const early = await tenant.admin.gql(COMPLETE, { input: { id: r.id, outcome: 'Opted out' } });
      expect(refusal(early.completeRequest)).toEqual([['action', 'NOT_ALLOWED']]);

      const noted = narrow(
        (
          await tenant.admin.gql(PASSED_ON, {
            input: { id: r.id, note: 'AdPartner Inc. and DataBroker LLC told by their opt-out APIs' },
          })
        ).recordOptOutPassedOn,
        'DataSubjectRequest',
      );
      expect(noted.passedOnAt).not.toBeNull();
      const done = narrow(
        (await tenant.admin.gql(COMPLETE, { input: { id: r.id, outcome: 'Opted out' } })).completeRequest,
        'DataSubjectRequest',
      );
      expect(done.state).toBe('COMPLETED');
      if (type === 'LIMIT_SENSITIVE_USE') expect(r.dueOn > r.receivedAt.slice(0, 10)).toBe(true);
    },
  );

  it('CCPA: an opt-out may be refused for a documented good-faith belief of fraud', async () => {
    const tenant = await tenantUnder(['CCPA_CPRA']);
    const r = await create(tenant.admin, { type: 'OPT_OUT_SALE_SHARING', skipConfirmationReason: null });
    const refused = narrow(
      (
        await tenant.admin.gql(REFUSE, {
          input: {
            id: r.id,
            ground: 'FRAUD_SUSPECTED',
            reason: '400 opt-outs from one address in a minute, each for another customer',
          },
        })
      ).refuseRequest,
      'DataSubjectRequest',
    );
    expect(refused.state).toBe('REFUSED');
  });

  it('merges a duplicate into its original without writing to the requester, and says so in both histories', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const original = await create(tenant.admin, { type: 'ACCESS' });
    const duplicate = await create(tenant.admin, { type: 'ACCESS' });
    const outboxSize = async () => (await tenant.admin.gql(OUTBOX)).emailOutbox.edges.length;
    const before = await outboxSize();
    const self = await tenant.admin.gql(MERGE, { input: { id: duplicate.id, intoId: duplicate.id } });
    expect(refusal(self.mergeRequest)).toEqual([['intoId', 'INCONSISTENT']]);
    const unknown = await tenant.admin.gql(MERGE, {
      input: { id: duplicate.id, intoId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(refusal(unknown.mergeRequest)).toEqual([['intoId', 'UNKNOWN_REFERENCE']]);
    const other = await tenantUnder(['EU_GDPR']);
    const elsewhere = await create(other.admin, { type: 'ACCESS' });
    const crossTenant = await tenant.admin.gql(MERGE, { input: { id: duplicate.id, intoId: elsewhere.id } });
    expect(refusal(crossTenant.mergeRequest)).toEqual([['intoId', 'UNKNOWN_REFERENCE']]);

    const merged = narrow(
      (await tenant.admin.gql(MERGE, { input: { id: duplicate.id, intoId: original.id } })).mergeRequest,
      'DataSubjectRequest',
    );
    expect(merged).toMatchObject({
      state: 'MERGED',
      mergedIntoId: original.id,
      availableActions: [],
      outcome: `Duplicate of ${original.reference}`,
    });
    expect(await outboxSize()).toBe(before);
    const originalSteps = (await tenant.admin.gql(HISTORY, { id: original.id })).dataSubjectRequest.events.edges.map(
      (e: any) => e.node,
    );
    expect(originalSteps.at(-1)).toMatchObject({ action: 'MERGED_IN', details: { duplicate: duplicate.reference } });
    const into = await tenant.admin.gql(MERGE, { input: { id: original.id, intoId: duplicate.id } });
    expect(refusal(into.mergeRequest)).toEqual([['intoId', 'NOT_ALLOWED']]);
  });

  it('dates a request in the controller’s zone: from the settings, else the address, else it asks first', async () => {
    // 17:00 in California on 5 January is 01:00 UTC on 6 January.
    const californian = await tenantUnder(
      ['CCPA_CPRA'],
      {
        offices: [
          {
            label: 'HQ',
            registered: true,
            address: { streetAddress: '1 Market St', locality: 'San Francisco', region: 'California', country: 'US' },
          },
        ],
      },
      null,
    );
    expect((await californian.admin.gql(SETTINGS)).requestSettings).toEqual({
      timeZone: 'America/Los_Angeles',
      timeZoneSource: 'ADDRESS',
    });
    const r = await create(californian.admin, { type: 'ACCESS', receivedAt: '2026-01-06T01:00:00Z' });
    expect([r.receivedAt, r.dueOn]).toEqual(['2026-01-06T01:00:00.000Z', '2026-02-19']);

    // A US company without a state: the zone is unknown, so requests are refused until it is set.
    const unknown = await tenantUnder(
      ['CCPA_CPRA'],
      {
        offices: [
          {
            label: 'HQ',
            registered: true,
            address: { streetAddress: '1 Main St', locality: 'Springfield', country: 'US' },
          },
        ],
      },
      null,
    );
    expect((await unknown.admin.gql(SETTINGS)).requestSettings).toEqual({ timeZone: null, timeZoneSource: null });
    const refused = (
      await unknown.admin.gql(CREATE, {
        input: { type: 'ACCESS', requesterName: 'Ada', email: 'ada@example.test' },
      })
    ).createDataSubjectRequest;
    expect(refusal(refused)).toEqual([['timeZone', 'REQUIRED']]);
    const form = await fetch(`${inject('apiUrl')}/p/${unknown.slug}/requests/new`);
    expect(form.status).toBe(503);
    expect(await form.text()).toContain('cannot take requests through this form yet');
    const json = await fetch(`${inject('apiUrl')}/p/${unknown.slug}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'ACCESS', requesterName: 'Ada', email: 'ada@example.test' }),
    });
    expect(json.status).toBe(503);
    expect(((await json.json()) as any).error.code).toBe('REQUESTS_NOT_SET_UP');
  });

  it('a request stored before the clock was modelled (no clock in its deadline) is read and moved like any other', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const r = await create(tenant.admin, {
      type: 'ACCESS',
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await inTransaction(await testDataSource(), { tenantId: tenant.id }, (tx) =>
      tx.manager.query(
        `UPDATE data_subject_requests SET deadline = deadline - 'clock' - 'statutory' - 'alternativeFormatExtension' WHERE id = $1`,
        [r.id],
      ),
    );
    const read = (
      await tenant.admin.gql(
        graphql(`query ($id: ID!) { dataSubjectRequest(id: $id) { ...ClockRequest } }`, [REQUEST]),
        { id: r.id },
      )
    ).dataSubjectRequest;
    expect(read).toMatchObject({ clock: { state: 'RUNNING', pausedDays: 0 }, statutory: true, canExtend: true });
    const extended = narrow(
      (await tenant.admin.gql(EXTEND, { input: { id: r.id, reason: 'Several systems to search' } }))
        .extendRequestDeadline,
      'DataSubjectRequest',
    );
    expect(extended.extended).toBe(true);
  });

  it('the blank form may be shown again from the browser cache (same one-time token); every answer to a submission is no-store', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const form = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new`);
    expect(form.headers.get('cache-control')).toBe('private, no-cache');
    const sent = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        type: 'ACCESS',
        jurisdiction: 'EU_GDPR',
        requesterName: 'A',
        email: 'a@example.test',
      }),
    });
    expect(sent.status).toBe(201);
    expect(sent.headers.get('cache-control')).toBe('no-store');
  });
});
