import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  baseUrl,
  graphqlCall,
  launchBrowser,
  openPortal,
  ownerToken,
  shot,
  signIn,
  submitAndClose,
  tenantApi,
} from './helpers.js';

/**
 * A request's clock as a privacy officer keeps it, in a real Chromium, on a UK client whose request time zone is
 * not known at first: the prompt to set it, a request taken by phone days ago recorded with the day it came, proof
 * of identity asked for and its arrival dated (the month restarts from that day, UK GDPR Art. 12A), a pause for
 * clarification and its resumption (the due date moves by the days waited), and a duplicate merged into the
 * original. What the pages show is checked against what the API says.
 */
const run = Date.now().toString(36);
const CLIENT = { legalName: 'Thistle & Finch Ltd', slug: `thistle-finch-${run}`, email: 'privacy@thistle-finch.test' };
const REQUESTER = { name: 'Isla Moray', email: `isla.moray.${run}@example.test` };

let browser: Browser;
let page: Page;
let api: ReturnType<typeof tenantApi>;
let originalId = '';
let originalReference = '';

/** YYYY-MM-DD, `days` from today (UTC: the client's zone, Europe/London, has the same date at test hours or close). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** A date as the portal shows it ("12 Mar 2026"). */
const shown = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

interface ClockView {
  state: string;
  dueOn: string;
  clockStartsOn: string;
  clock: {
    state: string;
    pausedDays: number;
    waits: { wait: string; requestedOn: string; receivedOn: string | null }[];
  };
}
const requestById = async (id: string) =>
  (
    await api<{ dataSubjectRequest: ClockView }>(
      'query ($id: ID!) { dataSubjectRequest(id: $id) { state dueOn clockStartsOn clock { state pausedDays waits { wait requestedOn receivedOn } } } }',
      { id },
    )
  ).dataSubjectRequest;

const dueOnPage = async () => ((await page.getByTestId('due-on').textContent()) ?? '').trim();
const step = (action: string): Locator => page.getByRole('button', { name: action, exact: true });
const history = (title: string) => page.getByRole('listitem').filter({ hasText: title });

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPortal(browser));
  const token = await ownerToken();
  // A UK client with no address: nothing decides the zone its requests are dated in until someone sets it.
  const { createTenant } = await graphqlCall<{ createTenant: { __typename: string } }>(
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on ValidationFailed { message } } }',
    {
      input: { legalName: CLIENT.legalName, contactEmail: CLIENT.email, slug: CLIENT.slug, jurisdictions: ['UK_GDPR'] },
    },
    { authorization: `Bearer ${token}` },
  );
  expect(createTenant.__typename).toBe('Tenant');
  api = tenantApi(token, CLIENT.slug);
  await signIn(page);
});

afterAll(async () => {
  await browser?.close();
});

describe.sequential('the request clock', () => {
  test('asks for the time zone before requests can be received, and sets it', async () => {
    await page.goto(`/tenants/${CLIENT.slug}/requests`);
    const prompt = page.getByTestId('request-zone-missing');
    await prompt.getByText('Requests cannot be received until the time zone is set.').waitFor();
    // The public form is closed meanwhile.
    expect((await fetch(`${baseUrl}/p/${CLIENT.slug}/requests/new`)).status).toBe(503);
    await shot(page, '90-requests-zone-missing');

    await prompt.getByRole('button', { name: 'Set the time zone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request settings' });
    await dialog.getByLabel('Time zone requests are dated in').selectOption('Europe/London');
    await submitAndClose(dialog, 'Save settings');
    await page.getByTestId('request-zone').getByText('Europe/London, set in the request settings').waitFor();
    expect(await page.getByTestId('request-zone-missing').count()).toBe(0);
    const { requestSettings } = await api<{ requestSettings: { timeZone: string; timeZoneSource: string } }>(
      '{ requestSettings { timeZone timeZoneSource } }',
    );
    expect(requestSettings).toEqual({ timeZone: 'Europe/London', timeZoneSource: 'SETTINGS' });
  });

  test('records a request taken by phone twelve days ago, with the day it came', async () => {
    const receivedOn = day(-12);
    await page.getByRole('button', { name: 'Record a request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a request' });
    await dialog.getByLabel('What they ask for').selectOption('ACCESS');
    await dialog.getByLabel('Law it is made under').selectOption('UK_GDPR');
    await dialog.getByLabel('Requester’s name').fill(REQUESTER.name);
    await dialog.getByLabel('Requester’s email').fill(REQUESTER.email);
    await dialog.getByLabel('What they asked').fill('A copy of everything held about my loyalty account.');
    await dialog.getByLabel('How it arrived').selectOption('PHONE');
    // Not in the future: the API says so next to the field.
    await dialog.getByLabel('Received').fill(`${day(2)}T10:00`);
    await dialog.getByLabel('Received').evaluate((el) => el.removeAttribute('max'));
    await dialog.getByLabel('Why no confirmation is needed').fill('Called from the number on the loyalty account.');
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await dialog.locator('.field-error').filter({ hasText: 'cannot arrive in the future' }).waitFor();
    await dialog.getByLabel('Received').fill(`${receivedOn}T10:00`);
    await shot(page, '91-record-phone-request');
    await submitAndClose(dialog, 'Record request');

    // The new request opens: received on that day, by phone, work started without the email confirmation.
    const heading = page.getByRole('heading', { level: 1, name: /^Access request R-/ });
    await heading.waitFor();
    originalReference = /R-[A-Z0-9]+/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    originalId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByText('(portal, by phone)').waitFor();
    expect(await page.getByTestId('clock-starts').textContent()).toBe(shown(receivedOn));
    await page
      .getByTestId('email-confirmation')
      .getByText(/staff went ahead/)
      .waitFor();
    await history('Went ahead without email confirmation').getByText('loyalty account').waitFor();
    const request = await requestById(originalId);
    expect(request).toMatchObject({ state: 'IN_PROGRESS', clockStartsOn: receivedOn });
    expect(await dueOnPage()).toBe(shown(request.dueOn));
  });

  test('asks for proof of identity: the clock stands still until it arrives, then the month runs from that day', async () => {
    const dueBefore = await dueOnPage();
    const askedOn = day(-10);
    const arrivedOn = day(-7);
    await step('Ask for proof of identity').click();
    const ask = page.getByRole('dialog', { name: 'Ask for proof of identity' });
    await ask
      .getByLabel('Reasonable doubt and the proof needed')
      .fill('The caller could not give the postcode on the account; a recent utility bill would settle it.');
    await ask.getByLabel('Asked on').fill(askedOn);
    await submitAndClose(ask, 'Ask for proof of identity');

    const stopped = page.getByTestId('clock-stopped');
    await stopped.getByText(/Not started: waiting for identity information asked for on/).waitFor();
    await stopped.getByText(/the month starts when it arrives \(.*12A.*\)/).waitFor();
    await page
      .getByTestId('verification')
      .getByText(/^Proof asked for on .*, awaited$/)
      .waitFor();
    // Until it arrives the period has not started, and the date shown is provisional.
    await page.getByTestId('clock-starts').getByText('Not yet: when identity information arrives').waitFor();
    await page
      .getByTestId('due-caveat')
      .getByText(/^Provisional/)
      .waitFor();
    await history('Proof of identity asked for').getByText('utility bill').waitFor();
    await shot(page, '92-request-identity-awaited');

    await step('Confirm identity').click();
    const confirm = page.getByRole('dialog', { name: /Confirm the requester/ });
    await confirm.getByLabel('How identity was confirmed').fill('Utility bill matched the account address.');
    // Not in the future: refused at the field.
    await confirm.getByLabel('Identity information received on').evaluate((el) => el.removeAttribute('max'));
    await confirm.getByLabel('Identity information received on').fill(day(1));
    await confirm.getByRole('button', { name: 'Confirm identity' }).click();
    await confirm.locator('.field-error').first().waitFor();
    await confirm.getByLabel('Identity information received on').fill(arrivedOn);
    await shot(page, '93-confirm-identity-received-on');
    await submitAndClose(confirm, 'Confirm identity');

    await page.getByTestId('clock-starts').getByText(shown(arrivedOn)).waitFor();
    expect(await page.getByTestId('clock-stopped').count()).toBe(0);
    expect(await page.getByTestId('due-caveat').count()).toBe(0);
    const request = await requestById(originalId);
    expect(request).toMatchObject({ state: 'IN_PROGRESS', clockStartsOn: arrivedOn, clock: { state: 'RUNNING' } });
    expect(request.clock.waits).toEqual([{ wait: 'IDENTITY', requestedOn: askedOn, receivedOn: arrivedOn }]);
    expect(await dueOnPage()).toBe(shown(request.dueOn));
    expect(await dueOnPage()).not.toBe(dueBefore);
    await page
      .getByTestId('verification')
      .getByText(/information arrived/)
      .waitFor();
    await history('Identity confirmed')
      .getByText(`Arrived ${shown(arrivedOn)}`)
      .waitFor();
    await shot(page, '94-identity-confirmed-due-moved');
  });

  test('pauses the clock for clarification and resumes it: the due date moves by the days waited', async () => {
    const before = await requestById(originalId);
    await step('Pause the clock').click();
    const pause = page.getByRole('dialog', { name: 'Ask the requester and pause the clock' });
    await pause.getByLabel('Waiting for').selectOption('CLARIFICATION');
    await pause
      .getByLabel('What you ask the requester')
      .fill('Do you mean the loyalty account or the web shop account?');
    await pause.getByLabel('Asked on').fill(day(-6));
    await submitAndClose(pause, 'Pause the clock');

    await page
      .getByTestId('clock-stopped')
      .getByText(/Paused since .*, waiting for clarification — the due date moves by each day of waiting/)
      .waitFor();
    expect(await step('Pause the clock').count()).toBe(0);
    await shot(page, '95-clock-paused');

    await step('Resume the clock').click();
    const resume = page.getByRole('dialog', { name: 'Record the answer and resume the clock' });
    await resume.getByLabel('Answer received on').fill(day(-1));
    await submitAndClose(resume, 'Resume the clock');

    await page.getByTestId('paused-days').getByText('Stood still 5 days in all').waitFor();
    const after = await requestById(originalId);
    expect(after.clock).toMatchObject({ state: 'RUNNING', pausedDays: 5 });
    expect(await dueOnPage()).toBe(shown(after.dueOn));
    // Five days later, unless the new date falls on a day off that the old one had already been moved past.
    expect(after.dueOn >= before.dueOn).toBe(true);
    if (after.dueOn !== before.dueOn)
      await history('Clock resumed')
        .getByText(`Due date moved from ${shown(before.dueOn)} to ${shown(after.dueOn)}`)
        .waitFor();
    // The waits as a timeline: identity, then the clarification.
    const waits = page.getByRole('list', { name: 'Asked of the requester' }).getByRole('listitem');
    expect(await waits.allTextContents()).toEqual([
      expect.stringMatching(/^Identity information: asked .*, arrived /),
      expect.stringMatching(/^Clarification: asked .*, arrived /),
    ]);
    await shot(page, '96-clock-resumed');
  });

  test('merges a duplicate into the original, found by the requester’s email', async () => {
    const { createDataSubjectRequest } = await api<{ createDataSubjectRequest: { id: string; reference: string } }>(
      'mutation ($input: CreateDataSubjectRequestInput!) { createDataSubjectRequest(input: $input) { ... on DataSubjectRequest { id reference } } }',
      {
        input: {
          type: 'ACCESS',
          requesterName: REQUESTER.name,
          email: REQUESTER.email,
          channel: 'POST',
          skipConfirmationReason: 'Letter signed as on the account',
        },
      },
    );
    await page.goto(`/tenants/${CLIENT.slug}/requests/${createDataSubjectRequest.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(createDataSubjectRequest.reference) }).waitFor();
    await step('Merge as duplicate').click();
    const merge = page.getByRole('dialog', { name: 'Merge into the original request' });
    // The search starts from the requester's email, so the earlier request is offered; the duplicate itself is not.
    const original = merge.getByRole('radio', { name: new RegExp(originalReference) });
    await original.waitFor();
    expect(await merge.getByRole('radio', { name: new RegExp(createDataSubjectRequest.reference) }).count()).toBe(0);
    await original.check();
    await merge.getByLabel('Why (optional)').fill('Same request, sent again by post after the call.');
    await shot(page, '97-merge-dialog');
    await submitAndClose(merge, 'Merge as duplicate');

    await page
      .getByRole('note')
      .getByText(/A duplicate, merged into/)
      .waitFor();
    expect(await page.getByRole('group', { name: 'Next steps' }).count()).toBe(0);
    await history('Merged into the original request').getByRole('link', { name: originalReference }).waitFor();
    await shot(page, '98-request-merged');

    await page.getByRole('note').getByRole('link', { name: originalReference }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(originalReference) }).waitFor();
    await history('Duplicate merged in').getByRole('link', { name: createDataSubjectRequest.reference }).waitFor();
    expect((await requestById(createDataSubjectRequest.id)).state).toBe('MERGED');
    await shot(page, '99-original-with-duplicate');
  });

  test('a CCPA opt-out: dated in the zone of the Californian office, refused only for fraud, completed once passed on', async () => {
    const slug = `golden-poppy-${run}`;
    const { createTenant } = await graphqlCall<{ createTenant: { __typename: string } }>(
      'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { __typename ... on ValidationFailed { message } } }',
      {
        input: {
          legalName: 'Golden Poppy Outfitters Inc.',
          contactEmail: 'privacy@golden-poppy.test',
          slug,
          jurisdictions: ['CCPA_CPRA'],
          offices: [
            {
              label: 'Head office',
              registered: true,
              address: { streetAddress: '1 Market St', locality: 'San Francisco', region: 'California', country: 'US' },
            },
          ],
        },
      },
      { authorization: `Bearer ${await ownerToken()}` },
    );
    expect(createTenant.__typename).toBe('Tenant');
    await page.goto(`/tenants/${slug}/requests`);
    await page
      .getByTestId('request-zone')
      .getByText(/America\/Los_Angeles, from the controller’s address/)
      .waitFor();

    await page.getByRole('button', { name: 'Record a request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a request' });
    await dialog.getByLabel('What they ask for').selectOption('LIMIT_SENSITIVE_USE');
    await dialog.getByLabel('Requester’s name').fill('Rosa Alvarez');
    await dialog.getByLabel('Requester’s email').fill(`rosa.alvarez.${run}@example.test`);
    await dialog.getByLabel('How it arrived').selectOption('POST');
    // An opt-out needs no confirmation: the dialog does not offer to skip one.
    await dialog.getByText(/needs no confirmation or identity check/).waitFor();
    expect(await dialog.getByLabel('Go ahead without email confirmation').count()).toBe(0);
    await submitAndClose(dialog, 'Record request');
    await page.getByRole('heading', { level: 1, name: /^Limit use of sensitive information request R-/ }).waitFor();
    await page
      .getByTestId('passed-on')
      .getByText(/^Not recorded yet/)
      .waitFor();
    expect(await step('Ask for proof of identity').count()).toBe(0);
    await page.getByTestId('email-confirmation').getByText('Not needed for a CCPA opt-out').waitFor();
    // Recorded now: the browser's time, and beside it the time in the client's zone that dates the request.
    await page.getByText(/in America\/Los_Angeles, the client’s zone/).waitFor();

    await step('Refuse').click();
    const refuse = page.getByRole('dialog', { name: 'Refuse the request' });
    const grounds = await refuse.getByLabel('Ground').locator('option').allTextContents();
    expect(grounds).toEqual(['Fraud suspected (documented, in good faith)', 'Other']);
    await refuse.getByRole('button', { name: 'Cancel' }).click();

    await step('Record passed on').click();
    const passedOn = page.getByRole('dialog', { name: 'Record that the opt-out was passed on' });
    await passedOn.getByLabel('Who was told, and when').fill('AdPartner Inc. told through its opt-out API today.');
    await submitAndClose(passedOn, 'Record passed on');
    await page
      .getByTestId('passed-on')
      .getByText(/^Recorded /)
      .waitFor();
    await history('Opt-out passed on to third parties').getByText('AdPartner Inc.').waitFor();

    await step('Complete').click();
    const complete = page.getByRole('dialog', { name: 'Complete the request' });
    await complete.getByLabel('Outcome').fill('Sensitive information is now used only as permitted.');
    await submitAndClose(complete, 'Complete');
    await page.locator('.badge-completed').waitFor();
    await shot(page, '99b-ccpa-limit-completed');
  });
});
