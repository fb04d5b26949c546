import { z } from 'zod';
import { isLanguage, LANGUAGES, type Language } from './language.js';
import { isStorableText } from './fields.js';
import { problem, type Problem, type Validated } from './problem.js';

/**
 * Tenant text in other languages than the tenant's default. Every free-text field keeps its default-language value
 * where it always was (`purpose.name`); its translations sit beside it in the item's `translations`, keyed by
 * language and by the field's path inside the item (`name`, `retention.criteria`, `additionalBases.0.scope`).
 *
 * A translation remembers the default-language text it was made from (`source`): when that text changes, the
 * translation is OUTDATED rather than silently wrong, and when items of a list move, a translation stuck at the old
 * index no longer matches its source. A copy of the default text offered as a starting point is stored
 * `untranslated` until someone edits or confirms it. Only a CURRENT translation is ever rendered.
 */
export interface StoredTranslation {
  value: string;
  /** The default-language text when the translation was written or last confirmed. */
  source: string;
  /** A copy of the default text kept as a starting point: not a translation yet. */
  untranslated?: boolean;
}

export type Translations = Partial<Record<Language, Record<string, StoredTranslation>>>;

/** What a stored item may carry: its translations (absent on items stored before translations existed). */
export interface Translated {
  translations?: Translations;
}

/** The kinds of item that hold translatable text. */
export const TRANSLATABLE_KINDS = [
  'controller',
  'settings',
  'audience',
  'dataCategory',
  'purpose',
  'recipient',
  'cookie',
  'clause',
  'catalogEntry',
] as const;
export type TranslatableKind = (typeof TRANSLATABLE_KINDS)[number];

/** One translatable field of an item as it is now: its path, its default-language text, whether it must be translated. */
export interface TranslatableText {
  path: string;
  text: string;
  /**
   * Names (a recipient "Amazon Web Services", a cookie group's label, an authority) are proper names unless someone
   * translates them: a missing translation keeps the name. Every other text must be translated.
   */
  required: boolean;
}

export const TRANSLATION_STATES = ['CURRENT', 'OUTDATED', 'UNTRANSLATED', 'MISSING'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** The most characters a translation may have: a translation may run longer than its source, within reason. */
export const TRANSLATION_MAX_LENGTH = 40_000;

type Loose = Record<string, unknown>;

// Which fields of each kind are text a policy renders. Paths of list items carry their index.
const FIELDS: Record<TranslatableKind, (value: Loose) => [path: string, required: boolean][]> = {
  controller: (c) => [
    ...list(c.groupEntities).map((_, i): [string, boolean] => [`groupEntities.${i}.role`, true]),
    ...list(c.offices).map((_, i): [string, boolean] => [`offices.${i}.label`, true]),
    ...list(c.supervisoryAuthorities).flatMap((_, i): [string, boolean][] => [
      [`supervisoryAuthorities.${i}.name`, false],
      [`supervisoryAuthorities.${i}.establishment`, true],
    ]),
    ['processorRole.services', true],
  ],
  settings: () => [
    ['rightsContactChannel', true],
    ['verificationProcess', true],
    ['childrensDataTypes', true],
    ['parentalConsentProcess', true],
    ['accountablePersonTitle', true],
    ['changeNotice', true],
    ['dataAboutOthers', true],
    ['generalRetention.criteria', true],
  ],
  audience: () => [
    ['name', true],
    ['description', true],
  ],
  dataCategory: () => [
    ['name', true],
    ['description', true],
    ['sourceDetails', true],
    ['consequenceOfNotProviding', true],
  ],
  purpose: (p) => [
    ['name', true],
    ['description', true],
    ['legitimateInterest', true],
    ['legalObligation', true],
    ['legalBasisScope', true],
    ...list(p.additionalBases).flatMap((_, i): [string, boolean][] => [
      [`additionalBases.${i}.scope`, true],
      [`additionalBases.${i}.legitimateInterest`, true],
      [`additionalBases.${i}.legalObligation`, true],
    ]),
    ['criminalOffenceLaw', true],
    ['automatedDecisionLogic', true],
    ['retention.criteria', true],
  ],
  recipient: () => [
    ['name', false],
    ['service', true],
    ['transferDetails', true],
    ['jointArrangement', true],
  ],
  // A named cookie's name is an identifier (`_ga`); a group's is a label ("analytics cookies") that reads as text.
  cookie: (c) => [...(c.describesGroup === true ? [['name', true] as [string, boolean]] : []), ['purpose', true]],
  clause: () => [
    ['title', true],
    ['body', true],
  ],
  catalogEntry: () => [
    ['name', false],
    ['service', true],
    ['transferDetails', true],
  ],
};

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function textAt(value: unknown, path: string): string | null {
  let at: unknown = value;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Loose)[part];
  }
  return typeof at === 'string' && at.trim() !== '' ? at : null;
}

function withTextAt<T>(value: T, path: string, text: string): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = rest.length ? withTextAt(copy[Number(head)], rest.join('.'), text) : text;
    return copy as T;
  }
  const object = value as Loose;
  return { ...object, [head]: rest.length ? withTextAt(object[head], rest.join('.'), text) : text } as T;
}

/** The translatable texts an item has now, in field order: only fields with text (an empty field needs none). */
export function translatableTexts(kind: TranslatableKind, value: object): TranslatableText[] {
  return FIELDS[kind](value as Loose).flatMap(([path, required]) => {
    const text = textAt(value, path);
    return text === null ? [] : [{ path, text, required }];
  });
}

/** Whether a stored translation can stand for the default text `source` now. */
export function translationState(stored: StoredTranslation | undefined, source: string): TranslationState {
  if (!stored) return 'MISSING';
  if (stored.untranslated) return 'UNTRANSLATED';
  return stored.source === source ? 'CURRENT' : 'OUTDATED';
}

/** One field of an item in one language, for editors and the completeness gate. */
export interface TranslationStatus extends TranslatableText {
  language: Language;
  state: TranslationState;
  value: string | null;
  /** The default text the stored translation was made from (differs from `text` when OUTDATED). */
  source: string | null;
}

/** Every translatable field of an item in each of `languages` (the default language is never listed). */
export function translationStatus(
  kind: TranslatableKind,
  value: object & Translated,
  languages: readonly Language[],
  /** Never listed; undefined lists every language of `languages` (a catalog entry has no default of a tenant). */
  defaultLanguage: Language | undefined,
): TranslationStatus[] {
  const texts = translatableTexts(kind, value);
  return languages
    .filter((l) => l !== defaultLanguage)
    .flatMap((language) =>
      texts.map((t) => {
        const stored = value.translations?.[language]?.[t.path];
        const state = translationState(stored, t.text);
        return { ...t, language, state, value: stored?.value ?? null, source: stored?.source ?? null };
      }),
    );
}

/** Whether a field in this state leaves its item unpublishable in that language. */
export function blocksLanguage(status: Pick<TranslationStatus, 'state' | 'required'>): boolean {
  if (status.state === 'CURRENT') return false;
  // A proper name may stay untranslated; a translation of it that no longer matches the name may not.
  return status.required || status.state !== 'MISSING';
}

/**
 * The item as it reads in `language`: every field with a current translation takes it; any other field keeps the
 * default text and is listed in `gaps` when that would mix languages. The default language returns the item as is.
 */
export function localize<T extends object & Translated>(
  kind: TranslatableKind,
  value: T,
  language: Language,
  defaultLanguage: Language,
): { value: T; gaps: TranslationStatus[] } {
  if (language === defaultLanguage) return { value, gaps: [] };
  let localized = value;
  const gaps: TranslationStatus[] = [];
  for (const status of translationStatus(kind, value, [language], defaultLanguage)) {
    if (status.state === 'CURRENT') localized = withTextAt(localized, status.path, status.value!);
    else if (blocksLanguage(status)) gaps.push(status);
  }
  return { value: localized, gaps };
}

/** A translation as clients send it: one field of the item in one language. */
export interface TranslationInput {
  language: string;
  field: string;
  value: string;
  /** A copy of the default text as a starting point, kept marked until edited or confirmed. */
  untranslated?: boolean | null;
  /** The translation still says what the (changed) default text says: it becomes current without an edit. */
  confirmed?: boolean | null;
}

const translationValue = z
  .string()
  .trim()
  .min(1, { error: 'a translation is required; leave the field out to remove it' })
  .max(TRANSLATION_MAX_LENGTH, { error: `a translation must be at most ${TRANSLATION_MAX_LENGTH} characters` })
  .refine(isStorableText, { error: 'the translation contains characters that cannot be stored' });

/**
 * The item's translations after an edit. `inputs` undefined keeps what is stored; a list is the whole new set (a
 * field left out loses its translation). A translation whose text is unchanged keeps the source it was made from,
 * so sending back what was read never makes an outdated translation current; a new or edited one, or one
 * `confirmed`, is made from the item's text now. Stored translations of fields that no longer have text are dropped.
 */
export function mergeTranslations(
  kind: TranslatableKind,
  value: object,
  defaultLanguage: Language,
  stored: Translations | undefined,
  inputs: readonly TranslationInput[] | null | undefined,
  pathPrefix = 'translations',
): Validated<Translations> {
  const texts = new Map(translatableTexts(kind, value).map((t) => [t.path, t.text]));
  const problems: Problem[] = [];
  const result: Translations = {};
  const put = (language: Language, field: string, t: StoredTranslation) => {
    (result[language] ??= {})[field] = t;
  };
  if (inputs === undefined || inputs === null) {
    for (const [language, fields] of Object.entries(stored ?? {})) {
      if (!isLanguage(language) || language === defaultLanguage) continue;
      for (const [field, t] of Object.entries(fields ?? {})) if (texts.has(field)) put(language, field, t);
    }
    return { ok: true, value: result };
  }
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const at = `${pathPrefix}.${i}`;
    const language = input.language;
    if (!isLanguage(language)) {
      problems.push(problem(`${at}.language`, 'INVALID_FORMAT', `must be one of ${LANGUAGES.join(', ')}`));
      return;
    }
    if (language === defaultLanguage) {
      problems.push(
        problem(
          `${at}.language`,
          'NOT_ALLOWED',
          `${language} is the default language: its text is the field itself, not a translation`,
        ),
      );
      return;
    }
    const source = texts.get(input.field);
    if (source === undefined) {
      const known = FIELDS[kind](value as Loose).some(([path]) => path === input.field);
      problems.push(
        problem(
          `${at}.field`,
          known ? 'INCONSISTENT' : 'UNKNOWN_REFERENCE',
          known
            ? `${input.field} has no text in the default language to translate`
            : `${input.field} is not a translatable field of this item`,
        ),
      );
      return;
    }
    const key = `${language}\u0000${input.field}`;
    if (seen.has(key)) {
      problems.push(problem(at, 'DUPLICATE', `the ${language} translation of ${input.field} is given twice`));
      return;
    }
    seen.add(key);
    const checked = translationValue.safeParse(input.value);
    if (!checked.success) {
      const tooLong = typeof input.value === 'string' && input.value.trim().length > TRANSLATION_MAX_LENGTH;
      problems.push(
        problem(
          `${at}.value`,
          tooLong ? 'TOO_LONG' : typeof input.value === 'string' && input.value.trim() ? 'INVALID_FORMAT' : 'REQUIRED',
          checked.error.issues[0]?.message ?? 'invalid translation',
        ),
      );
      return;
    }
    const before = stored?.[language]?.[input.field];
    const untranslated = input.untranslated === true;
    const unchanged = before !== undefined && before.value === checked.data && !input.confirmed;
    put(language, input.field, {
      value: checked.data,
      source: unchanged && !(before.untranslated && !untranslated) ? before.source : source,
      ...(untranslated ? { untranslated: true } : {}),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: result };
}

/** The translations as a list, the shape GraphQL reads them in: language, then field order. */
export function translationList(
  kind: TranslatableKind,
  value: object & Translated,
  defaultLanguage?: Language,
): (StoredTranslation & { language: Language; field: string; state: TranslationState })[] {
  return translationStatus(kind, value, LANGUAGES, defaultLanguage)
    .filter((t) => t.state !== 'MISSING')
    .map((t) => ({
      value: t.value!,
      source: t.source!,
      ...(t.state === 'UNTRANSLATED' ? { untranslated: true } : {}),
      language: t.language,
      field: t.path,
      state: t.state,
    }));
}

/**
 * The languages a tenant publishes: its chosen list, always with the default language first (a policy without a
 * choice publishes only its default language, the language its text is written in).
 */
export function publishedLanguagesOf(
  chosen: readonly Language[] | null | undefined,
  defaultLanguage: Language,
): Language[] {
  return [defaultLanguage, ...LANGUAGES.filter((l) => l !== defaultLanguage && (chosen ?? []).includes(l))];
}

/**
 * The item written in another base language: each text takes its current translation into `to` (a text without
 * one stays as it is, in `from`, and the gate will name it), the texts in `from` become translations, and every
 * other current translation is kept, now made from the new base text. Used where text written once serves tenants
 * of different default languages (the agency catalog's entries).
 */
export function rebaseTranslations<T extends object>(
  kind: TranslatableKind,
  value: T,
  translations: Translations | undefined,
  from: Language,
  to: Language,
): { value: T; translations: Translations } {
  if (from === to) return { value, translations: translations ?? {} };
  const texts = translatableTexts(kind, value);
  let rebased = value;
  const result: Translations = {};
  for (const t of texts) {
    const target = translations?.[to]?.[t.path];
    const translated = target && translationState(target, t.text) === 'CURRENT' ? target.value : null;
    // Without a translation into `to` the text stays in `from`, and so do the translations made from it.
    const base = translated ?? t.text;
    if (translated !== null) {
      rebased = withTextAt(rebased, t.path, translated);
      (result[from] ??= {})[t.path] = { value: t.text, source: translated };
    }
    for (const language of LANGUAGES) {
      if (language === to || (language === from && translated !== null)) continue;
      const other = translations?.[language]?.[t.path];
      if (other && translationState(other, t.text) === 'CURRENT')
        (result[language] ??= {})[t.path] = { value: other.value, source: base };
    }
  }
  return { value: rebased, translations: result };
}
