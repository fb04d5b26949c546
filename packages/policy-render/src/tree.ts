/**
 * The intermediate document: built once from a snapshot, then serialised to HTML and to plain text. Nodes carry
 * plain text only (never markup); serialisers escape as their format needs. Links carry a `SafeHref`, a string
 * that can only be made by `safeHref`, so an unchecked URL cannot reach an `href` by accident.
 */
import type { Language } from '@noticeboard/domain';

declare const safeHrefBrand: unique symbol;
/** An href whose scheme was checked (http, https, mailto, tel) or an in-document `#fragment`. */
export type SafeHref = string & { readonly [safeHrefBrand]: true };

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: SafeHref; children: Inline[] }
  | { kind: 'time'; datetime: string; text: string }
  | { kind: 'break' };

export interface DefinitionItem {
  term: Inline[];
  details: Block[];
}

export interface Table {
  kind: 'table';
  caption: Inline[] | null;
  header: Inline[][];
  /** The first cell of each row names the row (`<th scope="row">`). */
  rows: Inline[][][];
}

export interface Section {
  kind: 'section';
  /** Unique in the document; the anchor of the table of contents. */
  id: string;
  heading: Inline[];
  children: Block[];
}

export type Block =
  | { kind: 'paragraph'; children: Inline[]; important?: boolean }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'definitions'; items: DefinitionItem[] }
  | Table
  /** A heading inside free text (a clause): `depth` 1 is one level below the enclosing section's heading. */
  | { kind: 'heading'; depth: number; children: Inline[] }
  | { kind: 'quote'; children: Block[] }
  | { kind: 'codeBlock'; text: string }
  | { kind: 'rule' }
  | Section;

export interface PolicyDocument {
  language: Language;
  title: string;
  /** Effective date and version, under the title. */
  meta: Inline[];
  /** Visible title and accessible name of the table of contents. */
  contents: { title: string; label: string };
  sections: Section[];
}

// ---- constructors -------------------------------------------------------------------------------------------

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (...children: Inline[]): Inline => ({ kind: 'strong', children });
export const em = (...children: Inline[]): Inline => ({ kind: 'em', children });
export const link = (href: SafeHref, children: Inline[] | string): Inline => ({
  kind: 'link',
  href,
  children: typeof children === 'string' ? [text(children)] : children,
});
export const paragraph = (children: Inline[] | string, important = false): Block => ({
  kind: 'paragraph',
  children: typeof children === 'string' ? [text(children)] : children,
  ...(important ? { important } : {}),
});
export const list = (items: Block[][], ordered = false): Block => ({ kind: 'list', ordered, items });
export const definitions = (items: DefinitionItem[]): Block => ({ kind: 'definitions', items });
export const section = (id: string, heading: Inline[] | string, children: Block[]): Section => ({
  kind: 'section',
  id,
  heading: typeof heading === 'string' ? [text(heading)] : heading,
  children,
});

/** Free text from a form field: blank lines separate paragraphs, single line breaks are spaces. */
export function textBlocks(value: string | null | undefined): Block[] {
  if (!value) return [];
  return value
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => paragraph(p));
}

// ---- schemes ------------------------------------------------------------------------------------------------

export type Scheme = 'http:' | 'https:' | 'mailto:' | 'tel:';
export const WEB_SCHEMES: readonly Scheme[] = ['http:', 'https:'];
export const MARKDOWN_SCHEMES: readonly Scheme[] = ['http:', 'https:', 'mailto:'];

/**
 * The href if it is absolute with an allowed scheme, else null. Whitespace and control characters are refused
 * outright (browsers strip or skip them before reading the scheme, which is how `java\tscript:` slips through
 * naive checks), so the scheme read here is the scheme a browser reads. Relative URLs are refused: a policy is
 * embedded in other sites, where they would point somewhere else.
 */
export function safeHref(raw: string | null | undefined, schemes: readonly Scheme[]): SafeHref | null {
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!raw || raw.length > 4096 || /[\s\u0000-\u001f\u007f-\u009f]/.test(raw)) return null;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(raw);
  if (!m) return null;
  const scheme = `${m[1]!.toLowerCase()}:` as Scheme;
  if (!schemes.includes(scheme)) return null;
  const rest = m[2]!;
  const ok = scheme === 'http:' || scheme === 'https:' ? /^\/\/[^/?#\\]+/.test(rest) : rest.length > 0;
  return ok ? (raw as SafeHref) : null;
}

export function anchorHref(id: string): SafeHref {
  return `#${id}` as SafeHref;
}

export function mailtoHref(email: string): SafeHref | null {
  return safeHref(`mailto:${email}`, ['mailto:']);
}

export function telHref(phone: string): SafeHref | null {
  const digits = phone.replace(/[^\d+]/g, '');
  // A number to dial: a leading + at most, then digits (a "+" alone or "1+2" is not one; shown as text).
  return /^\+?\d+$/.test(digits) ? safeHref(`tel:${digits}`, ['tel:']) : null;
}

// ---- outline ------------------------------------------------------------------------------------------------

export interface OutlineEntry {
  id: string;
  /** "2", "2.1", ... shared by the text headings and both tables of contents. */
  number: string;
  heading: Inline[];
  children: OutlineEntry[];
}

/** Sections with their numbers, to `depth` levels; both serialisers number from this one function. */
export function outline(sections: readonly Section[], depth = Infinity, prefix = ''): OutlineEntry[] {
  return sections.map((s, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
    const subsections = s.children.filter((b): b is Section => b.kind === 'section');
    return {
      id: s.id,
      number,
      heading: s.heading,
      children: depth > 1 ? outline(subsections, depth - 1, number) : [],
    };
  });
}

/** The text of inline nodes without any formatting (headings in the text output, captions, labels). */
export function plain(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
        case 'code':
        case 'time':
          return n.text;
        case 'strong':
        case 'em':
        case 'link':
          return plain(n.children);
        case 'break':
          return ' ';
        default:
          return assertNever(n);
      }
    })
    .join('');
}

export function assertNever(x: never): never {
  throw new Error(`unexpected document node ${JSON.stringify(x)}`);
}
