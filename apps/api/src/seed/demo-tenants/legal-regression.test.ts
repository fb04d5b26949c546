/**
 * The legal regression suite (issue 17): each demo tenant is a real company's policy modelled as data. Rendered in
 * every language, its policy must state nothing its data does not support (each statement of absence or default
 * only from the explicit answer behind it; the defects counsel found never again) and every element its regimes
 * require. The catalogue's sentences are the renderer's own, so a reworded sentence cannot slip past.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  localizeSnapshot,
  publishedLanguagesOf,
  LEGAL_BASIS_REFERENCE,
  nonEssentialCookiesOnlyWithConsent,
  reliesOnConsent,
  type Language,
  type PolicySnapshot,
} from '@noticeboard/domain';
import {
  citeProvision,
  englishWords,
  MESSAGE_CATALOGS,
  RENDER_LANGUAGES,
  renderPolicy,
} from '@noticeboard/policy-render';
import { seed } from '../../test/seed.js';
import { graphql } from '../../test/graphql.js';
import { asOwner, uniqueSlug } from '../../test/demo-tenant-kit.js';
import { DEMO_TENANTS, loadDemoTenant, type DemoTenant } from './index.js';

const DRAFT = graphql(`{ policyDraft { snapshot } }`);

type MessageKey = keyof (typeof MESSAGE_CATALOGS)['en'];

/** The fixed part of a sentence (up to its first argument), as a rendering in `language` contains it. */
function sentence(language: Language, key: MessageKey): string {
  const message = MESSAGE_CATALOGS[language][key] as string;
  return message.split('{')[0]!.replace(/\s+/g, ' ').trim();
}

/**
 * Statements of absence, defaults and generalisations, each with the data that alone may support it: a rendering
 * that contains the sentence while its data says otherwise (or nothing) states what the data does not say.
 */
const SUPPORTED_BY: ReadonlyArray<{ key: MessageKey; supported: (s: PolicySnapshot) => boolean }> = [
  { key: 'automated.none', supported: (s) => s.settings.automatedDecisionMaking === false },
  { key: 'transfers.none', supported: (s) => s.settings.internationalTransfers === false },
  { key: 'recipients.none', supported: (s) => s.settings.disclosesPersonalData === false },
  { key: 'recipients.noSale', supported: (s) => s.settings.sellsPersonalData === false },
  { key: 'ca.notSoldPastYear', supported: (s) => s.settings.soldOrSharedInPreceding12Months === false },
  { key: 'rights.free', supported: (s) => s.settings.rightsRequestsFreeOfCharge === true },
  { key: 'requirement.VOLUNTARY', supported: (s) => s.dataCategories.some((c) => c.requirement === 'VOLUNTARY') },
  { key: 'cookies.onlyWithConsent', supported: (s) => nonEssentialCookiesOnlyWithConsent(s.cookies, s.purposes) },
  {
    key: 'recipients.processorsContract',
    supported: (s) => s.recipients.filter((r) => r.role === 'PROCESSOR').every((r) => r.dpaSignedOn),
  },
  { key: 'data.intro', supported: (s) => s.audiences.length > 1 },
  { key: 'volunteered.DELETED', supported: (s) => s.settings.volunteeredSpecialCategoryData === 'DELETED' },
];

/** What counsel found and no data can make true: repealed rights, a dead framework, labels said twice. */
const NEVER: ReadonlyArray<{ finding: string; in: (text: string) => boolean }> = [
  { finding: 'the repealed DPA 1998 right against damage or distress', in: (t) => /damage or distress/i.test(t) },
  { finding: 'portability limited to subscribers', in: (t) => /portability does not apply unless/i.test(t) },
  { finding: 'Privacy Shield in a rendered version', in: (t) => /privacy shield/i.test(t) },
  { finding: '"None:" after the consequence label', in: (t) => /:\s*None:/.test(t) },
  {
    finding: 'a legitimate interest labelled twice',
    in: (t) =>
      /(Our legitimate interest|Unser berechtigtes Interesse|Notre intérêt légitime)\s?: Our legitimate interest/i.test(
        t,
      ),
  },
  // A statement that holds for every retention period is said once, not in each row.
  {
    finding: 'the legal hold repeated in each retention row',
    in: (t) => t.split('(including prospective legal proceedings), we keep it').length > 2,
  },
  { finding: 'criminal-offence data called a special category', in: (t) => /special category data: criminal/i.test(t) },
  { finding: 'an address that is only a country', in: (t) => /(Address|Anschrift|Adresse)\s?: [^,\n]+\n/.test(t) },
];

/** Text with its white space folded as the renderings are before they are searched (French puts NBSP before ":"). */
const folded = (text: string) => text.replace(/\s+/g, ' ');

/** What each regime requires the policy to say, found in the rendering. */
function missingElements(snapshot: PolicySnapshot, language: Language, text: string): string[] {
  // The tenant's own words as the rendering in this language has them.
  const s = localizeSnapshot(snapshot, language).snapshot;
  const missing: string[] = [];
  const need = (what: string, present: boolean) => present || missing.push(what);
  need('the controller’s name (Art. 13(1)(a))', text.includes(s.controller.legalName));
  need('the controller’s contact (Art. 13(1)(a))', text.includes(s.controller.contactEmail));
  for (const p of s.purposes) {
    need(`purpose ${p.name} (Art. 13(1)(c))`, text.includes(folded(p.name)));
    // In the language's citation style: "Art. 6(1)(f)", "Art. 6 Abs. 1 lit. f", "art. 6.1.f)".
    const reference = citeProvision(LEGAL_BASIS_REFERENCE[p.legalBasis], language);
    need(`the legal basis of ${p.name} (Art. 13(1)(c))`, text.includes(reference));
  }
  for (const r of s.recipients) need(`recipient ${r.name} (Art. 13(1)(e))`, text.includes(folded(r.name)));
  need('the retention section (Art. 13(2)(a))', text.includes(sentence(language, 'section.retention')));
  need('the rights section (Art. 13(2)(b))', text.includes(sentence(language, 'section.rights')));
  const gdpr = s.controller.jurisdictions.some((j) => j === 'EU_GDPR' || j === 'UK_GDPR');
  if (gdpr) need('the right to complain (Art. 13(2)(d))', text.includes(sentence(language, 'rights.complaint')));
  if (s.purposes.some(reliesOnConsent))
    need('the right to withdraw consent (Art. 13(2)(c))', text.includes(sentence(language, 'purpose.withdraw')));
  if (s.dataCategories.some((c) => c.sources.some((source) => source !== 'SUBJECT')))
    need('where the data comes from (Art. 14(2)(f))', text.includes(sentence(language, 'data.sources')));
  return missing;
}

describe.each(DEMO_TENANTS.map((demo) => [demo.profile.slug, demo] as const))(
  'the legal regression suite for %s',
  (_slug, demo: DemoTenant) => {
    let snapshot: PolicySnapshot;
    beforeAll(async () => {
      const agency = await seed.agency();
      const { tenantId } = await asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug: uniqueSlug(demo) }));
      snapshot = (await agency.owner.inTenant(tenantId).gql(DRAFT)).policyDraft.snapshot as unknown as PolicySnapshot;
    });

    // Every language the demo publishes, each rendered strictly: a text without its translation fails the render.
    const languages = publishedLanguagesOf(demo.settings.publishedLanguages, demo.profile.defaultLanguage ?? 'en');

    it('publishes more than its default language', () => expect(languages.length).toBeGreaterThan(1));

    it.each(languages)('states nothing its data does not support, in %s', (language) => {
      const { text } = renderPolicy(snapshot, { language, effectiveDate: demo.publication.effectiveDate, version: 1 });
      const folded = text.replace(/\s+/g, ' ');
      const unsupported = SUPPORTED_BY.filter(
        ({ key, supported }) => folded.includes(sentence(language, key)) && !supported(snapshot),
      ).map(({ key }) => key);
      const found = NEVER.filter((never) => never.in(text)).map(({ finding }) => finding);
      expect({ unsupported, found }).toEqual({ unsupported: [], found: [] });
    });

    it.each(languages.filter((l) => l !== 'en'))('has no English left in %s', (language) => {
      const { text } = renderPolicy(snapshot, { language, effectiveDate: demo.publication.effectiveDate, version: 1 });
      // The company's and its recipients' names, which no language translates.
      const names = [
        ...new Set([
          snapshot.controller.legalName,
          ...snapshot.recipients.flatMap((r) => [r.name, ...(r.legalEntity ? [r.legalEntity] : [])]),
        ]),
      ].sort((a, b) => b.length - a.length);
      expect(englishWords(text, language, names)).toEqual([]);
    });

    it.each(languages)('states every element its regimes require, in %s', (language) => {
      const { text } = renderPolicy(snapshot, { language, effectiveDate: demo.publication.effectiveDate, version: 1 });
      expect(missingElements(snapshot, language, text.replace(/\s+/g, ' '))).toEqual([]);
    });
  },
);

describe('the legal regression suite itself', () => {
  it('catches a statement of absence whose answer is missing', () => {
    const text = `${sentence('en', 'automated.none')} and more`;
    const unanswered = { settings: { automatedDecisionMaking: null } } as unknown as PolicySnapshot;
    const rule = SUPPORTED_BY.find((r) => r.key === 'automated.none')!;
    expect(text.includes(sentence('en', rule.key)) && !rule.supported(unanswered)).toBe(true);
  });

  it('reads each sentence of the catalogue in every language', () => {
    for (const language of RENDER_LANGUAGES)
      for (const { key } of SUPPORTED_BY)
        expect(sentence(language, key).length, `${language} ${key}`).toBeGreaterThan(8);
  });
});
