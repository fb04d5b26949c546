/**
 * Bad input, property-based: whole policy snapshots with arbitrary strings in every text field, and clauses with
 * arbitrary markdown, render to HTML and fragments that are inert when parsed as a browser parses them (parse5,
 * the WHATWG parsing algorithm), show every text where it belongs, and render to text without throwing.
 *
 * Seeds are fixed, so a failure reproduces; fast-check prints the shrunk counterexample.
 */
import { supervisoryAuthoritiesOf, type Language, type PolicySnapshot } from '@noticeboard/domain';
import fc from 'fast-check';
import { parse, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { RENDER_LANGUAGES, renderPolicy, type RenderedPolicy, type RenderOptions } from './index.js';
import { DEFAULT_ACCENT, PAGE_CSS, policyCss } from './serialize/styles.js';
import { anyMarkdown, anySnapshot, anyText, anyUrl, longText } from './test/arbitraries.js';
import { fixtureSnapshot } from './test/fixture.js';
import { RENDERED_ATTRIBUTES, RENDERED_ELEMENTS } from './test/markup.js';

const SEED = 27_041_2016;
const options = (numRuns: number) => ({ seed: SEED, numRuns });

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const ACTIVE = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'form',
  'img',
  'svg',
  'math',
  'template',
  'input',
  'button',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'srcset',
]);
/** Tokeniser warnings about characters in text; the characters stay text. Anything else means broken structure. */
const CHARACTER_WARNINGS = new Set([
  'control-character-in-input-stream',
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
]);

interface Inspected {
  /** Text as a reader sees it (decoded), without style contents. */
  text: string;
  styles: string[];
  hrefs: string[];
}

const isElement = (n: Node): n is Element => 'tagName' in n;

/** Parses like a browser and asserts nothing in the tree can run code, load anything, or style itself. */
function assertInert(html: string, kind: 'document' | 'fragment'): Inspected {
  const errors: string[] = [];
  const onParseError = (e: { code: string }) => void (CHARACTER_WARNINGS.has(e.code) || errors.push(e.code));
  const root = kind === 'document' ? parse(html, { onParseError }) : parseFragment(html, { onParseError });
  const out: Inspected = { text: '', styles: [], hrefs: [] };
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text') texts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    if (isElement(node)) {
      const name = node.tagName;
      expect(ACTIVE.has(name), `<${name}>`).toBe(false);
      expect(RENDERED_ELEMENTS.has(name), `<${name}>`).toBe(true);
      for (const { name: attr, value } of node.attrs) {
        expect(attr.toLowerCase().startsWith('on'), `${attr} on <${name}>`).toBe(false);
        expect(RENDERED_ATTRIBUTES.has(attr), `attribute ${attr} on <${name}>`).toBe(true);
        if (URL_ATTRIBUTES.has(attr)) {
          // eslint-disable-next-line no-control-regex -- browsers skip these when they read a scheme
          const scheme = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          expect(scheme, `${attr}=${value}`).not.toMatch(/^(javascript|data|vbscript):/);
        }
        if (attr === 'href') {
          expect(value, 'href').toMatch(/^(?:https?:\/\/[^\s/?#\\]+[^\s]*|mailto:[^\s]+|tel:\+?\d+|#[a-z0-9-]+)$/i);
          out.hrefs.push(value);
        }
      }
      if (name === 'style') {
        out.styles.push(node.childNodes.map((c) => (c as DefaultTreeAdapterTypes.TextNode).value ?? '').join(''));
        return;
      }
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(root);
  expect(errors, 'parse errors').toEqual([]);
  out.text = texts.join('');
  return out;
}

const expectedAccent = (accent: string | null) =>
  accent && /^#[0-9a-fA-F]{6}$/.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT;

/** Only the renderer's own styles: one <style> each, with exactly its stylesheet (and the accent, if it is a colour). */
function assertOwnStyles(html: Inspected, fragment: Inspected, accent: string | null): void {
  const css = policyCss(accent ?? '');
  expect(css).toContain(`--nb-accent:${expectedAccent(accent)};`);
  expect(html.styles).toEqual([`\n${PAGE_CSS}\n${css}\n`]);
  expect(fragment.styles).toEqual([`\n${css}\n`]);
}

// ---- where each text should show -----------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- the characters the HTML escaper replaces
const C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** A text as the HTML shows it once parsed: control characters replaced, line breaks normalised (by the parser). */
const inHtml = (s: string) => s.replace(C0, '\ufffd').replace(/\r\n?/g, '\n');
/** A text as the plain-text rendering shows it: control characters replaced, each run of line breaks (and the blanks around them) one space. */
const inText = (s: string) => s.replace(C0, '\ufffd').replace(/[ \t\r\n]+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));
/** A long text is looked for by its start and its end (searching for 100 kB of "xxx…" in 1 MB of it is quadratic). */
const ends = (s: string) => (s.length > 2000 ? [s.slice(0, 1000), s.slice(-1000)] : [s]);
const squash = (s: string) => s.replace(/[ \t]+/g, ' ');
/** Multi-paragraph fields: blank lines separate paragraphs, each trimmed. */
const paragraphs = (s: string | null | undefined) =>
  (s ?? '')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 20); // enough to see the splitting works; a 100 kB text of blank lines has 50 000
const parts = (
  a: { streetAddress: string; locality: string; region: string | null; postalCode: string | null } | null,
) =>
  a ? [a.streetAddress, a.locality, a.region, a.postalCode].filter((x): x is string => !!x && x.trim() !== '') : [];

/** Every text of the snapshot the policy must show, with where it comes from. */
function shownTexts(s: PolicySnapshot, o: RenderOptions): Array<[where: string, value: string]> {
  const shown: Array<[string, string]> = [];
  const add = (where: string, ...values: Array<string | null | undefined>) =>
    values.forEach((v) => v && shown.push([where, v]));
  const c = s.controller;
  add('controller.legalName', c.legalName);
  add('controller.tradingName', c.tradingName);
  add('controller.registrationNumber', c.registrationNumber);
  add('controller.contactEmail', c.contactEmail);
  add('controller.contactPhone', c.contactPhone);
  add('controller.website', c.website);
  c.groupEntities.forEach((g, i) =>
    add(`groupEntities.${i}`, g.legalName, g.role, g.registrationNumber, ...parts(g.address)),
  );
  const registered = c.offices.find((x) => x.registered) ?? null;
  c.offices.forEach((x, i) => add(`offices.${i}`, ...(x === registered ? [] : [x.label]), ...parts(x.address)));
  if (c.dpo) add('dpo', c.dpo.name, c.dpo.email, c.dpo.phone, ...parts(c.dpo.address));
  c.representatives.forEach((r, i) => add(`representatives.${i}`, r.name, r.email, ...parts(r.address)));
  supervisoryAuthoritiesOf(c).forEach((sa, i) =>
    add(`supervisoryAuthorities.${i}`, sa.name, sa.establishment, sa.website, sa.email, sa.phone, ...parts(sa.address)),
  );
  if (c.processorRole?.actsAsProcessor) add('processorRole.services', c.processorRole.services);
  (c.certifications ?? []).forEach((x, i) => {
    const recourse = x.recourseMechanism;
    if (recourse?.kind !== 'EU_DPA_PANEL') add(`certifications.${i}.recourseMechanism.name`, recourse?.name);
    add(`certifications.${i}.recourseMechanism.url`, recourse?.url);
  });
  add('settings.rightsContactEmail', s.settings.rightsContactEmail);
  add('settings.rightsContactChannel', s.settings.rightsContactChannel);
  add('settings.changeNotice', ...paragraphs(s.settings.changeNotice));
  if (s.settings.policyUrl !== o.publicUrl) add('settings.policyUrl', s.settings.policyUrl);
  s.audiences.forEach((a, i) => add(`audiences.${i}`, a.name, ...paragraphs(a.description)));
  const used = new Set(s.purposes.flatMap((p) => p.dataCategoryIds));
  s.dataCategories.forEach(
    (x, i) =>
      used.has(x.id) &&
      add(`dataCategories.${i}`, x.name, ...paragraphs(x.description), x.sourceDetails, x.consequenceOfNotProviding),
  );
  s.purposes.forEach((p, i) =>
    add(
      `purposes.${i}`,
      p.name,
      ...paragraphs(p.description),
      p.legitimateInterest,
      p.legalObligation,
      ...paragraphs(p.automatedDecisionLogic),
      p.retention.criteria?.trim(),
    ),
  );
  s.recipients.forEach((r, i) =>
    add(`recipients.${i}`, r.name, r.legalEntity !== r.name ? r.legalEntity : null, r.service, ...parts(r.address)),
  );
  s.cookies.forEach((k, i) => add(`cookies.${i}`, k.name, k.provider, k.purpose));
  s.clauses.forEach((k, i) => add(`clauses.${i}.title`, k.title));
  return shown;
}

const renderOptions = fc.record({
  language: fc.constantFrom<Language>(...RENDER_LANGUAGES),
  effectiveDate: fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  version: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
  publicUrl: fc.option(anyUrl, { nil: null }),
  requestsUrl: fc.option(anyUrl, { nil: null }),
  consentWithdrawalUrl: fc.option(anyUrl, { nil: null }),
});

function checkRendering(snapshot: PolicySnapshot, o: RenderOptions): RenderedPolicy {
  const r = renderPolicy(snapshot, { ...o, untranslated: 'keep' });
  const html = assertInert(r.html, 'document');
  const fragment = assertInert(r.fragment, 'fragment');
  assertOwnStyles(html, fragment, snapshot.settings.accentColor);
  // Every < of a text is escaped, so these tags cannot appear raw at all (the parse above checks attributes).
  expect(r.html).not.toMatch(/<(?:script|iframe|object|embed|img|svg|math|form)/i);
  expect(r.fragment).not.toMatch(/<(?:script|iframe|object|embed|img|svg|math|form)/i);
  const plainText = squash(r.text);
  for (const [where, value] of shownTexts(snapshot, o)) {
    for (const needle of ends(inHtml(value))) {
      expect(html.text, `${where} in the HTML: ${JSON.stringify(value)}`).toContain(needle);
      expect(fragment.text, `${where} in the fragment: ${JSON.stringify(value)}`).toContain(needle);
    }
    // In the text, blanks next to a line break merge with it (also across adjacent parts of an address).
    for (const needle of ends(squash(inText(value)).trim()))
      expect(plainText, `${where} in the text: ${JSON.stringify(value)}`).toContain(needle);
  }
  // The plain text carries no control characters but line breaks and tabs (a terminal must not be steered by it).
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  expect(r.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  return r;
}

describe('rendering arbitrary snapshots', () => {
  it('the fixture passes the same checks (so the properties test the input, not the checks)', () => {
    for (const language of RENDER_LANGUAGES) {
      checkRendering(fixtureSnapshot(), {
        language,
        effectiveDate: '2026-11-22',
        version: 3,
        publicUrl: 'https://noticeboard.example/p/x/privacy',
      });
    }
  });

  it('gives inert HTML and fragments that show every text, and text that never throws', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anySnapshot, renderOptions, (snapshot, o) => {
        checkRendering(snapshot, o);
      }),
      options(120),
    );
  });

  it('renders 100 kB texts in names, descriptions and clauses', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        longText,
        longText,
        longText,
        fc.constantFrom<Language>(...RENDER_LANGUAGES),
        (name, description, body, language) => {
          const snapshot = fixtureSnapshot();
          snapshot.controller = { ...snapshot.controller, legalName: name, tradingName: null };
          snapshot.audiences = snapshot.audiences.map((a, i) => (i === 0 ? { ...a, description } : a));
          snapshot.clauses = snapshot.clauses.map((c, i) => (i === 0 ? { ...c, body } : c));
          checkRendering(snapshot, { language, effectiveDate: '2026-11-22', version: 3 });
        },
      ),
      options(5),
    );
  });
});

describe('clauses with arbitrary markdown', () => {
  it('stay inert: no markup, no scripts, no images, only http(s) and mailto links', { timeout: 60_000 }, () => {
    // The fixture's controller and settings only, so each run renders the clauses and little else.
    const fixture = fixtureSnapshot();
    const base: PolicySnapshot = {
      ...fixture,
      audiences: [],
      dataCategories: [],
      purposes: [],
      recipients: [],
      cookies: [],
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyMarkdown, fc.option(anyText, { nil: null })), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Language>(...RENDER_LANGUAGES),
        (clauses, language) => {
          const snapshot: PolicySnapshot = {
            ...base,
            clauses: clauses.map(([body, title], i) => ({
              ...fixture.clauses[0]!,
              id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
              title,
              body,
              position: i,
            })),
          };
          const r = checkRendering(snapshot, { language, effectiveDate: '2026-11-22', version: 3 });
          const fragment = assertInert(r.fragment, 'fragment');
          for (const href of fragment.hrefs) expect(href).toMatch(/^(?:https?:|mailto:|tel:|#)/);
        },
      ),
      options(150),
    );
  });
});

describe('found by the properties above', () => {
  const base = fixtureSnapshot();
  const render = (snapshot: PolicySnapshot) =>
    renderPolicy(snapshot, { language: 'en', effectiveDate: '2026-11-22', version: 3 });

  it('a line break in a heading cannot forge a heading of its own in the text rendering', () => {
    const forged = 'Visitors\n\n9. Forged section\n-----------------\n';
    const r = render({ ...base, audiences: base.audiences.map((a, i) => (i === 0 ? { ...a, name: forged } : a)) });
    expect(r.text.split('\n')).not.toContain('9. Forged section');
    expect(r.text).toContain('Visitors 9. Forged section ----------------- ');
  });

  it('control characters reach the text rendering replaced, as in the HTML', () => {
    const r = render({ ...base, controller: { ...base.controller, tradingName: '\u001b[31mRed\rOver\u0007' } });
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(r.text).not.toMatch(/[\u001b\u0007\r]/);
    expect(r.text).toContain('\ufffd[31mRed Over\ufffd — Privacy Policy');
  });

  it('long runs of blanks render in one pass (the line-break pattern used to backtrack over them: 5 s for 100 kB)', () => {
    const name = `a${' \t'.repeat(50_000)}b`;
    const r = render({
      ...base,
      audiences: base.audiences.map((a, i) => (i === 0 ? { ...a, name, description: `${name}\n${name}` } : a)),
    });
    expect(r.text).toContain(name);
    expect(r.text).toContain(`${name} ${name}`);
  });

  it('a phone number without digits is shown, not linked as tel:+', () => {
    const r = render({ ...base, controller: { ...base.controller, contactPhone: '+' } });
    expect(r.html).not.toContain('href="tel:+"');
    expect(r.html).toContain('<dd>+</dd>');
  });
});
