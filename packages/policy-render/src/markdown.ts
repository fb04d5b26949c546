/**
 * Clause markdown to document nodes. marked only tokenises; nothing it produces is ever output as markup: raw
 * HTML becomes text (escaped by the serialiser), links keep only http, https and mailto hrefs, images keep only
 * their alternative text (a policy must not load third-party pixels). The result is inert by construction.
 */
import { Marked, type MarkedToken, type Token, type Tokens } from 'marked';
import { MARKDOWN_SCHEMES, safeHref, type Block, type Inline } from './tree.js';

// Own instance: `marked.use(...)` elsewhere in a host application cannot change how clauses are read.
const markdown = new Marked({ gfm: true, breaks: false, pedantic: false, async: false });

/** Blocks of the markdown text, headings given relative to the enclosing section (depth 1 = one below it). */
export function markdownToBlocks(source: string): Block[] {
  return blocks(markdown.lexer(source));
}

function blocks(tokens: readonly Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token as MarkedToken);
    if (block) out.push(block);
  }
  return out;
}

function toBlock(t: MarkedToken): Block | null {
  switch (t.type) {
    case 'space':
    case 'def': // link reference definitions are already resolved in the links that use them
      return null;
    case 'paragraph':
      return paragraphOf(inlines(t.tokens));
    case 'text': // block-level text: the content of a tight list item
      return paragraphOf(t.tokens ? inlines(t.tokens) : plainText(t.text));
    case 'heading':
      return { kind: 'heading', depth: t.depth, children: inlines(t.tokens) };
    case 'list':
      return { kind: 'list', ordered: t.ordered, items: t.items.map((item) => listItem(item)) };
    case 'blockquote':
      return { kind: 'quote', children: blocks(t.tokens) };
    case 'code':
      return { kind: 'codeBlock', text: t.text };
    case 'hr':
      return { kind: 'rule' };
    case 'html': {
      // Raw HTML is shown as what it is: text.
      const value = t.text.trim();
      return value ? paragraphOf([{ kind: 'text', text: value }]) : null;
    }
    case 'table':
      return {
        kind: 'table',
        caption: null,
        header: t.header.map((cell) => inlines(cell.tokens)),
        rows: t.rows.map((row) => row.map((cell) => inlines(cell.tokens))),
      };
    default: {
      // Anything else (an inline token at block level, a future token type): its inline content, else its text.
      const generic = t as Tokens.Generic;
      if (Array.isArray(generic.tokens)) return paragraphOf(inlines(generic.tokens));
      return typeof generic.raw === 'string' && generic.raw.trim() ? paragraphOf(plainText(generic.raw.trim())) : null;
    }
  }
}

function listItem(item: Tokens.ListItem): Block[] {
  const content = blocks(item.tokens);
  if (item.task) {
    const mark: Inline = { kind: 'text', text: item.checked ? '☑ ' : '☐ ' };
    const first = content[0];
    if (first?.kind === 'paragraph') first.children.unshift(mark);
    else content.unshift({ kind: 'paragraph', children: [mark] });
  }
  return content;
}

function paragraphOf(children: Inline[]): Block | null {
  return children.length ? { kind: 'paragraph', children } : null;
}

function inlines(tokens: readonly Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) out.push(...toInline(token as MarkedToken));
  return out;
}

function toInline(t: MarkedToken): Inline[] {
  switch (t.type) {
    case 'text':
      return t.tokens ? inlines(t.tokens) : plainText(t.text);
    case 'escape':
      return [{ kind: 'text', text: t.text }];
    case 'strong':
      return [{ kind: 'strong', children: inlines(t.tokens) }];
    case 'em':
      return [{ kind: 'em', children: inlines(t.tokens) }];
    case 'del':
      return inlines(t.tokens);
    case 'codespan':
      return [{ kind: 'code', text: t.text }];
    case 'br':
      return [{ kind: 'break' }];
    case 'link': {
      const children = inlines(t.tokens);
      const href = safeHref(decodeEntities(t.href), MARKDOWN_SCHEMES);
      return href ? [{ kind: 'link', href, children }] : children;
    }
    case 'image':
      return t.text ? plainText(t.text) : [];
    case 'html': // inline HTML ("tag" tokens): shown as text
      return [{ kind: 'text', text: t.text }];
    default: {
      const generic = t as Tokens.Generic;
      if (Array.isArray(generic.tokens)) return inlines(generic.tokens);
      return typeof generic.raw === 'string' ? [{ kind: 'text', text: generic.raw }] : [];
    }
  }
}

function plainText(value: string): Inline[] {
  const decoded = decodeEntities(value);
  return decoded ? [{ kind: 'text', text: decoded }] : [];
}

/**
 * CommonMark turns entity references into characters; marked leaves that to its renderer, which we do not use.
 * The common named entities and all numeric ones are decoded; anything else stays as written (and is escaped on
 * output like any other text).
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  pound: '£',
  sect: '§',
  para: '¶',
  middot: '·',
  bull: '•',
  deg: '°',
  shy: '\u00ad',
};

export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
    (match, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name] ?? match;
      const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
