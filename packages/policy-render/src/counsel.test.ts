/**
 * Rendering defects a privacy lawyer found (issue 17), one test each, in every language: the defect is gone and
 * the right content is there instead.
 */
import type { Language, PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { all, isEl, textContent, type El } from './test/dom.js';
import { ID, fixtureSnapshot } from './test/fixture.js';
import { LANGS, htmlFacts, render } from './test/render-helpers.js';

function sectionEl(snapshot: PolicySnapshot, language: Language, id: string): El {
  const found = all(htmlFacts(render(snapshot, language).html).dom, 'section').find((s) => s.attribs.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}
const sectionText = (snapshot: PolicySnapshot, language: Language, id: string) =>
  textContent(sectionEl(snapshot, language, id));
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
/** The paragraphs of a definition list's details, by term (a single paragraph is the details' text itself). */
function detailsByTerm(root: El): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const dl of all(root, 'dl')) {
    let term = '';
    for (const child of dl.children.filter(isEl)) {
      if (child.name === 'dt') term = textContent(child);
      else if (child.name === 'dd') {
        const paragraphs = all(child, 'p');
        out.set(term, paragraphs.length ? paragraphs.map(textContent) : [textContent(child)]);
      }
    }
  }
  return out;
}

const WORDS: Record<
  Language,
  {
    tableHeader: string[];
    service: (s: string) => string;
    readThePart: string;
    address: string;
    unitedKingdom: string;
    interestLabel: string;
  }
> = {
  en: {
    tableHeader: ['Recipient', 'Role', 'Countries'],
    service: (s) => `Service: ${s}`,
    readThePart: 'Please read the part that applies to you',
    address: 'Address',
    unitedKingdom: 'United Kingdom',
    interestLabel: 'Our legitimate interest:',
  },
  de: {
    tableHeader: ['Empfänger', 'Rolle', 'Länder'],
    service: (s) => `Leistung: ${s}`,
    readThePart: 'Bitte lesen Sie den Teil, der auf Sie zutrifft',
    address: 'Anschrift',
    unitedKingdom: 'Vereinigtes Königreich',
    interestLabel: 'Unser berechtigtes Interesse:',
  },
  fr: {
    tableHeader: ['Destinataire', 'Rôle', 'Pays'],
    service: (s) => `Service\u00a0: ${s}`,
    readThePart: 'Veuillez lire la partie qui vous concerne',
    address: 'Adresse',
    unitedKingdom: 'Royaume-Uni',
    interestLabel: 'Notre intérêt légitime\u00a0:',
  },
  es: {
    tableHeader: ['Destinatario', 'Función', 'Países'],
    service: (s) => `Servicio: ${s}`,
    readThePart: 'Le rogamos que lea el apartado que le corresponda',
    address: 'Dirección',
    unitedKingdom: 'Reino Unido',
    interestLabel: 'Nuestro interés legítimo:',
  },
  it: {
    tableHeader: ['Destinatario', 'Ruolo', 'Paesi'],
    service: (s) => `Servizio: ${s}`,
    readThePart: 'La invitiamo a leggere la parte che La riguarda',
    address: 'Indirizzo',
    unitedKingdom: 'Regno Unito',
    interestLabel: 'Il nostro legittimo interesse:',
  },
};

describe.each(LANGS)('what counsel found, in %s', (language) => {
  const words = WORDS[language];

  it('states each fact about a recipient once: the table its role and countries, the list the rest', () => {
    const recipients = sectionEl(fixtureSnapshot(), language, 'recipients');
    const table = all(recipients, 'table')[0]!;
    expect(all(table, 'th').slice(0, 3).map(textContent)).toEqual(words.tableHeader);
    expect(all(all(table, 'thead')[0]!, 'th')).toHaveLength(3);
    const text = textContent(recipients);
    // The descriptions are in the list alone, once.
    expect(textContent(table)).not.toContain('cloud hosting');
    expect(occurrences(text, 'cloud hosting')).toBe(1);
    expect(occurrences(text.toLowerCase(), 'publishing our job advertisements')).toBe(1);
    expect(occurrences(text, 'Amazon Web Services EMEA SARL')).toBe(1);
    // Role and countries are in the table alone: no role or country lines under each recipient.
    const details = detailsByTerm(recipients);
    expect(details.get('Greenhouse')).toEqual([
      expect.stringContaining('Greenhouse Software, Inc.'),
      words.service('applicant tracking'),
      expect.stringContaining('Application documents'),
    ]);
    // Before: "Role: independent controller", "Established in: United Kingdom", then the data.
    expect(details.get('HM Revenue & Customs')).toEqual([expect.stringContaining('Billing information')]);
  });

  it('labels a description "Service" only for a processor', () => {
    const recipients = sectionEl(fixtureSnapshot(), language, 'recipients');
    const details = detailsByTerm(recipients);
    expect(details.get('Amazon Web Services')).toContain(words.service('cloud hosting'));
    expect(details.get('Mailchimp')).toContain(words.service('sending our newsletter'));
    // An independent controller and a category of recipients provide us no service: their text stands alone, as typed.
    expect(details.get('LinkedIn')).toContain('publishing our job advertisements');
    expect(details.get('Our accountants and auditors')).toContain('bookkeeping and the statutory audit');
    const text = textContent(recipients);
    expect(text).not.toContain(words.service('publishing'));
    expect(text).not.toContain(words.service('bookkeeping'));
    expect(occurrences(text, words.service(''))).toBe(4); // AWS, Mailchimp, Plausible, Greenhouse
  });

  it('says a retention note that applies to every period once, under the table', () => {
    const s = fixtureSnapshot();
    const hold = 'Where data is needed in legal proceedings, we keep it until they end.';
    s.clauses.push({ id: 'hold', section: 'RETENTION', title: null, body: hold, position: 0 });
    const retention = sectionEl(s, language, 'retention');
    expect(occurrences(textContent(retention), hold)).toBe(1);
    expect(textContent(all(retention, 'table')[0]!)).not.toContain(hold);
    const blocks = retention.children.filter(isEl);
    const table = blocks.findIndex((b) => all(b, 'table').length > 0 || b.name === 'table');
    const note = blocks.findIndex((b) => textContent(b) === hold);
    expect(note).toBeGreaterThan(table);
  });

  it('asks readers to find their part only when there is more than one', () => {
    expect(sectionText(fixtureSnapshot(), language, 'data')).toContain(words.readThePart);
    const single = fixtureSnapshot();
    single.audiences = single.audiences.filter((a) => a.id === ID.visitors);
    const text = sectionText(single, language, 'data');
    expect(text).not.toContain(words.readThePart);
    expect(text).toContain('Website analytics');
  });

  it('lists the UK GDPR’s rights, not the repealed right to prevent processing likely to cause damage or distress', () => {
    const s = fixtureSnapshot();
    s.controller = { ...s.controller, jurisdictions: ['UK_GDPR'] };
    const text = sectionText(s, language, 'rights');
    expect(text).not.toMatch(/damage or distress|prevent processing/i);
    expect(text).toMatch(/[Aa]rt\. 21 UK GDPR/); // objection
    expect(text).toMatch(/[Aa]rt\. 18 UK GDPR/); // restriction
    expect(text).not.toMatch(/[Aa]rt\. 21 (GDPR|DSGVO|RGPD)/);
  });

  it('says which processing the right to data portability covers, from the legal bases (Art. 20(1))', () => {
    const expected: Record<Language, string> = {
      en: 'This right covers personal data we process by automated means on the basis of your consent or of a contract with you, which is the case for: Newsletter, Providing our services and Recruitment.',
      de: 'Dieses Recht umfasst personenbezogene Daten, die wir automatisiert auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten; das ist der Fall bei: Newsletter, Providing our services und Recruitment.',
      fr: 'Ce droit porte sur les données personnelles que nous traitons de manière automatisée sur la base de votre consentement ou d’un contrat conclu avec vous, ce qui est le cas pour\u00a0: Newsletter, Providing our services et Recruitment.',
      es: 'Este derecho abarca los datos personales que tratamos por medios automatizados sobre la base de su consentimiento o de un contrato con usted, como ocurre en: Newsletter, Providing our services y Recruitment.',
      it: 'Questo diritto riguarda i dati personali che trattiamo con mezzi automatizzati sulla base del Suo consenso o di un contratto concluso con Lei, come avviene per: Newsletter, Providing our services e Recruitment.',
    };
    const text = sectionText(fixtureSnapshot(), language, 'rights');
    expect(text).toContain(expected[language]);
    expect(text).not.toMatch(/subscriber|Abonnent|abonné|suscriptor|abbonat/i);
    expect(text).not.toContain('Website analytics'); // legitimate interests: not covered

    // With the CCPA too, the condition is the GDPR's: its provisions are named.
    const withCcpa = fixtureSnapshot();
    withCcpa.controller = { ...withCcpa.controller, jurisdictions: ['UK_GDPR', 'EU_GDPR', 'CCPA_CPRA'] };
    const lead: Record<Language, string> = {
      en: 'Under Art. 20 GDPR and Art. 20 UK GDPR, this right covers personal data',
      de: 'Nach Art. 20 DSGVO und Art. 20 UK GDPR umfasst dieses Recht personenbezogene Daten',
      fr: 'En vertu des dispositions applicables (art. 20 RGPD et art. 20 UK GDPR), ce droit porte sur les données personnelles',
      es: 'En virtud de las disposiciones aplicables (art. 20 RGPD y art. 20 UK GDPR), este derecho abarca los datos personales',
      it: 'Ai sensi delle disposizioni applicabili (art. 20 GDPR e art. 20 UK GDPR), questo diritto riguarda i dati personali',
    };
    expect(sectionText(withCcpa, language, 'rights')).toContain(lead[language]);

    // Nothing on consent or a contract: the right is explained, and said to cover none of the processing.
    const none = fixtureSnapshot();
    none.purposes = none.purposes.filter((x) => x.legalBasis !== 'CONSENT' && x.legalBasis !== 'CONTRACT');
    const noneText: Record<Language, string> = {
      en: 'none of our processing rests on either basis.',
      de: 'keine unserer Verarbeitungen beruht auf einer dieser Grundlagen.',
      fr: 'aucun de nos traitements ne repose sur l’une de ces bases.',
      es: 'ninguno de nuestros tratamientos se basa en el consentimiento ni en un contrato.',
      it: 'nessuno dei nostri trattamenti si fonda su una di tali basi giuridiche.',
    };
    expect(sectionText(none, language, 'rights')).toContain(noneText[language]);
  });

  it('does not label a legitimate interest whose text already says it is our legitimate interest', () => {
    const s = fixtureSnapshot();
    const stated = {
      en: 'Our legitimate interest in understanding how visitors use our website.',
      de: 'Unser berechtigtes Interesse daran, zu verstehen, wie Besucher unsere Website nutzen.',
      fr: 'Notre intérêt légitime à comprendre comment les visiteurs utilisent notre site.',
      es: 'Nuestro interés legítimo en comprender cómo utilizan los visitantes nuestro sitio web.',
      it: 'Il nostro legittimo interesse a comprendere come i visitatori utilizzano il nostro sito web.',
    };
    for (const [i, interest] of [stated.en, stated[language]].entries()) {
      s.purposes = s.purposes.map((x) => (x.id === ID.analytics ? { ...x, legitimateInterest: interest } : x));
      const text = sectionText(s, language, 'data');
      expect(occurrences(text, interest), `${i}`).toBe(1);
      expect(text, `${i}`).not.toContain(`${words.interestLabel} ${interest}`);
    }
    // Another interest keeps its label.
    expect(sectionText(s, language, 'data')).toContain(
      `${words.interestLabel} handling a large number of applications quickly and consistently`,
    );
  });

  it('gives the details of several sources as describing the whole list, and brackets them after one source', () => {
    const several: Record<Language, string> = {
      en: 'Contact details: from you directly and from third parties. Details of these sources: list brokers and resellers',
      de: 'Contact details: direkt von Ihnen und von Dritten. Näheres zu diesen Quellen: list brokers and resellers',
      fr: 'Contact details\u00a0: directement auprès de vous et auprès de tiers. Précisions sur ces sources\u00a0: list brokers and resellers',
      es: 'Contact details: directamente de usted y de terceros. Detalles de estas fuentes: list brokers and resellers',
      it: 'Contact details: direttamente da Lei e da terzi. Dettagli su tali fonti: list brokers and resellers',
    };
    const s = fixtureSnapshot();
    const text = sectionText(s, language, 'data');
    expect(text).toContain(several[language]);
    expect(text).not.toContain('(list brokers and resellers)');
    s.dataCategories = s.dataCategories.map((c) => (c.id === ID.cv ? { ...c, sources: ['PUBLIC' as const] } : c));
    expect(sectionText(s, language, 'data')).toContain('(professional networking sites such as LinkedIn)');
  });

  it('gives the supervisory authority’s address only when there is one, never the country alone', () => {
    const withAddress = detailsByTerm(sectionEl(fixtureSnapshot(), language, 'rights-complaint'));
    expect(withAddress.get(words.address)).toEqual([expect.stringContaining('Wycliffe House, Water Lane')]);

    const s = fixtureSnapshot();
    const { address: _address, ...authority } = s.controller.supervisoryAuthorities[0]!;
    s.controller = { ...s.controller, supervisoryAuthorities: [{ ...authority, address: null }] };
    const complaint = sectionEl(s, language, 'rights-complaint');
    expect(detailsByTerm(complaint).has(words.address)).toBe(false);
    expect(textContent(complaint)).not.toContain(words.unitedKingdom);
    expect(textContent(complaint)).toContain('https://ico.org.uk');
  });
});

const ARTICLE_10: Record<
  Language,
  { criminal: string; special: string; byLaw: (law: string) => string; arrangement: (text: string) => string }
> = {
  en: {
    criminal: 'data relating to criminal convictions and offences',
    special: 'special category data',
    byLaw: (law) => `processing authorised by ${law}`,
    arrangement: (text) => `The essence of our arrangement as joint controllers: ${text}`,
  },
  de: {
    criminal: 'Daten über strafrechtliche Verurteilungen und Straftaten',
    special: 'besondere Kategorie personenbezogener Daten',
    byLaw: (law) => `Verarbeitung zulässig nach ${law}`,
    arrangement: (text) => `Das Wesentliche unserer Vereinbarung als gemeinsam Verantwortliche: ${text}`,
  },
  fr: {
    criminal: 'données relatives aux condamnations pénales et aux infractions',
    special: 'catégorie particulière de données',
    byLaw: (law) => `traitement autorisé par ${law}`,
    arrangement: (text) => `Les grandes lignes de notre accord de responsables conjoints\u00a0: ${text}`,
  },
  es: {
    criminal: 'datos relativos a condenas e infracciones penales',
    special: 'categoría especial de datos',
    byLaw: (law) => `tratamiento autorizado por ${law}`,
    arrangement: (text) => `Aspectos esenciales de nuestro acuerdo de corresponsabilidad: ${text}`,
  },
  it: {
    criminal: 'dati relativi a condanne penali e reati',
    special: 'categoria particolare di dati',
    byLaw: (law) => `trattamento autorizzato dalla seguente normativa: ${law}`,
    arrangement: (text) => `Contenuto essenziale del nostro accordo di contitolarità: ${text}`,
  },
};

describe.each(LANGS)('Art. 10 and Art. 26 in %s', (language) => {
  const words = ARTICLE_10[language];
  const LAW = 'DPA 2018 Sch. 1 para. 6';

  function withCriminalRecordCheck(): PolicySnapshot {
    const s = fixtureSnapshot();
    const health = s.dataCategories.find((c) => c.id === ID.health)!;
    health.name = 'Criminal record check';
    health.specialCategory = 'CRIMINAL_OFFENCES';
    const recruitment = s.purposes.find((x) => x.id === ID.recruitment)!;
    // Art. 9(2) conditions cover the Art. 9 categories only: the CV is none, so none is stated.
    recruitment.specialCategoryCondition = null;
    recruitment.criminalOffenceAuthority = 'AUTHORISED_BY_LAW';
    recruitment.criminalOffenceLaw = LAW;
    return s;
  }

  it('calls criminal-offence data by its name, not a special category, and states the Art. 10 authority', () => {
    const text = sectionText(withCriminalRecordCheck(), language, 'data');
    expect(text).toContain(`Criminal record check — ${words.criminal}`);
    expect(text).not.toContain(words.special);
    expect(text).toContain(words.byLaw(LAW));
    expect(text).toMatch(/[Aa]rt\. 10/);
  });

  it('says nothing of Art. 10 while the law that authorises it is not named', () => {
    const s = withCriminalRecordCheck();
    s.purposes.find((x) => x.id === ID.recruitment)!.criminalOffenceLaw = null;
    expect(sectionText(s, language, 'data')).not.toMatch(/[Aa]rt\. 10/);
  });

  it('gives the essence of a joint controllers’ arrangement under the joint controller', () => {
    const s = fixtureSnapshot();
    const linkedin = s.recipients.find((r) => r.id === ID.linkedin)!;
    linkedin.role = 'JOINT_CONTROLLER';
    linkedin.jointArrangement = 'LinkedIn answers requests about its platform; we answer those about our adverts.';
    const details = detailsByTerm(sectionEl(s, language, 'recipients'));
    expect(details.get('LinkedIn')).toContain(words.arrangement(linkedin.jointArrangement));
  });
});

describe.each(LANGS)('data categories per audience, in %s', (language) => {
  it('claims from each audience only the categories the purpose takes from it', () => {
    const s = fixtureSnapshot();
    const newsletter = s.purposes.find((x) => x.id === ID.marketing)!;
    // The newsletter takes contact details from both audiences, and billing information from customers only.
    newsletter.dataCategoryIds = [ID.contact, ID.billing];
    newsletter.audienceCategories = [{ audienceId: ID.visitors, dataCategoryIds: [ID.contact] }];
    const data = sectionEl(s, language, 'data');
    const audienceSection = (name: string) =>
      all(data, 'section').find((el) => textContent(all(el, 'h3')[0] ?? el).startsWith(name))!;
    const visitors = textContent(audienceSection('Website visitors'));
    const customers = textContent(audienceSection('Customers'));
    expect(visitors).toContain('Contact details');
    expect(visitors).not.toContain('Billing information');
    expect(customers).toContain('Billing information');
  });
});

const SEVERAL_BASES: Record<Language, { consent: string; interests: string }> = {
  en: {
    consent: 'Legal basis, for people who sign up on the website: your consent',
    interests: 'Legal basis, for existing customers: our legitimate interests',
  },
  de: {
    consent: 'Rechtsgrundlage, für people who sign up on the website: Ihre Einwilligung',
    interests: 'Rechtsgrundlage, für existing customers: unsere berechtigten Interessen',
  },
  fr: {
    consent: 'Base juridique, pour people who sign up on the website\u00a0: votre consentement',
    interests: 'Base juridique, pour existing customers\u00a0: nos intérêts légitimes',
  },
  es: {
    consent: 'Base jurídica, para people who sign up on the website: su consentimiento',
    interests: 'Base jurídica, para existing customers: nuestros intereses legítimos',
  },
  it: {
    consent: 'Base giuridica, per people who sign up on the website: consenso da Lei prestato',
    interests: 'Base giuridica, per existing customers: perseguimento dei nostri legittimi interessi',
  },
};

describe.each(LANGS)('several legal bases for one purpose, in %s', (language) => {
  it('states each basis with what it covers, and its interest under it', () => {
    const s = fixtureSnapshot();
    const newsletter = s.purposes.find((x) => x.id === ID.marketing)!;
    newsletter.legalBasisScope = 'people who sign up on the website';
    newsletter.additionalBases = [
      {
        legalBasis: 'LEGITIMATE_INTERESTS',
        scope: 'existing customers',
        legitimateInterest: 'telling customers about products like those they bought',
        legalObligation: null,
        legalObligationOrigin: null,
      },
    ];
    const details = detailsByTerm(sectionEl(s, language, 'data')).get('Newsletter')!;
    const consent = details.findIndex((d) => d.startsWith(SEVERAL_BASES[language].consent));
    const interests = details.findIndex((d) => d.startsWith(SEVERAL_BASES[language].interests));
    expect(consent).toBeGreaterThanOrEqual(0);
    expect(interests).toBeGreaterThan(consent);
    expect(details[interests + 1]).toContain('telling customers about products like those they bought');
  });
});
