/** What the draft preview says about a language it shows: texts left untranslated, and whether it is published. */

/** A language's English name ("German"), for the portal's sentences. */
function inWords(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code.toLowerCase()) ?? code;
}

export interface PreviewNotices {
  /** "3 texts are not translated into German; shown in English here — …", or null when none is missing. */
  untranslated: string | null;
  /** That the language is not among those published, or null when it is (or is the default). */
  notPublished: string | null;
}

export function previewNotices({
  language,
  defaultLanguage,
  publishedLanguages,
  untranslated,
}: {
  language: string;
  defaultLanguage: string;
  /** The languages chosen besides the default, any case. */
  publishedLanguages: readonly string[];
  /** How many texts the renderer left in the default language. */
  untranslated: number;
}): PreviewNotices {
  const lower = language.toLowerCase();
  const base = defaultLanguage.toLowerCase();
  if (lower === base) return { untranslated: null, notPublished: null };
  const published = publishedLanguages.some((l) => l.toLowerCase() === lower);
  const name = inWords(lower);
  return {
    untranslated: untranslated
      ? `${untranslated} ${untranslated === 1 ? 'text is' : 'texts are'} not translated into ${name}; shown in ${inWords(base)} here — this language will not publish until ${untranslated === 1 ? 'it is' : 'they are'}.`
      : null,
    notPublished: published
      ? null
      : `${name} is not among the languages this policy is published in: the preview shows how it would read.`,
  };
}
