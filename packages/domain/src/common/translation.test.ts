import { describe, expect, it } from 'vitest';
import {
  localize,
  mergeTranslations,
  publishedLanguagesOf,
  rebaseTranslations,
  translatableTexts,
  translationList,
  translationStatus,
  type Translations,
} from './translation.js';

const purpose = {
  name: 'Newsletter',
  description: 'We send news.',
  legitimateInterest: null,
  additionalBases: [{ scope: 'for customers', legitimateInterest: 'keeping customers informed' }],
  retention: { criteria: 'until you unsubscribe' },
};

describe('translatableTexts', () => {
  it('lists the fields with text, list items by index, and marks names as proper', () => {
    expect(translatableTexts('purpose', purpose).map((t) => t.path)).toEqual([
      'name',
      'description',
      'additionalBases.0.scope',
      'additionalBases.0.legitimateInterest',
      'retention.criteria',
    ]);
    expect(translatableTexts('recipient', { name: 'Amazon Web Services', service: 'hosting' })).toEqual([
      { path: 'name', text: 'Amazon Web Services', required: false },
      { path: 'service', text: 'hosting', required: true },
    ]);
  });

  it("translates a cookie group's label but not a named cookie's identifier", () => {
    expect(translatableTexts('cookie', { name: '_ga', purpose: 'analytics' }).map((t) => t.path)).toEqual(['purpose']);
    expect(
      translatableTexts('cookie', { name: 'Analytics cookies', describesGroup: true, purpose: 'analytics' }).map(
        (t) => t.path,
      ),
    ).toEqual(['name', 'purpose']);
  });
});

describe('mergeTranslations', () => {
  const merge = (stored: Translations | undefined, inputs: Parameters<typeof mergeTranslations>[4], value = purpose) =>
    mergeTranslations('purpose', value, 'en', stored, inputs);

  it('stores each translation with the default text it was made from', () => {
    const result = merge(undefined, [{ language: 'de', field: 'name', value: ' Newsletter-Versand ' }]);
    expect(result).toEqual({
      ok: true,
      value: { de: { name: { value: 'Newsletter-Versand', source: 'Newsletter' } } },
    });
  });

  it('refuses an unknown language, the default language, an unknown or empty field, duplicates and empty values', () => {
    const result = merge(undefined, [
      { language: 'xx', field: 'name', value: 'a' },
      { language: 'en', field: 'name', value: 'a' },
      { language: 'de', field: 'colour', value: 'a' },
      { language: 'de', field: 'legitimateInterest', value: 'a' },
      { language: 'de', field: 'name', value: 'a' },
      { language: 'de', field: 'name', value: 'b' },
      { language: 'fr', field: 'description', value: '   ' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['translations.0.language', 'INVALID_FORMAT'],
      ['translations.1.language', 'NOT_ALLOWED'],
      ['translations.2.field', 'UNKNOWN_REFERENCE'],
      ['translations.3.field', 'INCONSISTENT'],
      ['translations.5', 'DUPLICATE'],
      ['translations.6.value', 'REQUIRED'],
    ]);
  });

  it('keeps the source of an unchanged translation, so sending back what was read never hides a change', () => {
    const stored: Translations = { de: { name: { value: 'Rundbrief', source: 'Old name' } } };
    const result = merge(stored, [{ language: 'de', field: 'name', value: 'Rundbrief' }]);
    expect(result.ok && result.value.de?.name).toEqual({ value: 'Rundbrief', source: 'Old name' });
    const status = translationStatus(
      'purpose',
      { ...purpose, translations: result.ok ? result.value : {} },
      ['de'],
      'en',
    );
    expect(status.find((s) => s.path === 'name')?.state).toBe('OUTDATED');
  });

  it('makes an edited or confirmed translation current', () => {
    const stored: Translations = { de: { name: { value: 'Rundbrief', source: 'Old name' } } };
    const edited = merge(stored, [{ language: 'de', field: 'name', value: 'Newsletter' }]);
    expect(edited.ok && edited.value.de?.name?.source).toBe('Newsletter');
    const confirmed = merge(stored, [{ language: 'de', field: 'name', value: 'Rundbrief', confirmed: true }]);
    expect(confirmed.ok && confirmed.value.de?.name?.source).toBe('Newsletter');
  });

  it('keeps a copy of the default text marked untranslated until it is edited', () => {
    const copied = merge(undefined, [{ language: 'fr', field: 'name', value: 'Newsletter', untranslated: true }]);
    expect(copied.ok && copied.value.fr?.name).toEqual({
      value: 'Newsletter',
      source: 'Newsletter',
      untranslated: true,
    });
    const kept = merge(copied.ok ? copied.value : undefined, [{ language: 'fr', field: 'name', value: 'Lettre' }]);
    expect(kept.ok && kept.value.fr?.name).toEqual({ value: 'Lettre', source: 'Newsletter' });
  });

  it('keeps stored translations when none are sent, dropping fields that lost their text', () => {
    const stored: Translations = {
      de: { name: { value: 'N', source: 'Newsletter' }, legitimateInterest: { value: 'I', source: 'x' } },
    };
    expect(merge(stored, undefined)).toEqual({
      ok: true,
      value: { de: { name: { value: 'N', source: 'Newsletter' } } },
    });
  });
});

describe('localize', () => {
  const translations: Translations = {
    de: {
      name: { value: 'Rundbrief', source: 'Newsletter' },
      description: { value: 'Wir senden Neuigkeiten.', source: 'We sent news.' },
      'additionalBases.0.scope': { value: 'für Kunden', source: 'for customers' },
    },
  };

  it('takes current translations, and lists every other required text as a gap', () => {
    const { value, gaps } = localize('purpose', { ...purpose, translations }, 'de', 'en');
    expect(value.name).toBe('Rundbrief');
    expect(value.additionalBases[0]!.scope).toBe('für Kunden');
    expect(value.description).toBe('We send news.'); // outdated: the default text stays, and it is a gap
    expect(gaps.map((g) => [g.path, g.state])).toEqual([
      ['description', 'OUTDATED'],
      ['additionalBases.0.legitimateInterest', 'MISSING'],
      ['retention.criteria', 'MISSING'],
    ]);
    expect(purpose.name).toBe('Newsletter');
  });

  it('keeps an untranslated proper name without a gap', () => {
    const { value, gaps } = localize(
      'recipient',
      {
        name: 'Stripe',
        service: 'payments',
        translations: {
          fr: { service: { value: 'paiements', source: 'payments' } },
        },
      },
      'fr',
      'en',
    );
    expect(value).toMatchObject({ name: 'Stripe', service: 'paiements' });
    expect(gaps).toEqual([]);
  });

  it('returns the default language unchanged', () => {
    const item = { ...purpose, translations };
    expect(localize('purpose', item, 'en', 'en')).toEqual({ value: item, gaps: [] });
  });
});

describe('translationList', () => {
  it('reads stored translations with their state, in language and field order', () => {
    const audience = {
      name: 'Visitors',
      description: 'People who visit',
      translations: {
        fr: { name: { value: 'Visiteurs', source: 'Visitors' } },
        de: { description: { value: 'Besucher der Website', source: 'People' } },
      },
    };
    const list = translationList('audience', audience, 'en');
    expect(list.map((t) => [t.language, t.field, t.state])).toEqual([
      ['de', 'description', 'OUTDATED'],
      ['fr', 'name', 'CURRENT'],
    ]);
  });
});

describe('publishedLanguagesOf', () => {
  it('always publishes the default language, first', () => {
    expect(publishedLanguagesOf(['it', 'de'], 'fr')).toEqual(['fr', 'de', 'it']);
    expect(publishedLanguagesOf(null, 'de')).toEqual(['de']);
  });
});

describe('rebaseTranslations', () => {
  it('writes the item in the new language, keeping the old text and current translations as translations', () => {
    const entry = {
      name: 'Stripe',
      service: 'payment processing',
      transferDetails: 'Standard contractual clauses',
    };
    const translations: Translations = {
      de: {
        service: { value: 'Zahlungsabwicklung', source: 'payment processing' },
        transferDetails: { value: 'Standardvertragsklauseln', source: 'old text' },
      },
      fr: { service: { value: 'traitement des paiements', source: 'payment processing' } },
    };
    const { value, translations: rebased } = rebaseTranslations('catalogEntry', entry, translations, 'en', 'de');
    // The outdated German transfer detail is no base text: it stays English (and will be reported as a gap).
    expect(value).toEqual({
      name: 'Stripe',
      service: 'Zahlungsabwicklung',
      transferDetails: 'Standard contractual clauses',
    });
    expect(rebased).toEqual({
      en: { service: { value: 'payment processing', source: 'Zahlungsabwicklung' } },
      fr: { service: { value: 'traitement des paiements', source: 'Zahlungsabwicklung' } },
    });
  });
});
