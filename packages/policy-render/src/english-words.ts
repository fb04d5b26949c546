import type { Language } from '@noticeboard/domain';

/** English words that carry no meaning of their own: one in generated non-English text means English was left. */
export const FUNCTION_WORDS = [
  'the', 'and', 'of', 'with', 'we', 'our', 'your', 'you', 'to', 'for', 'is', 'are', 'will', 'may', 'this', 'that',
  'which', 'by', 'from', 'not', 'be', 'have', 'has', 'any', 'or', 'in', 'on', 'at', 'it', 'as', 'if', 'can', 'us',
  'who', 'what', 'when', 'where', 'how', 'about', 'under', 'these', 'their', 'its', 'do', 'does', 'only', 'also',
]; // prettier-ignore

/**
 * Function words that are also words of the language itself, left alone in that language only: German "in",
 * "was" (what) and "will" (wants), French "on" (one) and "or" (now, gold), Italian "in" and "come" (as).
 */
export const NATIVE: Partial<Record<Language, readonly string[]>> = {
  de: ['in', 'was', 'will'],
  fr: ['on', 'or'],
  it: ['in', 'come'],
};

/**
 * Names that are English in every language, as the law or the body that issues them names them: removed before the
 * check. Kept short: each entry is a proper name, an official title or a link text the law prescribes verbatim.
 */
export const PROPER_NAMES = [
  // California's prescribed link titles (Cal. Civ. Code § 1798.135(a); 11 CCR § 7015)
  'Do Not Sell or Share My Personal Information',
  'Limit the Use of My Sensitive Personal Information',
  // UK statutes and instruments, by their short titles
  'Data Protection (Adequacy) (United States of America) Regulations 2023',
  'Data Protection Act 2018',
  'International Data Transfer Agreement',
  // the DPF's parts, by the names the US Department of Commerce gives them
  'UK Extension to the EU-U.S. DPF',
  'UK Extension to the EU-US Data Privacy Framework',
  // US bodies, given in brackets after the translated name
  'Department of Transportation',
  'Federal Trade Commission',
];

/**
 * The English function words in a text meant to be in `language`, each with its surroundings: a sign that English
 * was left in a rendering or typed as a translation. Whole words only (letters of any script, so "on" in
 * "Informationen" or "in" in "inclus" is no match); the renderer's English proper names and `properNames` (the
 * tenant's own: company and product names) are left out first. Empty for English.
 */
export function englishWords(text: string, language: Language, properNames: readonly string[] = []): string[] {
  if (language === 'en') return [];
  // Addresses are no words: "zoom.us", "privacy@…".
  let rest = text.replace(/\b(?:https?:\/\/|www\.)\S+|[^\s@()<>]+@[^\s@()<>]+/g, ' ');
  for (const name of [...PROPER_NAMES, ...properNames]) rest = rest.split(name).join(' ');
  const allowed = new Set(NATIVE[language] ?? []);
  const words = FUNCTION_WORDS.filter((w) => !allowed.has(w));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}’'-])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}’'-])`, 'giu');
  return [...rest.matchAll(pattern)].map((m) => {
    const at = m.index ?? 0;
    return `${m[0]} … ${rest.slice(Math.max(0, at - 50), at + 50).replace(/\s+/g, ' ')}`;
  });
}
