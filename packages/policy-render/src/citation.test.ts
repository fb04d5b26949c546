import { INSTRUMENTS, rightsIn, JURISDICTIONS, LEGAL_BASIS_REFERENCE } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { formatArticle, formatCitation, parseCitation } from './build/citation.js';
import { translator } from './i18n/translator.js';
import { RENDER_LANGUAGES } from './language.js';

const cite = (language: 'en' | 'de' | 'fr' | 'es' | 'it', citation: string) =>
  formatCitation(translator(language), citation);

describe('citations in one style per language', () => {
  it('parses the domain’s English citations into their parts', () => {
    expect(parseCitation('Art. 46(2)(c) GDPR')).toEqual([
      {
        provision: { kind: 'article', article: '46', paragraph: '2', point: 'c', subdivisions: [] },
        law: 'GDPR',
      },
    ]);
    expect(parseCitation('UK GDPR Art. 15')?.[0]?.law).toBe('UK_GDPR');
    expect(parseCitation('Cal. Civ. Code § 1798.110')).toBeNull();
  });

  it.each([
    [
      'Art. 46(2)(c) GDPR',
      'Art. 46(2)(c) GDPR',
      'Art. 46 Abs. 2 lit. c DSGVO',
      'art. 46, paragraphe 2, point c), RGPD',
      'art. 46.2.c) RGPD',
    ],
    ['UK GDPR Art. 15', 'Art. 15 UK GDPR', 'Art. 15 UK GDPR', 'art. 15 UK GDPR', 'art. 15 UK GDPR'],
    ['GDPR Art. 7(3)', 'Art. 7(3) GDPR', 'Art. 7 Abs. 3 DSGVO', 'art. 7, paragraphe 3, RGPD', 'art. 7.3 RGPD'],
    [
      'Art. 46(2)(b) and Art. 47 GDPR',
      'Art. 46(2)(b) and Art. 47 GDPR',
      'Art. 46 Abs. 2 lit. b und Art. 47 DSGVO',
      'art. 46, paragraphe 2, point b), et art. 47 RGPD',
      'art. 46.2.b) y art. 47 RGPD',
    ],
    [
      'Art. 45(1) UK GDPR and s.17A DPA 2018',
      'Art. 45(1) UK GDPR and s.17A DPA 2018',
      'Art. 45 Abs. 1 UK GDPR und Section 17A DPA 2018',
      'art. 45, paragraphe 1, UK GDPR et section 17A DPA 2018',
      'art. 45.1 UK GDPR y sección 17A DPA 2018',
    ],
    [
      'Art. 16(2)(d) FADP',
      'Art. 16(2)(d) FADP',
      'Art. 16 Abs. 2 Bst. d DSG',
      'art. 16, al. 2, let. d, LPD',
      'art. 16.2.d) LPD',
    ],
    [
      'Art. 33, III to IX LGPD',
      'Art. 33, III to IX LGPD',
      'Art. 33 III bis IX LGPD',
      'art. 33, III à IX, LGPD',
      'art. 33, III a IX LGPD',
    ],
    [
      'LGPD Art. 18, IV and VI',
      'Art. 18, IV and VI LGPD',
      'Art. 18 IV und VI LGPD',
      'art. 18, IV et VI, LGPD',
      'art. 18, IV y VI LGPD',
    ],
    ['PIPEDA s. 11', 's.11 PIPEDA', 'Section 11 PIPEDA', 'section 11 LPRPDE', 'sección 11 PIPEDA'],
    [
      'Cal. Civ. Code § 1798.110',
      'Cal. Civ. Code § 1798.110',
      'Cal. Civ. Code § 1798.110',
      'Cal. Civ. Code § 1798.110',
      'Cal. Civ. Code § 1798.110',
    ],
  ])('%s', (source, en, de, fr, es) => {
    expect([cite('en', source), cite('de', source), cite('fr', source), cite('es', source)]).toEqual([en, de, fr, es]);
  });

  it('cites one article under several regimes', () => {
    expect(formatArticle(translator('de'), 'Art. 6(1)(f)', ['DSGVO', 'UK GDPR'])).toBe(
      'Art. 6 Abs. 1 lit. f DSGVO / UK GDPR',
    );
    expect(formatArticle(translator('fr'), 'Art. 28', ['RGPD'])).toBe('art. 28 RGPD');
  });

  it('parses every citation the domain gives the renderer', () => {
    const citations = [
      ...Object.values(INSTRUMENTS).map((i) => i.citation),
      ...JURISDICTIONS.flatMap((j) => rightsIn(j).map((g) => g.reference)).filter((r) => !r.startsWith('Cal. ')),
      ...Object.values(LEGAL_BASIS_REFERENCE),
    ];
    for (const citation of citations) expect(parseCitation(citation), citation).not.toBeNull();
  });

  // The catalogs' instrumentRef wording predates the formatter; it must agree with it so no text cites differently.
  it.each(['en', 'de', 'fr', 'es', 'it'] as const)('agrees with the %s catalog’s instrument citations', (language) => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      expect(cite(language, instrument.citation)).toBe(translator(language).t(`instrumentRef.${instrument.id}`));
    }
  });

  it.each(RENDER_LANGUAGES)('writes %s citations without the English article style', (language) => {
    if (language === 'en') return;
    for (const instrument of Object.values(INSTRUMENTS)) {
      expect(cite(language, instrument.citation)).not.toMatch(/\(\d+\)|\band\b| to /);
    }
  });
});
