import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { addTenantPerson } from './helpers.js';

/**
 * The agency's recipient catalog and a client's consents in a real Chromium, against the built API and portal
 * (shared server, demo data). This file owns a client of its own and a consent subject of its own; steps wait on
 * locators, downloads and responses, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36);
const TENANT = {
  legalName: 'Tidewater Ferry Company Ltd',
  slug: `tidewater-ferry-${run}`,
  contactEmail: 'privacy@tidewater-ferry.test',
};
const ENTRY_NAME = `Harbourline Mail ${run}`;
/** The demo client that takes consents (it has consent purposes and a published policy). */
const CONSENT_TENANT = 'cloud-officer';
const SUBJECT = `ferry-rider-${run}@example.test`;
const PAGE_URL = `https://www.cloud-officer.example/newsletter?run=${run}`;
const VIEWER = {
  name: 'Ola Nordmann',
  email: `ola.${run}@tidewater-ferry.test`,
  password: 'Ferries-at-Low-Tide-2026!',
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let token = '';
let recordedEventId = '';
let consentPurposeName = '';

async function shot(name: string, target: Page = page) {
  await target.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  tenant?: string,
): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(tenant ? { 'x-tenant': tenant } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(inject('ownerEmail'));
  await page.getByLabel('Password').fill(inject('ownerPassword'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  token = (await page.evaluate(() => localStorage.getItem('noticeboard.token'))) ?? '';
  expect(token).not.toBe('');

  // This file's own client, with a recipient taken from the catalog's default "Amazon Web Services" entry.
  const created = await graphql<{ createTenant: { __typename: string; slug?: string } }>(
    `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on Tenant { slug } } }`,
    { input: { ...TENANT, jurisdictions: ['EU_GDPR'] } },
  );
  expect(created.createTenant).toEqual({ __typename: 'Tenant', slug: TENANT.slug });
  const catalog = await graphql<{ catalogEntries: { edges: { node: { id: string; name: string } }[] } }>(
    '{ catalogEntries(first: 100) { edges { node { id name } } } }',
  );
  const aws = catalog.catalogEntries.edges.find((e) => e.node.name === 'Amazon Web Services')?.node.id;
  expect(aws).toBeDefined();
  const added = await graphql<{ addRecipientFromCatalog: { __typename: string } }>(
    `mutation ($input: AddRecipientFromCatalogInput!) { addRecipientFromCatalog(input: $input) { __typename } }`,
    { input: { catalogEntryId: aws, dpaSignedOn: '2026-01-15' } },
    TENANT.slug,
  );
  expect(added.addRecipientFromCatalog.__typename).toBe('Recipient');
});

afterAll(async () => {
  await browser?.close();
});

function entryCard(name: string) {
  return page
    .getByRole('list', { name: 'Catalog entries' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

describe.sequential('the agency recipient catalog', () => {
  test('lists the default entries with the clients each reaches and their DPA date', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recipient catalog' }).waitFor();
    const aws = entryCard('Amazon Web Services');
    await aws.getByText('Amazon Web Services EMEA SARL').waitFor();
    await aws.getByText('Standard contractual clauses, UK addendum to the SCCs').waitFor();
    await aws.getByRole('link', { name: 'https://aws.amazon.com/privacy/' }).waitFor();
    const reach = aws.getByRole('list', { name: /Used by \d+ client/ });
    const ours = reach.getByRole('listitem').filter({ has: page.getByRole('link', { name: TENANT.legalName }) });
    await ours.getByText('DPA signed 15 Jan 2026').waitFor();
    expect(await ours.getByRole('link', { name: TENANT.legalName }).getAttribute('href')).toBe(
      `/tenants/${TENANT.slug}`,
    );
    // An entry no client uses says so (no test links Zapier; the others share this database).
    await entryCard('Zapier').getByText('No client uses this entry yet.').waitFor();
    await shot('40-catalog');
  });

  test('creates an entry: the API’s refusal shows next to the field, then the fixed entry is listed', async () => {
    await page.getByRole('button', { name: 'New entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New catalog entry' });
    await dialog.getByLabel('Name', { exact: true }).fill(ENTRY_NAME);
    await dialog.getByLabel('Service').fill('transactional email');
    await dialog.getByLabel('Legal entity').fill('Harbourline Mail GmbH');
    await dialog.getByLabel('Country', { exact: true }).fill('XX');
    await dialog.getByLabel('Standard contractual clauses').check();
    await dialog.getByRole('button', { name: 'Add to catalog' }).click();
    const country = dialog.locator('input[name="country"][aria-invalid="true"]');
    await country.waitFor();
    const errorId = (await country.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    expect(await dialog.locator(`[id="${errorId}"]`).textContent()).toMatch(/country/i);
    await dialog.getByRole('alert').getByText('Please correct the fields marked below.').waitFor();
    await shot('40b-catalog-validation');

    await dialog.getByLabel('Country', { exact: true }).fill('de');
    await dialog.getByLabel('Privacy policy URL').fill('https://harbourline.example/privacy');
    await dialog.getByRole('button', { name: 'Add to catalog' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText(`${ENTRY_NAME} was added to the catalog.`).waitFor();
    const card = entryCard(ENTRY_NAME);
    await card.getByText('Harbourline Mail GmbH').waitFor();
    await card.getByText('No client uses this entry yet.').waitFor();
    await card.getByText('DE', { exact: true }).waitFor();
  });

  test('an edit reports the clients it reached; a deleted entry leaves the catalog', async () => {
    // Our client takes the new entry too, so the edit reaches it.
    const entries = await graphql<{ catalogEntries: { edges: { node: { id: string; name: string } }[] } }>(
      '{ catalogEntries(first: 100) { edges { node { id name } } } }',
    );
    const entryId = entries.catalogEntries.edges.find((e) => e.node.name === ENTRY_NAME)?.node.id;
    await graphql(
      `mutation ($input: AddRecipientFromCatalogInput!) { addRecipientFromCatalog(input: $input) { __typename } }`,
      { input: { catalogEntryId: entryId } },
      TENANT.slug,
    );
    await page.reload();
    const card = entryCard(ENTRY_NAME);
    await card.getByRole('link', { name: TENANT.legalName }).waitFor();
    await card.getByText('no DPA date recorded').waitFor();

    await card.getByRole('button', { name: `Edit ${ENTRY_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${ENTRY_NAME}` });
    await dialog.getByText(/Saving changes the recipient in the draft of 1 client/).waitFor();
    expect(await dialog.getByLabel('Country', { exact: true }).inputValue()).toBe('DE');
    await dialog.getByLabel('Processing countries').fill('us, in');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const status = page.getByRole('status').filter({ hasText: `${ENTRY_NAME} was saved` });
    await status.getByText(/It reached 1 client/).waitFor();
    await status.getByText(`${TENANT.legalName}: never published`).waitFor();
    // The API keeps the countries in its own order.
    await card.getByText(/processes data in (US, IN|IN, US)$/).waitFor();

    await card.getByRole('button', { name: `Delete ${ENTRY_NAME}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${ENTRY_NAME}?` });
    await confirm.getByText(/The 1 client using it keep the recipient as their own/).waitFor();
    await confirm.getByRole('button', { name: 'Delete entry' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText(`${ENTRY_NAME} was removed from the catalog.`, { exact: false }).waitFor();
    await card.waitFor({ state: 'detached' });
    // The client keeps the recipient, now its own.
    const recipients = await graphql<{
      recipients: { edges: { node: { name: string; catalogEntryId: string | null } }[] };
    }>('{ recipients { edges { node { name catalogEntryId } } } }', {}, TENANT.slug);
    expect(recipients.recipients.edges.map((e) => e.node).find((r) => r.name === ENTRY_NAME)).toEqual({
      name: ENTRY_NAME,
      catalogEntryId: null,
    });
  });

  test('republishes chosen clients and tells, per client, what happened', async () => {
    const panel = page.getByRole('region', { name: 'Republish clients' });
    await panel.getByRole('checkbox', { name: TENANT.legalName }).check();
    // Without a summary the API refuses; the problem shows next to the field.
    await panel.getByRole('button', { name: /^Republish 1 client$/ }).click();
    await panel.locator('input[name="changeSummary"][aria-invalid="true"]').waitFor();
    await panel.getByLabel('What changed').fill('Amazon Web Services transfer safeguards reviewed');
    await panel.getByRole('button', { name: /^Republish 1 client$/ }).click();
    const results = panel.getByRole('table', { name: 'What republishing did for each client' });
    const row = results.getByRole('row').filter({ has: page.getByRole('link', { name: TENANT.legalName }) });
    // A new client's draft is far from complete: it is skipped, with how many problems block it.
    await row.getByText(/Skipped: the draft is incomplete \(\d+ problems? to fix\)/).waitFor();
    await panel.getByRole('heading', { name: /Results: 1 skipped as incomplete/ }).waitFor();
    await shot('40c-catalog-republish');
  });
});

describe.sequential('a client’s consents', () => {
  test('a consent recorded through the public endpoint is found by its identifier, with its history and proof', async () => {
    // A website's server records the answer (no Origin header: server to server).
    const noticeRes = await fetch(`${baseUrl}/p/${CONSENT_TENANT}/consents/notice`);
    expect(noticeRes.status).toBe(200);
    const notice = (await noticeRes.json()) as {
      policyVersion: number;
      hash: string;
      purposes: { id: string; name: string; kind: string }[];
    };
    const consentPurposes = notice.purposes.filter((p) => p.kind === 'CONSENT');
    expect(consentPurposes.length).toBeGreaterThan(0);
    consentPurposeName = consentPurposes[0]!.name;
    const posted = await fetch(`${baseUrl}/p/${CONSENT_TENANT}/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-${run}` },
      body: JSON.stringify({
        subjectId: SUBJECT,
        granted: [consentPurposes[0]!.id],
        method: 'BANNER',
        noticeHash: notice.hash,
        pageUrl: PAGE_URL,
        language: 'en-GB',
      }),
    });
    const recorded = (await posted.json()) as { id: string; policyVersion: number };
    expect(posted.status).toBe(201);
    recordedEventId = recorded.id;

    await page.goto(`/tenants/${CONSENT_TENANT}/consents`);
    await page.getByRole('heading', { level: 1, name: 'Consents' }).waitFor();
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Consents' }).waitFor();

    // Someone unknown: an empty state, not an error.
    await page.getByLabel('Identifier').fill(`nobody-${run}@example.test`);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByText('No consents recorded for this identifier').waitFor();
    expect(await page.getByRole('button', { name: 'Download proof (JSON)' }).count()).toBe(0);

    // E-mail addresses are compared without case.
    await page.getByLabel('Identifier').fill(SUBJECT.toUpperCase());
    await page.getByRole('button', { name: 'Look up' }).click();
    const state = page.getByRole('table', { name: 'Answer in force per purpose' });
    await state.getByRole('row').filter({ hasText: consentPurposeName }).getByText('Granted').waitFor();
    const history = page.getByRole('table', { name: /Every answer this person gave/ });
    const event = history.getByRole('row').filter({ hasText: PAGE_URL });
    await event.getByText('Cookie banner').waitFor();
    await event.getByText('en-GB').waitFor();
    await event.getByText(`v${recorded.policyVersion}`).waitFor();
    await event.getByText('by website').waitFor();
    await shot('41-consents');

    // The proof downloads as a JSON file that holds the event.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download proof (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^consent-proof-${CONSENT_TENANT}-[0-9a-f]{12}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const proof = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      format: string;
      events: {
        id: string;
        pageUrl: string;
        method: string;
        ipTruncated: string | null;
        decisions: { choice: string; purposeName: string }[];
        policy: { version: number };
      }[];
    };
    expect(proof.format).toBe('noticeboard.consent-proof/1');
    expect(proof.events).toHaveLength(1);
    expect(proof.events[0]).toMatchObject({
      id: recordedEventId,
      pageUrl: PAGE_URL,
      method: 'BANNER',
      policy: { version: recorded.policyVersion },
    });
    expect(proof.events[0]!.decisions).toEqual([
      expect.objectContaining({ choice: 'GRANTED', purposeName: consentPurposeName }),
    ]);
    expect(JSON.stringify(proof)).not.toContain(SUBJECT);
    // The address is kept to network precision only, and the history shows the same.
    const ip = proof.events[0]!.ipTruncated;
    expect(ip).toMatch(/^(127\.0\.0\.0|::ffff:127\.0\.0\.0|[0-9a-f:]+::)$/);
    await event.getByRole('cell', { name: ip!, exact: true }).waitFor();
    await page
      .getByRole('status')
      .getByText(/The proof was saved as consent-proof-/)
      .waitFor();
  });

  test('a withdrawal recorded in the portal joins the history; a missing notice text is refused next to its field', async () => {
    await page
      .getByRole('region', { name: /Find a person/ })
      .getByRole('button', { name: 'Record a consent' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Record a consent' });
    expect(await dialog.getByLabel('Identifier').inputValue()).toBe(SUBJECT.toUpperCase());
    await dialog
      .getByRole('group', { name: new RegExp(consentPurposeName) })
      .getByLabel('Withdrawn')
      .check();
    await dialog.getByLabel('How it was given').selectOption({ label: 'Form' });
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await dialog.locator('textarea[name="noticeText"][aria-invalid="true"]').waitFor();
    await dialog
      .getByLabel('Exact text the person was shown')
      .fill('You can withdraw your consent to recorded meetings at any time. Tick to withdraw.');
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText('The consent was recorded.').waitFor();
    const state = page.getByRole('table', { name: 'Answer in force per purpose' });
    await state.getByRole('row').filter({ hasText: consentPurposeName }).getByText('Withdrawn').waitFor();
    const history = page.getByRole('table', { name: /Every answer this person gave/ });
    await history.getByRole('row').filter({ hasText: 'by portal user' }).getByText('Form', { exact: true }).waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
  });

  test('answers per purpose over time show as a chart with the same numbers as a table, for a chosen period', async () => {
    const panel = page.getByRole('region', { name: 'Answers over time' });
    const figure = panel.getByRole('figure').filter({ hasText: consentPurposeName });
    await figure.first().waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const todayLabel = new Date(`${today}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    await figure
      .first()
      .getByRole('button', { name: /Show as a table/ })
      .click();
    const table = figure.first().getByRole('table');
    const todayRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: todayLabel, exact: true }) });
    const granted = Number(await todayRow.getByRole('cell').first().textContent());
    expect(granted).toBeGreaterThanOrEqual(1);
    // The bars themselves are hidden from assistive technology; the caption sums them up.
    expect(await figure.first().locator('svg').getAttribute('aria-hidden')).toBe('true');
    await figure
      .first()
      .getByText(/\d+ granted, \d+ refused, \d+ withdrawn/)
      .waitFor();

    await panel.getByLabel('Period').selectOption({ label: 'Last 12 months, by month' });
    const monthLabel = new Date(`${today.slice(0, 8)}01T00:00:00Z`).toLocaleDateString('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const monthFigure = panel.getByRole('figure').filter({ hasText: consentPurposeName }).first();
    await monthFigure.getByRole('button', { name: /Show as a table/ }).click();
    const monthRow = monthFigure
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: monthLabel, exact: true }) });
    expect(Number(await monthRow.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(granted);
    await monthFigure.getByRole('button', { name: /Hide the numbers/ }).click();
    await shot('41b-consents-by-month');

    // At a narrow window, the page still fits.
    await page.setViewportSize({ width: 820, height: 900 });
    await panel.getByRole('figure').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await shot('41c-consents-820');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe.sequential('what a viewer of a client may do', () => {
  test('a viewer reads consents but finds no button to record one, and no agency catalog', async () => {
    // The owner invites the viewer, who accepts the emailed link with a password of their own.
    await addTenantPerson(TENANT.slug, VIEWER, 'VIEWER');
    const viewerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const viewer = await viewerContext.newPage();
    viewer.setDefaultTimeout(15_000);
    try {
      await viewer.goto('/sign-in');
      await viewer.getByLabel('Email').fill(VIEWER.email);
      await viewer.getByLabel('Password').fill(VIEWER.password);
      await viewer.getByRole('button', { name: 'Sign in' }).click();
      await viewer.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      const nav = viewer.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Requests' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Catalog' }).count()).toBe(0);

      await viewer.goto(`/tenants/${TENANT.slug}/consents`);
      await viewer.getByRole('heading', { level: 1, name: 'Consents' }).waitFor();
      await viewer.getByLabel('Identifier').fill(SUBJECT);
      await viewer.getByRole('button', { name: 'Look up' }).click();
      await viewer.getByText('No consents recorded for this identifier').waitFor();
      await viewer.getByRole('heading', { name: 'Answers over time' }).waitFor();
      await viewer.getByText('No answers in this period').waitFor();
      expect(await viewer.getByRole('button', { name: 'Record a consent' }).count()).toBe(0);
    } finally {
      await viewerContext.close();
    }
  });
});
