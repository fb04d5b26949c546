import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '@noticeboard/domain';
import { catalogDisagreements } from '../public/message-catalog.js';
import { eventually } from '../../test/eventually.js';
import { makeComplete, publish, publishIn } from '../../test/policy-fixture.js';
import { inTransaction } from '../../db/request-transaction.js';
import { seed, testDataSource, type TenantSeed } from '../../test/seed.js';
import { graphql, having, type VariablesOf } from '../../test/graphql.js';
import { SUBSCRIBER_CATALOGS } from './subscriber.messages.js';

const url = (path: string) => `${inject('apiUrl')}${path}`;
const subscribe = (slug: string, email: unknown, headers: Record<string, string> = {}) =>
  fetch(url(`/p/${slug}/subprocessors/subscribe`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email }),
  });

const OUTBOX = graphql(
  `query ($kind: EmailKind) { emailOutbox(kind: $kind) { totalCount edges { node { to subject textBody status } } } }`,
);
const SUBSCRIBERS = graphql(
  '{ subprocessorSubscribers { totalCount edges { node { id email status confirmedAt unsubscribedAt } } } }',
);

const outbox = async (tenant: TenantSeed, kind: VariablesOf<typeof OUTBOX>['kind']) =>
  (await tenant.admin.gql(OUTBOX, { kind })).emailOutbox.edges.map((e: any) => e.node);
const linkIn = (text: string, action: 'confirm' | 'unsubscribe') =>
  new RegExp(`https?://\\S+/subprocessors/${action}\\?token=[A-Za-z0-9_-]{43}`).exec(text)?.[0];
const path = (link: string) => new URL(link).pathname + new URL(link).search;

describe('sub-processor change notices', () => {
  it('subscribe with double opt-in, then get a notice listing what a new version added and changed, until unsubscribing', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const { purposeId, categoryId, recipientId } = await makeComplete(tenant);
    await publish(tenant.admin, 'First version', '2026-01-01');

    // The same answer for a new address, a repeated one, and another: nothing tells who is subscribed.
    const answers = [];
    for (const email of ['Alice@Example.test', 'alice@example.test', 'bob@example.test']) {
      const res = await subscribe(tenant.slug, email);
      answers.push({ status: res.status, body: await res.json() });
    }
    expect(answers[0]).toEqual({
      status: 202,
      body: { status: 'CHECK_YOUR_INBOX', message: expect.stringContaining('link to confirm') },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Carla subscribes from an Italian browser to a tenant that publishes English only: everything stays English.
    const carlaAnswer = await subscribe(tenant.slug, 'carla@example.test', { 'accept-language': 'it-IT, en;q=0.5' });
    expect({ status: carlaAnswer.status, body: await carlaAnswer.json() }).toEqual(answers[0]);

    // One confirmation each (a repeated request within minutes sends no second one), kept in the outbox.
    const confirmations = await eventually(async () => {
      const m = await outbox(tenant, 'SUBSCRIPTION_CONFIRMATION');
      return m.length === 3 && m.every((x: any) => x.status === 'NOT_SENT') && m;
    }, 'three confirmation emails');
    expect(confirmations.map((m: any) => m.to).sort()).toEqual([
      'alice@example.test',
      'bob@example.test',
      'carla@example.test',
    ]);
    const alice = confirmations.find((m: any) => m.to === 'alice@example.test');
    expect(alice.textBody).toMatch(/^Hello,\n/);
    const confirm = linkIn(alice.textBody, 'confirm')!;
    expect(confirm).toBeDefined();
    const carla = confirmations.find((m: any) => m.to === 'carla@example.test');
    expect(carla.subject).toMatch(/^Confirm: changes to the sub-processors of /);
    const carlaConfirm = /https?:\/\/\S+\/subprocessors\/confirm\?token=[A-Za-z0-9_-]{43}&lang=en/.exec(
      carla.textBody,
    )![0];
    const carlaPage = await fetch(url(path(carlaConfirm)), {
      headers: { accept: 'text/html', 'accept-language': 'it' },
    });
    expect(carlaPage.headers.get('content-language')).toBe('en');
    expect(carlaPage.headers.get('vary')).toContain('Accept-Language');
    expect(await carlaPage.text()).toContain('<h1>Subscription confirmed</h1>');
    // Had she subscribed while the tenant published Italian, her language would be Italian: her notices follow it.
    await inTransaction(await testDataSource(), { tenantId: tenant.id }, (tx) =>
      tx.manager.query(`UPDATE subprocessor_subscribers SET language = 'it' WHERE email = 'carla@example.test'`),
    );

    const page = await fetch(url(path(confirm)), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Subscription confirmed');
    const again = await fetch(url(path(confirm)), { headers: { accept: 'application/json' } });
    expect({ status: again.status, body: await again.json() }).toEqual({
      status: 200,
      body: { status: 'CONFIRMED', message: expect.any(String) },
    });
    expect(
      (await tenant.admin.gql(SUBSCRIBERS)).subprocessorSubscribers.edges.map((e: any) => [
        e.node.email,
        e.node.status,
      ]),
    ).toEqual([
      ['alice@example.test', 'CONFIRMED'],
      ['bob@example.test', 'PENDING'],
      ['carla@example.test', 'CONFIRMED'],
    ]);

    // Version 2 adds a processor and moves the existing one to another country.
    const stripe = await tenant.admin.gql(
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
        input: { id: purposeId, recipientIds: [recipientId, having(stripe.createRecipient, 'id').id] },
      },
    );
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdateRecipientInput!) { updateRecipient(input: $input) { __typename } }`),
      { input: { id: recipientId, country: 'IE' } },
    );
    expect((await publish(tenant.admin, 'Payments by Stripe', '2026-02-01')).__typename).toBe('PolicyVersion');

    const notices = await eventually(async () => {
      const m = await outbox(tenant, 'SUBPROCESSOR_NOTICE');
      return m.length === 2 && m;
    }, 'the change notices');
    const notice = notices.find((m: any) => m.to === 'alice@example.test');
    expect(notice).toMatchObject({
      to: 'alice@example.test',
      subject: expect.stringContaining('changes to our sub-processors'),
    });
    expect(notice.textBody).toContain('version 2');
    expect(notice.textBody).toMatch(/Added:\n- Stripe \(Stripe Payments Europe Ltd\), Ireland: payments/);
    expect(notice.textBody).toMatch(/Changed:\n- Amazon Web Services: country Luxembourg → Ireland/);
    expect(notice.textBody).toContain(`/p/${tenant.slug}/subprocessors`);
    expect(notice.textBody).toContain('effective 1 February 2026');
    expect((await outbox(tenant, 'SUBPROCESSOR_NOTICE')).map((m: any) => m.to).sort()).toEqual([
      'alice@example.test',
      'carla@example.test',
    ]);
    // Carla's notice in the language she subscribed in, countries and safeguards included.
    const italian = notices.find((m: any) => m.to === 'carla@example.test');
    expect(italian.subject).toMatch(/: modifiche ai nostri sub-responsabili del trattamento$/);
    expect(italian.textBody).toContain(
      'ha pubblicato la versione 2 della sua informativa sulla privacy, in vigore dal 1 febbraio 2026.',
    );
    expect(italian.textBody).toMatch(
      /Aggiunti:\n- Stripe \(Stripe Payments Europe Ltd\), Irlanda: payments; garanzie per il trasferimento: /,
    );
    expect(italian.textBody).toMatch(/Modificati:\n- Amazon Web Services: paese Lussemburgo → Irlanda/);
    expect(italian.textBody).not.toMatch(/\b(Added|Changed|transfer safeguards|Ireland)\b/);
    expect(italian.textBody).toMatch(/\/subprocessors\/unsubscribe\?token=[A-Za-z0-9_-]{43}&lang=it/);

    const unsubscribe = linkIn(notice.textBody, 'unsubscribe')!;
    const gone = await fetch(url(path(unsubscribe)), { headers: { accept: 'text/html' } });
    expect(gone.status).toBe(200);
    expect(await gone.text()).toContain('Unsubscribed');
    expect((await tenant.admin.gql(SUBSCRIBERS))!.subprocessorSubscribers.edges[0]!.node).toMatchObject({
      email: 'alice@example.test',
      status: 'UNSUBSCRIBED',
    });
    // The old confirmation link does not subscribe the address again.
    expect((await fetch(url(path(confirm)), { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('offer a form on the published sub-processor page that answers with a page', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    await makeComplete(tenant);
    await publish(tenant.admin);
    const list = await (await fetch(url(`/p/${tenant.slug}/subprocessors`))).text();
    expect(list).toContain(`<form method="post" action="/p/${tenant.slug}/subprocessors/subscribe?lang=en">`);
    const form = await fetch(url(`/p/${tenant.slug}/subprocessors/subscribe`), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: 'email=carol%40example.test',
    });
    expect(form.status).toBe(202);
    expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(form.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(await form.text()).toContain('Check your inbox');
    const refused = await fetch(url(`/p/${tenant.slug}/subprocessors/subscribe`), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=%3Cscript%3E',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('value="&lt;script&gt;"');
    expect(html).not.toContain('<script>');
    expect(
      (await fetch(url(`/p/${tenant.slug}/subprocessors/subscribe`), { headers: { accept: 'text/html' } })).status,
    ).toBe(200);
  });

  it("speak only the tenant's published languages: its default before publishing, then Spanish or Italian, and write in the subscriber's", async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ defaultLanguage: 'DE' });
    const page = async (pathAndQuery: string, headers: Record<string, string> = {}, init: RequestInit = {}) => {
      const res = await fetch(url(`/p/${tenant.slug}/subprocessors/${pathAndQuery}`), {
        ...init,
        headers: { accept: 'text/html', ...headers },
      });
      expect(res.headers.get('vary')).toContain('Accept-Language');
      const html = await res.text();
      expect(html).toContain(`<html lang="${res.headers.get('content-language')}">`);
      return { status: res.status, language: res.headers.get('content-language'), html };
    };

    // Nothing published: the tenant's default language, whatever the browser asks for.
    const before = await page('subscribe?lang=it', { 'accept-language': 'es' });
    expect(before.language).toBe('de');
    expect(before.html).toContain('<button type="submit">Abonnieren</button>');

    // Published in Spanish and Italian only (not German): one of those, Spanish when nothing asked fits.
    await publishIn(tenant, ['ES', 'IT']);
    const italian = await page('subscribe?lang=it');
    expect(italian.language).toBe('it');
    expect(italian.html).toContain('<h1>Modifiche ai sub-responsabili del trattamento di ');
    expect(italian.html).toContain('<button type="submit">Iscriviti</button>');
    expect((await page('subscribe', { 'accept-language': 'fr, de;q=0.8' })).language).toBe('es');
    expect((await page('subscribe?lang=de')).language).toBe('es');

    const accepted = await page(
      'subscribe',
      { 'accept-language': 'es-ES, es;q=0.9', 'content-type': 'application/x-www-form-urlencoded' },
      { method: 'POST', body: 'email=elena%40example.test' },
    );
    expect(accepted).toMatchObject({ status: 202, language: 'es' });
    expect(accepted.html).toContain('<h1>Revise su bandeja de entrada</h1>');
    const [mail] = await eventually(async () => {
      const m = await outbox(tenant, 'SUBSCRIPTION_CONFIRMATION');
      return m.length > 0 && m;
    }, 'the confirmation email');
    expect(mail.subject).toMatch(/^Confirme: cambios en los subencargados del tratamiento de /);
    expect(mail.textBody).toMatch(/^Buenos días:\n\nAlguien, esperamos que usted, ha pedido/);
    const link = /\/subprocessors\/(confirm\?token=[A-Za-z0-9_-]{43}&lang=es)/.exec(mail.textBody)![1]!;
    const confirmed = await page(link);
    expect(confirmed).toMatchObject({ status: 200, language: 'es' });
    expect(confirmed.html).toContain('<h1>Suscripción confirmada</h1>');

    const invalid = await page('unsubscribe?token=x', { 'accept-language': 'it' });
    expect(invalid).toMatchObject({ status: 404, language: 'it' });
    expect(invalid.html).toContain('Questo link non è valido');
    // No organisation at the address: any language the product writes.
    const nowhere = await fetch(url('/p/no-such-organisation/subprocessors/subscribe?lang=it'), {
      headers: { accept: 'text/html' },
    });
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get('content-language')).toBe('it');
    expect(await nowhere.text()).toContain('Pagina non trovata');
  });

  it('have every word of the pages and emails in every language, with the keys and ICU arguments of English', () => {
    expect(Object.keys(SUBSCRIBER_CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogDisagreements(SUBSCRIBER_CATALOGS)).toEqual([]);
  });

  it('refuse bad input with a clear JSON error and write nothing', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    const cases: [Promise<Response>, number, string][] = [
      [subscribe(tenant.slug, 'not an address'), 422, 'VALIDATION_FAILED'],
      [subscribe(tenant.slug, null), 422, 'VALIDATION_FAILED'],
      [subscribe('no-such-organisation', 'a@example.test'), 404, 'NOT_FOUND'],
      [
        fetch(url(`/p/${tenant.slug}/subprocessors/subscribe`), {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'a@example.test',
        }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [fetch(url(`/p/${tenant.slug}/subprocessors/confirm?token=nope`)), 404, 'INVALID_LINK'],
      [fetch(url(`/p/${tenant.slug}/subprocessors/confirm?token=${'a'.repeat(43)}`)), 404, 'INVALID_LINK'],
      [fetch(url(`/p/${tenant.slug}/subprocessors/unsubscribe`)), 404, 'INVALID_LINK'],
    ];
    for (const [response, status, code] of cases) {
      const res = await response;
      expect({ status: res.status, body: await res.json() }).toEqual({
        status,
        body: { error: { code, message: expect.any(String) } },
      });
    }
    const malformed = await fetch(url(`/p/${tenant.slug}/subprocessors/subscribe`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error.code).toBe('BAD_REQUEST');
    const browser = await fetch(url(`/p/${tenant.slug}/subprocessors/unsubscribe?token=x`), {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(browser.status).toBe(404);
    expect(await browser.text()).toContain('This link is not valid');
    expect((await tenant.admin.gql(SUBSCRIBERS)).subprocessorSubscribers.totalCount).toBe(0);
    expect((await outbox(tenant, 'SUBSCRIPTION_CONFIRMATION')).length).toBe(0);
  });

  it('let tenant admins list and delete subscribers, and nobody else', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant();
    expect((await subscribe(tenant.slug, 'dave@example.test')).status).toBe(202);
    const [subscriber] = (await tenant.admin.gql(SUBSCRIBERS)).subprocessorSubscribers.edges.map((e: any) => e.node);
    expect(subscriber).toMatchObject({ email: 'dave@example.test', status: 'PENDING', confirmedAt: null });
    const editor = await tenant.user('EDITOR');
    await expect(editor.client.gql(SUBSCRIBERS)).rejects.toHaveCode('FORBIDDEN');
    await expect(
      editor.client.gql(graphql('mutation ($id: ID!) { deleteSubprocessorSubscriber(id: $id) { deletedId } }'), {
        id: subscriber.id,
      }),
    ).rejects.toHaveCode('FORBIDDEN');
    expect(
      (
        await tenant.admin.gql(graphql('mutation ($id: ID!) { deleteSubprocessorSubscriber(id: $id) { deletedId } }'), {
          id: subscriber.id,
        })
      ).deleteSubprocessorSubscriber.deletedId,
    ).toBe(subscriber.id);
    expect((await tenant.admin.gql(SUBSCRIBERS)).subprocessorSubscribers.totalCount).toBe(0);
    // The confirmation link of a deleted subscriber is simply not valid any more.
    const [mail] = await eventually(async () => {
      const m = await outbox(tenant, 'SUBSCRIPTION_CONFIRMATION');
      return m.length > 0 && m;
    }, 'the confirmation email');
    expect(
      (await fetch(url(path(linkIn(mail.textBody, 'confirm')!)), { headers: { accept: 'application/json' } })).status,
    ).toBe(404);
  });
});
