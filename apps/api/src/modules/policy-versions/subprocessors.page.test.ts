import { describe, expect, it } from 'vitest';
import {
  buildPolicySnapshot,
  LANGUAGES,
  policySettings,
  recipient,
  tenantProfile,
  type Language,
  type PolicySnapshot,
} from '@noticeboard/domain';
import { catalogDisagreements } from '../public/message-catalog.js';
import { SUBPROCESSORS_PAGE_CATALOGS } from './subprocessors.messages.js';
import { renderSubprocessorsHtml, SAFEGUARD_WORDS, safeguardWords } from './subprocessors.page.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The tenant's service description in every language, as the portal stores current translations. */
const HOSTING = {
  en: 'cloud hosting',
  de: 'Cloud-Hosting',
  fr: 'hébergement cloud',
  es: 'alojamiento en la nube',
  it: 'hosting cloud',
};
const PAYMENTS = { en: 'payments', de: 'Zahlungsabwicklung', fr: 'paiements', es: 'pagos', it: 'pagamenti' };
const translationsOf = (texts: Record<Language, string>) =>
  Object.fromEntries(
    LANGUAGES.filter((l) => l !== 'en').map((l) => [l, { service: { value: texts[l], source: texts.en } }]),
  );

const controller = tenantProfile.parse({
  legalName: 'Zylo Kft',
  slug: 'zylo',
  contactEmail: 'privacy@zylo.example',
  jurisdictions: ['EU_GDPR'],
  defaultLanguage: 'en',
});

function snapshotWith(recipients: PolicySnapshot['recipients']): PolicySnapshot {
  return buildPolicySnapshot({
    controller,
    settings: policySettings.parse({ publishedLanguages: [...LANGUAGES] }),
    audiences: [],
    dataCategories: [],
    purposes: [],
    recipients,
    cookies: [],
    clauses: [],
  });
}

// Safeguards whose names are words, not proper names of an instrument (those keep their English name in brackets).
const SNAPSHOT = snapshotWith([
  {
    ...recipient.parse({
      name: 'Xanthos',
      role: 'PROCESSOR',
      legalEntity: 'Xanthos SARL',
      country: 'LU',
      processingCountries: ['IE', 'US'],
      service: HOSTING.en,
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'ADEQUACY_DECISION'],
      position: 0,
    }),
    id: uuid(1),
    translations: translationsOf(HOSTING),
  },
  {
    ...recipient.parse({
      name: 'Qorvix',
      role: 'PROCESSOR',
      country: 'US',
      service: PAYMENTS.en,
      safeguards: ['BINDING_CORPORATE_RULES', 'DEROGATION'],
      position: 1,
    }),
    id: uuid(2),
    translations: translationsOf(PAYMENTS),
  },
]);
const EMPTY = snapshotWith([]);
const EFFECTIVE = '2026-03-02';

const render = (snapshot: PolicySnapshot, language: Language) =>
  renderSubprocessorsHtml(snapshot, 7, EFFECTIVE, language);

/** What a reader sees: the page's text without markup, the tenant's own text and the country names taken out. */
function generatedText(html: string, language: Language): string {
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const tenantText = ['Zylo Kft', 'Xanthos SARL', 'Xanthos', 'Qorvix', HOSTING[language], PAYMENTS[language]];
  const countries = ['LU', 'IE', 'US'].map((c) => regions.of(c)!);
  let text = html
    .replace(/<style>[^<]*<\/style>/, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&');
  for (const t of [...tenantText, ...countries]) text = text.split(t).join(' ');
  return text;
}
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);

/**
 * Words a language shares with English by spelling, which are that language's own word here, not English left over:
 * "Art." (Artikel, article, artículo, articolo), German and Italian "in", Spanish "no", German "Version" and "Link", French
 * "version" and "clauses", Italian "link" and the prefix of "sub-responsabili".
 */
const SHARED_SPELLING: Record<Exclude<Language, 'en'>, string[]> = {
  de: ['art', 'in', 'version', 'link'],
  fr: ['art', 'version', 'clauses'],
  es: ['art', 'no'],
  it: ['art', 'in', 'link', 'sub'],
};

describe('the public sub-processor list', () => {
  it('has its words in every language, with the keys and ICU arguments of English', () => {
    expect(Object.keys(SUBPROCESSORS_PAGE_CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogDisagreements(SUBPROCESSORS_PAGE_CATALOGS)).toEqual([]);
  });

  it.each(LANGUAGES)('speaks %s: html lang, date, countries, safeguards, tenant text, form', (language) => {
    const html = render(SNAPSHOT, language);
    expect(html).toContain(`<html lang="${language}">`);
    const date = {
      en: '2 March 2026',
      de: '2. März 2026',
      fr: '2 mars 2026',
      es: '2 de marzo de 2026',
      it: '2 marzo 2026',
    };
    expect(html).toContain(`<time datetime="${EFFECTIVE}">${date[language]}</time>`);
    const unitedStates = {
      en: 'United States',
      de: 'Vereinigte Staaten',
      fr: 'États-Unis',
      es: 'Estados Unidos',
      it: 'Stati Uniti',
    };
    expect(html).toContain(unitedStates[language]);
    expect(html).toContain(safeguardWords(language).STANDARD_CONTRACTUAL_CLAUSES);
    expect(html).toContain(`<td>${HOSTING[language]}</td>`);
    expect(html).toContain(`action="/p/zylo/subprocessors/subscribe?lang=${language}"`);
    expect(html).not.toContain('—</td>'); // every processor here names its safeguards
  });

  it('says in German what the list holds, in the GDPR’s terms', () => {
    const html = render(SNAPSHOT, 'de');
    expect(html).toContain('<h1>Zylo Kft: Unterauftragsverarbeiter</h1>');
    expect(html).toContain('<title>Zylo Kft — Unterauftragsverarbeiter</title>');
    expect(html).toContain(
      'gemäß Version 7 unserer Datenschutzerklärung (gültig ab dem <time datetime="2026-03-02">2. März 2026</time>)',
    );
    expect(html).toContain('<td>Luxemburg (außerdem Irland, Vereinigte Staaten)</td>');
    expect(html).toContain('<td>Angemessenheitsbeschluss, Standardvertragsklauseln</td>');
  });

  it('states an empty list as a fact about this version, not about the organisation', () => {
    const sentences = {
      en: 'No sub-processors are listed in this version of the policy.',
      de: 'In dieser Version der Datenschutzerklärung sind keine Unterauftragsverarbeiter aufgeführt.',
      fr: 'Aucun sous-traitant ultérieur n’est mentionné dans cette version de la politique de confidentialité.',
      es: 'En esta versión de la política de privacidad no figura ningún subencargado del tratamiento.',
      it: 'In questa versione dell’informativa non è indicato alcun sub-responsabile del trattamento.',
    };
    for (const language of LANGUAGES) {
      const html = render(EMPTY, language);
      expect(html).toContain(`<tr><td colspan="5">${sentences[language]}</td></tr>`);
      expect(html).not.toMatch(/we use no/i);
    }
  });

  it('leaves no English word of the English page in another language’s page', () => {
    for (const snapshot of [SNAPSHOT, EMPTY]) {
      const english = wordsOf(generatedText(render(snapshot, 'en'), 'en'));
      expect(english).toContain('march');
      const leftOver = Object.fromEntries(
        LANGUAGES.filter((l) => l !== 'en').map((language: Exclude<Language, 'en'>) => {
          const shared = new Set(SHARED_SPELLING[language]);
          const words = wordsOf(generatedText(render(snapshot, language), language));
          return [language, [...words].filter((word) => english.has(word) && !shared.has(word))];
        }),
      );
      expect(leftOver).toEqual({ de: [], fr: [], es: [], it: [] });
    }
  });

  it('keeps the English safeguard names for the change notices, and names every safeguard in every language', () => {
    expect(SAFEGUARD_WORDS).toEqual(safeguardWords('en'));
    expect(SAFEGUARD_WORDS.STANDARD_CONTRACTUAL_CLAUSES).toBe('standard contractual clauses');
    expect(SAFEGUARD_WORDS.DEROGATION).toBe('derogation (Art. 49)');
    for (const language of LANGUAGES) {
      expect(Object.keys(safeguardWords(language))).toEqual(Object.keys(SAFEGUARD_WORDS));
      if (language === 'en') continue;
      for (const [code, words] of Object.entries(safeguardWords(language)))
        expect(words, `${language} ${code}`).not.toBe(SAFEGUARD_WORDS[code]);
    }
  });

  it('escapes the tenant’s text', () => {
    const html = render(
      snapshotWith([
        {
          ...recipient.parse({ name: 'A & B', role: 'PROCESSOR', service: 'hosting', position: 0 }),
          id: uuid(3),
        },
      ]),
      'en',
    );
    expect(html).toContain('<th scope="row">A &amp; B</th>');
    expect(html).toContain('<td>—</td>');
  });
});
