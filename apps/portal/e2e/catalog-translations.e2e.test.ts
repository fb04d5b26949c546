import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

/**
 * The catalog's translations in a real Chromium, against the built API and portal (shared server, demo data): the
 * list's language badges, and the entry dialog's translations beside their English, saved with the entry. This file
 * owns an entry of its own; steps wait on locators, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36);
const ENTRY_NAME = `Lanternfish Analytics ${run}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let token = '';
let entryId = '';

async function shot(name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

async function graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`GraphQL failed: ${JSON.stringify(json.errors)}`);
  return json.data;
}

interface Translation {
  language: string;
  field: string;
  value: string;
  state: string;
}

async function storedTranslations(): Promise<Translation[]> {
  const data = await graphql<{ catalogEntry: { translations: Translation[] } }>(
    'query ($id: ID!) { catalogEntry(id: $id) { translations { language field value state } } }',
    { id: entryId },
  );
  return data.catalogEntry.translations;
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(inject('ownerEmail'));
  await page.getByLabel('Password').fill(inject('ownerPassword'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  token = (await page.evaluate(() => localStorage.getItem('noticeboard.token'))) ?? '';
  expect(token).not.toBe('');

  // An entry with a French service translated from the English before it changed, and a German one after.
  const created = await graphql<{ createCatalogEntry: { __typename: string; id?: string; problems?: unknown } }>(
    `mutation ($input: CreateCatalogEntryInput!) {
      createCatalogEntry(input: $input) {
        __typename
        ... on CatalogEntry { id }
        ... on ValidationFailed { problems { path message } }
      }
    }`,
    {
      input: {
        name: ENTRY_NAME,
        service: 'web analytics',
        country: 'US',
        safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
        transferDetails: 'Standard contractual clauses, available on request.',
        translations: [{ language: 'FR', field: 'service', value: 'analyse d’audience' }],
      },
    },
  );
  expect(created.createCatalogEntry).toEqual({ __typename: 'CatalogEntry', id: expect.any(String) });
  entryId = created.createCatalogEntry.id!;
  // The French one is sent back unchanged, so it keeps the English it was made from.
  await graphql(`mutation ($input: UpdateCatalogEntryInput!) { updateCatalogEntry(input: $input) { __typename } }`, {
    input: {
      id: entryId,
      service: 'website analytics',
      translations: [
        { language: 'DE', field: 'service', value: 'Webanalyse' },
        { language: 'FR', field: 'service', value: 'analyse d’audience' },
      ],
    },
  });
});

afterAll(async () => {
  if (entryId && token)
    await graphql('mutation ($id: ID!) { deleteCatalogEntry(id: $id) { deletedId } }', { id: entryId }).catch(
      () => undefined,
    );
  await browser?.close();
});

function entryCard(name: string) {
  return page
    .getByRole('list', { name: 'Catalog entries' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

describe.sequential('translations of a catalog entry', () => {
  test('the list says which languages are complete', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recipient catalog' }).waitFor();
    const card = entryCard(ENTRY_NAME);
    await card.getByText('German: 1 missing', { exact: true }).waitFor();
    await card.getByText('French: 1 missing, 1 outdated', { exact: true }).waitFor();
    await card.getByText('Spanish: 2 missing', { exact: true }).waitFor();
    await card.getByText('Italian: 2 missing', { exact: true }).waitFor();
  });

  test('the dialog shows each text beside its English, confirms an outdated one and saves the whole set', async () => {
    await entryCard(ENTRY_NAME)
      .getByRole('button', { name: `Edit ${ENTRY_NAME}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Edit ${ENTRY_NAME}` });
    const service = dialog.getByRole('group', { name: 'Service', exact: true });
    const details = dialog.getByRole('group', { name: 'Transfer details', exact: true });
    await service.getByText('website analytics', { exact: true }).waitFor();
    expect(await service.getByLabel('German').inputValue()).toBe('Webanalyse');

    // French was made from the English before it changed: it shows that English and can be confirmed.
    const french = service.getByLabel('French');
    expect(await french.inputValue()).toBe('analyse d’audience');
    await service.getByText('web analytics', { exact: true }).waitFor();
    await service.getByRole('button', { name: 'Still correct (French service)' }).click();
    expect(
      await service.getByRole('button', { name: 'Still correct (French service)' }).getAttribute('aria-pressed'),
    ).toBe('true');

    // A missing text is marked; a translation too long comes back at its own field.
    const germanDetails = details.getByLabel('German');
    expect(await germanDetails.getAttribute('aria-describedby')).toBeTruthy();
    await germanDetails.fill('x'.repeat(40_001));
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await details.locator('textarea[name="translations.DE.transferDetails"][aria-invalid="true"]').waitFor();
    await dialog.getByRole('alert').getByText('Please correct the fields marked below.').waitFor();

    await service.screenshot({ path: path.join(screenshots, '41a-catalog-translations-service.png') });
    await germanDetails.fill('Standardvertragsklauseln, auf Anfrage erhältlich.');
    await service.getByLabel('Spanish').fill('analítica web');
    await shot('41-catalog-translations');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const card = entryCard(ENTRY_NAME);
    await card.getByText('German: complete', { exact: true }).waitFor();
    await card.getByText('French: 1 missing', { exact: true }).waitFor();
    await card.getByText('Spanish: 1 missing', { exact: true }).waitFor();
    const saved = (await storedTranslations()).map((t) => `${t.language}.${t.field}=${t.value} (${t.state})`).sort();
    expect(saved).toEqual([
      'DE.service=Webanalyse (CURRENT)',
      'DE.transferDetails=Standardvertragsklauseln, auf Anfrage erhältlich. (CURRENT)',
      'ES.service=analítica web (CURRENT)',
      'FR.service=analyse d’audience (CURRENT)',
    ]);
  });
});
