/**
 * The regime-specific notices: California (CCPA/CPRA, 11 CCR § 7011(e)), Brazil (LGPD Art. 9 § 3, Art. 14) and
 * Canada (PIPEDA Principle 4.1). Each sentence appears when the data or an explicit answer says it, in every
 * language, and nothing is stated when the question is unanswered.
 */
import type { Jurisdiction, PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from './i18n/en.js';
import { CATALOGS } from './i18n/translator.js';
import { all, parse, textContent, type El } from './test/dom.js';
import { ID, fixtureSnapshot } from './test/fixture.js';
import { LANGS, render } from './test/render-helpers.js';

function serving(jurisdictions: Jurisdiction[]): PolicySnapshot {
  const s = fixtureSnapshot();
  s.controller = { ...s.controller, jurisdictions };
  return s;
}

/** The fixed part of a message before its first argument: what must (not) appear in the text. */
const lead = (language: (typeof LANGS)[number], key: MessageKey) => CATALOGS[language][key].split('{')[0]!.trim();

function sectionById(html: string, id: string): El | undefined {
  return all(parse(html), 'section').find((el) => el.attribs.id === id);
}

/** A California seller whose newsletter sells or shares contact details, with every CCPA question answered. */
function californiaSeller(): PolicySnapshot {
  const s = serving(['UK_GDPR', 'CCPA_CPRA']);
  s.purposes = s.purposes.map((x) => (x.id === ID.marketing ? { ...x, saleOrSharing: true } : x));
  s.settings = {
    ...s.settings,
    sellsOrSharesPersonalInformation: true,
    sellsOrSharesPersonalInformationOfMinors: false,
    processesOptOutPreferenceSignals: true,
    doNotSellOrShareUrl: 'https://cloudofficer.example/do-not-sell',
    sensitivePersonalInformationOnlyForPermittedUses: false,
    limitSensitiveUseUrl: 'https://cloudofficer.example/limit-use',
    operatesExclusivelyOnline: false,
    tollFreeNumber: '+1 800 555 0100',
    verificationProcess: 'we match the email address you write from with the one on your account.',
    authorisedAgentProof: 'SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION',
    offersFinancialIncentives: true,
    financialIncentiveNoticeUrl: 'https://cloudofficer.example/rewards-notice',
  };
  return s;
}

/** Every California sentence that comes from an answer, with the answer that brings it. */
const CALIFORNIA_ANSWERED: MessageKey[] = [
  'ca.minorsNoKnowledge',
  'ca.optOut',
  'ca.optOutLink',
  'ca.signals',
  'ca.limit',
  'ca.limitLink',
  'ca.tollFree',
  'ca.verification',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION',
  'ca.incentives',
];

describe('California (CCPA/CPRA)', () => {
  it('tables each category with its sources, purposes, and the recipients it is disclosed, sold or shared to', () => {
    const section = sectionById(render(californiaSeller()).html, 'california')!;
    const table = all(section, 'table')[0]!;
    expect(all(table, 'th').slice(0, 6).map(textContent)).toEqual([
      'Category',
      'What it includes',
      'Sources',
      'Purposes',
      'Disclosed for a business purpose to',
      'Sold or shared to',
    ]);
    const rows = all(table, 'tr')
      .slice(1)
      .map((tr) => [...all(tr, 'th'), ...all(tr, 'td')].map(textContent));
    const identifiers = rows.find((r) => r[0] === 'Identifiers')!;
    expect(identifiers[1]).toBe('Contact details');
    expect(identifiers[2]).toBe('from you directly and from third parties');
    expect(identifiers[3]).toContain('Newsletter');
    // The newsletter sells or shares contact details through Mailchimp; other purposes disclose them for a business purpose.
    expect(identifiers[5]).toBe('Mailchimp');
    expect(identifiers[4]).not.toContain('Mailchimp');
    const sensitive = rows.find((r) => r[0] === 'Sensitive personal information')!;
    expect(sensitive[5]).toBe('–');
  });

  it('has no sale column when nothing is sold or shared', () => {
    const section = sectionById(render(serving(['CCPA_CPRA'])).html, 'california')!;
    expect(all(all(section, 'table')[0]!, 'thead')[0] && all(section, 'th').map(textContent)).not.toContain(
      'Sold or shared to',
    );
  });

  it.each(LANGS)('%s: states each answered disclosure, with the links as links', (language) => {
    const html = render(californiaSeller(), language).html;
    const section = sectionById(html, 'california')!;
    const text = textContent(section);
    for (const key of CALIFORNIA_ANSWERED) expect(text, key).toContain(lead(language, key));
    const links = all(section, 'a').map((a) => [a.attribs.href, textContent(a)]);
    expect(links).toContainEqual([
      'https://cloudofficer.example/do-not-sell',
      'Do Not Sell or Share My Personal Information',
    ]);
    expect(links).toContainEqual([
      'https://cloudofficer.example/limit-use',
      'Limit the Use of My Sensitive Personal Information',
    ]);
    expect(links).toContainEqual([
      'https://cloudofficer.example/rewards-notice',
      CATALOGS[language]['ca.incentivesLinkText'],
    ]);
    expect(links).toContainEqual(['tel:+18005550100', '+1 800 555 0100']);
  });

  it('states the date of the last update from the version’s effective date', () => {
    expect(render(serving(['CCPA_CPRA'])).text).toContain('This privacy policy was last updated on 22 November 2026.');
    expect(render(serving(['CCPA_CPRA']), 'de').text).toContain('zuletzt am 22. November 2026 aktualisiert');
  });

  it('states the answers of absence only when answered no', () => {
    const s = serving(['CCPA_CPRA']);
    s.settings = { ...s.settings, offersFinancialIncentives: false };
    expect(render(s).text).toContain(
      'We do not offer financial incentives or price or service differences in exchange for personal information.',
    );
    const seller = californiaSeller();
    seller.settings = { ...seller.settings, sellsOrSharesPersonalInformationOfMinors: true };
    expect(render(seller).text).toContain(
      'We sell or share the personal information of consumers under 16 years of age only with their affirmative authorisation',
    );
  });

  it.each(LANGS)('%s: says nothing of what is unanswered', (language) => {
    const s = californiaSeller();
    s.settings = {
      ...s.settings,
      sellsOrSharesPersonalInformationOfMinors: null,
      processesOptOutPreferenceSignals: null,
      doNotSellOrShareUrl: null,
      limitSensitiveUseUrl: null,
      tollFreeNumber: null,
      verificationProcess: null,
      authorisedAgentProof: null,
      offersFinancialIncentives: null,
      financialIncentiveNoticeUrl: null,
    };
    const text = render(s, language).text;
    for (const key of [
      'ca.minorsNoKnowledge',
      'ca.minorsAuthorised',
      'ca.signals',
      'ca.optOutLink',
      'ca.limitLink',
      'ca.tollFree',
      'ca.verification',
      'agentProof.SIGNED_PERMISSION',
      'ca.incentives',
      'ca.noIncentives',
    ] as const)
      expect(text, key).not.toContain(lead(language, key));
  });

  it('renders snapshots stored before these fields existed', () => {
    const s = serving(['CCPA_CPRA']);
    const {
      offersFinancialIncentives: _i,
      authorisedAgentProof: _a,
      verificationProcess: _v,
      tollFreeNumber: _t,
      ...older
    } = s.settings;
    s.settings = older as typeof s.settings;
    const text = render(s).text;
    expect(text).toContain('Notice for California residents');
    expect(text).not.toContain('financial incentives');
  });
});

describe('Brazil (LGPD)', () => {
  it('is absent without the LGPD, and without anything to say', () => {
    expect(sectionById(render(fixtureSnapshot()).html, 'brazil')).toBeUndefined();
    const s = serving(['LGPD']);
    s.dataCategories = s.dataCategories.map((c) => ({ ...c, requirement: null }));
    expect(sectionById(render(s).html, 'brazil')).toBeUndefined();
  });

  it.each(LANGS)('%s: highlights the data whose provision is a condition of the service (Art. 9 § 3)', (language) => {
    const html = render(serving(['LGPD']), language).html;
    const section = sectionById(html, 'brazil')!;
    const highlighted = all(section, 'p').filter((p) => p.attribs.class === 'nb-important');
    expect(highlighted).toHaveLength(1);
    const text = textContent(highlighted[0]!);
    // Contractual and pre-contractual data, not the voluntary or statutory.
    expect(text).toContain('Contact details');
    expect(text).toContain('Application documents');
    expect(text).not.toContain('Health information');
    expect(text).not.toContain('Billing information');
    expect(text).toMatch(/art\. 18 LGPD/i);
    expect(all(highlighted[0]!, 'a').map((a) => a.attribs.href)).toEqual([
      '#rights',
      'mailto:rights@cloudofficer.example',
    ]);
  });

  it.each(LANGS)('%s: publishes what it processes of children and how a parent consents (Art. 14)', (language) => {
    const s = serving(['LGPD']);
    s.settings = {
      ...s.settings,
      processesChildrensData: true,
      childrensDataTypes: 'first name and school year, to run the class account',
      parentalConsentProcess: 'a parent confirms by a link we email before the account opens',
    };
    const text = textContent(sectionById(render(s, language).html, 'brazil')!);
    for (const key of ['br.children', 'br.parentalConsent', 'br.childrenRights'] as const)
      expect(text, key).toContain(lead(language, key));
    expect(text).toContain('first name and school year, to run the class account');
    expect(text).toContain('a parent confirms by a link we email before the account opens');
    expect(text).not.toContain(lead(language, 'br.noChildren'));
  });

  it.each(LANGS)('%s: says no children’s data is processed only when answered no', (language) => {
    const s = serving(['LGPD']);
    expect(render(s, language).text).not.toContain(lead(language, 'br.noChildren'));
    s.settings = { ...s.settings, processesChildrensData: false };
    expect(render(s, language).text).toContain(lead(language, 'br.noChildren'));
  });
});

describe('Canada (PIPEDA)', () => {
  it.each(LANGS)('%s: names the individual accountable, with title and contact (Principle 4.1)', (language) => {
    const s = serving(['PIPEDA']);
    s.settings = {
      ...s.settings,
      accountablePersonName: 'Priya Officer',
      accountablePersonTitle: 'Chief Privacy Officer',
      accountablePersonEmail: 'privacy-officer@cloudofficer.example',
    };
    const section = sectionById(render(s, language).html, 'canada')!;
    const text = textContent(section);
    expect(text).toContain(lead(language, 'pipeda.accountable'));
    expect(text).toContain('Priya Officer');
    expect(text).toContain('Chief Privacy Officer');
    expect(all(section, 'a').map((a) => a.attribs.href)).toEqual(['mailto:privacy-officer@cloudofficer.example']);
  });

  it('falls back to the controller’s contact email, and is absent while nobody is named', () => {
    const s = serving(['PIPEDA']);
    expect(sectionById(render(s).html, 'canada')).toBeUndefined();
    s.settings = { ...s.settings, accountablePersonTitle: 'Privacy Officer' };
    const section = sectionById(render(s).html, 'canada')!;
    expect(all(section, 'a').map((a) => a.attribs.href)).toEqual(['mailto:privacy@cloudofficer.example']);
  });
});
