import { describe, expect, it } from 'vitest';
import { plainTextBlocks } from './build/archived.js';
import { renderArchivedPolicy } from './index.js';

const BASE = {
  controllerName: 'Cloud Officer',
  effectiveDate: '2020-01-10',
  version: 1,
  publicUrl: 'https://noticeboard.test/p/cloud-officer/privacy',
};

const MARKINGS = {
  en: {
    meta: 'Effective date: 10 January 2020 · Version 1 · Archived text',
    notice: 'This is an archived text: the privacy policy Cloud Officer used before',
    heading: 'Text of the earlier policy',
  },
  de: {
    meta: 'Gültig ab: 10. Januar 2020 · Version 1 · Archivierter Text',
    notice: 'Dies ist ein archivierter Text: die frühere Datenschutzerklärung von Cloud Officer',
    heading: 'Text der früheren Datenschutzerklärung',
  },
  fr: {
    meta: 'Date d’entrée en vigueur\u00a0: 10 janvier 2020 · Version 1 · Texte archivé',
    notice: 'Ceci est un texte archivé\u00a0: l’ancienne politique de confidentialité de Cloud Officer',
    heading: 'Texte de l’ancienne politique',
  },
} as const;

describe('renderArchivedPolicy', () => {
  it.each(Object.entries(MARKINGS))('marks the text as archived in %s, in HTML and text', (language, marking) => {
    const rendered = renderArchivedPolicy({
      ...BASE,
      language: language as keyof typeof MARKINGS,
      source: 'Politik 2019 — 2019 policy.',
      format: 'PLAIN_TEXT',
    });
    for (const output of [rendered.text, rendered.html, rendered.fragment]) {
      expect(output).toContain(marking.notice);
      expect(output).toContain(marking.heading);
      expect(output).toContain('Politik 2019 — 2019 policy.');
    }
    expect(rendered.text).toContain(marking.meta);
    expect(rendered.html).toContain(`<html lang="${language}">`);
    expect(rendered.html).toContain('<p class="nb-important">');
    // No English marking leaks into another language.
    if (language !== 'en')
      expect(rendered.text).not.toMatch(/Archived text|archived text|earlier policy|effective from/);
  });

  it('keeps the line breaks of plain text and separates paragraphs at blank lines', () => {
    const source = 'Privacy Policy\r\nLast updated 10/01/2020\n\n  • one\n  • two\n \n\nEnd.';
    expect(plainTextBlocks(source)).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'Privacy Policy' },
          { kind: 'break' },
          { kind: 'text', text: 'Last updated 10/01/2020' },
        ],
      },
      {
        kind: 'paragraph',
        children: [{ kind: 'text', text: '• one' }, { kind: 'break' }, { kind: 'text', text: '• two' }],
      },
      { kind: 'paragraph', children: [{ kind: 'text', text: 'End.' }] },
    ]);
    const { text, html } = renderArchivedPolicy({ ...BASE, language: 'en', source, format: 'PLAIN_TEXT' });
    expect(text).toContain('• one\n• two');
    expect(html).toContain('• one<br>• two');
  });

  it('reads Markdown inertly: raw HTML is text, only safe links are links, plain text is never Markdown', () => {
    const source =
      '# Privacy\n\nAsk [us](mailto:privacy@old.test) or [there](javascript:alert(1)).\n\n<img src=x onerror=alert(1)>\n\n- a\n- b';
    const { html } = renderArchivedPolicy({ ...BASE, language: 'en', source, format: 'MARKDOWN' });
    expect(html).toContain('<a href="mailto:privacy@old.test">us</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/<h3>Privacy<\/h3>/);
    expect(html).toContain('<li>a</li>');
    const plain = renderArchivedPolicy({ ...BASE, language: 'en', source, format: 'PLAIN_TEXT' });
    expect(plain.html).toContain('# Privacy');
    expect(plain.html).not.toContain('<a href="mailto:');
  });

  it('is deterministic and refuses a language it does not write or a date that is not one', () => {
    const options = { ...BASE, language: 'de' as const, source: 'Text.', format: 'MARKDOWN' as const };
    expect(renderArchivedPolicy(options)).toEqual(renderArchivedPolicy(options));
    expect(() => renderArchivedPolicy({ ...options, language: 'pt' as 'de' })).toThrow(RangeError);
    expect(() => renderArchivedPolicy({ ...options, effectiveDate: '10/01/2020' })).toThrow(RangeError);
  });
});
