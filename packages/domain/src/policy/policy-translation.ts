import type { Language } from '../common/language.js';
import {
  localize,
  publishedLanguagesOf,
  translationStatus,
  type TranslatableKind,
  type Translated,
  type TranslationStatus,
} from '../common/translation.js';
import type { PolicySnapshot } from './policy.js';

/** Where a text of the policy lives: the item (null id for the controller and the settings) and its field. */
export interface PolicyText extends TranslationStatus {
  kind: TranslatableKind;
  id: string | null;
  /** The item's position in its list of the snapshot, -1 for the controller and the settings. */
  index: number;
}

type ItemKey = 'audiences' | 'dataCategories' | 'purposes' | 'recipients' | 'cookies' | 'clauses';
const ITEMS: [ItemKey, TranslatableKind][] = [
  ['audiences', 'audience'],
  ['dataCategories', 'dataCategory'],
  ['purposes', 'purpose'],
  ['recipients', 'recipient'],
  ['cookies', 'cookie'],
  ['clauses', 'clause'],
];

/**
 * The languages a draft publishes in, default first. (A version published before the setting existed was rendered
 * in every language the renderer had then: what it serves is what is stored, not this.)
 */
export function policyLanguages(s: PolicySnapshot): Language[] {
  return publishedLanguagesOf(s.settings.publishedLanguages, s.controller.defaultLanguage);
}

/** An item of the policy that holds text: the controller, the settings, or one of a list. */
export interface PolicyItem {
  kind: TranslatableKind;
  /** Null for the controller and the settings. */
  id: string | null;
  /** Its position in its list of the snapshot, -1 for the controller and the settings. */
  index: number;
  item: Translated & object;
}

/** Every item of the policy that holds text, in policy order. */
export function policyItems(s: PolicySnapshot): PolicyItem[] {
  return [
    { kind: 'controller', id: null, index: -1, item: s.controller },
    { kind: 'settings', id: null, index: -1, item: s.settings },
    ...ITEMS.flatMap(([key, kind]) => s[key].map((item, index) => ({ kind, id: item.id, index, item }))),
  ];
}

/** Every translatable text of the policy in `languages` (other than the default), with its state. */
export function policyTranslationStatus(s: PolicySnapshot, languages: readonly Language[]): PolicyText[] {
  const base = s.controller.defaultLanguage;
  return policyItems(s).flatMap(({ kind, id, index, item }) =>
    translationStatus(kind, item, languages, base).map((t) => ({ ...t, kind, id, index })),
  );
}

/**
 * The snapshot as it reads in `language`: each text its current translation. `gaps` lists every text that would
 * stay in the default language; a renderer must not publish a language with gaps (a mixed page), only preview it.
 */
export function localizeSnapshot(
  s: PolicySnapshot,
  language: Language,
): { snapshot: PolicySnapshot; gaps: PolicyText[] } {
  const base = s.controller.defaultLanguage;
  const gaps: PolicyText[] = [];
  const one = <T extends object>(kind: TranslatableKind, value: T, id: string | null, index: number): T => {
    const localized = localize(kind, value, language, base);
    gaps.push(...localized.gaps.map((g) => ({ ...g, kind, id, index })));
    return localized.value;
  };
  const list = <K extends ItemKey>(key: K, kind: TranslatableKind): PolicySnapshot[K] =>
    s[key].map((item, i) => one(kind, item, item.id, i)) as PolicySnapshot[K];
  return {
    snapshot: {
      ...s,
      controller: one('controller', s.controller, null, -1),
      settings: one('settings', s.settings, null, -1),
      audiences: list('audiences', 'audience'),
      dataCategories: list('dataCategories', 'dataCategory'),
      purposes: list('purposes', 'purpose'),
      recipients: list('recipients', 'recipient'),
      cookies: list('cookies', 'cookie'),
      clauses: list('clauses', 'clause'),
    },
    gaps,
  };
}
