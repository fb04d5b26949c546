import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { inTransaction } from '../../db/request-transaction.js';
import { graphql } from '../../test/graphql.js';
import { makeConsentReady } from '../../test/policy-fixture.js';
import { seed, testDataSource, type TenantSeed } from '../../test/seed.js';
import { catalogDisagreements } from '../public/message-catalog.js';
import { sealToken, WITHDRAWAL_LINK_DAYS } from './consent-withdrawal-link.js';
import { WITHDRAWAL_CATALOGS } from './consent-withdrawal.messages.js';

const CREATE_LINK = graphql(`mutation ($input: CreateConsentWithdrawalLinkInput!) {
  createConsentWithdrawalLink(input: $input) {
    __typename ... on ConsentWithdrawalLink { url expiresAt } ... on ValidationFailed { problems { path code } } } }`);
const SUBJECT = graphql(`query ($s: String!) { consentSubject(subjectId: $s) {
  state { purposeName choice since }
  history(first: 10) { totalCount edges { node { method recordedBy pageUrl noticeText language idempotencyKey
    decisions { purposeName choice } } } } } }`);
const SETTINGS = graphql(`{ consentSettings { withdrawalPageUrl } }`);
const OUTBOX = graphql(`{ emailOutbox(first: 20) { edges { node { kind to subject textBody } } } }`);

const apiUrl = () => inject('apiUrl');

interface Consenting {
  tenant: TenantSeed;
  analytics: string;
  ads: string;
}

/** A tenant with a live policy whose two consent purposes `subjectId` granted through the public endpoint. */
async function consenting(subjectId: string, languages?: 'DE'[]): Promise<Consenting> {
  const tenant = await (await seed.agency()).tenant();
  const { analytics, ads } = await makeConsentReady(tenant, tenant.admin, { languages });
  await grant(tenant, subjectId, [analytics, ads]);
  return { tenant, analytics, ads };
}

async function grant(tenant: TenantSeed, subjectId: string, granted: string[]): Promise<void> {
  const res = await fetch(`${apiUrl()}/p/${tenant.slug}/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      subjectId,
      granted,
      method: 'BANNER',
      noticeText: 'May we measure visits and show you ads?',
      idempotencyKey: `k-${randomUUID()}`,
    }),
  });
  expect(res.status).toBe(201);
}

async function linkFor(tenant: TenantSeed, subjectId: string): Promise<{ url: string; expiresAt: string }> {
  const { createConsentWithdrawalLink: link } = await tenant.admin.gql(CREATE_LINK, { input: { subjectId } });
  if (link.__typename !== 'ConsentWithdrawalLink') throw new Error(`no link: ${JSON.stringify(link)}`);
  return link;
}

/** The page at `url` (absolute, or a path of the API) as a browser asks for it. */
async function page(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(url, apiUrl()), { headers: { accept: 'text/html', ...headers } });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** The hidden fields and action of the page's withdrawal form. */
function withdrawalForm(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error(`no form on the page:\n${html}`);
  const fields = Object.fromEntries(
    [...form[2]!.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]),
  );
  return { action: form[1]!.replaceAll('&amp;', '&'), fields };
}

/** Sends a form as Chromium does from the page itself; a header given as '' is left out. */
async function submit(action: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const sent = Object.entries({
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'text/html',
    'sec-fetch-site': 'same-origin',
    ...headers,
  }).filter(([, value]) => value !== '');
  const res = await fetch(new URL(action, apiUrl()), {
    method: 'POST',
    headers: Object.fromEntries(sent),
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** The tenant's subject key and its outbox of withdrawal links, read as the owner of the tables. */
async function subjectKeyOf(tenant: TenantSeed): Promise<Buffer> {
  const ds = await testDataSource();
  const [row] = await inTransaction(ds, { tenantId: tenant.id }, (tx) =>
    tx.manager.query('SELECT subject_key FROM consent_settings WHERE tenant_id = $1', [tenant.id]),
  );
  return row.subject_key;
}

async function withdrawalEmails(tenant: TenantSeed): Promise<{ to_address: string; text_body: string }[]> {
  const ds = await testDataSource();
  return inTransaction(ds, { tenantId: tenant.id }, (tx) =>
    tx.manager.query(
      `SELECT to_address, text_body, subject FROM email_messages WHERE tenant_id = $1 AND kind = 'CONSENT_WITHDRAWAL_LINK' ORDER BY created_at`,
      [tenant.id],
    ),
  );
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

describe('consent withdrawal page', () => {
  it('every language has the words of the page and the email', () => {
    expect(catalogDisagreements(WITHDRAWAL_CATALOGS)).toEqual([]);
  });

  it('a link from the API shows what the person agreed to and withdraws all of it in one step, recorded in their history', async () => {
    const { tenant } = await consenting('Reader@Example.com');
    const link = await linkFor(tenant, 'reader@example.com');
    const expiresIn = Date.parse(link.expiresAt) - Date.now();
    expect(Math.round(expiresIn / 86_400_000)).toBe(WITHDRAWAL_LINK_DAYS);
    expect(link.url).toMatch(new RegExp(`/p/${tenant.slug}/consents/withdraw\\?token=[A-Za-z0-9_-]+$`));
    // The token is sealed: the identifier is not readable from the link.
    expect(Buffer.from(tokenOf(link.url), 'base64url').toString('latin1')).not.toContain('reader@example.com');
    const { consentSettings } = await tenant.admin.gql(SETTINGS);
    expect(link.url.startsWith(`${consentSettings.withdrawalPageUrl}?token=`)).toBe(true);

    const shown = await page(pathOf(link.url));
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(shown.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(shown.html).toContain('<strong>Analytics</strong>');
    expect(shown.html).toContain('<strong>Targeted advertising</strong>');
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    expect(shown.html).toContain(`given on ${today}`);
    const form = withdrawalForm(shown.html);
    expect(form.fields.token).toBe(tokenOf(link.url));
    expect(form.fields.submission).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const done = await submit(form.action, form.fields);
    expect(done.status).toBe(200);
    expect(done.html).toContain('Your consent has been withdrawn');
    expect(done.html).toMatch(/On \d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} UTC, you withdrew the following consents/);
    expect(done.html).toContain('<strong>Analytics</strong>');
    expect(done.html).toContain('<strong>Targeted advertising</strong>');

    // The same form sent again (a double click, a reload) answers with the first withdrawal and records nothing.
    const again = await submit(form.action, form.fields);
    expect(again.status).toBe(200);
    expect(again.html).toContain('Your consent has been withdrawn');

    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'READER@example.com' });
    expect(consentSubject.state.map((s) => [s.purposeName, s.choice])).toEqual([
      ['Analytics', 'WITHDRAWN'],
      ['Targeted advertising', 'WITHDRAWN'],
    ]);
    expect(consentSubject.history.totalCount).toBe(2);
    const withdrawal = consentSubject.history.edges[0]!.node;
    expect(withdrawal).toMatchObject({
      method: 'FORM',
      recordedBy: 'PUBLIC',
      pageUrl: consentSettings.withdrawalPageUrl,
      language: 'en',
    });
    expect(withdrawal.idempotencyKey).toBe(`withdrawal-page:${form.fields.submission}`);
    expect(withdrawal.decisions.map((d) => d.choice)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    // The proof holds the words the person read above the button.
    expect(withdrawal.noticeText).toContain('holds the following consents from you:\n\n- Analytics (given on');
    expect(withdrawal.noticeText).toContain('Withdraw all consents');

    // Afterwards the link says there is nothing to withdraw, and another withdrawal records nothing.
    const after = await page(pathOf(link.url));
    expect(after.status).toBe(200);
    expect(after.html).toContain('No consent to withdraw');
    const nothing = await submit(form.action, { token: form.fields.token!, submission: 'x'.repeat(43) });
    expect(nothing.status).toBe(200);
    expect(nothing.html).toContain('No consent to withdraw');
    expect((await tenant.admin.gql(SUBJECT, { s: 'reader@example.com' })).consentSubject.history.totalCount).toBe(2);
  });

  it('withdraws only what is granted, and answers JSON to programs', async () => {
    const { tenant, analytics, ads } = await consenting('partly@example.com');
    // A refusal since: only the analytics consent is still in force.
    const refused = await fetch(`${apiUrl()}/p/${tenant.slug}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subjectId: 'partly@example.com',
        refused: [ads],
        method: 'BANNER',
        noticeText: 'Ads?',
        idempotencyKey: `k-${randomUUID()}`,
      }),
    });
    expect(refused.status).toBe(201);
    const link = await linkFor(tenant, 'partly@example.com');
    const res = await fetch(`${apiUrl()}/p/${tenant.slug}/consents/withdraw`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tokenOf(link.url) }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; withdrawn: { purposeId: string; name: string }[] };
    expect(body.status).toBe('WITHDRAWN');
    expect(body.withdrawn).toEqual([{ purposeId: analytics, name: 'Analytics' }]);
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'partly@example.com' });
    expect(consentSubject.state.map((s) => [s.purposeName, s.choice])).toEqual([
      ['Analytics', 'WITHDRAWN'],
      ['Targeted advertising', 'REFUSED'],
    ]);
  });

  it("a form sent with another person's link records that person's withdrawal under a key of its own", async () => {
    const { tenant, analytics } = await consenting('first@example.com');
    await grant(tenant, 'second@example.com', [analytics]);
    const first = withdrawalForm((await page(pathOf((await linkFor(tenant, 'first@example.com')).url))).html);
    expect((await submit(first.action, first.fields)).status).toBe(200);
    const second = await linkFor(tenant, 'second@example.com');
    const reused = await submit(first.action, { token: tokenOf(second.url), submission: first.fields.submission! });
    expect(reused.status).toBe(200);
    expect(reused.html).toContain('Your consent has been withdrawn');
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'second@example.com' });
    expect(consentSubject.state.map((s) => [s.purposeName, s.choice])).toEqual([['Analytics', 'WITHDRAWN']]);
    expect(consentSubject.history.edges[0]!.node.idempotencyKey).not.toBe(`withdrawal-page:${first.fields.submission}`);
  });

  it('refuses an expired or forged token with a 4xx page that offers a new link', async () => {
    const { tenant } = await consenting('holder@example.com');
    const key = await subjectKeyOf(tenant);
    const expired = sealToken(key, tenant.id, 'holder@example.com', new Date(Date.now() - 1000));
    const stillValid = sealToken(key, tenant.id, 'holder@example.com', new Date(Date.now() + 60_000));
    const base = `/p/${tenant.slug}/consents/withdraw`;

    const old = await page(`${base}?token=${expired}`);
    expect(old.status).toBe(410);
    expect(old.html).toContain('This link has expired');
    expect(old.html).toContain(`action="${base}/link?lang=en"`);
    expect((await page(`${base}?token=${stillValid}`)).status).toBe(200);

    const other = await consenting('holder@example.com');
    const elsewhere = sealToken(
      await subjectKeyOf(other.tenant),
      other.tenant.id,
      'holder@example.com',
      new Date(Date.now() + 60_000),
    );
    const flipped = `${stillValid.slice(0, 20)}${stillValid[20] === 'A' ? 'B' : 'A'}${stillValid.slice(21)}`;
    // Sealed with the same key for another tenant id: the tenant is part of what the tag proves.
    const otherTenantId = sealToken(key, other.tenant.id, 'holder@example.com', new Date(Date.now() + 60_000));
    for (const forged of [
      elsewhere,
      flipped,
      otherTenantId,
      stillValid.slice(0, -4),
      'abc',
      '%00',
      'A'.repeat(2_000),
    ]) {
      const shown = await page(`${base}?token=${encodeURIComponent(forged)}`);
      expect(shown.status, forged.slice(0, 30)).toBe(404);
      expect(shown.html).toContain('This link is not valid');
    }
    expect((await page(`${base}?token=a&token=b`)).status).toBe(404);
    // Posting one is refused the same way, and records nothing.
    const posted = await submit(`${base}?lang=en`, { token: flipped, submission: 'y'.repeat(43) });
    expect(posted.status).toBe(404);
    const postedExpired = await submit(`${base}?lang=en`, { token: expired, submission: 'y'.repeat(43) });
    expect(postedExpired.status).toBe(410);
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'holder@example.com' });
    expect(consentSubject.history.totalCount).toBe(1);
  });

  it('the API refuses a link for nobody, and to callers who may not record consents', async () => {
    const { tenant } = await consenting('known@example.com');
    const unknown = (await tenant.admin.gql(CREATE_LINK, { input: { subjectId: 'stranger@example.com' } }))
      .createConsentWithdrawalLink;
    expect(unknown).toEqual({
      __typename: 'ValidationFailed',
      problems: [{ path: 'subjectId', code: 'UNKNOWN_REFERENCE' }],
    });
    const blank = (await tenant.admin.gql(CREATE_LINK, { input: { subjectId: '  ' } })).createConsentWithdrawalLink;
    expect(blank).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'subjectId', code: 'REQUIRED' }],
    });
    const viewer = await tenant.user('VIEWER');
    const refused = await viewer.client.raw(CREATE_LINK, { input: { subjectId: 'known@example.com' } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = await tenant.apiKey('EDITOR');
    const byKey = (await key.gql(CREATE_LINK, { input: { subjectId: 'known@example.com' } }))
      .createConsentWithdrawalLink;
    expect(byKey.__typename).toBe('ConsentWithdrawalLink');
  });

  it('"send me a link" emails one only when consents exist, and answers the same either way', async () => {
    const { tenant } = await consenting('Asker@Example.com');
    const ask = (email: string, headers: Record<string, string> = {}) =>
      submit(`/p/${tenant.slug}/consents/withdraw/link?lang=en`, { email }, headers);

    const form = await page(`/p/${tenant.slug}/consents/withdraw`);
    expect(form.status).toBe(200);
    expect(form.html).toContain(`action="/p/${tenant.slug}/consents/withdraw/link?lang=en"`);
    expect(form.html).toContain('name="email"');

    const known = await ask('asker@example.com');
    const stranger = await ask('stranger@example.com');
    expect(known.status).toBe(202);
    expect(stranger.status).toBe(202);
    expect(stranger.html).toBe(known.html);
    // Asked again soon: no second email.
    expect((await ask('ASKER@example.com')).html).toBe(known.html);

    const emails = await withdrawalEmails(tenant);
    expect(emails.map((e) => e.to_address)).toEqual(['asker@example.com']);
    const url = /https?:\/\/\S+\/consents\/withdraw\?token=\S+/.exec(emails[0]!.text_body)?.[0];
    expect(url).toMatch(/&lang=en$/);
    const opened = await page(pathOf(url!));
    expect(opened.status).toBe(200);
    expect(opened.html).toContain('<strong>Analytics</strong>');

    const invalid = await ask('not an address');
    expect(invalid.status).toBe(422);
    expect(invalid.html).toContain('Check the address');
    expect(invalid.html).toContain('value="not an address"');
    const json = await fetch(`${apiUrl()}/p/${tenant.slug}/consents/withdraw/link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'stranger@example.com' }),
    });
    expect(json.status).toBe(202);
    expect(await json.json()).toMatchObject({ status: 'CHECK_YOUR_INBOX' });
  });

  it('the emailed link is in the outbox staff read', async () => {
    const { tenant } = await consenting('outbox@example.com');
    const res = await submit(`/p/${tenant.slug}/consents/withdraw/link`, { email: 'outbox@example.com' });
    expect(res.status).toBe(202);
    const { emailOutbox } = await tenant.admin.gql(OUTBOX);
    const mail = emailOutbox.edges.map((e) => e.node).find((m) => m.kind === 'CONSENT_WITHDRAWAL_LINK');
    expect(mail).toMatchObject({ to: 'outbox@example.com' });
    expect(mail?.textBody).toContain(`/p/${tenant.slug}/consents/withdraw?token=`);
  });

  it('speaks the visitor’s language among the tenant’s published ones, purposes named as in the live policy', async () => {
    const { tenant } = await consenting('sprache@example.com', ['DE']);
    const link = await linkFor(tenant, 'sprache@example.com');
    const german = await page(pathOf(link.url), { 'accept-language': 'de-CH, en;q=0.5' });
    expect(german.status).toBe(200);
    expect(german.headers.get('content-language')).toBe('de');
    expect(german.html).toContain('<html lang="de">');
    expect(german.html).toContain('<strong>[de] Analytics</strong>');
    expect(german.html).toContain('Alle Einwilligungen widerrufen');
    const form = withdrawalForm(german.html);
    expect(form.action).toContain('lang=de');

    // Not published in French or Italian: the tenant's default language.
    const italian = await page(pathOf(link.url), { 'accept-language': 'it' });
    const french = await page(`${pathOf(link.url)}&lang=fr`);
    for (const shown of [italian, french]) {
      expect(shown.headers.get('content-language')).toBe('en');
      expect(shown.html).toContain('<strong>Analytics</strong>');
    }
    expect((await page(`${pathOf(link.url)}&lang=de`)).html).toContain('<strong>[de] Analytics</strong>');

    // The email is written in the language of the page that asked for it.
    const asked = await submit(`/p/${tenant.slug}/consents/withdraw/link?lang=de`, { email: 'sprache@example.com' });
    expect(asked.html).toContain('Bitte prüfen Sie Ihr Postfach');
    const [email] = await withdrawalEmails(tenant);
    expect(email!.text_body).toContain('Guten Tag,');
    expect(email!.text_body).toMatch(/&lang=de\n/);
    const done = await submit(form.action, form.fields, { 'accept-language': 'en' });
    expect(done.html).toContain('Ihre Einwilligung wurde widerrufen');
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'sprache@example.com' });
    expect(consentSubject.history.edges[0]!.node.language).toBe('de');
    expect(consentSubject.history.edges[0]!.node.noticeText).toContain('- [de] Analytics (erteilt am');
  });

  it('refuses posts from other sites', async () => {
    const { tenant } = await consenting('csrf@example.com');
    const link = await linkFor(tenant, 'csrf@example.com');
    const form = withdrawalForm((await page(pathOf(link.url))).html);
    const crossSite: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      // An older browser: no Sec-Fetch-Site, only the Origin.
      { 'sec-fetch-site': '', origin: 'https://evil.example' },
    ];
    for (const headers of crossSite) {
      const refused = await submit(form.action, form.fields, headers);
      expect(refused.status).toBe(403);
      expect(refused.html).toContain('Request refused');
      const asked = await submit(`/p/${tenant.slug}/consents/withdraw/link`, { email: 'csrf@example.com' }, headers);
      expect(asked.status).toBe(403);
    }
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'csrf@example.com' });
    expect(consentSubject.history.totalCount).toBe(1);
    expect(await withdrawalEmails(tenant)).toEqual([]);
  });

  it('answers a storm of bad requests with 4xx, never a 5xx', async () => {
    const { tenant } = await consenting('storm@example.com');
    const base = `${apiUrl()}/p/${tenant.slug}/consents/withdraw`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const requests: [string, RequestInit][] = [
      [`${base}?token=${'A'.repeat(40)}`, {}],
      [`${base}?token=`, {}],
      [`${base}?token=a&token=b`, {}],
      [`${apiUrl()}/p/no-such-tenant-${randomUUID().slice(0, 8)}/consents/withdraw`, {}],
      [`${apiUrl()}/p/BAD%00SLUG/consents/withdraw`, {}],
      [base, { method: 'POST', headers: form, body: 'token=' }],
      [base, { method: 'POST', headers: form, body: 'submission=abc&token=x' }],
      [base, { method: 'POST', headers: form, body: 'token=x&token=y' }],
      [base, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'token=x' }],
      [base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":' }],
      [base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '["x"]' }],
      [base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":{"a":1}}' }],
      [base, { method: 'POST', headers: form, body: `token=${'x'.repeat(20_000)}` }],
      [`${base}/link`, { method: 'POST', headers: form, body: 'email=' }],
      [`${base}/link`, { method: 'POST', headers: form, body: `email=${'a'.repeat(300)}@example.com` }],
      [`${base}/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":[1]}' }],
      [`${base}/link`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'null' }],
      [`${base}/link`, { method: 'POST', headers: form, body: 'email=a%00b@example.com' }],
    ];
    const storm = Array.from({ length: 4 }, () => requests).flat();
    const statuses = await Promise.all(
      storm.map(async ([url, init]) => {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        return `${res.status} ${init.method ?? 'GET'} ${url.slice(apiUrl().length, apiUrl().length + 60)} ${String(init.body ?? '').slice(0, 30)}`;
      }),
    );
    const unexpected = statuses.filter((s) => !/^4\d\d /.test(s));
    expect(unexpected).toEqual([]);
    const { consentSubject } = await tenant.admin.gql(SUBJECT, { s: 'storm@example.com' });
    expect(consentSubject.history.totalCount).toBe(1);
  });
});
