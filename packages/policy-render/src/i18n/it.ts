import type { Catalog } from './en.js';

/**
 * Italian wording (formal “Lei”, courtesy pronouns capitalised), terminology of the Italian text of the GDPR
 * (Regulation (EU) 2016/679). Citations in the style ../build/citation.ts writes: “art. 46, par. 2, lett. c) GDPR”.
 * Dates follow “dal giorno” / “in data” so that no article has to agree with a formatted date (“l’8”, “l’11”).
 */
export const it: Catalog = {
  'doc.title': '{name} — Informativa sul trattamento dei dati personali',
  'doc.effective': 'Data di entrata in vigore: {date}',
  'doc.version': 'Versione {version}',
  'doc.draft': 'Bozza — questa versione non è stata pubblicata.',
  'doc.contents': 'Indice',
  'doc.contentsLabel': 'Indice dei contenuti',
  'doc.archived': 'Testo archiviato',
  'archived.section': 'Informazioni su questa versione archiviata',
  'archived.text': 'Testo della precedente informativa',
  'archived.notice':
    'Questo è un testo archiviato: la precedente informativa sul trattamento dei dati personali utilizzata da {name}, importata così come era stata redatta e in vigore dal giorno {date}. È conservata a documentazione di quanto dichiarato all’epoca e descrive i trattamenti di quel periodo, non quelli attuali.',
  'common.none': '–',
  'common.gdpr': 'GDPR',
  'common.ukGdpr': 'UK GDPR',
  'common.withReference': '{label} ({reference})',
  'common.labelled': '{label}: {value}',

  'section.introduction': 'Introduzione',
  'section.controller': 'Chi siamo',
  'section.data': 'Quali dati personali trattiamo',
  'section.recipients': 'A chi comunichiamo i Suoi dati',
  'section.transfers': 'Trasferimenti internazionali',
  'section.retention': 'Per quanto tempo conserviamo i Suoi dati',
  'section.cookies': 'Cookie e tecnologie simili',
  'section.rights': 'I Suoi diritti',
  'section.california': 'Informativa per i residenti in California',
  'section.brazil': 'Informativa per gli interessati in Brasile',
  'section.canada': 'Responsabilità per le informazioni personali in Canada',
  'section.security': 'Come proteggiamo i Suoi dati',
  'section.children': 'Minori',
  'section.automated': 'Processo decisionale automatizzato',
  'section.changes': 'Modifiche alla presente informativa',
  'section.contact': 'Come contattarci',

  'intro.body':
    'La presente informativa illustra in che modo {controller} («noi») raccoglie e utilizza i dati personali: quali dati raccogliamo, da dove provengono, per quali finalità e su quale base giuridica li utilizziamo, a chi li comunichiamo, per quanto tempo li conserviamo e quali diritti Le spettano.',
  'intro.audiences': 'La presente informativa riguarda le seguenti categorie di persone: {audiences}.',

  'controller.identity': '{legalName} è il titolare del trattamento dei Suoi dati personali.',
  'controller.identityTrading':
    '{legalName}, che opera con la denominazione commerciale {tradingName}, è il titolare del trattamento dei Suoi dati personali.',
  'controller.registrationNumber': 'Numero di iscrizione',
  'controller.registeredOffice': 'Sede legale',
  'controller.offices': 'Le nostre sedi',
  'controller.group': 'Le società del nostro gruppo',
  'controller.groupIntro':
    'Facciamo parte di un gruppo di società. Le seguenti società del gruppo partecipano al trattamento dei dati personali:',
  'controller.groupEntity': '{name}, {country}',
  'controller.dpo': 'Il nostro responsabile della protezione dei dati',
  'controller.dpoIntro':
    'Abbiamo designato un responsabile della protezione dei dati (RPD), che può contattare per qualsiasi questione relativa al trattamento dei Suoi dati personali:',
  'controller.representatives': 'I nostri rappresentanti',
  'controller.representativesIntro':
    'Abbiamo designato i seguenti rappresentanti, che può contattare anche direttamente:',
  'controller.laws': 'Normativa applicabile',
  'controller.lawsIntro': 'Trattiamo i dati personali in conformità alle seguenti normative:',
  'controller.processorHeading': 'Quando trattiamo dati per conto dei nostri clienti',
  'controller.processor':
    'Quando trattiamo dati personali per conto dei nostri clienti professionali, agiamo in qualità di {processor}, secondo le loro istruzioni: il cliente è titolare del trattamento di tali dati e si applica la sua informativa, non la presente.',
  'controller.processorTerm': 'responsabile del trattamento',
  'controller.processorServices': 'Ciò riguarda: {services}.',
  'controller.processorAddress': 'La preghiamo di rivolgere le richieste relative a tali dati al cliente in questione.',
  'dpf.heading': 'EU-U.S. Data Privacy Framework',
  'dpf.participation':
    '{controller} partecipa {frameworks}, secondo quanto stabilito dal Dipartimento del Commercio degli Stati Uniti, e ha certificato di rispettare i Principi del quadro per la protezione dei dati personali (Principi del DPF) per tutti i dati personali ricevuti {areas} in virtù di tale partecipazione. La certificazione è stata rilasciata in data {date}.',
  'dpf.list': 'Può verificare la nostra partecipazione nella Data Privacy Framework List: {link}.',
  'dpf.recourse':
    'Qualora abbia un reclamo relativo al nostro trattamento di dati personali ricevuti sulla base del DPF che non abbiamo risolto, può sottoporlo gratuitamente al meccanismo di ricorso indipendente da noi designato: {mechanism}.',
  'dpf.recourseUrl': 'Modalità per presentare un reclamo a tale organismo: {link}.',
  'dpf.enforcement': 'Siamo soggetti ai poteri di indagine e di esecuzione {body}.',
  'dpf.arbitration':
    'A determinate condizioni, descritte nell’allegato I dei Principi del DPF, può ricorrere a un arbitrato vincolante per un reclamo che non sia stato risolto con altri mezzi.',
  'dpf.publicAuthorities':
    'Potremmo essere tenuti a comunicare dati personali in risposta a richieste legittime di autorità pubbliche, anche per soddisfare esigenze di sicurezza nazionale o di applicazione della legge.',
  'dpf.onwardTransfers':
    'Qualora un terzo al quale trasferiamo dati personali affinché li tratti per nostro conto li tratti in modo non conforme ai Principi del DPF, restiamo responsabili ai sensi dei Principi, salvo che dimostriamo di non essere responsabili dell’evento che ha causato il danno.',
  'dpf.framework.EU_US':
    'al quadro UE-USA per la protezione dei dati personali (EU-U.S. Data Privacy Framework, EU-U.S. DPF)',
  'dpf.framework.UK_EXTENSION': 'all’estensione per il Regno Unito dell’EU-U.S. DPF (UK Extension)',
  'dpf.framework.SWISS_US':
    'al quadro Svizzera-USA per la protezione dei dati personali (Swiss-U.S. Data Privacy Framework, Swiss-U.S. DPF)',
  'dpf.area.EU': 'dall’Unione europea',
  'dpf.area.UK': 'dal Regno Unito',
  'dpf.area.CH': 'dalla Svizzera',

  'field.name': 'Nome',
  'field.email': 'E-mail',
  'field.phone': 'Telefono',
  'field.website': 'Sito web',
  'field.address': 'Indirizzo',
  'field.country': 'Paese',
  'field.role': 'Ruolo',

  'data.intro':
    'I dati che raccogliamo, la loro provenienza e le finalità per cui li utilizziamo dipendono dal rapporto che intrattiene con noi. La invitiamo a leggere la parte che La riguarda.',
  'data.otherProcessing': 'Altri trattamenti',
  'data.collected': 'Quali dati raccogliamo',
  'data.sources': 'Da dove provengono i dati',
  'data.purposes': 'Per quali finalità li utilizziamo e su quale base giuridica',
  'data.specialCategory': 'categoria particolare di dati: {category}',
  'data.criminalOffenceData': 'dati relativi a condanne penali e reati',
  'data.consequence': 'In caso di mancato conferimento: {consequence}',
  'data.sourceLine': '{category}: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'data.sourceListDetails': '{sources}. Dettagli su tali fonti: {details}',
  'purpose.legalBasis': 'Base giuridica: {basis}',
  'purpose.legalBasisFor': 'Base giuridica, per {scope}: {basis}',
  'purpose.legitimateInterest': 'Il nostro legittimo interesse: {interest}',
  'purpose.legitimateInterestLead': 'il nostro legittimo interesse',
  'purpose.legalObligation': 'Obbligo legale: {obligation}',
  'purpose.specialCondition': 'Per le categorie particolari di dati ({categories}): {condition}',
  'purpose.criminalOffence': 'Per i dati relativi a condanne penali e reati ({categories}): {authority}',
  'criminalOffenceAuthority.OFFICIAL_AUTHORITY': 'trattamento sotto il controllo dell’autorità pubblica',
  'criminalOffenceAuthority.AUTHORISED_BY_LAW': 'trattamento autorizzato dalla seguente normativa: {law}',
  'purpose.dataUsed': 'Dati utilizzati: {categories}',
  'purpose.recipients': 'Comunicati a: {recipients}',
  'purpose.withdraw': 'Può revocare il Suo consenso in qualsiasi momento.',
  'purpose.directMarketing':
    'Si tratta di marketing diretto: può opporsi a tale trattamento in qualsiasi momento (si veda {rights}).',
  'purpose.saleOrSharing':
    'Questo trattamento comporta la vendita o la condivisione di informazioni personali secondo le definizioni del CCPA.',
  'purpose.automated': 'Questo trattamento comporta un processo decisionale automatizzato (si veda {section}).',

  'recipients.intro': 'Comunichiamo dati personali soltanto ove ciò sia necessario per le finalità sopra descritte.',
  'recipients.none': 'Non comunichiamo dati personali ad altre organizzazioni.',
  'recipients.tableCaption': 'Panoramica dei destinatari',
  'recipients.processors': 'Fornitori di servizi (responsabili del trattamento)',
  'recipients.processorsIntro':
    'Questi fornitori trattano dati personali per nostro conto ed esclusivamente secondo le nostre istruzioni.',
  'recipients.processorsContract':
    'Con ciascuno di essi abbiamo stipulato un accordo sul trattamento dei dati che lo obbliga a proteggere i dati.',
  'recipients.controllers': 'Altri titolari del trattamento',
  'recipients.controllersIntro':
    'Queste organizzazioni ricevono dati personali e decidono autonomamente come utilizzarli (titolari autonomi del trattamento) oppure lo decidono insieme a noi (contitolari del trattamento). Ai loro trattamenti si applicano le rispettive informative.',
  'recipients.categories': 'Altre categorie di destinatari',
  'recipients.legalEntity': 'Entità giuridica: {entity}',
  'recipients.address': 'Indirizzo: {address}',
  'recipients.service': 'Servizio: {service}',
  'recipients.jointArrangement': 'Contenuto essenziale del nostro accordo di contitolarità: {arrangement}',
  'recipients.data': 'Dati ricevuti: {categories}',
  'recipients.privacyPolicy': 'Informativa sul trattamento dei dati di {name}',
  'recipients.optOut': 'Opposizione presso {name}',

  'transfers.intro':
    'Alcuni destinatari hanno sede, o trattano dati personali, in paesi situati al di fuori {areas}. Qualora un paese non garantisca un livello adeguato di protezione dei dati, proteggiamo i Suoi dati mediante le garanzie qui indicate.',
  'transfers.none': 'Non trasferiamo dati personali verso paesi situati al di fuori {areas}.',
  'transfers.tableCaption': 'Trasferimenti internazionali e relative garanzie',
  'transfers.variousCountries': 'vari paesi',
  'transfers.safeguardsIntro': 'Significato di tali garanzie:',
  'transfers.copy': 'Può ottenere una copia delle garanzie contattandoci all’indirizzo {email}.',
  'transfers.withDetails': '{instruments} — {details}',

  'retention.intro':
    'Conserviamo i dati personali soltanto per il tempo necessario alla finalità per la quale li abbiamo raccolti o per il periodo prescritto dalla legge:',
  'retention.general': 'La nostra regola generale: {rule}',
  'retention.followsGeneral': 'La nostra regola generale (si veda sopra)',
  'recipients.noSale': 'Non vendiamo dati personali.',
  'volunteered.DELETED':
    'Non Le chiediamo categorie particolari di dati personali (ad esempio dati relativi alla Sua salute, alle Sue convinzioni religiose o alle Sue opinioni politiche). Qualora ci trasmetta tali dati senza che Le siano stati richiesti, li cancelliamo.',
  'volunteered.PROCESSED_WITH_EXPLICIT_CONSENT':
    'Non Le chiediamo categorie particolari di dati personali (ad esempio dati relativi alla Sua salute, alle Sue convinzioni religiose o alle Sue opinioni politiche). Qualora scelga di fornirci tali dati, li utilizziamo soltanto per lo scopo per il quale li ha forniti, sulla base del {consent}, che può revocare in qualsiasi momento.',
  'data.aboutOthers':
    'Qualora ci fornisca dati personali relativi ad altre persone ({details}), La preghiamo di assicurarsi che tali persone siano a conoscenza della presente informativa e di avere titolo per comunicarci i loro dati.',
  'contact.enquiryResponse': 'Rispondiamo alle richieste di carattere generale entro {time}.',
  'responseUnit.HOURS': '{amount, plural, one {# ora} other {# ore}}',
  'responseUnit.DAYS': '{amount, plural, one {# giorno} other {# giorni}}',
  'responseUnit.BUSINESS_DAYS': '{amount, plural, one {# giorno lavorativo} other {# giorni lavorativi}}',
  'retention.tableCaption': 'Periodi di conservazione per finalità',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Utilizziamo cookie e tecnologie simili. La tabella seguente li elenca e indica chi li installa, a quale scopo e per quanto tempo sono conservati.',
  'cookies.tableCaption': 'Cookie e tecnologie simili che utilizziamo',
  'cookies.session': 'sessione',
  'cookies.group': '{name} (gruppo di cookie)',
  'cookies.typicalDuration': 'di norma fino a {duration}',
  'cookies.purposeWithBasis': '{purpose} ({basis})',
  'cookies.onlyWithConsent': 'Installiamo i cookie non strettamente necessari soltanto previo Suo consenso.',

  'table.recipient': 'Destinatario',
  'table.role': 'Ruolo',
  'table.countries': 'Paesi',
  'table.safeguards': 'Garanzie',
  'table.purpose': 'Finalità',
  'table.retention': 'Periodo di conservazione',
  'table.name': 'Nome',
  'table.provider': 'Fornitore',
  'table.kind': 'Tipo',
  'table.duration': 'Durata',
  'table.cookieFunction': 'Funzione',
  'table.cookiePurposes': 'Finalità (base giuridica)',
  'table.category': 'Categoria',
  'table.includes': 'Contenuto',

  'rights.intro':
    'A seconda della normativa a Lei applicabile, Le spettano i diritti indicati di seguito. Per ciascun diritto sono indicate le disposizioni che lo prevedono.',
  'rights.grantedBy': 'Riferimento normativo: {references}',
  'rights.portabilityScope':
    '{regimes, select, all {Questo diritto riguarda} other {Ai sensi delle disposizioni applicabili ({reference}), questo diritto riguarda}} i dati personali che trattiamo con mezzi automatizzati sulla base del Suo consenso o di un contratto concluso con Lei, come avviene per: {purposes}.',
  'rights.portabilityNone':
    '{regimes, select, all {Questo diritto riguarda soltanto} other {Ai sensi delle disposizioni applicabili ({reference}), questo diritto riguarda soltanto}} i dati personali che trattiamo con mezzi automatizzati sulla base del Suo consenso o di un contratto concluso con Lei; nessuno dei nostri trattamenti si fonda su una di tali basi giuridiche.',
  'rights.withdrawHeading': 'Revoca del consenso',
  'rights.withdraw':
    'Qualora il trattamento si fondi sul Suo consenso ({purposes}), può revocarlo in qualsiasi momento, con la stessa facilità con cui lo ha prestato, ad esempio scrivendo a {email}. La revoca del consenso non pregiudica la liceità del trattamento effettuato prima della revoca.',
  'rights.consentCookies': 'cookie non strettamente necessari',
  'rights.withdrawOnline':
    'Può inoltre revocare in un solo passaggio tutti i consensi che ci ha prestato tramite {link}.',
  'rights.withdrawLink': 'la nostra pagina di revoca del consenso',
  'rights.objectHeading': 'Il Suo diritto di opposizione',
  'rights.object':
    'Ha il diritto di opporsi in qualsiasi momento, per motivi connessi alla Sua situazione particolare, al trattamento dei Suoi dati personali fondato sul legittimo interesse o sull’esecuzione di un compito di interesse pubblico.',
  'rights.objectMarketing':
    'Ha il diritto di opporsi in qualsiasi momento al trattamento dei Suoi dati personali per finalità di marketing diretto, compresa la profilazione connessa a tale marketing diretto. In caso di opposizione, non tratteremo più i Suoi dati per tali finalità.',
  'rights.exerciseHeading': 'Come esercitare i Suoi diritti',
  'rights.exerciseEmail': 'Per esercitare i Suoi diritti, può scriverci all’indirizzo {email}.',
  'rights.exerciseUrl': 'Può inoltre utilizzare {link}.',
  'rights.exerciseChannel': 'Può inoltre contattarci tramite il seguente canale: {channel}.',
  'rights.formLink': 'il nostro modulo elettronico di richiesta',
  'rights.verify':
    'Prima di dare seguito a una richiesta, potremmo chiederLe di confermare la Sua identità. Rispondiamo entro i termini previsti dalla legge.',
  'rights.free': 'Le richieste sono gestite gratuitamente, salvo che siano manifestamente infondate o eccessive.',
  'rights.fee': 'Ove la legge lo consenta, possiamo addebitare un contributo spese ragionevole per una richiesta.',
  'rights.complaintHeading': 'Reclamo a un’autorità di controllo',
  'rights.complaint':
    'Qualora ritenga che il trattamento dei Suoi dati personali da parte nostra violi la legge, ha il diritto di proporre reclamo a un’autorità di controllo, in particolare nel paese in cui risiede abitualmente o lavora oppure nel luogo in cui si è verificata la presunta violazione.',
  'rights.authority': 'Autorità di controllo competente nei nostri confronti: {authority}.',
  'rights.authorities':
    '{count, plural, one {L’autorità di controllo competente nei nostri confronti è:} other {Le autorità di controllo competenti nei nostri confronti sono:}}',
  'rights.authorityRegimes': 'Competente ai sensi di',
  'rights.authorityEstablishment': 'Competente per il nostro stabilimento',

  'ca.intro':
    'Le presenti informazioni si applicano ai residenti in California e integrano il resto della presente informativa, in conformità al {law}.',
  'ca.categoriesIntro':
    'Negli ultimi 12 mesi abbiamo raccolto le seguenti categorie di informazioni personali. Per ciascuna categoria, la tabella indica da dove provengono le informazioni, per quali finalità le utilizziamo e i destinatari ai quali le comunichiamo per finalità aziendali o le vendiamo o condividiamo. Il periodo di conservazione è indicato sopra.',
  'ca.tableCaption': 'Categorie di informazioni personali raccolte',
  'ca.sells':
    'Vendiamo o condividiamo informazioni personali, secondo le definizioni del CCPA, per le seguenti finalità: {purposes}.',
  'ca.sellsGeneral': 'Vendiamo o condividiamo informazioni personali, secondo le definizioni del CCPA.',
  'ca.doesNotSell': 'Non vendiamo né condividiamo informazioni personali, secondo le definizioni del CCPA.',
  'ca.notSoldPastYear': 'Negli ultimi 12 mesi non abbiamo venduto né condiviso informazioni personali.',
  'ca.soldPastYear': 'Negli ultimi 12 mesi abbiamo venduto o condiviso informazioni personali.',
  'ca.optOut':
    'Ha il diritto di opporsi alla vendita o alla condivisione delle Sue informazioni personali. A tal fine, può scriverci all’indirizzo {email}.',
  'ca.optOutLink': 'Può inoltre esercitare l’opposizione tramite {link}.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Utilizziamo le informazioni personali sensibili soltanto per le finalità che il CCPA consente senza riconoscere il diritto di limitarne l’uso (11 CCR § 7027(m)).',
  'ca.limit':
    'Ha il diritto di limitare l’uso delle Sue informazioni personali sensibili a quanto necessario per fornire i beni o i servizi da Lei richiesti. A tal fine, può scriverci all’indirizzo {email}.',
  'ca.nonDiscrimination':
    'Non La discrimineremo per il fatto che esercita i Suoi diritti in materia di protezione dei dati, ad esempio negandoLe beni o servizi, applicandoLe prezzi diversi o fornendoLe un servizio di qualità diversa.',
  'ca.columnSources': 'Fonti',
  'ca.columnPurposes': 'Finalità',
  'ca.columnDisclosedTo': 'Comunicate per finalità aziendali a',
  'ca.columnSoldOrSharedTo': 'Vendute o condivise a',
  'ca.minorsNoKnowledge':
    'Non siamo effettivamente a conoscenza di vendere o condividere informazioni personali di consumatori di età inferiore a 16 anni.',
  'ca.minorsAuthorised':
    'Vendiamo o condividiamo informazioni personali di consumatori di età inferiore a 16 anni soltanto con la loro autorizzazione espressa oppure, per i consumatori di età inferiore a 13 anni, con quella di un genitore o tutore.',
  'ca.signals':
    'Trattiamo i segnali di preferenza di opposizione, come il Global Privacy Control (GPC), quali richieste valide di opposizione alla vendita o alla condivisione di informazioni personali: per il browser o il dispositivo che invia il segnale e per qualsiasi profilo di consumatore a esso associato, compresi i profili pseudonimi, nonché per Lei in quanto consumatore, se conosciamo la Sua identità. Per inviare tale segnale, lo attivi in un browser o in un’estensione del browser che lo supporti.',
  'ca.limitLink': 'Può inoltre limitarne l’uso tramite {link}.',
  'ca.limitLinkText': 'Limit the Use of My Sensitive Personal Information',
  'ca.tollFree': 'Può inoltre presentare una richiesta chiamando il nostro numero verde {phone}.',
  'ca.verification':
    'Prima di dare seguito a una richiesta di accesso, cancellazione o rettifica di informazioni personali, verifichiamo la Sua identità come segue: {process}',
  'ca.noIncentives':
    'Non offriamo incentivi finanziari né differenze di prezzo o di servizio in cambio di informazioni personali.',
  'ca.incentives':
    'Offriamo incentivi finanziari connessi alla raccolta, alla conservazione o alla vendita di informazioni personali. Le relative condizioni, nonché le modalità per aderirvi e per recedere in qualsiasi momento, sono illustrate nel seguente documento: {link}.',
  'ca.incentivesLinkText': 'Informativa sugli incentivi finanziari',
  'ca.lastUpdated': 'La presente informativa è stata aggiornata l’ultima volta in data {date}.',

  'br.intro':
    'Le presenti informazioni si applicano qualora il trattamento dei Suoi dati personali sia disciplinato dalla Legge generale brasiliana sulla protezione dei dati (LGPD, legge n. 13.709/2018) e integrano il resto della presente informativa.',
  'br.condition':
    'Il conferimento dei seguenti dati è condizione per ricevere i nostri prodotti o servizi: {categories}. In caso di mancato conferimento, non potremo fornirli. Può esercitare in qualsiasi momento i Suoi diritti di interessato ai sensi dell’art. 18 LGPD (si veda {rights}) scrivendo a {email}.',
  'br.children':
    'Trattiamo dati personali di bambini e adolescenti. Tipi di dati che raccogliamo e modalità con cui li utilizziamo: {types}',
  'br.parentalConsent':
    'Qualora trattiamo dati personali di un bambino (di età inferiore a 12 anni) sulla base del consenso, lo facciamo soltanto con il consenso specifico ed evidenziato di almeno un genitore o tutore legale, che raccogliamo e verifichiamo come segue: {process}',
  'br.childrenRights':
    'I genitori e i tutori legali possono esercitare i diritti dell’interessato per conto del bambino (si veda {rights}).',
  'br.noChildren': 'Non trattiamo dati personali di bambini o adolescenti.',

  'pipeda.accountable':
    'Abbiamo designato una persona responsabile del rispetto, da parte nostra, della legge canadese sulla protezione delle informazioni personali e dei documenti elettronici (PIPEDA) e dei principi di cui al suo allegato 1. Può rivolgere a tale persona domande e reclami sul modo in cui trattiamo le informazioni personali:',
  'pipeda.title': 'Qualifica',

  'children.body':
    'I nostri servizi non sono rivolti a minori di {age} anni. Non raccogliamo consapevolmente dati personali di minori di {age} anni. Qualora ritenga che un minore di {age} anni ci abbia fornito dati personali, La preghiamo di contattarci all’indirizzo {email}: provvederemo a cancellarli.',

  'security.intro': 'Proteggiamo i dati personali mediante misure tecniche e organizzative adeguate, tra cui:',

  'automated.none':
    'Non ricorriamo a processi decisionali automatizzati: non adottiamo decisioni basate unicamente sul trattamento automatizzato, compresa la profilazione, che producano effetti giuridici che La riguardano o che incidano in modo analogo significativamente sulla Sua persona.',
  'automated.intro':
    'Nei casi seguenti adottiamo decisioni basate unicamente sul trattamento automatizzato (processo decisionale automatizzato). Illustriamo la logica utilizzata e le conseguenze per Lei:',
  'automated.safeguards':
    'Può chiedere che una persona riesamini tale decisione automatizzata, esprimere la propria opinione e contestare la decisione.',

  'changes.version': 'Questa è la versione {version} della presente informativa, in vigore dal giorno {date}.',
  'changes.policyUrl': 'Pubblichiamo la presente informativa anche sul nostro sito web all’indirizzo {link}.',
  'changes.draft': 'Questa è una bozza della presente informativa, non ancora pubblicata.',
  'changes.publicUrl': 'La versione vigente è sempre disponibile all’indirizzo {link}.',

  'contact.intro':
    'Per qualsiasi domanda sulla presente informativa o sul modo in cui utilizziamo i Suoi dati personali, La invitiamo a contattarci:',
  'contact.postal': 'Posta',
  'contact.dpo': 'Può inoltre contattare il nostro responsabile della protezione dei dati: {contact}.',

  // Legal bases and conditions without an article: they follow “Base giuridica:” and “sulla base del {consent}”.
  'legalBasis.CONSENT': 'consenso da Lei prestato',
  'legalBasis.CONTRACT':
    'esecuzione di un contratto di cui Lei è parte o di misure precontrattuali adottate su Sua richiesta',
  'legalBasis.LEGAL_OBLIGATION': 'adempimento di un obbligo legale',
  'legalBasis.VITAL_INTERESTS': 'salvaguardia dei Suoi interessi vitali o di quelli di un’altra persona fisica',
  'legalBasis.PUBLIC_TASK': 'esecuzione di un compito di interesse pubblico',
  'legalBasis.LEGITIMATE_INTERESTS': 'perseguimento dei nostri legittimi interessi',

  'specialCondition.EXPLICIT_CONSENT': 'consenso esplicito da Lei prestato',
  'specialCondition.EMPLOYMENT_AND_SOCIAL_SECURITY':
    'obblighi e diritti in materia di diritto del lavoro e della sicurezza sociale e protezione sociale',
  'specialCondition.VITAL_INTERESTS':
    'tutela di interessi vitali qualora Lei si trovi nell’incapacità fisica o giuridica di prestare il proprio consenso',
  'specialCondition.NOT_FOR_PROFIT_BODY': 'legittime attività di un organismo senza scopo di lucro',
  'specialCondition.MADE_PUBLIC_BY_SUBJECT': 'dati da Lei resi manifestamente pubblici',
  'specialCondition.LEGAL_CLAIMS': 'accertamento, esercizio o difesa di un diritto in sede giudiziaria',
  'specialCondition.SUBSTANTIAL_PUBLIC_INTEREST': 'motivi di interesse pubblico rilevante',
  'specialCondition.HEALTH_OR_SOCIAL_CARE': 'assistenza o terapia sanitaria o sociale',
  'specialCondition.PUBLIC_HEALTH': 'motivi di interesse pubblico nel settore della sanità pubblica',
  'specialCondition.ARCHIVING_RESEARCH_STATISTICS':
    'fini di archiviazione, di ricerca scientifica o storica o fini statistici',

  'specialCategory.RACIAL_OR_ETHNIC_ORIGIN': 'origine razziale o etnica',
  'specialCategory.POLITICAL_OPINIONS': 'opinioni politiche',
  'specialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS': 'convinzioni religiose o filosofiche',
  'specialCategory.TRADE_UNION_MEMBERSHIP': 'appartenenza sindacale',
  'specialCategory.GENETIC': 'dati genetici',
  'specialCategory.BIOMETRIC': 'dati biometrici',
  'specialCategory.HEALTH': 'dati relativi alla salute',
  'specialCategory.SEX_LIFE_OR_ORIENTATION': 'vita sessuale o orientamento sessuale',
  'specialCategory.CRIMINAL_OFFENCES': 'condanne penali e reati',

  'source.SUBJECT': 'direttamente da Lei',
  'source.THIRD_PARTY': 'da terzi',
  'source.PUBLIC': 'da fonti accessibili al pubblico',
  'source.AUTOMATIC': 'automaticamente, quando utilizza i nostri servizi',

  'requirement.VOLUNTARY': 'Il conferimento di questi dati è facoltativo.',
  'requirement.CONTRACTUAL': 'Il conferimento di questi dati è un obbligo contrattuale.',
  'requirement.PRE_CONTRACTUAL': 'Il conferimento di questi dati è necessario per concludere un contratto con noi.',
  'requirement.STATUTORY': 'Il conferimento di questi dati è un obbligo di legge.',

  'ccpa.IDENTIFIERS': 'Identificativi',
  'ccpa.CUSTOMER_RECORDS': 'Dati contenuti nei registri dei clienti (Cal. Civ. Code § 1798.80(e))',
  'ccpa.PROTECTED_CLASSIFICATIONS': 'Caratteristiche relative a categorie protette',
  'ccpa.COMMERCIAL_INFORMATION': 'Informazioni commerciali',
  'ccpa.BIOMETRIC_INFORMATION': 'Informazioni biometriche',
  'ccpa.INTERNET_ACTIVITY': 'Informazioni sull’attività su Internet o su altre reti elettroniche',
  'ccpa.GEOLOCATION': 'Dati di geolocalizzazione',
  'ccpa.SENSORY_DATA': 'Informazioni audio, elettroniche, visive, termiche, olfattive o simili',
  'ccpa.PROFESSIONAL_INFORMATION': 'Informazioni professionali o relative all’impiego',
  'ccpa.EDUCATION_INFORMATION': 'Informazioni sull’istruzione',
  'ccpa.INFERENCES': 'Deduzioni tratte per creare un profilo',
  'ccpa.SENSITIVE_PERSONAL_INFORMATION': 'Informazioni personali sensibili',

  'role.PROCESSOR': 'responsabile del trattamento',
  'role.INDEPENDENT_CONTROLLER': 'titolare autonomo del trattamento',
  'role.JOINT_CONTROLLER': 'contitolare del trattamento',
  'role.CATEGORY': 'categoria di destinatari',

  'instrument.EU_ADEQUACY_DECISION': 'decisione di adeguatezza della Commissione europea',
  'instrument.EU_STANDARD_CONTRACTUAL_CLAUSES': 'clausole contrattuali tipo della Commissione europea',
  'instrument.EU_US_DATA_PRIVACY_FRAMEWORK': 'quadro UE-USA per la protezione dei dati personali',
  'instrument.EU_BINDING_CORPORATE_RULES': 'norme vincolanti d’impresa',
  'instrument.EU_DEROGATION': 'deroga in una situazione specifica',
  'instrument.UK_ADEQUACY_REGULATIONS': 'regolamenti di adeguatezza del Regno Unito',
  'instrument.UK_IDTA': 'accordo internazionale di trasferimento dei dati del Regno Unito',
  'instrument.UK_ADDENDUM':
    'addendum del Regno Unito (UK Addendum) alle clausole contrattuali tipo della Commissione europea',
  'instrument.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'estensione per il Regno Unito del quadro UE-USA per la protezione dei dati personali',
  'instrument.UK_BINDING_CORPORATE_RULES': 'norme vincolanti d’impresa',
  'instrument.UK_DEROGATION': 'deroga in una situazione specifica',
  'instrument.CH_ADEQUACY_DECISION': 'decisione di adeguatezza del Consiglio federale svizzero',
  'instrument.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'clausole contrattuali tipo della Commissione europea, riconosciute dall’IFPDT',
  'instrument.CH_US_DATA_PRIVACY_FRAMEWORK': 'quadro Svizzera-USA per la protezione dei dati personali',
  'instrument.CH_BINDING_CORPORATE_RULES': 'norme vincolanti d’impresa',
  'instrument.CH_EXCEPTION': 'eccezione in una situazione specifica',
  'instrument.BR_STANDARD_CONTRACTUAL_CLAUSES': 'clausole contrattuali tipo dell’ANPD',
  'instrument.BR_GLOBAL_CORPORATE_RULES': 'norme societarie globali',
  'instrument.BR_DEROGATION': 'trasferimento consentito in una situazione specifica',

  'instrumentRef.EU_ADEQUACY_DECISION': 'art. 45, par. 3 GDPR',
  'instrumentRef.EU_STANDARD_CONTRACTUAL_CLAUSES': 'art. 46, par. 2, lett. c) GDPR',
  'instrumentRef.EU_US_DATA_PRIVACY_FRAMEWORK': 'art. 45, par. 3 GDPR',
  'instrumentRef.EU_BINDING_CORPORATE_RULES': 'art. 46, par. 2, lett. b) e art. 47 GDPR',
  'instrumentRef.EU_DEROGATION': 'art. 49, par. 1 GDPR',
  'instrumentRef.UK_ADEQUACY_REGULATIONS': 'art. 45, par. 1 UK GDPR e sezione 17A DPA 2018',
  'instrumentRef.UK_IDTA': 'art. 46, par. 2, lett. d) UK GDPR e sezione 119A DPA 2018',
  'instrumentRef.UK_ADDENDUM': 'art. 46, par. 2, lett. d) UK GDPR e sezione 119A DPA 2018',
  'instrumentRef.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'art. 45, par. 1 UK GDPR e sezione 17A DPA 2018',
  'instrumentRef.UK_BINDING_CORPORATE_RULES': 'art. 46, par. 2, lett. b) e art. 47 UK GDPR',
  'instrumentRef.UK_DEROGATION': 'art. 49, par. 1 UK GDPR',
  'instrumentRef.CH_ADEQUACY_DECISION': 'art. 16 cpv. 1 LPD',
  'instrumentRef.CH_STANDARD_CONTRACTUAL_CLAUSES': 'art. 16 cpv. 2 lett. d LPD',
  'instrumentRef.CH_US_DATA_PRIVACY_FRAMEWORK': 'art. 16 cpv. 1 LPD',
  'instrumentRef.CH_BINDING_CORPORATE_RULES': 'art. 16 cpv. 2 lett. e LPD',
  'instrumentRef.CH_EXCEPTION': 'art. 17 LPD',
  'instrumentRef.BR_STANDARD_CONTRACTUAL_CLAUSES': 'art. 33, II, b LGPD',
  'instrumentRef.BR_GLOBAL_CORPORATE_RULES': 'art. 33, II, c LGPD',
  'instrumentRef.BR_DEROGATION': 'art. 33, III a IX LGPD',

  'instrumentInfo.EU_ADEQUACY_DECISION':
    'La Commissione europea ha deciso che il paese garantisce un livello di protezione adeguato dei dati personali.',
  'instrumentInfo.EU_STANDARD_CONTRACTUAL_CLAUSES':
    'Clausole contrattuali adottate dalla Commissione europea con la decisione di esecuzione (UE) 2021/914 del 4 giugno 2021, con le quali il destinatario si impegna a proteggere i dati.',
  'instrumentInfo.EU_US_DATA_PRIVACY_FRAMEWORK':
    'Certificazione dell’organizzazione che riceve i dati negli Stati Uniti nell’ambito del quadro UE-USA per la protezione dei dati personali (EU-US Data Privacy Framework). Con la decisione di esecuzione (UE) 2023/1795 del 10 luglio 2023, la Commissione europea ha constatato che le organizzazioni certificate garantiscono un livello di protezione adeguato.',
  'instrumentInfo.EU_BINDING_CORPORATE_RULES':
    'Norme di protezione dei dati vincolanti per tutte le società del gruppo del destinatario, approvate da un’autorità di controllo.',
  'instrumentInfo.EU_DEROGATION':
    'Trasferimento consentito in una situazione specifica ai sensi dell’art. 49 GDPR, come descritto per il destinatario in questione.',
  'instrumentInfo.UK_ADEQUACY_REGULATIONS':
    'Il Regno Unito ha constatato, mediante regolamenti di adeguatezza, che il paese garantisce un livello di protezione adeguato dei dati personali.',
  'instrumentInfo.UK_IDTA':
    'L’accordo internazionale di trasferimento dei dati (International Data Transfer Agreement, IDTA) emanato dall’Information Commissioner del Regno Unito ai sensi della sezione 119A del Data Protection Act 2018, in vigore dal 21 marzo 2022, con il quale il destinatario si impegna a proteggere i dati.',
  'instrumentInfo.UK_ADDENDUM':
    'L’addendum emanato dall’Information Commissioner del Regno Unito ai sensi della sezione 119A del Data Protection Act 2018, in vigore dal 21 marzo 2022, che rende applicabili le clausole contrattuali tipo della Commissione europea ai trasferimenti dal Regno Unito.',
  'instrumentInfo.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'Partecipazione dell’organizzazione che riceve i dati negli Stati Uniti all’estensione per il Regno Unito del quadro UE-USA per la protezione dei dati personali (UK Extension to the EU-US Data Privacy Framework). Il governo del Regno Unito ha riconosciuto come adeguati i trasferimenti verso le organizzazioni partecipanti con i Data Protection (Adequacy) (United States of America) Regulations 2023, in vigore dal 12 ottobre 2023.',
  'instrumentInfo.UK_BINDING_CORPORATE_RULES':
    'Norme di protezione dei dati vincolanti per tutte le società del gruppo del destinatario, approvate dall’Information Commissioner del Regno Unito.',
  'instrumentInfo.UK_DEROGATION':
    'Trasferimento consentito in una situazione specifica ai sensi dell’art. 49 UK GDPR, come descritto per il destinatario in questione.',
  'instrumentInfo.CH_ADEQUACY_DECISION':
    'Il Consiglio federale svizzero ha deciso che il paese garantisce un livello adeguato di protezione dei dati (allegato 1 dell’ordinanza sulla protezione dei dati).',
  'instrumentInfo.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'Le clausole contrattuali tipo della Commissione europea (decisione di esecuzione (UE) 2021/914), riconosciute dall’Incaricato federale della protezione dei dati e della trasparenza (IFPDT) e adattate secondo quanto richiesto dal diritto svizzero, con le quali il destinatario si impegna a proteggere i dati.',
  'instrumentInfo.CH_US_DATA_PRIVACY_FRAMEWORK':
    'Certificazione dell’organizzazione che riceve i dati negli Stati Uniti nell’ambito del quadro Svizzera-USA per la protezione dei dati personali (Swiss-US Data Privacy Framework), che il Consiglio federale svizzero riconosce come idoneo a garantire un livello di protezione adeguato dal 15 settembre 2024.',
  'instrumentInfo.CH_BINDING_CORPORATE_RULES':
    'Norme di protezione dei dati vincolanti per tutte le società del gruppo del destinatario, approvate dall’IFPDT o dall’autorità di protezione dei dati di uno Stato che garantisce una protezione adeguata.',
  'instrumentInfo.CH_EXCEPTION':
    'Trasferimento consentito in una situazione specifica ai sensi dell’art. 17 LPD, come descritto per il destinatario in questione.',
  'instrumentInfo.BR_STANDARD_CONTRACTUAL_CLAUSES':
    'Le clausole contrattuali tipo approvate dall’Autorità nazionale brasiliana per la protezione dei dati (ANPD) con la risoluzione CD/ANPD n. 19 del 23 agosto 2024, con le quali il destinatario si impegna a proteggere i dati.',
  'instrumentInfo.BR_GLOBAL_CORPORATE_RULES':
    'Norme di protezione dei dati vincolanti per tutte le società del gruppo del destinatario, approvate dall’ANPD ai sensi della risoluzione CD/ANPD n. 19 del 23 agosto 2024.',
  'instrumentInfo.BR_DEROGATION':
    'Trasferimento consentito in una situazione specifica ai sensi dell’art. 33 LGPD, come descritto per il destinatario in questione.',

  'transfersFrom.EEA': 'Trasferimenti dallo Spazio economico europeo (GDPR)',
  'transfersFrom.UK': 'Trasferimenti dal Regno Unito (UK GDPR)',
  'transfersFrom.CH': 'Trasferimenti dalla Svizzera (LPD)',
  'transfersFrom.BR': 'Trasferimenti dal Brasile (LGPD)',

  // After “al di fuori”: the preposition with its article belongs to each name.
  'area.EEA': 'dello Spazio economico europeo (SEE)',
  'area.UK': 'del Regno Unito',
  'area.CH': 'della Svizzera',
  'area.BR': 'del Brasile',

  'retentionUnit.DAYS': '{amount, plural, one {# giorno} other {# giorni}}',
  'retentionUnit.WEEKS': '{amount, plural, one {# settimana} other {# settimane}}',
  'retentionUnit.MONTHS': '{amount, plural, one {# mese} other {# mesi}}',
  'retentionUnit.YEARS': '{amount, plural, one {# anno} other {# anni}}',

  'retentionTrigger.COLLECTION': 'dalla raccolta',
  'retentionTrigger.END_OF_RELATIONSHIP': 'dalla cessazione del rapporto',
  'retentionTrigger.END_OF_ENQUIRY': 'dalla conclusione della richiesta',
  'retentionTrigger.LAST_INTERACTION': 'dalla Sua ultima interazione con noi',
  'retentionTrigger.END_OF_RECRUITMENT': 'dalla conclusione della procedura di selezione',
  'retentionTrigger.CONSENT_WITHDRAWN': 'dalla revoca del Suo consenso',
  'retentionTrigger.END_OF_FINANCIAL_YEAR': 'dalla chiusura dell’esercizio finanziario',

  'cookieKind.STRICTLY_NECESSARY': 'strettamente necessario',
  'cookieKind.FUNCTIONAL': 'funzionale',
  'cookieKind.ANALYTICS': 'analitico',
  'cookieKind.MARKETING': 'di marketing',

  'cookieUnit.MINUTES': '{amount, plural, one {# minuto} other {# minuti}}',
  'cookieUnit.HOURS': '{amount, plural, one {# ora} other {# ore}}',
  'cookieUnit.DAYS': '{amount, plural, one {# giorno} other {# giorni}}',
  'cookieUnit.MONTHS': '{amount, plural, one {# mese} other {# mesi}}',
  'cookieUnit.YEARS': '{amount, plural, one {# anno} other {# anni}}',

  'right.ACCESS': 'Diritto di accesso',
  'right.RECTIFICATION': 'Diritto di rettifica',
  'right.ERASURE': 'Diritto alla cancellazione',
  'right.RESTRICTION': 'Diritto di limitazione del trattamento',
  'right.OBJECTION': 'Diritto di opposizione',
  'right.PORTABILITY': 'Diritto alla portabilità dei dati',
  'right.WITHDRAW_CONSENT': 'Diritto di revocare il consenso',
  'right.AUTOMATED_DECISIONS': 'Diritti relativi al processo decisionale automatizzato',
  'right.COMPLAIN': 'Diritto di proporre reclamo',
  'right.OPT_OUT_SALE_SHARING': 'Diritto di opporsi alla vendita o alla condivisione',
  'right.LIMIT_SENSITIVE_USE': 'Diritto di limitare l’uso delle informazioni personali sensibili',
  'right.NON_DISCRIMINATION': 'Diritto alla non discriminazione',

  'rightInfo.ACCESS':
    'Può chiederci conferma che sia o meno in corso un trattamento di dati personali che La riguardano e, in tal caso, ottenerne una copia e informazioni sul modo in cui li utilizziamo.',
  'rightInfo.RECTIFICATION': 'Può chiederci di rettificare i dati personali inesatti e di integrare quelli incompleti.',
  'rightInfo.ERASURE':
    'Può chiederci di cancellare i Suoi dati personali, ad esempio quando non ci sono più necessari o quando revoca il Suo consenso.',
  'rightInfo.RESTRICTION':
    'Può chiederci di limitare il trattamento dei Suoi dati personali, ad esempio nel periodo in cui ne verifichiamo l’esattezza.',
  'rightInfo.OBJECTION':
    'Può opporsi al trattamento fondato sul legittimo interesse o sull’esecuzione di un compito di interesse pubblico e, in qualsiasi momento, al marketing diretto.',
  'rightInfo.PORTABILITY':
    'Può ricevere i dati personali che ci ha fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico, oppure chiederci di trasmetterli a un’altra organizzazione.',
  'rightInfo.WITHDRAW_CONSENT':
    'Qualora il trattamento si fondi sul Suo consenso, può revocarlo in qualsiasi momento, con effetto per il futuro.',
  'rightInfo.AUTOMATED_DECISIONS':
    'Ha il diritto che nei Suoi confronti non sia adottata una decisione basata unicamente sul trattamento automatizzato che produca effetti giuridici che La riguardano o che incida in modo analogo significativamente sulla Sua persona.',
  'rightInfo.COMPLAIN': 'Può proporre reclamo a un’autorità di controllo.',
  'rightInfo.OPT_OUT_SALE_SHARING': 'Può chiederci di non vendere né condividere le Sue informazioni personali.',
  'rightInfo.LIMIT_SENSITIVE_USE':
    'Può chiederci di limitare l’uso delle Sue informazioni personali sensibili a quanto necessario per fornire i nostri servizi.',
  'rightInfo.NON_DISCRIMINATION': 'Non Le riserveremo un trattamento diverso per il fatto che esercita i Suoi diritti.',

  'measure.ENCRYPTION_IN_TRANSIT': 'cifratura dei dati in transito',
  'measure.ENCRYPTION_AT_REST': 'cifratura dei dati archiviati',
  'measure.ACCESS_CONTROL': 'controllo degli accessi secondo il principio della necessità di conoscere',
  'measure.PSEUDONYMISATION': 'pseudonimizzazione, ove possibile',
  'measure.STAFF_TRAINING': 'formazione periodica del personale in materia di protezione dei dati',
  'measure.CONFIDENTIALITY_AGREEMENTS': 'obblighi di riservatezza per chiunque abbia accesso ai dati personali',
  'measure.BACKUPS': 'copie di sicurezza periodiche',
  'measure.PENETRATION_TESTING': 'verifiche periodiche di sicurezza e prove di intrusione',
  'measure.INCIDENT_RESPONSE': 'una procedura documentata di risposta agli incidenti di sicurezza',
  'measure.CERTIFIED_ISMS': 'un sistema certificato di gestione della sicurezza delle informazioni',

  'representative.EU': 'Rappresentante nell’Unione europea (art. 27 GDPR)',
  'representative.UK': 'Rappresentante nel Regno Unito (art. 27 UK GDPR)',
  'representative.CH': 'Rappresentante in Svizzera (art. 14 LPD)',
  'regime.EU_GDPR': 'GDPR',
  'regime.UK_GDPR': 'UK GDPR',
  'regime.CCPA_CPRA': 'CCPA/CPRA',
  'regime.LGPD': 'LGPD',
  'regime.PIPEDA': 'PIPEDA',
  'regime.CH_FADP': 'LPD (Svizzera)',
  'processorRequests.FORWARDED_TO_CUSTOMER':
    'Inoltriamo al cliente in questione ogni richiesta relativa a tali dati che riceviamo e lo assistiamo nel fornire riscontro.',
  'processorRequests.REFERRED_TO_CUSTOMER':
    'Qualora ci rivolga una simile richiesta, La indirizzeremo al cliente in questione.',
  'dpf.recourse.EU_DPA_PANEL': 'il collegio istituito dalle autorità di protezione dei dati dell’UE',
  'dpf.recourse.EU_ADR_PROVIDER':
    '{name}, organismo di risoluzione alternativa delle controversie con sede nell’Unione europea',
  'dpf.recourse.US_ADR_PROVIDER':
    '{name}, organismo di risoluzione alternativa delle controversie con sede negli Stati Uniti',
  // After “poteri di indagine e di esecuzione”: the preposition with its article belongs to each name.
  'dpf.body.FTC': 'della Federal Trade Commission (FTC) degli Stati Uniti',
  'dpf.body.DOT': 'del Dipartimento dei Trasporti degli Stati Uniti (Department of Transportation)',

  'agentProof.SIGNED_PERMISSION':
    'Può avvalersi di un agente autorizzato per presentare una richiesta per Suo conto. Chiediamo all’agente la prova che Lei gli ha conferito un’autorizzazione firmata a tal fine.',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION':
    'Può avvalersi di un agente autorizzato per presentare una richiesta per Suo conto. Chiediamo all’agente la prova che Lei gli ha conferito un’autorizzazione firmata a tal fine e possiamo chiederLe di verificare direttamente con noi la Sua identità o di confermare di aver conferito l’autorizzazione all’agente.',
};
