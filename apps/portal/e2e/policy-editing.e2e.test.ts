import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { addTenantPerson, createClient, graphqlCall, ownerToken } from './helpers.js';

/**
 * Editing a client's structured policy in a real Chromium against the built API and portal (the shared server of
 * e2e/global-setup.ts). The test creates its own client, fills every list of the policy, sees the API's refusal
 * next to the field, and follows a completeness problem from the overview to the control that fixes it. Steps wait
 * on locators and on the page's state, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const baseUrl = inject('baseUrl');
const TENANT = {
  legalName: 'Quay Street Opticians Ltd',
  slug: `quay-street-${Date.now().toString(36)}`,
  email: 'privacy@quay-street.test',
};
const VIEWER = { name: 'Ines Carvalho', email: 'ines.carvalho@quay-street.test', password: 'Frames-and-Lenses-2026!' };
const editUrl = (section = '') => `/tenants/${TENANT.slug}/edit${section ? `/${section}` : ''}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;

async function shot(name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** The open form of a new item ("Add audience", ...). */
const newItem = (label: string) => page.getByRole('region', { name: label });
/** A listed item, by its heading. */
const item = (name: string) =>
  page.locator('.item-list > li').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

/** Submits a form and waits until it closes; a refusal fails the test with the alert's text. */
async function submitAndClose(form: Locator, button: string) {
  await form.getByRole('button', { name: button, exact: true }).click();
  const refused = form.getByRole('alert');
  await Promise.race([form.waitFor({ state: 'detached' }), refused.waitFor()]);
  if (await refused.isVisible().catch(() => false)) {
    const marked = await form.locator('.field-error').allTextContents();
    throw new Error(`the form refused: ${await refused.textContent()} ${marked.join(' ')}`);
  }
}

/** The `name` of the element that has focus, once focus has settled on a named control. */
async function focusedName(): Promise<string | null> {
  await page.waitForFunction(() => !!document.activeElement?.getAttribute('name'));
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
});

describe.sequential('an agency owner edits a client’s policy data', () => {
  test('creates a client and opens its policy data', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(inject('ownerEmail'));
    await page.getByLabel('Password').fill(inject('ownerPassword'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    await createClient(page, TENANT);

    await page.goto(`/tenants/${TENANT.slug}`);
    await page.getByRole('heading', { level: 1, name: TENANT.legalName }).waitFor();
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Policy data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Policy data' }).waitFor();
    // Every section is listed; a new client has nothing in its lists.
    const sections = page.getByRole('list', { name: 'Sections of the policy' });
    for (const name of [
      'Company',
      'Policy settings',
      'Audiences',
      'Data categories',
      'Purposes',
      'Recipients',
      'Cookies',
      'Clauses',
    ]) {
      await sections.getByRole('link', { name, exact: true }).waitFor();
    }
    await sections.getByText('0 items').first().waitFor();
    await shot('20-edit-index');
  });

  test('adds audiences, puts them in order and deletes one', async () => {
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Audiences/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audiences' }).waitFor();
    await page.getByText('No audiences yet').waitFor();

    for (const name of ['Customers', 'Website visitors', 'Job applicants']) {
      await page.getByRole('button', { name: 'Add audience' }).click();
      const form = newItem('Add audience');
      await form.getByLabel(/^Name/).fill(name);
      await submitAndClose(form, 'Add audience');
      await item(name).waitFor();
    }

    const order = () => page.locator('.item-list > li h2.item-title').allTextContents();
    expect(await order()).toEqual(['Customers', 'Website visitors', 'Job applicants']);
    // The policy lists them in this order; the move buttons change it, and keep the keyboard on the moved item.
    await item('Job applicants').getByRole('button', { name: 'Move Job applicants up' }).click();
    await page.locator('.item-list > li').nth(1).getByRole('heading', { name: 'Job applicants' }).waitFor();
    expect(await order()).toEqual(['Customers', 'Job applicants', 'Website visitors']);
    await page.waitForFunction(() => document.activeElement?.id.startsWith('move-up-'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('↑Move Job applicants up');

    await item('Website visitors').getByRole('button', { name: 'Delete Website visitors' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete audience?' });
    await confirm.getByRole('button', { name: 'Delete audience' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await item('Website visitors').waitFor({ state: 'detached' });
    expect(await order()).toEqual(['Customers', 'Job applicants']);
    await shot('21-edit-audiences');
  });

  test('adds a contractual data category, with what happens if it is not given', async () => {
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Data categories/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Data categories' }).waitFor();
    await page.getByRole('button', { name: 'Add data category' }).click();
    const form = newItem('Add data category');
    await form.getByLabel(/^Name/).fill('Contact details');
    await form.getByLabel('What it contains').fill('Name, postal address, email address and phone number.');
    expect(
      await form
        .getByRole('group', { name: /Where it comes from/ })
        .getByLabel('The person themselves')
        .isChecked(),
    ).toBe(true);
    await form.getByLabel(/Is providing it required/).selectOption('CONTRACTUAL');
    // The consequence (Art. 13(2)(e)) is asked for once providing is required.
    await form.getByLabel('What happens if it is not provided').fill('We cannot book your appointment.');
    await submitAndClose(form, 'Add data category');
    await item('Contact details')
      .getByText(/Contractual requirement/i)
      .waitFor();
    // Not used by a purpose yet: the completeness check says so on the item itself.
    await item('Contact details')
      .getByText(/is not used by any purpose/)
      .waitFor();
  });

  test('refuses a purpose on legitimate interests without the interest, next to the field, then adds it', async () => {
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Purposes/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Purposes' }).waitFor();
    await page.getByRole('button', { name: 'Add purpose' }).click();
    const form = newItem('Add purpose');
    await form.getByLabel(/^Purpose/).fill('Sending appointment reminders');
    await form.getByLabel(/^Legal basis/).selectOption('LEGITIMATE_INTERESTS');
    await form
      .getByRole('group', { name: /Whose data/ })
      .getByLabel('Customers')
      .check();
    await form
      .getByRole('group', { name: /Which data/ })
      .getByLabel('Contact details')
      .check();
    await form.getByLabel('Amount').fill('2');
    await form.getByRole('button', { name: 'Add purpose', exact: true }).click();

    // The API's refusal is shown next to the legitimate-interest field and announced above the form.
    const interest = form.locator('textarea[name="legitimateInterest"]');
    await form.locator('textarea[name="legitimateInterest"][aria-invalid="true"]').waitFor();
    await form.getByRole('alert').getByText('Please correct the fields marked below.').waitFor();
    const describedBy = (await interest.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeTruthy();
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/legitimate interest/i);
    await shot('22-purpose-validation');

    await interest.fill('Keeping appointments running on time, which customers expect from us.');
    await submitAndClose(form, 'Add purpose');
    const purpose = item('Sending appointment reminders');
    await purpose.waitFor();
    await purpose.getByText(/Legitimate interests — Art\. 6\(1\)\(f\)/).waitFor();
    await purpose.getByText('2 years from the end of the relationship').waitFor();
    await shot('23-edit-purposes');
  });

  test('adds a recipient from the agency catalog and one of the client’s own', async () => {
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Recipients/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Recipients' }).waitFor();

    await page.getByRole('button', { name: 'Add from the agency catalog' }).click();
    const fromCatalog = newItem('Add from the agency catalog');
    const entry = fromCatalog.getByLabel(/^Catalog entry/);
    await entry.locator('option', { hasText: 'Amazon Web Services' }).waitFor({ state: 'attached' });
    await entry.selectOption({
      label: (await entry.locator('option', { hasText: 'Amazon Web Services' }).textContent()) ?? '',
    });
    await fromCatalog
      .getByRole('group', { name: /Data categories disclosed/ })
      .getByLabel('Contact details')
      .check();
    await fromCatalog.getByLabel('Data processing agreement signed on').fill('2026-01-15');
    await submitAndClose(fromCatalog, 'Add from the catalog');
    await item('Amazon Web Services').getByText('from the catalog', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add own recipient' }).click();
    const own = newItem('Add own recipient');
    await own.getByLabel(/^Name in the policy/).fill('Parcel Relay');
    await own.getByLabel(/^Role/).selectOption('PROCESSOR');
    await own.getByLabel(/^Legal entity/).fill('Parcel Relay Inc.');
    // Established outside the EU and no safeguard chosen: saved, and flagged by the completeness check.
    await own.getByLabel(/^Established in/).selectOption('US');
    await own.getByLabel(/^Service it provides/).fill('printing and posting appointment letters');
    await submitAndClose(own, 'Add recipient');
    await item('Parcel Relay')
      .getByText(/printing and posting appointment letters/)
      .waitFor();
    await item('Parcel Relay')
      .getByText(/Transfer not covered/)
      .waitFor();
    await shot('24-edit-recipients');

    // Both are named as recipients of the purpose.
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Purposes/ })
      .click();
    const purpose = item('Sending appointment reminders');
    await purpose.getByRole('button', { name: 'Edit Sending appointment reminders' }).click();
    const recipients = purpose.getByRole('group', { name: /Who receives it/ });
    await recipients.getByLabel('Amazon Web Services').check();
    await recipients.getByLabel('Parcel Relay').check();
    await submitAndClose(purpose.locator('form'), 'Save purpose');
    await purpose.getByText('Amazon Web Services, Parcel Relay').waitFor();
  });

  test('adds a cookie and a clause', async () => {
    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Cookies/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Cookies' }).waitFor();
    await page.getByRole('button', { name: 'Add cookie' }).click();
    const cookie = newItem('Add cookie');
    await cookie.getByLabel(/^Cookie name/).fill('qs_session');
    await cookie.getByLabel(/^Set by/).fill('quay-street.test');
    await cookie.getByLabel(/^Kind/).selectOption('STRICTLY_NECESSARY');
    await cookie.getByLabel(/^What it is for/).fill('Keeps you signed in to the booking page.');
    await cookie.getByLabel(/Session cookie/).check();
    // The purpose it serves: publishing asks for one, and the policy states its legal basis for the cookie.
    await cookie
      .getByRole('group', { name: /Purposes it serves/ })
      .getByLabel(/Sending appointment reminders/)
      .check();
    await submitAndClose(cookie, 'Add cookie');
    await item('qs_session')
      .getByText(
        /Strictly necessary · set by quay-street\.test · session · no consent needed · for Sending appointment reminders/,
      )
      .waitFor();
    await shot('25-edit-cookies');

    await page
      .getByRole('navigation', { name: 'Policy data sections' })
      .getByRole('link', { name: /Clauses/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Clauses' }).waitFor();
    await page.getByRole('button', { name: 'Add clause' }).click();
    const clause = newItem('Add clause');
    await clause.getByLabel(/^Section of the policy/).selectOption('INTRODUCTION');
    await clause.getByLabel(/^Heading/).fill('About this notice');
    await clause
      .getByLabel(/^Text/)
      .fill('This notice explains how **Quay Street Opticians** uses your data.\n\n- when you book\n- when you visit');
    await submitAndClose(clause, 'Add clause');
    await item('About this notice').getByText('In “Introduction”').waitFor();
    await shot('26-edit-clauses');
  });

  test('follows completeness problems from the overview to the fields that fix them', async () => {
    const overview = async () => {
      await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('heading', { name: 'Policy completeness' }).waitFor();
    };

    // An item's field: the recipient's transfer safeguards.
    await overview();
    await shot('27-overview-problems');
    await page
      .getByRole('link', { name: /Parcel Relay/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Recipients' }).waitFor();
    let url = new URL(page.url());
    expect(url.pathname).toBe(editUrl('recipients'));
    expect(url.searchParams.get('field')).toBe('safeguards');
    expect(url.searchParams.get('id')).toBeTruthy();
    // The item's form is open and the control named by the problem has focus.
    expect(await focusedName()).toBe('safeguards');
    await shot('28-followed-problem');
    const recipient = item('Parcel Relay');
    await recipient
      .getByRole('group', { name: 'Transfer safeguards' })
      .getByLabel('Standard contractual clauses')
      .check();
    await submitAndClose(recipient.locator('form'), 'Save recipient');
    await recipient.getByText(/Transfer not covered/).waitFor({ state: 'detached' });

    // A company field: no office address yet; the link focuses the control that adds one.
    await overview();
    await page.getByRole('link', { name: /no office address/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Company' }).waitFor();
    url = new URL(page.url());
    expect(url.pathname).toBe(editUrl('profile'));
    expect(await focusedName()).toBe('offices');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Office 1' }).waitFor();
    await page.getByLabel(/^Label/).fill('Shop and clinic');
    await page.getByLabel('Street address').fill('4 Quay Street');
    await page.getByLabel('Town or city').fill('Bristol');
    await page
      .getByLabel(/^Country/)
      .first()
      .selectOption('GB');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.getByText(/no office address/).waitFor({ state: 'detached' });
    await shot('29-edit-profile');
  });

  test('reads well at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto(editUrl('purposes'));
    const purpose = item('Sending appointment reminders');
    await purpose.waitFor();
    // The section navigation sits above the content; nothing is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await purpose.getByRole('button', { name: 'Edit Sending appointment reminders' }).click();
    await purpose.locator('form').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await shot('30-edit-purposes-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('a viewer of the client reads the policy data but is offered no way to change it', async () => {
    // The owner invites the viewer, who accepts the emailed link with a password of their own.
    await addTenantPerson(TENANT.slug, VIEWER, 'VIEWER');

    const viewerContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    const viewerPage = await viewerContext.newPage();
    viewerPage.setDefaultTimeout(15_000);
    await viewerPage.goto('/sign-in');
    await viewerPage.getByLabel('Email').fill(VIEWER.email);
    await viewerPage.getByLabel('Password').fill(VIEWER.password);
    await viewerPage.getByRole('button', { name: 'Sign in' }).click();
    await viewerPage.getByRole('button', { name: 'Sign out' }).waitFor();

    await viewerPage.goto(editUrl('purposes'));
    await viewerPage.getByRole('heading', { level: 2, name: 'Sending appointment reminders' }).waitFor();
    await viewerPage.getByText(/can read this client.s policy data but not change it/).waitFor();
    // What the API's permissions do not allow is not offered at all.
    for (const name of ['Add purpose', /^Edit /, /^Delete /, /^Move /]) {
      expect(await viewerPage.getByRole('button', { name }).count()).toBe(0);
    }
    await viewerPage.screenshot({ path: path.join(screenshots, '31-viewer-read-only.png'), fullPage: true });
    await viewerPage.goto(editUrl('profile'));
    await viewerPage.getByRole('heading', { level: 1, name: 'Company' }).waitFor();
    expect(await viewerPage.getByRole('textbox', { name: /^Legal name/ }).isDisabled()).toBe(true);
    expect(await viewerPage.getByRole('button', { name: 'Save profile' }).count()).toBe(0);
    await viewerContext.close();
  });

  test('changes the client’s address name: a taken one is refused at the field, a free one moves every link', async () => {
    const token = await ownerToken();
    const others = await graphqlCall<{ tenants: { edges: { node: { slug: string } }[] } }>(
      '{ tenants(first: 100) { edges { node { slug } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    const taken = others.tenants.edges.map((e) => e.node.slug).find((slug) => slug !== TENANT.slug)!;
    await page.goto(editUrl('profile'));
    const address = page.getByRole('textbox', { name: /^Address name/ });
    await address.fill(taken);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.locator('.field-error').filter({ hasText: 'is taken' }).waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');

    const moved = `${TENANT.slug}-moved`;
    await address.fill(moved);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.waitForURL(`**/tenants/${moved}/edit/profile`);
    await page.getByText('Profile saved.').waitFor();
    // The old address keeps working for the client's website: a permanent redirect to the new one.
    const old = await fetch(`${baseUrl}/p/${TENANT.slug}/privacy`, { redirect: 'manual' });
    expect({ status: old.status, location: old.headers.get('location') }).toEqual({
      status: 301,
      location: expect.stringMatching(new RegExp(`/p/${moved}/privacy$`)),
    });
    expect(await (await fetch(`${baseUrl}/p/${moved}/privacy`)).text()).not.toContain(
      'There is no organisation at this address',
    );
    TENANT.slug = moved;
  });
});
