import escapeHtml from 'escape-html';
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGUAGES, type Language } from '@noticeboard/domain';
import { LOCALES } from '@noticeboard/policy-render';

/** One ICU MessageFormat catalog per language: the words of a module's public pages and emails. */
export type MessageCatalogs<K extends string> = Record<Language, Record<K, string>>;

/** Raw markup for `html()`, as opposed to text to escape. */
export interface Markup {
  html: string;
}

export const strong = (text: string): Markup => ({ html: `<strong>${escapeHtml(text)}</strong>` });

const compiled = new WeakMap<object, Map<string, IntlMessageFormat>>();

function message<K extends string>(catalogs: MessageCatalogs<K>, language: Language, key: K): IntlMessageFormat {
  let formats = compiled.get(catalogs);
  if (!formats) compiled.set(catalogs, (formats = new Map()));
  const id = `${language}:${key}`;
  let format = formats.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogs[language][key], LOCALES[language], undefined, { ignoreTag: true });
    formats.set(id, format);
  }
  return format;
}

/** A module's words in one language: messages as escaped HTML or as plain text, and dates as people read them. */
export class Words<K extends string> {
  private readonly dates: Intl.DateTimeFormat;

  constructor(
    readonly language: Language,
    private readonly catalogs: MessageCatalogs<K>,
  ) {
    this.dates = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** A message as escaped HTML; `Markup` arguments go in as they are, text ones escaped. */
  html(key: K, values: Record<string, string | Markup> = {}): string {
    // Arguments are placeholders (private-use characters) while formatting, so the message's own text is escaped whole.
    const slots = Object.keys(values);
    const formatted = String(
      message(this.catalogs, this.language, key).format(
        Object.fromEntries(slots.map((name, i) => [name, `\uE000${i}\uE001`])),
      ),
    );
    return escapeHtml(formatted).replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
      const value = values[slots[Number(i)]!]!;
      return typeof value === 'string' ? escapeHtml(value) : value.html;
    });
  }

  /** A message as plain text (emails, JSON), arguments as given. */
  text(key: K, values: Record<string, string> = {}): string {
    return String(message(this.catalogs, this.language, key).format(values));
  }

  /** A YYYY-MM-DD date as people read it in this language. */
  date(isoDate: string): string {
    const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
    return y && m && d ? this.dates.format(new Date(Date.UTC(y, m - 1, d))) : isoDate;
  }
}

type AstElement = { type: number; value?: unknown; options?: Record<string, { value: AstElement[] }> };

/** The arguments a message uses (`{name}`, and those of plural and select), sorted: for checking catalogs agree. */
export function messageArguments(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: AstElement[]) => {
    for (const e of elements) {
      // Literals (0) and `#` (7) name no argument; every other element does.
      if (e.type !== 0 && e.type !== 7 && typeof e.value === 'string') names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst() as unknown as AstElement[]);
  return [...names].sort();
}

/**
 * Where the catalogs disagree with English: a language (of every language the product writes) missing, a key
 * missing or extra, a message that does not parse, or a message with other arguments. Empty when all agree.
 */
export function catalogDisagreements<K extends string>(catalogs: Partial<MessageCatalogs<K>>): string[] {
  const english = catalogs.en;
  if (!english) return ['en: no catalog'];
  const found: string[] = [];
  for (const language of LANGUAGES) {
    const catalog = catalogs[language] as Record<string, string> | undefined;
    if (!catalog) {
      found.push(`${language}: no catalog`);
      continue;
    }
    for (const key of Object.keys(english) as K[]) {
      if (!(key in catalog)) {
        found.push(`${language}: no "${key}"`);
        continue;
      }
      try {
        const [want, got] = [messageArguments(english[key]), messageArguments(catalog[key]!)];
        if (want.join() !== got.join())
          found.push(`${language}: "${key}" has {${got.join(', ')}}, English {${want.join(', ')}}`);
      } catch (e) {
        found.push(`${language}: "${key}" does not parse (${(e as Error).message})`);
      }
    }
    for (const key of Object.keys(catalog)) if (!(key in english)) found.push(`${language}: "${key}" not in English`);
  }
  return found;
}
