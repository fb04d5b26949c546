/** Parsing rendered HTML in tests, the way a browser would tokenise it. */
import { parseDocument } from 'htmlparser2';

export interface El {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export type Node = El | { type: 'text'; data: string };

type Raw = { type: string; name?: string; attribs?: Record<string, string>; children?: Raw[]; data?: string };

function convert(raw: Raw, parent: El | null): Node | null {
  if (raw.type === 'text') return { type: 'text', data: raw.data ?? '' };
  if (raw.type === 'tag' || raw.type === 'script' || raw.type === 'style' || raw.type === 'root') {
    const el: El = { name: raw.name ?? '#root', attribs: raw.attribs ?? {}, children: [], parent };
    for (const c of raw.children ?? []) {
      const n = convert(c, el);
      if (n) el.children.push(n);
    }
    return el;
  }
  return null; // comments, doctype
}

export function parse(html: string): El {
  return convert(
    parseDocument(html, { decodeEntities: true, lowerCaseAttributeNames: true }) as unknown as Raw,
    null,
  ) as El;
}

export const isEl = (n: Node): n is El => 'name' in n;

export function* elements(root: El): Generator<El> {
  for (const c of root.children) {
    if (isEl(c)) {
      yield c;
      yield* elements(c);
    }
  }
}

export function all(root: El, name: string): El[] {
  return [...elements(root)].filter((e) => e.name === name);
}

/** Text content as a reader sees it (decoded), without the contents of <style>. */
export function textContent(node: Node): string {
  if (!isEl(node)) return node.data;
  if (node.name === 'style' || node.name === 'script') return '';
  return node.children.map(textContent).join('');
}
