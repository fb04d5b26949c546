import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addTenantPerson, baseUrl, launchBrowser, openPortal, ownerToken, shot, signIn, tenantApi } from './helpers.js';

/**
 * A client's Website settings in a real Chromium against the built API and portal, on the demo client: the
 * allowed origins edited row by row (a public-suffix wildcard refused at its row with the API's words), the banner's
 * script tag copied, the purpose keys of a client that asks for consent, and what someone who may not change the settings sees. The origins the client had are put back.
 */
const CLIENT = 'cloudsentric';
/** A demo client whose purposes rely on consent (read only here). */
const CONSENT_CLIENT = 'cloud-officer';
const websiteUrl = `/tenants/${CLIENT}/settings/website`;
const SHOP_ORIGIN = 'https://shop.website-settings.test';
const PUBLIC_SUFFIX_WILDCARD = 'https://*.co.uk';
const VIEWER = {
  name: 'Mireille Fontaine',
  email: `mireille.fontaine.${Date.now().toString(36)}@website-settings.test`,
  password: 'Origins-and-Banners-2026!',
};

const UPDATE = `mutation ($input: UpdateConsentSettingsInput!) { updateConsentSettings(input: $input) {
  __typename ... on ConsentSettings { allowedOrigins } ... on ValidationFailed { problems { path code message } } } }`;
interface UpdateAnswer {
  updateConsentSettings: {
    __typename: string;
    allowedOrigins?: string[];
    problems?: { path: string; code: string; message: string }[];
  };
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let api: ReturnType<typeof tenantApi>;
let originalOrigins: string[] = [];

const allowedOrigins = async () =>
  (await api<{ consentSettings: { allowedOrigins: string[] } }>('{ consentSettings { allowedOrigins } }'))
    .consentSettings.allowedOrigins;

beforeAll(async () => {
  browser = await launchBrowser();
  api = tenantApi(await ownerToken(), CLIENT);
  originalOrigins = await allowedOrigins();
  ({ context, page } = await openPortal(browser));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await signIn(page);
});

afterAll(async () => {
  if (api) {
    const { updateConsentSettings } = await api<UpdateAnswer>(UPDATE, { input: { allowedOrigins: originalOrigins } });
    expect(updateConsentSettings.__typename).toBe('ConsentSettings');
  }
  await browser?.close();
});

describe('website settings', () => {
  test('adds an origin, shows a refused wildcard at its row with the API’s reason, and saves without it', async () => {
    // What the API says of the wildcard (refused, so nothing is saved by asking).
    const { updateConsentSettings: refusal } = await api<UpdateAnswer>(UPDATE, {
      input: { allowedOrigins: [PUBLIC_SUFFIX_WILDCARD] },
    });
    expect(refusal.problems).toEqual([expect.objectContaining({ path: 'allowedOrigins.0', code: 'NOT_ALLOWED' })]);
    const reason = refusal.problems![0]!.message;

    await page.goto(`/tenants/${CLIENT}/settings`);
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Website' }).click();
    await page.waitForURL(`**${websiteUrl}`);
    await page.getByRole('heading', { name: 'Website', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Allowed origins' });
    const rows = form.getByRole('listitem');
    await form.getByRole('button', { name: 'Save origins' }).waitFor();
    expect(await rows.count()).toBe(originalOrigins.length);

    const shopRow = originalOrigins.length + 1;
    const wildcardRow = originalOrigins.length + 2;
    await form.getByRole('button', { name: 'Add origin' }).click();
    // The new row takes the focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe(`allowedOrigins.${shopRow - 1}`);
    await page.keyboard.type(SHOP_ORIGIN);
    await form.getByRole('button', { name: 'Add origin' }).click();
    await form.getByLabel(`Origin ${wildcardRow}`, { exact: true }).fill(PUBLIC_SUFFIX_WILDCARD);
    await form.getByRole('button', { name: 'Save origins' }).click();

    await form.getByRole('alert').getByText('Please correct the fields marked below.').waitFor();
    const refusedRow = rows.nth(wildcardRow - 1);
    const marked = refusedRow.locator('.field-error');
    await marked.waitFor();
    expect(await marked.textContent()).toContain(reason.slice(1));
    expect(await refusedRow.getByLabel(`Origin ${wildcardRow}`).getAttribute('aria-invalid')).toBe('true');
    // The other rows are not marked, and nothing was saved.
    expect(await form.locator('.field-error').count()).toBe(1);
    expect(await allowedOrigins()).toEqual(originalOrigins);
    await shot(page, 'website-settings-refused-wildcard');

    await form.getByRole('button', { name: `Remove origin ${wildcardRow}` }).click();
    expect(await rows.count()).toBe(wildcardRow - 1);
    expect(await form.locator('.field-error').count()).toBe(0);
    await form.getByRole('button', { name: 'Save origins' }).click();
    await page.getByRole('status').getByText('The allowed origins were saved.').waitFor();
    expect(await allowedOrigins()).toEqual([...originalOrigins, SHOP_ORIGIN]);
    expect(await form.getByLabel(`Origin ${shopRow}`, { exact: true }).inputValue()).toBe(SHOP_ORIGIN);
  });

  test('copies the banner’s script tag, which serves the banner, and lists the purpose keys', async () => {
    const snippet = `<script src="${baseUrl}/p/${CLIENT}/consent.js" async></script>`;
    const banner = page.getByRole('region', { name: 'The consent banner' });
    expect(await banner.getByLabel('Banner script tag').inputValue()).toBe(snippet);
    const script = await fetch(`${baseUrl}/p/${CLIENT}/consent.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');

    await banner.getByRole('button', { name: 'Copy banner script tag' }).click();
    await banner.getByRole('status').getByText('Copied the banner script tag to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    const withdrawal = `${baseUrl}/p/${CLIENT}/consents/withdraw`;
    await banner.getByRole('link', { name: `${withdrawal} (opens in a new tab)`, exact: true }).waitFor();
    expect(await banner.getByLabel('Directives to add').inputValue()).toContain(
      `connect-src ${new URL(baseUrl).origin};`,
    );

    await shot(page, 'website-settings');

    // A client whose purposes rely on consent lists each, with its id as the key to block scripts by.
    const consentClientApi = tenantApi(await ownerToken(), CONSENT_CLIENT);
    const { purposes } = await consentClientApi<{
      purposes: { edges: { node: { id: string; name: string; reliesOnConsent: boolean } }[] };
    }>('{ purposes(first: 100) { edges { node { id name reliesOnConsent } } } }');
    const consentPurposes = purposes.edges.map((e) => e.node).filter((p) => p.reliesOnConsent);
    expect(consentPurposes.length).toBeGreaterThan(0);
    await page.goto(`/tenants/${CONSENT_CLIENT}/settings/website`);
    const blocking = page.getByRole('region', { name: 'Blocking until consent' });
    expect(await blocking.getByLabel('Markup').inputValue()).toContain('data-consent="PURPOSE_ID"');
    for (const purpose of consentPurposes)
      expect(await blocking.getByLabel(purpose.name, { exact: true }).inputValue()).toBe(purpose.id);
    await blocking.getByRole('button', { name: `Copy ${consentPurposes[0]!.name.toLowerCase()}` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(consentPurposes[0]!.id);
    await shot(page, 'website-settings-purpose-keys');
  });

  test('someone who may not change the client’s settings reads the origins without editing them', async () => {
    await addTenantPerson(CLIENT, VIEWER, 'VIEWER');
    const { context: viewerContext, page: viewer } = await openPortal(browser);
    try {
      await signIn(viewer, VIEWER.email, VIEWER.password);
      await viewer.goto(websiteUrl);
      const origins = viewer.getByRole('list', { name: 'Allowed origins' });
      await origins.getByText(SHOP_ORIGIN).waitFor();
      expect(await viewer.getByRole('button', { name: /Save origins|Add origin|Remove/ }).count()).toBe(0);
      await viewer.getByText('Only people who may change this client’s settings can change the origins.').waitFor();
      await viewer.getByRole('button', { name: 'Copy banner script tag' }).waitFor();
      await shot(viewer, 'website-settings-read-only');
    } finally {
      await viewerContext.close();
    }
  });
});
