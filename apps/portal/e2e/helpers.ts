import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * What the browser tests share: Debian's Chromium driven by playwright-core against the server of
 * e2e/global-setup.ts, screenshots in the git-ignored `screenshots/`, sign-in, and a GraphQL client for setting up
 * what the browser then reads. Steps wait on locators and on the page's state, never on time.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const screenshots = path.resolve(here, '../screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const baseUrl = inject('baseUrl');
export const owner = { email: inject('ownerEmail'), password: inject('ownerPassword') };
export const DESKTOP = { width: 1280, height: 800 };
/** A portrait tablet: the narrowest width the portal is laid out for. */
export const TABLET = { width: 768, height: 1024 };

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshots, { recursive: true });
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A fresh browser profile (its own sign-in) on the portal, with one page open. */
export async function openPortal(
  browser: Browser,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email = owner.email, password = owner.password) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Submits a dialog or form and waits until it is gone; a refusal fails the test with the alert's text. */
export async function submitAndClose(form: Locator, button: string) {
  await form.getByRole('button', { name: button, exact: true }).click();
  const refused = form.getByRole('alert');
  await Promise.race([form.waitFor({ state: 'hidden' }), refused.waitFor()]);
  if (await refused.isVisible().catch(() => false)) {
    const marked = await form.locator('.field-error').allTextContents();
    throw new Error(`refused: ${await refused.textContent()} ${marked.join(' ')}`);
  }
}

/** The `name` of the element that has focus, once focus has settled on a named control. */
export async function focusedName(page: Page): Promise<string | null> {
  await page.waitForFunction(() => !!document.activeElement?.getAttribute('name'));
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

/** Nothing on the page is wider than the window (no sideways scrolling). */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A GraphQL call as a signed-in person (or a tenant's) would make it; any error fails the test. */
export async function graphqlCall<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors || !body.data)
    throw new Error(`GraphQL failed: ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The owner's session, for setting data up through the API. */
export async function ownerToken(): Promise<string> {
  const { login } = await graphqlCall<{ login: { token?: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { ... on LoginSuccess { token } } }',
    { input: owner },
  );
  if (!login.token) throw new Error('the owner could not sign in');
  return login.token;
}

/** A GraphQL client for one tenant, as the owner. */
export function tenantApi(token: string, slug: string) {
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlCall<T>(query, variables, { authorization: `Bearer ${token}`, 'x-tenant': slug });
}

/** Creates a client through the "New client" dialog of the agency home (the page must show it). */
export async function createClient(
  page: Page,
  client: { legalName: string; email: string; slug: string; establishedIn?: string },
) {
  await page.getByRole('button', { name: 'New client' }).click();
  const dialog = page.getByRole('dialog', { name: 'New client' });
  await dialog.getByLabel('Legal name').fill(client.legalName);
  await dialog.getByLabel('Contact email').fill(client.email);
  if (client.establishedIn)
    await dialog.getByLabel(/^Country where it is established/).selectOption(client.establishedIn);
  await dialog.getByLabel(/slug/).fill(client.slug);
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${client.legalName} was created` })
    .waitFor();
}

/**
 * Someone uses the client's public request form (server-rendered, no sign-in) in another tab of the context;
 * gives the request's reference. `screenshot` names a picture of the confirmation.
 */
export async function submitPublicRequest(
  context: BrowserContext,
  slug: string,
  requester: { name: string; email: string },
  screenshot?: string,
): Promise<string> {
  const visitor = await context.newPage();
  await visitor.goto(`/p/${slug}/requests/new`);
  await visitor.getByLabel('What would you like us to do?').selectOption('ACCESS');
  await visitor.getByLabel('Your name').fill(requester.name);
  await visitor.getByLabel('Your email address').fill(requester.email);
  await visitor.getByRole('button', { name: 'Send request' }).click();
  const reference = (await visitor.locator('strong').first().textContent())?.trim() ?? '';
  if (!/^R-/.test(reference))
    throw new Error(`the public form gave no reference: ${await visitor.locator('main').textContent()}`);
  if (screenshot) await shot(visitor, screenshot);
  await visitor.close();
  return reference;
}

// People join by invitation: the emailed links, read from the API's account outbox.

export const databaseUrl = inject('databaseUrl');

/**
 * The token of the latest emailed link of `kind` (a suffix of account_emails.kind: INVITATION, PASSWORD_RESET)
 * sent to `email`: what follows `#` in the link of its text.
 */
export async function emailedToken(email: string, kind = 'INVITATION'): Promise<string> {
  if (!databaseUrl) throw new Error('the e2e setup gave no database URL to read emailed links from');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ text_body: string }>(
      `SELECT text_body FROM account_emails WHERE to_address = $1 AND kind LIKE '%' || $2 ORDER BY created_at DESC LIMIT 1`,
      [email.toLowerCase(), kind],
    );
    const token = /#([A-Za-z0-9_-]+)/.exec(rows[0]?.text_body ?? '')?.[1];
    if (!token) throw new Error(`no ${kind} email with a link to ${email}`);
    return token;
  } finally {
    await db.end();
  }
}

/** Invites `email` to a role in a tenant through the API, as whoever `token` signs in. */
export async function inviteToTenant(token: string, slug: string, email: string, role: 'ADMIN' | 'EDITOR' | 'VIEWER') {
  const { inviteTenantMember } = await tenantApi(token, slug)<{
    inviteTenantMember: { __typename: string; message?: string };
  }>(
    'mutation ($input: InviteTenantMemberInput!) { inviteTenantMember(input: $input) { __typename ... on ValidationFailed { message problems { path message } } } }',
    { input: { email, role } },
  );
  if (inviteTenantMember.__typename !== 'TenantInvitation')
    throw new Error(`the invitation to ${email} was refused: ${JSON.stringify(inviteTenantMember)}`);
}

/** Accepts the latest invitation to `email` through the API as a new person: their session token. */
export async function acceptAsNewPerson(email: string, name: string, password: string): Promise<string> {
  const { acceptInvitation } = await graphqlCall<{ acceptInvitation: { __typename: string; token?: string | null } }>(
    'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on InvitationAccepted { token } ... on UserError { message } } }',
    { input: { token: await emailedToken(email), name, password } },
  );
  if (!acceptInvitation.token)
    throw new Error(`accepting the invitation to ${email} failed: ${JSON.stringify(acceptInvitation)}`);
  return acceptInvitation.token;
}

/**
 * Opens the latest invitation link sent to `email` in the browser and creates the account there (name and
 * password); ends signed in.
 */
export async function acceptInBrowserAsNewPerson(page: Page, email: string, name: string, password: string) {
  await page.goto(`/accept-invitation#${await emailedToken(email)}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('button', { name: 'Create account and accept' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Creates a person with a role in a tenant the way the portal does: the owner invites, they accept (via the API). */
export async function addTenantPerson(
  slug: string,
  person: { email: string; name: string; password: string },
  role: 'ADMIN' | 'EDITOR' | 'VIEWER',
) {
  await inviteToTenant(await ownerToken(), slug, person.email, role);
  await acceptAsNewPerson(person.email, person.name, person.password);
}

/**
 * A further agency, made as an operator makes one (`pnpm cli create-agency`, on the e2e database): its first
 * owner accepts the emailed invitation with `password`. Gives the owner's session token.
 */
export async function createAgency(name: string, ownerEmail: string, password: string): Promise<string> {
  if (!databaseUrl) throw new Error('the e2e setup gave no database URL for the CLI');
  const cli = path.resolve(here, '../../api/dist/cli.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'create-agency', '--name', name, '--owner-email', ownerEmail], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        MIGRATION_DATABASE_URL: databaseUrl,
        NOTICEBOARD_PUBLIC_URL: baseUrl,
        NOTICEBOARD_SMTP_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`create-agency exited with ${code}: ${output}`)),
    );
  });
  return acceptAsNewPerson(ownerEmail, `${name} Owner`, password);
}
