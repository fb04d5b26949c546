import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '@noticeboard/domain';
import { inTransaction } from '../../db/request-transaction.js';
import type { Client } from '../../test/client.js';
import { eventually } from '../../test/eventually.js';
import { seed, testDataSource, type TenantInput, type TenantSeed } from '../../test/seed.js';
import { graphql, having, narrow, type VariablesOf } from '../../test/graphql.js';
import { publishIn } from '../../test/policy-fixture.js';

const REQUEST = graphql(`fragment RequestFields on DataSubjectRequest {
  id reference type jurisdiction state source requesterName requesterEmail receivedAt clockStartsOn dueOn lawDueOn promisedDueOn
  acknowledgeBy extensionDueOn canExtend extensionGrounds extensionNoticeBy extensionGround extended extensionReason isOverdue daysLeft overdueSince
  verifiedAt verificationMethod emailConfirmedAt passedOnAt mergedIntoId statutory closedAt outcome
  clock { state waitingFor since pausedDays citation waits { wait requestedOn receivedOn } }
  availableActions rule { citation description } tenant { id legalName slug } }`);
const RESULT = graphql(
  `fragment RequestResultFields on DataSubjectRequestResult {
  __typename ... on DataSubjectRequest { ...RequestFields } ... on ValidationFailed { message problems { path code message } } }`,
  [REQUEST],
);
const CREATE = graphql(
  `mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { ...RequestResultFields } }`,
  [RESULT],
);
const GET = graphql(
  `query ($id: ID!) { dataSubjectRequest(id: $id) { ...RequestFields events(first: 50) { edges { node { action fromState toState actorKind actorName reason details } } } } }`,
  [REQUEST],
);
const OUTBOX = graphql(`{ emailOutbox(first: 50) { edges { node { kind to subject textBody } } } }`);

const EXTEND = graphql(
  `mutation ($input: ExtendRequestDeadlineInput!) { extendRequestDeadline(input: $input) { ...RequestResultFields } }`,
  [RESULT],
);
const REFUSE = graphql(
  `mutation ($input: RefuseRequestInput!) { refuseRequest(input: $input) { ...RequestResultFields } }`,
  [RESULT],
);
const COMPLETE = graphql(
  `mutation ($input: CompleteRequestInput!) { completeRequest(input: $input) { ...RequestResultFields } }`,
  [RESULT],
);
const NOTE = graphql(
  `mutation ($input: AddRequestNoteInput!) { addRequestNote(input: $input) { ...RequestResultFields } }`,
  [RESULT],
);
const RESEND = graphql(`mutation ($id: ID!) { resendRequestVerification(id: $id) { ...RequestResultFields } }`, [
  RESULT,
]);

async function tenantUnder(jurisdictions: TenantInput['jurisdictions']): Promise<TenantSeed> {
  const agency = await seed.agency();
  return agency.tenant({ jurisdictions });
}

type CreateInput = VariablesOf<typeof CREATE>['input'];

/** Creates a request as staff do, for Ada unless said otherwise: the request, or the refusal. */
async function submit(client: Client, input: Omit<CreateInput, 'requesterName' | 'email'> & Partial<CreateInput>) {
  return (await client.gql(CREATE, { input: { requesterName: 'Ada Lovelace', email: 'ada@example.test', ...input } }))
    .createDataSubjectRequest;
}

/** A request created as staff do, for Ada unless said otherwise; fails on a refusal. */
async function create(client: Client, input: Parameters<typeof submit>[1]) {
  return narrow(await submit(client, input), 'DataSubjectRequest');
}

async function outbox(tenant: TenantSeed): Promise<{ kind: string; to: string; subject: string; textBody: string }[]> {
  return (await tenant.admin.gql(OUTBOX)).emailOutbox.edges.map((e: any) => e.node);
}

function post(path: string, body: string | object, contentType = 'application/json') {
  return fetch(`${inject('apiUrl')}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body:
      typeof body === 'string'
        ? body
        : contentType === 'application/json'
          ? JSON.stringify(body)
          : new URLSearchParams(body as Record<string, string>).toString(),
    redirect: 'manual',
  });
}

describe('data-subject requests', () => {
  it('a UK GDPR request received on 31 January 2026 is due on Monday 2 March (ICO rule: no 31 February, 28 February is a Saturday)', async () => {
    const tenant = await tenantUnder(['UK_GDPR']);
    const r = await create(tenant.admin, {
      type: 'ACCESS',
      receivedAt: '2026-01-31T10:00:00Z',
      skipConfirmationReason: 'signed in to their account when asking',
    });
    expect(r).toMatchObject({
      __typename: 'DataSubjectRequest',
      jurisdiction: 'UK_GDPR',
      state: 'IN_PROGRESS',
      source: 'PORTAL',
      clockStartsOn: '2026-01-31',
      dueOn: '2026-03-02',
      lawDueOn: '2026-03-02',
      extensionDueOn: '2026-04-30',
      canExtend: true,
      verificationMethod: 'SKIPPED',
      rule: { citation: expect.stringContaining('12(3)') },
    });
    expect(r.reference).toMatch(/^R-[0-9A-Z]{8}$/);
    // The due date has passed (today is later than March 2026 in this test run), so it shows as overdue.
    expect(r.isOverdue).toBe(new Date() > new Date('2026-03-03T00:00:00Z'));
  });

  it('takes a request through the public form, verifies it by the emailed link, and records every step', async () => {
    const tenant = await tenantUnder(['EU_GDPR', 'CCPA_CPRA']);
    const formPage = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new`);
    expect(formPage.status).toBe(200);
    const html = await formPage.text();
    expect(html).toContain('<form method="post"');
    expect(html).toContain('value="OPT_OUT_SALE_SHARING"');
    expect(html).toContain('<label for="email">');
    expect(formPage.headers.get('content-security-policy')).toContain("default-src 'none'");

    const refused = await post(
      `/p/${tenant.slug}/requests`,
      { type: 'ERASURE', jurisdiction: 'EU_GDPR', requesterName: '', email: 'not-an-email' },
      'application/x-www-form-urlencoded',
    );
    expect(refused.status).toBe(422);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('aria-invalid="true"');
    expect(refusedHtml).toContain('class="error"');

    const sent = await post(
      `/p/${tenant.slug}/requests`,
      {
        type: 'ERASURE',
        jurisdiction: 'EU_GDPR',
        requesterName: 'Grace Hopper',
        email: 'Grace@Example.test',
        details: 'Account 42',
      },
      'application/x-www-form-urlencoded',
    );
    expect(sent.status).toBe(201);
    const sentHtml = await sent.text();
    expect(sentHtml).toContain('Request received');

    const list = (
      await tenant.admin.gql(
        graphql(
          `{ dataSubjectRequests(first: 10) { totalCount edges { node { id reference state source requesterName requesterEmail } } } }`,
        ),
      )
    ).dataSubjectRequests;
    expect(list.totalCount).toBe(1);
    const node = list.edges[0]!.node;
    expect(node).toMatchObject({
      state: 'RECEIVED',
      source: 'PUBLIC_FORM',
      requesterName: 'Grace Hopper',
      requesterEmail: 'grace@example.test',
    });

    const mail = (await outbox(tenant)).find((m) => m.kind === 'REQUEST_VERIFICATION')!;
    expect(mail.to).toBe('grace@example.test');
    expect(mail.subject).toContain(node.reference);
    const link = /https?:\/\/\S+\/requests\/verify\?token=([\w-]+)/.exec(mail.textBody)!;
    expect(link).not.toBeNull();

    const bad = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/verify?token=${'x'.repeat(43)}`);
    expect(bad.status).toBe(400);
    const ok = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/verify?token=${link[1]}`);
    expect(ok.status).toBe(200);
    const okHtml = await ok.text();
    expect(okHtml).toContain('confirmed');
    // The confirmation page carries the client's name, like the form.
    expect(okHtml).toMatch(/<p class="organisation">Tenant [^<]+ Ltd<\/p>/);

    const detail = (await tenant.admin.gql(GET, { id: node.id })).dataSubjectRequest;
    // Confirming the email address is not an identity check: nothing about identity is recorded.
    expect(detail).toMatchObject({
      state: 'IN_PROGRESS',
      verificationMethod: null,
      verifiedAt: null,
      availableActions: ['REQUEST_IDENTITY', 'EXTEND', 'COMPLETE', 'REFUSE', 'MERGE'],
    });
    expect(detail.emailConfirmedAt).not.toBeNull();
    expect(detail.events.edges.map((e: any) => [e.node.action, e.node.toState, e.node.actorKind])).toEqual([
      ['RECEIVED', 'RECEIVED', 'REQUESTER'],
      ['SEND_CONFIRMATION', 'RECEIVED', 'SYSTEM'],
      ['CONFIRM_EMAIL', 'IN_PROGRESS', 'REQUESTER'],
    ]);
  });

  it("speaks the requester's language: ?lang=, else the browser's, else the tenant's default; the JSON API stays as it is", async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({
      jurisdictions: ['EU_GDPR'],
      defaultLanguage: 'DE',
      legalName: 'Bäckerei <Schmidt> GmbH',
    });
    await publishIn(tenant, ['EN', 'DE', 'FR']);
    const get = (query = '', headers: Record<string, string> = {}) =>
      fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new${query}`, { headers });
    // The tenant's default when the browser says nothing we have.
    const germanPage = await get('', { 'accept-language': 'ja' });
    expect(germanPage.headers.get('content-language')).toBe('de');
    expect(germanPage.headers.get('vary')).toContain('Accept-Language');
    const german = await germanPage.text();
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('<label for="email">Ihre E-Mail-Adresse</label>');
    expect(german).toContain('<strong>Bäckerei &lt;Schmidt&gt; GmbH</strong>');
    expect(german).toContain('action="/p/' + tenant.slug + '/requests?lang=de"');
    const french = await (await get('', { 'accept-language': 'fr-CH, en;q=0.5' })).text();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain('Envoyer la demande');
    expect(await (await get('?lang=en', { 'accept-language': 'fr' })).text()).toContain('Your email address');

    // A refusal in the language the form was sent in, at the field.
    const refused = await post(
      `/p/${tenant.slug}/requests?lang=fr`,
      { type: 'ERASURE', jurisdiction: 'EU_GDPR', requesterName: '', email: 'not-an-email' },
      'application/x-www-form-urlencoded',
    );
    expect(refused.status).toBe(422);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('<p class="error" id="requesterName-error">Saisissez votre nom.</p>');
    expect(refusedHtml).toContain(
      '<p class="error" id="email-error">Saisissez une adresse e-mail comme nom@example.com.</p>',
    );

    const sent = await post(
      `/p/${tenant.slug}/requests?lang=de`,
      { type: 'ERASURE', jurisdiction: 'EU_GDPR', requesterName: 'Grete', email: 'grete@example.test' },
      'application/x-www-form-urlencoded',
    );
    expect(sent.status).toBe(201);
    const sentHtml = await sent.text();
    expect(sentHtml).toContain('Anfrage eingegangen');
    expect(sentHtml).toMatch(/Wir antworten bis zum <strong>\d{1,2}\. \p{L}+ 20\d\d<\/strong>\./u);
    expect(sentHtml).toContain('action="/p/' + tenant.slug + '/requests/verify?lang=de"');
    // The emails to the requester follow: German, with the confirmation page's language in the link.
    const mail = (await outbox(tenant)).find(
      (m) => m.kind === 'REQUEST_VERIFICATION' && m.to === 'grete@example.test',
    )!;
    expect(mail.subject).toMatch(/^Bitte bestätigen Sie Ihre Anfrage an Bäckerei <Schmidt> GmbH \[R-[0-9A-Z]{8}\]$/);
    expect(mail.textBody).toMatch(/^Guten Tag,\n/); // never the name the requester typed
    expect(mail.textBody).not.toContain('Grete');
    expect(mail.textBody).toContain('Wir haben Ihre Anfrage auf Löschung Ihrer personenbezogenen Daten erhalten.');
    const token = /verify\?token=([\w-]+)&lang=de/.exec(mail.textBody)![1];
    const confirmed = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/verify?token=${token}&lang=de`);
    expect(await confirmed.text()).toContain('Vielen Dank, Ihre Anfrage ist bestätigt');

    const wrong = await post(
      `/p/${tenant.slug}/requests/verify?lang=de`,
      { reference: 'R-00000000', code: '000000' },
      'application/x-www-form-urlencoded',
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Dieser Link oder Code ist nicht gültig.');
    const json = await post(`/p/${tenant.slug}/requests?lang=de`, {
      type: 'ERASURE',
      jurisdiction: 'EU_GDPR',
      requesterName: '',
      email: 'x',
    });
    expect(((await json.json()) as any).error.code).toBe('VALIDATION_FAILED');
    const missing = await fetch(`${inject('apiUrl')}/p/no-such-tenant-${Date.now()}/requests/new?lang=fr`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Organisation introuvable');
  });

  it("speaks only the tenant's published languages: Spanish and Italian once published, never a language it does not publish", async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ jurisdictions: ['EU_GDPR'], defaultLanguage: 'DE', legalName: 'Olivar SL' });
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${inject('apiUrl')}/p/${tenant.slug}${path}`, { headers });
      expect(res.headers.get('vary')).toContain('Accept-Language');
      const html = await res.text();
      expect(html).toContain(`<html lang="${res.headers.get('content-language')}">`);
      return { status: res.status, language: res.headers.get('content-language'), html };
    };

    // Nothing published yet: the tenant's default language only, whatever is asked.
    expect((await page('/requests/new?lang=es', { 'accept-language': 'it, fr' })).language).toBe('de');
    expect((await page('/requests/verify', { 'accept-language': 'es' })).language).toBe('de');

    // Published in Spanish and Italian (not in its default, German): those two, the first when nothing fits.
    await publishIn(tenant, ['ES', 'IT']);
    const spanish = await page('/requests/new?lang=es-MX');
    expect(spanish.language).toBe('es');
    expect(spanish.html).toContain('<label for="email">Su dirección de correo electrónico</label>');
    expect(spanish.html).toContain('Supresión: eliminar datos sobre mí');
    expect(spanish.html).toContain('Enviar solicitud');
    const italian = await page('/requests/new', { 'accept-language': 'de;q=0.9, it-CH;q=0.8, *;q=0.1' });
    expect(italian.language).toBe('it');
    expect(italian.html).toContain('Cancellazione: cancellare i dati che mi riguardano');
    expect(italian.html).toContain('Invia la richiesta');
    for (const asked of [{ query: '?lang=de' }, { query: '?lang=fr' }, { query: '', accept: 'de, en;q=0.5' }]) {
      const shown = await page(`/requests/new${asked.query}`, asked.accept ? { 'accept-language': asked.accept } : {});
      expect(shown.language, JSON.stringify(asked)).toBe('es');
    }

    // A request made in Italian is answered in Italian: the receipt, the email, the confirmation page.
    const sent = await post(
      `/p/${tenant.slug}/requests?lang=it`,
      { type: 'ERASURE', jurisdiction: 'EU_GDPR', requesterName: 'Giulia', email: 'giulia@example.test' },
      'application/x-www-form-urlencoded',
    );
    expect(sent.status).toBe(201);
    expect(sent.headers.get('content-language')).toBe('it');
    expect(await sent.text()).toMatch(/Risponderemo entro il <strong>\d{1,2} \p{L}+ 20\d\d<\/strong>\./u);
    const mail = (await outbox(tenant)).find(
      (m) => m.kind === 'REQUEST_VERIFICATION' && m.to === 'giulia@example.test',
    )!;
    expect(mail.subject).toMatch(/^Confermi la sua richiesta a Olivar SL \[R-[0-9A-Z]{8}\]$/);
    expect(mail.textBody).toMatch(/^Buongiorno,\n/);
    expect(mail.textBody).toContain('Abbiamo ricevuto la sua richiesta di cancellazione dei suoi dati personali.');
    const token = /verify\?token=([\w-]+)&lang=it/.exec(mail.textBody)![1];
    const confirmed = await page(`/requests/verify?token=${token}&lang=it`);
    expect(confirmed.language).toBe('it');
    expect(confirmed.html).toContain('Grazie, la sua richiesta è confermata');
    const wrong = await post(
      `/p/${tenant.slug}/requests/verify?lang=fr`,
      { reference: 'R-00000000', code: '000000' },
      'application/x-www-form-urlencoded',
    );
    expect(wrong.headers.get('content-language')).toBe('es');
    expect(await wrong.text()).toContain('Ese enlace o código no es válido.');
  });

  it('verifies by code over JSON, and locks the code after five wrong tries', async () => {
    const tenant = await tenantUnder(['UK_GDPR']);
    const created = await post(`/p/${tenant.slug}/requests`, {
      type: 'ACCESS',
      requesterName: 'Alan Turing',
      email: 'alan@example.test',
    });
    expect(created.status).toBe(201);
    const body = (await created.json()) as any;
    expect(body).toMatchObject({
      state: 'RECEIVED',
      verification: 'EMAIL_SENT',
      reference: expect.stringMatching(/^R-/),
    });
    const code = /code on the confirmation page: (\d{6})/.exec((await outbox(tenant))[0]!.textBody)![1]!;

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 4; i++) {
      const res = await post(`/p/${tenant.slug}/requests/verify`, { reference: body.reference, code: wrong });
      expect(res.status).toBe(400);
    }
    const fifth = await post(`/p/${tenant.slug}/requests/verify`, { reference: body.reference, code: wrong });
    expect(fifth.status).toBe(429);
    expect((await post(`/p/${tenant.slug}/requests/verify`, { reference: body.reference, code })).status).toBe(429);

    // Staff send a new code; it works.
    const resent = (
      await tenant.admin.gql(RESEND, {
        id: body.id,
      })
    ).resendRequestVerification;
    expect(having(resent, 'state').state).toBe('RECEIVED');
    const mails = (await outbox(tenant)).filter((m) => m.kind === 'REQUEST_VERIFICATION');
    expect(mails).toHaveLength(2);
    const newCode =
      mails.map((m) => /confirmation page: (\d{6})/.exec(m.textBody)![1]!).find((c) => c !== code) ?? code;
    const confirmed = await post(`/p/${tenant.slug}/requests/verify`, {
      reference: body.reference.toLowerCase(),
      code: newCode,
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ state: 'IN_PROGRESS', alreadyConfirmed: false });
    expect((await post(`/p/${tenant.slug}/requests/verify`, { reference: body.reference, code: newCode })).status).toBe(
      200,
    );
  });

  it('extends once with a reason, tells the requester the new date and why', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const r = await create(tenant.admin, {
      type: 'PORTABILITY',
      receivedAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      skipConfirmationReason: 'known customer',
    });
    expect(r).toMatchObject({
      state: 'IN_PROGRESS',
      canExtend: true,
      extensionGrounds: ['GENERAL'],
      extensionNoticeBy: r.lawDueOn,
      availableActions: ['REQUEST_IDENTITY', 'EXTEND', 'COMPLETE', 'REFUSE', 'MERGE'],
    });
    expect(r.extensionDueOn! > r.dueOn).toBe(true);

    const noReason = (
      await tenant.admin.gql(EXTEND, {
        input: { id: r.id, reason: ' ' },
      })
    ).extendRequestDeadline;
    expect(noReason).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'reason', code: 'REQUIRED' }],
    });
    const tooFar = (
      await tenant.admin.gql(EXTEND, {
        input: { id: r.id, reason: 'x', newDueOn: '2099-01-01' },
      })
    ).extendRequestDeadline;
    expect(tooFar).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'newDueOn', code: 'OUT_OF_RANGE' }],
    });

    const extended = (
      await tenant.admin.gql(EXTEND, {
        input: { id: r.id, reason: 'Data spread over three archived systems' },
      })
    ).extendRequestDeadline;
    expect(extended).toMatchObject({
      state: 'IN_PROGRESS',
      extended: true,
      extensionGround: 'GENERAL',
      dueOn: r.extensionDueOn,
      lawDueOn: r.lawDueOn,
      extensionReason: 'Data spread over three archived systems',
      canExtend: false,
      availableActions: ['REQUEST_IDENTITY', 'COMPLETE', 'REFUSE', 'MERGE'],
    });
    const again = (
      await tenant.admin.gql(EXTEND, {
        input: { id: r.id, reason: 'still more' },
      })
    ).extendRequestDeadline;
    expect(again).toMatchObject({ __typename: 'ValidationFailed', problems: [{ code: 'NOT_ALLOWED' }] });
    const told = (await outbox(tenant)).find((m) => m.subject.startsWith('We need more time'))!;
    expect(told.to).toBe('ada@example.test');
    expect(told.textBody).toContain('three archived systems');

    const events = (await tenant.admin.gql(GET, { id: r.id })).dataSubjectRequest.events.edges.map((e: any) => e.node);
    expect(events.at(-1)).toMatchObject({
      action: 'EXTEND',
      fromState: 'IN_PROGRESS',
      toState: 'IN_PROGRESS',
      reason: 'Data spread over three archived systems',
      details: { previousDueOn: r.dueOn, dueOn: r.extensionDueOn },
    });
  });

  it('an LGPD request cannot be extended', async () => {
    const tenant = await tenantUnder(['LGPD']);
    const r = await create(tenant.admin, { type: 'ACCESS', skipConfirmationReason: 'known' });
    expect(r).toMatchObject({
      canExtend: false,
      extensionDueOn: null,
      availableActions: ['REQUEST_IDENTITY', 'COMPLETE', 'REFUSE', 'MERGE'],
    });
    const refused = (
      await tenant.admin.gql(EXTEND, {
        input: { id: r.id, reason: 'busy' },
      })
    ).extendRequestDeadline;
    expect(refused).toMatchObject({ __typename: 'ValidationFailed', problems: [{ code: 'NOT_ALLOWED' }] });
  });

  it('completes and refuses with what the requester is told, and refuses steps that are not possible', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const a = await create(tenant.admin, { type: 'ACCESS', skipConfirmationReason: 'verified in person' });
    const b = await create(tenant.admin, { type: 'ERASURE' });
    expect(b.state).toBe('RECEIVED');

    const refuseWithoutGround = await tenant.admin.gql(REFUSE, {
      input: { id: b.id, ground: 'EXCESSIVE', reason: '' },
    });
    expect(refuseWithoutGround.refuseRequest).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'reason', code: 'REQUIRED' }],
    });
    const completeUnverified = await tenant.admin.gql(COMPLETE, {
      input: { id: b.id, outcome: 'done' },
    });
    expect(completeUnverified.completeRequest).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'action', code: 'NOT_ALLOWED' }],
    });

    const refused = (
      await tenant.admin.gql(REFUSE, {
        input: { id: b.id, ground: 'IDENTITY_NOT_VERIFIED', reason: 'No reply to our request for confirmation' },
      })
    ).refuseRequest;
    expect(refused).toMatchObject({
      state: 'REFUSED',
      outcome: 'No reply to our request for confirmation',
      availableActions: [],
    });
    expect(having(refused, 'closedAt').closedAt).not.toBeNull();

    const completed = (
      await tenant.admin.gql(COMPLETE, {
        input: { id: a.id, outcome: 'Sent a copy of the data by secure link' },
      })
    ).completeRequest;
    expect(completed).toMatchObject({
      state: 'COMPLETED',
      outcome: 'Sent a copy of the data by secure link',
      isOverdue: false,
    });
    const note = (
      await tenant.admin.gql(NOTE, {
        input: { id: a.id, note: 'Requester thanked us' },
      })
    ).addRequestNote;
    expect(note.__typename).toBe('DataSubjectRequest');
    const again = (
      await tenant.admin.gql(REFUSE, {
        input: { id: a.id, ground: 'OTHER', reason: 'x' },
      })
    ).refuseRequest;
    expect(again).toMatchObject({ __typename: 'ValidationFailed', problems: [{ code: 'NOT_ALLOWED' }] });

    const mails = await outbox(tenant);
    expect(
      mails.some((m) => m.subject.startsWith('Your request is complete') && m.textBody.includes('secure link')),
    ).toBe(true);
    expect(mails.some((m) => m.subject.startsWith('We cannot act') && m.textBody.includes('complain'))).toBe(true);

    const history = (await tenant.admin.gql(GET, { id: a.id })).dataSubjectRequest.events.edges.map((e: any) => e.node);
    expect(history.map((e: any) => e.action)).toEqual(['RECEIVED', 'SKIP_CONFIRMATION', 'COMPLETE', 'NOTE']);
    expect(history[1]).toMatchObject({
      actorKind: 'USER',
      reason: 'verified in person',
      actorName: expect.stringContaining('@agency.test'),
    });

    const viewer = await tenant.user('VIEWER');
    expect(
      (
        await viewer.client.gql(
          graphql(
            '{ currentTenant { viewer { canReadRequests canHandleRequests canReadConsents canRecordConsents canReadAudit } } }',
          ),
        )
      ).currentTenant.viewer,
    ).toEqual({
      canReadRequests: true,
      canHandleRequests: false,
      canReadConsents: true,
      canRecordConsents: false,
      canReadAudit: false,
    });
    await expect(viewer.client.gql(NOTE, { input: { id: a.id, note: 'x' } })).rejects.toHaveCode('FORBIDDEN');
    expect((await viewer.client.gql(GET, { id: a.id })).dataSubjectRequest.state).toBe('COMPLETED');
  });

  it('checks each request against the regime and the tenant', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const cases: [Parameters<typeof submit>[1], string, string][] = [
      [{ type: 'OPT_OUT_SALE_SHARING' }, 'type', 'NOT_ALLOWED'],
      [{ type: 'ACCESS', jurisdiction: 'LGPD' }, 'jurisdiction', 'NOT_ALLOWED'],
      [{ type: 'ACCESS', email: 'nope' }, 'email', 'INVALID_FORMAT'],
      [{ type: 'ACCESS', receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'receivedAt', 'OUT_OF_RANGE'],
    ];
    for (const [input, path, code] of cases) {
      const result = await submit(tenant.admin, input);
      expect(result.__typename, JSON.stringify(input)).toBe('ValidationFailed');
      expect(having(result, 'problems').problems).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect(
      (await tenant.admin.gql(graphql('{ dataSubjectRequests { totalCount } }'))).dataSubjectRequests.totalCount,
    ).toBe(0);

    const json = await post(`/p/${tenant.slug}/requests`, { type: 'ACCESS', requesterName: 'X', email: 'bad' });
    expect(json.status).toBe(422);
    expect(((await json.json()) as any).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'email' }],
    });
    expect((await post('/p/no-such-tenant-anywhere/requests', { type: 'ACCESS' })).status).toBe(404);
    expect((await post(`/p/${tenant.slug}/requests`, '{"type":', 'application/json')).status).toBe(400);
  });

  it('a CCPA opt-out is never sent to identity verification, and acknowledgement is due within 10 business days', async () => {
    const tenant = await tenantUnder(['CCPA_CPRA']);
    const optOut = await create(tenant.admin, { type: 'OPT_OUT_SALE_SHARING', receivedAt: '2026-11-02T17:00:00Z' });
    expect(optOut).toMatchObject({ state: 'IN_PROGRESS', verificationMethod: 'NOT_REQUIRED', canExtend: false });
    const access = await create(tenant.admin, { type: 'ACCESS', receivedAt: '2026-11-02T17:00:00Z' });
    expect(access).toMatchObject({
      state: 'RECEIVED',
      dueOn: '2026-12-17',
      acknowledgeBy: expect.stringMatching(/^2026-11-1[67]$/),
    });
  });

  it('a tenant may promise less time than the law, never more', async () => {
    const tenant = await tenantUnder(['EU_GDPR', 'LGPD']);
    const tooLong = (
      await tenant.admin.gql(
        graphql(
          `mutation { updateRequestSettings(input: { promisedDays: 20 }) { __typename ... on ValidationFailed { problems { path code message } } } }`,
        ),
      )
    ).updateRequestSettings;
    expect(tooLong).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [expect.objectContaining({ path: 'promisedDays', code: 'OUT_OF_RANGE' })],
    });
    const badZone = (
      await tenant.admin.gql(
        graphql(
          `mutation { updateRequestSettings(input: { timeZone: "Mars/Olympus" }) { __typename ... on ValidationFailed { problems { path } } } }`,
        ),
      )
    ).updateRequestSettings;
    expect(badZone).toMatchObject({ __typename: 'ValidationFailed', problems: [{ path: 'timeZone' }] });
    const ok = (
      await tenant.admin.gql(
        graphql(
          `mutation { updateRequestSettings(input: { promisedDays: 10, timeZone: "Europe/Berlin", holidayRegion: "DE-BY" }) { __typename ... on RequestSettings { promisedDays timeZone holidayRegion formUrl } } }`,
        ),
      )
    ).updateRequestSettings;
    expect(ok).toMatchObject({
      promisedDays: 10,
      timeZone: 'Europe/Berlin',
      holidayRegion: 'DE-BY',
      formUrl: expect.stringContaining(`/p/${tenant.slug}/requests/new`),
    });
    const r = await create(tenant.admin, {
      type: 'ACCESS',
      jurisdiction: 'EU_GDPR',
      receivedAt: '2026-10-31T23:30:00Z',
      skipConfirmationReason: 'known',
    });
    // 23:30 UTC on 31 October is 1 November in Berlin; ten days later is 11 November, before the law's 1 December.
    expect(r).toMatchObject({
      clockStartsOn: '2026-11-01',
      promisedDueOn: '2026-11-11',
      dueOn: '2026-11-11',
      lawDueOn: '2026-12-01',
    });
  });

  it('flags an overdue request through the queue: history, the tenant told, the webhook announced', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const endpoint = having(
      (
        await tenant.admin.gql(
          graphql(
            `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook", events: [REQUEST_RECEIVED, REQUEST_OVERDUE] }) { ... on WebhookEndpointSecret { endpoint { id } } } }`,
          ),
        )
      ).createWebhookEndpoint,
      'endpoint',
    ).endpoint.id;
    const r = await create(tenant.admin, {
      type: 'ACCESS',
      receivedAt: new Date(Date.now() - 70 * 86_400_000).toISOString(),
      skipConfirmationReason: 'known',
    });
    expect(r.isOverdue).toBe(true);
    const flagged = await eventually(async () => {
      const d = (await tenant.admin.gql(GET, { id: r.id })).dataSubjectRequest;
      return d.overdueSince ? d : null;
    }, 'the overdue job to flag the request');
    expect(flagged.events.edges.map((e: any) => e.node.action)).toContain('OVERDUE');
    const mail = await eventually(
      async () => (await outbox(tenant)).find((m) => m.subject.startsWith('Overdue')),
      'the overdue email',
    );
    expect(mail.to).toBe('privacy@tenant.test');
    const overdueOnly = (await tenant.admin.gql(graphql('{ dataSubjectRequests(overdue: true) { totalCount } }')))
      .dataSubjectRequests.totalCount;
    expect(overdueOnly).toBe(1);
    const announced = await eventually(async () => {
      const deliveries = (
        await tenant.admin.gql(
          graphql(
            `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 10) { edges { node { eventType payload } } } } }`,
          ),
          { id: endpoint },
        )
      ).webhookEndpoint.deliveries.edges.map((e: any) => e.node);
      return deliveries.length === 2 ? deliveries : null;
    }, 'request.received and request.overdue deliveries');
    expect(announced.map((d: any) => d.eventType).sort()).toEqual(['REQUEST_OVERDUE', 'REQUEST_RECEIVED']);
    expect(announced.find((d: any) => d.eventType === 'REQUEST_OVERDUE').payload).toMatchObject({
      type: 'request.overdue',
      tenantId: tenant.id,
      data: { requestId: r.id, reference: r.reference, dueOn: r.dueOn },
    });
  });

  it('the agency inbox lists the requests of every tenant the caller can see, soonest due first', async () => {
    const agency = await seed.agency();
    const [a, b] = await Promise.all([
      agency.tenant({ jurisdictions: ['EU_GDPR'] }),
      agency.tenant({ jurisdictions: ['LGPD'] }),
    ]);
    const ra = await create(a.admin, {
      type: 'ACCESS',
      receivedAt: '2026-11-01T12:00:00Z',
      skipConfirmationReason: 'known',
    });
    const rb = await create(b.admin, {
      type: 'ACCESS',
      receivedAt: '2026-11-01T12:00:00Z',
      skipConfirmationReason: 'known',
    });
    const INBOX = graphql(
      '{ agencyDataSubjectRequests(first: 50) { totalCount edges { node { id dueOn tenant { id legalName } } } } }',
    );
    const inbox = (await agency.owner.gql(INBOX)).agencyDataSubjectRequests;
    expect(inbox.edges.map((e: any) => e.node.id)).toEqual([rb.id, ra.id]);
    expect(inbox.edges[0]?.node).toMatchObject({ dueOn: '2026-11-16', tenant: { id: b.id } });

    const member = await agency.member({ tenants: [a], role: 'VIEWER' });
    expect((await member.client.gql(INBOX)).agencyDataSubjectRequests.edges.map((e: any) => e.node.id)).toEqual([
      ra.id,
    ]);
    const other = await seed.agency();
    expect((await other.owner.gql(INBOX)).agencyDataSubjectRequests.totalCount).toBe(0);
    // Only the requester's own tenant may write: a request row cannot be moved or written into another tenant.
    const ds = await testDataSource();
    await expect(
      inTransaction(ds, { tenantId: a.id }, (tx) =>
        tx.manager.query('UPDATE data_subject_requests SET tenant_id = $1 WHERE id = $2', [b.id, ra.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("a request's history is readable wherever the request is: the agency inbox shows every tenant's events", async () => {
    const agency = await seed.agency();
    const [a, b] = await Promise.all([
      agency.tenant({ jurisdictions: ['EU_GDPR'] }),
      agency.tenant({ jurisdictions: ['EU_GDPR'] }),
    ]);
    const ra = await create(a.admin, { type: 'ACCESS', skipConfirmationReason: 'known' });
    const rb = await create(b.admin, { type: 'ERASURE' });
    const INBOX = graphql(
      '{ agencyDataSubjectRequests(first: 50) { edges { node { id events(first: 10) { totalCount edges { node { action actorKind } } } } } } }',
    );
    const historyIn = async (client: Client) =>
      Object.fromEntries(
        (await client.gql(INBOX)).agencyDataSubjectRequests.edges.map((e: any) => [
          e.node.id,
          e.node.events.edges.map((x: any) => x.node.action),
        ]),
      );
    const expected = { [ra.id]: ['RECEIVED', 'SKIP_CONFIRMATION'], [rb.id]: ['RECEIVED', 'SEND_CONFIRMATION'] };

    // The owner without X-Tenant, and working in tenant a (b's request is outside that scope).
    expect(await historyIn(agency.owner)).toEqual(expected);
    expect(await historyIn(a.admin)).toEqual(expected);
    const member = await agency.member({ tenants: [b], role: 'VIEWER' });
    expect(await historyIn(member.client)).toEqual({ [rb.id]: expected[rb.id] });

    // Still no wider than the requests: another agency reads nothing, and tenant a's scope alone none of b's events.
    expect(await historyIn((await seed.agency()).owner)).toEqual({});
    const ds = await testDataSource();
    const [{ count }] = await inTransaction(ds, { tenantId: a.id }, (tx) =>
      tx.manager.query('SELECT count(*)::int AS count FROM data_subject_request_events WHERE tenant_id = $1', [b.id]),
    );
    expect(count).toBe(0);
    await expect(
      inTransaction(ds, { tenantId: a.id }, (tx) =>
        tx.manager.query(
          `INSERT INTO data_subject_request_events (tenant_id, request_id, action, to_state, actor_kind) VALUES ($1, $2, 'NOTE', 'VERIFYING', 'SYSTEM')`,
          [b.id, rb.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('a malformed id in a list argument is BAD_USER_INPUT, never a server error nor a filter quietly dropped', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ jurisdictions: ['EU_GDPR'] });
    await create(tenant.admin, { type: 'ACCESS', skipConfirmationReason: 'known' });
    const INBOX = graphql('query ($ids: [ID!]) { agencyDataSubjectRequests(tenantIds: $ids) { totalCount } }');
    await expect(
      agency.owner.gql(graphql('{ agencyDataSubjectRequests(tenantIds: ["nope"]) { totalCount } }')),
    ).rejects.toHaveCode('BAD_USER_INPUT');
    await expect(agency.owner.gql(INBOX, { ids: [tenant.id, 'nope'] })).rejects.toHaveCode('BAD_USER_INPUT');
    await expect(
      tenant.admin.gql(graphql('{ dataSubjectRequests(tenantIds: ["nope"]) { totalCount } }')),
    ).rejects.toHaveCode('BAD_USER_INPUT');
    await expect(
      tenant.admin.gql(
        graphql('{ consentCounts(from: "2026-01-01", to: "2026-01-02", purposeIds: ["nope"]) { granted } }'),
      ),
    ).rejects.toHaveCode('BAD_USER_INPUT');
    // Well-formed ids filter as before; one of a tenant the caller cannot see reads nothing.
    expect(
      (await agency.owner.gql(INBOX, { ids: [tenant.id.toUpperCase()] })).agencyDataSubjectRequests.totalCount,
    ).toBe(1);
    expect((await agency.owner.gql(INBOX, { ids: [randomUUID()] })).agencyDataSubjectRequests.totalCount).toBe(0);
    expect((await agency.owner.gql(INBOX, { ids: [] })).agencyDataSubjectRequests.totalCount).toBe(1);
  });
});

describe("a requester name cannot put words into the tenant's emails", () => {
  // The tester's payload: a message of their own, with a link, sent to any address and signed by the client company.
  const ATTACK = 'customer. URGENT: your account is suspended, restore it at https://evil.example \n\nRegards';

  it('the public endpoint refuses the payload with 422 on requesterName, in JSON and in the form, and sends nothing', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    await publishIn(tenant, ['EN', 'DE']);
    const json = await post(`/p/${tenant.slug}/requests`, {
      type: 'ACCESS',
      requesterName: ATTACK,
      email: 'victim@example.test',
    });
    expect(json.status).toBe(422);
    expect(((await json.json()) as any).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [
        { path: 'requesterName', code: 'INVALID_FORMAT', message: expect.stringMatching(/^requester name must/) },
      ],
    });
    for (const requesterName of [
      ATTACK,
      'Restore at evil.example',
      '<a href="https://evil.example">Ada</a>',
      'Ada\r\nBcc: victim@example.test',
      'see www.evil',
    ]) {
      const form = await post(
        `/p/${tenant.slug}/requests?lang=de`,
        { type: 'ACCESS', jurisdiction: 'EU_GDPR', requesterName, email: 'victim@example.test' },
        'application/x-www-form-urlencoded',
      );
      expect(form.status, requesterName).toBe(422);
      expect(await form.text()).toContain('Geben Sie nur Ihren Namen ein');
    }
    expect(await outbox(tenant)).toEqual([]);
    expect(
      (await tenant.admin.gql(graphql('{ dataSubjectRequests { totalCount } }'))).dataSubjectRequests.totalCount,
    ).toBe(0);
  });

  it('createDataSubjectRequest answers ValidationFailed on requesterName', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    for (const requesterName of [ATTACK, 'Ada <script>', 'login.evil.co.uk']) {
      const result = await submit(tenant.admin, {
        type: 'ACCESS',
        requesterName,
        email: 'victim@example.test',
        skipConfirmationReason: 'known',
      });
      expect(result).toMatchObject({
        __typename: 'ValidationFailed',
        problems: [{ path: 'requesterName', code: 'INVALID_FORMAT' }],
      });
    }
    expect(await outbox(tenant)).toEqual([]);
  });

  it('every email to the requester, in every language, carries none of what the requester typed', async () => {
    const tenant = await tenantUnder(['EU_GDPR']);
    const NAME = 'Zebulon Quixotewright-Ångström';
    const DETAILS = 'Xylophonic details the requester typed';
    const addresses: string[] = [];
    for (const language of LANGUAGES) {
      const email = `requester-${language}@example.test`;
      addresses.push(email);
      const input = { requesterName: NAME, email, language, details: DETAILS };
      await create(tenant.admin, { ...input, type: 'ERASURE' }); // verification
      const done = await create(tenant.admin, { ...input, type: 'ACCESS', skipConfirmationReason: 'known' }); // acknowledgement
      await tenant.admin.gql(EXTEND, {
        input: { id: done.id, reason: 'Archived systems' },
      });
      await tenant.admin.gql(COMPLETE, {
        input: { id: done.id, outcome: 'Sent by secure link' },
      });
      const refused = await create(tenant.admin, { ...input, type: 'RECTIFICATION', skipConfirmationReason: 'known' });
      await tenant.admin.gql(REFUSE, {
        input: { id: refused.id, ground: 'EXCESSIVE', reason: 'Fourth identical request this month' },
      });
    }
    const toRequesters = (await outbox(tenant)).filter((m) => addresses.includes(m.to));
    expect(toRequesters).toHaveLength(LANGUAGES.length * 6);
    expect(new Set(toRequesters.map((m) => m.textBody.split('\n')[0]))).toEqual(
      new Set(['Hello,', 'Guten Tag,', 'Bonjour,', 'Buenos días:', 'Buongiorno,']),
    );
    for (const m of toRequesters) {
      for (const typed of ['Zebulon', 'Quixotewright', 'Ångström', 'Xylophonic']) {
        expect(m.subject, m.subject).not.toContain(typed);
        expect(m.textBody, m.subject).not.toContain(typed);
      }
    }
  });
});
