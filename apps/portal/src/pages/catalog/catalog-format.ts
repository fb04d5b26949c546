/**
 * The pure steps of the catalog page: form values to API input, an entry's translations (the set to save, their
 * problems at the form's fields, the languages complete), and what a republish did, in words.
 */

export type RecipientRole = 'PROCESSOR' | 'INDEPENDENT_CONTROLLER' | 'JOINT_CONTROLLER' | 'CATEGORY';
export type TransferSafeguard =
  | 'ADEQUACY_DECISION'
  | 'BINDING_CORPORATE_RULES'
  | 'DATA_PRIVACY_FRAMEWORK'
  | 'DEROGATION'
  | 'PRIVACY_SHIELD'
  | 'STANDARD_CONTRACTUAL_CLAUSES'
  | 'UK_ADDENDUM'
  | 'UK_IDTA';

/** The form's fields: text as typed, the role and safeguards as the form reader checked them. */
export interface EntryFormValues {
  name: string;
  role: RecipientRole;
  service: string;
  legalEntity: string;
  streetAddress: string;
  locality: string;
  postalCode: string;
  region: string;
  addressCountry: string;
  country: string;
  processingCountries: string;
  safeguards: readonly TransferSafeguard[];
  transferDetails: string;
  /** The certification's fields, read only when the framework is a ticked safeguard. */
  dataPrivacyFramework: { certifiedOn: string; ukExtension: boolean; swissFramework: boolean } | null;
  privacyPolicyUrl: string;
  optOutUrl: string;
}

export interface EntryInput {
  name: string;
  role: RecipientRole;
  service: string | null;
  legalEntity: string | null;
  address: {
    streetAddress: string;
    locality: string;
    postalCode: string | null;
    region: string | null;
    country: string;
  } | null;
  country: string | null;
  processingCountries: string[];
  safeguards: TransferSafeguard[];
  transferDetails: string | null;
  dataPrivacyFramework: { certifiedOn: string; ukExtension: boolean; swissFramework: boolean } | null;
  privacyPolicyUrl: string | null;
  optOutUrl: string | null;
}

const orNull = (value: string): string | null => value.trim() || null;

/** "us, de  GB" → ["US", "DE", "GB"]: country codes separated by commas or spaces, duplicates dropped. */
export function countryList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * The input for create and update alike: every field is sent, an empty one as null, so clearing a field in the
 * form clears it in the catalog. The address is left out altogether when none of its parts was filled in; a
 * partly filled one is sent as is, for the API to say which part is missing.
 */
export function entryInput(values: EntryFormValues): EntryInput {
  const addressParts = [values.streetAddress, values.locality, values.postalCode, values.region, values.addressCountry];
  return {
    name: values.name.trim(),
    role: values.role,
    service: orNull(values.service),
    legalEntity: orNull(values.legalEntity),
    address: addressParts.some((p) => p.trim())
      ? {
          streetAddress: values.streetAddress.trim(),
          locality: values.locality.trim(),
          postalCode: orNull(values.postalCode),
          region: orNull(values.region),
          country: values.addressCountry.trim().toUpperCase(),
        }
      : null,
    country: orNull(values.country)?.toUpperCase() ?? null,
    processingCountries: countryList(values.processingCountries),
    safeguards: [...values.safeguards],
    transferDetails: orNull(values.transferDetails),
    // The certification goes with the framework: unticking it clears the certification too.
    dataPrivacyFramework: values.safeguards.includes('DATA_PRIVACY_FRAMEWORK') ? values.dataPrivacyFramework : null,
    privacyPolicyUrl: orNull(values.privacyPolicyUrl),
    optOutUrl: orNull(values.optOutUrl),
  };
}

/**
 * Translations of an entry. The catalog is written in English; clients whose policy is in another language take
 * the entry's text in that language. The name is a proper name and may stay as it is; the service and the transfer
 * details need a translation for the language to be complete.
 */
export const CATALOG_LANGUAGES = ['DE', 'FR', 'ES', 'IT'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<CatalogLanguage, string> = {
  DE: 'German',
  FR: 'French',
  ES: 'Spanish',
  IT: 'Italian',
};

export const TRANSLATED_FIELDS = ['name', 'service', 'transferDetails'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];
/** A name may stay as it is: only the other fields need a translation. */
export const translationRequired = (field: TranslatedField): boolean => field !== 'name';

export type TranslationState = 'CURRENT' | 'OUTDATED' | 'UNTRANSLATED' | 'MISSING';

/** A translation as the API lists it (`source`: the English it was made from or last confirmed for). */
export interface StoredTranslation {
  language: string;
  field: string;
  value: string;
  source: string;
  state: TranslationState;
}

/** What the person did to one translation in the dialog: typed a value, or confirmed an outdated one. */
export interface TranslationEdit {
  value: string;
  confirmed: boolean;
}
export type TranslationEdits = Readonly<Partial<Record<string, TranslationEdit>>>;

/** The English texts as they are now (in the form while editing). */
export type EnglishTexts = Readonly<Record<TranslatedField, string | null | undefined>>;

export interface TranslationInput {
  language: CatalogLanguage;
  field: TranslatedField;
  value: string;
  untranslated: boolean;
  confirmed: boolean;
}

/** The key of one translation among the edits. */
export const translationKey = (language: string, field: string): string => `${language}.${field}`;
/** The path the form shows a translation's problems at. */
export const translationPath = (language: string, field: string): string => `translations.${language}.${field}`;

export interface TranslationView {
  /** The value in the field: the edit, else the stored translation, else empty. */
  value: string;
  /** The state the translation has as the dialog stands (what it will be once saved). */
  state: TranslationState;
  /** The English the stored translation was made from, when that differs from the English now. */
  madeFrom: string | null;
  /** The stored translation is outdated and unchanged, so it can be confirmed as still correct. */
  confirmable: boolean;
  confirmed: boolean;
}

/**
 * One translation as it stands: a new or edited value is made from the English now (current), an unchanged one
 * keeps the English it was made from (outdated when that English changed, also while editing it), a copy of the
 * English stays untranslated until edited, and a confirmed one is current.
 */
export function translationView(
  stored: readonly StoredTranslation[],
  edits: TranslationEdits,
  english: EnglishTexts,
  language: CatalogLanguage,
  field: TranslatedField,
): TranslationView {
  const saved = stored.find((t) => t.language === language && t.field === field);
  const edit = edits[translationKey(language, field)];
  const value = edit?.value ?? saved?.value ?? '';
  const text = (english[field] ?? '').trim();
  const unchanged = saved !== undefined && value.trim() === saved.value;
  const outdated = unchanged && saved.state !== 'UNTRANSLATED' && saved.source !== text;
  const confirmed = outdated && (edit?.confirmed ?? false);
  const state: TranslationState = !value.trim()
    ? 'MISSING'
    : !unchanged || confirmed
      ? 'CURRENT'
      : saved.state === 'UNTRANSLATED'
        ? 'UNTRANSLATED'
        : outdated
          ? 'OUTDATED'
          : 'CURRENT';
  return {
    value,
    state,
    madeFrom: outdated ? saved.source : null,
    confirmable: outdated,
    confirmed,
  };
}

/** Whether a translation in this state keeps its language from being complete (a name may be left out). */
export function blocksLanguage(field: TranslatedField, state: TranslationState): boolean {
  if (state === 'CURRENT') return false;
  return translationRequired(field) || state !== 'MISSING';
}

/**
 * The whole set of translations to save: every language and field with English text to translate and a value,
 * built from the stored list and the edits. An emptied value is left out, and so removed; so is one of a field
 * whose English was cleared (the API keeps no translation of an empty field). An unchanged copy of the English
 * stays marked untranslated; an outdated one is sent confirmed only when the person said it is still correct.
 */
export function translationInputs(
  stored: readonly StoredTranslation[],
  edits: TranslationEdits,
  english: EnglishTexts,
): TranslationInput[] {
  return CATALOG_LANGUAGES.flatMap((language) =>
    TRANSLATED_FIELDS.flatMap((field): TranslationInput[] => {
      if (!(english[field] ?? '').trim()) return [];
      const view = translationView(stored, edits, english, language, field);
      const value = view.value.trim();
      if (!value) return [];
      const untranslated = view.state === 'UNTRANSLATED';
      return [{ language, field, value, untranslated, confirmed: view.confirmed }];
    }),
  );
}

/**
 * The form's path for a problem the API gave at `translations.<index>…`, the index being the translation's place
 * in the list sent (`sent`); any other path is returned as it is.
 */
export function translationProblemPath(
  path: string,
  sent: readonly Pick<TranslationInput, 'language' | 'field'>[],
): string {
  const match = /^translations\.(\d+)(?:\.|$)/.exec(path);
  const translation = match ? sent[Number(match[1])] : undefined;
  return translation ? translationPath(translation.language, translation.field) : path;
}

/** Problems with their translation paths turned into the form's (see `translationProblemPath`). */
export function placeTranslationProblems<P extends { path: string }>(
  problems: readonly P[],
  sent: readonly Pick<TranslationInput, 'language' | 'field'>[],
): P[] {
  return problems.map((p) => ({ ...p, path: translationProblemPath(p.path, sent) }));
}

export interface LanguageProgress {
  language: CatalogLanguage;
  complete: boolean;
  missing: number;
  outdated: number;
  untranslated: number;
}

/** How far an entry is translated into each language: complete when no text keeps it from being used. */
export function languageProgress(
  stored: readonly StoredTranslation[],
  english: EnglishTexts,
  edits: TranslationEdits = {},
): LanguageProgress[] {
  return CATALOG_LANGUAGES.map((language) => {
    const progress = { language, complete: true, missing: 0, outdated: 0, untranslated: 0 };
    for (const field of TRANSLATED_FIELDS) {
      if (!(english[field] ?? '').trim()) continue;
      const { state } = translationView(stored, edits, english, language, field);
      if (!blocksLanguage(field, state)) continue;
      progress.complete = false;
      if (state === 'MISSING') progress.missing++;
      else if (state === 'OUTDATED') progress.outdated++;
      else progress.untranslated++;
    }
    return progress;
  });
}

/** "German: complete", "French: 1 missing, 1 outdated": a language's progress in words. */
export function progressWords(progress: LanguageProgress): string {
  const left = [
    progress.missing ? `${progress.missing} missing` : '',
    progress.outdated ? `${progress.outdated} outdated` : '',
    progress.untranslated ? `${progress.untranslated} untranslated` : '',
  ].filter(Boolean);
  return `${LANGUAGE_NAMES[progress.language]}: ${left.length ? left.join(', ') : 'complete'}`;
}

/** The result union of publishing one tenant, as the republish mutation returns it. */
export type RepublishResult =
  | { __typename: 'PolicyVersion'; version: number; effectiveDate: string }
  | { __typename: 'PolicyIncomplete'; message: string; completeness: readonly { severity: 'ERROR' | 'WARNING' }[] }
  | { __typename: 'PolicyUnchanged'; message: string; latestVersion: number }
  | {
      __typename: 'ValidationFailed';
      message: string;
      problems: readonly { path: string; code: string; message: string }[];
    };

export type OutcomeKind = 'published' | 'incomplete' | 'unchanged' | 'refused';

/** What republishing did for one client, in words a person reads in the results table. */
export function describeOutcome(result: RepublishResult): { kind: OutcomeKind; text: string } {
  switch (result.__typename) {
    case 'PolicyVersion':
      return { kind: 'published', text: `Published version ${result.version}` };
    case 'PolicyIncomplete': {
      const blocking = result.completeness.filter((p) => p.severity === 'ERROR').length;
      return {
        kind: 'incomplete',
        text: `Skipped: the draft is incomplete (${blocking} problem${blocking === 1 ? '' : 's'} to fix)`,
      };
    }
    case 'PolicyUnchanged':
      return { kind: 'unchanged', text: `Unchanged: version ${result.latestVersion} is already the same` };
    case 'ValidationFailed':
      return {
        kind: 'refused',
        text: `Refused: ${result.problems.map((p) => p.message).join('; ') || result.message}`,
      };
    default: {
      const unknown: never = result;
      return unknown;
    }
  }
}

/** Counts per kind, for the sentence above the results ("2 published, 1 skipped as incomplete, 1 unchanged"). */
export function outcomeTally(kinds: readonly OutcomeKind[]): string {
  const count = (k: OutcomeKind) => kinds.filter((x) => x === k).length;
  const parts = [
    [count('published'), 'published'],
    [count('incomplete'), 'skipped as incomplete'],
    [count('unchanged'), 'unchanged'],
    [count('refused'), 'refused'],
  ] as const;
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([n, text]) => `${n} ${text}`)
      .join(', ') || 'nothing to do'
  );
}

/** Every client any entry reaches, once, by name. */
export function reachedTenants(
  entries: readonly { linkedTenants: readonly { tenantId: string; tenantSlug: string; tenantName: string }[] }[],
) {
  const byId = new Map<string, { tenantId: string; tenantSlug: string; tenantName: string }>();
  for (const entry of entries)
    for (const link of entry.linkedTenants)
      byId.set(link.tenantId, { tenantId: link.tenantId, tenantSlug: link.tenantSlug, tenantName: link.tenantName });
  return [...byId.values()].sort(
    (a, b) => a.tenantName.localeCompare(b.tenantName) || a.tenantId.localeCompare(b.tenantId),
  );
}
