import { describe, expect, inject, it } from 'vitest';
import type { Client } from '../../test/client.js';
import { graphql } from '../../test/graphql.js';
import { publishIn } from '../../test/policy-fixture.js';
import { seed, type TenantSeed } from '../../test/seed.js';

const OUTBOX = graphql(`{ emailOutbox(first: 50) { edges { node { kind to subject } } } }`);
const COUNT = graphql('{ dataSubjectRequests { totalCount } }');
const SET_ACCENT = graphql(
  `mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) { __typename } }`,
);

function post(path: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  const json = (headers['content-type'] ?? 'application/json') === 'application/json';
  return fetch(`${inject('apiUrl')}${path}`, {
    method: 'POST',
    headers: { 'content-type': json ? 'application/json' : headers['content-type']!, ...headers },
    body: json ? JSON.stringify(body) : new URLSearchParams(body).toString(),
    redirect: 'manual',
  });
}
const postForm = (path: string, body: Record<string, string>) =>
  post(path, body, { 'content-type': 'application/x-www-form-urlencoded' });

const requestCount = async (client: Client) => (await client.gql(COUNT)).dataSubjectRequests.totalCount;
const emailsTo = async (tenant: TenantSeed, to: string) =>
  (await tenant.admin.gql(OUTBOX)).emailOutbox.edges.filter((e: any) => e.node.to === to).length;

/** The hidden one-time token of a rendered form. */
function tokenOf(html: string): string {
  const token = /<input type="hidden" name="submissionToken" value="([\w-]+)">/.exec(html)?.[1];
  expect(token).toBeDefined();
  return token!;
}

describe('a resubmitted request is never filed twice', () => {
  it('the form sent twice with its token files one request, sends one email, and shows the same reference', async () => {
    const tenant = await (await seed.agency()).tenant({ jurisdictions: ['EU_GDPR'] });
    const first = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new`);
    const token = tokenOf(await first.text());
    const other = tokenOf(await (await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new`)).text());
    expect(other).not.toBe(token);

    const fields = {
      submissionToken: token,
      type: 'ACCESS',
      jurisdiction: 'EU_GDPR',
      requesterName: 'Ada Lovelace',
      email: 'ada@example.test',
    };
    const sent = await postForm(`/p/${tenant.slug}/requests`, fields);
    expect(sent.status).toBe(201);
    const reference = /R-[0-9A-Z]{8}/.exec(await sent.text())?.[0];
    expect(reference).toBeDefined();
    // A reload of the receipt page posts the same form again.
    const reloaded = await postForm(`/p/${tenant.slug}/requests`, fields);
    expect(reloaded.status).toBe(200);
    const again = await reloaded.text();
    expect(again).toContain(reference);
    expect(again).toContain('Request received');
    expect(await requestCount(tenant.admin)).toBe(1);
    expect(await emailsTo(tenant, 'ada@example.test')).toBe(1);

    // The same token with other answers files nothing: the form comes back with a new token and says why.
    const changed = await postForm(`/p/${tenant.slug}/requests`, { ...fields, type: 'ERASURE' });
    expect(changed.status).toBe(409);
    const changedHtml = await changed.text();
    expect(changedHtml).toContain('You have already sent this form with other answers.');
    expect(tokenOf(changedHtml)).not.toBe(token);
    expect(await requestCount(tenant.admin)).toBe(1);

    // A new form (a new token) is a new request.
    expect((await postForm(`/p/${tenant.slug}/requests`, { ...fields, submissionToken: other })).status).toBe(201);
    expect(await requestCount(tenant.admin)).toBe(2);
  });

  it('JSON with an Idempotency-Key: 201, then the first answer with 200 and Idempotent-Replayed; other content is 409', async () => {
    const tenant = await (await seed.agency()).tenant({ jurisdictions: ['EU_GDPR'] });
    const body = { type: 'ERASURE', requesterName: 'Grace Hopper', email: 'grace@example.test' };
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'retry-key-0001' };
    const first = await post(`/p/${tenant.slug}/requests`, body, headers);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const created = (await first.json()) as any;
    expect(created).toMatchObject({ state: 'RECEIVED', verification: 'EMAIL_SENT' });

    const retry = await post(`/p/${tenant.slug}/requests`, body, headers);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(created);

    const reused = await post(`/p/${tenant.slug}/requests`, { ...body, type: 'ACCESS' }, headers);
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as any).error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    const short = await post(`/p/${tenant.slug}/requests`, body, { ...headers, 'idempotency-key': 'k' });
    expect(short.status).toBe(422);
    expect(((await short.json()) as any).error.problems).toMatchObject([{ path: 'idempotencyKey' }]);

    // The key is the tenant's own: another tenant may use it.
    const elsewhere = await (await seed.agency()).tenant({ jurisdictions: ['EU_GDPR'] });
    expect((await post(`/p/${elsewhere.slug}/requests`, body, headers)).status).toBe(201);

    expect(await requestCount(tenant.admin)).toBe(1);
    expect(await emailsTo(tenant, 'grace@example.test')).toBe(1);
  });

  it('two submissions with one key at the same time file one request: the second waits, then replays the first', async () => {
    const tenant = await (await seed.agency()).tenant({ jurisdictions: ['EU_GDPR'] });
    const body = { type: 'ACCESS', requesterName: 'Ada Lovelace', email: 'ada@example.test' };
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'concurrent-key-0001' };
    const answers = await Promise.all([1, 2, 3].map(() => post(`/p/${tenant.slug}/requests`, body, headers)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    const references = await Promise.all(answers.map(async (a) => ((await a.json()) as any).reference));
    expect(new Set(references).size).toBe(1);
    expect(await requestCount(tenant.admin)).toBe(1);
    expect(await emailsTo(tenant, 'ada@example.test')).toBe(1);
  });
});

describe('the form reads for people', () => {
  it('a refused form shows an error summary, marks each field, keeps the values, in German too', async () => {
    const tenant = await (
      await seed.agency()
    ).tenant({
      jurisdictions: ['EU_GDPR', 'UK_GDPR'],
      legalName: 'Muster Handels GmbH',
      tradingName: 'Muster & Co',
    });
    await publishIn(tenant, ['EN', 'DE']);
    await tenant.admin.gql(SET_ACCENT, { input: { accentColor: '#0A7F5C' } });

    const blank = await fetch(`${inject('apiUrl')}/p/${tenant.slug}/requests/new?lang=en`);
    const blankHtml = await blank.text();
    expect(blankHtml).toContain('Muster &amp; Co');
    expect(blankHtml).toContain('button{background:#0a7f5c}');
    expect(blankHtml).not.toContain('error-summary-title');

    const refused = await postForm(`/p/${tenant.slug}/requests?lang=en`, {
      submissionToken: tokenOf(blankHtml),
      type: '',
      jurisdiction: 'EU_GDPR',
      requesterName: '',
      email: 'ada-at-example',
      details: 'Customer number <42>',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toMatch(/<div class="error-summary" role="alert" aria-labelledby="error-summary-title">/);
    expect(html).toContain('<h2 id="error-summary-title" tabindex="-1" autofocus>There is a problem</h2>');
    expect(html).toContain('<li><a href="#type">Choose what you would like us to do.</a></li>');
    expect(html).toContain('<li><a href="#requesterName">Enter your name.</a></li>');
    expect(html).toContain('<li><a href="#email">Enter an email address like name@example.com.</a></li>');
    // The summary lists the fields in the order of the page.
    expect(html.indexOf('href="#type"')).toBeLessThan(html.indexOf('href="#requesterName"'));
    expect(html.indexOf('href="#requesterName"')).toBeLessThan(html.indexOf('href="#email"'));
    expect(html).toMatch(/<input id="requesterName"[^>]*aria-describedby="requesterName-error" aria-invalid="true">/);
    expect(html).toMatch(/<input id="email"[^>]*aria-describedby="email-hint email-error" aria-invalid="true">/);
    expect(html).toContain('<p class="error" id="email-error">Enter an email address like name@example.com.</p>');
    // What was entered is kept (escaped); the form keeps its token, which the refusal did not use.
    expect(html).toContain('value="ada-at-example"');
    expect(html).toContain('>Customer number &lt;42&gt;</textarea>');
    expect(html).toContain('<option value="EU_GDPR" selected>');
    expect(tokenOf(html)).toBe(tokenOf(blankHtml));
    expect(html).toContain('Muster &amp; Co');
    expect(html).toContain('#0a7f5c');

    const german = await (
      await postForm(`/p/${tenant.slug}/requests?lang=de`, {
        type: 'ACCESS',
        jurisdiction: 'UK_GDPR',
        requesterName: '',
        email: '',
      })
    ).text();
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('tabindex="-1" autofocus>Es gibt ein Problem</h2>');
    expect(german).toContain('<a href="#requesterName">Geben Sie Ihren Namen ein.</a>');
    expect(german).toContain('<a href="#email">Geben Sie Ihre E-Mail-Adresse ein.</a>');
    expect(german).toContain('<option value="UK_GDPR" selected>');
    expect(german).toContain('aria-invalid="true"');
    expect(await requestCount(tenant.admin)).toBe(0);
  });
});
