import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createClient,
  focusedName,
  launchBrowser,
  openPortal,
  ownerToken,
  shot,
  signIn,
  tenantApi,
} from './helpers.js';

/**
 * A client's own words in a second language: German chosen in the policy settings, the translations page showing
 * German incomplete, one text translated, another copied from English and marked untranslated, saved, and the
 * progress, the completeness panel and the draft preview following.
 */
const CLIENT = {
  legalName: 'Harbour Lights Ferries Ltd',
  slug: `harbour-lights-${Date.now().toString(36)}`,
  email: 'privacy@harbour-lights.test',
  establishedIn: 'IE',
};
const AUDIENCE = { name: 'Passengers', description: 'People who book a crossing with us.' };

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPortal(browser));
});

afterAll(async () => {
  await browser?.close();
});

const clientSection = (name: string) =>
  page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name, exact: true });
const germanCard = () =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Deutsch (German)' }) });
const germanProgress = async () =>
  (await germanCard()
    .getByText(/ of \d+ texts? translated/)
    .textContent()) ?? '';
const textOf = (field: string) =>
  page.locator('.translation-text').filter({ has: page.getByRole('heading', { level: 4, name: field, exact: true }) });

test('an agency owner publishes German and translates the client’s own words', async () => {
  await signIn(page);
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await createClient(page, CLIENT);
  // Something of the client's own to translate: an audience with its description.
  const api = tenantApi(await ownerToken(), CLIENT.slug);
  const created = await api<{ createAudience: { __typename: string; id?: string } }>(
    'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { __typename ... on Audience { id } } }',
    { input: AUDIENCE },
  );
  expect(created.createAudience.__typename).toBe('Audience');

  // The settings publish German besides the default language, which is always published.
  await page.goto(`/tenants/${CLIENT.slug}/edit/settings`);
  const settings = page.getByRole('region', { name: 'Policy settings' });
  const languages = settings.getByRole('group', { name: 'Languages' });
  expect(await languages.getByRole('checkbox', { name: /English — default, always published/ }).isDisabled()).toBe(
    true,
  );
  await languages.getByRole('checkbox', { name: 'Deutsch (German)' }).check();
  await shot(page, '79-settings-languages');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText('Settings saved.').waitFor();

  // The translations page opens German, published and not complete.
  await clientSection('Translations').click();
  await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
  await page.waitForURL(/[?&]language=de\b/);
  await germanCard().getByText('Published', { exact: true }).waitFor();
  await germanCard().getByText('Incomplete', { exact: true }).waitFor();
  const before = await germanProgress();
  expect(before).toMatch(/^0 of \d+ texts? translated \(0%\)$/);
  const required = Number(/of (\d+)/.exec(before)?.[1]);
  await page.getByRole('heading', { level: 2, name: 'Texts in Deutsch (German)' }).waitFor();
  await textOf('Name').getByText('Missing', { exact: true }).waitFor();

  // A translation in English is pointed out; in German it is not.
  const name = page.getByLabel(`German translation of Name (${AUDIENCE.name})`);
  await name.fill('The passengers');
  await textOf('Name')
    .getByText(/This looks like English \(“the”\)/)
    .waitFor();
  await name.fill('Fahrgäste');
  await textOf('Name')
    .getByText(/This looks like English/)
    .waitFor({ state: 'detached' });

  // Copied from the default text: marked untranslated until edited.
  const description = textOf('Description');
  await description.getByRole('button', { name: `Copy from default for Description (${AUDIENCE.name})` }).click();
  const box = page.getByLabel(`German translation of Description (${AUDIENCE.name})`);
  expect(await box.inputValue()).toBe(AUDIENCE.description);
  await description.getByText(/A copy of the English text: it counts as untranslated/).waitFor();
  await page.getByText('2 unsaved changes').waitFor();
  await shot(page, '80-translations-editing');

  await page.getByRole('button', { name: 'Save translations' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved 2 texts.' }).waitFor();
  // One of the texts is translated now; the copy is still untranslated and keeps German from publishing.
  await germanCard()
    .getByText(new RegExp(`^1 of ${required} texts? translated`))
    .waitFor();
  await germanCard()
    .getByText(/1 untranslated/)
    .waitFor();
  await germanCard().getByText('Incomplete', { exact: true }).waitFor();
  await description.getByText('Untranslated', { exact: true }).first().waitFor();
  expect(await box.inputValue()).toBe(AUDIENCE.description);
  // Translated, so no longer among the texts that need work.
  await textOf('Name').waitFor({ state: 'detached' });
  await shot(page, '81-translations-saved');

  // The completeness panel names the language of a translation problem and links to the text.
  await clientSection('Publish & versions').click();
  const completeness = page.getByRole('region', { name: 'Policy completeness' });
  const problem = completeness.getByRole('listitem').filter({ hasText: '· in German' }).first();
  await problem.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
  expect(new URL(page.url()).searchParams.get('language')).toBe('de');
  expect(await focusedName(page)).toMatch(/^[A-Z_]+:[^:]*:\S+$/);

  // The preview in German says what is left in English, and that German will not publish until it is translated.
  await clientSection('Publish & versions').click();
  await page.getByRole('radio', { name: 'Deutsch (German)' }).check();
  await page
    .getByRole('status')
    .getByText(/texts? (is|are) not translated into German; shown in English here/)
    .waitFor();
  await page.getByRole('link', { name: 'Translate them' }).waitFor();
  await shot(page, '82-preview-untranslated');

  // The English name changes: its German translation is outdated, shown beside the old and the new English text,
  // and confirmed as still correct without editing it.
  const renamed = await api<{ updateAudience: { __typename: string } }>(
    'mutation ($input: UpdateAudienceInput!) { updateAudience(input: $input) { __typename } }',
    { input: { id: created.createAudience.id, name: 'Ferry passengers' } },
  );
  expect(renamed.updateAudience.__typename).toBe('Audience');
  await clientSection('Translations').click();
  await page.getByRole('heading', { level: 2, name: 'Texts in Deutsch (German)' }).waitFor();
  const outdated = textOf('Name');
  await outdated.getByText('Outdated', { exact: true }).waitFor();
  expect(await outdated.locator('.translation-old').textContent()).toBe(AUDIENCE.name);
  expect(await outdated.locator('.translation-default').textContent()).toBe('Ferry passengers');
  expect(await page.getByLabel('German translation of Name (Ferry passengers)').inputValue()).toBe('Fahrgäste');
  await shot(page, '83-translations-outdated');
  await outdated.getByRole('button', { name: 'Still correct for Name (Ferry passengers)' }).click();
  await page.getByText('1 unsaved change', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Save translations' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved 1 text.' }).waitFor();
  await outdated.waitFor({ state: 'detached' });
  await germanCard()
    .getByText(new RegExp(`^1 of ${required} texts? translated`))
    .waitFor();
});
