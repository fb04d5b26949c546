import { describe, expect, it } from 'vitest';
import {
  apiLanguage,
  defaultLanguageChoice,
  englishFound,
  fieldLabel,
  filterSummary,
  groupByItem,
  initialEdit,
  isChanged,
  isLongText,
  needsWork,
  progressPercent,
  progressSentence,
  textDomId,
  translationInput,
  workLeft,
  type TextView,
} from './translation-format.js';
import { previewNotices } from '../policy/preview-notices.js';
import { policyLocationPath, translationsPath } from '../../lib/policy-location.js';

const text = (over: Partial<TextView>): TextView => ({
  kind: 'PURPOSE',
  itemId: 'p1',
  itemLabel: 'Orders',
  field: 'name',
  text: 'Orders',
  required: true,
  state: 'MISSING',
  value: null,
  source: null,
  ...over,
});

describe('languages', () => {
  it('reads the address’s language in either case, and nothing else', () => {
    expect(apiLanguage('de')).toBe('DE');
    expect(apiLanguage('IT')).toBe('IT');
    expect(apiLanguage('xx')).toBeNull();
    expect(apiLanguage(null)).toBeNull();
  });

  it('opens the first published language with work left, else the first published, else the first', () => {
    const p = (language: string, published: boolean, complete: boolean) => ({ language, published, complete });
    expect(defaultLanguageChoice([p('DE', true, true), p('FR', true, false), p('IT', false, false)])).toBe('FR');
    expect(defaultLanguageChoice([p('DE', true, true), p('IT', false, false)])).toBe('DE');
    expect(defaultLanguageChoice([p('ES', false, false), p('IT', false, false)])).toBe('ES');
    expect(defaultLanguageChoice([])).toBeNull();
  });
});

describe('progress in words', () => {
  it('counts what is translated of what must be, with a percentage rounded down', () => {
    expect(progressSentence({ required: 30, current: 12 })).toBe('12 of 30 texts translated (40%)');
    expect(progressSentence({ required: 1, current: 1 })).toBe('1 of 1 text translated (100%)');
    expect(progressPercent({ required: 3, current: 2 })).toBe(66);
    expect(progressSentence({ required: 0, current: 0 })).toBe('Nothing to translate yet');
  });

  it('names what is left, or that nothing is', () => {
    expect(workLeft({ missing: 3, outdated: 1, untranslated: 2, complete: false })).toBe(
      '3 missing, 1 outdated, 2 untranslated',
    );
    expect(workLeft({ missing: 0, outdated: 0, untranslated: 0, complete: true })).toBe('Every text is translated');
    expect(filterSummary(1, 1)).toBe('1 text needs work; 1 other is hidden.');
    expect(filterSummary(3, 0)).toBe('3 texts need work.');
    expect(filterSummary(0, 4)).toBe('0 texts need work; 4 others are hidden.');
  });
});

describe('texts', () => {
  it('needs work unless current, except a name left as it is', () => {
    expect(needsWork(text({ state: 'CURRENT' }))).toBe(false);
    expect(needsWork(text({ state: 'MISSING' }))).toBe(true);
    expect(needsWork(text({ state: 'MISSING', required: false }))).toBe(false);
    expect(needsWork(text({ state: 'OUTDATED', required: false }))).toBe(true);
    expect(needsWork(text({ state: 'UNTRANSLATED' }))).toBe(true);
  });

  it('groups by item in the editor’s order of sections, keeping the API’s order within one', () => {
    const groups = groupByItem([
      text({ itemId: 'p1', field: 'name' }),
      text({ kind: 'SETTINGS', itemId: null, itemLabel: 'Policy settings', field: 'changeNotice' }),
      text({ itemId: 'p2', itemLabel: 'Newsletter', field: 'name' }),
      text({ itemId: 'p1', field: 'description' }),
      text({ kind: 'CONTROLLER', itemId: null, itemLabel: 'Acme Ltd', field: 'offices.0.label' }),
    ]);
    expect(groups.map((g) => [g.label, g.section, g.texts.map((t) => t.field)])).toEqual([
      ['Acme Ltd', 'Company', ['offices.0.label']],
      ['Policy settings', 'Policy settings', ['changeNotice']],
      ['Orders', 'Purposes', ['name', 'description']],
      ['Newsletter', 'Purposes', ['name']],
    ]);
  });

  it('names fields in words and gives each text an element id', () => {
    expect(fieldLabel('retention.criteria')).toBe('Retention criteria');
    expect(fieldLabel('offices.0.label')).toBe('Offices 1 label');
    expect(fieldLabel('additionalBases.1.legitimateInterest')).toBe('Additional bases 2 legitimate interest');
    expect(textDomId(text({ kind: 'SETTINGS', itemId: null, field: 'generalRetention.criteria' }))).toBe(
      'text-SETTINGS--generalRetention-criteria',
    );
  });

  it('gives names a line and everything else a text area', () => {
    expect(isLongText(text({ field: 'name', text: 'Orders' }))).toBe(false);
    expect(isLongText(text({ field: 'description', text: 'Short' }))).toBe(true);
    expect(isLongText(text({ field: 'offices.0.label', text: 'Head office' }))).toBe(false);
  });
});

describe('edits', () => {
  it('sends only what differs from what is stored', () => {
    const stored = text({ state: 'CURRENT', value: 'Bestellungen' });
    expect(isChanged(stored, initialEdit(stored))).toBe(false);
    expect(isChanged(stored, { value: 'Bestellungen ', untranslated: false, confirmed: false })).toBe(false);
    expect(isChanged(stored, { value: 'Aufträge', untranslated: false, confirmed: false })).toBe(true);
    const copy = text({ state: 'UNTRANSLATED', value: 'Orders' });
    expect(initialEdit(copy)).toEqual({ value: 'Orders', untranslated: true, confirmed: false });
    // The same words typed over the copy make it the person's own translation.
    expect(isChanged(copy, { value: 'Orders', untranslated: false, confirmed: false })).toBe(true);
    const outdated = text({ state: 'OUTDATED', value: 'Bestellungen' });
    expect(isChanged(outdated, { value: 'Bestellungen', untranslated: false, confirmed: true })).toBe(true);
  });

  it('builds the mutation’s input: a copy marked untranslated, a confirmation, an empty box removes', () => {
    const t = text({});
    expect(translationInput(t, { value: 'Orders', untranslated: true, confirmed: false })).toEqual({
      kind: 'PURPOSE',
      itemId: 'p1',
      field: 'name',
      value: 'Orders',
      untranslated: true,
      confirmed: null,
    });
    expect(translationInput(t, { value: 'Bestellungen', untranslated: false, confirmed: true })).toMatchObject({
      value: 'Bestellungen',
      untranslated: null,
      confirmed: true,
    });
    expect(
      translationInput(text({ kind: 'SETTINGS', itemId: undefined }), {
        value: '  ',
        untranslated: false,
        confirmed: false,
      }),
    ).toMatchObject({
      itemId: null,
      value: null,
    });
  });

  it('finds English in a translation, each word once, leaving names and English itself alone', () => {
    expect(englishFound('Wir senden the Bestellung to the Kunden', 'DE')).toEqual(['the', 'to']);
    expect(englishFound('Wir senden die Bestellung', 'DE')).toEqual([]);
    expect(englishFound('Daten an Bed and Breakfast Ltd', 'DE', ['Bed and Breakfast Ltd'])).toEqual([]);
    expect(englishFound('the orders', 'EN')).toEqual([]);
    expect(englishFound('', 'FR')).toEqual([]);
  });
});

describe('links to the translations page', () => {
  it('opens a language at one text, and a translation problem links there instead of the editor', () => {
    expect(translationsPath('acme', { language: 'DE' })).toBe('/tenants/acme/translations?language=de');
    expect(policyLocationPath('acme', { kind: 'PURPOSE', id: 'p1', field: 'name', language: 'DE' })).toBe(
      '/tenants/acme/translations?language=de&kind=PURPOSE&id=p1&field=name',
    );
    expect(policyLocationPath('acme', { kind: 'PURPOSE', id: 'p1', field: 'name', language: null })).toBe(
      '/tenants/acme/edit/purposes?id=p1&field=name',
    );
  });
});

describe('the draft preview’s notices', () => {
  it('says how many texts are left in the default language, and whether the language is published', () => {
    expect(
      previewNotices({ language: 'de', defaultLanguage: 'EN', publishedLanguages: ['DE'], untranslated: 3 }),
    ).toEqual({
      untranslated:
        '3 texts are not translated into German; shown in English here — this language will not publish until they are.',
      notPublished: null,
    });
    expect(
      previewNotices({ language: 'fr', defaultLanguage: 'EN', publishedLanguages: ['DE'], untranslated: 1 }),
    ).toEqual({
      untranslated:
        '1 text is not translated into French; shown in English here — this language will not publish until it is.',
      notPublished:
        'French is not among the languages this policy is published in: the preview shows how it would read.',
    });
    expect(previewNotices({ language: 'en', defaultLanguage: 'EN', publishedLanguages: [], untranslated: 0 })).toEqual({
      untranslated: null,
      notPublished: null,
    });
  });
});
