import { assertNever, outline, plain, type Block, type Inline, type OutlineEntry, type PolicyDocument } from '../tree.js';

/**
 * Plain text: numbered headings (the numbers of the table of contents), one paragraph per line, lists with
 * "- ", definitions with their details indented, tables as "cell — cell — cell" lines under their caption.
 */
function inlineText(nodes: readonly Inline[]): string {
  let s = '';
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        s += n.text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        break;
      case 'code':
      case 'time':
        s += n.text;
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
      return b.text.split('\n').map((l) => (l ? `    ${l}` : ''));
    case 'rule':
      return ['* * *'];
    case 'section': {
      const number = numbers.get(b.id) ?? '';
      const top = !number.includes('.');
      const heading = `${number}${top ? '.' : ''} ${plain(b.heading)}`;
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
    `${e.number}. ${plain(e.heading)}`,
    ...e.children.map((c) => `   ${c.number} ${plain(c.heading)}`),
  ]);
  const lines = [
    doc.title,
    '='.repeat(doc.title.length),
    '',
    inlineText(doc.meta),
    '',
    doc.contents.title,
    '',
    ...contents,
    '',
    ...blocks(doc.sections, numbers),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
