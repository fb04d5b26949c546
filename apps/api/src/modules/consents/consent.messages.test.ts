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
});
