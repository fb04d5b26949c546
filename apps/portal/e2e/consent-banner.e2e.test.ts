import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launchBrowser, ownerToken, shot, tenantApi } from './helpers.js';

/**
 * The consent banner a website embeds with one script tag (`/p/<slug>/consent.js`), in a real Chromium against the
 * built API and the demo data. A tiny website on a second loopback origin (another port) embeds it under a strict
 * Content-Security-Policy (our origin for scripts and fetches, a nonce for its own inline scripts, no inline styles),
 * with an inline script and a frame blocked until their purpose is granted. Each test is one visitor: a browser
 * context of its own, so its own subject id. Steps wait on locators and on the page's state, never on time.
 */
const TENANT = 'cloud-officer';
const NONCE = 'e2e-banner-nonce';

interface Notice {
  hash: string;
  text: string;
  language: string;
  policyUrl: string;
  purposes: { id: string; name: string; kind: 'CONSENT' | 'OPT_OUT'; saleOrSharing: boolean }[];
}

interface SubjectEvent {
  method: string;
  noticeHash: string;
  noticeText: string;
  language: string;
  pageUrl: string | null;
  gpc: boolean;
  decisions: { purposeId: string; choice: string; byGpc: boolean }[];
}

const SUBJECT = `query ($s: String!) { consentSubject(subjectId: $s) {
  state { purposeId choice }
  history(first: 10) { totalCount edges { node { method noticeHash noticeText language pageUrl gpc
    decisions { purposeId choice byGpc } } } } } }`;

let browser: Browser;
let site: http.Server;
let siteOrigin: string;
const notices = new Map<string, Notice>();

/** The live notice as the banner gets it, in `lang`. */
async function noticeOf(slug: string, lang: string): Promise<Notice> {
  const res = await fetch(`${baseUrl}/p/${slug}/consents/notice?lang=${lang}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Notice;
}

/** The website's page: a blocked inline script and frame for the tenant's first consent purpose, and the banner. */
function sitePage(url: URL): string {
  const slug = url.searchParams.get('tenant') ?? TENANT;
  const lang = url.searchParams.get('lang');
  const purpose = notices.get(slug)!.purposes[0]!.id;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A website</title></head><body>
<h1>A website with the banner</h1>
<p><a href="#top">A link of the page</a></p>
<script type="text/plain" data-consent="${purpose}" nonce="${NONCE}">window.blockedScriptRuns = (window.blockedScriptRuns || 0) + 1;</script>
<iframe title="Blocked frame" data-consent="${purpose}" data-consent-src="/frame"></iframe>
<script src="${baseUrl}/p/${slug}/consent.js" async${lang ? ` data-lang="${lang}"` : ''}></script>
</body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  site = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    if (url.pathname === '/frame') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Frame</title><p>The frame loaded.</p>');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'self'; script-src ${baseUrl} 'nonce-${NONCE}'; connect-src ${baseUrl}; frame-src 'self'; style-src 'self'; img-src 'self'`,
    });
    res.end(sitePage(url));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

  // The website's origin is one the tenant allows, besides those it had.
  const api = tenantApi(await ownerToken(), TENANT);
  const { consentSettings } = await api<{ consentSettings: { allowedOrigins: string[] } }>(
    '{ consentSettings { allowedOrigins } }',
  );
  const { updateConsentSettings } = await api<{ updateConsentSettings: { __typename: string } }>(
    `mutation ($input: UpdateConsentSettingsInput!) { updateConsentSettings(input: $input) { __typename } }`,
    { input: { allowedOrigins: [...consentSettings.allowedOrigins, siteOrigin] } },
  );
  expect(updateConsentSettings.__typename).toBe('ConsentSettings');
  const notice = await noticeOf(TENANT, 'en');
  expect(notice.purposes.filter((p) => p.kind === 'CONSENT').length).toBeGreaterThan(0);
  notices.set(TENANT, notice);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

/** A visitor of the website: a fresh browser profile with one page open (not yet on the site). */
async function visitor(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1100, height: 800 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, problems };
}

const bannerOf = (page: Page, name = 'Your privacy choices') => page.getByRole('region', { name });

/** Where focus is inside the banner's shadow root: the role or name of the element, or null outside. */
function focusInBanner(
  page: Page,
): Promise<{ tag: string; role: string | null; text: string; inDialog: boolean } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-noticeboard-consent]')?.shadowRoot;
    const active = root?.activeElement;
    if (!active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      role: active.getAttribute('role'),
      text: (active.textContent ?? '').trim(),
      inDialog: !!active.closest('dialog'),
    };
  });
}

/** The subject id the banner generated and keeps in the website's storage. */
async function subjectIdOf(page: Page, slug = TENANT): Promise<string> {
  const stored = await page.evaluate((key) => localStorage.getItem(key), `noticeboard.consent.${slug}`);
  const subjectId = (JSON.parse(stored ?? '{}') as { subjectId?: string }).subjectId;
  expect(subjectId).toMatch(/^[0-9a-f-]{36}$/);
  return subjectId!;
}

async function subject(slug: string, subjectId: string) {
  const api = tenantApi(await ownerToken(), slug);
  const { consentSubject } = await api<{
    consentSubject: {
      state: { purposeId: string; choice: string }[];
      history: { totalCount: number; edges: { node: SubjectEvent }[] };
    };
  }>(SUBJECT, { s: subjectId });
  return consentSubject;
}

const blockedRuns = (page: Page) => page.evaluate(() => (window as { blockedScriptRuns?: number }).blockedScriptRuns);

async function buttonStyles(buttons: Locator[]) {
  return Promise.all(
    buttons.map(async (b) => ({
      box: await b.boundingBox(),
      style: await b.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.fontSize, s.fontWeight, s.backgroundColor, s.color, s.borderColor, s.padding].join(' ');
      }),
    })),
  );
}

describe('consent banner', () => {
  test('blocks the script and frame until Accept all, records the notice shown, and asks again after withdraw()', async () => {
    const { context, page, problems } = await visitor();
    try {
      await page.goto(`${siteOrigin}/`);
      const banner = bannerOf(page);
      await banner.waitFor();
      const notice = notices.get(TENANT)!;
      await expect(banner.textContent()).resolves.toContain(notice.text.split('\n')[0]);
      expect(await banner.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(notice.policyUrl);
      expect(await banner.getByRole('link', { name: 'Withdraw consent' }).getAttribute('href')).toBe(
        `${baseUrl}/p/${TENANT}/consents/withdraw?lang=en`,
      );
      // Focus moved into the bar when it appeared.
      await expect(focusInBanner(page)).resolves.toMatchObject({ role: 'region' });

      // Three answers, equally prominent: the same style and height, side by side.
      const buttons = ['Accept all', 'Reject all', 'Settings'].map((name) => banner.getByRole('button', { name }));
      const styles = await buttonStyles(buttons);
      expect(new Set(styles.map((s) => s.style)).size).toBe(1);
      expect(new Set(styles.map((s) => Math.round(s.box!.height))).size).toBe(1);
      expect(new Set(styles.map((s) => Math.round(s.box!.width))).size).toBe(1);

      // Nothing that needs consent ran.
      expect(await blockedRuns(page)).toBeUndefined();
      expect(await page.locator('iframe').getAttribute('src')).toBeNull();
      await expect(page.evaluate(() => window.Noticeboard!.consent.get())).resolves.toEqual({
        [notice.purposes[0]!.id]: false,
        ...Object.fromEntries(notice.purposes.slice(1).map((p) => [p.id, false])),
      });
      await shot(page, 'consent-banner-en');

      await page.evaluate(() => {
        window.Noticeboard!.consent.onChange((choices) => {
          (window as { lastChange?: unknown }).lastChange = choices;
        });
      });
      await buttons[0]!.click();
      await banner.waitFor({ state: 'detached' });
      await page.waitForFunction(() => (window as { blockedScriptRuns?: number }).blockedScriptRuns === 1);
      expect(await page.locator('iframe').getAttribute('src')).toBe('/frame');
      await page.frameLocator('iframe').getByText('The frame loaded.').waitFor();
      const granted = Object.fromEntries(notice.purposes.map((p) => [p.id, true]));
      await expect(page.evaluate(() => (window as { lastChange?: unknown }).lastChange)).resolves.toEqual(granted);

      // The event holds the notice the visitor saw: its hash is the notice endpoint's, its text the same words.
      const subjectId = await subjectIdOf(page);
      const answered = await subject(TENANT, subjectId);
      expect(answered.history.totalCount).toBe(1);
      const event = answered.history.edges[0]!.node;
      expect(event).toMatchObject({
        method: 'BANNER',
        noticeHash: notice.hash,
        noticeText: notice.text,
        language: 'en',
        pageUrl: `${siteOrigin}/`,
        gpc: false,
      });
      expect(event.decisions.map((d) => d.choice)).toEqual(notice.purposes.map(() => 'GRANTED'));

      // The next page: the choice is kept (same notice), so no banner, and the blocked script runs at once.
      await page.reload();
      await page.waitForFunction(() => (window as { blockedScriptRuns?: number }).blockedScriptRuns === 1);
      await expect(page.evaluate(() => window.Noticeboard!.consent.get())).resolves.toEqual(granted);
      expect(await bannerOf(page).count()).toBe(0);

      // withdraw() records the withdrawal of what was granted and asks again.
      await page.evaluate(() => window.Noticeboard!.consent.withdraw());
      await bannerOf(page).waitFor();
      await expect(page.evaluate(() => window.Noticeboard!.consent.get())).resolves.toEqual(
        Object.fromEntries(notice.purposes.map((p) => [p.id, false])),
      );
      expect(await page.locator('iframe').getAttribute('src')).toBeNull();
      const withdrawn = await subject(TENANT, subjectId);
      expect(withdrawn.history.totalCount).toBe(2);
      expect(withdrawn.state.every((s) => s.choice === 'WITHDRAWN')).toBe(true);
      // The strict CSP refused nothing, and the banner complained of nothing.
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Reject all records a refusal of every purpose and runs nothing', async () => {
    const { context, page, problems } = await visitor();
    try {
      await page.goto(`${siteOrigin}/`);
      await bannerOf(page).getByRole('button', { name: 'Reject all' }).click();
      await bannerOf(page).waitFor({ state: 'detached' });
      const notice = notices.get(TENANT)!;
      const refused = await subject(TENANT, await subjectIdOf(page));
      expect(refused.history.totalCount).toBe(1);
      expect(refused.history.edges[0]!.node.noticeHash).toBe(notice.hash);
      expect(refused.state).toEqual(
        expect.arrayContaining(notice.purposes.map((p) => ({ purposeId: p.id, choice: 'REFUSED' }))),
      );
      expect(await blockedRuns(page)).toBeUndefined();
      await page.reload();
      await page.waitForFunction(
        () => window.Noticeboard?.consent.get() && Object.keys(window.Noticeboard.consent.get()).length > 0,
      );
      expect(await bannerOf(page).count()).toBe(0);
      expect(await blockedRuns(page)).toBeUndefined();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('works with the keyboard alone: Tab to the buttons, Settings opens the dialog, Escape returns focus', async () => {
    const { context, page } = await visitor();
    try {
      await page.goto(`${siteOrigin}/`);
      const banner = bannerOf(page);
      await banner.waitFor();
      await expect(focusInBanner(page)).resolves.toMatchObject({ role: 'region' });
      // From the bar: the two links, then the three buttons in order.
      const reached: string[] = [];
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        reached.push((await focusInBanner(page))?.text ?? '(outside the banner)');
      }
      expect(reached).toEqual(['Privacy policy', 'Withdraw consent', 'Accept all', 'Reject all', 'Settings']);
      // The focused button shows an outline.
      const outline = await page.evaluate(() => {
        const active = document.querySelector('[data-noticeboard-consent]')!.shadowRoot!.activeElement!;
        const s = getComputedStyle(active);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
      expect(outline).toBe('solid 3px');

      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
      await dialog.waitFor();
      await expect(focusInBanner(page)).resolves.toMatchObject({ inDialog: true, tag: 'input' });
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      // Focus stays in the dialog however often Tab is pressed.
      const controls = await dialog.locator('input, button').count();
      for (let i = 0; i < controls + 2; i++) {
        await page.keyboard.press('Tab');
        await expect(focusInBanner(page)).resolves.toMatchObject({ inDialog: true });
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect(focusInBanner(page)).resolves.toMatchObject({ tag: 'button', text: 'Settings' });

      // Enter on Settings again, a purpose switched on with Space, saved with Enter.
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      const first = notices.get(TENANT)!.purposes[0]!;
      await expect(focusInBanner(page)).resolves.toMatchObject({ tag: 'input' });
      await page.keyboard.press('Space');
      const switches = dialog.getByRole('switch');
      expect(await switches.first().isChecked()).toBe(true);
      while ((await focusInBanner(page))?.text !== 'Save choices') await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await banner.waitFor({ state: 'detached' });
      await page.waitForFunction(() => (window as { blockedScriptRuns?: number }).blockedScriptRuns === 1);
      const saved = await subject(TENANT, await subjectIdOf(page));
      expect(saved.state).toEqual(expect.arrayContaining([{ purposeId: first.id, choice: 'GRANTED' }]));
    } finally {
      await context.close();
    }
  });

  test('speaks the visitor’s language among the published ones, or the tag’s data-lang, and lists each purpose in Settings', async () => {
    const german = await noticeOf(TENANT, 'de');
    const { context, page } = await visitor({ locale: 'de-DE' });
    try {
      await page.goto(`${siteOrigin}/`);
      const banner = bannerOf(page, 'Ihre Datenschutzeinstellungen');
      await banner.waitFor();
      await expect(banner.textContent()).resolves.toContain(german.text.split('\n')[0]);
      const answers = await buttonStyles(
        ['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen'].map((name) => banner.getByRole('button', { name })),
      );
      // Longer words, the same width and height for all three.
      expect(new Set(answers.map((a) => `${Math.round(a.box!.width)}x${Math.round(a.box!.height)}`)).size).toBe(1);
      await shot(page, 'consent-banner-de');
      await banner.getByRole('button', { name: 'Einstellungen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Datenschutzeinstellungen' });
      await dialog.waitFor();
      // One switch per purpose, none switched on, each with what it uses and who gets it.
      const switches = dialog.getByRole('switch');
      expect(await switches.count()).toBe(german.purposes.length);
      for (let i = 0; i < german.purposes.length; i++) expect(await switches.nth(i).isChecked()).toBe(false);
      const full = (await noticeOf(TENANT, 'de')) as Notice & {
        purposes: { name: string; dataCategories: string[]; recipients: string[] }[];
      };
      const text = (await dialog.textContent()) ?? '';
      for (const p of full.purposes) {
        expect(text).toContain(p.name);
        for (const name of [...p.dataCategories, ...p.recipients]) expect(text).toContain(name);
      }
      await shot(page, 'consent-settings-de');
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'detached' });

      // The tag's data-lang wins over the browser's languages.
      await page.goto(`${siteOrigin}/?lang=fr`);
      await bannerOf(page, 'Vos choix en matière de confidentialité').waitFor();
      await page.evaluate(() => window.Noticeboard!.consent.openSettings());
      await page.getByRole('dialog', { name: 'Paramètres de confidentialité' }).waitFor();
    } finally {
      await context.close();
    }
    const english = await visitor();
    try {
      await english.page.goto(`${siteOrigin}/`);
      await bannerOf(english.page).getByRole('button', { name: 'Settings' }).click();
      await english.page.getByRole('dialog', { name: 'Privacy settings' }).waitFor();
      await shot(english.page, 'consent-settings-en');
    } finally {
      await english.context.close();
    }
  });

  test('with Global Privacy Control, a purpose that sells or shares is shown refused, cannot be switched on, and is recorded refused by the signal', async () => {
    // The demo client's consent purpose also shares personal information (CCPA) for this test, published as the
    // live version; put back and published again afterwards.
    const api = tenantApi(await ownerToken(), TENANT);
    const shared = notices.get(TENANT)!.purposes[0]!;
    const { policySettings } = await api<{ policySettings: { sellsOrSharesPersonalInformation: boolean | null } }>(
      '{ policySettings { sellsOrSharesPersonalInformation } }',
    );
    const republish = async (saleOrSharing: boolean, sells: boolean | null, changeSummary: string) => {
      const { updatePurpose } = await api<{ updatePurpose: { __typename: string } }>(
        `mutation ($input: UpdatePurposeInput!) { updatePurpose(input: $input) { __typename } }`,
        { input: { id: shared.id, saleOrSharing } },
      );
      expect(updatePurpose.__typename).toBe('Purpose');
      await api(
        `mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) { __typename } }`,
        {
          input: { sellsOrSharesPersonalInformation: sells },
        },
      );
      const { publishPolicy } = await api<{ publishPolicy: { __typename: string; message?: string } }>(
        `mutation ($input: PublishPolicyInput!) { publishPolicy(input: $input) { __typename ... on PolicyIncomplete { message } } }`,
        { input: { effectiveDate: new Date().toISOString().slice(0, 10), changeSummary } },
      );
      expect(publishPolicy).toEqual({ __typename: 'PolicyVersion' });
    };
    await republish(true, true, 'Sharing for advertising');
    try {
      const notice = await noticeOf(TENANT, 'en');
      expect(notice.purposes.find((p) => p.id === shared.id)?.saleOrSharing).toBe(true);

      const { context, page, problems } = await visitor({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
      try {
        await context.addInitScript(() => {
          Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
        });
        await page.goto(`${siteOrigin}/`);
        const banner = bannerOf(page);
        await banner.getByRole('button', { name: 'Settings' }).click();
        const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
        const refused = dialog.getByRole('switch', { name: shared.name });
        expect(await refused.isChecked()).toBe(false);
        expect(await refused.isDisabled()).toBe(true);
        await dialog.getByText('Refused: your browser sends the Global Privacy Control signal.').first().waitFor();
        await shot(page, 'consent-settings-gpc');
        await dialog.getByRole('button', { name: 'Close' }).click();

        // Accept all grants everything else, never what the signal refuses.
        await banner.getByRole('button', { name: 'Accept all' }).click();
        await banner.waitFor({ state: 'detached' });
        expect((await page.evaluate(() => window.Noticeboard!.consent.get()))[shared.id]).toBe(false);
        expect(await blockedRuns(page)).toBeUndefined();
        const answered = await subject(TENANT, await subjectIdOf(page));
        const event = answered.history.edges[0]!.node;
        expect(event).toMatchObject({ gpc: true, noticeHash: notice.hash });
        expect(event.decisions.find((d) => d.purposeId === shared.id)).toEqual({
          purposeId: shared.id,
          choice: 'REFUSED',
          byGpc: true,
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }

      // Without the signal, on a page with Google's gtag: denied by default, and after Accept all the signals the
      // sharing purpose maps to (ad_user_data, ad_personalization) are granted, the others still denied.
      const plain = await visitor();
      try {
        await plain.context.addInitScript(() => {
          const calls: unknown[][] = [];
          Object.assign(window, { gtagCalls: calls, gtag: (...args: unknown[]) => calls.push(args) });
        });
        await plain.page.goto(`${siteOrigin}/`);
        await bannerOf(plain.page).getByRole('button', { name: 'Accept all' }).click();
        await bannerOf(plain.page).waitFor({ state: 'detached' });
        await plain.page.waitForFunction(() => (window as { blockedScriptRuns?: number }).blockedScriptRuns === 1);
        const calls = await plain.page.evaluate(() => (window as unknown as { gtagCalls: unknown[][] }).gtagCalls);
        const denied = {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
        };
        expect(calls[0]).toEqual(['consent', 'default', { ...denied, wait_for_update: 500 }]);
        expect(calls.at(-1)).toEqual([
          'consent',
          'update',
          { ...denied, ad_user_data: 'granted', ad_personalization: 'granted' },
        ]);
        expect(plain.problems).toEqual([]);
      } finally {
        await plain.context.close();
      }
    } finally {
      await republish(false, policySettings.sellsOrSharesPersonalInformation, 'No sharing for advertising');
    }
  });
});

declare global {
  interface Window {
    Noticeboard?: {
      consent: {
        get(): Record<string, boolean>;
        onChange(fn: (choices: Record<string, boolean>) => void): () => void;
        openSettings(): Promise<void>;
        withdraw(): Promise<void>;
      };
    };
  }
}
