import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { acceptAsNewPerson, acceptInBrowserAsNewPerson, emailedToken } from './helpers.js';

/**
 * A client's settings in a real Chromium against the built API and portal (shared server, demo data): members,
 * API keys (used and refused over HTTP), webhooks with a delivery to a receiver started here, the email outbox,
 * the audit log of all of it, and what a non-admin sees. Steps wait on locators and on the receiver, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const baseUrl = inject('baseUrl');
const TENANT = {
  legalName: 'Lantern Row Cycles Ltd',
  slug: 'lantern-row-cycles',
  contactEmail: 'privacy@lantern-cycles.test',
};
const MEMBER = {
  name: 'Priya Natarajan',
  email: 'priya.natarajan@lantern-cycles.test',
  password: 'Spokes-and-Chains-2026!',
};
const KEY_NAME = 'Shop consent sync';
const SUBSCRIBER = 'dpo@partner-shop.test';
const COLLEAGUE = { name: 'Jonas Lindqvist', email: 'jonas.lindqvist@agency.test', password: 'Lanterns-at-Dusk-2026!' };
const settingsUrl = `/tenants/${TENANT.slug}/settings`;

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** A webhook receiver on a free local port: records each POST with its headers and answers 204. */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: { type?: string; tenantId?: string; data?: unknown };
}
const received: Received[] = [];
let onReceived: ((r: Received) => void) | null = null;
const receiver = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    const entry = { headers: req.headers, body: JSON.parse(raw || '{}') as Received['body'] };
    received.push(entry);
    onReceived?.(entry);
    res.writeHead(204).end();
  });
});
let receiverUrl = '';
let webhookSecret = '';

async function shot(name: string, target: Page = page) {
  await target.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Waits for the outcome of a dialog's submit: the dialog closes, or its error (which fails the test, with its text). */
async function submitDialog(dialog: Locator, button: string) {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const failed = dialog.getByRole('alert');
  await Promise.race([dialog.waitFor({ state: 'hidden' }), failed.waitFor()]);
  if (await failed.isVisible()) throw new Error(`the dialog refused: ${await failed.textContent()}`);
}

async function graphql(token: string, query: string, variables: Record<string, unknown> = {}, tenant?: string) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(tenant ? { 'x-tenant': tenant } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    json: (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

function settingsSection(name: string) {
  return page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name, exact: true });
}

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/noticeboard`;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);

  // The agency owner signs in; the client these tests own is created through the API with that session.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(inject('ownerEmail'));
  await page.getByLabel('Password').fill(inject('ownerPassword'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  const token = (await page.evaluate(() => localStorage.getItem('noticeboard.token'))) ?? '';
  const created = await graphql(
    token,
    `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on Tenant { slug } ... on ValidationFailed { problems { path message } } } }`,
    // Established in Ireland: its requests are dated in Europe/Dublin, so its public request form is open.
    { input: { ...TENANT, jurisdictions: ['EU_GDPR'], establishedIn: 'IE' } },
  );
  expect(created.json.data?.createTenant).toEqual({ __typename: 'Tenant', slug: TENANT.slug });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe.sequential('a client’s settings, for its admin', () => {
  test('the main navigation offers agency settings to an owner, and the client’s sections are listed', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agency settings' }).waitFor();
    await page
      .getByRole('table', { name: /Members of the agency/ })
      .getByText(inject('ownerEmail'))
      .waitFor();
    await shot('55-agency-settings');

    await page.goto(settingsUrl);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // The client's section navigation sits under the heading, with Settings current.
    await page
      .getByRole('navigation', { name: 'Client sections' })
      .getByRole('link', { name: 'Settings' })
      .and(page.locator('[aria-current="page"]'))
      .waitFor();
    for (const name of ['Members', 'API keys', 'Webhooks', 'Sub-processor subscribers', 'Email outbox', 'Audit log'])
      await settingsSection(name).waitFor();
  });

  test('invites a member, with the API’s validation next to the field; they accept; their role changes', async () => {
    await settingsSection('Members').click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    // No name or password here any more: the person chooses them when accepting.
    expect(await dialog.getByLabel('Name').count()).toBe(0);
    expect(await dialog.getByLabel(/password/i).count()).toBe(0);
    await dialog.getByLabel('Email').fill('priya.natarajan');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.locator('input[name="email"][aria-invalid="true"]').waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-describedby')).toMatch(/error/);
    await shot('56-member-validation');

    await dialog.getByLabel('Email').fill(MEMBER.email);
    await dialog.getByRole('radio', { name: /Viewer/ }).check();
    await submitDialog(dialog, 'Send invitation');
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${MEMBER.email}.` })
      .waitFor();
    const invitations = page.getByRole('table', { name: /Invitations to the client/ });
    const invited = invitations.getByRole('row').filter({ hasText: MEMBER.email });
    await invited.getByText(/Pending until/).waitFor();
    await invited.getByText('Viewer', { exact: true }).waitFor();
    await invited.getByRole('button', { name: `Resend invitation to ${MEMBER.email}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${MEMBER.email} again.` })
      .waitFor();

    // They open the emailed link in their own browser and choose their name and password.
    const invitee = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    try {
      const inviteePage = await invitee.newPage();
      inviteePage.setDefaultTimeout(15_000);
      await acceptInBrowserAsNewPerson(inviteePage, MEMBER.email, MEMBER.name, MEMBER.password);
    } finally {
      await invitee.close();
    }

    await page.reload();
    const row = page
      .getByRole('table', { name: /Members of the client/ })
      .getByRole('row')
      .filter({ hasText: MEMBER.email });
    await row.getByText('Viewer', { exact: true }).waitFor();
    // Accepted: no longer listed among the open invitations.
    expect(
      await page
        .getByRole('table', { name: /Invitations to the client/ })
        .getByRole('row')
        .filter({ hasText: MEMBER.email })
        .count(),
    ).toBe(0);

    await row.getByRole('button', { name: `Change role of ${MEMBER.name}` }).click();
    const roleDialog = page.getByRole('dialog', { name: 'Change role' });
    await roleDialog.getByRole('radio', { name: /Editor/ }).check();
    await submitDialog(roleDialog, 'Save role');
    await page
      .getByRole('status')
      .filter({ hasText: `${MEMBER.name} is now Editor.` })
      .waitFor();
    await row.getByText('Editor', { exact: true }).waitFor();
    await shot('50-members');
  });

  test('creates an API key shown once, uses it, revokes it, and the same call is refused', async () => {
    await settingsSection('API keys').click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByText('No API keys yet').waitFor();
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByLabel('Key name').fill(KEY_NAME);
    await dialog.getByRole('radio', { name: /Editor/ }).check();
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    await shown.getByText('This is the only time the key is shown').waitFor();
    const token = await shown.getByLabel('API key').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await shown.getByRole('button', { name: /^Copy/ }).click();
    await shown.getByText(/Copied to the clipboard|did not allow copying/).waitFor();
    await shot('51-api-keys');
    await shown.getByRole('button', { name: 'I have stored the key' }).click();
    await shown.waitFor({ state: 'hidden' });

    // Listed by name and the token's last characters; the token itself is nowhere on the page any more.
    const row = page.getByRole('row').filter({ hasText: KEY_NAME });
    await row.getByText(token.slice(-4)).waitFor();
    await row.getByText('Active').waitFor();
    await row.getByText('never').waitFor();
    expect(await page.content()).not.toContain(token);

    const ask = '{ currentTenant { slug viewer { role } } }';
    const used = await graphql(token, ask);
    expect(used.json.errors).toBeUndefined();
    expect(used.json.data?.currentTenant).toEqual({ slug: TENANT.slug, viewer: { role: 'EDITOR' } });
    // The key did something the audit log should name it for.
    const changed = await graphql(
      token,
      'mutation { updateRequestSettings(input: { promisedDays: 20 }) { __typename } }',
    );
    expect(changed.json.errors).toBeUndefined();

    await page.reload();
    await row.getByText('never').waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `Revoke ${KEY_NAME}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
    await submitDialog(confirm, 'Revoke key');
    await page
      .getByRole('status')
      .filter({ hasText: `The key “${KEY_NAME}” was revoked.` })
      .waitFor();
    await row.getByText(/Revoked \d/).waitFor();
    expect(await row.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    await shot('58-api-keys-revoked');

    const refused = await graphql(token, ask);
    expect(refused.json.data?.currentTenant ?? null).toBeNull();
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('creates a webhook endpoint and sees its delivery after a request comes in', async () => {
    await settingsSection('Webhooks').click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
    await dialog.getByLabel('Endpoint URL').fill('not a url');
    await dialog.getByRole('button', { name: 'Create endpoint' }).click();
    await dialog.locator('input[name="url"][aria-invalid="true"]').waitFor();
    await dialog.getByText('At least one.').waitFor();

    await dialog.getByLabel('Endpoint URL').fill(receiverUrl);
    await dialog.getByLabel('Description').fill('Shop back office');
    await dialog.getByRole('checkbox', { name: /A data-subject request came in/ }).check();
    await dialog.getByRole('checkbox', { name: /A request was completed/ }).check();
    await dialog.getByRole('button', { name: 'Create endpoint' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    await secretDialog.getByText('This is the only time the signing secret is shown').waitFor();
    const secret = await secretDialog.getByLabel('Signing secret').inputValue();
    expect(secret.length).toBeGreaterThan(16);
    webhookSecret = secret;
    await secretDialog.getByRole('button', { name: 'I have stored the secret' }).click();
    const row = page.getByRole('row').filter({ hasText: receiverUrl });
    await row.getByText('request.received').waitFor();
    await row.getByText(secret.slice(-4)).waitFor();

    // Someone makes a request through the client's public endpoint: that is a `request.received` event.
    const delivered = new Promise<Received>((resolve) => {
      onReceived = (r) => {
        if (r.body.type === 'request.received') resolve(r);
      };
    });
    const intake = await fetch(`${baseUrl}/p/${TENANT.slug}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        type: 'ACCESS',
        jurisdiction: 'EU_GDPR',
        requesterName: 'Tomasz Wiśniewski',
        email: 'tomasz.w@example.test',
      }),
    });
    expect(intake.status).toBeLessThan(300);
    const got = await delivered;
    expect(got.headers['noticeboard-event']).toBe('request.received');
    expect(String(got.headers['noticeboard-signature'])).not.toBe('');

    await row.getByRole('link', { name: `Deliveries to ${receiverUrl}` }).click();
    await page.getByRole('heading', { name: `Deliveries to ${receiverUrl}` }).waitFor();
    const delivery = page
      .getByRole('table', { name: /Deliveries to this endpoint/ })
      .getByRole('row')
      .filter({ hasText: 'request.received' });
    // The log polls while an attempt is pending: it shows the receiver's answer once recorded.
    await delivery.getByText('Delivered').waitFor();
    await delivery.getByText('HTTP 204').waitFor();
    expect(await delivery.getByRole('cell').nth(2).textContent()).toBe('1');
    await shot('52-webhooks');

    // Edited: one event fewer; the secret stays.
    await page.getByRole('link', { name: '← All webhook endpoints' }).click();
    await row.getByRole('button', { name: `Edit ${receiverUrl}` }).click();
    const edit = page.getByRole('dialog', { name: 'Edit webhook endpoint' });
    await edit.getByRole('checkbox', { name: /A request was completed/ }).uncheck();
    await submitDialog(edit, 'Save endpoint');
    await row.getByText('request.completed').waitFor({ state: 'detached' });
    await row.getByText('request.received').waitFor();
    await row.getByText(webhookSecret.slice(-4)).waitFor();

    // Rotated: a new secret, shown once, replaces the old one at once.
    await row.getByRole('button', { name: `Rotate secret of ${receiverUrl}` }).click();
    await page
      .getByRole('dialog', { name: 'Rotate signing secret' })
      .getByRole('button', { name: 'Rotate secret' })
      .click();
    const rotated = page.getByRole('dialog', { name: 'Signing secret' });
    const newSecret = await rotated.getByLabel('Signing secret').inputValue();
    expect(newSecret).not.toBe(webhookSecret);
    await rotated.getByRole('button', { name: 'I have stored the secret' }).click();
    await row.getByText(newSecret.slice(-4)).waitFor();
  });

  test('lists a sub-processor subscriber and removes them', async () => {
    const subscribed = await fetch(`${baseUrl}/p/${TENANT.slug}/subprocessors/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ email: SUBSCRIBER }),
    });
    expect(subscribed.status).toBe(202);
    await settingsSection('Sub-processor subscribers').click();
    await page.getByRole('heading', { level: 1, name: 'Sub-processor subscribers' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: SUBSCRIBER });
    await row.getByText('Awaiting confirmation').waitFor();
    await row.getByText('not yet').waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Confirmed' });
    await page.getByText('No subscribers match').waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Any status' });
    await row.getByRole('button', { name: `Remove ${SUBSCRIBER}` }).click();
    await submitDialog(page.getByRole('dialog', { name: 'Remove subscriber' }), 'Remove subscriber');
    await page
      .getByRole('status')
      .filter({ hasText: `${SUBSCRIBER} was removed.` })
      .waitFor();
    await page.getByText('No subscribers yet').waitFor();
  });

  test('the email outbox lists the requester’s identity check, and opens it', async () => {
    await settingsSection('Email outbox').click();
    await page.getByRole('heading', { level: 1, name: 'Email outbox' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'tomasz.w@example.test' });
    await row.waitFor();
    // No mail server in this environment: kept, and said so.
    await row
      .getByText(/Not sent|Queued|Sent/)
      .first()
      .waitFor();
    await row.getByRole('link').click();
    await page.getByText('tomasz.w@example.test').waitFor();
    await page.getByRole('heading', { name: 'Message' }).waitFor();
    expect((await page.locator('.email-body').textContent())?.length ?? 0).toBeGreaterThan(20);
    await shot('57-outbox-message');
  });

  test('filters the audit log to what was just done, with before and after', async () => {
    await settingsSection('Audit log').click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const table = page.getByRole('table', { name: /Audit log entries/ });
    await table.waitFor();

    // The role change: by action, today only.
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const filters = page.getByRole('search', { name: 'Filter the audit log' });
    /** Applies the filters and waits for the answer to them (the count above the table names the filters in force). */
    const applied = async (inWords: string) => {
      await filters.getByRole('button', { name: 'Apply filters' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `matching ${inWords}` })
        .waitFor();
    };
    /** Clears the filters; the form is drawn anew from the address, without its Clear button. */
    const clear = async () => {
      await filters.getByRole('button', { name: 'Clear' }).click();
      await filters.getByRole('button', { name: 'Clear' }).waitFor({ state: 'detached' });
    };
    await filters.getByLabel('Action', { exact: true }).fill('updateTenantMember');
    await filters.getByLabel('From', { exact: true }).fill(today);
    await filters.getByLabel('To', { exact: true }).fill(today);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^1 change matching action updateTenantMember, from .+, to / })
      .waitFor();
    const roleChange = table.getByRole('row').filter({ hasText: 'updateTenantMember' });
    const change = roleChange.getByRole('table').getByRole('row', { name: /Role/ });
    await change.getByRole('cell', { name: 'VIEWER' }).waitFor();
    await change.getByRole('cell', { name: 'EDITOR' }).waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('updateTenantMember');

    // API keys: created by the owner, and what the key itself changed is in its name.
    await clear();
    await filters.getByLabel('Record type').selectOption({ label: 'API keys' });
    await applied('record type API keys');
    const created = table.getByRole('row').filter({ hasText: 'createApiKey' });
    await created.getByRole('table').getByRole('row', { name: /Name/ }).getByText(KEY_NAME).waitFor();
    const revoked = table.getByRole('row').filter({ hasText: 'revokeApiKey' });
    await revoked
      .getByRole('table')
      .getByRole('row', { name: /Revoked at/ })
      .waitFor();
    await created.getByText(inject('ownerEmail')).waitFor();

    await clear();
    await filters.getByLabel('Actor').selectOption({ label: `API key “${KEY_NAME}” (revoked)` });
    await applied(`actor API key “${KEY_NAME}” (revoked)`);
    const byKey = table.getByRole('row').filter({ hasText: 'updateRequestSettings' });
    await byKey.getByText(`API key "${KEY_NAME}"`).waitFor();
    // Only the key's own change: not the owner's creating and revoking it.
    expect(
      await table
        .getByRole('row')
        .filter({ hasText: /createApiKey|revokeApiKey/ })
        .count(),
    ).toBe(0);

    await clear();
    await filters.getByLabel('Record type').selectOption({ label: 'Webhook endpoints' });
    await applied('record type Webhook endpoints');
    await table.getByRole('row').filter({ hasText: 'createWebhookEndpoint' }).getByText(receiverUrl).waitFor();
    // The signing secret is never copied into the log.
    expect(await table.textContent()).not.toContain(webhookSecret);
    await clear();
    await filters.getByLabel('Record type').selectOption({ label: 'Members' });
    await applied('record type Members');
    await table.getByRole('row').filter({ hasText: 'acceptInvitation' }).first().waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'updateTenantMember' })
      .getByRole('cell', { name: 'EDITOR' })
      .waitFor();
    await shot('53-audit');
  });

  test('reads well at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await settingsSection('Webhooks').click();
    await page.getByRole('row').filter({ hasText: receiverUrl }).waitFor();
    // The sub-navigation wraps above the section instead of beside it.
    const nav = await page.getByRole('navigation', { name: 'Settings sections' }).boundingBox();
    const card = await page.locator('.settings-content').boundingBox();
    expect(nav && card && nav.y + nav.height <= card.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot('54-settings-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('pages through a long audit log', async () => {
    // A demo client's policy was loaded row by row: far more than one page of changes.
    await page.goto('/tenants/cloudops/settings/audit');
    const pager = page.getByRole('navigation', { name: 'Audit log pages' });
    await pager.getByText(/^1–25 of \d+$/).waitFor();
    await pager.getByRole('button', { name: 'Next page' }).click();
    await pager.getByText(/^26–\d+ of \d+$/).waitFor();
    const firstOnSecondPage = await page
      .getByRole('table', { name: /Audit log entries/ })
      .locator(':scope > tbody > tr')
      .first()
      .textContent();
    await pager.getByRole('button', { name: 'Previous page' }).click();
    await pager.getByText(/^1–25 of \d+$/).waitFor();
    expect(await pager.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
    expect(await page.getByRole('table', { name: /Audit log entries/ }).textContent()).not.toContain(firstOnSecondPage);
  });

  test('deletes the webhook endpoint with its log', async () => {
    await page.goto(`${settingsUrl}/webhooks`);
    await page
      .getByRole('row')
      .filter({ hasText: receiverUrl })
      .getByRole('button', { name: `Delete ${receiverUrl}` })
      .click();
    await submitDialog(page.getByRole('dialog', { name: 'Delete webhook endpoint' }), 'Delete endpoint');
    await page
      .getByRole('status')
      .filter({ hasText: `The endpoint ${receiverUrl} was deleted.` })
      .waitFor();
    await page.getByText('No webhook endpoints yet').waitFor();
  });
});

describe.sequential('the agency’s settings, for its owner', () => {
  test('invites a colleague, who accepts; makes them an owner, and removes them', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agency settings' }).waitFor();
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.getByLabel('Email').fill(COLLEAGUE.email);
    await dialog.getByRole('radio', { name: /Member/ }).check();
    await submitDialog(dialog, 'Send invitation');
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${COLLEAGUE.email}.` })
      .waitFor();
    await page
      .getByRole('table', { name: /Invitations to the agency/ })
      .getByRole('row')
      .filter({ hasText: COLLEAGUE.email })
      .getByText(/Pending until/)
      .waitFor();

    // A second invitation, withdrawn: its link stops working.
    const WITHDRAWN = 'not.after.all@agency.test';
    await page.getByRole('button', { name: 'Invite member' }).click();
    await dialog.getByLabel('Email').fill(WITHDRAWN);
    await submitDialog(dialog, 'Send invitation');
    const withdrawnToken = await emailedToken(WITHDRAWN);
    await page.getByRole('button', { name: `Withdraw invitation to ${WITHDRAWN}` }).click();
    await submitDialog(page.getByRole('dialog', { name: 'Withdraw invitation' }), 'Withdraw invitation');
    await page
      .getByRole('status')
      .filter({ hasText: `The invitation to ${WITHDRAWN} was withdrawn.` })
      .waitFor();
    await page.getByRole('row').filter({ hasText: WITHDRAWN }).waitFor({ state: 'detached' });
    const stale = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB' });
    try {
      const stalePage = await stale.newPage();
      await stalePage.goto(`/accept-invitation#${withdrawnToken}`);
      await stalePage
        .getByRole('alert')
        .getByText(/This invitation was withdrawn/)
        .waitFor();
    } finally {
      await stale.close();
    }

    await acceptAsNewPerson(COLLEAGUE.email, COLLEAGUE.name, COLLEAGUE.password);
    await page.reload();
    const row = page
      .getByRole('table', { name: /Members of the agency/ })
      .getByRole('row')
      .filter({ hasText: COLLEAGUE.email });
    await row.getByText('Member', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Change role of ${COLLEAGUE.name}` }).click();
    const roleDialog = page.getByRole('dialog', { name: 'Change role' });
    await roleDialog.getByRole('radio', { name: /Owner/ }).check();
    await submitDialog(roleDialog, 'Save role');
    await row.getByText('Owner', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Remove ${COLLEAGUE.name}` }).click();
    await submitDialog(page.getByRole('dialog', { name: 'Remove member' }), 'Remove member');
    await page
      .getByRole('status')
      .filter({ hasText: `${COLLEAGUE.name} was removed.` })
      .waitFor();
    await row.waitFor({ state: 'detached' });
  });
});

describe.sequential('a client’s settings, for an editor', () => {
  test('shows only what an editor may use: members without buttons, no keys, webhooks or audit', async () => {
    const editorContext = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    const editor = await editorContext.newPage();
    editor.setDefaultTimeout(15_000);
    try {
      await editor.goto('/sign-in');
      await editor.getByLabel('Email').fill(MEMBER.email);
      await editor.getByLabel('Password').fill(MEMBER.password);
      await editor.getByRole('button', { name: 'Sign in' }).click();
      await editor.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
      // Not an agency owner: no agency settings in the main navigation.
      expect(
        await editor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).count(),
      ).toBe(0);

      await editor.goto(`${settingsUrl}/members`);
      await editor.getByRole('row').filter({ hasText: MEMBER.email }).waitFor();
      const sections = editor.getByRole('navigation', { name: 'Settings sections' }).getByRole('link');
      expect(await sections.allTextContents()).toEqual(['Overview', 'Members', 'Website']);
      expect(await editor.getByRole('button', { name: 'Invite member' }).count()).toBe(0);
      expect(await editor.getByRole('button', { name: /Change role|Remove/ }).count()).toBe(0);

      // Opened by address anyway: a clear refusal, not a broken page.
      await editor.goto(`${settingsUrl}/api-keys`);
      await editor.getByRole('alert').getByText('You do not have permission to see this client’s API keys.').waitFor();
    } finally {
      await editorContext.close();
    }
  });
});
