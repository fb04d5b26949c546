import type { PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { all, elements, parse, textContent, type El } from './test/dom.js';
import { fixtureSnapshot } from './test/fixture.js';
import { LANGS, render } from './test/render-helpers.js';
import { RENDERED_ATTRIBUTES, RENDERED_ELEMENTS } from './test/markup.js';

/** Everything an attacker could use, checked on the parsed document rather than by pattern on the string. */
function assertInert(html: string): El {
  const dom = parse(html);
  for (const el of elements(dom)) {
    expect(RENDERED_ELEMENTS.has(el.name), `element <${el.name}>`).toBe(true);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(RENDERED_ATTRIBUTES.has(name), `attribute ${name} on <${el.name}>`).toBe(true);
      expect(name.startsWith('on'), name).toBe(false);
      // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
      expect(value.toLowerCase().replace(/[\s\u0000-\u001f]/g, ''), `${name}=${value}`).not.toContain('javascript:');
    }
    if (el.attribs.href !== undefined) {
      expect(el.attribs.href, 'href').toMatch(/^(?:https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?\d+|#[a-z0-9-]+)$/);
    }
  }
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
  return dom;
}

describe('inert output', () => {
  it.each(LANGS)('the %s HTML document and fragment contain nothing active', (language) => {
    const r = render(fixtureSnapshot(), language);
    assertInert(r.html);
    assertInert(r.fragment);
    // The clause's <script> and javascript: link are there as text only.
    expect(r.text).toContain('<script>alert("pwned")</script>');
    expect(r.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(r.html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });
});

// ---- every field escaped ----------------------------------------------------------------------------------

/** Keys of free text in the snapshot (an address's parts, names, descriptions, ...). */
const FREE_TEXT = new Set([
  'legalName',
  'tradingName',
  'registrationNumber',
  'role',
  'label',
  'streetAddress',
  'locality',
  'region',
  'postalCode',
  'name',
  'description',
  'sourceDetails',
  'consequenceOfNotProviding',
  'legitimateInterest',
  'legalObligation',
  'automatedDecisionLogic',
  'criteria',
  'legalEntity',
  'service',
  'transferDetails',
  'provider',
  'purpose',
  'title',
  'body',
  'changeNotice',
]);
/** Free text the policy does not show: the registered office is called "Registered office", not by its label. */
const NOT_SHOWN = new Set(['controller.offices.0.label']);

const marker = (n: number) => ` <x-evil a="1">&"'#${n}#`;

/** The fixture with a marker full of markup characters appended to every free-text field; returns the markers to find. */
function hostile(): { snapshot: PolicySnapshot; markers: string[] } {
  const markers: string[] = [];
  let n = 0;
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      // Enum values (PROCESSOR, EU, ...) are not free text; everything else under a free-text key is.
      if (!FREE_TEXT.has(key) || /^[A-Z_]+$/.test(value)) return value;
      const m = marker(++n);
      if (!NOT_SHOWN.has(path)) markers.push(m.trim());
      return value + m;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k, k)]));
    }
    return value;
  };
  const snapshot = walk(fixtureSnapshot(), '', '') as PolicySnapshot;
  // URLs with quotes and markup characters: valid http(s) URLs all the same.
  const url = `https://cloudofficer.example/?q="><x-evil>&a='1'`;
  snapshot.controller = { ...snapshot.controller, website: url };
  snapshot.recipients = snapshot.recipients.map((r, i) => (i === 0 ? { ...r, privacyPolicyUrl: url } : r));
  return { snapshot, markers };
}

describe('escaping', () => {
  const { snapshot, markers } = hostile();

  it('marks dozens of fields', () => {
    expect(markers.length).toBeGreaterThan(80);
  });

  it.each(LANGS)('shows <, &, and quotes in every field as text, never as markup (%s)', (language) => {
    const r = render(snapshot, language);
    for (const html of [r.html, r.fragment]) {
      const dom = assertInert(html);
      expect(all(dom, 'x-evil')).toEqual([]);
      const seen = textContent(dom);
      for (const m of markers) expect(seen, m).toContain(m);
      // the raw form never appears; the escaped form does
      expect(html).not.toContain('<x-evil');
      expect(html).toContain('&lt;x-evil a=&quot;1&quot;&gt;&amp;&quot;&#39;#');
      const hrefs = all(dom, 'a').map((a) => a.attribs.href);
      expect(hrefs).toContain(`https://cloudofficer.example/?q="><x-evil>&a='1'`);
    }
    for (const m of markers) expect(r.text, m).toContain(m);
    expect(r.title).toContain('<x-evil a="1">');
    expect(r.html).toContain(`<title>${'Cloud Officer &lt;x-evil a=&quot;1&quot;&gt;&amp;&quot;&#39;#'}`);
  });
});
