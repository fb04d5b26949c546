import { describe, expect, it } from 'vitest';
import { fieldTranslationStatus } from './translation-status.js';

const base = { field: 'name', publishedLanguages: ['EN', 'DE', 'FR'], defaultLanguage: 'EN' };
const tr = (language: string, source: string, state = 'CURRENT', field = 'name') => ({
  language,
  field,
  source,
  state,
});

describe('fieldTranslationStatus', () => {
  it('lists each published language but the default, missing where nothing is stored', () => {
    expect(fieldTranslationStatus({ ...base, text: 'Customers', translations: [tr('DE', 'Customers')] })).toEqual([
      { language: 'DE', state: 'CURRENT' },
      { language: 'FR', state: 'MISSING' },
    ]);
  });

  it('needs no translation for an empty text', () => {
    expect(fieldTranslationStatus({ ...base, text: '  ', translations: [] })).toEqual([]);
    expect(fieldTranslationStatus({ ...base, text: null, translations: [] })).toEqual([]);
  });

  it('shows nothing when only the default language is published', () => {
    expect(fieldTranslationStatus({ ...base, publishedLanguages: [], text: 'x', translations: [] })).toEqual([]);
    expect(fieldTranslationStatus({ ...base, publishedLanguages: ['EN'], text: 'x', translations: [] })).toEqual([]);
  });

  it('calls a translation of another text outdated', () => {
    expect(
      fieldTranslationStatus({ ...base, text: 'Clients', translations: [tr('DE', 'Customers'), tr('FR', 'Clients')] }),
    ).toEqual([
      { language: 'DE', state: 'OUTDATED' },
      { language: 'FR', state: 'CURRENT' },
    ]);
  });

  it('keeps the stored untranslated, outdated and missing states', () => {
    const translations = [tr('DE', 'x', 'UNTRANSLATED'), tr('FR', 'x', 'OUTDATED'), tr('IT', 'x', 'MISSING')];
    expect(
      fieldTranslationStatus({ ...base, publishedLanguages: ['DE', 'FR', 'IT'], text: 'x', translations }),
    ).toEqual([
      { language: 'DE', state: 'UNTRANSLATED' },
      { language: 'FR', state: 'OUTDATED' },
      { language: 'IT', state: 'MISSING' },
    ]);
  });

  it('matches the field path exactly', () => {
    const translations = [tr('DE', 'x', 'CURRENT', 'offices.0.label')];
    expect(
      fieldTranslationStatus({
        ...base,
        field: 'offices.1.label',
        publishedLanguages: ['DE'],
        text: 'x',
        translations,
      }),
    ).toEqual([{ language: 'DE', state: 'MISSING' }]);
  });
});
