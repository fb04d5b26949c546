import express, { type Request } from 'express';
import fc from 'fast-check';
import { LANGUAGES, type Language } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { audienceLanguages, negotiateAudienceLanguage } from './published-languages.js';

/** A request as Express makes it: its `acceptsLanguages` reads the headers (the `negotiator` package). */
function request(lang: string | null | undefined, acceptLanguage: string | null | undefined): Request {
  const headers: Record<string, string> = acceptLanguage == null ? {} : { 'accept-language': acceptLanguage };
  const req = Object.create(express.request) as Request;
  // Express 5 defines `query` as a getter on the prototype: the request's own value shadows it.
  Object.defineProperty(req, 'query', { value: lang == null ? {} : { lang } });
  return Object.assign(req, { headers });
}

const everyLanguage = (fallback: Language) => ({ languages: LANGUAGES, fallback });

describe('negotiateAudienceLanguage', () => {
  it.each([
    // ?lang= wins when it names one of the audience's languages
    ['de', 'fr', 'en', 'de'],
    ['DE-ch', null, 'en', 'de'],
    ['fr_CA', 'de', 'en', 'fr'],
    ['es-MX', null, 'en', 'es'],
    // one it does not name, or an empty one, falls through to the header
    ['pt', 'fr-CH, fr;q=0.9, en;q=0.8', 'en', 'fr'],
    ['', 'de', 'en', 'de'],
    // the header, by quality
    [null, 'pt, de;q=0.5, en;q=0.7', 'fr', 'en'],
    [null, 'en-GB;q=0.8, fr;q=0.9', 'de', 'fr'],
    [undefined, 'de-AT', 'en', 'de'],
    [null, 'es-MX, it;q=0.5', 'en', 'es'],
    // q=0 means "not this one"
    [null, 'en;q=0, de', 'fr', 'de'],
    [null, 'en;q=0', 'fr', 'fr'],
    // the wildcard means the fallback
    [null, 'pt, *;q=0.5, de;q=0.1', 'fr', 'fr'],
    // nothing usable: the fallback
    [null, 'nl, sv, pt-BR', 'de', 'de'],
    [null, null, 'fr', 'fr'],
    [null, '', 'de', 'de'],
    // malformed parts are skipped, not fatal
    [null, ';;;, q=abc, fr', 'en', 'fr'],
  ] as const)('(%j, %j, fallback %j) → %s', (lang, accept, fallback, expected) => {
    expect(negotiateAudienceLanguage(request(lang, accept), everyLanguage(fallback))).toBe(expected);
  });

  it('never answers a language the tenant does not publish, whatever is asked', () => {
    const audience = audienceLanguages(['en', 'it'], 'en');
    expect(negotiateAudienceLanguage(request('de', 'de, fr;q=0.9'), audience)).toBe('en');
    expect(negotiateAudienceLanguage(request(null, 'de, it;q=0.1'), audience)).toBe('it');
    const anyText = fc.string({ maxLength: 40 });
    const header = fc.oneof(
      anyText,
      fc.constantFrom('de-CH;q=0.9, fr;q=0.8, *;q=0.1', 'fr;q=1.0001, de;q=abc', 'x;q=0,'.repeat(2000)),
    );
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), fc.option(header, { nil: null }), (lang, accept) => {
        const language = negotiateAudienceLanguage(request(lang, accept), audience);
        expect(audience.languages).toContain(language);
        const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
        if (primary === 'en' || primary === 'it') expect(language).toBe(primary);
      }),
      { numRuns: 300 },
    );
  });
});

describe('audienceLanguages', () => {
  it('falls back to the default language when it is published, else the first; before publishing, the default', () => {
    expect(audienceLanguages(['de', 'fr'], 'fr')).toEqual({ languages: ['de', 'fr'], fallback: 'fr' });
    expect(audienceLanguages(['de', 'fr'], 'en')).toEqual({ languages: ['de', 'fr'], fallback: 'de' });
    expect(audienceLanguages([], 'it')).toEqual({ languages: ['it'], fallback: 'it' });
    expect(audienceLanguages(null, null)).toEqual({ languages: LANGUAGES, fallback: 'en' });
  });
});
