import { policyItems, policyTranslationStatus, translatableTexts, type PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { renderPolicy, UntranslatedTextError } from './index.js';
import { OPTIONS, fixtureSnapshot } from './test/fixture.js';

/** The fixture with every text translated into German by marking it, as a translator's work would replace it. */
function translatedIntoGerman(): PolicySnapshot {
  const s = fixtureSnapshot();
  s.settings.publishedLanguages = ['de'];
  for (const { kind, item } of policyItems(s))
    for (const t of translatableTexts(kind, item))
      ((item.translations ??= {}).de ??= {})[t.path] = { value: `DE〔${t.text}〕`, source: t.text };
  return s;
}

describe('tenant text in the language rendered', () => {
  const strict = { ...OPTIONS, untranslated: 'refuse' as const };

  it('renders each text in its translation, never the default text', () => {
    const s = translatedIntoGerman();
    const de = renderPolicy(s, { ...strict, language: 'de' });
    expect(de.untranslated).toEqual([]);
    expect(de.text).toContain('DE〔Website visitors〕');
    expect(de.text).not.toMatch(/(?<!DE〔)Website visitors/);
    for (const t of policyTranslationStatus(s, ['de']).filter((x) => x.required && x.text.length > 12)) {
      // A text may render inside a longer sentence, but never on its own, untranslated.
      expect(de.text.split(`DE〔${t.text}〕`).join('')).not.toContain(t.text);
    }
  });

  it('refuses a language with gaps unless asked to keep them for a preview, and names them', () => {
    const s = translatedIntoGerman();
    delete s.purposes[0]!.translations!.de!.name;
    const refused = (() => {
      try {
        renderPolicy(s, { ...strict, language: 'de' });
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(UntranslatedTextError);
    expect((refused as UntranslatedTextError).gaps).toMatchObject([
      { kind: 'purpose', path: 'name', state: 'MISSING' },
    ]);
    const preview = renderPolicy(s, { ...strict, language: 'de', untranslated: 'keep' });
    expect(preview.untranslated.map((g) => [g.kind, g.index, g.path])).toEqual([['purpose', 0, 'name']]);
    expect(preview.text).toContain(s.purposes[0]!.name);
  });

  it('renders the default language as typed, whatever translations exist', () => {
    const s = translatedIntoGerman();
    const en = renderPolicy(s, { ...strict, language: 'en' });
    expect(en.text).toContain('Website visitors');
    expect(en.text).not.toContain('DE〔');
  });

  it('a translation made from an earlier text is not rendered', () => {
    const s = translatedIntoGerman();
    s.audiences[0]!.name = 'People browsing our website';
    expect(() => renderPolicy(s, { ...strict, language: 'de' })).toThrow(UntranslatedTextError);
  });
});
