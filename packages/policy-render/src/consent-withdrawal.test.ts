import { describe, expect, it } from 'vitest';
import type { PolicySnapshot } from '@noticeboard/domain';
import { CATALOGS } from './i18n/translator.js';
import { all, elements, textContent, type El } from './test/dom.js';
import { fixtureSnapshot } from './test/fixture.js';
import { htmlFacts, LANGS, render } from './test/render-helpers.js';

const byId = (root: El, id: string): El | undefined => [...elements(root)].find((e) => e.attribs.id === id);

const WITHDRAWAL_URL = 'https://noticeboard.example/p/cloud-officer/consents/withdraw';

/** The fixture with no purpose on consent: the policy then has nothing to withdraw. */
function withoutConsent(): PolicySnapshot {
  const snapshot = fixtureSnapshot();
  return {
    ...snapshot,
    purposes: snapshot.purposes.map((p) =>
      p.legalBasis === 'CONSENT'
        ? { ...p, legalBasis: 'LEGITIMATE_INTERESTS', legitimateInterest: 'Measuring reach' }
        : p,
    ),
  };
}

describe('the consent withdrawal page in the policy', () => {
  it.each(LANGS)('links the page from the section on withdrawing consent (%s)', (language) => {
    const rendered = render(fixtureSnapshot(), language, {
      consentWithdrawalUrl: `${WITHDRAWAL_URL}?lang=${language}`,
    });
    const { dom } = htmlFacts(rendered.html);
    const section = byId(dom, 'rights-withdraw');
    expect(section).toBeTruthy();
    const links = all(section!, 'a').filter((a) => a.attribs.href === `${WITHDRAWAL_URL}?lang=${language}`);
    expect(links).toHaveLength(1);
    expect(textContent(links[0]!)).toBe(CATALOGS[language]['rights.withdrawLink']);
    expect(rendered.text).toContain(`${WITHDRAWAL_URL}?lang=${language}`);
  });

  it('says nothing of the page without its address, or without purposes on consent', () => {
    const plain = render(fixtureSnapshot());
    expect(plain.html).not.toContain(CATALOGS.en['rights.withdrawLink']);
    const noConsent = render(withoutConsent(), 'en', { consentWithdrawalUrl: WITHDRAWAL_URL });
    expect(noConsent.html).not.toContain(WITHDRAWAL_URL);
    expect(noConsent.text).not.toContain(WITHDRAWAL_URL);
  });

  it('links no address a browser would run', () => {
    const rendered = render(fixtureSnapshot(), 'en', { consentWithdrawalUrl: 'javascript:alert(1)' });
    expect(rendered.html).not.toContain('javascript:');
    expect(rendered.html).not.toContain(CATALOGS.en['rights.withdrawLink']);
  });
});
