import type { Catalog } from './en.js';

/** German wording (formal “Sie”), DSGVO terminology. */
export const de: Catalog = {
  'doc.title': '{name} — Datenschutzerklärung',
  'doc.effective': 'Gültig ab: {date}',
  'doc.version': 'Version {version}',
  'doc.draft': 'Entwurf — diese Fassung ist nicht veröffentlicht.',
  'doc.contents': 'Inhalt',
  'doc.contentsLabel': 'Inhaltsverzeichnis',
  'doc.archived': 'Archivierter Text',
  'archived.section': 'Zu dieser archivierten Fassung',
  'archived.text': 'Text der früheren Datenschutzerklärung',
  'archived.notice':
    'Dies ist ein archivierter Text: die frühere Datenschutzerklärung von {name}, unverändert übernommen und gültig ab {date}. Sie wird als Nachweis dessen aufbewahrt, was damals erklärt wurde, und beschreibt die Verarbeitung jener Zeit, nicht die heutige.',
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
  'section.brazil': 'Hinweise für betroffene Personen in Brasilien',
  'section.canada': 'Verantwortlichkeit für personenbezogene Informationen in Kanada',
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
  'controller.processorHeading': 'Wenn wir Daten im Auftrag unserer Kunden verarbeiten',
  'controller.processor':
    'Soweit wir personenbezogene Daten im Auftrag unserer Geschäftskunden verarbeiten, handeln wir als deren {processor} und nach deren Weisungen: Verantwortlicher für diese Daten ist der jeweilige Kunde, und es gilt dessen eigene Datenschutzerklärung, nicht diese.',
  'controller.processorTerm': 'Auftragsverarbeiter',
  'controller.processorServices': 'Dies betrifft: {services}.',
  'controller.processorAddress': 'Bitte richten Sie Anfragen zu diesen Daten an den jeweiligen Kunden.',
  'dpf.heading': 'EU-U.S. Data Privacy Framework',
  'dpf.participation':
    '{controller} nimmt an {frameworks} teil, wie vom US-Handelsministerium festgelegt, und hat bestätigt, dass es die Grundsätze des Datenschutzrahmens (DPF-Grundsätze) für alle personenbezogenen Daten einhält, die es im Vertrauen darauf aus {areas} erhält. Die Zertifizierung besteht seit dem {date}.',
  'dpf.list': 'Unsere Teilnahme können Sie in der Data Privacy Framework List prüfen: {link}.',
  'dpf.recourse':
    'Haben Sie eine Beschwerde über unseren Umgang mit personenbezogenen Daten, die wir im Rahmen des DPF erhalten haben, und haben wir sie nicht beigelegt, können Sie sich für Sie kostenlos an die von uns benannte unabhängige Beschwerdestelle wenden: {mechanism}.',
  'dpf.recourseUrl': 'So reichen Sie dort eine Beschwerde ein: {link}.',
  'dpf.enforcement': 'Wir unterliegen den Untersuchungs- und Durchsetzungsbefugnissen {body}.',
  'dpf.arbitration':
    'Unter bestimmten, in Anhang I der DPF-Grundsätze beschriebenen Voraussetzungen können Sie ein verbindliches Schiedsverfahren für eine Beschwerde einleiten, die auf anderem Weg nicht beigelegt wurde.',
  'dpf.publicAuthorities':
    'Wir können verpflichtet sein, personenbezogene Daten auf rechtmäßige Anfragen von Behörden offenzulegen, auch zur Erfüllung von Anforderungen der nationalen Sicherheit oder der Strafverfolgung.',
  'dpf.onwardTransfers':
    'Verarbeitet ein Dritter, dem wir personenbezogene Daten zur Verarbeitung in unserem Auftrag übermitteln, diese in einer mit den DPF-Grundsätzen unvereinbaren Weise, haften wir nach den Grundsätzen, sofern wir nicht nachweisen, dass wir für das schadensbegründende Ereignis nicht verantwortlich sind.',
  'dpf.framework.EU_US': 'dem EU-US-Datenschutzrahmen (EU-U.S. Data Privacy Framework, EU-U.S. DPF)',
  'dpf.framework.UK_EXTENSION': 'der britischen Erweiterung des EU-U.S. DPF (UK Extension)',
  'dpf.framework.SWISS_US': 'dem Schweiz-US-Datenschutzrahmen (Swiss-U.S. Data Privacy Framework)',
  'dpf.area.EU': 'der Europäischen Union',
  'dpf.area.UK': 'dem Vereinigten Königreich',
  'dpf.area.CH': 'der Schweiz',

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
  'data.collected': 'Welche Daten wir erheben',
  'data.sources': 'Woher die Daten stammen',
  'data.purposes': 'Wofür wir sie verwenden und auf welcher Rechtsgrundlage',
  'data.specialCategory': 'besondere Kategorie personenbezogener Daten: {category}',
  'data.criminalOffenceData': 'Daten über strafrechtliche Verurteilungen und Straftaten',
  'data.consequence': 'Wenn Sie die Daten nicht bereitstellen: {consequence}',
  'data.sourceLine': '{category}: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'data.sourceListDetails': '{sources}. Näheres zu diesen Quellen: {details}',
  'purpose.legalBasis': 'Rechtsgrundlage: {basis}',
  'purpose.legalBasisFor': 'Rechtsgrundlage, für {scope}: {basis}',
  'purpose.legitimateInterest': 'Unser berechtigtes Interesse: {interest}',
  'purpose.legitimateInterestLead': 'unser berechtigtes interesse',
  'purpose.legalObligation': 'Die rechtliche Verpflichtung: {obligation}',
  'purpose.specialCondition': 'Für besondere Kategorien personenbezogener Daten ({categories}): {condition}',
  'purpose.criminalOffence': 'Für Daten über strafrechtliche Verurteilungen und Straftaten ({categories}): {authority}',
  'criminalOffenceAuthority.OFFICIAL_AUTHORITY': 'Verarbeitung unter behördlicher Aufsicht',
  'criminalOffenceAuthority.AUTHORISED_BY_LAW': 'Verarbeitung zulässig nach {law}',
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
    'Diese Dienstleister verarbeiten personenbezogene Daten in unserem Auftrag und nur nach unseren Weisungen.',
  'recipients.processorsContract':
    'Mit jedem von ihnen haben wir einen Auftragsverarbeitungsvertrag geschlossen, der sie zum Schutz der Daten verpflichtet.',
  'recipients.controllers': 'Andere Verantwortliche',
  'recipients.controllersIntro':
    'Diese Organisationen erhalten personenbezogene Daten und entscheiden selbst über deren Verwendung (eigenständige Verantwortliche) oder gemeinsam mit uns (gemeinsam Verantwortliche). Für ihre Verarbeitung gelten ihre eigenen Datenschutzerklärungen.',
  'recipients.categories': 'Weitere Kategorien von Empfängern',
  'recipients.legalEntity': 'Rechtsträger: {entity}',
  'recipients.address': 'Anschrift: {address}',
  'recipients.service': 'Leistung: {service}',
  'recipients.jointArrangement': 'Das Wesentliche unserer Vereinbarung als gemeinsam Verantwortliche: {arrangement}',
  'recipients.data': 'Erhaltene Daten: {categories}',
  'recipients.privacyPolicy': 'Datenschutzerklärung von {name}',
  'recipients.optOut': 'Widerspruch bei {name}',

  'transfers.intro':
    'Einige Empfänger haben ihren Sitz in Ländern außerhalb {areas} oder verarbeiten personenbezogene Daten dort. Bietet ein Land kein angemessenes Datenschutzniveau, schützen wir Ihre Daten mit den hier genannten Garantien.',
  'transfers.none': 'Wir übermitteln keine personenbezogenen Daten in Länder außerhalb {areas}.',
  'transfers.tableCaption': 'Übermittlungen in Drittländer und ihre Garantien',
  'transfers.variousCountries': 'verschiedene Länder',
  'transfers.safeguardsIntro': 'Was diese Garantien bedeuten:',
  'transfers.copy': 'Eine Kopie der Garantien erhalten Sie auf Anfrage unter {email}.',
  'transfers.withDetails': '{instruments} — {details}',

  'retention.intro':
    'Wir speichern personenbezogene Daten nur so lange, wie wir sie für den Zweck benötigen, für den wir sie erhoben haben, oder wie es gesetzlich vorgeschrieben ist:',
  'retention.general': 'Unsere allgemeine Regel: {rule}',
  'retention.followsGeneral': 'Unsere allgemeine Regel (siehe oben)',
  'recipients.noSale': 'Wir verkaufen keine personenbezogenen Daten.',
  'volunteered.DELETED':
    'Wir fragen Sie nicht nach besonderen Kategorien personenbezogener Daten (etwa Daten über Ihre Gesundheit, Ihre religiösen Überzeugungen oder Ihre politischen Meinungen). Senden Sie uns solche Daten unaufgefordert, löschen wir sie.',
  'volunteered.PROCESSED_WITH_EXPLICIT_CONSENT':
    'Wir fragen Sie nicht nach besonderen Kategorien personenbezogener Daten (etwa Daten über Ihre Gesundheit, Ihre religiösen Überzeugungen oder Ihre politischen Meinungen). Geben Sie uns solche Daten von sich aus, verwenden wir sie nur für den Zweck, zu dem Sie sie uns gegeben haben; Rechtsgrundlage ist {consent}, die Sie jederzeit widerrufen können.',
  'data.aboutOthers':
    'Wenn Sie uns personenbezogene Daten anderer Personen geben ({details}), stellen Sie bitte sicher, dass diese Personen diese Datenschutzerklärung kennen und dass Sie ihre Daten an uns weitergeben dürfen.',
  'contact.enquiryResponse': 'Allgemeine Anfragen beantworten wir innerhalb von {time}.',
  'responseUnit.HOURS': '{amount, plural, one {# Stunde} other {# Stunden}}',
  'responseUnit.DAYS': '{amount, plural, one {# Tag} other {# Tagen}}',
  'responseUnit.BUSINESS_DAYS': '{amount, plural, one {# Werktag} other {# Werktagen}}',
  'retention.tableCaption': 'Speicherdauer nach Zweck',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Wir verwenden Cookies und ähnliche Technologien. Die folgende Tabelle nennt sie, wer sie setzt, wofür sie dienen und wie lange sie gespeichert werden.',
  'cookies.tableCaption': 'Von uns verwendete Cookies und ähnliche Technologien',
  'cookies.session': 'Sitzung',
  'cookies.group': '{name} (Gruppe von Cookies)',
  'cookies.typicalDuration': 'in der Regel bis zu {duration}',
  'cookies.purposeWithBasis': '{purpose} ({basis})',
  'cookies.onlyWithConsent': 'Cookies, die nicht unbedingt erforderlich sind, setzen wir nur mit Ihrer Einwilligung.',

  'table.recipient': 'Empfänger',
  'table.role': 'Rolle',
  'table.countries': 'Länder',
  'table.safeguards': 'Garantien',
  'table.purpose': 'Zweck',
  'table.retention': 'Speicherdauer',
  'table.name': 'Name',
  'table.provider': 'Anbieter',
  'table.kind': 'Art',
  'table.duration': 'Laufzeit',
  'table.cookieFunction': 'Funktion',
  'table.cookiePurposes': 'Zwecke (Rechtsgrundlage)',
  'table.category': 'Kategorie',
  'table.includes': 'Umfasst',

  'rights.intro':
    'Je nach dem auf Sie anwendbaren Recht haben Sie die folgenden Rechte. Zu jedem Recht ist die Vorschrift angegeben, die es gewährt.',
  'rights.grantedBy': 'Geregelt in: {references}',
  'rights.portabilityScope':
    '{regimes, select, all {Dieses Recht umfasst} other {Nach {reference} umfasst dieses Recht}} personenbezogene Daten, die wir automatisiert auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten; das ist der Fall bei: {purposes}.',
  'rights.portabilityNone':
    '{regimes, select, all {Dieses Recht umfasst nur} other {Nach {reference} umfasst dieses Recht nur}} personenbezogene Daten, die wir automatisiert auf Grundlage Ihrer Einwilligung oder eines Vertrags mit Ihnen verarbeiten; keine unserer Verarbeitungen beruht auf einer dieser Grundlagen.',
  'rights.withdrawHeading': 'Widerruf Ihrer Einwilligung',
  'rights.withdraw':
    'Soweit wir uns auf Ihre Einwilligung stützen ({purposes}), können Sie Ihre Einwilligung jederzeit so einfach widerrufen, wie Sie sie erteilt haben, zum Beispiel mit einer Nachricht an {email}. Der Widerruf berührt nicht die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung.',
  'rights.consentCookies': 'nicht unbedingt erforderliche Cookies',
  'rights.withdrawOnline':
    'Sie können auch alle Einwilligungen, die Sie uns erteilt haben, in einem Schritt auf {link} widerrufen.',
  'rights.withdrawLink': 'unserer Seite zum Widerruf von Einwilligungen',
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
    'Wir können Sie bitten, Ihre Identität zu bestätigen, bevor wir eine Anfrage bearbeiten. Wir antworten innerhalb der gesetzlichen Fristen.',
  'rights.free': 'Anfragen bearbeiten wir unentgeltlich, sofern sie nicht offenkundig unbegründet oder exzessiv sind.',
  'rights.fee': 'Für eine Anfrage können wir ein angemessenes Entgelt verlangen, soweit das Gesetz es erlaubt.',
  'rights.complaintHeading': 'Beschwerde bei einer Aufsichtsbehörde',
  'rights.complaint':
    'Wenn Sie der Ansicht sind, dass wir Ihre personenbezogenen Daten rechtswidrig verarbeiten, haben Sie das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Land Ihres Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.',
  'rights.authority': 'Für uns zuständige Aufsichtsbehörde: {authority}.',
  'rights.authorities':
    '{count, plural, one {Die für uns zuständige Aufsichtsbehörde ist:} other {Die für uns zuständigen Aufsichtsbehörden sind:}}',
  'rights.authorityRegimes': 'Zuständig nach',
  'rights.authorityEstablishment': 'Zuständig für unsere Niederlassung',

  'ca.intro':
    'Diese Hinweise gelten für Einwohner Kaliforniens und ergänzen den Rest dieser Datenschutzerklärung, wie es der {law} verlangt.',
  'ca.categoriesIntro':
    'In den vergangenen 12 Monaten haben wir die folgenden Kategorien personenbezogener Informationen erhoben. Die Tabelle zeigt für jede Kategorie, woher sie stammt, wofür wir sie verwenden und an welche Empfänger wir sie zu einem Geschäftszweck offenlegen oder verkaufen oder teilen. Wie lange wir sie speichern, ist weiter oben beschrieben.',
  'ca.tableCaption': 'Erhobene Kategorien personenbezogener Informationen',
  'ca.sells':
    'Wir verkaufen oder teilen personenbezogene Informationen im Sinne des CCPA für die folgenden Zwecke: {purposes}.',
  'ca.sellsGeneral': 'Wir verkaufen oder teilen personenbezogene Informationen im Sinne des CCPA.',
  'ca.doesNotSell': 'Wir verkaufen oder teilen keine personenbezogenen Informationen im Sinne des CCPA.',
  'ca.notSoldPastYear':
    'In den vergangenen 12 Monaten haben wir keine personenbezogenen Informationen verkauft oder geteilt.',
  'ca.soldPastYear': 'In den vergangenen 12 Monaten haben wir personenbezogene Informationen verkauft oder geteilt.',
  'ca.optOut':
    'Sie haben das Recht, dem Verkauf oder der Weitergabe Ihrer personenbezogenen Informationen zu widersprechen (Opt-out). Schreiben Sie uns dazu an {email}.',
  'ca.optOutLink': 'Sie können auch über {link} widersprechen.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Sensible personenbezogene Informationen verwenden wir nur für Zwecke, die der CCPA ohne Recht auf Einschränkung ihrer Verwendung erlaubt (11 CCR § 7027(m)).',
  'ca.limit':
    'Sie haben das Recht, die Verwendung Ihrer sensiblen personenbezogenen Informationen auf das zu beschränken, was zur Erbringung der von Ihnen angeforderten Waren oder Dienstleistungen erforderlich ist. Schreiben Sie uns dazu an {email}.',
  'ca.nonDiscrimination':
    'Wir benachteiligen Sie nicht, weil Sie Ihre Datenschutzrechte ausüben, etwa indem wir Ihnen Waren oder Dienstleistungen verweigern, andere Preise berechnen oder eine andere Qualität bieten.',
  'ca.columnSources': 'Herkunft',
  'ca.columnPurposes': 'Zwecke',
  'ca.columnDisclosedTo': 'Zu einem Geschäftszweck offengelegt an',
  'ca.columnSoldOrSharedTo': 'Verkauft oder geteilt an',
  'ca.minorsNoKnowledge':
    'Wir haben keine tatsächliche Kenntnis davon, dass wir personenbezogene Informationen von Verbrauchern unter 16 Jahren verkaufen oder teilen.',
  'ca.minorsAuthorised':
    'Personenbezogene Informationen von Verbrauchern unter 16 Jahren verkaufen oder teilen wir nur mit deren ausdrücklicher Zustimmung (Opt-in) oder, bei Verbrauchern unter 13 Jahren, mit der Zustimmung eines Elternteils oder Vormunds.',
  'ca.signals':
    'Opt-out-Präferenzsignale wie die Global Privacy Control (GPC) behandeln wir als wirksamen Widerspruch gegen den Verkauf oder die Weitergabe personenbezogener Informationen: für den Browser oder das Gerät, der bzw. das das Signal sendet, und jedes damit verbundene Verbraucherprofil, auch pseudonyme Profile, und für Sie als Verbraucher, wenn wir wissen, wer Sie sind. Um ein solches Signal zu senden, aktivieren Sie es in einem Browser oder einer Browsererweiterung, die es unterstützt.',
  'ca.limitLink': 'Sie können die Verwendung auch über {link} beschränken.',
  'ca.limitLinkText': 'Limit the Use of My Sensitive Personal Information',
  'ca.tollFree': 'Sie können eine Anfrage auch über unsere gebührenfreie Telefonnummer {phone} stellen.',
  'ca.verification':
    'Bevor wir eine Anfrage auf Auskunft, Löschung oder Berichtigung personenbezogener Informationen bearbeiten, prüfen wir Ihre Identität wie folgt: {process}',
  'ca.noIncentives':
    'Wir bieten keine finanziellen Anreize und keine Preis- oder Leistungsunterschiede im Gegenzug für personenbezogene Informationen an.',
  'ca.incentives':
    'Wir bieten finanzielle Anreize im Zusammenhang mit der Erhebung, Speicherung oder dem Verkauf personenbezogener Informationen an. Ihre Bedingungen und wie Sie teilnehmen und Ihre Teilnahme jederzeit beenden können, sind in {link} beschrieben.',
  'ca.incentivesLinkText': 'unserem Hinweis zu finanziellen Anreizen',
  'ca.lastUpdated': 'Diese Datenschutzerklärung wurde zuletzt am {date} aktualisiert.',

  // Brazil
  'br.intro':
    'Diese Hinweise gelten, soweit das brasilianische Datenschutzgesetz (LGPD, Gesetz Nr. 13.709/2018) auf die Verarbeitung Ihrer personenbezogenen Daten anwendbar ist, und ergänzen den Rest dieser Datenschutzerklärung.',
  'br.condition':
    'Die Angabe der folgenden Daten ist Voraussetzung dafür, dass Sie unsere Produkte oder Dienstleistungen erhalten: {categories}. Wenn Sie sie nicht angeben, können wir diese nicht erbringen. Ihre Rechte als betroffene Person nach Art. 18 LGPD (siehe {rights}) können Sie jederzeit ausüben, indem Sie uns an {email} schreiben.',
  'br.children':
    'Wir verarbeiten personenbezogene Daten von Kindern und Jugendlichen. Welche Arten von Daten wir erheben und wie wir sie verwenden: {types}',
  'br.parentalConsent':
    'Verarbeiten wir personenbezogene Daten eines Kindes (unter 12 Jahren) auf der Grundlage einer Einwilligung, so nur mit der besonderen und hervorgehobenen Einwilligung mindestens eines Elternteils oder gesetzlichen Vertreters, die wir wie folgt einholen und überprüfen: {process}',
  'br.childrenRights':
    'Eltern und gesetzliche Vertreter können die Rechte der betroffenen Person für das Kind ausüben (siehe {rights}).',
  'br.noChildren': 'Wir verarbeiten keine personenbezogenen Daten von Kindern oder Jugendlichen.',

  // Canada
  'pipeda.accountable':
    'Wir haben eine Person benannt, die dafür verantwortlich ist, dass wir das kanadische Gesetz zum Schutz personenbezogener Informationen und elektronischer Dokumente (PIPEDA) und die Grundsätze seines Anhangs 1 einhalten. Fragen und Beschwerden zu unserem Umgang mit personenbezogenen Informationen können Sie an diese Person richten:',
  'pipeda.title': 'Funktion',

  'children.body':
    'Unsere Dienste richten sich nicht an Kinder unter {age} Jahren. Wir erheben wissentlich keine personenbezogenen Daten von Kindern unter {age} Jahren. Wenn Sie glauben, dass uns ein Kind unter {age} Jahren personenbezogene Daten übermittelt hat, wenden Sie sich bitte an {email}; wir löschen die Daten dann.',

  'security.intro':
    'Wir schützen personenbezogene Daten durch geeignete technische und organisatorische Maßnahmen, darunter:',

  'automated.none':
    'Wir setzen keine automatisierte Entscheidungsfindung ein: Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
  'automated.intro':
    'In den folgenden Fällen treffen wir Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen (automatisierte Entscheidungsfindung). Wir erläutern die involvierte Logik und was sie für Sie bedeutet:',
  'automated.safeguards':
    'Sie können verlangen, dass eine Person eine solche automatisierte Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',

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

  'instrument.EU_ADEQUACY_DECISION': 'Angemessenheitsbeschluss der Europäischen Kommission',
  'instrument.EU_STANDARD_CONTRACTUAL_CLAUSES': 'Standardvertragsklauseln der Europäischen Kommission',
  'instrument.EU_US_DATA_PRIVACY_FRAMEWORK': 'EU-US Data Privacy Framework',
  'instrument.EU_BINDING_CORPORATE_RULES': 'verbindliche interne Datenschutzvorschriften',
  'instrument.EU_DEROGATION': 'Ausnahme für einen bestimmten Fall',
  'instrument.UK_ADEQUACY_REGULATIONS': 'Angemessenheitsverordnung des Vereinigten Königreichs',
  'instrument.UK_IDTA': 'International Data Transfer Agreement des Vereinigten Königreichs',
  'instrument.UK_ADDENDUM':
    'britischer Zusatz (UK Addendum) zu den Standardvertragsklauseln der Europäischen Kommission',
  'instrument.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'UK-Erweiterung des EU-US Data Privacy Framework',
  'instrument.UK_BINDING_CORPORATE_RULES': 'verbindliche interne Datenschutzvorschriften',
  'instrument.UK_DEROGATION': 'Ausnahme für einen bestimmten Fall',
  'instrument.CH_ADEQUACY_DECISION': 'Angemessenheitsentscheid des Schweizerischen Bundesrates',
  'instrument.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'vom EDÖB anerkannte Standardvertragsklauseln der Europäischen Kommission',
  'instrument.CH_US_DATA_PRIVACY_FRAMEWORK': 'Swiss-US Data Privacy Framework',
  'instrument.CH_BINDING_CORPORATE_RULES': 'verbindliche unternehmensinterne Datenschutzvorschriften',
  'instrument.CH_EXCEPTION': 'Ausnahme für einen bestimmten Fall',
  'instrument.BR_STANDARD_CONTRACTUAL_CLAUSES': 'Standardvertragsklauseln der ANPD',
  'instrument.BR_GLOBAL_CORPORATE_RULES': 'globale Unternehmensregeln',
  'instrument.BR_DEROGATION': 'Ausnahme für einen bestimmten Fall',

  'instrumentRef.EU_ADEQUACY_DECISION': 'Art. 45 Abs. 3 DSGVO',
  'instrumentRef.EU_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 46 Abs. 2 lit. c DSGVO',
  'instrumentRef.EU_US_DATA_PRIVACY_FRAMEWORK': 'Art. 45 Abs. 3 DSGVO',
  'instrumentRef.EU_BINDING_CORPORATE_RULES': 'Art. 46 Abs. 2 lit. b und Art. 47 DSGVO',
  'instrumentRef.EU_DEROGATION': 'Art. 49 Abs. 1 DSGVO',
  'instrumentRef.UK_ADEQUACY_REGULATIONS': 'Art. 45 Abs. 1 UK GDPR und Section 17A DPA 2018',
  'instrumentRef.UK_IDTA': 'Art. 46 Abs. 2 lit. d UK GDPR und Section 119A DPA 2018',
  'instrumentRef.UK_ADDENDUM': 'Art. 46 Abs. 2 lit. d UK GDPR und Section 119A DPA 2018',
  'instrumentRef.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'Art. 45 Abs. 1 UK GDPR und Section 17A DPA 2018',
  'instrumentRef.UK_BINDING_CORPORATE_RULES': 'Art. 46 Abs. 2 lit. b und Art. 47 UK GDPR',
  'instrumentRef.UK_DEROGATION': 'Art. 49 Abs. 1 UK GDPR',
  'instrumentRef.CH_ADEQUACY_DECISION': 'Art. 16 Abs. 1 DSG',
  'instrumentRef.CH_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 16 Abs. 2 Bst. d DSG',
  'instrumentRef.CH_US_DATA_PRIVACY_FRAMEWORK': 'Art. 16 Abs. 1 DSG',
  'instrumentRef.CH_BINDING_CORPORATE_RULES': 'Art. 16 Abs. 2 Bst. e DSG',
  'instrumentRef.CH_EXCEPTION': 'Art. 17 DSG',
  'instrumentRef.BR_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 33 II b LGPD',
  'instrumentRef.BR_GLOBAL_CORPORATE_RULES': 'Art. 33 II c LGPD',
  'instrumentRef.BR_DEROGATION': 'Art. 33 III bis IX LGPD',

  'instrumentInfo.EU_ADEQUACY_DECISION':
    'Die Europäische Kommission hat festgestellt, dass das Land ein angemessenes Schutzniveau für personenbezogene Daten bietet.',
  'instrumentInfo.EU_STANDARD_CONTRACTUAL_CLAUSES':
    'Von der Europäischen Kommission mit Durchführungsbeschluss (EU) 2021/914 vom 4. Juni 2021 erlassene Vertragsklauseln, mit denen sich der Empfänger zum Schutz der Daten verpflichtet.',
  'instrumentInfo.EU_US_DATA_PRIVACY_FRAMEWORK':
    'Die Zertifizierung der Organisation, die die Daten in den Vereinigten Staaten empfängt, nach dem EU-US Data Privacy Framework (Datenschutzrahmen EU-USA). Die Europäische Kommission hat mit Durchführungsbeschluss (EU) 2023/1795 vom 10. Juli 2023 festgestellt, dass zertifizierte Organisationen ein angemessenes Schutzniveau bieten.',
  'instrumentInfo.EU_BINDING_CORPORATE_RULES':
    'Von einer Aufsichtsbehörde genehmigte Datenschutzvorschriften, die für alle Unternehmen der Gruppe des Empfängers verbindlich sind.',
  'instrumentInfo.EU_DEROGATION':
    'Eine nach Art. 49 DSGVO für einen bestimmten Fall zulässige Übermittlung, wie beim jeweiligen Empfänger beschrieben.',
  'instrumentInfo.UK_ADEQUACY_REGULATIONS':
    'Das Vereinigte Königreich hat durch Angemessenheitsverordnung festgestellt, dass das Land ein angemessenes Schutzniveau für personenbezogene Daten bietet.',
  'instrumentInfo.UK_IDTA':
    'Der vom britischen Information Commissioner nach Section 119A des Data Protection Act 2018 herausgegebene Vertrag (IDTA), in Kraft seit dem 21. März 2022, mit dem sich der Empfänger zum Schutz der Daten verpflichtet.',
  'instrumentInfo.UK_ADDENDUM':
    'Der vom britischen Information Commissioner nach Section 119A des Data Protection Act 2018 herausgegebene Zusatz, in Kraft seit dem 21. März 2022, der die Standardvertragsklauseln der Europäischen Kommission für Übermittlungen aus dem Vereinigten Königreich wirksam macht.',
  'instrumentInfo.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'Die Teilnahme der Organisation, die die Daten in den Vereinigten Staaten empfängt, an der UK-Erweiterung des EU-US Data Privacy Framework. Die britische Regierung hat Übermittlungen an teilnehmende Organisationen mit den Data Protection (Adequacy) (United States of America) Regulations 2023, in Kraft seit dem 12. Oktober 2023, als angemessen anerkannt.',
  'instrumentInfo.UK_BINDING_CORPORATE_RULES':
    'Vom britischen Information Commissioner genehmigte Datenschutzvorschriften, die für alle Unternehmen der Gruppe des Empfängers verbindlich sind.',
  'instrumentInfo.UK_DEROGATION':
    'Eine nach Art. 49 UK GDPR für einen bestimmten Fall zulässige Übermittlung, wie beim jeweiligen Empfänger beschrieben.',
  'instrumentInfo.CH_ADEQUACY_DECISION':
    'Der Schweizerische Bundesrat hat festgestellt, dass das Land einen angemessenen Datenschutz gewährleistet (Anhang 1 der Datenschutzverordnung).',
  'instrumentInfo.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'Die Standardvertragsklauseln der Europäischen Kommission (Durchführungsbeschluss (EU) 2021/914), vom Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) anerkannt und an das Schweizer Recht angepasst, mit denen sich der Empfänger zum Schutz der Daten verpflichtet.',
  'instrumentInfo.CH_US_DATA_PRIVACY_FRAMEWORK':
    'Die Zertifizierung der Organisation, die die Daten in den Vereinigten Staaten empfängt, nach dem Swiss-US Data Privacy Framework (Datenschutzrahmen Schweiz-USA), das der Schweizerische Bundesrat seit dem 15. September 2024 als angemessen anerkennt.',
  'instrumentInfo.CH_BINDING_CORPORATE_RULES':
    'Datenschutzvorschriften, die für alle Unternehmen der Gruppe des Empfängers verbindlich sind, genehmigt vom EDÖB oder von der Datenschutzbehörde eines Staates mit angemessenem Schutz.',
  'instrumentInfo.CH_EXCEPTION':
    'Eine nach Art. 17 DSG für einen bestimmten Fall zulässige Übermittlung, wie beim jeweiligen Empfänger beschrieben.',
  'instrumentInfo.BR_STANDARD_CONTRACTUAL_CLAUSES':
    'Die von der brasilianischen Datenschutzbehörde (ANPD) mit Resolution CD/ANPD Nr. 19 vom 23. August 2024 genehmigten Standardvertragsklauseln, mit denen sich der Empfänger zum Schutz der Daten verpflichtet.',
  'instrumentInfo.BR_GLOBAL_CORPORATE_RULES':
    'Von der ANPD nach Resolution CD/ANPD Nr. 19 vom 23. August 2024 genehmigte Datenschutzvorschriften, die für alle Unternehmen der Gruppe des Empfängers verbindlich sind.',
  'instrumentInfo.BR_DEROGATION':
    'Eine nach Art. 33 LGPD für einen bestimmten Fall zulässige Übermittlung, wie beim jeweiligen Empfänger beschrieben.',

  'transfersFrom.EEA': 'Übermittlungen aus dem Europäischen Wirtschaftsraum (DSGVO)',
  'transfersFrom.UK': 'Übermittlungen aus dem Vereinigten Königreich (UK GDPR)',
  'transfersFrom.CH': 'Übermittlungen aus der Schweiz (DSG)',
  'transfersFrom.BR': 'Übermittlungen aus Brasilien (LGPD)',

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
  'regime.EU_GDPR': 'DSGVO',
  'regime.UK_GDPR': 'UK GDPR',
  'regime.CCPA_CPRA': 'CCPA/CPRA',
  'regime.LGPD': 'LGPD',
  'regime.PIPEDA': 'PIPEDA',
  'regime.CH_FADP': 'DSG (Schweiz)',
  'processorRequests.FORWARDED_TO_CUSTOMER':
    'Anfragen zu diesen Daten, die uns erreichen, leiten wir an den jeweiligen Kunden weiter und unterstützen ihn bei der Beantwortung.',
  'processorRequests.REFERRED_TO_CUSTOMER':
    'Senden Sie uns eine solche Anfrage, verweisen wir Sie an den jeweiligen Kunden.',
  'dpf.recourse.EU_DPA_PANEL': 'das von den EU-Datenschutzbehörden eingerichtete Gremium',
  'dpf.recourse.EU_ADR_PROVIDER':
    '{name}, eine Stelle zur alternativen Streitbeilegung mit Sitz in der Europäischen Union',
  'dpf.recourse.US_ADR_PROVIDER':
    '{name}, eine Stelle zur alternativen Streitbeilegung mit Sitz in den Vereinigten Staaten',
  'dpf.body.FTC': 'der US-Handelsaufsichtsbehörde (Federal Trade Commission, FTC)',
  'dpf.body.DOT': 'des US-Verkehrsministeriums (Department of Transportation)',

  'agentProof.SIGNED_PERMISSION':
    'Sie können einen bevollmächtigten Vertreter (Authorized Agent) beauftragen, eine Anfrage für Sie zu stellen. Wir verlangen von ihm einen Nachweis, dass Sie ihm dazu eine unterschriebene Erlaubnis erteilt haben.',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION':
    'Sie können einen bevollmächtigten Vertreter (Authorized Agent) beauftragen, eine Anfrage für Sie zu stellen. Wir verlangen von ihm einen Nachweis, dass Sie ihm dazu eine unterschriebene Erlaubnis erteilt haben, und können Sie bitten, Ihre Identität selbst bei uns zu bestätigen oder zu bestätigen, dass Sie dem Vertreter die Erlaubnis erteilt haben.',
};
