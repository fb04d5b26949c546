import { escapeHtml as esc } from '../escape.js';
import {
  assertNever,
  outline,
  type Block,
  type Inline,
  type OutlineEntry,
  type PolicyDocument,
  type Section,
} from '../tree.js';
import { PAGE_CSS, policyCss } from './styles.js';

/** HTML of inline nodes. Every text and attribute passes through `esc`; hrefs are SafeHrefs. */
function inline(nodes: readonly Inline[], out: string[]): void {
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        out.push(esc(n.text));
        break;
      case 'strong':
        out.push('<strong>');
        inline(n.children, out);
        out.push('</strong>');
        break;
      case 'em':
        out.push('<em>');
        inline(n.children, out);
        out.push('</em>');
        break;
      case 'code':
        out.push('<code>', esc(n.text), '</code>');
        break;
      case 'link':
        out.push('<a href="', esc(n.href), '">');
        inline(n.children, out);
        out.push('</a>');
        break;
      case 'time':
        out.push('<time datetime="', esc(n.datetime), '">', esc(n.text), '</time>');
        break;
      case 'break':
        out.push('<br>');
        break;
      default:
        assertNever(n);
    }
  }
}

/** Content of a list item or definition: a lone paragraph is written without its `<p>`. */
function compact(blocks: readonly Block[], level: number, out: string[]): void {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.kind === 'paragraph' && !only.important) inline(only.children, out);
  else block(blocks, level, out);
}

/** `level` is the heading level of the enclosing section (1 for the document). */
function block(blocks: readonly Block[], level: number, out: string[]): void {
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        out.push(b.important ? '<p class="nb-important">' : '<p>');
        inline(b.children, out);
        out.push('</p>\n');
        break;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        out.push('<', tag, '>\n');
        for (const item of b.items) {
          out.push('<li>');
          compact(item, level, out);
          out.push('</li>\n');
        }
        out.push('</', tag, '>\n');
        break;
      }
      case 'definitions':
        out.push('<dl>\n');
        for (const item of b.items) {
          out.push('<dt>');
          inline(item.term, out);
          out.push('</dt>\n<dd>');
          compact(item.details, level, out);
          out.push('</dd>\n');
        }
        out.push('</dl>\n');
        break;
      case 'table':
        out.push('<div class="nb-table">\n<table>\n');
        if (b.caption) {
          out.push('<caption>');
          inline(b.caption, out);
          out.push('</caption>\n');
        }
        out.push('<thead>\n<tr>');
        for (const h of b.header) {
          out.push('<th scope="col">');
          inline(h, out);
          out.push('</th>');
        }
        out.push('</tr>\n</thead>\n<tbody>\n');
        for (const row of b.rows) {
          out.push('<tr>');
          row.forEach((c, i) => {
            out.push(i === 0 ? '<th scope="row">' : '<td>');
            inline(c, out);
            out.push(i === 0 ? '</th>' : '</td>');
          });
          out.push('</tr>\n');
        }
        out.push('</tbody>\n</table>\n</div>\n');
        break;
      case 'heading': {
        const h = Math.min(6, level + Math.max(1, b.depth));
        out.push('<h', String(h), '>');
        inline(b.children, out);
        out.push('</h', String(h), '>\n');
        break;
      }
      case 'quote':
        out.push('<blockquote>\n');
        block(b.children, level, out);
        out.push('</blockquote>\n');
        break;
      case 'codeBlock':
        out.push('<pre><code>', esc(b.text), '</code></pre>\n');
        break;
      case 'rule':
        out.push('<hr>\n');
        break;
      case 'section':
        sectionHtml(b, Math.min(6, level + 1), out);
        break;
      default:
        assertNever(b);
    }
  }
}

function sectionHtml(s: Section, level: number, out: string[]): void {
  const id = esc(s.id);
  out.push('<section id="', id, '" aria-labelledby="', id, '-title">\n<h', String(level), ' id="', id, '-title">');
  inline(s.heading, out);
  out.push('</h', String(level), '>\n');
  block(s.children, level, out);
  out.push('</section>\n');
}

function tocList(entries: readonly OutlineEntry[], out: string[]): void {
  out.push('<ol>\n');
  for (const e of entries) {
    out.push('<li><a href="#', esc(e.id), '">');
    inline(e.heading, out);
    out.push('</a>');
    if (e.children.length) {
      out.push('\n');
      tocList(e.children, out);
    }
    out.push('</li>\n');
  }
  out.push('</ol>\n');
}

function article(doc: PolicyDocument, style: string | null): string {
  const out: string[] = ['<article class="nb-policy" lang="', esc(doc.language), '">\n'];
  if (style !== null) out.push('<style>\n', style, '\n</style>\n');
  out.push('<header class="nb-header">\n<h1>', esc(doc.title), '</h1>\n<p class="nb-meta">');
  inline(doc.meta, out);
  out.push('</p>\n</header>\n');
  out.push('<nav class="nb-toc" aria-label="', esc(doc.contents.label), '">\n<h2>', esc(doc.contents.title), '</h2>\n');
  tocList(outline(doc.sections, 2), out);
  out.push('</nav>\n');
  for (const s of doc.sections) sectionHtml(s, 2, out);
  out.push('</article>\n');
  return out.join('');
}

/** The `<article>` alone, with its scoped styles, for embedding. */
export function htmlFragment(doc: PolicyDocument, accent: string | null): string {
  return article(doc, policyCss(accent ?? ''));
}

/** A complete standalone document. */
export function htmlDocument(doc: PolicyDocument, accent: string | null): string {
  return [
    '<!doctype html>\n<html lang="',
    esc(doc.language),
    '">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<title>',
    esc(doc.title),
    '</title>\n',
    '<style>\n',
    PAGE_CSS,
    '\n',
    policyCss(accent ?? ''),
    '\n</style>\n</head>\n<body>\n<main>\n',
    article(doc, null),
    '</main>\n</body>\n</html>\n',
  ].join('');
}
