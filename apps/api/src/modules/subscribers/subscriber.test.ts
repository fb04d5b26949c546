import { describe, expect, inject, it } from 'vitest';
import { eventually } from '../../test/eventually.js';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed, type TenantSeed } from '../../test/seed.js';
import { graphql, having, type VariablesOf } from '../../test/graphql.js';

const url = (path: string) => `${inject('apiUrl')}${path}`;
const subscribe = (slug: string, email: unknown) =>
  fetch(url(`/p/${slug}/subprocessors/subscribe`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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

    // One confirmation each (a repeated request within minutes sends no second one), kept in the outbox.
    const confirmations = await eventually(async () => {
      const m = await outbox(tenant, 'SUBSCRIPTION_CONFIRMATION');
      return m.length === 2 && m.every((x: any) => x.status === 'NOT_SENT') && m;
    }, 'two confirmation emails');
    expect(confirmations.map((m: any) => m.to).sort()).toEqual(['alice@example.test', 'bob@example.test']);
    const alice = confirmations.find((m: any) => m.to === 'alice@example.test');
    const confirm = linkIn(alice.textBody, 'confirm')!;
    expect(confirm).toBeDefined();

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

    const [notice] = await eventually(async () => {
      const m = await outbox(tenant, 'SUBPROCESSOR_NOTICE');
      return m.length > 0 && m;
    }, 'the change notice');
    expect(notice).toMatchObject({
      to: 'alice@example.test',
      subject: expect.stringContaining('changes to our sub-processors'),
    });
    expect(notice.textBody).toContain('version 2');
    expect(notice.textBody).toMatch(/Added:\n- Stripe \(Stripe Payments Europe Ltd\), Ireland: payments/);
    expect(notice.textBody).toMatch(/Changed:\n- Amazon Web Services: country Luxembourg → Ireland/);
    expect(notice.textBody).toContain(`/p/${tenant.slug}/subprocessors`);
    expect((await outbox(tenant, 'SUBPROCESSOR_NOTICE')).map((m: any) => m.to)).toEqual(['alice@example.test']);

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
    expect(list).toContain(`<form method="post" action="/p/${tenant.slug}/subprocessors/subscribe">`);
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
