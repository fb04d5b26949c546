import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { decodeEntities, markdownToBlocks } from './markdown.js';
import { MARKDOWN_SCHEMES, WEB_SCHEMES, safeHref, type Block } from './tree.js';

const links = (blocks: Block[]): string[] => JSON.stringify(blocks).match(/"href":"[^"]*"/g) ?? [];

describe('markdownToBlocks', () => {
  it('maps paragraphs, emphasis, code, lists and headings to document nodes', () => {
    expect(markdownToBlocks('# Title\n\nSome *em*, **strong** and `code`.\n\n1. one\n2. two')).toEqual([
      { kind: 'heading', depth: 1, children: [{ kind: 'text', text: 'Title' }] },
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'Some ' },
          { kind: 'em', children: [{ kind: 'text', text: 'em' }] },
          { kind: 'text', text: ', ' },
          { kind: 'strong', children: [{ kind: 'text', text: 'strong' }] },
          { kind: 'text', text: ' and ' },
          { kind: 'code', text: 'code' },
          { kind: 'text', text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ kind: 'paragraph', children: [{ kind: 'text', text: 'one' }] }],
          [{ kind: 'paragraph', children: [{ kind: 'text', text: 'two' }] }],
        ],
      },
    ]);
  });

  it('keeps http, https and mailto links and drops every other href', () => {
    const blocks = markdownToBlocks(
      [
        '[a](https://ok.example/?a=1&amp;b=2) [b](http://ok.example) [c](mailto:x@ok.example)',
        '[d](javascript:alert(1)) [e](JAVASCRIPT:alert(1)) [f](vbscript:x) [g](data:text/html,<b>x</b>)',
        '[h](/relative) [i](//evil.example) [j](java&#x09;script:alert(1)) [k](<java script:x>) [l](file:///etc/passwd)',
        '[ref][r]',
        '',
        '[r]: javascript:alert(3)',
      ].join('\n'),
    );
    expect(links(blocks)).toEqual([
      '"href":"https://ok.example/?a=1&b=2"',
      '"href":"http://ok.example"',
      '"href":"mailto:x@ok.example"',
    ]);
    const text = JSON.stringify(blocks);
    for (const label of ['"d"', '"e"', '"f"', '"g"', '"h"', '"i"', '"j"', '"k"', '"l"', '"ref"'])
      expect(text).toContain(label);
  });

  it('turns raw HTML, block and inline, into text', () => {
    expect(markdownToBlocks('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
    ]);
    const inline = JSON.stringify(markdownToBlocks('a <b onclick="x">bold</b> c'));
    expect(inline).toContain('{"kind":"text","text":"<b onclick=\\"x\\">"}');
  });

  it('keeps only the alternative text of images', () => {
    expect(markdownToBlocks('![a tracking pixel](https://tracker.example/p.gif)')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'a tracking pixel' }] },
    ]);
  });

  it('decodes entity references into characters (escaped again on output)', () => {
    expect(markdownToBlocks('AT&amp;T &lt;3 &#169; &#x41; &bogus; &#0;')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: 'AT&T <3 © A &bogus; \ufffd' }] },
    ]);
    expect(decodeEntities('&#55296;')).toBe('\ufffd');
  });

  it('maps quotes, code blocks, rules and tables', () => {
    const blocks = markdownToBlocks('> quoted\n\n```\n<code>\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(blocks.map((b) => b.kind)).toEqual(['quote', 'codeBlock', 'rule', 'table']);
    expect(blocks[1]).toEqual({ kind: 'codeBlock', text: '<code>' });
    expect(blocks[3]).toMatchObject({
      caption: null,
      header: [[{ text: 'a' }], [{ text: 'b' }]],
      rows: [[[{ text: '1' }], [{ text: '2' }]]],
    });
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1#c', WEB_SCHEMES, true],
    ['HTTPS://EXAMPLE.COM', WEB_SCHEMES, true],
    ['mailto:a@example.com', WEB_SCHEMES, false],
    ['mailto:a@example.com', MARKDOWN_SCHEMES, true],
    ['javascript:alert(1)', MARKDOWN_SCHEMES, false],
    [' https://example.com', WEB_SCHEMES, false],
    ['java\tscript:alert(1)', MARKDOWN_SCHEMES, false],
    ['https://exa\nmple.com', WEB_SCHEMES, false],
    ['https:example.com', WEB_SCHEMES, false],
    ['https://', WEB_SCHEMES, false],
    ['//example.com', WEB_SCHEMES, false],
    ['/relative', WEB_SCHEMES, false],
    ['', WEB_SCHEMES, false],
  ] as const)('%j with %j → %s', (raw, schemes, ok) => {
    expect(safeHref(raw, schemes) !== null).toBe(ok);
  });
});

describe('escapeHtml', () => {
  it('escapes the five markup characters and neutralises control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>\u0000\u0007`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;\ufffd\ufffd',
    );
    expect(escapeHtml('tab\tnewline\n')).toBe('tab\tnewline\n');
  });
});
