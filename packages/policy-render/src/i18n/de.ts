import type { Catalog } from './en.js';

/** German wording (formal “Sie”), DSGVO terminology. */
export const de: Catalog = {
  'doc.title': '{name} — Datenschutzerklärung',
  'doc.effective': 'Gültig ab: {date}',
  'doc.version': 'Version {version}',
  'doc.draft': 'Entwurf — diese Fassung ist nicht veröffentlicht.',
  'doc.contents': 'Inhalt',
  'doc.contentsLabel': 'Inhaltsverzeichnis',
  'common.none': '–',
  'common.gdpr': 'DSGVO',
  'common.ukGdpr': 'UK GDPR',
  'common.withReference': '{label} ({reference})',
  'common.labelled': '{label}: {value}',

  'section.introduction': 'Einleitung',
  'section.controller': 'Wer wir sind',
  'section.data': 'Welche personenbezogenen Daten wir verarbeiten',
  'section.recipients': 'Wer Ihre Daten erhält',
  'section.transfers': 'Übermittlungen in Drittländer',
  'section.retention': 'Wie lange wir Ihre Daten speichern',
  'section.cookies': 'Cookies und ähnliche Technologien',
  'section.rights': 'Ihre Rechte',
  'section.california': 'Hinweise für Einwohner Kaliforniens',
  'section.security': 'Wie wir Ihre Daten schützen',
  'section.children': 'Kinder',
  'section.automated': 'Automatisierte Entscheidungsfindung',
  'section.changes': 'Änderungen dieser Datenschutzerklärung',
  'section.contact': 'So erreichen Sie uns',

  'intro.body':
    'Diese Datenschutzerklärung erläutert, wie {controller} („wir“, „uns“) personenbezogene Daten erhebt und verwendet: welche Daten wir erheben, woher sie stammen, wofür und auf welcher Rechtsgrundlage wir sie verwenden, wer sie erhält, wie lange wir sie speichern und welche Rechte Sie haben.',
  'intro.audiences': 'Sie betrifft die folgenden Personengruppen: {audiences}.',

  'controller.identity': '{legalName} ist der für die Verarbeitung Ihrer personenbezogenen Daten Verantwortliche.',
  'controller.identityTrading':
    '{legalName}, handelnd unter dem Namen {tradingName}, ist der für die Verarbeitung Ihrer personenbezogenen Daten Verantwortliche.',
  'controller.registrationNumber': 'Registernummer',
  'controller.registeredOffice': 'Eingetragener Sitz',
  'controller.offices': 'Unsere Standorte',
  'controller.group': 'Unsere Konzerngesellschaften',
  'controller.groupIntro':
    'Wir gehören zu einer Unternehmensgruppe. Die folgenden Konzerngesellschaften sind an der Verarbeitung personenbezogener Daten beteiligt:',
  'controller.groupEntity': '{name}, {country}',
  'controller.dpo': 'Unser Datenschutzbeauftragter',
  'controller.dpoIntro':
    'Wir haben einen Datenschutzbeauftragten benannt, an den Sie sich mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten wenden können:',
  'controller.representatives': 'Unsere Vertreter',
  'controller.representativesIntro':
    'Wir haben die folgenden Vertreter benannt, an die Sie sich ebenfalls wenden können:',
  'controller.laws': 'Anwendbares Recht',
  'controller.lawsIntro': 'Wir verarbeiten personenbezogene Daten im Einklang mit den folgenden Gesetzen:',

  'field.name': 'Name',
  'field.email': 'E-Mail',
  'field.phone': 'Telefon',
  'field.website': 'Website',
  'field.address': 'Anschrift',
  'field.country': 'Land',
  'field.role': 'Rolle',

  'data.intro':
    'Welche Daten wir erheben, woher sie stammen und wofür wir sie verwenden, hängt von Ihrer Beziehung zu uns ab. Bitte lesen Sie den Teil, der auf Sie zutrifft.',
  'data.otherProcessing': 'Weitere Verarbeitungen',
  'data.nothing': 'Derzeit verarbeiten wir keine personenbezogenen Daten über diese Personengruppe.',
  'data.none': 'Derzeit verarbeiten wir keine personenbezogenen Daten.',
  'data.collected': 'Welche Daten wir erheben',
  'data.sources': 'Woher die Daten stammen',
  'data.purposes': 'Wofür wir sie verwenden und auf welcher Rechtsgrundlage',
  'data.specialCategory': 'besondere Kategorie personenbezogener Daten: {category}',
  'data.consequence': 'Wenn Sie die Daten nicht bereitstellen: {consequence}',
  'data.sourceLine': '{category}: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'purpose.legalBasis': 'Rechtsgrundlage: {basis}',
  'purpose.legitimateInterest': 'Unser berechtigtes Interesse: {interest}',
  'purpose.legalObligation': 'Die rechtliche Verpflichtung: {obligation}',
  'purpose.specialCondition': 'Für besondere Kategorien personenbezogener Daten ({categories}): {condition}',
  'purpose.dataUsed': 'Verwendete Daten: {categories}',
  'purpose.recipients': 'Weitergegeben an: {recipients}',
  'purpose.withdraw': 'Sie können Ihre Einwilligung jederzeit widerrufen.',
  'purpose.directMarketing': 'Dies ist Direktwerbung: Sie können ihr jederzeit widersprechen (siehe {rights}).',
  'purpose.saleOrSharing':
    'Dabei werden personenbezogene Daten im Sinne des CCPA verkauft oder geteilt („sale“, „sharing“).',
  'purpose.automated': 'Dabei findet eine automatisierte Entscheidungsfindung statt (siehe {section}).',

  'recipients.intro':
    'Wir geben personenbezogene Daten nur weiter, soweit dies für die oben beschriebenen Zwecke erforderlich ist.',
  'recipients.none': 'Wir geben personenbezogene Daten nicht an andere Organisationen weiter.',
  'recipients.tableCaption': 'Übersicht der Empfänger',
  'recipients.processors': 'Dienstleister (Auftragsverarbeiter)',
  'recipients.processorsIntro':
    'Diese Dienstleister verarbeiten personenbezogene Daten in unserem Auftrag, nur nach unseren Weisungen und auf Grundlage eines Vertrags, der sie zu ihrem Schutz verpflichtet.',
  'recipients.controllers': 'Andere Verantwortliche',
  'recipients.controllersIntro':
    'Diese Organisationen erhalten personenbezogene Daten und entscheiden selbst über deren Verwendung (eigenständige Verantwortliche) oder gemeinsam mit uns (gemeinsam Verantwortliche). Für ihre Verarbeitung gelten ihre eigenen Datenschutzerklärungen.',
  'recipients.categories': 'Weitere Kategorien von Empfängern',
  'recipients.legalEntity': 'Rechtsträger: {entity}',
  'recipients.address': 'Anschrift: {address}',
  'recipients.country': 'Sitz in: {country}',
  'recipients.processingCountries': 'Verarbeitet Daten in: {countries}',
  'recipients.service': 'Leistung: {service}',
  'recipients.role': 'Rolle: {role}',
  'recipients.data': 'Erhaltene Daten: {categories}',
  'recipients.privacyPolicy': 'Datenschutzerklärung von {name}',
  'recipients.optOut': 'Widerspruch bei {name}',

  'transfers.intro':
    'Einige Empfänger haben ihren Sitz in Ländern außerhalb {areas} oder verarbeiten personenbezogene Daten dort. Bietet ein Land kein angemessenes Datenschutzniveau, schützen wir Ihre Daten mit den hier genannten Garantien.',
  'transfers.none': 'Wir übermitteln keine personenbezogenen Daten in Länder außerhalb {areas}.',
  'transfers.tableCaption': 'Übermittlungen in Drittländer und ihre Garantien',
  'transfers.safeguardsIntro': 'Was diese Garantien bedeuten:',
  'transfers.copy': 'Eine Kopie der Garantien erhalten Sie auf Anfrage unter {email}.',

  'retention.intro':
    'Wir speichern personenbezogene Daten nur so lange, wie wir sie für den Zweck benötigen, für den wir sie erhoben haben, oder wie es gesetzlich vorgeschrieben ist:',
  'retention.tableCaption': 'Speicherdauer nach Zweck',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Wir verwenden Cookies und ähnliche Technologien. Die folgende Tabelle nennt sie, wer sie setzt, wofür sie dienen und wie lange sie gespeichert werden.',
  'cookies.consent':
    'Cookies, die nicht unbedingt erforderlich sind, setzen wir nur mit Ihrer Einwilligung. Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie Ihre Cookie-Einstellungen ändern.',
  'cookies.tableCaption': 'Von uns verwendete Cookies und ähnliche Technologien',
  'cookies.session': 'Sitzung',

  'table.recipient': 'Empfänger',
  'table.role': 'Rolle',
  'table.countries': 'Länder',
  'table.service': 'Leistung',
  'table.safeguards': 'Garantien',
  'table.purpose': 'Zweck',
  'table.retention': 'Speicherdauer',
  'table.name': 'Name',
  'table.provider': 'Anbieter',
  'table.kind': 'Art',
  'table.duration': 'Laufzeit',
  'table.category': 'Kategorie',
  'table.includes': 'Umfasst',

  'rights.intro':
    'Je nach dem auf Sie anwendbaren Recht haben Sie die folgenden Rechte. Zu jedem Recht ist die Vorschrift angegeben, die es gewährt.',
  'rights.grantedBy': 'Rechtsgrundlage: {references}',
  'rights.withdrawHeading': 'Widerruf Ihrer Einwilligung',
  'rights.withdraw':
    'Soweit wir uns auf Ihre Einwilligung stützen ({purposes}), können Sie Ihre Einwilligung jederzeit so einfach widerrufen, wie Sie sie erteilt haben, zum Beispiel mit einer Nachricht an {email}. Der Widerruf berührt nicht die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung.',
  'rights.consentCookies': 'nicht unbedingt erforderliche Cookies',
  'rights.objectHeading': 'Ihr Widerspruchsrecht',
  'rights.object':
    'Sie haben das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit gegen die Verarbeitung Ihrer personenbezogenen Daten Widerspruch einzulegen, die auf berechtigten Interessen oder auf einer Aufgabe im öffentlichen Interesse beruht.',
  'rights.objectMarketing':
    'Sie haben das Recht, jederzeit Widerspruch gegen die Verwendung Ihrer personenbezogenen Daten für Direktwerbung einzulegen; dies gilt auch für ein damit verbundenes Profiling. Wenn Sie widersprechen, verwenden wir Ihre Daten nicht mehr für Direktwerbung.',
  'rights.exerciseHeading': 'So üben Sie Ihre Rechte aus',
  'rights.exerciseEmail': 'Um Ihre Rechte auszuüben, schreiben Sie uns an {email}.',
  'rights.exerciseUrl': 'Sie können auch {link} nutzen.',
  'rights.exerciseChannel': 'Sie können sich auch auf diesem Weg an uns wenden: {channel}.',
  'rights.formLink': 'unser Online-Anfrageformular',
  'rights.verify':
    'Wir können Sie bitten, Ihre Identität zu bestätigen, bevor wir eine Anfrage bearbeiten. Wir antworten innerhalb der gesetzlichen Fristen und unentgeltlich, sofern eine Anfrage nicht offenkundig unbegründet oder exzessiv ist.',
  'rights.complaintHeading': 'Beschwerde bei einer Aufsichtsbehörde',
  'rights.complaint':
    'Wenn Sie der Ansicht sind, dass wir Ihre personenbezogenen Daten rechtswidrig verarbeiten, haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Land Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.',
  'rights.authority': 'Die für uns zuständige Aufsichtsbehörde ist {authority}.',

  'ca.intro':
    'Diese Hinweise gelten für Einwohner Kaliforniens und ergänzen den Rest dieser Datenschutzerklärung, wie es der {law} verlangt.',
  'ca.categoriesIntro':
    'In den vergangenen 12 Monaten haben wir die folgenden Kategorien personenbezogener Informationen erhoben. Woher sie stammen, wofür wir sie verwenden, wer sie erhält und wie lange wir sie speichern, ist in den vorstehenden Abschnitten beschrieben.',
  'ca.tableCaption': 'Erhobene Kategorien personenbezogener Informationen',
  'ca.sells':
    'Wir verkaufen oder teilen personenbezogene Informationen im Sinne des CCPA für die folgenden Zwecke: {purposes}.',
  'ca.sellsGeneral': 'Wir verkaufen oder teilen personenbezogene Informationen im Sinne des CCPA.',
  'ca.doesNotSell':
    'Wir verkaufen oder teilen keine personenbezogenen Informationen im Sinne des CCPA und haben dies in den vergangenen 12 Monaten nicht getan.',
  'ca.optOut':
    'Sie haben das Recht, dem Verkauf oder der Weitergabe Ihrer personenbezogenen Informationen zu widersprechen (Opt-out). Schreiben Sie uns dazu an {email}.',
  'ca.optOutLink': 'Sie können auch über {link} widersprechen.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Sensible personenbezogene Informationen verwenden wir nur für Zwecke, die der CCPA ohne Recht auf Einschränkung erlaubt; Sie können dennoch verlangen, dass wir ihre Verwendung einschränken.',
  'ca.nonDiscrimination':
    'Wir benachteiligen Sie nicht, weil Sie Ihre Datenschutzrechte ausüben, etwa indem wir Ihnen Waren oder Dienstleistungen verweigern, andere Preise berechnen oder eine andere Qualität bieten.',

  'children.body':
    'Unsere Dienste richten sich nicht an Kinder unter {age} Jahren. Wir erheben wissentlich keine personenbezogenen Daten von Kindern unter {age} Jahren. Wenn Sie glauben, dass uns ein Kind unter {age} Jahren personenbezogene Daten übermittelt hat, wenden Sie sich bitte an {email}; wir löschen die Daten dann.',

  'security.intro':
    'Wir schützen personenbezogene Daten durch geeignete technische und organisatorische Maßnahmen, darunter:',
  'security.default':
    'Wir schützen personenbezogene Daten durch geeignete technische und organisatorische Maßnahmen gegen Verlust, Missbrauch und unbefugten Zugriff.',

  'automated.none':
    'Wir setzen keine automatisierte Entscheidungsfindung ein: Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
  'automated.intro':
    'In den folgenden Fällen treffen wir Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen (automatisierte Entscheidungsfindung). Wir erläutern die involvierte Logik und was sie für Sie bedeutet:',
  'automated.safeguards':
    'Sie können verlangen, dass eine Person eine solche automatisierte Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',

  'changes.default':
    'Wir aktualisieren diese Datenschutzerklärung, wenn sich die Verarbeitung personenbezogener Daten ändert. Das Datum oben zeigt, seit wann diese Fassung gilt.',
  'changes.version': 'Dies ist Version {version} dieser Datenschutzerklärung, gültig ab {date}.',
  'changes.policyUrl': 'Wir veröffentlichen diese Datenschutzerklärung auch auf unserer Website unter {link}.',
  'changes.draft': 'Dies ist ein nicht veröffentlichter Entwurf dieser Datenschutzerklärung.',
  'changes.publicUrl': 'Die aktuelle Fassung finden Sie jederzeit unter {link}.',

  'contact.intro':
    'Bei Fragen zu dieser Datenschutzerklärung oder zur Verwendung Ihrer personenbezogenen Daten erreichen Sie uns so:',
  'contact.postal': 'Post',
  'contact.dpo': 'Sie können sich auch an unseren Datenschutzbeauftragten wenden: {contact}.',

  'legalBasis.CONSENT': 'Ihre Einwilligung',
  'legalBasis.CONTRACT':
    'Erfüllung eines Vertrags mit Ihnen oder Durchführung vorvertraglicher Maßnahmen auf Ihre Anfrage',
  'legalBasis.LEGAL_OBLIGATION': 'Erfüllung einer rechtlichen Verpflichtung',
  'legalBasis.VITAL_INTERESTS': 'Schutz lebenswichtiger Interessen von Ihnen oder einer anderen Person',
  'legalBasis.PUBLIC_TASK': 'Wahrnehmung einer Aufgabe im öffentlichen Interesse',
  'legalBasis.LEGITIMATE_INTERESTS': 'unsere berechtigten Interessen',

  'specialCondition.EXPLICIT_CONSENT': 'Ihre ausdrückliche Einwilligung',
  'specialCondition.EMPLOYMENT_AND_SOCIAL_SECURITY':
    'Pflichten und Rechte aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des Sozialschutzes',
  'specialCondition.VITAL_INTERESTS': 'Schutz lebenswichtiger Interessen, wenn Sie nicht einwilligen können',
  'specialCondition.NOT_FOR_PROFIT_BODY': 'rechtmäßige Tätigkeiten einer Organisation ohne Gewinnerzielungsabsicht',
  'specialCondition.MADE_PUBLIC_BY_SUBJECT': 'Daten, die Sie offensichtlich öffentlich gemacht haben',
  'specialCondition.LEGAL_CLAIMS': 'Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
  'specialCondition.SUBSTANTIAL_PUBLIC_INTEREST': 'Gründe eines erheblichen öffentlichen Interesses',
  'specialCondition.HEALTH_OR_SOCIAL_CARE': 'Gesundheits- oder Sozialversorgung',
  'specialCondition.PUBLIC_HEALTH': 'Gründe des öffentlichen Interesses im Bereich der öffentlichen Gesundheit',
  'specialCondition.ARCHIVING_RESEARCH_STATISTICS':
    'Archivzwecke, wissenschaftliche oder historische Forschungszwecke oder statistische Zwecke',

  'specialCategory.RACIAL_OR_ETHNIC_ORIGIN': 'rassische oder ethnische Herkunft',
  'specialCategory.POLITICAL_OPINIONS': 'politische Meinungen',
  'specialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS': 'religiöse oder weltanschauliche Überzeugungen',
  'specialCategory.TRADE_UNION_MEMBERSHIP': 'Gewerkschaftszugehörigkeit',
  'specialCategory.GENETIC': 'genetische Daten',
  'specialCategory.BIOMETRIC': 'biometrische Daten',
  'specialCategory.HEALTH': 'Gesundheitsdaten',
  'specialCategory.SEX_LIFE_OR_ORIENTATION': 'Sexualleben oder sexuelle Orientierung',
  'specialCategory.CRIMINAL_OFFENCES': 'strafrechtliche Verurteilungen und Straftaten',

  'source.SUBJECT': 'direkt von Ihnen',
  'source.THIRD_PARTY': 'von Dritten',
  'source.PUBLIC': 'aus öffentlich zugänglichen Quellen',
  'source.AUTOMATIC': 'automatisch, wenn Sie unsere Dienste nutzen',

  'requirement.VOLUNTARY': 'Die Bereitstellung dieser Daten ist freiwillig.',
  'requirement.CONTRACTUAL': 'Die Bereitstellung dieser Daten ist vertraglich vorgeschrieben.',
  'requirement.PRE_CONTRACTUAL':
    'Die Bereitstellung dieser Daten ist für einen Vertragsabschluss mit uns erforderlich.',
  'requirement.STATUTORY': 'Die Bereitstellung dieser Daten ist gesetzlich vorgeschrieben.',

  'ccpa.IDENTIFIERS': 'Identifikatoren',
  'ccpa.CUSTOMER_RECORDS': 'Kundendaten (Cal. Civ. Code § 1798.80(e))',
  'ccpa.PROTECTED_CLASSIFICATIONS': 'Merkmale geschützter Gruppen',
  'ccpa.COMMERCIAL_INFORMATION': 'Geschäftliche Informationen',
  'ccpa.BIOMETRIC_INFORMATION': 'Biometrische Informationen',
  'ccpa.INTERNET_ACTIVITY': 'Informationen über Internet- oder andere elektronische Netzwerkaktivitäten',
  'ccpa.GEOLOCATION': 'Standortdaten',
  'ccpa.SENSORY_DATA': 'Audio-, elektronische, visuelle, thermische, olfaktorische oder ähnliche Informationen',
  'ccpa.PROFESSIONAL_INFORMATION': 'Berufliche oder beschäftigungsbezogene Informationen',
  'ccpa.EDUCATION_INFORMATION': 'Informationen zur Ausbildung',
  'ccpa.INFERENCES': 'Zur Profilbildung gezogene Schlussfolgerungen',
  'ccpa.SENSITIVE_PERSONAL_INFORMATION': 'Sensible personenbezogene Informationen',

  'role.PROCESSOR': 'Auftragsverarbeiter',
  'role.INDEPENDENT_CONTROLLER': 'eigenständiger Verantwortlicher',
  'role.JOINT_CONTROLLER': 'gemeinsam Verantwortlicher',
  'role.CATEGORY': 'Kategorie von Empfängern',

  'safeguard.ADEQUACY_DECISION': 'Angemessenheitsbeschluss',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'Standardvertragsklauseln',
  'safeguard.UK_IDTA': 'UK International Data Transfer Agreement',
  'safeguard.UK_ADDENDUM': 'UK-Zusatz zu den Standardvertragsklauseln',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'EU-US Data Privacy Framework',
  'safeguard.PRIVACY_SHIELD': 'EU-US Privacy Shield',
  'safeguard.BINDING_CORPORATE_RULES': 'verbindliche interne Datenschutzvorschriften',
  'safeguard.DEROGATION': 'Ausnahme für bestimmte Fälle',

  'safeguardInfo.ADEQUACY_DECISION':
    'Die Europäische Kommission oder die zuständige Stelle des Vereinigten Königreichs oder der Schweiz hat festgestellt, dass das Land ein angemessenes Datenschutzniveau bietet (Art. 45 DSGVO).',
  'safeguardInfo.STANDARD_CONTRACTUAL_CLAUSES':
    'Von der Europäischen Kommission erlassene Vertragsklauseln, die den Empfänger zum Schutz der Daten verpflichten (Art. 46 Abs. 2 lit. c DSGVO).',
  'safeguardInfo.UK_IDTA':
    'Das vom britischen Information Commissioner herausgegebene International Data Transfer Agreement für Übermittlungen aus dem Vereinigten Königreich.',
  'safeguardInfo.UK_ADDENDUM':
    'Der vom britischen Information Commissioner herausgegebene Zusatz, der die Standardvertragsklauseln für Übermittlungen aus dem Vereinigten Königreich wirksam macht.',
  'safeguardInfo.DATA_PRIVACY_FRAMEWORK':
    'Der Empfänger ist nach dem EU-US Data Privacy Framework (und dessen britischer und Schweizer Erweiterung) zertifiziert, das die Europäische Kommission als angemessen anerkannt hat.',
  'safeguardInfo.PRIVACY_SHIELD':
    'Ein früherer Rahmen für Übermittlungen in die USA, den der Gerichtshof der Europäischen Union am 16. Juli 2020 für ungültig erklärt hat; hier genannt, wie er bei Inkrafttreten dieser Fassung angegeben war.',
  'safeguardInfo.BINDING_CORPORATE_RULES':
    'Von einer Aufsichtsbehörde genehmigte Datenschutzvorschriften, die für alle Unternehmen der Gruppe des Empfängers verbindlich sind (Art. 47 DSGVO).',
  'safeguardInfo.DEROGATION':
    'Eine für einen bestimmten Fall zulässige Übermittlung (Art. 49 DSGVO), wie beim jeweiligen Empfänger beschrieben.',

  'area.EEA': 'des Europäischen Wirtschaftsraums (EWR)',
  'area.UK': 'des Vereinigten Königreichs',
  'area.CH': 'der Schweiz',
  'area.BR': 'Brasiliens',

  'retentionUnit.DAYS': '{amount, plural, one {# Tag} other {# Tage}}',
  'retentionUnit.WEEKS': '{amount, plural, one {# Woche} other {# Wochen}}',
  'retentionUnit.MONTHS': '{amount, plural, one {# Monat} other {# Monate}}',
  'retentionUnit.YEARS': '{amount, plural, one {# Jahr} other {# Jahre}}',

  'retentionTrigger.COLLECTION': 'ab der Erhebung',
  'retentionTrigger.END_OF_RELATIONSHIP': 'ab dem Ende der Geschäftsbeziehung',
  'retentionTrigger.END_OF_ENQUIRY': 'ab dem Abschluss der Anfrage',
  'retentionTrigger.LAST_INTERACTION': 'ab Ihrem letzten Kontakt mit uns',
  'retentionTrigger.END_OF_RECRUITMENT': 'ab dem Ende des Bewerbungsverfahrens',
  'retentionTrigger.CONSENT_WITHDRAWN': 'ab dem Widerruf Ihrer Einwilligung',
  'retentionTrigger.END_OF_FINANCIAL_YEAR': 'ab dem Ende des Geschäftsjahres',

  'cookieKind.STRICTLY_NECESSARY': 'unbedingt erforderlich',
  'cookieKind.FUNCTIONAL': 'funktional',
  'cookieKind.ANALYTICS': 'Analyse',
  'cookieKind.MARKETING': 'Marketing',

  'cookieUnit.MINUTES': '{amount, plural, one {# Minute} other {# Minuten}}',
  'cookieUnit.HOURS': '{amount, plural, one {# Stunde} other {# Stunden}}',
  'cookieUnit.DAYS': '{amount, plural, one {# Tag} other {# Tage}}',
  'cookieUnit.MONTHS': '{amount, plural, one {# Monat} other {# Monate}}',
  'cookieUnit.YEARS': '{amount, plural, one {# Jahr} other {# Jahre}}',

  'right.ACCESS': 'Auskunftsrecht',
  'right.RECTIFICATION': 'Recht auf Berichtigung',
  'right.ERASURE': 'Recht auf Löschung',
  'right.RESTRICTION': 'Recht auf Einschränkung der Verarbeitung',
  'right.OBJECTION': 'Widerspruchsrecht',
  'right.PORTABILITY': 'Recht auf Datenübertragbarkeit',
  'right.WITHDRAW_CONSENT': 'Recht auf Widerruf der Einwilligung',
  'right.AUTOMATED_DECISIONS': 'Rechte bei automatisierten Entscheidungen',
  'right.COMPLAIN': 'Beschwerderecht',
  'right.OPT_OUT_SALE_SHARING': 'Recht auf Widerspruch gegen Verkauf oder Weitergabe',
  'right.LIMIT_SENSITIVE_USE': 'Recht auf Einschränkung der Verwendung sensibler personenbezogener Informationen',
  'right.NON_DISCRIMINATION': 'Recht auf Nichtdiskriminierung',

  'rightInfo.ACCESS':
    'Sie können Auskunft darüber verlangen, ob wir personenbezogene Daten über Sie verarbeiten, und, falls ja, eine Kopie der Daten und Informationen über ihre Verwendung.',
  'rightInfo.RECTIFICATION':
    'Sie können verlangen, dass wir unrichtige Daten berichtigen und unvollständige Daten vervollständigen.',
  'rightInfo.ERASURE':
    'Sie können die Löschung Ihrer personenbezogenen Daten verlangen, zum Beispiel wenn wir sie nicht mehr benötigen oder Sie Ihre Einwilligung widerrufen.',
  'rightInfo.RESTRICTION':
    'Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken, zum Beispiel während wir ihre Richtigkeit prüfen.',
  'rightInfo.OBJECTION':
    'Sie können einer Verarbeitung widersprechen, die auf berechtigten Interessen oder einer Aufgabe im öffentlichen Interesse beruht, und jederzeit der Direktwerbung.',
  'rightInfo.PORTABILITY':
    'Sie können Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten oder verlangen, dass wir sie an eine andere Organisation übermitteln.',
  'rightInfo.WITHDRAW_CONSENT':
    'Soweit wir uns auf Ihre Einwilligung stützen, können Sie Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
  'rightInfo.AUTOMATED_DECISIONS':
    'Sie haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
  'rightInfo.COMPLAIN': 'Sie können sich bei einer Aufsichtsbehörde beschweren.',
  'rightInfo.OPT_OUT_SALE_SHARING':
    'Sie können verlangen, dass wir Ihre personenbezogenen Informationen nicht verkaufen oder weitergeben.',
  'rightInfo.LIMIT_SENSITIVE_USE':
    'Sie können verlangen, dass wir die Verwendung Ihrer sensiblen personenbezogenen Informationen auf das für unsere Dienste Erforderliche beschränken.',
  'rightInfo.NON_DISCRIMINATION': 'Wir behandeln Sie nicht anders, weil Sie Ihre Rechte ausüben.',

  'measure.ENCRYPTION_IN_TRANSIT': 'Verschlüsselung bei der Übertragung',
  'measure.ENCRYPTION_AT_REST': 'Verschlüsselung gespeicherter Daten',
  'measure.ACCESS_CONTROL': 'Zugriffskontrolle nach dem Erforderlichkeitsprinzip',
  'measure.PSEUDONYMISATION': 'Pseudonymisierung, wo möglich',
  'measure.STAFF_TRAINING': 'regelmäßige Datenschutzschulungen der Beschäftigten',
  'measure.CONFIDENTIALITY_AGREEMENTS':
    'Verpflichtung aller Personen mit Zugriff auf personenbezogene Daten zur Vertraulichkeit',
  'measure.BACKUPS': 'regelmäßige Datensicherungen',
  'measure.PENETRATION_TESTING': 'regelmäßige Sicherheits- und Penetrationstests',
  'measure.INCIDENT_RESPONSE': 'ein dokumentiertes Verfahren zur Reaktion auf Sicherheitsvorfälle',
  'measure.CERTIFIED_ISMS': 'ein zertifiziertes Informationssicherheits-Managementsystem',

  'representative.EU': 'Vertreter in der Europäischen Union (Art. 27 DSGVO)',
  'representative.UK': 'Vertreter im Vereinigten Königreich (Art. 27 UK GDPR)',
  'representative.CH': 'Vertreter in der Schweiz (Art. 14 DSG)',
};
