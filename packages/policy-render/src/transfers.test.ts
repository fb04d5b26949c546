/**
 * International transfers in each regime's own terms: the instruments a UK, Swiss, Brazilian or EU controller
 * relies on, cited to its own law, and never another regime's wording.
 */
import {
  DEFAULT_POLICY_SETTINGS,
  buildPolicySnapshot,
  recipient,
  tenantProfile,
  type Jurisdiction,
  type Language,
  type PolicySnapshot,
  type RecipientInput,
} from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { all, isEl, textContent } from './test/dom.js';
import { LANGS, htmlFacts, render } from './test/render-helpers.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const OFFICES: Record<string, { locality: string; postalCode: string }> = {
  GB: { locality: 'London', postalCode: 'EC1A 1AA' },
  CH: { locality: 'Zürich', postalCode: '8001' },
  BR: { locality: 'São Paulo', postalCode: '01310-100' },
  DE: { locality: 'Berlin', postalCode: '10117' },
};

function policy(jurisdictions: Jurisdiction[], home: string, recipients: RecipientInput[]): PolicySnapshot {
  return buildPolicySnapshot({
    controller: tenantProfile.parse({
      legalName: 'Acme Ltd',
      slug: 'acme',
      contactEmail: 'privacy@acme.example',
      jurisdictions,
      offices: [
        {
          label: 'Head office',
          registered: true,
          address: { streetAddress: '1 Main Street', country: home, ...OFFICES[home]! },
        },
      ],
    }),
    settings: DEFAULT_POLICY_SETTINGS,
    audiences: [],
    dataCategories: [],
    purposes: [],
    recipients: recipients.map((r, i) => ({ id: uuid(i + 1), ...recipient.parse({ ...r, position: i }) })),
    cookies: [],
    clauses: [],
  });
}

const CERTIFIED = { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: true };
const EU_ONLY = { certifiedOn: '2023-07-17', ukExtension: false, swissFramework: false };

const analytics = (extra: Partial<RecipientInput> = {}): RecipientInput => ({
  name: 'Analytics Inc.',
  role: 'PROCESSOR',
  country: 'US',
  service: 'website analytics',
  safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
  dataPrivacyFramework: CERTIFIED,
  ...extra,
});

/** The transfers section as a reader sees it, in one language. */
function transfers(snapshot: PolicySnapshot, language: Language = 'en', id = 'transfers'): string {
  const section = all(htmlFacts(render(snapshot, language).html).dom, 'section').find((s) => s.attribs.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return textContent(section);
}

/** Wording of the EU's instruments that must never describe another regime's transfers. */
const EU_TERMS: Record<Language, string[]> = {
  en: [
    'European Commission has found adequate',
    'European Commission found',
    'Art. 46(2)(c) GDPR',
    'Art. 45(3) GDPR',
    '2023/1795',
    'EU-US Data Privacy Framework (Art. 45(3)',
  ],
  de: ['Europäische Kommission hat', 'DSGVO', '2023/1795', 'Data Privacy Framework (Art. 45 Abs. 3'],
  fr: ['Commission européenne a constaté', 'RGPD', '2023/1795', 'UE-États-Unis (art. 45, paragraphe 3'],
  es: ['Comisión Europea ha decidido', 'RGPD', '2023/1795', 'UE-EE. UU. (art. 45.3'],
  // Italian cites the EU GDPR as “GDPR”, which “UK GDPR” contains: the EU's provisions are named instead.
  it: [
    'Commissione europea ha deciso',
    'lett. c) GDPR',
    'par. 3 GDPR',
    '2023/1795',
    'Data Privacy Framework) (art. 45, par. 3',
  ],
};

describe('a UK-only controller', () => {
  const uk = (r: RecipientInput) => policy(['UK_GDPR'], 'GB', [r]);

  it.each(LANGS)('%s: names UK instruments for a US recipient, never the EU’s', (language) => {
    const text = transfers(uk(analytics()), language);
    for (const eu of EU_TERMS[language]) expect(text).not.toContain(eu);
    expect(text).toContain(
      {
        en: 'UK Extension to the EU-US Data Privacy Framework (Art. 45(1) UK GDPR and s.17A DPA 2018)',
        de: 'UK-Erweiterung des EU-US Data Privacy Framework (Art. 45 Abs. 1 UK GDPR und Section 17A DPA 2018)',
        fr: 'extension britannique du cadre de protection des données UE-États-Unis (art. 45, paragraphe 1, UK GDPR et section 17A DPA 2018)',
        es: 'extensión británica del Marco de Privacidad de Datos UE-EE. UU. (art. 45.1 UK GDPR y sección 17A DPA 2018)',
        it: 'estensione per il Regno Unito del quadro UE-USA per la protezione dei dati personali (art. 45, par. 1 UK GDPR e sezione 17A DPA 2018)',
      }[language],
    );
    expect(text).toContain('Data Protection (Adequacy) (United States of America) Regulations 2023');
  });

  it('states no instrument for EU clauses and a DPF certification without the UK Extension', () => {
    const text = transfers(uk(analytics({ dataPrivacyFramework: EU_ONLY })));
    expect(text).toContain('Analytics Inc.United States–');
    expect(text).not.toContain('Data Privacy Framework');
    expect(text).not.toContain('standard contractual clauses');
  });

  it('names the EU clauses only with the UK Addendum that makes them valid, cited to UK law', () => {
    const alone = transfers(
      uk(analytics({ safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'], dataPrivacyFramework: null })),
    );
    expect(alone).not.toContain('standard contractual clauses');
    const withAddendum = transfers(
      uk(analytics({ safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'], dataPrivacyFramework: null })),
    );
    expect(withAddendum).toContain(
      'UK Addendum to the standard contractual clauses of the European Commission (Art. 46(2)(d) UK GDPR and s.119A DPA 2018)',
    );
    expect(withAddendum).toContain('in force since 21 March 2022');
    expect(withAddendum).not.toContain('Art. 46(2)(c) GDPR');
  });

  it('names the UK’s adequacy regulations, not an EU decision, for a recipient in the EEA', () => {
    const text = transfers(uk(analytics({ country: 'IE', safeguards: [], dataPrivacyFramework: null })));
    expect(text).toContain('UK adequacy regulations (Art. 45(1) UK GDPR and s.17A DPA 2018)');
    expect(text).not.toContain('European Commission');
  });

  it('has one table and no subsection per regime', () => {
    const { dom } = htmlFacts(render(uk(analytics())).html);
    const section = all(dom, 'section').find((s) => s.attribs.id === 'transfers')!;
    expect(all(section, 'section')).toEqual([]);
    expect(all(section, 'table')).toHaveLength(1);
  });
});

describe('a Swiss controller', () => {
  const swiss = policy(['CH_FADP'], 'CH', [analytics()]);

  it.each([
    [
      'en',
      'standard contractual clauses of the European Commission, as recognised by the FDPIC (Art. 16(2)(d) FADP)',
      'Swiss-US Data Privacy Framework (Art. 16(1) FADP)',
    ],
    [
      'de',
      'vom EDÖB anerkannte Standardvertragsklauseln der Europäischen Kommission (Art. 16 Abs. 2 Bst. d DSG)',
      'Swiss-US Data Privacy Framework (Art. 16 Abs. 1 DSG)',
    ],
    [
      'fr',
      'clauses contractuelles types de la Commission européenne reconnues par le PFPDT (art. 16, al. 2, let. d, LPD)',
      'cadre de protection des données Suisse-États-Unis (art. 16, al. 1, LPD)',
    ],
    [
      'es',
      'cláusulas contractuales tipo de la Comisión Europea, reconocidas por el PFPDT (art. 16.2.d) LPD)',
      'Marco de Privacidad de Datos Suiza-EE. UU. (art. 16.1 LPD)',
    ],
    [
      'it',
      'clausole contrattuali tipo della Commissione europea, riconosciute dall’IFPDT (art. 16 cpv. 2 lett. d LPD)',
      'quadro Svizzera-USA per la protezione dei dati personali (art. 16 cpv. 1 LPD)',
    ],
  ] as const)('%s: names the clauses as the FDPIC recognises them and the Swiss-US DPF', (language, scc, dpf) => {
    const text = transfers(swiss, language);
    expect(text).toContain(scc);
    expect(text).toContain(dpf);
    for (const eu of EU_TERMS[language]) expect(text).not.toContain(eu);
    expect(text).not.toContain('UK GDPR');
  });

  it('names no DPF when the certification leaves out the Swiss-US framework', () => {
    const text = transfers(policy(['CH_FADP'], 'CH', [analytics({ dataPrivacyFramework: EU_ONLY })]));
    expect(text).not.toContain('Data Privacy Framework');
    expect(text).toContain('(Art. 16(2)(d) FADP)');
  });
});

describe('a Brazilian controller', () => {
  it.each([
    ['en', 'standard contractual clauses of the ANPD (Art. 33, II, b LGPD)', 'Resolution CD/ANPD No. 19'],
    ['de', 'Standardvertragsklauseln der ANPD (Art. 33 II b LGPD)', 'Resolution CD/ANPD Nr. 19'],
    ['fr', 'clauses contractuelles types de l’ANPD (art. 33, II, b, LGPD)', 'résolution CD/ANPD n°\u00a019'],
    ['es', 'cláusulas contractuales tipo de la ANPD (art. 33, II, b LGPD)', 'Resolución CD/ANPD n.º 19'],
    ['it', 'clausole contrattuali tipo dell’ANPD (art. 33, II, b LGPD)', 'risoluzione CD/ANPD n. 19'],
  ] as const)('%s: names the ANPD’s clauses and no Data Privacy Framework', (language, scc, resolution) => {
    const text = transfers(policy(['LGPD'], 'BR', [analytics()]), language);
    expect(text).toContain(scc);
    expect(text).toContain(resolution);
    expect(text).not.toContain('Data Privacy Framework');
    expect(text).not.toContain('protection des données UE');
    expect(text).not.toContain('Marco de Privacidad de Datos');
    expect(text).not.toContain('quadro UE-USA');
  });
});

describe('an EU controller', () => {
  it.each([
    ['en', 'adequacy decision of the European Commission (Art. 45(3) GDPR)'],
    ['de', 'Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 Abs. 3 DSGVO)'],
    ['fr', 'décision d’adéquation de la Commission européenne (art. 45, paragraphe 3, RGPD)'],
    ['es', 'decisión de adecuación de la Comisión Europea (art. 45.3 RGPD)'],
    ['it', 'decisione di adeguatezza della Commissione europea (art. 45, par. 3 GDPR)'],
  ] as const)('%s: names the Commission’s adequacy decision for Japan', (language, adequacy) => {
    const japan = analytics({ country: 'JP', safeguards: [], dataPrivacyFramework: null });
    expect(transfers(policy(['EU_GDPR'], 'DE', [japan]), language)).toContain(adequacy);
  });

  it.each([
    ['en', 'standard contractual clauses of the European Commission (Art. 46(2)(c) GDPR)', 'Implementing Decision'],
    [
      'de',
      'Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO)',
      'Durchführungsbeschluss',
    ],
    [
      'fr',
      'clauses contractuelles types de la Commission européenne (art. 46, paragraphe 2, point c), RGPD)',
      'décision d’exécution',
    ],
    ['es', 'cláusulas contractuales tipo de la Comisión Europea (art. 46.2.c) RGPD)', 'Decisión de Ejecución'],
    [
      'it',
      'clausole contrattuali tipo della Commissione europea (art. 46, par. 2, lett. c) GDPR)',
      'decisione di esecuzione',
    ],
  ] as const)('%s: names the 2021 clauses and the EU-US DPF by their decisions', (language, scc, decision) => {
    const text = transfers(policy(['EU_GDPR'], 'DE', [analytics()]), language);
    expect(text).toContain(scc);
    // The Union's abbreviation in the language: (EU), or (UE) in French, Spanish and Italian.
    const eu = language === 'en' || language === 'de' ? '(EU)' : '(UE)';
    expect(text).toContain(`${decision} ${eu} 2021/914`);
    expect(text).toContain(`${decision} ${eu} 2023/1795`);
    expect(text).not.toContain('UK GDPR');
  });
});

describe('a controller under the EU and the UK GDPR', () => {
  const both = policy(['EU_GDPR', 'UK_GDPR'], 'GB', [
    analytics({ safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM', 'DATA_PRIVACY_FRAMEWORK'] }),
  ]);

  it('gives each regime a subsection in its own terms', () => {
    const { dom } = htmlFacts(render(both).html);
    const section = all(dom, 'section').find((s) => s.attribs.id === 'transfers')!;
    expect(all(section, 'section').map((s) => s.attribs.id)).toEqual(['transfers-eea', 'transfers-uk']);
    const eea = transfers(both, 'en', 'transfers-eea');
    const uk = transfers(both, 'en', 'transfers-uk');
    expect(eea).toContain('Transfers from the European Economic Area (GDPR)');
    expect(eea).toContain('Art. 46(2)(c) GDPR');
    expect(eea).not.toContain('UK GDPR');
    expect(eea).not.toContain('UK Addendum');
    expect(uk).toContain('Transfers from the United Kingdom (UK GDPR)');
    expect(uk).toContain('UK Addendum');
    expect(uk).toContain('UK Extension');
    expect(uk).not.toContain('Art. 46(2)(c) GDPR');
    expect(uk).not.toContain('2023/1795');
  });

  it('keeps headings nested in every language', () => {
    for (const language of LANGS) {
      const { dom } = htmlFacts(render(both, language).html);
      const section = all(dom, 'section').find((s) => s.attribs.id === 'transfers-uk')!;
      expect(section.children.filter(isEl)[0]!.name).toBe('h3');
    }
  });
});
