import { publishedLanguagesOf, translatableTexts, type Language, type TranslatableKind } from '@noticeboard/domain';
import { englishWords } from '@noticeboard/policy-render';
import { describe, expect, it } from 'vitest';
import { cloudOfficer } from './cloud-officer.js';
import { cloudOps } from './cloudops.js';
import { cloudSentric } from './cloudsentric.js';
import type { DemoTenant, DemoTranslations } from './demo-tenant.js';

// The demo tenants' text in every language they publish besides English: complete, never the English left in place,
// and free of English words. No database: the demo data is walked the way the domain names its translatable fields.

/** The languages a demo translates its English text into. */
type TranslatedLanguage = Exclude<Language, 'en'>;

/** Every demo publishes at least these. */
const LANGUAGES_EVERY_DEMO_PUBLISHES = ['de', 'fr'] as const satisfies readonly TranslatedLanguage[];

/** Texts that read the same in every language: place and proper names a translation keeps. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Richmond']);

/** English names and titles a translation quotes as they are (a statute, a contract, a product), not English prose. */
const QUOTED_NAMES = [
  'Acceptable Use Policy',
  'Google Ads Data Processing Terms',
  'Companies Act 2006',
  'Companies House',
  'UK Addendum',
  'UK GDPR',
  'Tag Manager',
  'Cloud Officer',
];

type Section = keyof DemoTranslations;

interface SourceText {
  section: Section;
  /** The item's key in its section (`undefined` for the controller and the settings). */
  item?: string;
  path: string;
  text: string;
  /** Whether the text needs a translation: every text but a proper name; a recipient category's name is no name. */
  required: boolean;
}

/** Every translatable text of a demo, by section, item and field path. */
function sourceTexts(demo: DemoTenant): SourceText[] {
  const texts: SourceText[] = [];
  const add = (section: Section, kind: TranslatableKind, value: object, item?: string) => {
    for (const t of translatableTexts(kind, value))
      texts.push({ section, item, path: t.path, text: t.text, required: t.required });
  };
  // A profile's single legacy authority is the list's first.
  const legacy = (demo.profile as { supervisoryAuthority?: object }).supervisoryAuthority;
  add('controller', 'controller', {
    ...demo.profile,
    supervisoryAuthorities: demo.profile.supervisoryAuthorities ?? (legacy ? [legacy] : []),
  });
  add('settings', 'settings', demo.settings);
  for (const a of demo.audiences) add('audiences', 'audience', a, a.key);
  for (const d of demo.dataCategories) add('dataCategories', 'dataCategory', d, d.key);
  for (const p of demo.purposes) add('purposes', 'purpose', p, p.key);
  for (const r of demo.recipients) {
    const before = texts.length;
    add('recipients', 'recipient', r, r.key);
    // A category ("Our internal departments") is described in words, not named: it must be translated.
    if (r.role === 'CATEGORY') for (const t of texts.slice(before)) if (t.path === 'name') t.required = true;
  }
  for (const c of demo.cookies) add('cookies', 'cookie', c, c.name);
  demo.clauses.forEach((c, i) => add('clauses', 'clause', c, String(i)));
  return texts;
}

/** The translations one language gives, flattened like `sourceTexts`. */
function givenTranslations(
  translations: DemoTranslations,
): { section: Section; item?: string; path: string; value: string }[] {
  const given: { section: Section; item?: string; path: string; value: string }[] = [];
  for (const [section, content] of Object.entries(translations) as [Section, unknown][]) {
    if (section === 'controller' || section === 'settings') {
      for (const [path, value] of Object.entries((content ?? {}) as Record<string, string>))
        given.push({ section, path, value });
    } else {
      for (const [item, fields] of Object.entries((content ?? {}) as Record<string, Record<string, string>>)) {
        for (const [path, value] of Object.entries(fields)) given.push({ section, item, path, value });
      }
    }
  }
  return given;
}

const where = (t: { section: Section; item?: string; path: string }) =>
  [t.section, t.item, t.path].filter((x) => x !== undefined).join(' › ');

/** The English function words a text contains, outside addresses and quoted names (the renderer's own check). */
const englishWordsIn = (text: string, language: TranslatedLanguage) =>
  englishWords(text, language, QUOTED_NAMES).map((found) => found.split(' … ')[0]!.toLowerCase());

const DEMOS: [string, DemoTenant][] = [
  ['cloud-officer', cloudOfficer],
  ['cloudsentric', cloudSentric],
  ['cloudops', cloudOps],
];

/** The languages a demo publishes besides its own (English), each of which its translations must cover. */
function translatedLanguages(demo: DemoTenant): TranslatedLanguage[] {
  // A profile without a default language is written in English, the domain's default.
  return publishedLanguagesOf(demo.settings.publishedLanguages, demo.profile.defaultLanguage ?? 'en').filter(
    (l): l is TranslatedLanguage => l !== 'en',
  );
}

describe('the English function-word check', () => {
  it.each([
    ['de', 'in', true],
    ['de', 'will', true],
    ['fr', 'on', true],
    ['fr', 'or', true],
    ['it', 'in', true],
    ['es', 'in', false],
    ['fr', 'in', false],
    ['it', 'on', false],
  ] as const)('in %s, "%s" is a native word: %s', (language, word, native) => {
    expect(englishWordsIn(`Texto ${word} texto`, language)).toEqual(native ? [] : [word]);
  });

  it('flags English words in every language', () => {
    for (const language of ['de', 'fr', 'es', 'it'] as const)
      expect(englishWordsIn('Datos de la empresa, with the portal’s URL', language)).toEqual(['with', 'the']);
  });
});

describe.each(DEMOS)('%s translations', (_slug, demo) => {
  const sources = sourceTexts(demo);
  const sourceAt = new Map(sources.map((s) => [where(s), s]));

  it('is written in English and publishes at least German and French', () => {
    expect(demo.profile.defaultLanguage).toBe('en');
    expect(translatedLanguages(demo)).toEqual(expect.arrayContaining([...LANGUAGES_EVERY_DEMO_PUBLISHES]));
  });

  it('translates into no language it does not publish', () => {
    const unpublished = Object.keys(demo.translations ?? {}).filter(
      (l) => !(translatedLanguages(demo) as string[]).includes(l),
    );
    expect(unpublished).toEqual([]);
  });

  describe.each(translatedLanguages(demo))('%s', (language) => {
    const given = givenTranslations(demo.translations?.[language] ?? {});
    const givenAt = new Map(given.map((g) => [where(g), g.value]));

    it('translates every text that needs it', () => {
      const missing = sources.filter((s) => s.required && !givenAt.get(where(s))?.trim()).map(where);
      expect(missing).toEqual([]);
    });

    it('translates nothing that has no text', () => {
      const unknown = given.filter((g) => !sourceAt.has(where(g))).map(where);
      expect(unknown).toEqual([]);
    });

    it('never leaves the English text in place, unless it is a name', () => {
      const untranslated = given
        .filter(
          (g) => g.value.trim() === sourceAt.get(where(g))?.text.trim() && !SAME_IN_EVERY_LANGUAGE.has(g.value.trim()),
        )
        .map(where);
      expect(untranslated).toEqual([]);
    });

    it('keeps the URLs, e-mail addresses and Markdown lists of the English text', () => {
      const changed = given.flatMap((g) => {
        const source = sourceAt.get(where(g))?.text;
        if (!source) return [];
        const lost = (source.match(/https?:\/\/[^\s)\]]+|www\.[^\s)\]]+|[\w.+-]+@[\w-]+\.[\w.]+/gu) ?? [])
          .map((u) => u.replace(/[.,;:]+$/u, ''))
          .filter((u) => !g.value.includes(u));
        const listItems = (text: string) => text.split('\n').filter((line) => /^- /u.test(line)).length;
        if (listItems(source) !== listItems(g.value)) lost.push('a list item');
        return lost.length ? [`${where(g)}: ${lost.join(', ')}`] : [];
      });
      expect(changed).toEqual([]);
    });

    it('has no English words', () => {
      const english = given
        .map((g) => ({ at: where(g), words: englishWordsIn(g.value, language) }))
        .filter((g) => g.words.length)
        .map((g) => `${g.at}: ${g.words.join(', ')}`);
      expect(english).toEqual([]);
    });
  });
});
