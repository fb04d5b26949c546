import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createClient,
  focusedName,
  launchBrowser,
  openPortal,
  shot,
  signIn,
  submitAndClose,
  submitPublicRequest,
} from './helpers.js';

/**
 * The whole product in one flow, as an agency owner meets it: a new client, its policy data with a recipient from
 * the agency catalog, a completeness problem followed to the field that fixes it, publishing, the public policy,
 * a request made through the public form, and that request in the inbox, extended with a reason.
 */
const CLIENT = {
  legalName: 'Lantern Lane Books Ltd',
  slug: `lantern-lane-${Date.now().toString(36)}`,
  email: 'privacy@lantern-lane.test',
  // An Irish bookshop: established in the EU, so no Art. 27 representative is due.
  establishedIn: 'IE',
};
const RECIPIENT = 'HubSpot';
const PURPOSE = 'Selling and delivering books';
const REQUESTER = { name: 'Tomasz Wiśniewski', email: 'tomasz.w@example.test' };

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPortal(browser));
});

afterAll(async () => {
  await browser?.close();
});

/** The open form of a new item ("Add audience", ...). */
const newItem = (label: string) => page.getByRole('region', { name: label });
/** A listed item of an editor, by its heading. */
const item = (name: string) =>
  page.locator('.item-list > li').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
const clientSection = (name: string) =>
  page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name, exact: true });
const editorSection = (name: RegExp) =>
  page.getByRole('navigation', { name: 'Policy data sections' }).getByRole('link', { name });

test('an agency owner takes a new client from sign-in to a published policy and a handled request', async () => {
  // Sign in and create the client.
  await signIn(page);
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  await createClient(page, CLIENT);
  await shot(page, '60-journey-client-created');

  // The policy data a purpose needs: whose data, which data, and who receives it (from the agency catalog).
  await page.goto(`/tenants/${CLIENT.slug}/edit/audiences`);
  await page.getByRole('button', { name: 'Add audience' }).click();
  await newItem('Add audience').getByLabel(/^Name/).fill('Customers');
  await submitAndClose(newItem('Add audience'), 'Add audience');
  await item('Customers').waitFor();

  await editorSection(/Data categories/).click();
  await page.getByRole('button', { name: 'Add data category' }).click();
  const category = newItem('Add data category');
  await category.getByLabel(/^Name/).fill('Contact and delivery details');
  await category.getByLabel('What it contains').fill('Name, postal address and email address.');
  await category.getByLabel(/^Is providing it required/).selectOption('VOLUNTARY');
  await submitAndClose(category, 'Add data category');
  await item('Contact and delivery details').waitFor();

  await editorSection(/Recipients/).click();
  await page.getByRole('button', { name: 'Add from the agency catalog' }).click();
  const fromCatalog = newItem('Add from the agency catalog');
  const entry = fromCatalog.getByLabel(/^Catalog entry/);
  const option = entry.locator('option', { hasText: RECIPIENT });
  await option.waitFor({ state: 'attached' });
  await entry.selectOption({ label: (await option.textContent()) ?? '' });
  await fromCatalog
    .getByRole('group', { name: /Data categories disclosed/ })
    .getByLabel('Contact and delivery details')
    .check();
  await submitAndClose(fromCatalog, 'Add from the catalog');
  await item(RECIPIENT).getByText('from the catalog', { exact: true }).waitFor();
  await shot(page, '61-journey-recipient-from-catalog');

  // A purpose saved without its data: the completeness check will say so.
  await editorSection(/Purposes/).click();
  await page.getByRole('button', { name: 'Add purpose' }).click();
  const purpose = newItem('Add purpose');
  await purpose.getByLabel(/^Purpose/).fill(PURPOSE);
  await purpose.getByLabel(/^Legal basis/).selectOption('CONTRACT');
  await purpose
    .getByRole('group', { name: /Whose data/ })
    .getByLabel('Customers')
    .check();
  await purpose
    .getByRole('group', { name: /Who receives it/ })
    .getByLabel(RECIPIENT)
    .check();
  await purpose.getByLabel('Amount').fill('6');
  await submitAndClose(purpose, 'Add purpose');
  await item(PURPOSE).waitFor();

  // The answers behind statements of absence: no automated decisions; HubSpot takes data to the United States.
  await page.goto(`/tenants/${CLIENT.slug}/edit/settings`);
  const settings = page.getByRole('region', { name: 'Policy settings' });
  // Only the client's own regimes are asked about: a GDPR client sees no CCPA, LGPD or PIPEDA question.
  await settings.getByLabel(/^Decisions made solely by automated means/).waitFor();
  expect(await settings.getByText(/\((CCPA|LGPD)\)|California|Brazil|Canada/).count()).toBe(0);
  await settings.getByLabel(/^Decisions made solely by automated means/).selectOption('no');
  await settings.getByLabel(/^Does personal data go to other countries/).selectOption('yes');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText('Settings saved.').waitFor();

  // Publish & versions: the problem blocks publishing, and its link leads to the field that fixes it.
  await clientSection('Publish & versions').click();
  await page.getByRole('heading', { level: 1, name: 'Publish & versions' }).waitFor();
  const completeness = page.getByRole('region', { name: 'Policy completeness' });
  await completeness.getByText('Not ready to publish', { exact: true }).waitFor();
  await completeness.getByText('Errors block publishing; warnings do not.').waitFor();
  const problem = completeness.getByRole('listitem').filter({ hasText: 'covers no data category' });
  await problem.getByText('Error', { exact: true }).waitFor();
  await problem.getByText(/^GDPR Art\. [^·]+ · Purposes · data category ids$/).waitFor();
  await page.frameLocator('iframe[title^="Preview of the draft policy"]').getByText(PURPOSE).first().waitFor();
  await shot(page, '62-journey-completeness-problem');
  await problem.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Purposes' }).waitFor();
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/tenants/${CLIENT.slug}/edit/purposes`);
  expect(url.searchParams.get('field')).toBe('dataCategoryIds');
  expect(await focusedName(page)).toBe('dataCategoryIds');
  await item(PURPOSE)
    .getByRole('group', { name: /Which data/ })
    .getByLabel('Contact and delivery details')
    .check();
  await submitAndClose(item(PURPOSE).locator('form'), 'Save purpose');
  await item(PURPOSE).getByText('covers no data category').waitFor({ state: 'detached' });

  // Publish version 1, effective today.
  await clientSection('Publish & versions').click();
  await completeness.getByText('Ready to publish', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Publish new version' }).click();
  const publish = page.getByRole('dialog', { name: 'Publish a new version' });
  await publish.getByLabel('What changed').fill('First published version of the privacy policy.');
  await shot(page, '63-journey-publish-dialog');
  await submitAndClose(publish, 'Publish version');
  await page.getByRole('status').getByText('Version 1 was published and is live now.').waitFor();
  const versions = page.getByRole('table', { name: /Published versions/ });
  await versions.getByRole('row').filter({ hasText: 'Version 1' }).getByText('Live').waitFor();
  await shot(page, '64-journey-published');

  // The public policy page names the recipient; the public form takes a request.
  const visitor = await page.context().newPage();
  await visitor.goto(`/p/${CLIENT.slug}/privacy`);
  await visitor.getByRole('heading', { level: 1, name: /Lantern Lane Books Ltd — Privacy Policy/ }).waitFor();
  await visitor.getByText(RECIPIENT).first().waitFor();
  await shot(visitor, '65-journey-public-policy');
  await visitor.close();
  const reference = await submitPublicRequest(page.context(), CLIENT.slug, REQUESTER);

  // The client's inbox lists it with its due date; the owner extends it with a reason.
  await clientSection('Requests').click();
  const row = page.getByRole('row').filter({ hasText: reference });
  await row.getByText(REQUESTER.name).waitFor();
  await row.getByText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/).waitFor();
  await row.getByText(/due in \d+ days/).waitFor();
  await shot(page, '66-journey-inbox');
  await row.getByRole('link', { name: reference }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
  const dueBefore = (await page.getByTestId('due-on').textContent()) ?? '';
  expect(dueBefore).toMatch(/\d{4}/);
  const confirm = page.getByRole('button', { name: 'Confirm identity' });
  if (await confirm.isVisible()) {
    await confirm.click();
    const dialog = page.getByRole('dialog', { name: /Confirm the requester/ });
    await dialog.getByLabel('How identity was confirmed').fill('Replied from the email address on the order.');
    await submitAndClose(dialog, 'Confirm identity');
  }
  await page.getByRole('button', { name: 'Extend deadline' }).click();
  const extend = page.getByRole('dialog', { name: 'Extend the deadline' });
  await extend.getByLabel('Reason').fill('Order records are archived off-site and take several weeks to retrieve.');
  await submitAndClose(extend, 'Extend deadline');
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Deadline extended' })
    .filter({ hasText: 'archived off-site' })
    .waitFor();
  expect((await page.getByTestId('due-on').textContent()) ?? '').not.toBe(dueBefore);
  await shot(page, '67-journey-request-extended');
});
