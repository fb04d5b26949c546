/** How one text field of an item stands in one published language, as the editors show it under the field. */
export type FieldTranslationState = 'CURRENT' | 'OUTDATED' | 'UNTRANSLATED' | 'MISSING';

export interface StoredTranslation {
  language: string;
  field: string;
  source: string;
  state: string;
}

export interface FieldLanguageStatus {
  language: string;
  state: FieldTranslationState;
}

/**
 * The state of `field` in each language the tenant publishes besides its default, from the item's stored
 * translations and the field's current (default-language) text. An empty text needs no translation, so it has no
 * status; a language with no stored translation is missing; a translation made from another text than the current
 * one is outdated (the text was edited since), whatever the API last said.
 */
export function fieldTranslationStatus({
  translations,
  field,
  text,
  publishedLanguages,
  defaultLanguage,
}: {
  translations: readonly StoredTranslation[];
  field: string;
  text: string | null | undefined;
  publishedLanguages: readonly string[];
  defaultLanguage: string;
}): FieldLanguageStatus[] {
  const current = (text ?? '').trim();
  if (!current) return [];
  const languages = [...new Set(publishedLanguages)].filter((l) => l !== defaultLanguage);
  return languages.map((language) => {
    const stored = translations.find((t) => t.language === language && t.field === field);
    return { language, state: stateOf(stored, current) };
  });
}

function stateOf(stored: StoredTranslation | undefined, text: string): FieldTranslationState {
  if (!stored || stored.state === 'MISSING') return 'MISSING';
  if (stored.state === 'UNTRANSLATED') return 'UNTRANSLATED';
  if (stored.source.trim() !== text) return 'OUTDATED';
  return stored.state === 'OUTDATED' ? 'OUTDATED' : 'CURRENT';
}
