import { replaceControlCharacters } from '../escape.js';
import {
  assertNever,
  outline,
  plain,
  type Block,
  type Inline,
  type OutlineEntry,
  type PolicyDocument,
} from '../tree.js';

/**
 * Text from the snapshot on one line: control characters replaced as the HTML does (a terminal showing the text
 * must not be steered by them), and each run of blanks that holds a line break one space, so a name or heading
 * can never start a line of its own and pass for the document's structure. One pass over maximal runs: a pattern
 * like `[ \t]*\n` backtracks over every run of blanks without a break, quadratic in its length.
 */
const oneLine = (value: string): string =>
  replaceControlCharacters(value).replace(/[ \t\r\n]+/g, (run) =>
    run.includes('\n') || run.includes('\r') ? ' ' : run,
  );

/**
 * Plain text: numbered headings (the numbers of the table of contents), one paragraph per line, lists with
 * "- ", definitions with their details indented, tables as "cell — cell — cell" lines under their caption.
 */
function inlineText(nodes: readonly Inline[]): string {
  let s = '';
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
      case 'code':
      case 'time':
        s += oneLine(n.text);
        break;
      case 'strong':
      case 'em':
        s += inlineText(n.children);
        break;
      case 'link': {
        const label = inlineText(n.children);
        const href: string = n.href;
        const target = href.startsWith('mailto:') ? href.slice('mailto:'.length) : href;
        const hidden = href.startsWith('#') || href.startsWith('tel:') || target === label;
        s += hidden ? label : `${label} (${target})`;
        break;
      }
      case 'break':
        s += '\n';
        break;
      default:
        assertNever(n);
    }
  }
  return s;
}

const indent = (lines: readonly string[], first: string, rest: string): string[] =>
  lines.map((l, i) => (l === '' ? '' : (i === 0 ? first : rest) + l));

/** Lines of a list of blocks, blocks separated by a blank line. */
function blocks(list: readonly Block[], numbers: ReadonlyMap<string, string>, tight = false): string[] {
  const out: string[] = [];
  for (const b of list) {
    const lines = blockLines(b, numbers);
    if (!lines.length) continue;
    if (out.length && !tight) out.push('');
    out.push(...lines);
  }
  return out;
}

function blockLines(b: Block, numbers: ReadonlyMap<string, string>): string[] {
  switch (b.kind) {
    case 'paragraph':
      return inlineText(b.children).split('\n');
    case 'list':
      return b.items.flatMap((item, i) => {
        const marker = b.ordered ? `${i + 1}. ` : '- ';
        return indent(blocks(item, numbers, true), marker, ' '.repeat(marker.length));
      });
    case 'definitions':
      return b.items.flatMap((item, i) => [
        ...(i > 0 ? [''] : []),
        inlineText(item.term),
        ...indent(blocks(item.details, numbers, true), '  ', '  '),
      ]);
    case 'table': {
      const header = b.header.map((h) => inlineText(h)).join(' — ');
      const caption = b.caption ? `${inlineText(b.caption)} (${header})` : header;
      return [caption, ...b.rows.map((row) => `- ${row.map((c) => inlineText(c)).join(' — ')}`)];
    }
    case 'heading':
      return [inlineText(b.children)];
    case 'quote':
      return blocks(b.children, numbers).map((l) => (l ? `> ${l}` : '>'));
    case 'codeBlock':
      return replaceControlCharacters(b.text)
        .split(/\r\n?|\n/)
        .map((l) => (l ? `    ${l}` : ''));
    case 'rule':
      return ['* * *'];
    case 'section': {
      const number = numbers.get(b.id) ?? '';
      const top = !number.includes('.');
      const heading = `${number}${top ? '.' : ''} ${oneLine(plain(b.heading))}`;
      return [...(top ? [heading, '-'.repeat(heading.length)] : [heading]), '', ...blocks(b.children, numbers)];
    }
    default:
      return assertNever(b);
  }
}

function numberAll(entries: readonly OutlineEntry[], numbers: Map<string, string>): void {
  for (const e of entries) {
    numbers.set(e.id, e.number);
    numberAll(e.children, numbers);
  }
}

export function plainText(doc: PolicyDocument): string {
  const numbers = new Map<string, string>();
  numberAll(outline(doc.sections), numbers);
  const contents = outline(doc.sections, 2).flatMap((e) => [
    `${e.number}. ${oneLine(plain(e.heading))}`,
    ...e.children.map((c) => `   ${c.number} ${oneLine(plain(c.heading))}`),
  ]);
  const title = oneLine(doc.title);
  const lines = [
    title,
    '='.repeat(title.length),
    '',
    inlineText(doc.meta),
    '',
    doc.contents.title,
    '',
    ...contents,
    '',
    ...blocks(doc.sections, numbers),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
