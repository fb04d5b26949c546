import type { Language, PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './i18n/translator.js';
import { ID, fixtureSnapshot } from './test/fixture.js';
import { LANGS, render } from './test/render-helpers.js';

/** The fixture's marketing cookie, served by the consent-based newsletter only. */
const MCID = '_mcid';

const analyticsOnInterests = (s: PolicySnapshot) => {
  // 'Website analytics' relies on legitimate interests; a Plausible cookie that serves it.
  s.cookies.push({
    ...s.cookies[2]!,
    id: '00000000-0000-4000-8000-0000000000b4',
    name: 'plausible_ignore',
    provider: 'Plausible',
    recipientId: ID.plausible,
    kind: 'ANALYTICS',
    purpose: 'Counts visits.',
    purposeIds: [ID.analytics],
    position: 3,
  });
};

function cookieSection(text: string, language: Language): string {
  const heading = CATALOGS[language]['section.cookies'];
  const start = text.indexOf(heading, text.indexOf(heading) + heading.length); // past the table of contents
  return text.slice(start === -1 ? text.indexOf(heading) : start);
}

describe.each(LANGS)('cookies linked to purposes, in %s', (language) => {
  const words = CATALOGS[language];
  const basis = (b: 'CONSENT' | 'CONTRACT' | 'LEGITIMATE_INTERESTS') => words[`legalBasis.${b}`];

  it('lists each cookie’s purposes with the legal basis each relies on', () => {
    const text = render(fixtureSnapshot(), language).text;
    expect(text).toContain(words['table.cookiePurposes']);
    expect(text).toContain(`Newsletter (${basis('CONSENT')})`);
    expect(text).toContain(`Providing our services (${basis('CONTRACT')})`);
  });

  it('says non-necessary cookies are set only with consent when each serves consent-based purposes alone', () => {
    const text = render(fixtureSnapshot(), language).text;
    expect(text).toContain(words['cookies.onlyWithConsent']);
    expect(text).toContain(words['rights.consentCookies']);
  });

  it('says nothing general about consent when an analytics cookie relies on legitimate interests', () => {
    const s = fixtureSnapshot();
    analyticsOnInterests(s);
    const text = render(s, language).text;
    expect(text).not.toContain(words['cookies.onlyWithConsent']);
    expect(text).not.toContain(words['rights.consentCookies']);
    // The table says what that cookie relies on instead.
    expect(text).toContain(`Website analytics (${basis('LEGITIMATE_INTERESTS')})`);
    // The newsletter still relies on consent, so withdrawing it is still explained.
    expect(text).toContain(words['rights.withdrawHeading']);
  });

  it('says nothing general when a cookie serves consent and another basis, or serves no purpose', () => {
    for (const purposeIds of [[ID.marketing, ID.analytics], []]) {
      const s = fixtureSnapshot();
      s.cookies = s.cookies.map((c) => (c.name === MCID ? { ...c, purposeIds } : c));
      const text = render(s, language).text;
      expect(text).not.toContain(words['cookies.onlyWithConsent']);
      expect(text).not.toContain(words['rights.consentCookies']);
    }
  });

  it('says nothing about consent for cookies when all of them are strictly necessary', () => {
    const s = fixtureSnapshot();
    s.cookies = s.cookies.filter((c) => c.kind === 'STRICTLY_NECESSARY');
    const text = render(s, language).text;
    expect(text).not.toContain(words['cookies.onlyWithConsent']);
    expect(text).not.toContain(words['rights.consentCookies']);
  });

  it('speaks of withdrawing consent for cookies only through consent-based purposes', () => {
    // A marketing cookie on legitimate interests and no consent-based purpose: no consent to withdraw at all.
    const s = fixtureSnapshot();
    s.purposes = s.purposes.filter((x) => x.legalBasis !== 'CONSENT');
    s.cookies = s.cookies.map((c) => (c.name === MCID ? { ...c, purposeIds: [ID.analytics] } : c));
    const text = render(s, language).text;
    expect(text).not.toContain(words['rights.withdrawHeading']);
    expect(text).not.toContain(words['cookies.onlyWithConsent']);
  });

  it('describes a group of cookies by category, with its typical duration', () => {
    const s = fixtureSnapshot();
    s.cookies = s.cookies.map((c) =>
      c.name === MCID ? { ...c, describesGroup: true, name: 'Mailchimp cookies', durationAmount: 2 } : c,
    );
    const section = cookieSection(render(s, language).text, language);
    expect(section).toContain(words['cookies.group'].replace('{name}', 'Mailchimp cookies'));
    const years = render(s, language).text.match(
      new RegExp(words['cookies.typicalDuration'].replace('{duration}', '2 \\S+')),
    );
    expect(years).not.toBeNull();
    // A named cookie's duration is its own, not a typical one.
    expect(section).not.toContain(words['cookies.typicalDuration'].replace('{duration}', '6'));
  });
});

describe('cookies of a snapshot published before they were linked to purposes', () => {
  it('renders them with no purposes and no general consent sentence', () => {
    const s = fixtureSnapshot();
    s.cookies = s.cookies.map(({ purposeIds: _, describesGroup: __, ...c }) => c as (typeof s.cookies)[number]);
    const text = render(s).text;
    expect(text).toContain('_mcid');
    expect(text).not.toContain(CATALOGS.en['cookies.onlyWithConsent']);
    expect(text).not.toContain('(a group of cookies)');
  });
});
