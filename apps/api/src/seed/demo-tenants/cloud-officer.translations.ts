import type { DemoTenant } from './demo-tenant.js';

// Cloud Officer's own text in German and French, field by field (see `DemoTranslations`). Texts the demo repeats
// (the transfer statement of each US processor, the staff's duties, the two uses every section ends with) are
// translated once here, as the demo states them once.

const DE_US_TRANSFER =
  'Sitz in den Vereinigten Staaten von Amerika, außerhalb des Vereinigten Königreichs und ohne Angemessenheitsfeststellung des Vereinigten Königreichs für dieses Land: Übermittlungen stützen sich auf die EU-Standardvertragsklauseln zusammen mit dem UK Addendum, das sie für Übermittlungen aus dem Vereinigten Königreich gültig macht.';
const FR_US_TRANSFER =
  'Établi aux États-Unis d’Amérique, hors du Royaume-Uni et sans décision d’adéquation du Royaume-Uni à l’égard de ce pays\u00a0: les transferts reposent sur les clauses contractuelles types de l’UE, complétées par l’UK Addendum qui les rend valables pour les transferts depuis le Royaume-Uni.';

const DE_WITHIN_DUTIES =
  'Deren Nutzung ist auf die Erfüllung ihrer Aufgaben beschränkt und erfolgt im Einklang mit dem Zweck der Verarbeitung.';
const FR_WITHIN_DUTIES =
  'Leur utilisation est limitée à l’exercice de leurs fonctions et conforme à la finalité du traitement.';

const DE_ANALYTICS_SERVICE = 'Website-Analyse: hilft uns, unsere Website zu verbessern und zu optimieren.';
const FR_ANALYTICS_SERVICE =
  'Analyse d’audience du site web\u00a0: nous aide à améliorer et à optimiser notre site web.';

const DE_DELETED = 'Danach automatisch gelöscht.';
const FR_DELETED = 'Les données sont ensuite supprimées automatiquement.';

const DE_LAW_PERIOD = 'Für den gesetzlich vorgeschriebenen Zeitraum.';
const FR_LAW_PERIOD = 'Pendant la durée exigée par la loi.';

/** The labels of the three kinds of dealing the demo names its protection and legal-obligation purposes after. */
const DE_DEALINGS = { website: 'Website', enquiries: 'Anfragen und Veranstaltungen', recruitment: 'Personalgewinnung' };
const FR_DEALINGS = { website: 'site web', enquiries: 'demandes et événements', recruitment: 'recrutement' };

function dePerDealing() {
  return Object.fromEntries(
    Object.entries(DE_DEALINGS).flatMap(([key, label]) => [
      [
        `protection-${key}`,
        {
          name: `Schutz von Rechten, Eigentum und Sicherheit: ${label}`,
          legitimateInterest:
            'Schutz der Rechte, des Eigentums oder der Sicherheit von Cloud Officer, unseren Kunden, Lieferanten, Kontakten oder anderen: unser berechtigtes Interesse oder das eines Dritten.',
          'retention.criteria':
            'So lange, wie wir die Informationen für den Zweck aufbewahren, für den sie erhoben wurden.',
        },
      ],
      [
        `law-${key}`,
        {
          name: `Erfüllung gesetzlicher Pflichten: ${label}`,
          legalObligation:
            'Soweit wir gesetzlich verpflichtet sind, Ihre Informationen zu verwenden oder offenzulegen, auch um die Rechte, das Eigentum oder die Sicherheit von Cloud Officer oder anderen zu schützen.',
          'retention.criteria': DE_LAW_PERIOD,
        },
      ],
    ]),
  );
}

function frPerDealing() {
  return Object.fromEntries(
    Object.entries(FR_DEALINGS).flatMap(([key, label]) => [
      [
        `protection-${key}`,
        {
          name: `Protection des droits, des biens et de la sécurité\u00a0: ${label}`,
          legitimateInterest:
            'Protéger les droits, les biens ou la sécurité de Cloud Officer, de nos clients, fournisseurs, contacts ou d’autres personnes\u00a0: notre intérêt légitime ou celui d’un tiers.',
          'retention.criteria':
            'Aussi longtemps que nous conservons les informations pour la finalité pour laquelle elles ont été collectées.',
        },
      ],
      [
        `law-${key}`,
        {
          name: `Respect de la loi\u00a0: ${label}`,
          legalObligation:
            'Lorsque la loi nous oblige à utiliser ou à communiquer vos informations, y compris pour protéger les droits, les biens ou la sécurité de Cloud Officer ou d’autres personnes.',
          'retention.criteria': FR_LAW_PERIOD,
        },
      ],
    ]),
  );
}

export const cloudOfficerTranslations: DemoTenant['translations'] = {
  de: {
    controller: {
      // A place name: it reads the same in German.
      'offices.0.label': 'Richmond',
    },
    settings: {
      changeNotice:
        'Wir können diese Datenschutzerklärung jederzeit ändern; in diesem Fall veröffentlichen wir die überarbeitete Fassung auf unserer Website. Bitte lesen Sie sie bei jedem Besuch unserer Website, da sie seit Ihrem letzten Besuch aktualisiert worden sein könnte.',
    },
    audiences: {
      visitors: {
        name: 'Besucher unserer Website',
        description: 'Alle Personen, die https://cloudofficer.co besuchen.',
      },
      prospects: {
        name: 'Potenzielle Kunden und Lieferanten',
        description:
          'Personen, die sich an uns wenden oder an die wir uns wenden, weil sie Kunde oder Lieferant werden könnten: telefonisch, per E-Mail, über ein Formular auf unserer Website oder auf andere Weise.',
      },
      applicants: {
        name: 'Stellenbewerber',
        description: 'Personen, die sich bei uns auf eine Stelle bewerben.',
      },
      others: {
        name: 'Sonstige Dritte',
        description:
          'Alle anderen Personen, die eine Anfrage oder Beschwerde an uns richten: indem sie ein Formular auf unserer Website ausfüllen, uns eine E-Mail senden, uns schreiben oder uns anrufen.',
      },
    },
    dataCategories: {
      technical: {
        name: 'Technische Informationen',
        description:
          'Die für die Verbindung mit dem Internet verwendete Internet-Protocol-Adresse (IP-Adresse), Anmeldeinformationen, Browsertyp und -version, Zeitzoneneinstellung, Typen und Versionen von Browser-Plug-ins sowie Hardwareinformationen.',
      },
      visit: {
        name: 'Informationen über Ihren Besuch',
        description:
          'Der vollständige Clickstream der Uniform Resource Locators (URL) zu, durch und von unserer Website (einschließlich Datum und Uhrzeit); Dienstleistungen, Produkte und Artikel, die Sie angesehen oder gesucht haben; Seitenreaktionszeiten, Downloadfehler, Dauer der Besuche bestimmter Seiten, Informationen zur Interaktion mit Seiten (etwa Scrollen, Klicks und Mouse-over) sowie die Methoden, mit denen Sie die Seite verlassen haben.',
      },
      contact: {
        name: 'Name und Kontaktdaten',
        description:
          'Ihr Name und Ihre Kontaktdaten sowie alle sonstigen Angaben, die Sie uns bei einer Anfrage machen, etwa was Sie in einem Formular auf unserer Website ausfüllen oder was auf einer Visitenkarte steht, die Sie uns geben.',
      },
      business: {
        name: 'Geschäftsinformationen und Kommunikation',
        description:
          'Informationen und Unterlagen, die Sie uns über Ihre Geschäftstätigkeit geben, einschließlich der Kommunikation mit Ihnen und mit Personen in Ihrem Unternehmen.',
      },
      research: {
        name: 'Informationen aus öffentlichen Quellen',
        description:
          'Informationen und Unterlagen über Sie und Ihr Unternehmen, die wir bei Recherchen aus öffentlich zugänglichen Informationen gewinnen, um sicherzustellen, dass wir Sie und Ihr Unternehmen verstehen.',
        sourceDetails: 'Ihre Website, soziale Medien und Companies House (das britische Handelsregister)',
      },
      events: {
        name: 'Informationen zu Veranstaltungen und Webinaren',
        description:
          'Informationen, die Sie uns geben, wenn Sie an unseren Veranstaltungen oder Webinaren teilnehmen, gleich ob wir oder ein Dritter sie ausrichten, auch bei der Anmeldung oder wenn Sie Feedback geben. Diese können sensible personenbezogene Informationen enthalten, etwa Ernährungsanforderungen.',
      },
      newsletter: {
        name: 'Interaktion mit dem Newsletter',
        description:
          'Ob Sie unsere Newsletter öffnen und auf die darin enthaltenen Links (URLs) klicken. Um dies zu unterbinden, nutzen Sie in einem beliebigen Newsletter den Link zum Präferenzcenter und wählen Sie „Unsubscribe“ (Abmelden).',
      },
      social: {
        name: 'Informationen aus sozialen Medien',
        description:
          'Informationen über Sie aus Social-Media-Plattformen, auch wenn Sie dort mit uns interagieren oder auf unsere Social-Media-Inhalte zugreifen. Was wir erhalten, richtet sich nach den Datenschutzeinstellungen, Richtlinien und Verfahren der jeweiligen Plattform, deren Lektüre wir Ihnen empfehlen.',
        sourceDetails: 'Social-Media-Plattformen',
      },
      application: {
        name: 'Angaben zur Bewerbung',
        description:
          'Ihr Name und Ihre Kontaktdaten sowie die Angaben, die Sie im Bewerbungsverfahren machen, einschließlich Tests, die Sie auf unsere Bitte absolvieren, Vorstellungsgesprächen, an denen Sie teilnehmen, und Überprüfungen vor der Einstellung, zu denen wir gesetzlich verpflichtet sind.',
        consequenceOfNotProviding:
          'Sie müssen die erbetenen Angaben nicht machen; tun Sie es nicht, kann sich dies jedoch auf Ihre Bewerbung auswirken.',
      },
      'equal-opportunities': {
        name: 'Informationen zur Chancengleichheit',
        description:
          'Informationen, die Sie uns freiwillig für die Überwachung der Chancengleichheit geben. Sie werden Mitarbeitern außerhalb unseres Recruiting-Teams, auch den einstellenden Führungskräften, nicht in einer Weise zugänglich gemacht, die Sie identifizieren kann.',
        consequenceOfNotProviding: 'Dies wirkt sich nicht auf Ihre Bewerbung aus.',
      },
      cctv: {
        name: 'Videoüberwachungsaufnahmen',
        description:
          'Aufnahmen von Ihnen, die die Videoüberwachungskameras in unseren Räumlichkeiten aufzeichnen, wenn Sie unsere Büros besuchen.',
      },
    },
    recipients: {
      staff: {
        name: 'Unsere Mitarbeiter, Auftragnehmer und Vertreter',
        service: DE_WITHIN_DUTIES,
      },
      group: {
        name: 'Unternehmen unserer Gruppe',
        service: `Unsere Tochtergesellschaften, unsere oberste Muttergesellschaft und deren Tochtergesellschaften im Sinne von Section 1159 des britischen Companies Act 2006. ${DE_WITHIN_DUTIES}`,
      },
      'google-analytics': { service: DE_ANALYTICS_SERVICE, transferDetails: DE_US_TRANSFER },
      hubspot: { service: DE_ANALYTICS_SERVICE, transferDetails: DE_US_TRANSFER },
      salesforce: { service: DE_ANALYTICS_SERVICE, transferDetails: DE_US_TRANSFER },
      aws: {
        service: 'Website-Hosting: betreibt und hostet unsere Website.',
        transferDetails: DE_US_TRANSFER,
      },
      crm: {
        name: 'Unsere CRM-Tools von Drittanbietern',
        service: 'Kundenbeziehungsmanagement: Informationen über Sie werden darin gespeichert.',
      },
      'event-partners': {
        name: 'Partner für Veranstaltungen und Webinare',
        service:
          'Dritte, die uns helfen, Veranstaltungen und Webinare zu organisieren oder auszurichten, zu denen Sie sich angemeldet haben.',
      },
      buyers: {
        name: 'Potenzielle Verkäufer oder Käufer eines Unternehmens',
        service:
          'Wenn wir ein Unternehmen oder Vermögenswerte verkaufen oder kaufen, können wir Ihre personenbezogenen Informationen dem potenziellen Verkäufer oder Käufer dieses Unternehmens oder dieser Vermögenswerte offenlegen.',
      },
      'legal-proceedings': {
        name: 'An Gerichtsverfahren Beteiligte',
        service: 'Im Zusammenhang mit Gerichtsverfahren, einschließlich möglicher künftiger Gerichtsverfahren.',
      },
      'required-by-law': {
        name: 'Gesetzlich vorgeschriebene Empfänger',
        service: 'Soweit wir gesetzlich verpflichtet sind, personenbezogene Informationen weiterzugeben.',
      },
      telephony: {
        name: 'Unser Telefonieanbieter',
        service: 'Telefondienste: Er bekäme Telefonnummern zu sehen, wenn wir Sie anrufen.',
      },
      broadband: {
        name: 'Unser Breitbandanbieter',
        service:
          'Internetanbindung: Er könnte E-Mail-Adressen sehen, nicht aber den Inhalt dessen, was Sie uns senden, sofern Sie ihn verschlüsseln.',
      },
      'recruitment-team': {
        name: 'Unser Recruiting-Team',
        service: DE_WITHIN_DUTIES,
      },
      'recruitment-providers': {
        name: 'Externe Personaldienstleister',
        service:
          'Personaldienstleister, mit denen wir zusammenarbeiten, um ihnen Rückmeldung zu Ihrer Bewerbung zu geben.',
      },
      'talent-platform': {
        name: 'Unser Anbieter einer Talentmanagement-Plattform',
        service:
          'Die Nutzung durch den Anbieter ist auf die Bearbeitung von Bewerbungen sowie die interne Nachverfolgung und Beurteilung von Bewerbern beschränkt.',
      },
    },
    purposes: {
      'website-operation': {
        name: 'Betrieb und Sicherung unserer Website',
        legitimateInterest:
          'Unsere Website zu pflegen und sicher zu halten und Probleme zu beheben, die Sie uns in Bezug auf die Website gemeldet haben.',
        'retention.criteria': DE_DELETED,
      },
      'website-improvement': {
        name: 'Verbesserung unserer Website und interner Abläufe',
        legitimateInterest:
          'Unsere Website zu verbessern und sicherzustellen, dass Inhalte für Sie und Ihr(e) Gerät(e) so wirksam wie möglich dargestellt werden; unsere internen Abläufe, einschließlich Fehlerbehebung, Datenanalyse, Tests, Forschung sowie statistischer Zwecke und Umfragezwecke.',
        'retention.criteria': DE_DELETED,
      },
      advertising: {
        name: 'Wirksamkeitsmessung und relevante Werbung',
        legitimateInterest:
          'Die Wirksamkeit unserer Website und der Werbung, die wir Ihnen und anderen ausspielen, zu messen und zu verstehen, und Ihnen relevante Werbung zu zeigen.',
        'retention.criteria': DE_DELETED,
      },
      'pre-contract': {
        name: 'Beantwortung von Anfragen und Entscheidung über einen Vertragsschluss',
        description:
          'Ihnen die Informationen bereitzustellen, die Sie bei uns angefordert haben, damit beide Seiten entscheiden können, ob wir miteinander einen Vertrag schließen.',
        'retention.criteria': 'Dies gilt, wenn kein Vertrag zustande kommt.',
      },
      'contract-records': {
        name: 'Aufbewahrung von Unterlagen nach Vertragsschluss',
        description:
          'Entscheiden wir beide, einen Vertrag zu schließen, bewahren wir diese Informationen für die Dauer unserer Geschäftsbeziehung auf. Unsere Auffassungen und Praktiken zur Verwendung personenbezogener Informationen eines Kunden oder Lieferanten ergeben sich dann aus unserem Vertrag mit Ihnen, nicht aus dieser Datenschutzerklärung.',
      },
      'prospect-lists': {
        name: 'Listen potenzieller Kunden und Lieferanten',
        legitimateInterest:
          'Eine Liste potenzieller Kunden und Aufzeichnungen über mögliche Lieferanten zu führen, auch um Sie anderen zu empfehlen (oder nicht).',
      },
      'service-improvement': {
        name: 'Verbesserung unserer Dienstleistungen und Produkte',
        legitimateInterest: 'Verbesserung unserer Dienstleistungen und Produkte.',
      },
      marketing: {
        name: 'Newsletter und Marketingmitteilungen',
        description:
          'Sie können sich jederzeit abmelden, zum Beispiel über den Abmeldelink („unsubscribe“) in jeder Werbe-E-Mail, die wir Ihnen senden; wir respektieren Ihre Entscheidung.',
        legitimateInterest:
          'Ihnen Newsletter, Neuigkeiten, Marketingmitteilungen und andere Informationen oder Materialien über unsere Dienstleistungen, Produkte und Veranstaltungen zu senden, die Sie unseres Erachtens interessieren könnten oder die Sie angefordert haben, und Sie über Änderungen unserer Dienstleistungen, Produkte und Veranstaltungen zu informieren.',
      },
      events: {
        name: 'Organisation von Veranstaltungen und Webinaren',
        legitimateInterest:
          'Veranstaltungen und Webinare, zu denen Sie sich angemeldet haben, zu organisieren und nachzubereiten.',
      },
      'suppression-list': {
        name: 'Sperrliste',
        description: 'Sie können Ihre Marketingeinstellungen jederzeit ändern.',
        legitimateInterest:
          'Ihrem Wunsch nachzukommen, nicht kontaktiert zu werden: Wenn Sie uns bitten, Sie nicht per E-Mail unter einer bestimmten E-Mail-Adresse zu kontaktieren, bewahren wir eine Kopie dieser Adresse auf einer „Sperrliste“ auf.',
        'retention.criteria': 'Solange Ihr Wunsch besteht, unter dieser E-Mail-Adresse nicht kontaktiert zu werden.',
      },
      applications: {
        name: 'Prüfung Ihrer Bewerbung',
        description:
          'Beurteilung Ihrer Eignung für eine Beschäftigung, als Schritte vor dem Abschluss eines Arbeitsvertrags mit Ihnen.',
        'retention.criteria':
          'Sind Sie erfolgreich, ergeben sich unsere Praktiken aus Ihren Beschäftigungsunterlagen. Sind Sie nicht erfolgreich, fragen wir Sie gegebenenfalls, ob wir Ihre Daten in unserem Talentpool aufbewahren sollen.',
      },
      'pre-employment-checks': {
        name: 'Überprüfungen vor der Einstellung',
        legalObligation: 'Die Überprüfungen vor der Einstellung, zu denen wir gesetzlich verpflichtet sind.',
        'retention.criteria':
          'Für den gesetzlich vorgeschriebenen Zeitraum; sind Sie erfolgreich, wie in Ihren Beschäftigungsunterlagen festgelegt.',
      },
      'talent-pool': {
        name: 'Talentpool',
        description:
          'Ist Ihre Bewerbung nicht erfolgreich und sind Sie einverstanden, bewahren wir Ihre Daten in unserem Talentpool auf und kontaktieren Sie, falls weitere passende Stellen frei werden.',
      },
      'equal-opportunities': {
        name: 'Überwachung der Chancengleichheit',
        description:
          'Informationen zur Chancengleichheit werden nur hierfür verwendet und Mitarbeitern außerhalb unseres Recruiting-Teams, auch den einstellenden Führungskräften, nicht in einer Weise zugänglich gemacht, die Sie identifizieren kann.',
        legitimateInterest: 'Erstellung und Überwachung von Statistiken zur Chancengleichheit.',
        'retention.criteria': 'Solange wir Ihre Bewerbung aufbewahren.',
      },
      'other-enquiries': {
        name: 'Beantwortung sonstiger Anfragen',
        legitimateInterest:
          'Ihnen die Informationen bereitzustellen, die Sie bei uns angefordert haben, und Ihrer Anfrage nachzugehen.',
      },
      cctv: {
        name: 'Videoüberwachung in unseren Büros',
        legitimateInterest: 'Verhütung von Straftaten und öffentliche Sicherheit in unseren Räumlichkeiten.',
        'retention.criteria': 'So lange wie die übrigen Informationen, die wir über Sie speichern (siehe oben).',
      },
      ...dePerDealing(),
    },
    cookies: {
      'Analytics cookies': {
        name: 'Analyse-Cookies',
        purpose:
          'Sie von anderen Nutzern unserer Website zu unterscheiden, damit wir sehen können, wie die Website genutzt wird, und sie verbessern können.',
      },
    },
    clauses: {
      '0': {
        title: 'Für wen diese Datenschutzerklärung gilt',
        body: 'Diese Datenschutzerklärung gilt weder für Abonnenten unserer Dienstleistungen noch für unsere Lieferanten (bitte beachten Sie die Datenschutzbestimmungen in unseren mit Ihnen vereinbarten Geschäftsbedingungen) noch für unsere Mitarbeiter.',
      },
      '1': { body: 'Wir zeichnen keine Anrufe auf.' },
      '2': {
        title: 'Links zu Websites Dritter und sozialen Medien',
        body:
          'Unsere Website kann Links zu und von Websites Dritter enthalten. Diese haben eigene Datenschutzerklärungen, für die wir keinerlei Verantwortung oder Haftung übernehmen: Bitte prüfen Sie diese, bevor Sie personenbezogene Informationen an diese Websites übermitteln.\n\n' +
          'Unsere Website verfügt über Schnittstellen zu Social-Media-Websites wie Facebook, LinkedIn und Twitter. Wenn Sie Informationen von unserer Website darüber mit „Gefällt mir“ markieren oder teilen, lesen Sie die Datenschutzerklärung des jeweiligen Dienstes: Sind Sie Mitglied einer Social-Media-Website, kann die Schnittstelle es dieser ermöglichen, Ihren Besuch auf unserer Website mit Ihren personenbezogenen Informationen zu verknüpfen.',
      },
      '3': {
        body: 'Mehr darüber, wie wir Cookies verwenden, erfahren Sie in unserer Cookie-Richtlinie. Sie können Cookies aktivieren oder deaktivieren, indem Sie die Einstellungen Ihres Browsers ändern; [www.allaboutcookies.org](https://www.allaboutcookies.org) erklärt, wie das geht, und bietet weitere Informationen zu Cookies.',
      },
      '4': {
        title: 'Weitere Rechte',
        body:
          'Sie haben außerdem das Recht,\n\n' +
          '- von uns Ersatz des materiellen oder immateriellen Schadens zu verlangen, der Ihnen entsteht, weil wir gegen das Datenschutzrecht verstoßen (Art. 82 UK GDPR);\n' +
          '- unverzüglich über eine Verletzung des Schutzes personenbezogener Daten benachrichtigt zu werden, die voraussichtlich ein hohes Risiko für Ihre Rechte und Freiheiten zur Folge hat (Art. 34 UK GDPR).\n\n' +
          'Wir benötigen möglicherweise bestimmte personenbezogene Informationen, um die Dienstleistungen und Informationen bereitzustellen, die Sie anfordern; Änderungen Ihrer Präferenzen oder Einschränkungen, um die Sie uns bei der Verwendung personenbezogener Informationen bitten, können sich daher darauf auswirken, was wir bereitstellen können.',
      },
      '5': {
        body: 'Unabhängig von der oben genannten Frist gilt: Verpflichtet uns das Gesetz, personenbezogene Daten länger aufzubewahren, bewahren wir sie für den vorgeschriebenen Zeitraum auf; werden sie im Zusammenhang mit Gerichtsverfahren (einschließlich möglicher künftiger Gerichtsverfahren) verwendet, bewahren wir sie für die Dauer dieser Verfahren und einer etwaigen Vollstreckung auf.',
      },
      '6': {
        body:
          'Wir treffen physische, technische und administrative Schutzmaßnahmen und verlangen dasselbe von allen Dritten, an die wir Ihre personenbezogenen Informationen weitergeben. Wir aktualisieren und testen unsere Sicherheitstechnik fortlaufend.\n\n' +
          'Die Übermittlung von Informationen über das Internet ist nicht immer sicher: Obwohl wir unser Bestes tun, um Ihre personenbezogenen Informationen zu schützen, können wir die Sicherheit personenbezogener Informationen, die an unsere Website übermittelt werden, nicht garantieren; jede Übermittlung erfolgt auf Ihr eigenes Risiko.',
      },
    },
  },

  fr: {
    controller: {
      // A place name: it reads the same in French.
      'offices.0.label': 'Richmond',
    },
    settings: {
      changeNotice:
        'Nous pouvons modifier la présente politique à tout moment\u00a0; le cas échéant, nous publions la version révisée sur notre site web. Veuillez la consulter à chaque visite de notre site web, car elle peut avoir été mise à jour depuis votre dernière visite.',
    },
    audiences: {
      visitors: {
        name: 'Visiteurs de notre site web',
        description: 'Toute personne qui consulte https://cloudofficer.co.',
      },
      prospects: {
        name: 'Clients et fournisseurs potentiels',
        description:
          'Les personnes qui nous contactent, ou que nous contactons, en vue de devenir client ou fournisseur\u00a0: par téléphone, par e-mail, au moyen d’un formulaire sur notre site web ou autrement.',
      },
      applicants: {
        name: 'Candidats à un emploi',
        description: 'Les personnes qui postulent à un poste chez nous.',
      },
      others: {
        name: 'Autres tiers',
        description:
          'Toute autre personne qui nous adresse une demande ou une réclamation\u00a0: en remplissant un formulaire sur notre site web, en nous envoyant un e-mail, en nous écrivant ou en nous appelant.',
      },
    },
    dataCategories: {
      technical: {
        name: 'Informations techniques',
        description:
          'L’adresse de protocole Internet (adresse IP) utilisée pour se connecter à Internet, les informations de connexion, le type et la version du navigateur, le paramètre de fuseau horaire, les types et versions des plug-ins du navigateur ainsi que les informations sur le matériel.',
      },
      visit: {
        name: 'Informations sur votre visite',
        description:
          'Le parcours de navigation complet des Uniform Resource Locators (URL) vers, à travers et depuis notre site web (date et heure comprises)\u00a0; les services, produits et articles que vous avez consultés ou recherchés\u00a0; les temps de réponse des pages, les erreurs de téléchargement, la durée des visites de certaines pages, les informations sur l’interaction avec les pages (telles que le défilement, les clics et les survols de la souris) et les méthodes utilisées pour quitter la page.',
      },
      contact: {
        name: 'Nom et coordonnées',
        description:
          'Vos nom et coordonnées, ainsi que toute autre information que vous nous communiquez lorsque vous nous adressez une demande, par exemple ce que vous saisissez dans un formulaire sur notre site web ou ce qui figure sur une carte de visite que vous nous remettez.',
      },
      business: {
        name: 'Informations commerciales et communications',
        description:
          'Les informations et documents que vous nous communiquez sur vos activités professionnelles, y compris les communications avec vous et avec des personnes de votre entreprise.',
      },
      research: {
        name: 'Informations provenant de sources publiques',
        description:
          'Les informations et documents vous concernant, vous et votre entreprise, que nous obtenons à partir d’informations accessibles au public lorsque nous effectuons des recherches, afin de nous assurer que nous comprenons bien votre situation et celle de votre entreprise.',
        sourceDetails: 'votre site web, les réseaux sociaux et Companies House (le registre des sociétés britannique)',
      },
      events: {
        name: 'Informations relatives aux événements et webinaires',
        description:
          'Les informations que vous nous communiquez lorsque vous participez à nos événements ou webinaires, qu’ils soient organisés par nous ou par un tiers, notamment lors de votre inscription ou lorsque vous donnez votre avis. Elles peuvent comprendre des informations personnelles sensibles, telles que des exigences alimentaires.',
      },
      newsletter: {
        name: 'Interaction avec la newsletter',
        description:
          'Le fait que vous ouvriez nos newsletters et cliquiez sur les liens (URL) qu’elles contiennent. Pour y mettre fin, utilisez le lien vers le centre de préférences figurant dans toute newsletter et sélectionnez «\u00a0Unsubscribe\u00a0» (se désabonner).',
      },
      social: {
        name: 'Informations issues des réseaux sociaux',
        description:
          'Les informations vous concernant provenant des plateformes de réseaux sociaux, notamment lorsque vous interagissez avec nous sur ces plateformes ou accédez à nos contenus sur les réseaux sociaux. Ce que nous recevons est régi par les paramètres de confidentialité, les politiques et les procédures de la plateforme, que nous vous invitons à consulter.',
        sourceDetails: 'les plateformes de réseaux sociaux',
      },
      application: {
        name: 'Informations relatives à la candidature',
        description:
          'Vos nom et coordonnées et les informations que vous fournissez au cours du processus de candidature, y compris les tests que nous vous demandons de passer, les entretiens auxquels vous participez et les vérifications préalables à l’embauche que la loi nous impose d’effectuer.',
        consequenceOfNotProviding:
          'Vous n’êtes pas tenu(e) de fournir ce que nous demandons, mais si vous ne le faites pas, cela pourrait avoir une incidence sur votre candidature.',
      },
      'equal-opportunities': {
        name: 'Informations relatives à l’égalité des chances',
        description:
          'Les informations que vous choisissez de nous communiquer pour le suivi de l’égalité des chances. Elles ne sont mises à la disposition d’aucun membre du personnel extérieur à notre équipe de recrutement, y compris les responsables du recrutement, sous une forme permettant de vous identifier.',
        consequenceOfNotProviding: 'Cela n’aura aucune incidence sur votre candidature.',
      },
      cctv: {
        name: 'Images de vidéosurveillance',
        description:
          'Les images de vous enregistrées par les caméras de vidéosurveillance en service dans nos locaux lorsque vous visitez nos bureaux.',
      },
    },
    recipients: {
      staff: {
        name: 'Nos salariés, prestataires et mandataires',
        service: FR_WITHIN_DUTIES,
      },
      group: {
        name: 'Sociétés de notre groupe',
        service: `Nos filiales, notre société holding ultime et ses filiales, au sens de la section 1159 du Companies Act 2006 britannique. ${FR_WITHIN_DUTIES}`,
      },
      'google-analytics': { service: FR_ANALYTICS_SERVICE, transferDetails: FR_US_TRANSFER },
      hubspot: { service: FR_ANALYTICS_SERVICE, transferDetails: FR_US_TRANSFER },
      salesforce: { service: FR_ANALYTICS_SERVICE, transferDetails: FR_US_TRANSFER },
      aws: {
        service: 'Hébergement du site web\u00a0: assure la maintenance et l’hébergement de notre site web.',
        transferDetails: FR_US_TRANSFER,
      },
      crm: {
        name: 'Nos outils CRM tiers',
        service: 'Gestion de la relation client\u00a0: des informations vous concernant y sont stockées.',
      },
      'event-partners': {
        name: 'Partenaires pour les événements et webinaires',
        service:
          'Les tiers qui nous aident à organiser ou à accueillir des événements et webinaires auxquels vous vous êtes inscrit(e).',
      },
      buyers: {
        name: 'Vendeurs ou acheteurs potentiels d’une entreprise',
        service:
          'Si nous vendons ou achetons une entreprise ou des actifs, nous pouvons communiquer vos informations personnelles au vendeur ou à l’acheteur potentiel de cette entreprise ou de ces actifs.',
      },
      'legal-proceedings': {
        name: 'Parties à une procédure judiciaire',
        service: 'Dans le cadre de toute procédure judiciaire, y compris d’une procédure judiciaire envisagée.',
      },
      'required-by-law': {
        name: 'Destinataires imposés par la loi',
        service: 'Lorsque la loi nous oblige à partager des informations personnelles.',
      },
      telephony: {
        name: 'Notre fournisseur de téléphonie',
        service: 'Services téléphoniques\u00a0: il pourrait voir les numéros de téléphone si nous vous appelons.',
      },
      broadband: {
        name: 'Notre fournisseur d’accès haut débit',
        service:
          'Connexion à Internet\u00a0: il pourrait voir les adresses e-mail, mais pas le contenu de ce que vous nous envoyez, si vous le chiffrez.',
      },
      'recruitment-team': {
        name: 'Notre équipe de recrutement',
        service: FR_WITHIN_DUTIES,
      },
      'recruitment-providers': {
        name: 'Prestataires de recrutement tiers',
        service:
          'Les prestataires de recrutement avec lesquels nous travaillons, afin de leur faire un retour sur votre candidature.',
      },
      'talent-platform': {
        name: 'Notre fournisseur de plateforme de gestion des talents',
        service:
          'Son utilisation est limitée au traitement des candidatures ainsi qu’au suivi et à l’évaluation internes des candidats.',
      },
    },
    purposes: {
      'website-operation': {
        name: 'Exploitation et sécurisation de notre site web',
        legitimateInterest:
          'Assurer la maintenance de notre site web et en garantir la sûreté et la sécurité, et traiter les problèmes que vous nous avez signalés à son sujet.',
        'retention.criteria': FR_DELETED,
      },
      'website-improvement': {
        name: 'Amélioration de notre site web et de nos opérations internes',
        legitimateInterest:
          'Améliorer notre site web et veiller à ce que les contenus soient présentés de la manière la plus efficace pour vous et votre ou vos appareils\u00a0; nos opérations internes, y compris le dépannage, l’analyse de données, les tests, la recherche, ainsi que les finalités statistiques et d’enquête.',
        'retention.criteria': FR_DELETED,
      },
      advertising: {
        name: 'Mesure de l’efficacité et publicité pertinente',
        legitimateInterest:
          'Mesurer et comprendre l’efficacité de notre site web et de toute publicité que nous vous diffusons, à vous et à d’autres, et vous proposer des publicités pertinentes.',
        'retention.criteria': FR_DELETED,
      },
      'pre-contract': {
        name: 'Réponse aux demandes et décision de contracter',
        description:
          'Vous fournir les informations que vous nous avez demandées, afin que nous puissions, de part et d’autre, décider de conclure ou non un contrat ensemble.',
        'retention.criteria': 'Cette durée s’applique si nous ne concluons pas de contrat.',
      },
      'contract-records': {
        name: 'Conservation des dossiers après la conclusion d’un contrat',
        description:
          'Si nous décidons de part et d’autre de conclure un contrat, nous conservons ces informations pendant toute la durée de notre relation. C’est alors notre contrat avec vous, et non la présente politique, qui expose notre position et nos pratiques concernant l’utilisation des informations personnelles d’un client ou d’un fournisseur.',
      },
      'prospect-lists': {
        name: 'Listes de clients et fournisseurs potentiels',
        legitimateInterest:
          'Tenir une liste de clients potentiels et des dossiers sur des fournisseurs potentiels, y compris pour vous recommander (ou non) à d’autres.',
      },
      'service-improvement': {
        name: 'Amélioration de nos services et produits',
        legitimateInterest: 'Améliorer nos services et nos produits.',
      },
      marketing: {
        name: 'Newsletters et communications marketing',
        description:
          'Vous pouvez vous désabonner à tout moment, par exemple au moyen du lien de désabonnement («\u00a0unsubscribe\u00a0») figurant dans chaque e-mail promotionnel que nous vous envoyons\u00a0; nous respectons votre choix.',
        legitimateInterest:
          'Vous envoyer des newsletters, des actualités, des communications marketing et d’autres informations ou supports concernant nos services, produits et événements qui, selon nous, peuvent vous intéresser ou que vous avez demandés, et vous informer des modifications de nos services, produits et événements.',
      },
      events: {
        name: 'Organisation d’événements et de webinaires',
        legitimateInterest:
          'Organiser les événements et webinaires auxquels vous vous êtes inscrit(e), et en assurer le suivi.',
      },
      'suppression-list': {
        name: 'Liste d’exclusion',
        description: 'Vous êtes libre de modifier vos choix en matière de marketing à tout moment.',
        legitimateInterest:
          'Respecter votre demande de ne pas être contacté(e)\u00a0: si vous nous demandez de ne pas vous contacter par e-mail à une certaine adresse, nous conservons une copie de cette adresse sur une «\u00a0liste d’exclusion\u00a0».',
        'retention.criteria':
          'Aussi longtemps que votre demande de ne pas être contacté(e) à cette adresse e-mail est maintenue.',
      },
      applications: {
        name: 'Évaluation de votre candidature',
        description:
          'Évaluer votre aptitude à l’emploi, dans le cadre de mesures préalables à la conclusion d’un contrat de travail avec vous.',
        'retention.criteria':
          'Si votre candidature est retenue, nos pratiques sont exposées dans vos documents d’embauche. Si elle n’est pas retenue, nous pouvons vous demander si vous souhaitez que vos informations soient conservées dans notre vivier de talents.',
      },
      'pre-employment-checks': {
        name: 'Vérifications préalables à l’embauche',
        legalObligation: 'Les vérifications préalables à l’embauche que la loi nous impose d’effectuer.',
        'retention.criteria':
          'Pendant la durée exigée par la loi\u00a0; si votre candidature est retenue, selon ce que prévoient vos documents d’embauche.',
      },
      'talent-pool': {
        name: 'Vivier de talents',
        description:
          'Si votre candidature n’est pas retenue et que vous y consentez, nous conservons vos informations dans notre vivier de talents et vous contactons si d’autres postes adaptés se libèrent.',
      },
      'equal-opportunities': {
        name: 'Suivi de l’égalité des chances',
        description:
          'Les informations relatives à l’égalité des chances ne sont utilisées qu’à cette fin et ne sont mises à la disposition d’aucun membre du personnel extérieur à notre équipe de recrutement, y compris les responsables du recrutement, sous une forme permettant de vous identifier.',
        legitimateInterest: 'Établir et suivre des statistiques sur l’égalité des chances.',
        'retention.criteria': 'Aussi longtemps que nous conservons votre candidature.',
      },
      'other-enquiries': {
        name: 'Réponse aux autres demandes',
        legitimateInterest:
          'Vous fournir les informations que vous nous avez demandées et donner suite à votre demande.',
      },
      cctv: {
        name: 'Vidéosurveillance dans nos bureaux',
        legitimateInterest: 'Prévention de la criminalité et sécurité publique dans nos locaux.',
        'retention.criteria':
          'Aussi longtemps que les autres informations que nous détenons à votre sujet (voir ci-dessus).',
      },
      ...frPerDealing(),
    },
    cookies: {
      'Analytics cookies': {
        name: 'Cookies analytiques',
        purpose:
          'Vous distinguer des autres utilisateurs de notre site web, afin que nous puissions voir comment il est utilisé et l’améliorer.',
      },
    },
    clauses: {
      '0': {
        title: 'À qui s’applique la présente politique',
        body: 'La présente politique ne s’applique ni aux abonnés à nos services ni à nos fournisseurs (veuillez vous reporter aux dispositions relatives à la protection des données de nos conditions générales conclues avec vous), ni à nos salariés.',
      },
      '1': { body: 'Nous n’enregistrons pas les appels.' },
      '2': {
        title: 'Liens vers des sites web tiers et réseaux sociaux',
        body:
          'Notre site web peut contenir des liens vers et depuis des sites web tiers. Ceux-ci ont leurs propres politiques de confidentialité, pour lesquelles nous déclinons toute responsabilité\u00a0: veuillez les consulter avant de transmettre des informations personnelles à ces sites web.\n\n' +
          'Notre site web comporte des interfaces avec des réseaux sociaux tels que Facebook, LinkedIn et Twitter. Si vous choisissez d’«\u00a0aimer\u00a0» ou de partager des informations de notre site web par leur intermédiaire, consultez la politique de confidentialité du service concerné\u00a0: si vous êtes membre d’un réseau social, l’interface peut lui permettre de relier votre visite sur notre site web à vos informations personnelles.',
      },
      '3': {
        body: 'Pour en savoir plus sur la manière dont nous utilisons les cookies, consultez notre politique en matière de cookies. Vous pouvez activer ou désactiver les cookies en modifiant les paramètres de votre navigateur\u00a0; [www.allaboutcookies.org](https://www.allaboutcookies.org) explique comment procéder et fournit davantage d’informations sur les cookies.',
      },
      '4': {
        title: 'Autres droits',
        body:
          'Vous avez également le droit\u00a0:\n\n' +
          '- d’obtenir de nous réparation du préjudice matériel ou moral que vous subissez du fait d’une violation par nous du droit de la protection des données (art. 82 UK GDPR)\u00a0;\n' +
          '- d’être informé(e) dans les meilleurs délais d’une violation de données à caractère personnel susceptible d’engendrer un risque élevé pour vos droits et libertés (art. 34 UK GDPR).\n\n' +
          'Nous pouvons avoir besoin de certaines informations personnelles pour fournir les services et les informations que vous demandez\u00a0; les modifications de vos préférences, ou les limitations que vous nous demandez d’apporter à notre utilisation des informations personnelles, peuvent donc avoir une incidence sur ce que nous sommes en mesure de fournir.',
      },
      '5': {
        body: 'Quelle que soit la durée indiquée ci-dessus, si la loi nous impose de conserver des données personnelles plus longtemps, nous les conservons pendant la durée requise\u00a0; lorsqu’elles sont utilisées dans le cadre d’une procédure judiciaire (y compris d’une procédure judiciaire envisagée), nous les conservons pendant toute la durée de cette procédure et de toute mesure d’exécution.',
      },
      '6': {
        body:
          'Nous mettons en œuvre des mesures de protection physiques, techniques et administratives, et exigeons la même chose de tout tiers avec lequel nous partageons vos informations personnelles. Nous mettons à jour et testons en continu nos technologies de sécurité.\n\n' +
          'La transmission d’informations par Internet n’est pas toujours sûre\u00a0: bien que nous fassions de notre mieux pour protéger vos informations personnelles, nous ne pouvons garantir la sécurité des informations personnelles transmises à notre site web, et toute transmission se fait à vos propres risques.',
      },
    },
  },
};
