import { LANGUAGES } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { RENDER_LANGUAGES, negotiateLanguage } from './index.js';

describe('negotiateLanguage', () => {
  it.each([
    // ?lang= wins when supported
    ['de', 'fr', 'en', 'de'],
    ['DE-ch', null, 'en', 'de'],
    ['fr_CA', 'de', 'en', 'fr'],
    // an unsupported or empty ?lang= falls through to the header
    ['pt', 'fr-CH, fr;q=0.9, en;q=0.8', 'en', 'fr'],
    ['', 'de', 'en', 'de'],
    // the header, by quality
    [null, 'pt, de;q=0.5, en;q=0.7', 'fr', 'en'],
    [null, 'en-GB;q=0.8, fr;q=0.9', 'de', 'fr'],
    [undefined, 'de-AT', 'en', 'de'],
    // ties keep the header's order
    [null, 'en;q=0.5, de;q=0.5', 'fr', 'en'],
    // q=0 means "not this one"
    [null, 'en;q=0, de', 'fr', 'de'],
    [null, 'en;q=0', 'fr', 'fr'],
    // the wildcard means the fallback
    [null, 'pt, *;q=0.5, de;q=0.1', 'fr', 'fr'],
    // nothing usable: the fallback
    [null, 'nl, sv, pt-BR', 'de', 'de'],
    [null, 'es-MX, it;q=0.5', 'en', 'es'],
    [null, null, 'fr', 'fr'],
    [undefined, undefined, 'de', 'de'],
    [null, '', 'de', 'de'],
    // malformed parts are skipped, not fatal
    [null, ';;;, q=abc, fr', 'en', 'fr'],
    [null, 'de;q=2, fr;q=0.3', 'en', 'fr'],
    [null, 'de;q=abc', 'en', 'en'],
  ] as const)('(%j, %j, %j) → %s', (requested, accept, fallback, expected) => {
    expect(negotiateLanguage(requested, accept, fallback)).toBe(expected);
  });

  it('copes with a huge header', () => {
    expect(negotiateLanguage(null, `${'xx, '.repeat(10_000)}de`, 'en')).toBe('en');
  });
});

describe('RENDER_LANGUAGES', () => {
  it('are the languages of the product', () => {
    expect([...RENDER_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
  });
});
