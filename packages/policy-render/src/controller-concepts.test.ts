import type { ControllerCertification, Language, PolicySnapshot } from '@noticeboard/domain';
import { describe, expect, it } from 'vitest';
import { all, textContent, type El } from './test/dom.js';
import { fixtureSnapshot } from './test/fixture.js';
import { htmlFacts, LANGS, render } from './test/render-helpers.js';

function sectionEl(snapshot: PolicySnapshot, language: Language, id: string): El | null {
  return all(htmlFacts(render(snapshot, language).html).dom, 'section').find((s) => s.attribs.id === id) ?? null;
}
const sectionText = (snapshot: PolicySnapshot, language: Language, id: string): string => {
  const el = sectionEl(snapshot, language, id);
  if (!el) throw new Error(`no section ${id}`);
  return textContent(el).replace(/[ \t\r\n]+/g, ' ');
};

const ICO = {
  name: "Information Commissioner's Office",
  country: 'GB',
  website: 'https://ico.org.uk',
  email: null,
  phone: '0303 123 1113',
  address: null,
};
const BFDI = {
  name: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
  country: 'DE',
  website: 'https://www.bfdi.bund.de',
  email: null,
  phone: null,
  address: null,
};

/** The fixture (UK and EU GDPR) with the authorities given. */
function withAuthorities(authorities: PolicySnapshot['controller']['supervisoryAuthorities']): PolicySnapshot {
  const s = fixtureSnapshot();
  s.controller = { ...s.controller, supervisoryAuthorities: authorities };
  return s;
}

describe('several supervisory authorities', () => {
  const s = withAuthorities([
    { ...BFDI, jurisdictions: ['EU_GDPR'], establishment: 'Cloud Officer GmbH' },
    { ...ICO, jurisdictions: ['UK_GDPR'], establishment: null },
  ]);
  const WORDS: Record<Language, { intro: string; eu: string; uk: string; establishment: string }> = {
    en: {
      intro: 'The supervisory authorities responsible for us are:',
      eu: 'Responsible under: EU GDPR',
      uk: 'Responsible under: UK GDPR',
      establishment: 'Responsible for our establishment: Cloud Officer GmbH',
    },
    de: {
      intro: 'Die für uns zuständigen Aufsichtsbehörden sind:',
      eu: 'Zuständig nach: DSGVO',
      uk: 'Zuständig nach: UK GDPR',
      establishment: 'Zuständig für unsere Niederlassung: Cloud Officer GmbH',
    },
    fr: {
      intro: 'Les autorités de contrôle compétentes à notre égard sont\u00a0:',
      eu: 'Compétente au titre de\u00a0: RGPD',
      uk: 'Compétente au titre de\u00a0: UK GDPR',
      establishment: 'Compétente pour notre établissement\u00a0: Cloud Officer GmbH',
    },
    es: {
      intro: 'Autoridades de control competentes respecto de nosotros:',
      eu: 'Competente con arreglo a: RGPD',
      uk: 'Competente con arreglo a: UK GDPR',
      establishment: 'Competente para nuestro establecimiento: Cloud Officer GmbH',
    },
    it: {
      intro: 'Le autorità di controllo competenti nei nostri confronti sono:',
      eu: 'Competente ai sensi di: GDPR',
      uk: 'Competente ai sensi di: UK GDPR',
      establishment: 'Competente per il nostro stabilimento: Cloud Officer GmbH',
    },
  };

  it.each(LANGS)('names each authority with its regimes and establishment in the complaints part (%s)', (language) => {
    const text = sectionText(s, language, 'rights-complaint');
    const w = WORDS[language];
    for (const expected of [w.intro, BFDI.name, w.eu, w.establishment, ICO.name, w.uk, 'https://ico.org.uk'])
      expect(text).toContain(expected);
    expect(text.indexOf(BFDI.name)).toBeLessThan(text.indexOf(ICO.name));
  });

  it('reads one authority named for the whole policy as the single sentence it always was', () => {
    const text = sectionText(
      withAuthorities([{ ...ICO, jurisdictions: [], establishment: null }]),
      'en',
      'rights-complaint',
    );
    expect(text).toContain(`The supervisory authority responsible for us is ${ICO.name}.`);
    expect(text).not.toContain('Responsible under');
  });

  it('reads one authority competent for every regime of the policy as one sentence too', () => {
    const s = withAuthorities([{ ...ICO, jurisdictions: ['EU_GDPR', 'UK_GDPR'], establishment: null }]);
    expect(sectionText(s, 'de', 'rights-complaint')).toContain(`Für uns zuständige Aufsichtsbehörde: ${ICO.name}.`);
    // Competent for one of two regimes: it says which.
    const one = withAuthorities([{ ...ICO, jurisdictions: ['UK_GDPR'], establishment: null }]);
    const text = sectionText(one, 'en', 'rights-complaint');
    expect(text).toContain('The supervisory authority responsible for us is:');
    expect(text).toContain('Responsible under: UK GDPR');
  });

  it('still renders a version published with the single authority only', () => {
    const s = fixtureSnapshot();
    const { supervisoryAuthorities: _list, ...controller } = s.controller;
    const published = {
      ...s,
      controller: { ...controller, supervisoryAuthority: { ...ICO, name: 'Legacy Authority' } },
    } as unknown as PolicySnapshot;
    for (const language of LANGS)
      expect(sectionText(published, language, 'rights-complaint')).toContain('Legacy Authority');
  });

  it('names no authority when none is named', () => {
    const text = sectionText(withAuthorities([]), 'en', 'rights-complaint');
    expect(text).toContain('right to lodge a complaint');
    expect(text).not.toContain('responsible for us');
  });
});

describe('processing on behalf of customers', () => {
  function withRole(role: PolicySnapshot['controller']['processorRole']): PolicySnapshot {
    const s = fixtureSnapshot();
    s.controller = { ...s.controller, processorRole: role };
    return s;
  }
  const answered = withRole({
    actsAsProcessor: true,
    services: 'the documents our customers store in Cloud Officer',
    requestHandling: 'FORWARDED_TO_CUSTOMER',
  });
  const WORDS: Record<Language, string[]> = {
    en: [
      'When we process data on behalf of our customers',
      'Where we process personal data on behalf of our business customers, we act as their processor (Art. 28 GDPR / UK GDPR), on their instructions: the customer is the controller of that data, and its own privacy policy applies, not this one.',
      'This concerns: the documents our customers store in Cloud Officer.',
      'Please address requests about that data to the customer concerned.',
      'We pass on to the customer concerned any request about that data that we receive',
    ],
    de: [
      'Wenn wir Daten im Auftrag unserer Kunden verarbeiten',
      'handeln wir als deren Auftragsverarbeiter (Art. 28 DSGVO / UK GDPR) und nach deren Weisungen',
      'Dies betrifft: the documents our customers store in Cloud Officer.',
      'Bitte richten Sie Anfragen zu diesen Daten an den jeweiligen Kunden.',
      'leiten wir an den jeweiligen Kunden weiter',
    ],
    fr: [
      'Lorsque nous traitons des données pour le compte de nos clients',
      'nous agissons en tant que leur sous-traitant (art. 28 RGPD / UK GDPR), sur leurs instructions',
      'Cela concerne\u00a0: the documents our customers store in Cloud Officer.',
      'Veuillez adresser vos demandes relatives à ces données au client concerné.',
      'Nous transmettons au client concerné toute demande',
    ],
    es: [
      'Cuando tratamos datos por cuenta de nuestros clientes',
      'actuamos como su encargado del tratamiento (art. 28 RGPD / UK GDPR), siguiendo sus instrucciones',
      'Esto afecta a: the documents our customers store in Cloud Officer.',
      'Le rogamos que dirija las solicitudes relativas a esos datos al cliente de que se trate.',
      'Remitimos al cliente de que se trate cualquier solicitud relativa a esos datos',
    ],
    it: [
      'Quando trattiamo dati per conto dei nostri clienti',
      'agiamo in qualità di responsabile del trattamento (art. 28 GDPR / UK GDPR), secondo le loro istruzioni',
      'Ciò riguarda: the documents our customers store in Cloud Officer.',
      'La preghiamo di rivolgere le richieste relative a tali dati al cliente in questione.',
      'Inoltriamo al cliente in questione ogni richiesta relativa a tali dati',
    ],
  };

  it.each(LANGS)('says the customer is the controller and where requests go (%s)', (language) => {
    const text = sectionText(answered, language, 'controller-processor');
    for (const expected of WORDS[language]) expect(text).toContain(expected);
  });

  it('says the tenant refers people to the customer when that is the answer', () => {
    const s = withRole({ actsAsProcessor: true, services: null, requestHandling: 'REFERRED_TO_CUSTOMER' });
    const text = sectionText(s, 'en', 'controller-processor');
    expect(text).toContain('If you send such a request to us, we will refer you to the customer concerned.');
    expect(text).not.toContain('This concerns');
  });

  it.each([null, false])('states nothing when the answer is %s', (actsAsProcessor) => {
    const s = withRole({ actsAsProcessor, services: null, requestHandling: null });
    for (const language of LANGS) {
      expect(sectionEl(s, language, 'controller-processor')).toBeNull();
      expect(render(s, language).text).not.toMatch(
        /on behalf of our business customers|Auftrag unserer|pour le compte de nos clients|por cuenta de nuestros clientes|per conto dei nostri clienti/,
      );
    }
  });
});

describe('the controller’s Data Privacy Framework certification', () => {
  const CERTIFICATION: ControllerCertification = {
    framework: 'DATA_PRIVACY_FRAMEWORK',
    certifiedOn: '2023-10-01',
    ukExtension: true,
    swissFramework: false,
    recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'JAMS', url: 'https://www.jamsadr.com/dpf-dispute-resolution' },
    enforcementBody: 'FTC',
  };
  function certified(c: ControllerCertification | null): PolicySnapshot {
    const s = fixtureSnapshot();
    s.controller = { ...s.controller, certifications: c ? [c] : [] };
    return s;
  }
  const WORDS: Record<Language, string[]> = {
    en: [
      'Cloud Officer Limited participates in the EU-U.S. Data Privacy Framework (EU-U.S. DPF) and the UK Extension to the EU-U.S. DPF, as set forth by the U.S. Department of Commerce',
      'with respect to all personal data received from the European Union and the United Kingdom in reliance on it. Its certification dates from 1 October 2023.',
      'https://www.dataprivacyframework.gov/list',
      'to the independent recourse mechanism we have designated: JAMS, an alternative dispute resolution provider based in the United States.',
      'https://www.jamsadr.com/dpf-dispute-resolution',
      'We are subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission (FTC).',
      'you may invoke binding arbitration',
      'in response to lawful requests by public authorities, including to meet national security or law enforcement requirements',
      'we remain liable under the Principles unless we prove that we are not responsible',
    ],
    de: [
      'nimmt an dem EU-US-Datenschutzrahmen (EU-U.S. Data Privacy Framework, EU-U.S. DPF) und der britischen Erweiterung des EU-U.S. DPF (UK Extension) teil',
      'aus der Europäischen Union und dem Vereinigten Königreich erhält',
      'JAMS, eine Stelle zur alternativen Streitbeilegung mit Sitz in den Vereinigten Staaten',
      'Wir unterliegen den Untersuchungs- und Durchsetzungsbefugnissen der US-Handelsaufsichtsbehörde (Federal Trade Commission, FTC).',
      'verbindliches Schiedsverfahren',
      'auf rechtmäßige Anfragen von Behörden offenzulegen',
      'haften wir nach den Grundsätzen',
    ],
    fr: [
      'participe au cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework) et à l’extension britannique de ce cadre (UK Extension)',
      'reçues de l’Union européenne et du Royaume-Uni',
      'JAMS, un organisme de règlement extrajudiciaire des litiges établi aux États-Unis',
      'Nous sommes soumis aux pouvoirs d’enquête et d’exécution de la Federal Trade Commission (FTC) des États-Unis.',
      'arbitrage contraignant',
      'en réponse à des demandes légales des autorités publiques',
      'nous en restons responsables au titre de ces principes',
    ],
    es: [
      'participa en el Marco de Privacidad de Datos UE-EE. UU. (EU-U.S. Data Privacy Framework) y en la extensión británica de dicho marco (UK Extension)',
      'recibidos de la Unión Europea y del Reino Unido',
      'JAMS, un organismo de resolución alternativa de litigios establecido en los Estados Unidos',
      'Estamos sujetos a las facultades de investigación y ejecución de la Comisión Federal de Comercio de los Estados Unidos (Federal Trade Commission, FTC).',
      'arbitraje vinculante',
      'en respuesta a solicitudes legítimas de las autoridades públicas',
      'seguimos siendo responsables con arreglo a dichos Principios',
    ],
    it: [
      'partecipa al quadro UE-USA per la protezione dei dati personali (EU-U.S. Data Privacy Framework, EU-U.S. DPF) e all’estensione per il Regno Unito dell’EU-U.S. DPF (UK Extension)',
      'ricevuti dall’Unione europea e dal Regno Unito',
      'JAMS, organismo di risoluzione alternativa delle controversie con sede negli Stati Uniti',
      'Siamo soggetti ai poteri di indagine e di esecuzione della Federal Trade Commission (FTC) degli Stati Uniti.',
      'arbitrato vincolante',
      'in risposta a richieste legittime di autorità pubbliche',
      'restiamo responsabili ai sensi dei Principi',
    ],
  };

  it.each(LANGS)('states participation, recourse mechanism, enforcement body and arbitration (%s)', (language) => {
    const text = sectionText(certified(CERTIFICATION), language, 'controller-dpf');
    for (const expected of WORDS[language]) expect(text).toContain(expected);
  });

  it('names the DPA panel without a name, and the Department of Transportation', () => {
    const text = sectionText(
      certified({
        ...CERTIFICATION,
        recourseMechanism: { kind: 'EU_DPA_PANEL', name: null, url: null },
        enforcementBody: 'DOT',
      }),
      'en',
      'controller-dpf',
    );
    expect(text).toContain('the panel established by the EU data protection authorities.');
    expect(text).toContain('powers of the U.S. Department of Transportation.');
    expect(text).not.toContain('How to file a complaint');
  });

  it('says nothing of a recourse mechanism that is not recorded (completeness asks for it)', () => {
    const text = sectionText(certified({ ...CERTIFICATION, recourseMechanism: null }), 'en', 'controller-dpf');
    expect(text).not.toContain('recourse mechanism');
    expect(text).toContain('Federal Trade Commission');
  });

  it('has no such part without a certification, nor in versions published before certifications', () => {
    expect(sectionEl(certified(null), 'en', 'controller-dpf')).toBeNull();
    const s = fixtureSnapshot();
    const { certifications: _c, processorRole: _p, ...controller } = s.controller;
    const published = { ...s, controller } as unknown as PolicySnapshot;
    expect(sectionEl(published, 'en', 'controller-dpf')).toBeNull();
    expect(sectionEl(published, 'en', 'controller-processor')).toBeNull();
  });
});
