import {
  DEFAULT_POLICY_SETTINGS,
  buildPolicySnapshot,
  tenantProfile,
  type Language,
  type PolicySnapshot,
} from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from './index.js';
import { CATALOGS } from './i18n/translator.js';
import { all, elements, isEl, parse, textContent, type El } from './test/dom.js';
import { ID, OPTIONS, fixtureSnapshot } from './test/fixture.js';
import { LANGS, htmlFacts, render } from './test/render-helpers.js';

/** Facts that come from the data and read the same in every language. */
const DATA_FACTS = [
  'Cloud Officer Limited',
  'Cloud Officer',
  '09876543',
  '10 Finsbury Square',
  'EC2A 1AF',
  'Manchester studio',
  'Cloud Officer GmbH',
  'HRB 123456 B',
  'sales and customer support in Germany, Austria and Switzerland',
  'privacy@cloudofficer.example',
  '+44 20 7946 0000',
  'https://cloudofficer.example',
  'Dana Protector',
  'dpo@cloudofficer.example',
  'EU Rep Services Limited',
  '1 Grand Canal Square',
  "Information Commissioner's Office",
  'https://ico.org.uk',
  'Wycliffe House, Water Lane',
  'Data Protection Act 2018',
  'Website visitors',
  'Customers',
  'Job applicants',
  'Businesses that buy our services, and the people who work for them.',
  'Contact details',
  'Name, job title, email address, phone number and postal address.',
  'Usage data',
  'Application documents',
  'Health information',
  'Disabilities you tell us about so that we can adjust the interview.',
  'Billing information',
  'list brokers and resellers',
  'professional networking sites such as LinkedIn',
  'we cannot provide our services to you.',
  'we cannot consider your application.',
  'Website analytics',
  'understanding how visitors use our website so that we can improve it',
  'bookkeeping duties under the Companies Act 2006 and HMRC record-keeping rules',
  'Amazon Web Services',
  'Amazon Web Services EMEA SARL',
  '38 Avenue John F. Kennedy',
  'cloud hosting',
  'https://aws.amazon.com/privacy/',
  'The Rocket Science Group LLC',
  'EU Commission SCCs 2021/914, module 2',
  'Greenhouse Software, Inc.',
  'LinkedIn Ireland Unlimited Company',
  'https://www.linkedin.com/psettings/',
  'Our accountants and auditors',
  'HM Revenue & Customs',
  '__Host-session',
  '_mcid',
  'Recognises newsletter subscribers who visit our website.',
  'rights@cloudofficer.example',
  'https://cloudofficer.example/privacy-requests',
  'Applications that state no right to work in the United Kingdom are declined automatically',
  'ISO/IEC 27001',
  'We will email customers about significant changes at least 30 days before they take effect.',
  'https://noticeboard.example/p/cloud-officer/privacy',
  'raise a support ticket in the customer portal',
  'http://www.cloudofficer.example/company/privacy-policy',
  'Until the end of the recruitment process.',
  'Longer only if you agree that we keep your application for future vacancies.',
];

/** Generated wording, per language. */
const WORDING: Record<Language, string[]> = {
  en: [
    'Cloud Officer — Privacy Policy',
    '22 November 2026',
    'Version 3',
    'United States',
    'United Kingdom',
    'Luxembourg',
    'trading as',
    '24 months from collection',
    '12 months from the end of the relationship',
    '7 years from the end of the financial year',
    '6 months from the withdrawal of your consent',
    '6 months',
    'standard contractual clauses of the European Commission (Art. 46(2)(c) GDPR)',
    'EU-US Data Privacy Framework (Art. 45(3) GDPR)',
    'Transfers from the United Kingdom (UK GDPR)',
    'International Data Transfer Agreement (Art. 46(2)(d) UK GDPR and s.119A DPA 2018)',
    'UK Addendum to the standard contractual clauses of the European Commission',
    'UK Extension to the EU-US Data Privacy Framework (Art. 45(1) UK GDPR and s.17A DPA 2018)',
    'UK adequacy regulations',
    'session',
    '1 year',
    'our legitimate interests (Art. 6(1)(f) GDPR / UK GDPR)',
    // Laws and provisions, each cited in the language's one citation style
    'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    'Art. 6(1)(a) GDPR / UK GDPR',
    'Art. 6(1)(b) GDPR / UK GDPR',
    'Art. 6(1)(c) GDPR / UK GDPR',
    'Art. 9(2)(b) GDPR / UK GDPR',
    'Granted by: Art. 15 GDPR and Art. 15 UK GDPR',
    'Art. 7(3) GDPR',
    'Art. 77 UK GDPR',
    'Art. 22 GDPR',
    'Our legitimate interest: understanding',
    'withdraw your consent',
    'object at any time to the use of your personal data for direct marketing',
    'automated decision',
    'supervisory authority',
    'special category data: health data',
    'Providing this data is a contractual requirement.',
    'from you directly and from third parties. Details of these sources: list brokers and resellers',
    'processor',
    'independent controller',
    'not directed at children under 16',
    'encryption of data in transit',
    'Right of access',
    'Right to data portability',
  ],
  de: [
    'Cloud Officer — Datenschutzerklärung',
    '22. November 2026',
    'Version 3',
    'Vereinigte Staaten',
    'Vereinigtes Königreich',
    'Luxemburg',
    'handelnd unter dem Namen',
    '24 Monate ab der Erhebung',
    '12 Monate ab dem Ende der Geschäftsbeziehung',
    '7 Jahre ab dem Ende des Geschäftsjahres',
    '6 Monate',
    'Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO)',
    'EU-US Data Privacy Framework (Art. 45 Abs. 3 DSGVO)',
    'Übermittlungen aus dem Vereinigten Königreich (UK GDPR)',
    'International Data Transfer Agreement des Vereinigten Königreichs',
    'britischer Zusatz (UK Addendum) zu den Standardvertragsklauseln der Europäischen Kommission',
    'UK-Erweiterung des EU-US Data Privacy Framework',
    'Angemessenheitsverordnung des Vereinigten Königreichs',
    'Sitzung',
    '1 Jahr',
    'unsere berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO / UK GDPR)',
    'Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)',
    'Art. 6 Abs. 1 lit. a DSGVO / UK GDPR',
    'Art. 6 Abs. 1 lit. b DSGVO / UK GDPR',
    'Art. 6 Abs. 1 lit. c DSGVO / UK GDPR',
    'Art. 9 Abs. 2 lit. b DSGVO / UK GDPR',
    'Geregelt in: Art. 15 DSGVO und Art. 15 UK GDPR',
    'Art. 7 Abs. 3 DSGVO',
    'Art. 77 UK GDPR',
    'Art. 22 DSGVO',
    'Unser berechtigtes Interesse: understanding',
    'Einwilligung jederzeit',
    'widerrufen',
    'Widerspruch gegen die Verwendung Ihrer personenbezogenen Daten für Direktwerbung',
    'automatisierte Entscheidung',
    'Aufsichtsbehörde',
    'besondere Kategorie personenbezogener Daten: Gesundheitsdaten',
    'Die Bereitstellung dieser Daten ist vertraglich vorgeschrieben.',
    'direkt von Ihnen und von Dritten. Näheres zu diesen Quellen: list brokers and resellers',
    'Auftragsverarbeiter',
    'eigenständiger Verantwortlicher',
    'nicht an Kinder unter 16 Jahren',
    'Verschlüsselung bei der Übertragung',
    'Auskunftsrecht',
    'Recht auf Datenübertragbarkeit',
  ],
  fr: [
    'Cloud Officer — Politique de confidentialité',
    '22 novembre 2026',
    'Version 3',
    'États-Unis',
    'Royaume-Uni',
    'Luxembourg',
    'exerçant sous le nom commercial',
    '24 mois à compter de la collecte',
    '12 mois à compter de la fin de la relation',
    '7 ans à compter de la clôture de l’exercice comptable',
    '6 mois',
    'clauses contractuelles types de la Commission européenne (art. 46, paragraphe 2, point c), RGPD)',
    'cadre de protection des données UE-États-Unis (art. 45, paragraphe 3, RGPD)',
    'Transferts depuis le Royaume-Uni (UK GDPR)',
    'accord de transfert international de données du Royaume-Uni',
    'avenant britannique (UK Addendum) aux clauses contractuelles types de la Commission européenne',
    'extension britannique du cadre de protection des données UE-États-Unis',
    'règlement d’adéquation du Royaume-Uni',
    'session',
    '1 an',
    'nos intérêts légitimes (art. 6, paragraphe 1, point f), RGPD / UK GDPR)',
    'Règlement (UE) 2016/679 (règlement général sur la protection des données)',
    'art. 6, paragraphe 1, point a), RGPD / UK GDPR',
    'art. 6, paragraphe 1, point b), RGPD / UK GDPR',
    'art. 6, paragraphe 1, point c), RGPD / UK GDPR',
    'art. 9, paragraphe 2, point b), RGPD / UK GDPR',
    'Prévu par\u00a0: art. 15 RGPD et art. 15 UK GDPR',
    'art. 7, paragraphe 3, RGPD',
    'art. 77 UK GDPR',
    'art. 22 RGPD',
    'Notre intérêt légitime\u00a0: understanding',
    'retirer votre consentement',
    'vous opposer à tout moment à l’utilisation de vos données personnelles à des fins de prospection',
    'décision automatisée',
    'autorité de contrôle',
    'catégorie particulière de données\u00a0: données de santé',
    'La fourniture de ces données a un caractère contractuel.',
    'directement auprès de vous et auprès de tiers. Précisions sur ces sources\u00a0: list brokers and resellers',
    'sous-traitant',
    'responsable du traitement indépendant',
    'pas aux enfants de moins de 16 ans',
    'chiffrement des données en transit',
    'Droit d’accès',
    'Droit à la portabilité des données',
  ],
  es: [
    'Cloud Officer — Política de privacidad',
    '22 de noviembre de 2026',
    'Versión 3',
    'Estados Unidos',
    'Reino Unido',
    'Luxemburgo',
    'que opera con el nombre comercial',
    '24 meses desde su recogida',
    '12 meses desde el fin de la relación',
    '7 años desde el cierre del ejercicio',
    '6 meses desde la retirada de su consentimiento',
    '6 meses',
    'cláusulas contractuales tipo de la Comisión Europea (art. 46.2.c) RGPD)',
    'Marco de Privacidad de Datos UE-EE. UU. (art. 45.3 RGPD)',
    'Transferencias desde el Reino Unido (UK GDPR)',
    'Acuerdo Internacional de Transferencia de Datos del Reino Unido (art. 46.2.d) UK GDPR y sección 119A DPA 2018)',
    'adenda británica (UK Addendum) a las cláusulas contractuales tipo de la Comisión Europea',
    'extensión británica del Marco de Privacidad de Datos UE-EE. UU. (art. 45.1 UK GDPR y sección 17A DPA 2018)',
    'reglamento de adecuación del Reino Unido',
    'sesión',
    '1 año',
    'nuestros intereses legítimos (art. 6.1.f) RGPD / UK GDPR)',
    'Reglamento (UE) 2016/679 (Reglamento General de Protección de Datos)',
    'art. 6.1.a) RGPD / UK GDPR',
    'art. 6.1.b) RGPD / UK GDPR',
    'art. 6.1.c) RGPD / UK GDPR',
    'art. 9.2.b) RGPD / UK GDPR',
    'Reconocido en: art. 15 RGPD y art. 15 UK GDPR',
    'art. 7.3 RGPD',
    'art. 77 UK GDPR',
    'art. 22 RGPD',
    'Nuestro interés legítimo: understanding',
    'retirar su consentimiento en cualquier momento',
    'oponerse en cualquier momento al tratamiento de sus datos personales con fines de mercadotecnia directa',
    'decisión automatizada',
    'autoridad de control',
    'categoría especial de datos: datos relativos a la salud',
    'La comunicación de estos datos es un requisito contractual.',
    'directamente de usted y de terceros. Detalles de estas fuentes: list brokers and resellers',
    'encargado del tratamiento',
    'responsable independiente',
    'no están dirigidos a menores de 16 años',
    'cifrado de los datos en tránsito',
    'Derecho de acceso',
    'Derecho a la portabilidad de los datos',
  ],
  it: [
    'Cloud Officer — Informativa sul trattamento dei dati personali',
    '22 novembre 2026',
    'Versione 3',
    'Stati Uniti',
    'Regno Unito',
    'Lussemburgo',
    'che opera con la denominazione commerciale',
    '24 mesi dalla raccolta',
    '12 mesi dalla cessazione del rapporto',
    '7 anni dalla chiusura dell’esercizio finanziario',
    '6 mesi dalla revoca del Suo consenso',
    '6 mesi',
    'clausole contrattuali tipo della Commissione europea (art. 46, par. 2, lett. c) GDPR)',
    'quadro UE-USA per la protezione dei dati personali (art. 45, par. 3 GDPR)',
    'Trasferimenti dal Regno Unito (UK GDPR)',
    'accordo internazionale di trasferimento dei dati del Regno Unito (art. 46, par. 2, lett. d) UK GDPR e sezione 119A DPA 2018)',
    'addendum del Regno Unito (UK Addendum) alle clausole contrattuali tipo della Commissione europea',
    'estensione per il Regno Unito del quadro UE-USA per la protezione dei dati personali (art. 45, par. 1 UK GDPR e sezione 17A DPA 2018)',
    'regolamenti di adeguatezza del Regno Unito',
    'sessione',
    '1 anno',
    'perseguimento dei nostri legittimi interessi (art. 6, par. 1, lett. f) GDPR / UK GDPR)',
    'Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati)',
    'art. 6, par. 1, lett. a) GDPR / UK GDPR',
    'art. 6, par. 1, lett. b) GDPR / UK GDPR',
    'art. 6, par. 1, lett. c) GDPR / UK GDPR',
    'art. 9, par. 2, lett. b) GDPR / UK GDPR',
    'Riferimento normativo: art. 15 GDPR e art. 15 UK GDPR',
    'art. 7, par. 3 GDPR',
    'art. 77 UK GDPR',
    'art. 22 GDPR',
    'Il nostro legittimo interesse: understanding',
    'revocare il Suo consenso in qualsiasi momento',
    'opporsi in qualsiasi momento al trattamento dei Suoi dati personali per finalità di marketing diretto',
    'decisione automatizzata',
    'autorità di controllo',
    'categoria particolare di dati: dati relativi alla salute',
    'Il conferimento di questi dati è un obbligo contrattuale.',
    'direttamente da Lei e da terzi. Dettagli su tali fonti: list brokers and resellers',
    'responsabile del trattamento',
    'titolare autonomo del trattamento',
    'non sono rivolti a minori di 16 anni',
    'cifratura dei dati in transito',
    'Diritto di accesso',
    'Diritto alla portabilità dei dati',
  ],
};

describe.each(LANGS)('the fixture policy in %s', (language) => {
  const rendered = render(fixtureSnapshot(), language);
  const html = htmlFacts(rendered.html);

  it('states every fact from the data, in the text and in the HTML', () => {
    for (const fact of DATA_FACTS) {
      expect(rendered.text, fact).toContain(fact);
      expect(html.text, fact).toContain(fact);
    }
  });

  it('words everything it generates in the language', () => {
    for (const words of WORDING[language]) {
      expect(rendered.text, words).toContain(words);
      expect(html.text, words).toContain(words);
    }
  });

  it('is a complete, standalone HTML document', () => {
    expect(rendered.html.startsWith('<!doctype html>\n<html lang="' + language + '">')).toBe(true);
    expect(rendered.html).toContain('<meta charset="utf-8">');
    expect(rendered.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(all(html.dom, 'title').map(textContent)).toEqual([rendered.title]);
    const styles = all(html.dom, 'style');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parent!.name).toBe('head');
    expect(rendered.html).toContain('@media print');
    expect(rendered.html).toContain('--nb-accent:#0a7d5a');
    expect(rendered.language).toBe(language);
  });

  it('gives a fragment that is the article alone, with its own scoped style', () => {
    const dom = parse(rendered.fragment);
    const top = dom.children.filter(isEl);
    expect(top.map((e) => e.name)).toEqual(['article']);
    expect(top[0]!.attribs).toMatchObject({ class: 'nb-policy', lang: language });
    const style = all(dom, 'style');
    expect(style).toHaveLength(1);
    expect(style[0]!.parent).toBe(top[0]);
    expect(textContent(style[0]!.children[0]!)).toContain('--nb-accent:#0a7d5a');
    for (const rule of textContent(style[0]!.children[0]!).split('\n')) {
      if (rule.includes('{') && !rule.startsWith('@media')) expect(rule.startsWith('.nb-policy'), rule).toBe(true);
    }
    // The fragment's article is the document's article, bar the style.
    const articleInDocument = rendered.html.slice(
      rendered.html.indexOf('<article'),
      rendered.html.indexOf('</article>'),
    );
    expect(rendered.fragment.replace(/<style>[\s\S]*?<\/style>\n/, '')).toContain(articleInDocument);
  });

  it('has one h1 and headings that nest without skipping a level', () => {
    expect(all(html.dom, 'h1')).toHaveLength(1);
    for (const section of all(html.dom, 'section')) {
      let depth = 1;
      for (let p = section.parent; p; p = p.parent) if (p.name === 'section') depth++;
      const heading = section.children.filter(isEl)[0]!;
      expect(heading.name).toBe(`h${depth + 1}`);
      expect(section.attribs['aria-labelledby']).toBe(heading.attribs.id);
      // never an empty heading: something follows it
      expect(section.children.filter(isEl).length).toBeGreaterThan(1);
      expect(textContent(heading).trim()).not.toBe('');
    }
  });

  it('has a table of contents whose anchors are the section ids', () => {
    const nav = all(html.dom, 'nav');
    expect(nav).toHaveLength(1);
    expect(nav[0]!.attribs['aria-label']).toBeTruthy();
    const anchors = all(nav[0]!, 'a').map((a) => a.attribs.href!);
    const sectionIds = new Set(all(html.dom, 'section').map((s) => s.attribs.id));
    for (const href of anchors) expect(sectionIds.has(href.slice(1)), href).toBe(true);
    const article = all(html.dom, 'article')[0]!;
    const topLevel = article.children
      .filter((c): c is El => isEl(c) && c.name === 'section')
      .map((s) => `#${s.attribs.id}`);
    const navTop = nav[0]!.children
      .filter(isEl)
      .find((e) => e.name === 'ol')!
      .children.filter(isEl)
      .map((li) => all(li, 'a')[0]!.attribs.href);
    expect(navTop).toEqual(topLevel);
    expect(topLevel).toEqual(
      expect.arrayContaining([
        '#introduction',
        '#controller',
        '#data',
        '#recipients',
        '#transfers',
        '#retention',
        '#cookies',
        '#rights',
        '#security',
        '#children',
        '#automated-decisions',
        '#changes',
        '#contact',
      ]),
    );
    // Every in-document link elsewhere (e.g. "see Your rights") points at a section too.
    for (const a of all(html.dom, 'a')) {
      if (a.attribs.href?.startsWith('#')) expect(sectionIds.has(a.attribs.href.slice(1)), a.attribs.href).toBe(true);
    }
  });

  it('marks up tables with a caption and scoped header cells', () => {
    const tables = all(html.dom, 'table');
    expect(tables.length).toBeGreaterThanOrEqual(4); // recipients, transfers, retention, cookies
    for (const table of tables) {
      expect(table.children.filter(isEl)[0]!.name).toBe('caption');
      for (const th of all(table, 'thead').flatMap((h) => all(h, 'th'))) expect(th.attribs.scope).toBe('col');
      for (const tr of all(table, 'tbody').flatMap((b) => all(b, 'tr'))) {
        expect(tr.children.filter(isEl)[0]).toMatchObject({ name: 'th', attribs: { scope: 'row' } });
      }
    }
  });

  it('gives the effective date as a <time>', () => {
    const times = all(html.dom, 'time');
    expect(times.length).toBeGreaterThan(0);
    for (const t of times) expect(t.attribs.datetime).toBe('2026-11-22');
  });

  it('renders text and HTML from the same tree: every HTML heading is a text heading, in the same order', () => {
    const headings = [...elements(html.dom)].filter((e) => /^h[1-6]$/.test(e.name)).map((e) => textContent(e));
    expect(headings.length).toBeGreaterThan(20);
    let from = 0;
    for (const heading of headings) {
      const at = rendered.text.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      from = at + heading.length;
    }
    const h2 = all(html.dom, 'h2').filter((h) => h.parent?.name === 'section');
    h2.forEach((h, i) => expect(rendered.text).toContain(`\n${i + 1}. ${textContent(h)}\n`));
  });
});

describe('content rules', () => {
  it('lists processors apart from independent controllers and categories of recipients', () => {
    const { dom } = htmlFacts(render(fixtureSnapshot()).html);
    const text = (id: string) => textContent(all(dom, 'section').find((s) => s.attribs.id === id)!);
    expect(text('recipients-processors')).toContain('Greenhouse');
    expect(text('recipients-processors')).not.toContain('LinkedIn Ireland');
    expect(text('recipients-controllers')).toContain('LinkedIn Ireland Unlimited Company');
    expect(text('recipients-controllers')).toContain('HM Revenue & Customs');
    expect(text('recipients-categories')).toContain('Our accountants and auditors');
  });

  it('describes each audience with its own data, sources and purposes', () => {
    const { dom } = htmlFacts(render(fixtureSnapshot()).html);
    const text = (id: string) => textContent(all(dom, 'section').find((s) => s.attribs.id === id)!);
    expect(text('data-1')).toContain('Website analytics');
    expect(text('data-1')).not.toContain('Recruitment');
    expect(text('data-3')).toContain('Health information');
    expect(text('data-3')).toContain('professional networking sites such as LinkedIn');
    expect(text('data-2')).toContain('Accounting and tax');
  });

  it('names transfer countries but not the controller’s own country', () => {
    const text = textContent(
      all(htmlFacts(render(fixtureSnapshot()).html).dom, 'section').find((s) => s.attribs.id === 'transfers')!,
    );
    expect(text).toContain('United States');
    expect(text).not.toContain('HM Revenue & Customs');
  });

  it('puts clauses in their sections: untitled ones with the text, titled ones as subsections', () => {
    const { dom } = htmlFacts(render(fixtureSnapshot()).html);
    const section = (id: string) => all(dom, 'section').find((s) => s.attribs.id === id)!;
    expect(textContent(section('introduction'))).toContain('Please read this policy carefully.');
    const clause = section('security-clause-1');
    expect(clause.parent?.attribs.id).toBe('security');
    expect(textContent(all(clause, 'h3')[0]!)).toBe('Certifications');
    expect(all(clause, 'h5').map(textContent)).toEqual(['Audits']); // "##" under an h3 clause
    expect(all(clause, 'strong').map(textContent)).toContain('ISO/IEC 27001');
    expect(all(clause, 'li')).toHaveLength(2);
    expect(all(clause, 'code').map(textContent)).toEqual(['SOC 2']);
    const links = all(clause, 'a').map((a) => [a.attribs.href, textContent(a)]);
    expect(links).toEqual([
      ['https://cloudofficer.example/trust', 'our trust centre'],
      ['mailto:security@cloudofficer.example', 'security'],
    ]);
    expect(textContent(clause)).toContain('click here');
    expect(textContent(clause)).toContain('<script>alert("pwned")</script>');
    expect(textContent(clause)).toContain('AT&T & co');
  });

  it('adds an untitled clause before the subsections of its section', () => {
    const s = fixtureSnapshot();
    s.clauses.push({ id: 'x', section: 'RIGHTS', title: null, body: 'Our **extra** rights note.', position: 0 });
    const text = render(s).text;
    expect(text.indexOf('Our extra rights note.')).toBeGreaterThan(text.indexOf('Right to lodge a complaint'));
    expect(text.indexOf('Our extra rights note.')).toBeLessThan(text.indexOf('\n8.1 Withdrawing your consent\n'));
  });

  it('explains automated decisions when there are some, says there are none only when answered no', () => {
    const s = fixtureSnapshot();
    expect(render(s).text).toContain('In the following cases we make decisions based solely on automated processing');
    s.purposes = s.purposes.map((x) => ({ ...x, automatedDecisionLogic: null }));
    s.settings = { ...s.settings, automatedDecisionMaking: false };
    const text = render(s).text;
    expect(text).toContain('We do not use automated decision-making');
    expect(text).not.toContain('This involves automated decision-making');
    s.settings = { ...s.settings, automatedDecisionMaking: null };
    expect(render(s).text).not.toContain('We do not use automated decision-making');
  });

  it('states no absence and no default that the data does not answer', () => {
    const s = fixtureSnapshot();
    s.controller = { ...s.controller, jurisdictions: [...s.controller.jurisdictions, 'CCPA_CPRA'] };
    s.settings = {
      ...s.settings,
      sellsOrSharesPersonalInformation: null,
      soldOrSharedInPreceding12Months: null,
      sensitivePersonalInformationOnlyForPermittedUses: null,
      rightsRequestsFreeOfCharge: null,
      securityMeasures: [],
      changeNotice: null,
    };
    s.dataCategories = s.dataCategories.map((c) => ({ ...c, requirement: null }));
    s.clauses = s.clauses.filter((c) => c.section !== 'SECURITY');
    for (const language of LANGS) {
      const text = renderPolicy(s, { ...OPTIONS, language }).text;
      for (const key of [
        'ca.doesNotSell',
        'ca.notSoldPastYear',
        'ca.sensitive',
        'ca.limit',
        'rights.free',
        'rights.fee',
        'requirement.VOLUNTARY',
      ] as const)
        expect(text, key).not.toContain(CATALOGS[language][key].split('{')[0]!);
      expect(text).not.toContain(CATALOGS[language]['security.intro'].slice(0, 40));
    }
    const en = renderPolicy(s, OPTIONS).text;
    for (const absent of ['We do not sell', 'have not sold', 'free of charge', 'voluntary', 'We protect personal'])
      expect(en).not.toContain(absent);
    s.settings = {
      ...s.settings,
      sellsOrSharesPersonalInformation: false,
      soldOrSharedInPreceding12Months: false,
      sensitivePersonalInformationOnlyForPermittedUses: false,
      rightsRequestsFreeOfCharge: true,
    };
    const answered = renderPolicy(s, OPTIONS).text;
    expect(answered).toContain('We do not sell or share personal information, as the CCPA defines these terms.');
    expect(answered).toContain('We have not sold or shared personal information in the preceding 12 months.');
    expect(answered).toContain('You have the right to limit the use of your sensitive personal information');
    expect(answered).toContain('We handle requests free of charge unless');
  });

  it('states the processors’ contract only when every processor’s agreement is on record', () => {
    const s = fixtureSnapshot();
    const contract = 'data processing agreement with each of them';
    s.recipients = s.recipients.map((r) => ({
      ...r,
      dpaSignedOn: r.role === 'PROCESSOR' ? '2025-01-01' : r.dpaSignedOn,
    }));
    expect(render(s).text).toContain(contract);
    s.recipients = s.recipients.map((r, i) => (i === 0 ? { ...r, dpaSignedOn: null } : r));
    expect(render(s).text).not.toContain(contract);
  });

  it('speaks of withdrawing consent only when something relies on consent', () => {
    const s = fixtureSnapshot();
    s.purposes = s.purposes.filter((x) => x.legalBasis !== 'CONSENT');
    s.cookies = s.cookies.filter((c) => c.kind === 'STRICTLY_NECESSARY');
    const text = render(s).text;
    expect(text).not.toContain('withdraw your consent at any time');
    expect(text).not.toContain('Withdrawing your consent');
    expect(text).not.toContain('Right to withdraw consent');
    expect(text).toContain('Right to object'); // legitimate interests remain
    expect(text).not.toContain('for direct marketing, including profiling');
  });

  it('adds the California notice only when the CCPA applies', () => {
    const s = fixtureSnapshot();
    expect(render(s).text).not.toContain('California');
    s.controller = { ...s.controller, jurisdictions: [...s.controller.jurisdictions, 'CCPA_CPRA'] };
    let text = render(s).text;
    expect(text).toContain('Notice for California residents');
    expect(text).toContain('California Consumer Privacy Act as amended by the California Privacy Rights Act');
    expect(text).toContain('Identifiers — Contact details');
    expect(text).toContain('Sensitive personal information — Health information');
    expect(text).toContain('We do not sell or share personal information');
    // How to opt out is said where something is sold or shared.
    expect(text).not.toContain('right to opt out of the sale or sharing');
    expect(text).toContain('We will not discriminate against you');
    expect(text).toContain('Cal. Civ. Code § 1798.120');
    s.purposes = s.purposes.map((x) => (x.id === ID.marketing ? { ...x, saleOrSharing: true } : x));
    text = render(s).text;
    expect(text).toContain(
      'We sell or share personal information, as the CCPA defines these terms, for the following purposes: Newsletter.',
    );
    expect(text).toContain('right to opt out of the sale or sharing');
  });

  it('renders snapshots stored before the settings had a rights channel and a policy URL', () => {
    const s = fixtureSnapshot();
    const { rightsContactChannel: _channel, policyUrl: _url, ...older } = s.settings;
    s.settings = older as typeof s.settings;
    const text = render(s).text;
    expect(text).toContain('To exercise your rights, write to us at rights@cloudofficer.example.');
    expect(text).not.toContain('You can also raise');
    expect(text).not.toContain('We also publish this policy');
  });

  it('says a draft is a draft', () => {
    const r = render(fixtureSnapshot(), 'en', { version: null });
    expect(r.text).toContain('Draft — this version has not been published.');
    expect(r.text).toContain('This is a draft of this policy');
    expect(r.text).not.toContain('Version 3');
  });

  it('uses a neutral blue without an accent colour, and never puts anything else into CSS', () => {
    const s = fixtureSnapshot();
    s.settings = { ...s.settings, accentColor: null };
    expect(render(s).html).toContain('--nb-accent:#1a5fb4');
    s.settings = { ...s.settings, accentColor: 'red}</style><script>alert(1)</script>' };
    const r = render(s);
    expect(r.html).toContain('--nb-accent:#1a5fb4');
    expect(r.html).not.toContain('<script');
  });

  it('renders a policy with nothing but the required fields, without empty headings', () => {
    const minimal = buildPolicySnapshot({
      controller: tenantProfile.parse({
        legalName: 'Tiny GmbH',
        contactEmail: 'hallo@tiny.example',
        jurisdictions: ['EU_GDPR'],
        slug: 'tiny',
      }),
      settings: DEFAULT_POLICY_SETTINGS,
      audiences: [],
      dataCategories: [],
      purposes: [],
      recipients: [],
      cookies: [],
      clauses: [],
    });
    for (const language of LANGS) {
      const r = renderPolicy(minimal, { language, effectiveDate: '2026-01-05', version: 1, untranslated: 'keep' });
      const { dom } = htmlFacts(r.html);
      for (const section of all(dom, 'section')) expect(section.children.filter(isEl).length).toBeGreaterThan(1);
      const ids = all(dom, 'section').map((s) => s.attribs.id);
      expect(ids).not.toContain('cookies');
      expect(ids).not.toContain('retention');
      expect(ids).not.toContain('children');
      // Nothing answered: no statement of absence, so no section for it.
      expect(ids).not.toContain('automated-decisions');
      expect(ids).not.toContain('transfers');
    }
    const en = renderPolicy(minimal, { language: 'en', effectiveDate: '2026-01-05', version: 1 }).text;
    expect(en).not.toContain('We do not');
    expect(en).toContain('hallo@tiny.example');
    expect(en).toContain('5 January 2026');
    const answered = renderPolicy(
      {
        ...minimal,
        settings: {
          ...minimal.settings,
          automatedDecisionMaking: false,
          internationalTransfers: false,
          disclosesPersonalData: false,
        },
      },
      { language: 'en', effectiveDate: '2026-01-05', version: 1 },
    ).text;
    expect(answered).toContain('We do not use automated decision-making');
    expect(answered).toContain(
      'We do not transfer personal data to countries outside the European Economic Area (EEA).',
    );
    expect(answered).toContain('We do not share personal data with other organisations.');
  });

  it('refuses a language it does not write and a date that is not a date', () => {
    expect(() => renderPolicy(fixtureSnapshot(), { ...OPTIONS, language: 'xx' as Language })).toThrow(RangeError);
    expect(() => renderPolicy(fixtureSnapshot(), { ...OPTIONS, effectiveDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => renderPolicy(fixtureSnapshot(), { ...OPTIONS, effectiveDate: '22/11/2026' })).toThrow(RangeError);
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same snapshot and options, whatever was rendered before', () => {
    const first = LANGS.map((language) => render(fixtureSnapshot(), language));
    const copy = JSON.parse(JSON.stringify(fixtureSnapshot())) as PolicySnapshot;
    const second = [...LANGS]
      .reverse()
      .map((language) => render(copy, language))
      .reverse();
    expect(second).toEqual(first);
    for (const r of first) {
      expect(r.html).not.toContain('undefined');
      expect(r.text).not.toContain('undefined');
      expect(r.text).not.toContain('[object Object]');
    }
  });
});
