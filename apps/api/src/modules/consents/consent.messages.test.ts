import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@noticeboard/domain';
import { catalogDisagreements } from '../public/message-catalog.js';
import { CONSENT_NOTICE_CATALOGS, ConsentNoticeWords } from './consent.messages.js';

describe('the words of the consent notice', () => {
  it('exist in every language, with the keys and ICU arguments of English', () => {
    expect(Object.keys(CONSENT_NOTICE_CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogDisagreements(CONSENT_NOTICE_CATALOGS)).toEqual([]);
  });

  it('the check catches a changed argument', () => {
    const { de } = CONSENT_NOTICE_CATALOGS;
    expect(
      catalogDisagreements({
        ...CONSENT_NOTICE_CATALOGS,
        de: { ...de, 'notice.consent': '{organization} bittet um Ihre Einwilligung:' },
      }),
    ).toEqual(['de: "notice.consent" has {organization}, English {organisation}']);
  });

  it("use each language's legal term for consent, in the formal register", () => {
    const sentence = (language: (typeof LANGUAGES)[number]) =>
      new ConsentNoticeWords(language).text('notice.withdraw', { version: '3', url: 'https://example.test/p' });
    expect(sentence('en')).toBe(
      'You can withdraw your consent at any time, as easily as you gave it. Privacy policy (version 3): https://example.test/p',
    );
    expect(sentence('de')).toContain('Sie können Ihre Einwilligung jederzeit widerrufen');
    expect(sentence('fr')).toContain('Vous pouvez retirer votre consentement à tout moment');
    expect(sentence('es')).toContain('Puede retirar su consentimiento en cualquier momento');
    expect(sentence('it')).toContain('Può revocare il suo consenso in qualsiasi momento');
    const de = new ConsentNoticeWords('de');
    expect(de.text('notice.consent', { organisation: 'Acme GmbH' })).toBe(
      'Acme GmbH bittet um Ihre Einwilligung, Ihre personenbezogenen Daten für folgende Zwecke zu verwenden:',
    );
    expect(new ConsentNoticeWords('fr').purpose({ name: 'Mesure', description: 'des visites' })).toBe(
      '- Mesure : des visites',
    );
    expect(de.purpose({ name: 'Analyse', description: null })).toBe('- Analyse');
  });

  it("name each purpose's data categories and recipients, in every language, one line each", () => {
    const purpose = { name: 'Analytics', description: null, dataCategories: ['Usage data', 'Device data'] };
    expect(new ConsentNoticeWords('en').purpose({ ...purpose, recipients: ['Google Ireland Limited', 'Matomo'] })).toBe(
      [
        '- Analytics',
        '  Categories of personal data concerned: Usage data; Device data',
        '  Recipients (third parties) to whom the data are disclosed for this purpose: Google Ireland Limited; Matomo',
      ].join('\n'),
    );
    // Without recipients the line is left out, never a claim that there are none.
    expect(new ConsentNoticeWords('de').purpose({ ...purpose, recipients: [] })).toBe(
      '- Analytics\n  Betroffene Kategorien personenbezogener Daten: Usage data; Device data',
    );
    for (const [language, category, recipient] of [
      ['fr', 'Catégories de données personnelles concernées', 'Destinataires (tiers)'],
      ['es', 'Categorías de datos personales afectadas', 'Destinatarios (terceros)'],
      ['it', 'Categorie di dati personali interessate', 'Destinatari (terzi)'],
    ] as const) {
      const lines = new ConsentNoticeWords(language).purpose({ ...purpose, recipients: ['Matomo'] }).split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(category);
      expect(lines[2]!.startsWith(`  ${recipient}`)).toBe(true);
      expect(lines[2]).toMatch(/: Matomo$/);
    }
  });
});
