import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  addTenantPerson,
  baseUrl,
  graphqlCall,
  launchBrowser,
  openPortal,
  owner,
  ownerToken,
  pageWidth,
  shot,
  signIn,
  submitAndClose,
  TABLET,
  tenantApi,
} from './helpers.js';

/**
 * "Publish & versions" of one client: the draft previewed in every language, publishing refused while the draft
 * is incomplete or unchanged, versions (live and scheduled), a comparison of two, the embed snippet, a viewer's
 * read-only view, and the tablet layout. The client's data is set up through the API; the browser does the rest.
 */
const CLIENT = {
  legalName: 'Fernhill Veterinary Practice Ltd',
  slug: `fernhill-vets-${Date.now().toString(36)}`,
  email: 'privacy@fernhill-vets.test',
};
const VIEWER = { name: 'Priya Raman', email: 'priya.raman@fernhill-vets.test', password: 'Whiskers-and-Paws-2026!' };
const policyUrl = `/tenants/${CLIENT.slug}/policy`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let api: ReturnType<typeof tenantApi>;

/** Runs a create mutation for the client and gives the new item's id; a refusal fails the test. */
async function created(mutation: string, type: string, input: Record<string, unknown>): Promise<string> {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const data = await api<Record<string, { __typename: string; id?: string }>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on ${type} { id } ... on ValidationFailed { problems { path message } } } }`,
    { input },
  );
  const result = data[mutation];
  if (!result?.id) throw new Error(`${mutation} was refused: ${JSON.stringify(result)}`);
  return result.id;
}

/** A text's German translation, as an item's create input takes it. */
const german = (field: string, value: string) => ({ language: 'DE', field, value });

const SAVE_ANSWERS =
  'mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) { __typename } }';
const publishButton = () => page.getByRole('button', { name: 'Publish new version' });
const publishDialog = () => page.getByRole('dialog', { name: 'Publish a new version' });
const completeness = () => page.getByRole('region', { name: 'Policy completeness' });
const previewFrame = () => page.frameLocator('iframe[title^="Preview of the draft policy"]');
const versionRow = (version: number) =>
  page
    .getByRole('table', { name: /Published versions/ })
    .getByRole('row')
    .filter({ hasText: `Version ${version}` });
/** Comes back to the tab: the page fetches the draft again (it may have been edited elsewhere). */
const refocus = () => page.evaluate(() => window.dispatchEvent(new Event('focus')));

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPortal(browser));
  const token = await ownerToken();
  await graphqlCall(
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename } }',
    {
      // An Irish practice: established in the EU, so no Art. 27 representative is due.
      input: {
        legalName: CLIENT.legalName,
        contactEmail: CLIENT.email,
        slug: CLIENT.slug,
        jurisdictions: ['EU_GDPR'],
        establishedIn: 'IE',
      },
    },
    { authorization: `Bearer ${token}` },
  );
  api = tenantApi(token, CLIENT.slug);
  // The answers behind the policy's statements of absence: the practice answers them before anything else.
  await api(SAVE_ANSWERS, {
    input: { automatedDecisionMaking: false, internationalTransfers: false, disclosesPersonalData: false },
  });
  await signIn(page);
});

afterAll(async () => {
  await browser?.close();
});

describe.sequential('publishing a client’s policy', () => {
  test('previews the draft in each of the renderer’s languages', async () => {
    await page.goto(policyUrl);
    await page.getByRole('heading', { level: 1, name: 'Publish & versions' }).waitFor();
    await completeness().getByRole('link', { name: 'The policy has no purposes.' }).waitFor();

    await previewFrame()
      .getByRole('heading', { level: 1, name: `${CLIENT.legalName} — Privacy Policy` })
      .waitFor();
    await previewFrame()
      .getByText(/Draft — this version has not been published/)
      .waitFor();
    // A radio group: the arrow keys move the choice, and the preview follows.
    const languages = page.getByRole('group', { name: 'Preview language' });
    await languages.getByRole('radio', { name: 'English' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await languages.getByRole('radio', { name: 'Deutsch (German)' }).isChecked()).toBe(true);
    await previewFrame()
      .getByRole('heading', { level: 1, name: `${CLIENT.legalName} — Datenschutzerklärung` })
      .waitFor();
    await page.locator('iframe[title="Preview of the draft policy in Deutsch (German)"]').waitFor();
    await shot(page, '70-policy-preview-german');
    await languages.getByRole('radio', { name: 'Français (French)' }).check();
    await previewFrame()
      .getByRole('heading', { level: 1, name: `${CLIENT.legalName} — Politique de confidentialité` })
      .waitFor();
    await languages.getByRole('radio', { name: 'English' }).check();
  });

  test('refuses to publish an incomplete draft: the summary at its field, then the problems with their links', async () => {
    await completeness().getByText('Errors block publishing; warnings do not.').waitFor();
    await publishButton().click();
    const dialog = publishDialog();
    await dialog.getByText('The completeness check found one error.').waitFor();
    // The effective date is today unless chosen.
    expect(await dialog.getByLabel('Effective date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Nothing said about what changed: the API's problem is shown at that field.
    await dialog.getByRole('button', { name: 'Publish version' }).click();
    const summary = dialog.getByRole('textbox', { name: 'What changed' });
    await dialog.locator('textarea[name="changeSummary"][aria-invalid="true"]').waitFor();
    const errorId = ((await summary.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/say what changed/i);

    await summary.fill('First version.');
    await dialog.getByRole('button', { name: 'Publish version' }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'Not published' });
    await refusal.getByText('the draft has one error to fix first').waitFor();
    const link = refusal.getByRole('link', { name: 'The policy has no purposes.' });
    expect(await link.getAttribute('href')).toBe(`/tenants/${CLIENT.slug}/edit/purposes`);
    await shot(page, '71-policy-publish-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Not published yet', { exact: true }).waitFor();
  });

  test('publishes the completed draft as version 1, live at once, and the preview follows the draft', async () => {
    // Published in German too: each text comes with its German translation.
    await api(SAVE_ANSWERS, { input: { publishedLanguages: ['DE'] } });
    const audience = await created('createAudience', 'Audience', {
      name: 'Pet owners',
      translations: [german('name', 'Tierhalter')],
    });
    const category = await created('createDataCategory', 'DataCategory', {
      name: 'Contact details',
      sources: ['SUBJECT'],
      requirement: 'PRE_CONTRACTUAL',
      consequenceOfNotProviding: 'We cannot book an appointment for your pet.',
      translations: [
        german('name', 'Kontaktdaten'),
        german('consequenceOfNotProviding', 'Ohne sie können wir keinen Termin für Ihr Tier vereinbaren.'),
      ],
    });
    await created('createPurpose', 'Purpose', {
      translations: [german('name', 'Terminvereinbarung')],
      name: 'Booking appointments',
      legalBasis: 'CONTRACT',
      audienceIds: [audience],
      dataCategoryIds: [category],
      retention: { period: { amount: 3, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
    });
    await refocus();
    await completeness().getByText('Ready to publish', { exact: true }).waitFor();
    await previewFrame().getByText('Booking appointments').first().waitFor();

    await publishButton().click();
    await publishDialog().getByLabel('What changed').fill('First published version.');
    await submitAndClose(publishDialog(), 'Publish version');
    await page.getByRole('status').getByText('Version 1 was published and is live now.').waitFor();
    await versionRow(1).getByText('Live', { exact: true }).waitFor();
    await versionRow(1).getByText('First published version.').waitFor();
    await versionRow(1).getByText(`by ${owner.email}`).waitFor();
    await shot(page, '72-policy-version-1');
  });

  test('says so when nothing changed since the last version', async () => {
    await publishButton().click();
    const dialog = publishDialog();
    await dialog.getByLabel('What changed').fill('Trying again.');
    await dialog.getByRole('button', { name: 'Publish version' }).click();
    await dialog.getByRole('alert').getByText('Nothing to publish:').waitFor();
    await dialog.getByText('the draft is the same as version 1').waitFor();
    await shot(page, '73-policy-unchanged');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the button that opened the dialog.
    expect(await publishButton().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('schedules version 2 and compares it with version 1, item by item and side by side', async () => {
    const { catalogEntries } = await api<{ catalogEntries: { edges: { node: { id: string; name: string } }[] } }>(
      '{ catalogEntries(first: 50) { edges { node { id name } } } }',
    );
    const zoom = catalogEntries.edges.find((e) => e.node.name === 'Zoom')!.node.id;
    // German is published: the agency gives the catalog entry its German, which the client's recipient follows.
    await api('mutation ($input: UpdateCatalogEntryInput!) { updateCatalogEntry(input: $input) { __typename } }', {
      input: { id: zoom, translations: [german('service', 'Videosprechstunden')] },
    });
    await created('addRecipientFromCatalog', 'Recipient', { catalogEntryId: zoom });
    // Zoom is in the United States: the answers that said nobody receives data and nothing leaves the EEA change.
    await api(SAVE_ANSWERS, {
      input: { internationalTransfers: true, disclosesPersonalData: true },
    });
    await page.reload();
    await previewFrame().getByText('Zoom').first().waitFor();

    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await publishButton().click();
    await publishDialog().getByLabel('Effective date').fill(inAMonth);
    await publishDialog().getByLabel('What changed').fill('Video consultations through Zoom.');
    await submitAndClose(publishDialog(), 'Publish version');
    await page
      .getByRole('status')
      .getByText(/Version 2 was published\. It takes effect on .+; until then the current version stays live\./)
      .waitFor();
    await versionRow(2).getByText('Scheduled', { exact: true }).waitFor();
    await versionRow(1).getByText('Live', { exact: true }).waitFor();

    const compare = page.getByRole('form', { name: 'Compare two versions' });
    expect(await compare.getByLabel('Older').inputValue()).toBe('1');
    expect(await compare.getByLabel('Newer').inputValue()).toBe('2');
    await compare.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare versions 1 and 2' }).waitFor();
    const items = page.getByRole('region', { name: 'What changed, item by item' });
    await items.getByRole('heading', { level: 3, name: 'Recipients' }).waitFor();
    await items.getByRole('listitem').filter({ hasText: 'Zoom' }).getByText('Added', { exact: true }).waitFor();
    const text = page.getByRole('table', { name: 'Version 1 on the left, version 2 on the right' });
    await text.locator('td.diff-added').filter({ hasText: 'Zoom' }).first().waitFor();
    // The version line changed: version 1's on the left, version 2's beside it.
    const versionLine = text.getByRole('row').filter({ hasText: 'This is version 1 of this policy' });
    await versionLine.locator('td.diff-added').filter({ hasText: 'This is version 2 of this policy' }).waitFor();
    await shot(page, '74-policy-compare');
  });

  test('shows a stored version in each language and as plain text', async () => {
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Publish & versions' })
      .click();
    await versionRow(1).getByRole('link', { name: 'Version 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Version 1' }).waitFor();
    await page.getByText('Live: the public links serve this version.').waitFor();
    const stored = (title: string) => page.frameLocator(`iframe[title="${title}"]`);
    await stored('Version 1 in English').getByText('Effective date:').first().waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Deutsch (German)' }).check();
    await stored('Version 1 in Deutsch (German)')
      .getByRole('heading', { level: 1, name: /Datenschutzerklärung/ })
      .waitFor();
    await page.getByRole('group', { name: 'Show as' }).getByRole('radio', { name: 'Plain text' }).check();
    const plain = page.getByLabel('Version 1 in Deutsch (German), plain text');
    await plain
      .getByText(/Datenschutzerklärung/)
      .first()
      .waitFor();
    expect(await plain.evaluate((el) => el.tagName)).toBe('PRE');
    await shot(page, '75-policy-version-detail');

    // An address that names no published version says so.
    await page.goto(`${policyUrl}/versions/99`);
    await page
      .getByRole('alert')
      .getByText(/could not be found/)
      .waitFor();
    await page.goto(`${policyUrl}/versions/latest`);
    await page.getByRole('alert').getByText('“latest” is not a version number.').waitFor();
  });

  test('copies the embed snippet, and selects it when the browser refuses the clipboard', async () => {
    const snippet = `<script src="${baseUrl}/p/${CLIENT.slug}/embed.js" async></script>`;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(policyUrl);
    const links = page.getByRole('region', { name: 'Public links' });
    expect(await links.getByLabel('Embed snippet').inputValue()).toBe(snippet);
    // The request form, which the published policy links too, in each of its languages.
    const form = `${baseUrl}/p/${CLIENT.slug}/requests/new`;
    await links.getByRole('link', { name: `${form} (opens in a new tab)`, exact: true }).waitFor();
    const german = await (await fetch(`${baseUrl}/p/${CLIENT.slug}/privacy?lang=de`)).text();
    expect(german).toContain(`href="${form}?lang=de"`);
    await links.getByRole('button', { name: 'Copy embed snippet' }).click();
    await links.getByRole('status').getByText('Copied the embed snippet to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await shot(page, '76-policy-public-links');

    // Another browser that refuses: the snippet is selected for Ctrl+C, and the person is told.
    const refusing = await openPortal(browser);
    await refusing.context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await signIn(refusing.page);
    await refusing.page.goto(policyUrl);
    const refusingLinks = refusing.page.getByRole('region', { name: 'Public links' });
    await refusingLinks.getByRole('button', { name: 'Copy embed snippet' }).click();
    await refusingLinks
      .getByRole('status')
      .getByText(/did not allow copying: the text is selected/)
      .waitFor();
    const selected = await refusingLinks.getByLabel('Embed snippet').evaluate((el: HTMLTextAreaElement) => ({
      focused: el === document.activeElement,
      text: el.value.slice(el.selectionStart, el.selectionEnd),
    }));
    expect(selected).toEqual({ focused: true, text: snippet });
    await refusing.context.close();
  });

  test('a viewer of the client reads the versions but is offered no way to publish', async () => {
    // The owner invites the viewer, who accepts the emailed link with a password of their own.
    await addTenantPerson(CLIENT.slug, VIEWER, 'VIEWER');
    const viewer = await openPortal(browser);
    await signIn(viewer.page, VIEWER.email, VIEWER.password);
    await viewer.page.goto(policyUrl);
    await viewer.page.getByRole('heading', { level: 1, name: 'Publish & versions' }).waitFor();
    await viewer.page.getByText(/Your role \(viewer\) can read this client.s versions but not publish them/).waitFor();
    await viewer.page
      .getByRole('table', { name: /Published versions/ })
      .getByRole('link', { name: 'Version 2' })
      .waitFor();
    await viewer.page.frameLocator('iframe[title^="Preview of the draft policy"]').getByText('Zoom').first().waitFor();
    expect(await viewer.page.getByRole('button', { name: 'Publish new version' }).count()).toBe(0);
    await shot(viewer.page, '77-policy-viewer');
    await viewer.context.close();
  });

  test('reads well at tablet width', async () => {
    await page.setViewportSize(TABLET);
    await page.goto(policyUrl);
    await previewFrame().getByText('Zoom').first().waitFor();
    await versionRow(2).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(TABLET.width);
    await shot(page, '78-policy-tablet');
    await page.goto(`${policyUrl}/compare?from=1&to=2`);
    await page.getByRole('table', { name: 'Version 1 on the left, version 2 on the right' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(TABLET.width);
    await shot(page, '79-policy-compare-tablet');
  });
});
