import { englishWords } from '@noticeboard/policy-render';
import { EDITOR_SECTIONS, type PolicyLocationKind } from '../../lib/policy-location.js';

/** Words and pure logic of the translations page: languages, progress in words, texts grouped by item, edits. */

/** The API's Language enum, in the order the portal lists languages. */
export const LANGUAGES = ['EN', 'DE', 'FR', 'ES', 'IT'] as const;
export type ApiLanguage = (typeof LANGUAGES)[number];

/** `de`, `DE` → `DE`; anything else → null (an address typed by hand). */
export function apiLanguage(code: string | null | undefined): ApiLanguage | null {
  const upper = (code ?? '').toUpperCase();
  return (LANGUAGES as readonly string[]).includes(upper) ? (upper as ApiLanguage) : null;
}

/** A language's English name ("German"), for sentences of the portal's own text. */
export function englishLanguageName(code: string): string {
  const lower = code.toLowerCase();
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(lower) ?? code;
}

export type TranslationState = 'CURRENT' | 'OUTDATED' | 'UNTRANSLATED' | 'MISSING';

export const STATE_LABELS: Record<TranslationState, string> = {
  CURRENT: 'Translated',
  OUTDATED: 'Outdated',
  UNTRANSLATED: 'Untranslated',
  MISSING: 'Missing',
};

export interface ProgressView {
  language: string;
  published: boolean;
  required: number;
  current: number;
  missing: number;
  outdated: number;
  untranslated: number;
  complete: boolean;
}

/** How much of what must be translated is, as a whole percentage (a language with nothing to translate is done). */
export function progressPercent(p: Pick<ProgressView, 'required' | 'current'>): number {
  if (p.required <= 0) return 100;
  return Math.floor((Math.min(p.current, p.required) / p.required) * 100);
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 of 30 texts translated (40%)": the progress bar's text equivalent. */
export function progressSentence(p: Pick<ProgressView, 'required' | 'current'>): string {
  if (p.required === 0) return 'Nothing to translate yet';
  return `${p.current} of ${count(p.required, 'text')} translated (${progressPercent(p)}%)`;
}

/** What is left to do in a language, in words: "3 missing, 1 outdated, 2 untranslated", or that nothing is. */
export function workLeft(p: Pick<ProgressView, 'missing' | 'outdated' | 'untranslated' | 'complete'>): string {
  const parts = [
    p.missing ? `${p.missing} missing` : '',
    p.outdated ? `${p.outdated} outdated` : '',
    p.untranslated ? `${p.untranslated} untranslated` : '',
  ].filter(Boolean);
  if (!parts.length) return p.complete ? 'Every text is translated' : 'Names to check';
  return parts.join(', ');
}

/** "3 texts need work; 12 translated ones are hidden." under the "needs work only" filter. */
export function filterSummary(needing: number, hidden: number): string {
  const work = `${count(needing, 'text')} ${needing === 1 ? 'needs' : 'need'} work`;
  if (!hidden) return `${work}.`;
  return `${work}; ${hidden} other${hidden === 1 ? ' is' : 's are'} hidden.`;
}

/**
 * The language to open when the address names none: the first published one with work left, else the first
 * published one, else the first listed (the API lists published languages first).
 */
export function defaultLanguageChoice(progress: readonly Pick<ProgressView, 'language' | 'published' | 'complete'>[]) {
  return (
    progress.find((p) => p.published && !p.complete)?.language ??
    progress.find((p) => p.published)?.language ??
    progress[0]?.language ??
    null
  );
}

export interface TextView {
  kind: PolicyLocationKind;
  itemId?: string | null;
  itemLabel: string;
  field: string;
  text: string;
  required: boolean;
  state: TranslationState;
  value?: string | null;
  source?: string | null;
}

/** One text's identity on the page: its item and field (the controller and the settings have no item id). */
export function textKey(t: Pick<TextView, 'kind' | 'itemId' | 'field'>): string {
  return `${t.kind}:${t.itemId ?? ''}:${t.field}`;
}

/** An element id for a text (for links from the completeness panel); ids hold no spaces or dots. */
export function textDomId(t: Pick<TextView, 'kind' | 'itemId' | 'field'>): string {
  return `text-${textKey(t).replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Whether a text keeps the language from publishing: anything but a current translation, except a name left as it is. */
export function needsWork(t: Pick<TextView, 'state' | 'required'>): boolean {
  if (t.state === 'CURRENT') return false;
  return t.required || t.state !== 'MISSING';
}

export interface TextGroup<T extends TextView> {
  key: string;
  kind: PolicyLocationKind;
  itemId: string | null;
  label: string;
  section: string;
  texts: T[];
}

/** Texts grouped by their item, the items in the editor's order of sections and, within one, as the API lists them. */
export function groupByItem<T extends TextView>(texts: readonly T[]): TextGroup<T>[] {
  const order = Object.keys(EDITOR_SECTIONS) as PolicyLocationKind[];
  const groups = new Map<string, TextGroup<T>>();
  for (const t of texts) {
    const key = `${t.kind}:${t.itemId ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        kind: t.kind,
        itemId: t.itemId ?? null,
        label: t.itemLabel || EDITOR_SECTIONS[t.kind].label,
        section: EDITOR_SECTIONS[t.kind].label,
        texts: [],
      };
      groups.set(key, group);
    }
    group.texts.push(t);
  }
  // A stable sort keeps the API's order within a section.
  return [...groups.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** "retention.criteria" → "Retention criteria", "offices.0.label" → "Offices 1 label". */
export function fieldLabel(field: string): string {
  const words = field
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z0-9])([A-Z])/g, '$1 $2')))
    .join(' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SHORT_FIELDS = new Set(['name', 'title', 'label', 'role', 'accountablePersonTitle']);

/** Names and titles get a one-line box; everything else (descriptions, clauses) a text area. */
export function isLongText(t: Pick<TextView, 'field' | 'text'>): boolean {
  const last = t.field.split('.').pop() ?? t.field;
  return !SHORT_FIELDS.has(last) || t.text.length > 120 || t.text.includes('\n');
}

/** What the person has done to a text on the page and not saved yet. */
export interface TextEdit {
  value: string;
  /** A copy of the default text, not a translation yet (Copy from default; cleared by any edit). */
  untranslated: boolean;
  /** An outdated translation confirmed as still correct. */
  confirmed: boolean;
}

/** How a text stands before any edit: its stored translation and whether that is a copy. */
export function initialEdit(t: Pick<TextView, 'value' | 'state'>): TextEdit {
  return { value: t.value ?? '', untranslated: t.state === 'UNTRANSLATED', confirmed: false };
}

/** Whether an edit differs from what is stored (only those are sent). */
export function isChanged(t: Pick<TextView, 'value' | 'state'>, edit: TextEdit): boolean {
  const stored = initialEdit(t);
  return (
    edit.confirmed ||
    edit.value.trim() !== stored.value.trim() ||
    (edit.untranslated !== stored.untranslated && edit.value.trim() !== '')
  );
}

/** The mutation's input for one edited text: an empty box removes the translation. */
export function translationInput(t: Pick<TextView, 'kind' | 'itemId' | 'field'>, edit: TextEdit) {
  const value = edit.value.trim() ? edit.value : null;
  return {
    kind: t.kind,
    itemId: t.itemId ?? null,
    field: t.field,
    value,
    untranslated: value !== null && edit.untranslated ? true : null,
    confirmed: value !== null && edit.confirmed && !edit.untranslated ? true : null,
  };
}

/**
 * The English function words found in a translation meant to be in `language` (each once, in order), so the page
 * can say "looks like English". Nothing for English itself, or for an empty box.
 */
export function englishFound(value: string, language: string, properNames: readonly string[] = []): string[] {
  const lower = language.toLowerCase() as Parameters<typeof englishWords>[1];
  if (!value.trim() || lower === 'en') return [];
  const words = englishWords(value, lower, properNames.filter(Boolean)).map((hit) =>
    (hit.split(' … ')[0] ?? hit).toLowerCase(),
  );
  return [...new Set(words)];
}
