import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderPolicy, UntranslatedTextError } from './index.js';
import { renderPolicyPdf } from './pdf.js';
import { fixtureSnapshot, OPTIONS } from './test/fixture.js';

/** The text of each page as a PDF reader extracts it, and the document's own metadata. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
  const tree = await (await pdf.getPage(1)).getStructTree();
  const outline = await pdf.getDestinations();
  return {
    text: pages.join(' ').replace(/\s+/g, ' '),
    pages: pdf.numPages,
    info,
    tree,
    destinations: Object.keys(outline),
  };
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the policy as a PDF', () => {
  it('holds the policy’s text, in order, with its title, language and structure', async () => {
    const snapshot = fixtureSnapshot();
    const bytes = await renderPolicyPdf(snapshot, OPTIONS);
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');
    const pdf = await readPdf(bytes);
    const rendered = renderPolicy(snapshot, OPTIONS);
    expect(pdf.info.Title).toBe(rendered.title);
    expect(pdf.info.Lang ?? 'en').toBe('en');
    // Every heading of the text rendering is in the PDF, in the same order.
    const headings = rendered.text
      .split('\n')
      .filter((line) => /^\d+\. \S/.test(line))
      .map((line) => squeeze(line));
    let from = 0;
    for (const heading of headings) {
      const at = pdf.text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      from = at;
    }
    // Tagged: a structure tree the reader can walk, and a destination per section for the contents' links.
    expect(pdf.tree).not.toBeNull();
    expect(JSON.stringify(pdf.tree)).toMatch(/"role":"(H1|H2)"/);
    expect(pdf.destinations.length).toBeGreaterThan(3);
  });

  it('renders every language it writes, with letters beyond Latin-1 kept as they are', async () => {
    const snapshot = fixtureSnapshot();
    snapshot.controller = { ...snapshot.controller, legalName: 'Łódź Dvořák Ωmega Ltd' };
    for (const language of ['de', 'fr', 'es', 'it'] as const) {
      const translated = { ...snapshot, settings: { ...snapshot.settings, publishedLanguages: [] } };
      const bytes = await renderPolicyPdf(translated, { ...OPTIONS, language, untranslated: 'keep' });
      const pdf = await readPdf(bytes);
      expect(pdf.text).toContain('Łódź Dvořák Ωmega Ltd');
      expect(pdf.text).toContain(
        squeeze(renderPolicy(translated, { ...OPTIONS, language, untranslated: 'keep' }).title),
      );
    }
  });

  it('refuses a language with untranslated text, as the other formats do', async () => {
    expect(() => renderPolicyPdf(fixtureSnapshot(), { ...OPTIONS, language: 'de', untranslated: 'refuse' })).toThrow(
      UntranslatedTextError,
    );
  });

  it('renders the same version to the same bytes', async () => {
    const snapshot = fixtureSnapshot();
    const a = await renderPolicyPdf(snapshot, OPTIONS);
    const b = await renderPolicyPdf(snapshot, OPTIONS);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
