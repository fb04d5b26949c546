import type { DemoTenant } from './demo-tenant.js';

// CloudOps' own text in German and French, field by field (see `DemoTranslations`). Texts the demo repeats (the
// legitimate interest most sections cite, the Google and Zoom transfer statements, the general storage rule's
// wording) are translated once here, as the demo states them once. Names of companies and tools stay as they are;
// only a recipient name that describes (a category, Zoom's own purposes) is translated.

const DE_OPTIMISED_OFFERING =
  'Ein technisch einwandfreies Onlineangebot, das wirtschaftlich effizient gestaltet und optimiert ist';
const FR_OPTIMISED_OFFERING =
  'Une offre en ligne techniquement irréprochable, conçue et optimisée de manière économiquement efficace';

const DE_GOOGLE_DPA =
  'Nach unserem Auftragsverarbeitungsvertrag mit Google (den Google Ads Data Processing Terms, https://business.safety.google/adsprocessorterms/) verarbeitet Google Ihre Daten nur nach unseren Weisungen und übermittelt sie nur auf der Grundlage der Standardvertragsklauseln in die USA.';
const FR_GOOGLE_DPA =
  'En vertu de notre contrat de sous-traitance avec Google (les Google Ads Data Processing Terms, https://business.safety.google/adsprocessorterms/), Google ne traite vos données que sur nos instructions et ne les transfère vers les États-Unis que sur la base des clauses contractuelles types.';

const DE_ZOOM_TRANSFER =
  'Wir haben mit Zoom einen Vertrag auf Grundlage der EU-Standardvertragsklauseln geschlossen, in dem Zoom sich verpflichtet, Ihre Daten im Einklang mit der DSGVO zu schützen.';
const FR_ZOOM_TRANSFER =
  'Nous avons conclu avec Zoom un contrat fondé sur les clauses contractuelles types de l’UE, par lequel Zoom s’engage à protéger vos données conformément au RGPD.';

const DE_FOR_WEBSITE_FUNCTIONALITY =
  'Nur so lange, wie es für die ordnungsgemäße Funktion unserer Website erforderlich ist und solange wir ein berechtigtes Interesse haben';
const FR_FOR_WEBSITE_FUNCTIONALITY =
  'Uniquement aussi longtemps que nécessaire au bon fonctionnement de notre site web et aussi longtemps que nous avons un intérêt légitime';

export const cloudOpsTranslations: DemoTenant['translations'] = {
  de: {
    settings: {
      changeNotice:
        'Zwingen uns tatsächliche oder rechtliche Gründe, diese Datenschutzerklärung zu ändern, aktualisieren wir diese Seite entsprechend. An der von Ihnen erteilten Einwilligung ändert dies nichts.',
      'generalRetention.criteria':
        'Nur so lange, wie es der Zweck der Verarbeitung erfordert; länger, wenn wir die Daten noch zur Verfolgung unserer Rechte oder für unsere sonstigen berechtigten Interessen benötigen oder wenn das Gesetz uns zur Aufbewahrung verpflichtet (zum Beispiel steuerrechtliche Aufbewahrungspflichten).',
    },
    audiences: {
      visitors: {
        name: 'Besucher unserer Website',
        description: 'Alle, die unsere Website nutzen, unabhängig von Gerät oder Software.',
      },
      customers: {
        name: 'Kunden',
        description: 'Nutzer, die mit uns einen Vertrag begründen, aushandeln oder ändern, auch einen unentgeltlichen.',
      },
      enquirers: {
        name: 'Personen, die sich an uns wenden',
        description:
          'Personen, die uns elektronisch oder über ein Kontaktformular kontaktieren, ein Angebot oder einen Rückruf anfordern oder einen Termin vereinbaren.',
      },
      participants: {
        name: 'Teilnehmer an unseren Online-Meetings',
        description: 'Personen, die an unseren Videokonferenzen, Webinaren und Online-Meetings teilnehmen.',
      },
    },
    dataCategories: {
      inventory: {
        name: 'Bestandsdaten',
        description:
          'Kundendaten (zum Beispiel Name und Anschrift), Kontaktdaten (zum Beispiel E-Mail-Adresse und Telefonnummer) und Leistungsdaten (zum Beispiel bestellte Leistungen, Laufzeit und Zahlung), soweit zur Begründung, Aushandlung oder Änderung eines Vertrags erforderlich.',
        consequenceOfNotProviding:
          'Wir können unsere Leistungen nicht erbringen und keinen Vertrag mit Ihnen schließen. Wir teilen Ihnen mit, welche Angaben erforderlich sind.',
      },
      usage: {
        name: 'Nutzungsdaten',
        description:
          'Nutzungsinformationen (zum Beispiel besuchte Websites oder Bereiche, Besuchsdauer, Interesse an Leistungen), Inhaltsdaten (zum Beispiel Daten, Texte, Bilder, Töne und Videos, die Sie eingeben oder hochladen) und Metadaten (zum Beispiel Kennung Ihres Geräts, Standort und IP-Adresse).',
      },
      'server-logs': {
        name: 'Server-Logdateien',
        description:
          'Ihre IP-Adresse, Typ und Version Ihres Browsers, Hostname, Zeitpunkt des Besuchs, die Seite, von der aus Sie auf unsere Seite gelangt sind, Name der aufgerufenen Seite, genauer Zeitpunkt der Nutzung und die übertragene Datenmenge. Sie werden nur zu statistischen Zwecken verwendet und ermöglichen es uns nicht, Sie zu identifizieren.',
      },
      requests: {
        name: 'Daten aus Kontaktanfragen',
        description:
          'Was Sie uns mitteilen, wenn Sie uns per Post, Fax, Telefon, Messenger oder über ein Kontaktformular kontaktieren oder ein Angebot anfordern: zum Beispiel Name, Kontaktinformationen und der Inhalt Ihrer Anfrage.',
      },
      'return-call': {
        name: 'Rückrufdaten',
        description:
          'Ihr Vorname (damit wir Sie persönlich ansprechen können), Ihre Telefonnummer (damit wir Sie anrufen können) und Ihre E-Mail-Adresse (damit wir Ihre Anfrage bestätigen können).',
      },
      appointments: {
        name: 'Termindaten',
        description:
          'Die im Pipedrive-Terminformular abgefragten Daten sowie Ihre IP-Adresse zum Zeitpunkt der Eingabe.',
      },
      meetings: {
        name: 'Daten aus Online-Meetings',
        description:
          'Vertragsdaten (etwa Name und E-Mail-Adresse), Nutzungsdaten (etwa verwendeter Browser, besuchte Websites, Dauer des Besuchs, Referrer-URL und IP-Adresse) und Inhaltsdaten (Audio- und Videokommunikation und -aufzeichnungen, Chatprotokolle, geteilte Bildschirminhalte).',
      },
      analytics: {
        name: 'Profile der Websitenutzung',
        description:
          'Pseudonyme Profile Ihrer Nutzung unserer Website, die mithilfe von Cookies erstellt werden. Ihre IP-Adresse wird vor der Übermittlung an Google anonymisiert (anonymizeIp).',
      },
      'bot-detection': {
        name: 'Daten zur Bot-Erkennung',
        description:
          'IP-Adresse des verwendeten Geräts, Kennung des Browsers und des Betriebssystems, Datum und Dauer des Besuchs sowie Nutzerverhalten wie Mausbewegungen.',
      },
    },
    recipients: {
      aws: {
        service:
          'Hosting: stellt unsere Website im Internet bereit und speichert die Server-Logdateien, auf Grundlage eines Auftragsverarbeitungsvertrags, der den Anbieter verpflichtet, unsere Weisungen zu befolgen.',
      },
      'google-analytics': {
        service:
          'Website-Analyse: pseudonyme Profile der Nutzung unserer Website, die wir zur Verbesserung unserer Angebote verwenden. Google führt Ihre Daten nicht mit anderen von Google erhobenen Daten zusammen, um Ihre Identität zu ermitteln.',
        transferDetails: DE_GOOGLE_DPA,
      },
      'tag-manager': {
        service:
          'Verwaltung der Tags unserer Website. Der Tag Manager selbst arbeitet ohne Cookies und erhebt keine personenbezogenen Daten; er aktiviert lediglich andere Tags, die in dieser Datenschutzerklärung beschrieben sind, und beachtet Ihre Cookie-Einstellungen.',
        transferDetails: DE_GOOGLE_DPA,
      },
      recaptcha: {
        service:
          'Prüft, ob Eingaben auf unserer Website von einem Menschen oder durch automatisierte maschinelle Verarbeitung erfolgen.',
        transferDetails:
          'Personenbezogene Daten können an einen Server von Google in den USA übermittelt werden. Die IP-Adresse wird nur dann mit Ihrem Google-Konto verknüpft, wenn Sie bei der Nutzung von reCAPTCHA dort angemeldet sind.',
      },
      pipedrive: {
        service:
          'Pipedrive CRM: unser Online-Kalender für Termine und unsere integrierte Hosting- und Marketinglösung (Content-Management, Kontaktformulare, Newsletter-Software, Tracking und Analyse, Kundenbeziehungsmanagement), auf Grundlage eines Auftragsverarbeitungsvertrags.',
        transferDetails:
          'Alle Pipedrive-Datenbanken werden in Frankfurt (Deutschland) gespeichert; Ihre Daten könnten in die USA übermittelt werden.',
      },
      miro: {
        service:
          'In unsere Videokonferenzen integrierte Whiteboards. Miro speichert Kundeninformationen auf seinen Servern; sie werden nur zu statistischen Zwecken verwendet.',
        transferDetails:
          'Unser Auftragsverarbeitungsvertrag mit Miro erlaubt die Übermittlung Ihrer Daten in die USA nur im Rahmen der Standardvertragsklauseln.',
      },
      zoom: {
        service:
          'Videokonferenzen, Audiokonferenzen, Webinare und andere Online-Meetings, auf Grundlage eines Auftragsverarbeitungsvertrags, der Zoom verpflichtet, unsere Weisungen zu befolgen.',
        transferDetails: DE_ZOOM_TRANSFER,
      },
      'zoom-own-purposes': {
        name: 'Zoom, für eigene Zwecke',
        service:
          'Zoom kann Nutzerdaten außerdem zu Service- und Sicherheitszwecken analysieren und für eigene Marketingzwecke verwenden, nach seinen eigenen Nutzungsbedingungen (https://zoom.us/terms) und seiner Datenschutzerklärung (https://zoom.us/privacy). Im Übrigen geben weder wir noch Zoom Ihre Daten an Dritte weiter.',
        transferDetails: DE_ZOOM_TRANSFER,
      },
      zapier: {
        service:
          'Integration unserer Datenbanken und Tools: Ihre Kundeninformationen (nicht jedoch Ihre Zahlungsinformationen) werden an Zapier übermittelt.',
      },
      authorities: {
        name: 'Staatliche Behörden und Stellen',
        service: 'Wenn eine Regierung oder eine Behörde uns rechtmäßig auffordert, Ihre Daten herauszugeben.',
      },
    },
    purposes: {
      contracts: {
        name: 'Begründung und Durchführung von Verträgen',
        description:
          'Begründung, Aushandlung, Änderung und Durchführung eines Vertrags mit Ihnen, einschließlich der Weitergabe Ihrer Daten an Dritte, soweit der Vertrag dies erfordert.',
        'retention.criteria':
          'Bis zur vollständigen Erfüllung oder Beendigung des Vertrags, zuzüglich der Verjährungsfrist (in der Regel 2 oder 3 Jahre) und einer angemessenen zusätzlichen Zeit für mögliche Unterbrechungen der Verjährung.',
      },
      'tax-records': {
        name: 'Steuerrechtlich vorgeschriebene Aufbewahrung von Unterlagen',
        legalObligation: 'Unsere gesetzliche Pflicht zur Aufbewahrung von Unterlagen nach dem Steuerrecht.',
        'retention.criteria': 'In der Regel 6 oder sogar 10 Jahre, je nach Unterlage.',
      },
      'website-analysis': {
        name: 'Analyse und Sicherung unserer Website',
        description:
          'Wir führen Nutzungsdaten nur zusammen, soweit dies für die Abrechnung erforderlich ist; im Übrigen nur pseudonym und nur, solange Sie nicht widersprochen haben. Sie können uns Ihren Widerspruch jederzeit übermitteln.',
        legitimateInterest:
          'Analyse, Optimierung und Sicherung der Angebote auf unserer Website sowie Analyse Ihrer Nutzung der Website.',
        'retention.criteria': `${DE_FOR_WEBSITE_FUNCTIONALITY}; statistische Informationen werden vorrangig in pseudonymer Form gespeichert.`,
      },
      hosting: {
        name: 'Hosting unserer Website',
        description:
          'Unser Anbieter speichert bei jeder Nutzung der Website Server-Logdateien; diese werden nur zu statistischen Zwecken verwendet.',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}.`,
        'retention.criteria': `${DE_FOR_WEBSITE_FUNCTIONALITY}.`,
      },
      enquiries: {
        name: 'Beantwortung Ihrer Anfragen',
        description:
          'Betrifft Ihre Anfrage den Abschluss oder die Durchführung eines Vertrags, ist die Verarbeitung auch für diesen Vertrag erforderlich.',
        legitimateInterest:
          'Wirksame Kommunikation mit Kunden und Interessenten: Bearbeitung Ihrer Anfrage sowie von Anschlussfragen und damit zusammenhängenden Fragen.',
        'retention.criteria':
          'So lange, wie die Bearbeitung der Anfrage es erfordert, insbesondere solange die Speicherung noch zur Vertragsdurchführung, zur Verfolgung unserer Rechte oder für unsere sonstigen berechtigten Interessen erforderlich ist oder solange das Gesetz uns zur Aufbewahrung verpflichtet (zum Beispiel steuerrechtliche Aufbewahrungspflichten).',
      },
      offers: {
        name: 'Erstellung angeforderter Angebote',
        legitimateInterest:
          'Kommunikation mit Interessenten, die uns um ein Angebot für unsere Waren und Dienstleistungen bitten.',
        'retention.criteria':
          'Bis Sie Ihren Zugang durch eine E-Mail an uns beenden; danach so lange, wie es zur Vertragsdurchführung erforderlich ist.',
      },
      'return-calls': {
        name: 'Rückrufe',
        description:
          'Auf unserer Serviceseite können Sie einen Anruf durch einen unserer Kundendienstmitarbeiter anfordern. Wir verwenden diese Daten ausschließlich für Ihre konkrete Anfrage.',
        legitimateInterest: 'Kommunikation mit Interessenten, die uns um einen Rückruf bitten.',
        'retention.criteria':
          'Nach Erledigung Ihrer Anfrage, damit wir bei weiteren Serviceanfragen auf die bereits erzielten Ergebnisse zurückgreifen können.',
      },
      analytics: {
        name: 'Website-Analyse',
        description:
          'Sie können Google Analytics mit der Browser-Erweiterung von Google oder mit einem Opt-out-Cookie blockieren.',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}: Analyse der Nutzung unserer Website zur Verbesserung unserer Angebote.`,
      },
      appointments: {
        name: 'Terminvereinbarung',
        description:
          'Weder wir noch Pipedrive geben die von Ihnen eingegebenen Daten an Dritte weiter; sie dienen ausschließlich statistischen Zwecken und der Terminvereinbarung.',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}: Terminvereinbarung über unseren Online-Kalender.`,
        'retention.criteria':
          'Solange der Anlass des Termins noch relevant ist, insbesondere solange die Speicherung noch zur Vertragsdurchführung, zur Verfolgung unserer Rechte oder für unsere sonstigen berechtigten Interessen erforderlich ist oder solange das Gesetz uns zur Aufbewahrung verpflichtet. Verstreicht der Termin ohne weitere Folgen, werden Ihre Daten gelöscht.',
      },
      meetings: {
        name: 'Online-Meetings und Webinare',
        description:
          'Videokonferenzen, Audiokonferenzen, Webinare und andere Online-Meetings mit Ihnen im Rahmen unserer vertraglichen oder vorvertraglichen Beziehung. Sie können sich mit einem Pseudonym oder einer Einmal-E-Mail-Adresse registrieren und Ihr Audio und Video ausschalten.',
        'retention.criteria':
          'Solange es zur Vertragsdurchführung, zur Verfolgung unserer Rechtsansprüche oder für unsere sonstigen berechtigten Interessen erforderlich ist oder solange das Gesetz uns zur Aufbewahrung verpflichtet.',
      },
      recordings: {
        name: 'Aufzeichnung von Online-Meetings',
        description: 'Nur wenn Sie vorher eingewilligt haben.',
        'retention.criteria': 'Solange es für die Zwecke Ihrer Einwilligung erforderlich ist.',
      },
      whiteboards: {
        name: 'Whiteboards in Online-Meetings',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}: Integration von Whiteboards in unsere Videokonferenzen, um deren Darstellung zu verbessern.`,
      },
      'bot-protection': {
        name: 'Schutz unserer Website vor Spam und Bots',
        description:
          'Wenn Sie nicht möchten, dass Ihre Daten übermittelt werden, melden Sie sich vor der Nutzung unserer Formulare von Ihrem Google-Konto ab, oder deaktivieren Sie JavaScript in Ihrem Browser oder installieren Sie einen Skriptblocker (dies kann die Nutzung von Websites beeinträchtigen).',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}: Abwehr von Spam, DDoS-Angriffen und ähnlichen automatisierten Angriffen auf unsere Formulare.`,
      },
      crm: {
        name: 'Kontaktformulare, Newsletter und Kundenverwaltung',
        legitimateInterest:
          'Ein fehlerfrei funktionierendes Onlineangebot und dessen wirtschaftliche und effiziente Gestaltung und Optimierung: unsere Kontaktformulare, unser Newsletter, Tracking und Analyse sowie Kundenbeziehungsmanagement.',
      },
      integration: {
        name: 'Integration unserer Datenbanken und Tools',
        legitimateInterest: `${DE_OPTIMISED_OFFERING}: Integration unserer verschiedenen Datenbanken und Tools.`,
      },
      authorities: {
        name: 'Herausgabe von Daten an Behörden',
        legalObligation:
          'Unsere gesetzliche Pflicht, Kundendaten herauszugeben, wenn eine Regierung oder eine Behörde uns rechtmäßig dazu auffordert.',
        'retention.criteria': 'Solange das Gesetz es verlangt.',
      },
    },
    cookies: {
      _ga: {
        purpose:
          'Speichert Informationen über die Nutzung unserer Website für Google Analytics, das wir zur Verbesserung unserer Angebote verwenden.',
      },
    },
    clauses: {
      '0': {
        title: 'Einwilligung',
        body:
          'Wann immer wir Sie um Ihre Einwilligung bitten, teilen wir Ihnen in klarer Sprache und in leicht zugänglicher Form mit, wozu Sie einwilligen. Jede Einwilligung, um die wir bitten, ist freiwillig, und jeder Vorteil, den Sie durch die Erteilung erlangen möchten, ist auch ohne Einwilligung erhältlich: Fragen Sie uns einfach.\n\n' +
          'Sie können Ihre Einwilligung jederzeit ohne besondere Formerfordernisse widerrufen: zum Beispiel über unser Kontaktformular, per E-Mail oder über einen Abmeldelink (sofern wir einen anbieten). Der Widerruf berührt nicht die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung.',
      },
      '1': {
        body: 'Wir mögen Spam genauso wenig wie Sie: Wir übermitteln Ihre Daten nur dann an Dritte, wenn das Gesetz es erlaubt, und jede Übermittlung an einen Dritten ist in dieser Datenschutzerklärung genannt.',
      },
    },
  },

  fr: {
    settings: {
      changeNotice:
        'Si des raisons de fait ou de droit nous contraignent à modifier la présente politique de confidentialité, nous mettrons cette page à jour en conséquence. Cela ne modifiera pas le consentement que vous avez donné.',
      'generalRetention.criteria':
        'Uniquement aussi longtemps que la finalité du traitement l’exige\u00a0; plus longtemps lorsque nous avons encore besoin des données pour faire valoir nos droits ou pour nos autres intérêts légitimes, ou lorsque la loi nous impose de les conserver (par exemple les obligations de conservation en matière fiscale).',
    },
    audiences: {
      visitors: {
        name: 'Visiteurs de notre site web',
        description: 'Toute personne qui utilise notre site web, quels que soient l’appareil ou le logiciel.',
      },
      customers: {
        name: 'Clients',
        description:
          'Les utilisateurs qui concluent, négocient ou modifient un contrat avec nous, y compris un contrat à titre gratuit.',
      },
      enquirers: {
        name: 'Personnes qui nous contactent',
        description:
          'Les personnes qui nous contactent par voie électronique ou au moyen d’un formulaire de contact, demandent une offre ou un rappel téléphonique, ou prennent rendez-vous.',
      },
      participants: {
        name: 'Participants à nos réunions en ligne',
        description: 'Les personnes qui participent à nos visioconférences, webinaires et réunions en ligne.',
      },
    },
    dataCategories: {
      inventory: {
        name: 'Données de base',
        description:
          'Les données client (par exemple nom et adresse), les données de contact (par exemple adresse e-mail et numéro de téléphone) et les données de prestation (par exemple prestations commandées, durée et paiement), dans la mesure nécessaire pour conclure, négocier ou modifier un contrat.',
        consequenceOfNotProviding:
          'Nous ne pouvons pas fournir nos services ni conclure de contrat avec vous. Nous vous indiquons quelles informations sont requises.',
      },
      usage: {
        name: 'Données d’utilisation',
        description:
          'Les informations d’utilisation (par exemple sites web ou rubriques consultés, durée de la visite, intérêt pour des services), les données de contenu (par exemple données, textes, images, sons et vidéos que vous saisissez ou téléversez) et les métadonnées (par exemple identifiant de votre appareil, localisation et adresse IP).',
      },
      'server-logs': {
        name: 'Fichiers journaux du serveur',
        description:
          'Votre adresse IP, le type et la version de votre navigateur, le nom d’hôte, l’heure de la visite, la page depuis laquelle vous êtes arrivé(e) sur notre page, le nom de la page consultée, l’heure exacte de l’utilisation et le volume de données transférées. Ils sont utilisés uniquement à des fins statistiques et ne nous permettent pas de vous identifier.',
      },
      requests: {
        name: 'Données des demandes de contact',
        description:
          'Ce que vous nous communiquez lorsque vous nous contactez par courrier, fax, téléphone, messagerie instantanée ou formulaire de contact, ou demandez une offre\u00a0: par exemple nom, coordonnées et contenu de votre demande.',
      },
      'return-call': {
        name: 'Données de rappel téléphonique',
        description:
          'Votre prénom (pour que nous puissions nous adresser à vous personnellement), votre numéro de téléphone (pour que nous puissions vous appeler) et votre adresse e-mail (pour que nous puissions confirmer votre demande).',
      },
      appointments: {
        name: 'Données de rendez-vous',
        description:
          'Les données demandées dans le formulaire de rendez-vous Pipedrive, ainsi que votre adresse IP au moment de la saisie.',
      },
      meetings: {
        name: 'Données des réunions en ligne',
        description:
          'Les données contractuelles (telles que nom et adresse e-mail), les données d’utilisation (telles que navigateur utilisé, sites web consultés, durée de la visite, URL de provenance et adresse IP) et les données de contenu (communications et enregistrements audio et vidéo, historiques de discussion, contenu d’écran partagé).',
      },
      analytics: {
        name: 'Profils d’utilisation du site web',
        description:
          'Des profils pseudonymes de votre utilisation de notre site web, établis au moyen de cookies. Votre adresse IP est anonymisée (anonymizeIp) avant d’être transférée à Google.',
      },
      'bot-detection': {
        name: 'Données de détection des robots',
        description:
          'L’adresse IP de l’appareil utilisé, l’identification du navigateur et du système d’exploitation, la date et la durée de la visite, ainsi que le comportement de l’utilisateur, tel que les mouvements de la souris.',
      },
    },
    recipients: {
      aws: {
        service:
          'Hébergement\u00a0: met notre site web à disposition sur Internet et stocke les fichiers journaux du serveur, en vertu d’un contrat de sous-traitance qui l’oblige à suivre nos instructions.',
      },
      'google-analytics': {
        service:
          'Analyse d’audience du site web\u00a0: des profils pseudonymes de l’utilisation de notre site web, que nous utilisons pour améliorer nos offres. Google ne recoupe pas vos données avec d’autres données qu’il collecte afin de découvrir votre identité.',
        transferDetails: FR_GOOGLE_DPA,
      },
      'tag-manager': {
        service:
          'Gestion des balises de notre site web. Le Tag Manager lui-même fonctionne sans cookies et ne collecte aucune donnée personnelle\u00a0; il ne fait qu’activer d’autres balises, décrites dans la présente politique, et respecte vos paramètres de cookies.',
        transferDetails: FR_GOOGLE_DPA,
      },
      recaptcha: {
        service:
          'Vérifie si les saisies effectuées sur notre site web proviennent d’un être humain ou d’un traitement automatisé par une machine.',
        transferDetails:
          'Des données personnelles peuvent être transférées vers un serveur de Google aux États-Unis. L’adresse IP n’est associée à votre compte Google que si vous y êtes connecté(e) lorsque vous utilisez reCAPTCHA.',
      },
      pipedrive: {
        service:
          'Pipedrive CRM\u00a0: notre agenda en ligne pour les rendez-vous, et notre solution intégrée d’hébergement et de marketing (gestion de contenu, formulaires de contact, logiciel de newsletter, suivi et analyse, gestion de la relation client), en vertu d’un contrat de sous-traitance.',
        transferDetails:
          'Toutes les bases de données Pipedrive sont stockées à Francfort (Allemagne)\u00a0; vos données pourraient être transmises aux États-Unis.',
      },
      miro: {
        service:
          'Des tableaux blancs intégrés à nos visioconférences. Miro stocke les informations clients sur ses serveurs, utilisées uniquement à des fins statistiques.',
        transferDetails:
          'Notre contrat de sous-traitance avec Miro n’autorise le transfert de vos données vers les États-Unis que dans le cadre des clauses contractuelles types.',
      },
      zoom: {
        service:
          'Visioconférences, audioconférences, webinaires et autres réunions en ligne, en vertu d’un contrat de sous-traitance qui oblige Zoom à suivre nos instructions.',
        transferDetails: FR_ZOOM_TRANSFER,
      },
      'zoom-own-purposes': {
        name: 'Zoom, pour ses propres finalités',
        service:
          'Zoom peut également analyser les données des utilisateurs à des fins de service et de sécurité, et les utiliser à ses propres fins de marketing, selon ses propres conditions (https://zoom.us/terms) et sa politique de confidentialité (https://zoom.us/privacy). Hormis ces cas, ni nous ni Zoom ne transmettons vos données à des tiers.',
        transferDetails: FR_ZOOM_TRANSFER,
      },
      zapier: {
        service:
          'Intégration de nos bases de données et outils\u00a0: vos informations client (mais pas vos informations de paiement) sont transmises à Zapier.',
      },
      authorities: {
        name: 'Autorités et organismes publics',
        service: 'Lorsqu’un gouvernement ou un organisme public nous demande légitimement de lui remettre vos données.',
      },
    },
    purposes: {
      contracts: {
        name: 'Conclusion et exécution des contrats',
        description:
          'Conclure, négocier, modifier et exécuter un contrat avec vous, y compris transmettre vos données à des tiers dans la mesure où le contrat l’exige.',
        'retention.criteria':
          'Jusqu’à l’exécution complète ou la résiliation du contrat, augmentée du délai de prescription (généralement 2 ou 3 ans) et d’un délai supplémentaire raisonnable pour d’éventuelles interruptions de la prescription.',
      },
      'tax-records': {
        name: 'Conservation des documents exigée par le droit fiscal',
        legalObligation: 'Notre obligation légale de conserver des documents en vertu du droit fiscal.',
        'retention.criteria': 'Généralement 6, voire 10 ans, selon le document.',
      },
      'website-analysis': {
        name: 'Analyse et sécurisation de notre site web',
        description:
          'Nous ne recoupons les données d’utilisation que dans la mesure nécessaire à la facturation\u00a0; pour le reste, uniquement sous forme pseudonyme, et seulement tant que vous ne vous y êtes pas opposé(e). Vous pouvez nous adresser votre opposition à tout moment.',
        legitimateInterest:
          'Analyser, optimiser et sécuriser les offres de notre site web, et analyser votre utilisation de celui-ci.',
        'retention.criteria': `${FR_FOR_WEBSITE_FUNCTIONALITY}\u00a0; les informations statistiques sont conservées en priorité sous forme pseudonyme.`,
      },
      hosting: {
        name: 'Hébergement de notre site web',
        description:
          'Notre prestataire enregistre des fichiers journaux du serveur à chaque utilisation du site web\u00a0; ceux-ci sont utilisés uniquement à des fins statistiques.',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}.`,
        'retention.criteria': `${FR_FOR_WEBSITE_FUNCTIONALITY}.`,
      },
      enquiries: {
        name: 'Réponse à vos demandes',
        description:
          'Lorsque votre demande porte sur la conclusion ou l’exécution d’un contrat, le traitement est également nécessaire à ce contrat.',
        legitimateInterest:
          'Une communication efficace avec les clients et les personnes intéressées\u00a0: traitement de votre demande, des questions complémentaires et des questions connexes.',
        'retention.criteria':
          'Aussi longtemps que le traitement de la demande l’exige, notamment tant que la conservation reste nécessaire pour exécuter le contrat, faire valoir nos droits ou pour nos autres intérêts légitimes, ou tant que la loi nous impose de conserver ces données (par exemple les obligations de tenue de dossiers en matière fiscale).',
      },
      offers: {
        name: 'Établissement des offres que vous demandez',
        legitimateInterest:
          'La communication avec les personnes intéressées qui nous demandent une offre pour nos biens et services.',
        'retention.criteria':
          'Jusqu’à ce que vous mettiez fin à votre accès en nous envoyant un e-mail\u00a0; ensuite, aussi longtemps que nécessaire pour exécuter le contrat.',
      },
      'return-calls': {
        name: 'Rappels téléphoniques',
        description:
          'Sur notre page de service, vous pouvez demander à être appelé(e) par l’un de nos conseillers du service client. Nous utilisons ces données uniquement pour votre demande précise.',
        legitimateInterest: 'La communication avec les personnes intéressées qui nous demandent de les rappeler.',
        'retention.criteria':
          'Après le traitement de votre demande, afin que nous puissions nous référer aux résultats déjà obtenus si vous présentez d’autres demandes de service.',
      },
      analytics: {
        name: 'Analyse d’audience du site web',
        description:
          'Vous pouvez bloquer Google Analytics au moyen du module complémentaire de navigateur proposé par Google ou d’un cookie de refus (opt-out).',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}\u00a0: analyser l’utilisation de notre site web afin d’améliorer nos offres.`,
      },
      appointments: {
        name: 'Prise de rendez-vous',
        description:
          'Ni nous ni Pipedrive ne transmettons à des tiers les données que vous saisissez\u00a0; elles servent uniquement à des fins statistiques et à l’organisation des rendez-vous.',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}\u00a0: prise de rendez-vous au moyen de notre agenda en ligne.`,
        'retention.criteria':
          'Aussi longtemps que le motif du rendez-vous reste pertinent, notamment tant que la conservation reste nécessaire pour exécuter le contrat, faire valoir nos droits ou pour nos autres intérêts légitimes, ou tant que la loi nous impose de conserver ces données. Si le rendez-vous passe sans suite, vos données sont supprimées.',
      },
      meetings: {
        name: 'Réunions en ligne et webinaires',
        description:
          'Visioconférences, audioconférences, webinaires et autres réunions en ligne avec vous, dans le cadre de notre relation contractuelle ou précontractuelle. Vous pouvez vous inscrire sous un pseudonyme ou avec une adresse e-mail à usage unique, et désactiver votre audio et votre vidéo.',
        'retention.criteria':
          'Aussi longtemps que nécessaire pour exécuter le contrat, faire valoir nos droits en justice ou pour nos autres intérêts légitimes, ou tant que la loi nous impose de conserver ces données.',
      },
      recordings: {
        name: 'Enregistrement des réunions en ligne',
        description: 'Uniquement si vous y avez consenti au préalable.',
        'retention.criteria': 'Aussi longtemps que nécessaire aux finalités de votre consentement.',
      },
      whiteboards: {
        name: 'Tableaux blancs dans les réunions en ligne',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}\u00a0: intégrer des tableaux blancs à nos visioconférences pour en améliorer la présentation.`,
      },
      'bot-protection': {
        name: 'Protection de notre site web contre le spam et les robots',
        description:
          'Si vous ne souhaitez pas que vos données soient transmises, déconnectez-vous de votre compte Google avant d’utiliser nos formulaires, ou désactivez JavaScript dans votre navigateur ou installez un bloqueur de scripts (cela peut nuire à l’utilisation des sites web).',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}\u00a0: repousser le spam, les attaques DDoS et les attaques automatisées similaires visant nos formulaires.`,
      },
      crm: {
        name: 'Formulaires de contact, newsletters et gestion des clients',
        legitimateInterest:
          'Une offre en ligne fonctionnant parfaitement, ainsi que sa conception et son optimisation économiques et efficaces\u00a0: nos formulaires de contact, notre newsletter, le suivi et l’analyse, et la gestion de la relation client.',
      },
      integration: {
        name: 'Intégration de nos bases de données et outils',
        legitimateInterest: `${FR_OPTIMISED_OFFERING}\u00a0: intégrer nos différentes bases de données et nos différents outils.`,
      },
      authorities: {
        name: 'Remise de données aux autorités',
        legalObligation:
          'Notre obligation légale de remettre des données clients lorsqu’un gouvernement ou un organisme public nous le demande légitimement.',
        'retention.criteria': 'Aussi longtemps que la loi l’exige.',
      },
    },
    cookies: {
      _ga: {
        purpose:
          'Enregistre des informations sur l’utilisation de notre site web pour Google Analytics, que nous utilisons pour améliorer nos offres.',
      },
    },
    clauses: {
      '0': {
        title: 'Consentement',
        body:
          'Chaque fois que nous vous demandons votre consentement, nous vous indiquons, en des termes clairs et sous une forme aisément accessible, ce à quoi vous consentez. Tout consentement que nous demandons est facultatif, et tout avantage que vous souhaitez obtenir en le donnant est également disponible sans consentement\u00a0: il vous suffit de nous le demander.\n\n' +
          'Vous pouvez retirer votre consentement à tout moment, sans formalité particulière\u00a0: par exemple au moyen de notre formulaire de contact, par e-mail ou au moyen d’un lien de désabonnement (si nous en proposons un). Le retrait ne compromet pas la licéité du traitement effectué jusqu’alors.',
      },
      '1': {
        body: 'Nous détestons le spam autant que vous\u00a0: nous ne transmettons vos données à des tiers que si la loi le permet, et tout transfert à un tiers est mentionné dans la présente politique de confidentialité.',
      },
    },
  },
};
