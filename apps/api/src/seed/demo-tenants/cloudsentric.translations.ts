import type { DemoTenant } from './demo-tenant.js';

// CloudSentric's own text in German, French, Spanish and Italian, field by field (see `DemoTranslations`). The
// supervisory authority's name is a proper name and stays as it is.

export const cloudSentricTranslations: DemoTenant['translations'] = {
  de: {
    settings: {
      // Read after "Sie können sich auch auf diesem Weg an uns wenden:".
      rightsContactChannel: 'ein Support-Ticket im Kundenportal eröffnen',
      changeNotice:
        'Wir können diese Datenschutzerklärung von Zeit zu Zeit aktualisieren, im Rahmen unserer Verpflichtung zur Einhaltung datenschutzrechtlicher Anforderungen und um Änderungen unserer betrieblichen Abläufe Rechnung zu tragen, und veröffentlichen die überarbeitete Fassung auf unserer Website.',
    },
    audiences: {
      customers: {
        name: 'Kunden',
        description:
          'Organisationen, die unsere Produkte und Dienstleistungen bestellen, und die Personen, mit denen wir dort zu tun haben.',
      },
      'end-users': {
        name: 'Endnutzer',
        description:
          'Personen, die die Dienste nutzen, die unsere Kunden und Wiederverkäufer über das von den CloudSentric-Diensten genutzte Netz erbringen.',
      },
      prospects: {
        name: 'Potenzielle Kunden',
        description:
          'Personen, die Anfragen zu unseren Produkten und Dienstleistungen stellen, und Personen in Organisationen, die unserer Einschätzung nach daran interessiert sein könnten.',
      },
    },
    dataCategories: {
      contact: {
        name: 'Unternehmens- und Kontaktdaten',
        description:
          'Firmenname, Unternehmensgröße und Branche; Namen und Funktionen einzelner Ansprechpartner für Lieferung, Installation, Support und Abrechnung; Postanschrift; Telefon- und Faxnummern; E-Mail-Adressen.',
        sourceDetails: 'Wiederverkäufer, die personenbezogene Daten über Endnutzer an CloudSentric weitergeben',
        consequenceOfNotProviding:
          'Ohne diese Daten können wir Ihnen unsere Produkte und Dienstleistungen nicht bereitstellen.',
      },
      'prospect-contacts': {
        name: 'Kontaktinformationen potenzieller Kunden',
        description:
          'Kontaktinformationen über Organisationen, die unserer Einschätzung nach an Produkten und Dienstleistungen von CloudSentric interessiert sein könnten.',
        sourceDetails: 'externe Adresshändler',
      },
      network: {
        name: 'Netzdaten',
        description:
          'Daten, die über das von den CloudSentric-Diensten genutzte Netz entstehen: IP-Adressen und E-Mail-Adressen für ein- und ausgehende Daten sowie Daten zur Netznutzung.',
      },
      credit: {
        name: 'Bonitätsinformationen',
        description:
          'Finanzinformationen über Kunden und Endnutzer, mit denen wir unsere Risiken bei der Gewährung von Zahlungszielen beurteilen.',
        sourceDetails: 'Dritte, die Finanzinformationen für die Bonitätsprüfung bereitstellen',
      },
    },
    recipients: {
      departments: {
        name: 'Unsere internen Abteilungen',
        service:
          'Vertriebs- und Supportabteilungen, um Vertriebs- und Supportpflichten zu erfüllen, und Finanzabteilungen, um die Rechnungsstellung zu ermöglichen.',
      },
      contractors: {
        name: 'Unsere Dienstleister',
        service:
          'Dritte, die wir vertraglich damit beauftragt haben, uns bei der Erbringung von Dienstleistungen für unsere Kunden zu unterstützen, etwa bei Lieferung, Installation und Systemsupport.',
      },
      'law-enforcement': {
        name: 'Strafverfolgungsbehörden',
        service:
          'Wir arbeiten mit Strafverfolgungsbehörden bei Vorwürfen des Missbrauchs oder der Verletzung der System- oder Netzsicherheit zusammen, wie in der jeweils geltenden Richtlinie zur zulässigen Nutzung (Acceptable Use Policy) festgelegt.',
      },
      'required-by-law': {
        name: 'Gesetzlich vorgeschriebene Empfänger',
        service: 'Soweit CloudSentric gesetzlich zur Offenlegung personenbezogener Daten verpflichtet ist.',
      },
    },
    purposes: {
      service: {
        name: 'Erbringung des CloudSentric-Dienstes',
        description:
          'Auftragsabwicklung (Bestellungen per Telefon, Fax oder E-Mail oder per Antragsformular), Liefer-, Installations- und Supportleistungen, Rechnungsstellung sowie Beantwortung allgemeiner Kundenanfragen.',
        'retention.criteria':
          'Solange wir den Dienst erbringen und die Daten benötigen, um ihn in Rechnung zu stellen und Ihre Anfragen zu beantworten.',
      },
      enquiries: {
        name: 'Beantwortung von Anfragen',
        description:
          'Beantwortung von Anfragen bestehender und potenzieller Kunden, einschließlich Informationen, die auf Marketingveranstaltungen und über die CloudSentric-Website erhoben werden.',
        'retention.criteria':
          'Solange wir die Daten benötigen, um Ihre Anfrage zu beantworten, und, wenn Sie Kunde werden, solange wir Ihnen den Dienst erbringen.',
      },
      improvement: {
        name: 'Verbesserung unseres Dienstes',
        legitimateInterest:
          'Verbesserung von Niveau und Art der Dienstleistungen, die CloudSentric seinen Kunden anbietet, durch Vertriebsanalysen und Statistiken zur Nutzung durch Kunden.',
        'retention.criteria': 'Solange wir den Dienst erbringen.',
      },
      marketing: {
        name: 'Direktwerbung',
        description:
          'Sie können bei Ihrer ersten Bestellung bei CloudSentric oder jederzeit später, indem Sie sich an uns wenden, angeben, ob Sie solche Informationen erhalten möchten, und jeglichen unaufgeforderten Informationen über Werbeaktionen oder neue Produkte und Dienstleistungen widersprechen.',
        legitimateInterest:
          'Kunden, Endnutzer und potenzielle Kunden über Produkte und Dienstleistungen von CloudSentric und mit CloudSentric verbundenen Unternehmen sowie über sonstige Informationen zu unterrichten, die unseres Erachtens von Interesse sein könnten.',
        'retention.criteria': 'Bis Sie uns mitteilen, dass Sie solche Informationen nicht mehr erhalten möchten.',
      },
      prospecting: {
        name: 'Gewinnung potenzieller Kunden',
        description:
          'Sie können jederzeit jeglichen unaufgeforderten Informationen über Werbeaktionen oder neue Produkte und Dienstleistungen widersprechen.',
        legitimateInterest:
          'Kontaktaufnahme mit Organisationen, die unserer Einschätzung nach an Produkten und Dienstleistungen von CloudSentric interessiert sein könnten, bezüglich dieser Produkte und Dienstleistungen.',
        'retention.criteria': 'Bis Sie uns mitteilen, dass Sie solche Informationen nicht mehr erhalten möchten.',
      },
      credit: {
        name: 'Bonitätsprüfungen',
        legitimateInterest: 'Beurteilung unserer Risiken bei der Gewährung von Zahlungszielen an Kunden und Endnutzer.',
        'retention.criteria': 'Solange wir Ihnen Zahlungsziele einräumen.',
      },
      'network-security': {
        name: 'Untersuchung von Netzmissbrauch',
        legitimateInterest:
          'Aktive Untersuchung von Vorwürfen des Missbrauchs oder der Verletzung der System- oder Netzsicherheit und Zusammenarbeit mit Strafverfolgungsbehörden dabei, wie in der jeweils geltenden Richtlinie zur zulässigen Nutzung (Acceptable Use Policy) festgelegt.',
        'retention.criteria': 'Für die Dauer der Untersuchung und etwaiger sich daran anschließender Verfahren.',
      },
      'legal-disclosures': {
        name: 'Gesetzlich vorgeschriebene Offenlegungen',
        legalObligation: 'Soweit CloudSentric gesetzlich zur Offenlegung personenbezogener Daten verpflichtet ist.',
        'retention.criteria': 'Für den gesetzlich vorgeschriebenen Zeitraum.',
      },
    },
    clauses: {
      '0': {
        body: 'Grundsätzlich legt CloudSentric personenbezogene Daten gegenüber nicht verbundenen Dritten nur offen, wenn der Kunde eingewilligt hat, wenn das Gesetz uns dazu verpflichtet oder wenn wir Dritte vertraglich damit beauftragt haben, uns bei der Erbringung von Dienstleistungen für unsere Kunden zu unterstützen.',
      },
      '1': {
        body: 'CloudSentric ist ausschließlich im Vereinigten Königreich tätig: Die Daten werden ausschließlich im Vereinigten Königreich gespeichert.',
      },
      '2': {
        body: 'CloudSentric nimmt die Vertraulichkeit und Sicherheit von Kundendaten sehr ernst. Unsere internen Sicherheitsverfahren beschränken den Zugang zu personenbezogenen Daten und deren Offenlegung innerhalb von CloudSentric und werden von Zeit zu Zeit überprüft, um sicherzustellen, dass sie eingehalten werden und wirksam sind.',
      },
    },
  },

  fr: {
    settings: {
      // Read after "Vous pouvez également nous contacter par ce moyen\u00a0:".
      rightsContactChannel: 'ouvrir un ticket d’assistance dans le portail client',
      changeNotice:
        'Nous pouvons mettre à jour la présente politique de temps à autre, dans le cadre de notre engagement à respecter les exigences en matière de protection des données et afin de refléter les évolutions de nos procédures opérationnelles, et nous publierons la politique révisée sur notre site web.',
    },
    audiences: {
      customers: {
        name: 'Clients',
        description:
          'Les organisations qui commandent nos produits et services, et les personnes avec lesquelles nous sommes en relation au sein de celles-ci.',
      },
      'end-users': {
        name: 'Utilisateurs finaux',
        description:
          'Les personnes qui utilisent les services que nos clients et revendeurs fournissent au moyen du réseau qu’utilisent les services CloudSentric.',
      },
      prospects: {
        name: 'Clients potentiels',
        description:
          'Les personnes qui nous adressent des demandes concernant nos produits et services, et les personnes au sein d’organisations qui, selon nous, pourraient s’y intéresser.',
      },
    },
    dataCategories: {
      contact: {
        name: 'Coordonnées de l’entreprise et des contacts',
        description:
          'Nom, taille et secteur de l’entreprise\u00a0; noms et fonctions des interlocuteurs pour la livraison, l’installation, l’assistance et la facturation\u00a0; adresse postale\u00a0; numéros de téléphone et de fax\u00a0; adresses e-mail.',
        sourceDetails:
          'les revendeurs qui transmettent à CloudSentric des données personnelles concernant des utilisateurs finaux',
        consequenceOfNotProviding: 'Sans ces données, nous ne pouvons pas vous fournir nos produits et services.',
      },
      'prospect-contacts': {
        name: 'Coordonnées de prospects',
        description:
          'Les coordonnées d’organisations qui, selon nous, pourraient s’intéresser aux produits et services de CloudSentric.',
        sourceDetails: 'des courtiers en fichiers tiers',
      },
      network: {
        name: 'Données de réseau',
        description:
          'Les données générées sur le réseau utilisé par les services CloudSentric\u00a0: adresses IP et adresses e-mail pour les données entrantes et sortantes, et données d’utilisation du réseau.',
      },
      credit: {
        name: 'Informations de solvabilité',
        description:
          'Les informations financières concernant les clients et les utilisateurs finaux, utilisées pour évaluer nos risques lors de l’octroi de délais de paiement.',
        sourceDetails: 'des tiers qui fournissent des informations financières pour l’évaluation de la solvabilité',
      },
    },
    recipients: {
      departments: {
        name: 'Nos services internes',
        service:
          'Les services commercial et d’assistance, pour remplir les obligations en matière de vente et d’assistance, et les services financiers, pour permettre la facturation.',
      },
      contractors: {
        name: 'Nos prestataires de services',
        service:
          'Les tiers avec lesquels nous avons conclu un contrat pour nous aider à fournir des services à nos clients, tels que des services de livraison, d’installation et d’assistance informatique.',
      },
      'law-enforcement': {
        name: 'Autorités répressives',
        service:
          'Nous coopérons avec les autorités répressives en cas d’allégations d’abus ou d’atteinte à la sécurité des systèmes ou du réseau, comme le prévoit la politique d’utilisation acceptable (Acceptable Use Policy) applicable.',
      },
      'required-by-law': {
        name: 'Destinataires imposés par la loi',
        service: 'Lorsque CloudSentric est légalement tenue de communiquer des données personnelles.',
      },
    },
    purposes: {
      service: {
        name: 'Fourniture du service CloudSentric',
        description:
          'Le traitement des commandes (passées par téléphone, fax ou e-mail ou au moyen d’un formulaire de demande), les services de livraison, d’installation et d’assistance, la facturation et la réponse aux demandes générales des clients.',
        'retention.criteria':
          'Aussi longtemps que nous fournissons le service et avons besoin des données pour le facturer et répondre à vos demandes.',
      },
      enquiries: {
        name: 'Réponse aux demandes',
        description:
          'La réponse aux demandes des clients existants et potentiels, y compris les informations recueillies lors d’événements marketing et au moyen du site web de CloudSentric.',
        'retention.criteria':
          'Aussi longtemps que nous en avons besoin pour répondre à votre demande et, si vous devenez client, aussi longtemps que nous vous fournissons le service.',
      },
      improvement: {
        name: 'Amélioration de notre service',
        legitimateInterest:
          'Améliorer le niveau et la nature des services que CloudSentric propose à ses clients, grâce à l’analyse des ventes et aux statistiques d’utilisation par les clients.',
        'retention.criteria': 'Aussi longtemps que nous fournissons le service.',
      },
      marketing: {
        name: 'Prospection commerciale',
        description:
          'Vous pouvez indiquer si vous souhaitez recevoir de telles informations lors de votre première commande auprès de CloudSentric, ou à tout moment par la suite en nous contactant, et vous opposer à toute information non sollicitée sur des promotions ou de nouveaux produits et services.',
        legitimateInterest:
          'Informer les clients, les utilisateurs finaux et les clients potentiels au sujet des produits et services de CloudSentric et de ses sociétés affiliées, ainsi que de toute autre information susceptible, selon nous, de les intéresser.',
        'retention.criteria':
          'Jusqu’à ce que vous nous indiquiez que vous ne souhaitez plus recevoir de telles informations.',
      },
      prospecting: {
        name: 'Recherche de clients potentiels',
        description:
          'Vous pouvez vous opposer à tout moment à toute information non sollicitée sur des promotions ou de nouveaux produits et services.',
        legitimateInterest:
          'Contacter des organisations qui, selon nous, pourraient s’intéresser aux produits et services de CloudSentric, au sujet de ces produits et services.',
        'retention.criteria':
          'Jusqu’à ce que vous nous indiquiez que vous ne souhaitez plus recevoir de telles informations.',
      },
      credit: {
        name: 'Vérifications de solvabilité',
        legitimateInterest:
          'Évaluer nos risques lors de l’octroi de délais de paiement aux clients et aux utilisateurs finaux.',
        'retention.criteria': 'Aussi longtemps que nous vous accordons des délais de paiement.',
      },
      'network-security': {
        name: 'Enquêtes sur les abus de réseau',
        legitimateInterest:
          'Enquêter activement sur les allégations d’abus ou d’atteinte à la sécurité des systèmes ou du réseau, et coopérer à ce sujet avec les autorités répressives, comme le prévoit la politique d’utilisation acceptable (Acceptable Use Policy) applicable.',
        'retention.criteria': 'Pendant la durée de l’enquête et de toute procédure qui en découle.',
      },
      'legal-disclosures': {
        name: 'Communications imposées par la loi',
        legalObligation: 'Lorsque CloudSentric est légalement tenue de communiquer des données personnelles.',
        'retention.criteria': 'Pendant la durée exigée par la loi.',
      },
    },
    clauses: {
      '0': {
        body: 'En règle générale, CloudSentric ne communique pas de données personnelles à des tiers non affiliés, sauf si le client y a consenti, si la loi nous y oblige ou si nous avons conclu un contrat avec des tiers pour nous aider à fournir des services à nos clients.',
      },
      '1': {
        body: 'CloudSentric exerce ses activités exclusivement au Royaume-Uni\u00a0: les données sont conservées uniquement au Royaume-Uni.',
      },
      '2': {
        body: 'CloudSentric prend très au sérieux la confidentialité et la sécurité des données de ses clients. Nos procédures internes de sécurité limitent l’accès aux données personnelles et leur communication au sein de CloudSentric, et sont réexaminées de temps à autre afin de vérifier qu’elles sont respectées et efficaces.',
      },
    },
  },
  es: {
    settings: {
      // Read after "También puede dirigirse a nosotros por este medio:".
      rightsContactChannel: 'abrir un ticket de soporte en el portal de clientes',
      changeNotice:
        'Podemos actualizar la presente política de vez en cuando, como parte de nuestro compromiso con el cumplimiento de los requisitos en materia de privacidad de los datos y para reflejar los cambios en nuestros procedimientos operativos, y publicaremos la política revisada en nuestro sitio web.',
    },
    audiences: {
      customers: {
        name: 'Clientes',
        description:
          'Las organizaciones que encargan nuestros productos y servicios, y las personas con las que tratamos en ellas.',
      },
      'end-users': {
        name: 'Usuarios finales',
        description:
          'Las personas que utilizan los servicios que nuestros clientes y revendedores prestan a través de la red que utilizan los servicios de CloudSentric.',
      },
      prospects: {
        name: 'Clientes potenciales',
        description:
          'Las personas que realizan consultas sobre nuestros productos y servicios, y las personas de organizaciones que, a nuestro juicio, pueden estar interesadas en ellos.',
      },
    },
    dataCategories: {
      contact: {
        name: 'Datos de la empresa y de contacto',
        description:
          'Nombre, tamaño y sector de la empresa; nombres y cargos de las personas de contacto para la entrega, la instalación, el soporte y la facturación; dirección postal; números de teléfono y de fax; direcciones de correo electrónico.',
        sourceDetails: 'revendedores que transmiten a CloudSentric datos personales sobre usuarios finales',
        consequenceOfNotProviding: 'Sin estos datos, no podemos proporcionarle nuestros productos y servicios.',
      },
      'prospect-contacts': {
        name: 'Información de contacto de clientes potenciales',
        description:
          'Información de contacto sobre organizaciones que, a nuestro juicio, pueden estar interesadas en los productos y servicios de CloudSentric.',
        sourceDetails: 'intermediarios externos de listas de direcciones',
      },
      network: {
        name: 'Datos de red',
        description:
          'Los datos generados a través de la red utilizada por los servicios de CloudSentric: direcciones IP y direcciones de correo electrónico para los datos entrantes y salientes, y datos de uso de la red.',
      },
      credit: {
        name: 'Información crediticia',
        description:
          'Información financiera sobre clientes y usuarios finales, utilizada para evaluar nuestros riesgos al conceder condiciones de crédito.',
        sourceDetails: 'terceros que facilitan información financiera para la evaluación de la solvencia',
      },
    },
    recipients: {
      departments: {
        name: 'Nuestros departamentos internos',
        service:
          'Los departamentos de ventas y de soporte, para cumplir las obligaciones de venta y de soporte, y los departamentos financieros, para permitir la facturación.',
      },
      contractors: {
        name: 'Nuestros proveedores de servicios',
        service:
          'Terceros con los que hemos celebrado un contrato para que nos ayuden a prestar servicios a nuestros clientes, como servicios de entrega, instalación y soporte de sistemas.',
      },
      'law-enforcement': {
        name: 'Autoridades encargadas de hacer cumplir la ley',
        service:
          'Cooperamos con las autoridades encargadas de hacer cumplir la ley en relación con denuncias de abuso o de vulneración de la seguridad de los sistemas o de la red, según lo establecido en la política de uso aceptable (Acceptable Use Policy) aplicable.',
      },
      'required-by-law': {
        name: 'Destinatarios exigidos por la ley',
        service: 'Cuando CloudSentric esté obligada por ley a comunicar datos personales.',
      },
    },
    purposes: {
      service: {
        name: 'Prestación del servicio de CloudSentric',
        description:
          'La tramitación de pedidos (realizados por teléfono, fax o correo electrónico o mediante formulario de solicitud), los servicios de entrega, instalación y soporte, la facturación y la respuesta a consultas generales de los clientes.',
        'retention.criteria':
          'Mientras prestemos el servicio y necesitemos los datos para facturarlo y para responder a sus consultas.',
      },
      enquiries: {
        name: 'Respuesta a consultas',
        description:
          'La respuesta a consultas de clientes existentes y potenciales, incluida la información recabada en eventos de marketing y a través del sitio web de CloudSentric.',
        'retention.criteria':
          'Mientras los necesitemos para responder a su consulta y, si usted pasa a ser cliente, mientras le prestemos el servicio.',
      },
      improvement: {
        name: 'Mejora de nuestro servicio',
        legitimateInterest:
          'Mejorar el nivel y el tipo de servicio que CloudSentric ofrece a sus clientes, mediante análisis de ventas y estadísticas de uso de los clientes.',
        'retention.criteria': 'Mientras prestemos el servicio.',
      },
      marketing: {
        name: 'Marketing directo',
        description:
          'Puede indicar si desea recibir dicha información cuando realice su primer pedido a CloudSentric, o en cualquier momento posterior poniéndose en contacto con nosotros, y oponerse a cualquier información no solicitada sobre promociones o nuevos productos y servicios.',
        legitimateInterest:
          'Informar a clientes, usuarios finales y clientes potenciales sobre los productos y servicios de CloudSentric y de sus empresas afiliadas, así como sobre otra información que, a nuestro juicio, pueda resultar de interés.',
        'retention.criteria': 'Hasta que nos comunique que ya no desea recibir dicha información.',
      },
      prospecting: {
        name: 'Búsqueda de clientes potenciales',
        description:
          'Puede oponerse en cualquier momento a cualquier información no solicitada sobre promociones o nuevos productos y servicios.',
        legitimateInterest:
          'Ponernos en contacto con organizaciones que, a nuestro juicio, pueden estar interesadas en los productos y servicios de CloudSentric, en relación con dichos productos y servicios.',
        'retention.criteria': 'Hasta que nos comunique que ya no desea recibir dicha información.',
      },
      credit: {
        name: 'Comprobaciones de solvencia',
        legitimateInterest:
          'Evaluar nuestros riesgos al conceder condiciones de crédito a clientes y usuarios finales.',
        'retention.criteria': 'Mientras le concedamos condiciones de crédito.',
      },
      'network-security': {
        name: 'Investigación de abusos de la red',
        legitimateInterest:
          'Investigar activamente las denuncias de abuso o de vulneración de la seguridad de los sistemas o de la red, y cooperar al respecto con las autoridades encargadas de hacer cumplir la ley, según lo establecido en la política de uso aceptable (Acceptable Use Policy) aplicable.',
        'retention.criteria': 'Mientras duren la investigación y cualquier procedimiento derivado de ella.',
      },
      'legal-disclosures': {
        name: 'Comunicaciones exigidas por la ley',
        legalObligation: 'Cuando CloudSentric esté obligada por ley a comunicar datos personales.',
        'retention.criteria': 'Durante el plazo que exija la ley.',
      },
    },
    clauses: {
      '0': {
        body: 'Por regla general, CloudSentric no comunica datos personales a terceros no afiliados, salvo cuando el cliente haya dado su consentimiento, cuando la ley nos obligue a ello o cuando hayamos celebrado un contrato con terceros para que nos ayuden a prestar servicios a nuestros clientes.',
      },
      '1': {
        body: 'CloudSentric es una organización que opera exclusivamente en el Reino Unido: los datos se almacenan únicamente en el Reino Unido.',
      },
      '2': {
        body: 'CloudSentric se toma muy en serio la confidencialidad y la seguridad de sus clientes. Nuestros procedimientos internos de seguridad restringen el acceso a los datos personales, y su comunicación, dentro de CloudSentric, y se revisan cada cierto tiempo para comprobar que se cumplen y que son eficaces.',
      },
    },
  },

  it: {
    settings: {
      // Read after "Può inoltre contattarci tramite il seguente canale:".
      rightsContactChannel: 'l’apertura di un ticket di assistenza nel portale clienti',
      changeNotice:
        'Possiamo aggiornare di tanto in tanto la presente informativa, nell’ambito del nostro impegno a rispettare i requisiti in materia di protezione dei dati e per riflettere le modifiche delle nostre procedure operative, e pubblicheremo l’informativa aggiornata sul nostro sito web.',
    },
    audiences: {
      customers: {
        name: 'Clienti',
        description:
          'Le organizzazioni che ordinano i nostri prodotti e servizi e le persone con cui intratteniamo rapporti al loro interno.',
      },
      'end-users': {
        name: 'Utenti finali',
        description:
          'Le persone che utilizzano i servizi che i nostri clienti e rivenditori forniscono tramite la rete utilizzata dai servizi CloudSentric.',
      },
      prospects: {
        name: 'Clienti potenziali',
        description:
          'Le persone che richiedono informazioni sui nostri prodotti e servizi e le persone presso organizzazioni che riteniamo possano essere interessate a essi.',
      },
    },
    dataCategories: {
      contact: {
        name: 'Dati aziendali e di contatto',
        description:
          'Denominazione, dimensioni e settore dell’azienda; nomi e qualifiche dei singoli referenti per consegna, installazione, assistenza e fatturazione; indirizzo postale; numeri di telefono e di fax; indirizzi e-mail.',
        sourceDetails: 'rivenditori che trasmettono a CloudSentric dati personali relativi agli utenti finali',
        consequenceOfNotProviding: 'Senza tali dati, non possiamo fornirLe i nostri prodotti e servizi.',
      },
      'prospect-contacts': {
        name: 'Informazioni di contatto di clienti potenziali',
        description:
          'Informazioni di contatto relative a organizzazioni che riteniamo possano essere interessate ai prodotti e servizi di CloudSentric.',
        sourceDetails: 'intermediari terzi di elenchi di indirizzi',
      },
      network: {
        name: 'Dati di rete',
        description:
          'Dati generati tramite la rete utilizzata dai servizi CloudSentric: indirizzi IP e indirizzi e-mail per i dati in entrata e in uscita, nonché dati di utilizzo della rete.',
      },
      credit: {
        name: 'Informazioni creditizie',
        description:
          'Informazioni finanziarie relative a clienti e utenti finali, utilizzate per valutare i nostri rischi nella concessione di condizioni di credito.',
        sourceDetails: 'terzi che forniscono informazioni finanziarie per la valutazione del merito creditizio',
      },
    },
    recipients: {
      departments: {
        name: 'I nostri reparti interni',
        service:
          'I reparti vendite e assistenza, per adempiere agli obblighi di vendita e di assistenza, e i reparti finanziari, per consentire la fatturazione.',
      },
      contractors: {
        name: 'I nostri fornitori di servizi',
        service:
          'Terzi con cui abbiamo stipulato un contratto affinché ci aiutino a fornire servizi ai nostri clienti, quali servizi di consegna, installazione e assistenza ai sistemi.',
      },
      'law-enforcement': {
        name: 'Forze dell’ordine',
        service:
          'Collaboriamo con le forze dell’ordine in relazione a segnalazioni di abuso o di violazione della sicurezza dei sistemi o della rete, come previsto dalla politica di utilizzo accettabile (Acceptable Use Policy) applicabile.',
      },
      'required-by-law': {
        name: 'Destinatari previsti dalla legge',
        service: 'Qualora CloudSentric sia tenuta per legge a comunicare dati personali.',
      },
    },
    purposes: {
      service: {
        name: 'Fornitura del servizio CloudSentric',
        description:
          'L’evasione degli ordini (effettuati per telefono, fax o e-mail o tramite modulo di richiesta), i servizi di consegna, installazione e assistenza, la fatturazione e la risposta alle richieste generali dei clienti.',
        'retention.criteria':
          'Per tutto il tempo in cui forniamo il servizio e abbiamo bisogno dei dati per fatturarlo e per rispondere alle Sue richieste.',
      },
      enquiries: {
        name: 'Risposta alle richieste',
        description:
          'La risposta alle richieste di clienti esistenti e potenziali, comprese le informazioni raccolte in occasione di eventi di marketing e tramite il sito web di CloudSentric.',
        'retention.criteria':
          'Per tutto il tempo necessario a rispondere alla Sua richiesta e, qualora diventi nostro cliente, per tutto il tempo in cui Le forniamo il servizio.',
      },
      improvement: {
        name: 'Miglioramento del nostro servizio',
        legitimateInterest:
          'Migliorare il livello e la tipologia del servizio che CloudSentric offre ai propri clienti, mediante analisi delle vendite e statistiche di utilizzo da parte dei clienti.',
        'retention.criteria': 'Per tutto il tempo in cui forniamo il servizio.',
      },
      marketing: {
        name: 'Marketing diretto',
        description:
          'Può indicare se desidera ricevere tali informazioni al momento del Suo primo ordine presso CloudSentric, o in qualsiasi momento successivo contattandoci, e opporsi a qualsiasi informazione non richiesta su promozioni o nuovi prodotti e servizi.',
        legitimateInterest:
          'Informare clienti, utenti finali e clienti potenziali sui prodotti e servizi di CloudSentric e delle sue società affiliate, nonché su altre informazioni che riteniamo possano essere di interesse.',
        'retention.criteria': 'Fino a quando non ci comunichi che non desidera più ricevere tali informazioni.',
      },
      prospecting: {
        name: 'Ricerca di clienti potenziali',
        description:
          'Può opporsi in qualsiasi momento a qualsiasi informazione non richiesta su promozioni o nuovi prodotti e servizi.',
        legitimateInterest:
          'Contattare organizzazioni che riteniamo possano essere interessate ai prodotti e servizi di CloudSentric, in merito a tali prodotti e servizi.',
        'retention.criteria': 'Fino a quando non ci comunichi che non desidera più ricevere tali informazioni.',
      },
      credit: {
        name: 'Verifiche del merito creditizio',
        legitimateInterest:
          'Valutare i nostri rischi nella concessione di condizioni di credito a clienti e utenti finali.',
        'retention.criteria': 'Per tutto il tempo in cui Le concediamo condizioni di credito.',
      },
      'network-security': {
        name: 'Indagini sugli abusi della rete',
        legitimateInterest:
          'Indagare attivamente sulle segnalazioni di abuso o di violazione della sicurezza dei sistemi o della rete e collaborare al riguardo con le forze dell’ordine, come previsto dalla politica di utilizzo accettabile (Acceptable Use Policy) applicabile.',
        'retention.criteria': 'Per la durata dell’indagine e di eventuali procedimenti che ne conseguano.',
      },
      'legal-disclosures': {
        name: 'Comunicazioni previste dalla legge',
        legalObligation: 'Qualora CloudSentric sia tenuta per legge a comunicare dati personali.',
        'retention.criteria': 'Per il periodo previsto dalla legge.',
      },
    },
    clauses: {
      '0': {
        body: 'Di norma, CloudSentric non comunica dati personali a terzi non affiliati, salvo nei casi in cui il cliente vi abbia acconsentito, la legge ci obblighi a farlo o abbiamo stipulato un contratto con terzi affinché ci aiutino a fornire servizi ai nostri clienti.',
      },
      '1': {
        body: 'CloudSentric è un’organizzazione che opera esclusivamente nel Regno Unito: i dati sono conservati unicamente nel Regno Unito.',
      },
      '2': {
        body: 'CloudSentric prende molto sul serio la riservatezza e la sicurezza dei clienti. Le nostre procedure di sicurezza interne limitano l’accesso ai dati personali, e la loro comunicazione, all’interno di CloudSentric e vengono riesaminate di tanto in tanto per verificare che siano rispettate ed efficaci.',
      },
    },
  },
};
