import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { replaceControlCharacters } from '../escape.js';
import {
  assertNever,
  outline,
  plain,
  type Block,
  type Inline,
  type OutlineEntry,
  type PolicyDocument,
  type Section,
} from '../tree.js';

/**
 * The policy as a PDF, from the same document tree as the HTML and the text: A4, DejaVu Sans (every letter of the
 * languages the product writes, and of names in other scripts a company may type), tagged for accessibility (a
 * structure tree of headings, paragraphs, lists and links, the document's language and title) so screen readers
 * and reflow read it in order; the table of contents links to the sections. Text only, never markup: nodes carry
 * plain text, as for the other formats.
 */

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: path.join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldItalic: path.join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
  mono: path.join(fontDir, 'DejaVuSansMono.ttf'),
} as const;
type FontName = keyof typeof FONTS;

const MARGIN = 56;
const BODY_SIZE = 10.5;
const HEADING_SIZES = [15, 12.5, 11.5, 11] as const;
const LINK_COLOUR = '#1d4ed8';
const TEXT_COLOUR = '#1b1f24';
const INDENT = 16;

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

/** Text on one line: control characters replaced, any line break a space (the structure, not the text, breaks lines). */
const oneLine = (value: string) => replaceControlCharacters(value).replace(/[\r\n]+/g, ' ');

interface Run {
  text: string;
  font: FontName;
  link: string | null;
  goTo: string | null;
}

/** The inline nodes as runs of one font and one link target each. */
function runs(
  nodes: readonly Inline[],
  font: FontName = 'regular',
  link: Run['link'] = null,
  goTo: Run['goTo'] = null,
): Run[] {
  const out: Run[] = [];
  const styled = (f: FontName, strong: boolean, em: boolean): FontName =>
    strong && em ? 'boldItalic' : strong ? 'bold' : em ? 'italic' : f;
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
      case 'time':
        out.push({ text: oneLine(n.text), font, link, goTo });
        break;
      case 'code':
        out.push({ text: oneLine(n.text), font: 'mono', link, goTo });
        break;
      case 'strong':
        out.push(...runs(n.children, styled(font, true, font === 'italic' || font === 'boldItalic'), link, goTo));
        break;
      case 'em':
        out.push(...runs(n.children, styled(font, font === 'bold' || font === 'boldItalic', true), link, goTo));
        break;
      case 'link': {
        const href: string = n.href;
        out.push(
          ...(href.startsWith('#') ? runs(n.children, font, null, href.slice(1)) : runs(n.children, font, href, null)),
        );
        break;
      }
      case 'break':
        out.push({ text: '\n', font, link, goTo });
        break;
      default:
        assertNever(n);
    }
  }
  return out.filter((r) => r.text !== '');
}

class PdfWriter {
  private readonly width: number;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  /** One paragraph of runs at `left`, as a structure element of `type` under `parent`. */
  text(
    parent: Struct,
    type: string,
    nodes: readonly Inline[] | Run[],
    left: number,
    options: { size?: number; font?: FontName; colour?: string; gap?: number } = {},
  ) {
    const list = (
      nodes.length && 'font' in (nodes[0] as object) && !('kind' in (nodes[0] as object))
        ? nodes
        : runs(nodes as Inline[], options.font ?? 'regular')
    ) as Run[];
    if (!list.length) return;
    const doc = this.doc;
    parent.add(
      doc.struct(type, {}, () => {
        doc.fontSize(options.size ?? BODY_SIZE);
        list.forEach((run, i) => {
          const last = i === list.length - 1;
          doc.font(run.font).fillColor(run.link || run.goTo ? LINK_COLOUR : (options.colour ?? TEXT_COLOUR));
          const textOptions = {
            continued: !last,
            width: this.width - left,
            link: run.link ?? undefined,
            goTo: run.goTo ?? undefined,
            underline: !!(run.link || run.goTo),
            lineGap: 1.5,
          };
          if (i === 0) doc.text(run.text, MARGIN + left, doc.y, textOptions);
          else doc.text(run.text, textOptions);
        });
      }),
    );
    doc.moveDown(options.gap ?? 0.45);
  }

  blocks(parent: Struct, list: readonly Block[], left: number, depth: number) {
    for (const b of list) this.block(parent, b, left, depth);
  }

  block(parent: Struct, b: Block, left: number, depth: number) {
    const doc = this.doc;
    switch (b.kind) {
      case 'paragraph':
        this.text(parent, 'P', b.children, left, b.important ? { font: 'bold' } : {});
        return;
      case 'list': {
        const l = doc.struct('L');
        parent.add(l);
        b.items.forEach((item, i) => {
          const li = doc.struct('LI');
          l.add(li);
          const marker = b.ordered ? `${i + 1}.` : '•';
          this.text(li, 'Lbl', [{ text: marker, font: 'regular', link: null, goTo: null }], left, { gap: 0 });
          doc.moveUp();
          const body = doc.struct('LBody');
          li.add(body);
          this.blocks(body, item, left + INDENT, depth);
          body.end();
          li.end();
        });
        l.end();
        return;
      }
      case 'definitions':
        for (const item of b.items) {
          this.text(parent, 'P', item.term, left, { font: 'bold', gap: 0.15 });
          this.blocks(parent, item.details, left + INDENT, depth);
        }
        return;
      case 'table': {
        // A row per paragraph: its first cell (the row's name) in bold, then each other cell with its column's name.
        if (b.caption) this.text(parent, 'Caption', b.caption, left, { font: 'bold' });
        for (const row of b.rows) {
          const [name, ...cells] = row;
          this.text(parent, 'P', name ?? [], left, { font: 'bold', gap: 0.1 });
          cells.forEach((cell, i) => {
            const header = b.header[i + 1];
            const label: Run[] = header
              ? [...runs(header, 'italic'), { text: ': ', font: 'italic', link: null, goTo: null }]
              : [];
            this.text(parent, 'P', [...label, ...runs(cell)], left + INDENT, { gap: 0.1 });
          });
          doc.moveDown(0.3);
        }
        return;
      }
      case 'heading':
        this.text(parent, `H${Math.min(6, depth + b.depth + 1)}`, b.children, left, {
          font: 'bold',
          size: HEADING_SIZES[Math.min(3, depth + b.depth)],
        });
        return;
      case 'quote': {
        const quote = doc.struct('BlockQuote');
        parent.add(quote);
        this.blocks(quote, b.children, left + INDENT, depth);
        quote.end();
        return;
      }
      case 'codeBlock':
        for (const line of replaceControlCharacters(b.text).split(/\r\n?|\n/))
          this.text(parent, 'Code', [{ text: line || ' ', font: 'mono', link: null, goTo: null }], left, { gap: 0 });
        doc.moveDown(0.45);
        return;
      case 'rule':
        doc
          .moveTo(MARGIN + left, doc.y)
          .lineTo(MARGIN + this.width, doc.y)
          .strokeColor('#9ca3af')
          .stroke();
        doc.moveDown(0.6);
        return;
      case 'section':
        this.section(parent, b, left, depth + 1);
        return;
      default:
        assertNever(b);
    }
  }

  section(parent: Struct, s: Section, left: number, depth: number, number?: string) {
    const doc = this.doc;
    const sect = doc.struct('Sect');
    parent.add(sect);
    if (depth === 1 && doc.y > doc.page.height - MARGIN - 120) doc.addPage();
    doc.addNamedDestination(s.id);
    const heading: Run[] = [
      ...(number ? [{ text: `${number}. `, font: 'bold' as const, link: null, goTo: null }] : []),
      ...runs(s.heading, 'bold'),
    ];
    this.text(sect, `H${Math.min(6, depth + 1)}`, heading, left, {
      size: HEADING_SIZES[Math.min(3, depth - 1)],
      colour: this.accent,
      gap: 0.35,
    });
    this.blocks(sect, s.children, left, depth);
    sect.end();
  }

  accent = TEXT_COLOUR;
}

/** The PDF bytes of a policy document; `accent` (#rrggbb) colours the headings, as on the page. */
export function pdfDocument(docTree: PolicyDocument, accent: string | null, created: Date): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: docTree.language,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: oneLine(docTree.title), Creator: 'Noticeboard', CreationDate: created, ModDate: created },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc);
  if (accent && /^#[0-9a-f]{6}$/i.test(accent)) writer.accent = accent;
  const root = doc.struct('Document');
  doc.addStructure(root);
  writer.text(root, 'H1', [{ text: oneLine(docTree.title), font: 'bold', link: null, goTo: null }], 0, {
    size: 20,
    colour: writer.accent,
    gap: 0.3,
  });
  writer.text(root, 'P', docTree.meta, 0, { gap: 1 });

  // The table of contents: the numbered top-level sections, each a link to its place.
  const toc = doc.struct('TOC');
  root.add(toc);
  writer.text(toc, 'H2', [{ text: docTree.contents.title, font: 'bold', link: null, goTo: null }], 0, {
    size: HEADING_SIZES[0],
    gap: 0.3,
  });
  const entries: OutlineEntry[] = outline(docTree.sections, 1);
  for (const e of entries) {
    const item = doc.struct('TOCI');
    toc.add(item);
    writer.text(
      item,
      'Reference',
      [{ text: `${e.number}. ${oneLine(plain(e.heading))}`, font: 'regular', link: null, goTo: e.id }],
      0,
      { gap: 0.1 },
    );
    item.end();
  }
  toc.end();
  doc.moveDown(1);
  docTree.sections.forEach((s, i) => writer.section(root, s, 0, 1, String(i + 1)));
  root.end();
  doc.end();
  return done;
}
