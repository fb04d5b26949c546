import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { focusedName, launchBrowser, openPortal, ownerToken, shot, tenantApi } from './helpers.js';

/**
 * The public data-subject request form as a requester meets it, in a real Chromium: found from the demo client's
 * live policy, refused with an error summary that takes focus and links to the marked fields, filed once with a
 * receipt that a reload shows again without a second request or email, and in German. The client's name and
 * accent colour are on the pages. What was filed, and what was emailed, is read through GraphQL as the owner.
 */
const CLIENT = { slug: 'cloudsentric', name: 'CloudSentric' };
/** Set for this file and put back afterwards; the request pages read it live. */
const ACCENT = { hex: '#0f766e', rgb: 'rgb(15, 118, 110)' };
const run = Date.now().toString(36);
const REQUESTER = { name: 'Mina Okafor', email: `mina.okafor.${run}@example.test` };
const GERMAN_REQUESTER = { name: 'Jonas Weber', email: `jonas.weber.${run}@example.test` };

let browser: Browser;
let page: Page;
let api: ReturnType<typeof tenantApi>;
/** The client's accent colour before this file changed it; undefined until it has. */
let accentBefore: string | null | undefined;

const saveAccent = (accentColor: string | null) =>
  api<{ updatePolicySettings: { __typename: string } }>(
    'mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) { __typename } }',
    { input: { accentColor } },
  );

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPortal(browser));
  api = tenantApi(await ownerToken(), CLIENT.slug);
  const { policySettings } = await api<{ policySettings: { accentColor: string | null } }>(
    '{ policySettings { accentColor } }',
  );
  expect((await saveAccent(ACCENT.hex)).updatePolicySettings.__typename).toBe('PolicySettings');
  accentBefore = policySettings.accentColor;
});

afterAll(async () => {
  if (accentBefore !== undefined) await saveAccent(accentBefore);
  await browser?.close();
});

/** How many requests the client has, of every state and source. */
async function requestCount(): Promise<number> {
  const { dataSubjectRequests } = await api<{ dataSubjectRequests: { totalCount: number } }>(
    '{ dataSubjectRequests(first: 1) { totalCount } }',
  );
  return dataSubjectRequests.totalCount;
}

/** The client's requests from one requester's address. */
async function requestsFrom(email: string) {
  const { dataSubjectRequests } = await api<{
    dataSubjectRequests: { edges: { node: { reference: string; requesterEmail: string; language: string } }[] };
  }>(
    'query ($search: String!) { dataSubjectRequests(first: 10, search: $search) { edges { node { reference requesterEmail language } } } }',
    { search: email },
  );
  return dataSubjectRequests.edges.map((e) => e.node).filter((r) => r.requesterEmail === email);
}

/** Every message in the client's outbox, and those to one address (newest first: this run's are on the first page). */
async function outbox(to?: string): Promise<{ total: number; to: number }> {
  const { emailOutbox } = await api<{ emailOutbox: { totalCount: number; edges: { node: { to: string } }[] } }>(
    '{ emailOutbox(first: 100) { totalCount edges { node { to } } } }',
  );
  return { total: emailOutbox.totalCount, to: emailOutbox.edges.filter((e) => e.node.to === to).length };
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

/** Sends the form and gives the status of the server's answer. */
async function send(button: string): Promise<number> {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest());
  await page.getByRole('button', { name: button, exact: true }).click();
  const status = (await answered).status();
  await page.waitForLoadState();
  return status;
}

/** A field the form refused: marked invalid, and described by its message (after any hint). */
async function refusal(field: Locator): Promise<{ invalid: string | null; message: string }> {
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const messageId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  return {
    invalid: await field.getAttribute('aria-invalid'),
    message: messageId ? ((await page.locator(`#${messageId}`).textContent()) ?? '').trim() : '',
  };
}

/** The error summary's problems: each link's words and the field it leads to. */
const summaryLinks = (summary: Locator) =>
  summary
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') })));

/** The reference the receipt gives. */
const receiptReference = async (sentence: RegExp) =>
  ((await page.getByText(sentence).locator('strong').textContent()) ?? '').trim();

describe.sequential('a requester uses the public request form', () => {
  test('finds the form from the "your rights" section of the live policy', async () => {
    await page.goto(`/p/${CLIENT.slug}/privacy`);
    const rights = page.getByRole('region', { name: 'Your rights', exact: true });
    await rights.getByRole('link', { name: 'our online request form', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/p/${CLIENT.slug}/requests/new`);
    await page.getByRole('heading', { level: 1, name: 'Make a data-protection request' }).waitFor();
    // The client's own page: its name above the heading, its accent colour under the heading and on the button.
    expect((await page.locator('.organisation').textContent())?.trim()).toBe(CLIENT.name);
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.evaluate((el) => getComputedStyle(el).borderBottomColor)).toBe(ACCENT.rgb);
    expect(
      await page.getByRole('button', { name: 'Send request' }).evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe(ACCENT.rgb);
  });

  test('a refused form shows an error summary that takes focus and links to the marked fields; nothing is filed', async () => {
    const requestsBefore = await requestCount();
    const emailsBefore = (await outbox()).total;

    // No name, and an address that is not one.
    await page.getByLabel('Your email address').fill('mina@');
    expect(await send('Send request')).toBe(422);

    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await summary.waitFor();
    expect(await summaryLinks(summary)).toEqual([
      { text: 'Enter your name.', href: '#requesterName' },
      { text: 'Enter an email address like name@example.com.', href: '#email' },
    ]);
    // The summary's heading has the focus once the page is shown, so a screen reader starts there.
    await expect.poll(focusedId).toBe('error-summary-title');

    expect(await refusal(page.getByLabel('Your name'))).toEqual({ invalid: 'true', message: 'Enter your name.' });
    expect(await refusal(page.getByLabel('Your email address'))).toEqual({
      invalid: 'true',
      message: 'Enter an email address like name@example.com.',
    });
    expect(await page.getByLabel('What would you like us to do?').getAttribute('aria-invalid')).toBeNull();
    // What was typed stays, and the words are for people: no field names, codes or developer sentences.
    expect(await page.getByLabel('Your email address').inputValue()).toBe('mina@');
    expect(await page.locator('main').innerText()).not.toMatch(/requesterName|REQUIRED|INVALID|VALIDATION|must /);
    await shot(page, 'request-form-errors');

    // By keyboard: from the summary's heading, Tab reaches the first problem; Enter takes the focus to its field.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Enter your name.');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('requesterName');

    expect(await requestCount()).toBe(requestsBefore);
    expect((await outbox()).total).toBe(emailsBefore);
  });

  test('a corrected form gets a receipt with a reference; reloading the receipt shows it again and files nothing more', async () => {
    const requestsBefore = await requestCount();

    await page.getByLabel('What would you like us to do?').selectOption({ label: 'Erasure: delete data about me' });
    await page.getByLabel('Your name').fill(REQUESTER.name);
    await page.getByLabel('Your email address').fill(REQUESTER.email);
    await page.getByLabel(/Anything that helps us find your data/).fill('I had an account from 2019 to 2023.');
    expect(await send('Send request')).toBe(201);

    await page.getByRole('heading', { level: 1, name: 'Request received' }).waitFor();
    expect((await page.locator('.organisation').textContent())?.trim()).toBe(CLIENT.name);
    const reference = await receiptReference(/Your reference is/);
    expect(reference).toMatch(/^R-[0-9A-Z]+$/);
    expect(await page.getByText(/We will answer by/).isVisible()).toBe(true);
    expect(await requestCount()).toBe(requestsBefore + 1);
    expect(await requestsFrom(REQUESTER.email)).toEqual([
      { reference, requesterEmail: REQUESTER.email, language: 'en' },
    ]);
    expect((await outbox(REQUESTER.email)).to).toBe(1);
    await shot(page, 'request-form-receipt');

    // The receipt is the form's POST answer: a reload sends the form again, with its one-time token.
    const reloaded = await page.reload();
    expect(reloaded?.request().method()).toBe('POST');
    await page.getByRole('heading', { level: 1, name: 'Request received' }).waitFor();
    expect(await receiptReference(/Your reference is/)).toBe(reference);
    expect(await requestCount()).toBe(requestsBefore + 1);
    expect((await requestsFrom(REQUESTER.email)).map((r) => r.reference)).toEqual([reference]);
    expect((await outbox(REQUESTER.email)).to).toBe(1);
  });

  test('in German, from the German policy: German labels, errors and receipt', async () => {
    await page.goto(`/p/${CLIENT.slug}/privacy?lang=de`);
    const rights = page.getByRole('region', { name: 'Ihre Rechte', exact: true });
    await rights.getByRole('link', { name: 'unser Online-Anfrageformular', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/p/${CLIENT.slug}/requests/new`);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByRole('heading', { level: 1, name: 'Datenschutzanfrage stellen' }).waitFor();
    await page.getByLabel('Was sollen wir tun?').waitFor();
    await page.getByLabel('Ihr Name').waitFor();

    const requestsBefore = await requestCount();
    await page.getByLabel('Ihre E-Mail-Adresse').fill('keine-adresse');
    expect(await send('Anfrage senden')).toBe(422);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    const summary = page.getByRole('alert', { name: 'Es gibt ein Problem' });
    await summary.waitFor();
    expect(await summaryLinks(summary)).toEqual([
      { text: 'Geben Sie Ihren Namen ein.', href: '#requesterName' },
      { text: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.', href: '#email' },
    ]);
    expect(await refusal(page.getByLabel('Ihr Name'))).toEqual({
      invalid: 'true',
      message: 'Geben Sie Ihren Namen ein.',
    });
    expect(await refusal(page.getByLabel('Ihre E-Mail-Adresse'))).toEqual({
      invalid: 'true',
      message: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    });
    await shot(page, 'request-form-german-errors');
    expect(await requestCount()).toBe(requestsBefore);

    await page.getByLabel('Ihr Name').fill(GERMAN_REQUESTER.name);
    await page.getByLabel('Ihre E-Mail-Adresse').fill(GERMAN_REQUESTER.email);
    expect(await send('Anfrage senden')).toBe(201);
    await page.getByRole('heading', { level: 1, name: 'Anfrage eingegangen' }).waitFor();
    const reference = await receiptReference(/Ihr Aktenzeichen lautet/);
    // The request is answered in the language it was made in.
    expect(await requestsFrom(GERMAN_REQUESTER.email)).toEqual([
      { reference, requesterEmail: GERMAN_REQUESTER.email, language: 'de' },
    ]);
    expect(await requestCount()).toBe(requestsBefore + 1);
  });
});
