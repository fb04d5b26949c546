/**
 * Statements about the company as a whole (issue 17): a retention rule stated once, data people send unasked or
 * give about others, a response time for enquiries, "we do not sell". Each appears only as the tenant said it,
 * in every language, and never from an empty field.
 */
import type { Language, PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { ID, fixtureSnapshot } from './test/fixture.js';
import { LANGS, render } from './test/render-helpers.js';

const GENERAL_RULE = 'Until the contract ends, then for 6 years under tax law.';
const WORDS: Record<
  Language,
  {
    general: string;
    follows: string;
    noSale: string;
    deleted: string;
    consented: string;
    aboutOthers: string;
    response: string;
  }
> = {
  en: {
    general: `Our general rule: ${GENERAL_RULE}`,
    follows: 'Our general rule (see above)',
    noSale: 'We do not sell personal data.',
    deleted: 'If you send us such data without being asked, we delete it.',
    consented: 'on the basis of your explicit consent',
    aboutOthers: 'If you give us personal data about other people (the names of colleagues you invite)',
    response: 'We reply to general enquiries within 2 business days.',
  },
  de: {
    general: `Unsere allgemeine Regel: ${GENERAL_RULE}`,
    follows: 'Unsere allgemeine Regel (siehe oben)',
    noSale: 'Wir verkaufen keine personenbezogenen Daten.',
    deleted: 'Senden Sie uns solche Daten unaufgefordert, löschen wir sie.',
    consented: 'Rechtsgrundlage ist Ihre ausdrückliche Einwilligung',
    aboutOthers: 'Wenn Sie uns personenbezogene Daten anderer Personen geben (the names of colleagues you invite)',
    response: 'Allgemeine Anfragen beantworten wir innerhalb von 2 Werktagen.',
  },
  fr: {
    general: `Notre règle générale\u00a0: ${GENERAL_RULE}`,
    follows: 'Notre règle générale (voir ci-dessus)',
    noSale: 'Nous ne vendons pas de données personnelles.',
    deleted: 'nous les supprimons.',
    consented: 'sur la base de votre consentement explicite',
    aboutOthers:
      'Si vous nous communiquez des données personnelles concernant d’autres personnes (the names of colleagues you invite)',
    response: 'Nous répondons aux demandes générales dans un délai de 2 jours ouvrés.',
  },
  es: {
    general: `Nuestra regla general: ${GENERAL_RULE}`,
    follows: 'Nuestra regla general (véase más arriba)',
    noSale: 'No vendemos datos personales.',
    deleted: 'Si nos envía tales datos sin que se los hayamos solicitado, los suprimimos.',
    consented: 'sobre la base de su consentimiento explícito',
    aboutOthers: 'Si nos facilita datos personales de otras personas (the names of colleagues you invite)',
    response: 'Respondemos a las consultas generales en un plazo de 2 días hábiles.',
  },
  it: {
    general: `La nostra regola generale: ${GENERAL_RULE}`,
    follows: 'La nostra regola generale (si veda sopra)',
    noSale: 'Non vendiamo dati personali.',
    deleted: 'Qualora ci trasmetta tali dati senza che Le siano stati richiesti, li cancelliamo.',
    consented: 'sulla base del consenso esplicito da Lei prestato',
    aboutOthers: 'Qualora ci fornisca dati personali relativi ad altre persone (the names of colleagues you invite)',
    response: 'Rispondiamo alle richieste di carattere generale entro 2 giorni lavorativi.',
  },
};

function answered(): PolicySnapshot {
  const s = fixtureSnapshot();
  s.settings = {
    ...s.settings,
    generalRetention: { period: null, criteria: GENERAL_RULE },
    sellsPersonalData: false,
    volunteeredSpecialCategoryData: 'DELETED',
    dataAboutOthers: 'the names of colleagues you invite',
    enquiryResponseTime: { amount: 2, unit: 'BUSINESS_DAYS' },
  };
  s.purposes.find((x) => x.id === ID.marketing)!.retention = { period: null, criteria: null, general: true };
  return s;
}

describe.each(LANGS)('general statements in %s', (language) => {
  const words = WORDS[language];

  it('states each as answered: the general retention rule once, pointed to by the purposes that follow it', () => {
    const { text } = render(answered(), language);
    expect(text.split(GENERAL_RULE)).toHaveLength(2);
    for (const sentence of [
      words.general,
      words.follows,
      words.noSale,
      words.deleted,
      words.aboutOthers,
      words.response,
    ])
      expect(text).toContain(sentence);
  });

  it('states the explicit-consent handling of volunteered special-category data with its article', () => {
    const s = answered();
    s.settings.volunteeredSpecialCategoryData = 'PROCESSED_WITH_EXPLICIT_CONSENT';
    const { text } = render(s, language);
    expect(text).toContain(words.consented);
    expect(text).toMatch(
      /[Aa]rt\. 9(\(2\)\(a\)| Abs\. 2 lit\. a|, paragraphe 2, point a\)|\.2\.a\)|, par\. 2, lett\. a\))/,
    );
    expect(text).not.toContain(words.deleted);
  });

  it('says none of it when nothing was answered, also for snapshots published before the settings existed', () => {
    const s = fixtureSnapshot();
    const { text } = render(s, language);
    for (const sentence of [words.general, words.follows, words.noSale, words.deleted, words.consented, words.response])
      expect(text).not.toContain(sentence);
    const old = fixtureSnapshot() as unknown as { settings: Record<string, unknown> };
    for (const key of [
      'generalRetention',
      'sellsPersonalData',
      'volunteeredSpecialCategoryData',
      'dataAboutOthers',
      'enquiryResponseTime',
    ])
      delete old.settings[key];
    expect(render(old as unknown as PolicySnapshot, language).text).not.toContain(words.noSale);
  });

  it('leaves "we do not sell" to the CCPA section of a Californian policy', () => {
    const s = answered();
    s.controller = { ...s.controller, jurisdictions: [...s.controller.jurisdictions, 'CCPA_CPRA'] };
    expect(render(s, language).text).not.toContain(words.noSale);
  });
});
