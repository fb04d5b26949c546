import type { Language } from '@noticeboard/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { text, type Inline } from '../tree.js';
import { de } from './de.js';
import { en, type Catalog, type MessageKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';

export const CATALOGS: Record<Language, Catalog> = { en, de, fr, es, it };

/**
 * The locale each language formats dates, numbers and country names in. English is British English: the product
 * writes for UK and EU controllers, so dates read "22 November 2026".
 */
export const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT' };

/** A message argument: plain text or a number, or document nodes (a link, a date) kept as nodes. */
export type MessageValue = string | number | Inline | Inline[];

/**
 * Messages, dates, country names and lists in one language. Compiled messages and Intl formatters are cached
 * per language for the life of the module (they are pure functions of their inputs, so output stays deterministic).
 */
export class Translator {
  private readonly messages = new Map<MessageKey, IntlMessageFormat>();
  private readonly countries = new Map<string, string>();
  private readonly regions: Intl.DisplayNames;
  private readonly dates: Intl.DateTimeFormat;
  private readonly lists: Intl.ListFormat;
  readonly locale: string;

  constructor(readonly language: Language) {
    this.locale = LOCALES[language];
    this.regions = new Intl.DisplayNames([this.locale], { type: 'region', fallback: 'code' });
    this.dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.lists = new Intl.ListFormat(this.locale, { type: 'conjunction', style: 'long' });
  }

  private compiled(key: MessageKey): IntlMessageFormat {
    let message = this.messages.get(key);
    if (!message) {
      message = new IntlMessageFormat(CATALOGS[this.language][key], this.locale, undefined, { ignoreTag: true });
      this.messages.set(key, message);
    }
    return message;
  }

  /** A message as plain text. */
  t(key: MessageKey, values?: Record<string, string | number>): string {
    return String(this.compiled(key).format(values));
  }

  /** A message as document nodes: arguments that are nodes stay nodes (a link inside a sentence). */
  rich(key: MessageKey, values: Record<string, MessageValue>): Inline[] {
    const parts = this.compiled(key).formatToParts<Inline | Inline[]>(values);
    const out: Inline[] = [];
    for (const part of parts) {
      const value: unknown = part.value;
      if (typeof value === 'string') {
        if (value) out.push(text(value));
      } else if (Array.isArray(value)) out.push(...(value as Inline[]));
      else out.push(value as Inline);
    }
    return out;
  }

  /** A YYYY-MM-DD date as a `<time>` node, in words ("22 November 2026"). */
  date(isoDate: string): Inline {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !date || date.toISOString().slice(0, 10) !== isoDate) {
      throw new RangeError(`effective date must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(isoDate)}`);
    }
    return { kind: 'time', datetime: isoDate, text: this.dates.format(date) };
  }

  /** The country's name in this language ("United States", "Vereinigte Staaten"); the code if unknown. */
  country(code: string): string {
    let name = this.countries.get(code);
    if (name === undefined) {
      try {
        name = this.regions.of(code.toUpperCase()) ?? code;
      } catch {
        name = code; // not a well-formed region code: shown as given
      }
      if (this.countries.size < 1000) this.countries.set(code, name);
    }
    return name;
  }

  /** The text with its first letter in upper case, for labels that start a line. */
  capitalize(value: string): string {
    return value.charAt(0).toLocaleUpperCase(this.locale) + value.slice(1);
  }

  /** "a, b and c" in this language. */
  list(items: readonly string[]): string {
    return this.lists.format(items);
  }

  /** A list of node runs joined the way `list` joins words. */
  listOf(items: readonly Inline[][]): Inline[] {
    if (items.length === 0) return [];
    // Format placeholders, then put each item where its placeholder landed.
    const parts = this.lists.formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
    const out: Inline[] = [];
    for (const part of parts) {
      if (part.type === 'element') {
        const index = Number(part.value.slice(1, -1));
        out.push(...(items[index] ?? []));
      } else if (part.value) out.push(text(part.value));
    }
    return out;
  }
}

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  let t = translators.get(language);
  if (!t) {
    t = new Translator(language);
    translators.set(language, t);
  }
  return t;
}
