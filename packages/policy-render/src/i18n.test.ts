import {
  AUTHORISED_AGENT_PROOFS,
  CCPA_CATEGORIES,
  COOKIE_DURATION_UNITS,
  COOKIE_KINDS,
  DATA_SOURCES,
  LEGAL_BASES,
  PROVISION_REQUIREMENTS,
  RECIPIENT_ROLES,
  REPRESENTATIVE_REGIONS,
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
  RIGHTS,
  SECURITY_MEASURES,
  SPECIAL_CATEGORIES,
  SPECIAL_CATEGORY_CONDITIONS,
  INSTRUMENTS,
  TRANSFER_INSTRUMENTS,
} from '@noticeboard/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, translator } from './i18n/translator.js';
import { RENDER_LANGUAGES } from './language.js';
import { englishWords } from './english-words.js';

const keys = (language: keyof typeof CATALOGS) => Object.keys(CATALOGS[language]).sort();

/** Argument names of an ICU message, from its syntax tree. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const el of elements as Array<{
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }>) {
      if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

/** The words of an ICU message: its literal text, plural and select branches included, without the arguments. */
function wordsOf(message: string, locale: string): string {
  const out: string[] = [];
  const walk = (elements: unknown[]): void => {
    for (const el of elements as Array<{
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }>) {
      if (el.type === 0 && typeof el.value === 'string') out.push(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return out.join(' ');
}

describe('message catalogs', () => {
  it('exist for every render language', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...RENDER_LANGUAGES].sort());
  });

  it.each(RENDER_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of the English catalog', (language) => {
    expect(keys(language)).toEqual(keys('en'));
  });

  it.each(RENDER_LANGUAGES)('%s: every message parses and takes the same arguments as in English', (language) => {
    for (const [key, message] of Object.entries(CATALOGS[language])) {
      expect(message.trim(), key).not.toBe('');
      // A straight apostrophe before a brace starts ICU quoting and would swallow the argument.
      expect(message, key).not.toMatch(/'[{}#|]/);
      expect(argumentsOf(message, LOCALES[language]), `${language} ${key}`).toEqual(
        argumentsOf(CATALOGS.en[key as keyof typeof CATALOGS.en], LOCALES.en),
      );
    }
  });

  // Keys whose English wording is right in every language: link titles the CCPA prescribes verbatim.
  const LANGUAGE_NEUTRAL = new Set(['ca.optOutLinkText', 'ca.limitLinkText']);

  it('finds the English words of a message, in its branches too', () => {
    expect(englishWords(wordsOf('{label} ({reference})', 'de'), 'de')).toEqual([]);
    expect(englishWords(wordsOf('{n, plural, one {# Tag} other {# days for {name}}}', 'de'), 'de')).toHaveLength(1);
  });

  it.each(RENDER_LANGUAGES.filter((l) => l !== 'en'))(
    '%s translates every message that has English words',
    (language) => {
      const untranslated = Object.entries(CATALOGS[language]).filter(([key, message]) => {
        if (LANGUAGE_NEUTRAL.has(key) || message !== CATALOGS.en[key as keyof typeof CATALOGS.en]) return false;
        // Arguments are no words: "{label} ({reference})" is the same in every language.
        return englishWords(wordsOf(message, LOCALES[language]), language).length > 0;
      });
      expect(untranslated.map(([key]) => key)).toEqual([]);
    },
  );

  it('have wording for every value of the domain enums', () => {
    const enums: Array<[string, readonly string[]]> = [
      ['legalBasis', LEGAL_BASES],
      ['specialCondition', SPECIAL_CATEGORY_CONDITIONS],
      ['specialCategory', SPECIAL_CATEGORIES],
      ['source', DATA_SOURCES],
      ['requirement', PROVISION_REQUIREMENTS],
      ['ccpa', CCPA_CATEGORIES],
      ['role', RECIPIENT_ROLES],
      ['instrument', TRANSFER_INSTRUMENTS],
      ['instrumentRef', TRANSFER_INSTRUMENTS],
      ['instrumentInfo', TRANSFER_INSTRUMENTS],
      ['transfersFrom', ['EEA', 'UK', 'CH', 'BR']],
      ['retentionUnit', RETENTION_UNITS],
      ['retentionTrigger', RETENTION_TRIGGERS],
      ['cookieKind', COOKIE_KINDS],
      ['cookieUnit', COOKIE_DURATION_UNITS],
      ['right', RIGHTS],
      ['rightInfo', RIGHTS],
      ['measure', SECURITY_MEASURES],
      ['representative', REPRESENTATIVE_REGIONS],
      ['agentProof', AUTHORISED_AGENT_PROOFS],
    ];
    for (const language of RENDER_LANGUAGES) {
      for (const [prefix, values] of enums) {
        for (const value of values)
          expect(CATALOGS[language], `${language} ${prefix}.${value}`).toHaveProperty([`${prefix}.${value}`]);
      }
    }
  });
});

describe('transfer instruments', () => {
  it.each(TRANSFER_INSTRUMENTS)('%s is cited in English as the domain cites it', (id) => {
    expect(CATALOGS.en[`instrumentRef.${id}`]).toBe(INSTRUMENTS[id].citation);
  });

  it('are named with each law’s own abbreviation in every language', () => {
    const fadpIn = { en: 'FADP', de: 'DSG', fr: 'LPD', es: 'LPD', it: 'LPD' } as const;
    for (const language of RENDER_LANGUAGES) {
      const [gdpr, fadp] = [CATALOGS[language]['common.gdpr'], fadpIn[language]];
      for (const id of TRANSFER_INSTRUMENTS) {
        const ref = CATALOGS[language][`instrumentRef.${id}`];
        const area = INSTRUMENTS[id].area;
        if (area === 'EEA') expect(ref, `${language} ${id}`).toMatch(new RegExp(` ${gdpr}$`));
        if (area === 'UK') expect(ref, `${language} ${id}`).toContain('UK GDPR');
        if (area === 'CH') expect(ref, `${language} ${id}`).toMatch(new RegExp(` ${fadp}$`));
        if (area === 'BR') expect(ref, `${language} ${id}`).toMatch(/LGPD$/);
      }
    }
  });
});

describe('formatting per language', () => {
  it.each([
    ['en', 'MONTHS', 1, '1 month'],
    ['en', 'MONTHS', 12, '12 months'],
    ['en', 'YEARS', 7, '7 years'],
    ['en', 'DAYS', 1, '1 day'],
    ['de', 'MONTHS', 1, '1 Monat'],
    ['de', 'MONTHS', 12, '12 Monate'],
    ['de', 'YEARS', 10, '10 Jahre'],
    ['de', 'WEEKS', 2, '2 Wochen'],
    ['fr', 'MONTHS', 1, '1 mois'],
    ['fr', 'MONTHS', 6, '6 mois'],
    ['fr', 'YEARS', 1, '1 an'],
    ['fr', 'YEARS', 10, '10 ans'],
    ['fr', 'DAYS', 30, '30 jours'],
    ['es', 'MONTHS', 1, '1 mes'],
    ['es', 'MONTHS', 6, '6 meses'],
    ['es', 'YEARS', 1, '1 año'],
    ['es', 'DAYS', 30, '30 días'],
    ['it', 'MONTHS', 1, '1 mese'],
    ['it', 'MONTHS', 6, '6 mesi'],
    ['it', 'YEARS', 1, '1 anno'],
    ['it', 'YEARS', 10, '10 anni'],
    ['it', 'DAYS', 30, '30 giorni'],
  ] as const)('%s: %s × %d is "%s"', (language, unit, amount, expected) => {
    expect(translator(language).t(`retentionUnit.${unit}`, { amount })).toBe(expected);
  });

  it.each([
    ['en', '22 November 2026'],
    ['de', '22. November 2026'],
    ['fr', '22 novembre 2026'],
    ['es', '22 de noviembre de 2026'],
    ['it', '22 novembre 2026'],
  ] as const)('%s dates read "%s"', (language, expected) => {
    expect(translator(language).date('2026-11-22')).toEqual({ kind: 'time', datetime: '2026-11-22', text: expected });
  });

  it('names countries in the language', () => {
    expect(RENDER_LANGUAGES.map((l) => translator(l).country('US'))).toEqual([
      'United States',
      'Vereinigte Staaten',
      'États-Unis',
      'Estados Unidos',
      'Stati Uniti',
    ]);
  });
});
