import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { submitPublicRequest } from './helpers.js';

/**
 * The portal in a real Chromium (Debian's /usr/bin/chromium driven by playwright-core), against the built API and
 * portal on a fresh database. One person walks through the product; each step waits on locators, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function shot(name: string, target: Page = page) {
  await target.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Waits for the outcome of a dialog's submit: the dialog closes, or its error (which fails the test, with its text). */
async function submitDialog(dialog: ReturnType<Page['getByRole']>, button: string) {
  await dialog.getByRole('button', { name: button }).click();
  const failed = dialog.getByRole('alert');
  await Promise.race([dialog.waitFor({ state: 'hidden' }), failed.waitFor()]);
  if (await failed.isVisible()) throw new Error(`the dialog refused: ${await failed.textContent()}`);
}

const NEW_TENANT = {
  legalName: 'Harbour Lights Bakery Ltd',
  slug: 'harbour-bakery',
  email: 'privacy@harbour-bakery.test',
};
const REQUESTER = { name: 'Mina Okafor', email: 'mina.okafor@example.test' };

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

describe.sequential('an agency owner', () => {
  test('signs in and sees every client on the agency home', async () => {
    await page.goto('/');
    // Not signed in: the portal sends them to the sign-in page.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email').fill(inject('ownerEmail'));
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /email or password/i })
      .waitFor();
    await shot('01-sign-in');

    await page.getByLabel('Password').fill(inject('ownerPassword'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    const table = page.getByRole('table', { name: /Clients/ });
    await table.waitFor();
    // The demo tenants are listed, the published ones with their version; the one the completeness gate holds back
    // (CloudOps, which names no EU representative) as not published.
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    const demoRow = (name: string) =>
      table.locator('tbody tr').filter({ has: page.getByRole('link', { name, exact: true }) });
    await demoRow('Cloud Officer')
      .getByText(/^v\d+ · /)
      .waitFor();
    await demoRow('CloudOps JSC').getByText('Not published').waitFor();
    // Consent activity per client: the demo clients recorded answers at first start, linked to their consents page.
    await table.getByRole('columnheader', { name: 'Consents' }).waitFor();
    await table
      .getByRole('link', { name: /^\d+ answers?$/ })
      .first()
      .waitFor();
    await page.getByText('Open requests due per week').waitFor();
    await shot('02-agency-home');

    // Keyboard: the first Tab reaches the skip link, which moves focus into the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
  });

  test('creates a client, with the API’s validation shown next to the field', async () => {
    await page.getByRole('button', { name: 'New client' }).click();
    const dialog = page.getByRole('dialog', { name: 'New client' });
    await dialog.getByLabel('Legal name').fill(NEW_TENANT.legalName);
    await dialog.getByLabel('Contact email').fill('not-an-email');
    await dialog.getByLabel(/slug/).fill(NEW_TENANT.slug);
    // A bakery in Ireland: established in the EU, so the gate asks no Art. 27 representative.
    await dialog.getByLabel(/^Country where it is established/).selectOption('IE');
    await dialog.getByRole('button', { name: 'Create client' }).click();
    const email = dialog.getByLabel('Contact email');
    await dialog.locator('input[name="contactEmail"][aria-invalid="true"]').waitFor();
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toMatch(/error/);
    await shot('03-create-client-validation');

    await email.fill(NEW_TENANT.email);
    await dialog.getByRole('button', { name: 'Create client' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW_TENANT.legalName} was created` })
      .waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: NEW_TENANT.legalName }) });
    await row.getByText('Not published').waitFor();

    // Find it by name.
    await page.getByLabel('Find a client').fill('harbour');
    await row.waitFor();
    expect(
      await page
        .getByRole('table', { name: /Clients/ })
        .locator('tbody tr')
        .count(),
    ).toBe(1);
    await shot('04-client-created');
    await page.getByLabel('Find a client').fill('');

    // Which clients need attention: the new one has never been published and has problems to fix.
    const rows = page.getByRole('table', { name: /Clients/ }).locator('tbody tr');
    const show = page.getByLabel('Show');
    // Other suites may have left unpublished clients too: every row shown matches, and the new one is among them.
    await show.selectOption({ label: 'Never published' });
    await row.waitFor();
    expect(await rows.filter({ hasText: 'Not published' }).count()).toBe(await rows.count());
    await show.selectOption({ label: 'With problems to fix' });
    await row.waitFor();
    expect(await rows.filter({ hasText: /\d+ to fix/ }).count()).toBe(await rows.count());
    // As many as the summary's overdue figure says (the demo data has none overdue today).
    const overdue = Number(
      await page.locator('.stat').filter({ hasText: 'overdue' }).locator('.stat-value').textContent(),
    );
    await show.selectOption({ label: 'With overdue requests' });
    if (overdue === 0) await page.getByText('No client has overdue requests').waitFor();
    else expect(await rows.count()).toBeGreaterThan(0);
    await show.selectOption({ label: 'All clients' });
    expect(await rows.count()).toBeGreaterThan(1);
  });

  test('finds a request made through the public form in the inbox, with its due date', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests inbox' }).waitFor();
    await shot('05-requests-inbox');

    // Someone uses the tenant's public form (server-rendered, no sign-in) in another tab.
    const reference = await submitPublicRequest(context, NEW_TENANT.slug, REQUESTER, '06-public-request-form');
    expect(reference).toMatch(/^R-/);

    await page.getByLabel('Client').selectOption({ label: NEW_TENANT.legalName });
    await page.getByLabel('Search').fill(REQUESTER.name);
    const row = page.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    await row.getByText(/due in \d+ days/).waitFor();
    await shot('07-requests-inbox-filtered');
    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
  });

  test('sees the requester’s email confirmation pending, and extends the deadline with a reason', async () => {
    const dueBefore = (await page.getByTestId('due-on').textContent()) ?? '';
    await shot('08-request-detail');
    // Made through the public form: the requester has yet to confirm by email that it is theirs, which is no identity
    // check. Staff may send the email again or go ahead without it; identity is asked for only on reasonable doubt.
    await page.getByTestId('email-confirmation').getByText('Waiting for the requester to confirm by email').waitFor();
    await page.getByRole('button', { name: 'Resend confirmation email' }).waitFor();
    await page.getByRole('button', { name: 'Go ahead without confirmation' }).waitFor();
    expect(await page.getByRole('button', { name: 'Confirm identity' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Extend deadline' }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend the deadline' });
    await dialog.waitFor();
    const allowed = (await dialog.locator('p strong').nth(1).textContent())?.trim() ?? '';
    expect(allowed).not.toBe('');
    await dialog.getByLabel('Reason').fill('The records are spread over three systems and need collecting by hand.');
    await shot('09-extend-dialog');
    await submitDialog(dialog, 'Extend deadline');

    await page.getByTestId('due-on').filter({ hasText: allowed }).waitFor();
    expect(allowed).not.toBe(dueBefore);
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Deadline extended' })
      .filter({ hasText: 'need collecting by hand' })
      .waitFor();
    await page.locator('.badge-extended').first().waitFor();
    // Taken once: the button is gone.
    expect(await page.getByRole('button', { name: 'Extend deadline' }).count()).toBe(0);
    await shot('10-request-extended');
  });

  test('opens the client page with its profile and policy completeness', async () => {
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: NEW_TENANT.legalName })
      .click();
    await page.getByRole('heading', { level: 1, name: NEW_TENANT.legalName }).waitFor();
    await page.getByRole('heading', { name: 'Policy completeness' }).waitFor();
    await page.getByText('Not ready to publish').waitFor();
    // The profile is edited in the policy-data editor; the overview shows it read-only.
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByLabel('Trading name').fill('Harbour Lights');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.getByRole('navigation', { name: 'Client sections' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Harbour Lights', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Edit profile' }).waitFor();
    await shot('11-client-page');
  });

  test('reads well at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Harbour Lights', exact: true }) });
    // The new client's extended request is open and counted.
    await row.getByRole('link', { name: '1 open' }).waitFor();
    // Each row's policy state comes with the tenants list: the new client is still unpublished.
    await row.getByText('Not published').waitFor();
    // No purposes, and the questions behind statements of absence not answered yet (automated decisions, transfers,
    // recipients).
    await row.getByText('4 to fix').waitFor();
    await shot('12-agency-home-tablet');
  });

  test('signs out, and the portal asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto('/requests');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/requests');
  });

  test('is sent back to sign in when the server no longer accepts the token', async () => {
    await page.evaluate(() => localStorage.setItem('noticeboard.token', 'revoked-or-expired'));
    await page.goto('/requests');
    // The API answers 401 / UNAUTHENTICATED: the portal drops the token and asks to sign in again.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('noticeboard.token'))).toBeNull();
  });
});
