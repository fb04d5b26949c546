import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, ownerToken, shot, tenantApi } from './helpers.js';

/**
 * Withdrawing consent as easily as it was given (GDPR Art. 7(3)), in a real Chromium against the built API and the
 * demo data: a website records a person's consents, staff make a withdrawal link through the API, and the person
 * opens it, withdraws everything in one step and sees what was withdrawn. This file owns a consent subject of its
 * own in the demo client that takes consents; steps wait on locators, never on time.
 */
const CONSENT_TENANT = 'cloud-officer';
const SUBJECT = `withdrawing-reader-${Date.now().toString(36)}@example.test`;

/** What the live notice a banner shows says (`GET /p/<slug>/consents/notice`), as far as this test reads it. */
interface Notice {
  hash: string;
  purposes: { id: string; name: string; kind: 'CONSENT' | 'OPT_OUT' }[];
}

let browser: Browser;
let api: ReturnType<typeof tenantApi>;
let granted: string[] = [];

const SUBJECT_STATE = `query ($s: String!) { consentSubject(subjectId: $s) {
  state { purposeName choice } history(first: 5) { totalCount edges { node { method pageUrl decisions { choice } } } } } }`;

beforeAll(async () => {
  browser = await launchBrowser();
  api = tenantApi(await ownerToken(), CONSENT_TENANT);
  // The website's banner: the live notice, then the person's answer, as the site's server posts it.
  const notice = (await (await fetch(`${baseUrl}/p/${CONSENT_TENANT}/consents/notice?lang=en`)).json()) as Notice;
  const consentPurposes = notice.purposes.filter((p) => p.kind === 'CONSENT');
  expect(consentPurposes.length).toBeGreaterThan(0);
  granted = consentPurposes.map((p) => p.name);
  const recorded = await fetch(`${baseUrl}/p/${CONSENT_TENANT}/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      subjectId: SUBJECT,
      granted: consentPurposes.map((p) => p.id),
      method: 'BANNER',
      noticeHash: notice.hash,
      language: 'en',
      idempotencyKey: `e2e-${SUBJECT}`,
    }),
  });
  expect(recorded.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

describe('consent withdrawal', () => {
  test('a person opens the link staff made, withdraws every consent in one step and sees the confirmation', async () => {
    const { createConsentWithdrawalLink: link } = await api<{
      createConsentWithdrawalLink: { __typename: string; url?: string; expiresAt?: string };
    }>(
      `mutation ($input: CreateConsentWithdrawalLinkInput!) { createConsentWithdrawalLink(input: $input) {
        __typename ... on ConsentWithdrawalLink { url expiresAt } ... on ValidationFailed { message } } }`,
      { input: { subjectId: SUBJECT } },
    );
    expect(link.__typename).toBe('ConsentWithdrawalLink');
    expect(link.url).toContain(`/p/${CONSENT_TENANT}/consents/withdraw?token=`);

    // The person, not signed in to anything, in a browser of their own.
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 800, height: 900 } });
    try {
      const person = await context.newPage();
      person.setDefaultTimeout(15_000);
      await person.goto(link.url!);
      await person.getByRole('heading', { name: 'Withdraw your consent' }).waitFor();
      const listed = person.getByRole('listitem');
      for (const name of granted) await expect(listed.filter({ hasText: name }).count()).resolves.toBe(1);
      await expect(listed.first().textContent()).resolves.toMatch(/given on \d{1,2} \w+ \d{4}/);
      await shot(person, 'consent-withdrawal-page');

      await person.getByRole('button', { name: 'Withdraw all consents' }).click();
      await person.getByRole('heading', { name: 'Your consent has been withdrawn' }).waitFor();
      const confirmation = (await person.locator('main').textContent()) ?? '';
      expect(confirmation).toMatch(/you withdrew the following consents/);
      for (const name of granted) expect(confirmation).toContain(name);
      await shot(person, 'consent-withdrawal-confirmed');

      // The link again: nothing is left to withdraw.
      await person.goto(link.url!);
      await person.getByRole('heading', { name: 'No consent to withdraw' }).waitFor();
    } finally {
      await context.close();
    }

    // Staff see the withdrawal in the person's history, recorded from the withdrawal page.
    const { consentSubject } = await api<{
      consentSubject: {
        state: { purposeName: string; choice: string }[];
        history: {
          totalCount: number;
          edges: { node: { method: string; pageUrl: string; decisions: { choice: string }[] } }[];
        };
      };
    }>(SUBJECT_STATE, { s: SUBJECT });
    expect(consentSubject.state.every((s) => s.choice === 'WITHDRAWN')).toBe(true);
    expect(consentSubject.history.totalCount).toBe(2);
    const withdrawal = consentSubject.history.edges[0]!.node;
    expect(withdrawal.method).toBe('FORM');
    expect(withdrawal.pageUrl).toBe(`${baseUrl}/p/${CONSENT_TENANT}/consents/withdraw`);
    expect(withdrawal.decisions.every((d) => d.choice === 'WITHDRAWN')).toBe(true);
  });
});
