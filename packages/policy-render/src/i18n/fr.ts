import type { Catalog } from './en.js';

/**
 * French wording (vouvoiement), RGPD terminology. French typography: a no-break space (U+00A0) before
 * « : ; ? ! » and inside guillemets.
 */
export const fr: Catalog = {
  'doc.title': '{name} — Politique de confidentialité',
  'doc.effective': 'Date d’entrée en vigueur\u00a0: {date}',
  'doc.version': 'Version {version}',
  'doc.draft': 'Projet — cette version n’a pas été publiée.',
  'doc.contents': 'Sommaire',
  'doc.contentsLabel': 'Table des matières',
  'common.none': '–',
  'common.gdpr': 'RGPD',
  'common.ukGdpr': 'UK GDPR',
  'common.withReference': '{label} ({reference})',
  'common.labelled': '{label}\u00a0: {value}',

  'section.introduction': 'Introduction',
  'section.controller': 'Qui sommes-nous\u00a0?',
  'section.data': 'Les données personnelles que nous traitons',
  'section.recipients': 'Qui reçoit vos données',
  'section.transfers': 'Transferts internationaux',
  'section.retention': 'Combien de temps nous conservons vos données',
  'section.cookies': 'Cookies et technologies similaires',
  'section.rights': 'Vos droits',
  'section.california': 'Informations pour les résidents de Californie',
  'section.security': 'Comment nous protégeons vos données',
  'section.children': 'Enfants',
  'section.automated': 'Prise de décision automatisée',
  'section.changes': 'Modifications de cette politique',
  'section.contact': 'Comment nous contacter',

  'intro.body':
    'Cette politique de confidentialité explique comment {controller} («\u00a0nous\u00a0») collecte et utilise des données personnelles\u00a0: ce que nous collectons, d’où proviennent les données, pourquoi et sur quelle base juridique nous les utilisons, qui les reçoit, combien de temps nous les conservons et quels sont vos droits.',
  'intro.audiences': 'Elle concerne les catégories de personnes suivantes\u00a0: {audiences}.',

  'controller.identity': '{legalName} est le responsable du traitement de vos données personnelles.',
  'controller.identityTrading':
    '{legalName}, exerçant sous le nom commercial {tradingName}, est le responsable du traitement de vos données personnelles.',
  'controller.registrationNumber': 'Numéro d’immatriculation',
  'controller.registeredOffice': 'Siège social',
  'controller.offices': 'Nos établissements',
  'controller.group': 'Les sociétés de notre groupe',
  'controller.groupIntro':
    'Nous faisons partie d’un groupe de sociétés. Les sociétés suivantes du groupe participent au traitement des données personnelles\u00a0:',
  'controller.groupEntity': '{name}, {country}',
  'controller.dpo': 'Notre délégué à la protection des données',
  'controller.dpoIntro':
    'Nous avons désigné un délégué à la protection des données, que vous pouvez contacter pour toute question relative au traitement de vos données personnelles\u00a0:',
  'controller.representatives': 'Nos représentants',
  'controller.representativesIntro':
    'Nous avons désigné les représentants suivants, que vous pouvez également contacter\u00a0:',
  'controller.laws': 'Lois applicables',
  'controller.lawsIntro': 'Nous traitons les données personnelles conformément aux lois suivantes\u00a0:',

  'field.name': 'Nom',
  'field.email': 'E-mail',
  'field.phone': 'Téléphone',
  'field.website': 'Site web',
  'field.address': 'Adresse',
  'field.country': 'Pays',
  'field.role': 'Rôle',

  'data.intro':
    'Ce que nous collectons, d’où proviennent les données et pourquoi nous les utilisons dépend de votre relation avec nous. Veuillez lire la partie qui vous concerne.',
  'data.otherProcessing': 'Autres traitements',
  'data.nothing': 'Nous ne traitons actuellement aucune donnée personnelle concernant cette catégorie de personnes.',
  'data.none': 'Nous ne traitons actuellement aucune donnée personnelle.',
  'data.collected': 'Ce que nous collectons',
  'data.sources': 'D’où proviennent les données',
  'data.purposes': 'Pourquoi nous les utilisons et sur quelle base juridique',
  'data.specialCategory': 'catégorie particulière de données\u00a0: {category}',
  'data.consequence': 'Si vous ne les fournissez pas\u00a0: {consequence}',
  'data.sourceLine': '{category}\u00a0: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'purpose.legalBasis': 'Base juridique\u00a0: {basis}',
  'purpose.legitimateInterest': 'Notre intérêt légitime\u00a0: {interest}',
  'purpose.legalObligation': 'L’obligation légale\u00a0: {obligation}',
  'purpose.specialCondition': 'Pour les catégories particulières de données ({categories})\u00a0: {condition}',
  'purpose.dataUsed': 'Données utilisées\u00a0: {categories}',
  'purpose.recipients': 'Communiquées à\u00a0: {recipients}',
  'purpose.withdraw': 'Vous pouvez retirer votre consentement à tout moment.',
  'purpose.directMarketing':
    'Il s’agit de prospection\u00a0: vous pouvez vous y opposer à tout moment (voir {rights}).',
  'purpose.saleOrSharing': 'Ce traitement implique la vente ou le partage d’informations personnelles au sens du CCPA.',
  'purpose.automated': 'Ce traitement implique une prise de décision automatisée (voir {section}).',

  'recipients.intro':
    'Nous ne communiquons des données personnelles que lorsque cela est nécessaire aux finalités décrites ci-dessus.',
  'recipients.none': 'Nous ne communiquons pas de données personnelles à d’autres organisations.',
  'recipients.tableCaption': 'Vue d’ensemble des destinataires',
  'recipients.processors': 'Prestataires (sous-traitants)',
  'recipients.processorsIntro':
    'Ces prestataires traitent des données personnelles pour notre compte, uniquement sur nos instructions et en vertu d’un contrat qui les oblige à les protéger.',
  'recipients.controllers': 'Autres responsables du traitement',
  'recipients.controllersIntro':
    'Ces organisations reçoivent des données personnelles et décident elles-mêmes de leur utilisation (responsables du traitement indépendants), ou en décident avec nous (responsables conjoints). Leurs propres politiques de confidentialité s’appliquent à leurs traitements.',
  'recipients.categories': 'Autres catégories de destinataires',
  'recipients.legalEntity': 'Entité juridique\u00a0: {entity}',
  'recipients.address': 'Adresse\u00a0: {address}',
  'recipients.country': 'Pays d’établissement\u00a0: {country}',
  'recipients.processingCountries': 'Traite des données dans les pays suivants\u00a0: {countries}',
  'recipients.service': 'Service\u00a0: {service}',
  'recipients.role': 'Rôle\u00a0: {role}',
  'recipients.data': 'Données reçues\u00a0: {categories}',
  'recipients.privacyPolicy': 'Politique de confidentialité de {name}',
  'recipients.optOut': 'Opposition auprès de {name}',

  'transfers.intro':
    'Certains destinataires sont établis, ou traitent des données personnelles, dans des pays situés en dehors {areas}. Lorsqu’un pays n’offre pas un niveau de protection adéquat, nous protégeons vos données au moyen des garanties indiquées ici.',
  'transfers.none': 'Nous ne transférons pas de données personnelles vers des pays situés en dehors {areas}.',
  'transfers.tableCaption': 'Transferts internationaux et garanties',
  'transfers.safeguardsIntro': 'Ce que signifient ces garanties\u00a0:',
  'transfers.copy': 'Vous pouvez obtenir une copie des garanties en nous écrivant à {email}.',

  'retention.intro':
    'Nous ne conservons les données personnelles que le temps nécessaire à la finalité pour laquelle nous les avons collectées, ou aussi longtemps que la loi l’exige\u00a0:',
  'retention.tableCaption': 'Durées de conservation par finalité',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Nous utilisons des cookies et des technologies similaires. Le tableau ci-dessous indique lesquels, qui les dépose, à quoi ils servent et combien de temps ils sont conservés.',
  'cookies.consent':
    'Nous ne déposons les cookies qui ne sont pas strictement nécessaires qu’avec votre consentement. Vous pouvez retirer votre consentement à tout moment en modifiant vos paramètres de cookies.',
  'cookies.tableCaption': 'Cookies et technologies similaires utilisés',
  'cookies.session': 'session',

  'table.recipient': 'Destinataire',
  'table.role': 'Rôle',
  'table.countries': 'Pays',
  'table.service': 'Service',
  'table.safeguards': 'Garanties',
  'table.purpose': 'Finalité',
  'table.retention': 'Durée de conservation',
  'table.name': 'Nom',
  'table.provider': 'Fournisseur',
  'table.kind': 'Type',
  'table.duration': 'Durée',
  'table.category': 'Catégorie',
  'table.includes': 'Contenu',

  'rights.intro':
    'Selon la loi qui vous est applicable, vous disposez des droits suivants. Les dispositions qui accordent chaque droit sont indiquées avec celui-ci.',
  'rights.grantedBy': 'Fondement\u00a0: {references}',
  'rights.withdrawHeading': 'Retirer votre consentement',
  'rights.withdraw':
    'Lorsque nous nous fondons sur votre consentement ({purposes}), vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné, par exemple en écrivant à {email}. Le retrait du consentement ne compromet pas la licéité du traitement effectué avant ce retrait.',
  'rights.consentCookies': 'cookies non strictement nécessaires',
  'rights.objectHeading': 'Votre droit d’opposition',
  'rights.object':
    'Vous avez le droit de vous opposer à tout moment, pour des raisons tenant à votre situation particulière, au traitement de vos données personnelles fondé sur des intérêts légitimes ou sur une mission d’intérêt public.',
  'rights.objectMarketing':
    'Vous avez le droit de vous opposer à tout moment à l’utilisation de vos données personnelles à des fins de prospection, y compris au profilage lié à celle-ci. Si vous vous y opposez, nous n’utiliserons plus vos données à des fins de prospection.',
  'rights.exerciseHeading': 'Comment exercer vos droits',
  'rights.exerciseEmail': 'Pour exercer vos droits, écrivez-nous à {email}.',
  'rights.exerciseUrl': 'Vous pouvez également utiliser {link}.',
  'rights.exerciseChannel': 'Vous pouvez également nous contacter par ce moyen\u00a0: {channel}.',
  'rights.formLink': 'notre formulaire de demande en ligne',
  'rights.verify':
    'Nous pouvons vous demander de confirmer votre identité avant de donner suite à une demande. Nous répondons dans les délais prévus par la loi, gratuitement, sauf demande manifestement infondée ou excessive.',
  'rights.complaintHeading': 'Réclamation auprès d’une autorité de contrôle',
  'rights.complaint':
    'Si vous estimez que nous traitons vos données personnelles de manière illicite, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans le pays de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.',
  'rights.authority': 'L’autorité de contrôle compétente à notre égard est {authority}.',

  'ca.intro':
    'Ces informations s’appliquent aux résidents de Californie et complètent le reste de cette politique, comme l’exige le {law}.',
  'ca.categoriesIntro':
    'Au cours des 12 derniers mois, nous avons collecté les catégories d’informations personnelles suivantes. Leur provenance, leur utilisation, leurs destinataires et leur durée de conservation sont décrits dans les sections précédentes.',
  'ca.tableCaption': 'Catégories d’informations personnelles collectées',
  'ca.sells':
    'Nous vendons ou partageons des informations personnelles, au sens du CCPA, pour les finalités suivantes\u00a0: {purposes}.',
  'ca.sellsGeneral': 'Nous vendons ou partageons des informations personnelles, au sens du CCPA.',
  'ca.doesNotSell':
    'Nous ne vendons ni ne partageons d’informations personnelles, au sens du CCPA, et ne l’avons pas fait au cours des 12 derniers mois.',
  'ca.optOut':
    'Vous avez le droit de vous opposer à la vente ou au partage de vos informations personnelles (opt-out). Pour cela, écrivez-nous à {email}.',
  'ca.optOutLink': 'Vous pouvez également vous y opposer via {link}.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Nous n’utilisons les informations personnelles sensibles qu’aux fins que le CCPA autorise sans droit de limitation\u00a0; vous pouvez néanmoins nous demander d’en limiter l’utilisation.',
  'ca.nonDiscrimination':
    'Nous ne vous traiterons pas de manière discriminatoire parce que vous exercez vos droits, par exemple en vous refusant des biens ou des services, en vous facturant des prix différents ou en vous offrant une qualité de service différente.',

  'children.body':
    'Nos services ne s’adressent pas aux enfants de moins de {age} ans. Nous ne collectons pas sciemment de données personnelles concernant des enfants de moins de {age} ans. Si vous pensez qu’un enfant de moins de {age} ans nous a communiqué des données personnelles, contactez-nous à {email} et nous les supprimerons.',

  'security.intro':
    'Nous protégeons les données personnelles par des mesures techniques et organisationnelles appropriées, notamment\u00a0:',
  'security.default':
    'Nous protégeons les données personnelles par des mesures techniques et organisationnelles appropriées contre la perte, l’utilisation abusive et l’accès non autorisé.',

  'automated.none':
    'Nous n’avons pas recours à la prise de décision automatisée\u00a0: nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
  'automated.intro':
    'Dans les cas suivants, nous prenons des décisions fondées exclusivement sur un traitement automatisé (prise de décision automatisée). Nous expliquons la logique sous-jacente et ce qu’elle signifie pour vous\u00a0:',
  'automated.safeguards':
    'Vous pouvez demander qu’une personne réexamine une telle décision automatisée, exprimer votre point de vue et contester la décision.',

  'changes.default':
    'Nous mettons à jour cette politique lorsque nos traitements de données personnelles changent. La date indiquée en haut montre depuis quand cette version est en vigueur.',
  'changes.version': 'Ceci est la version {version} de cette politique, en vigueur depuis le {date}.',
  'changes.policyUrl': 'Nous publions également cette politique sur notre site web à l’adresse {link}.',
  'changes.draft': 'Ceci est un projet de cette politique qui n’a pas été publié.',
  'changes.publicUrl': 'La version en vigueur est toujours disponible à l’adresse {link}.',

  'contact.intro':
    'Pour toute question sur cette politique ou sur l’utilisation de vos données personnelles, contactez-nous\u00a0:',
  'contact.postal': 'Courrier',
  'contact.dpo': 'Vous pouvez également contacter notre délégué à la protection des données\u00a0: {contact}.',

  'legalBasis.CONSENT': 'votre consentement',
  'legalBasis.CONTRACT':
    'l’exécution d’un contrat conclu avec vous ou de mesures précontractuelles prises à votre demande',
  'legalBasis.LEGAL_OBLIGATION': 'le respect d’une obligation légale',
  'legalBasis.VITAL_INTERESTS': 'la sauvegarde de vos intérêts vitaux ou de ceux d’une autre personne',
  'legalBasis.PUBLIC_TASK': 'l’exécution d’une mission d’intérêt public',
  'legalBasis.LEGITIMATE_INTERESTS': 'nos intérêts légitimes',

  'specialCondition.EXPLICIT_CONSENT': 'votre consentement explicite',
  'specialCondition.EMPLOYMENT_AND_SOCIAL_SECURITY':
    'les obligations et droits en matière de droit du travail, de la sécurité sociale et de la protection sociale',
  'specialCondition.VITAL_INTERESTS':
    'la sauvegarde des intérêts vitaux lorsque vous n’êtes pas en mesure de donner votre consentement',
  'specialCondition.NOT_FOR_PROFIT_BODY': 'les activités légitimes d’un organisme à but non lucratif',
  'specialCondition.MADE_PUBLIC_BY_SUBJECT': 'des données que vous avez manifestement rendues publiques',
  'specialCondition.LEGAL_CLAIMS': 'la constatation, l’exercice ou la défense de droits en justice',
  'specialCondition.SUBSTANTIAL_PUBLIC_INTEREST': 'des motifs d’intérêt public important',
  'specialCondition.HEALTH_OR_SOCIAL_CARE': 'la prise en charge sanitaire ou sociale',
  'specialCondition.PUBLIC_HEALTH': 'des motifs d’intérêt public dans le domaine de la santé publique',
  'specialCondition.ARCHIVING_RESEARCH_STATISTICS':
    'des fins archivistiques, de recherche scientifique ou historique ou statistiques',

  'specialCategory.RACIAL_OR_ETHNIC_ORIGIN': 'origine raciale ou ethnique',
  'specialCategory.POLITICAL_OPINIONS': 'opinions politiques',
  'specialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS': 'convictions religieuses ou philosophiques',
  'specialCategory.TRADE_UNION_MEMBERSHIP': 'appartenance syndicale',
  'specialCategory.GENETIC': 'données génétiques',
  'specialCategory.BIOMETRIC': 'données biométriques',
  'specialCategory.HEALTH': 'données de santé',
  'specialCategory.SEX_LIFE_OR_ORIENTATION': 'vie sexuelle ou orientation sexuelle',
  'specialCategory.CRIMINAL_OFFENCES': 'condamnations pénales et infractions',

  'source.SUBJECT': 'directement auprès de vous',
  'source.THIRD_PARTY': 'auprès de tiers',
  'source.PUBLIC': 'auprès de sources accessibles au public',
  'source.AUTOMATIC': 'automatiquement, lorsque vous utilisez nos services',

  'requirement.VOLUNTARY': 'La fourniture de ces données est facultative.',
  'requirement.CONTRACTUAL': 'La fourniture de ces données a un caractère contractuel.',
  'requirement.PRE_CONTRACTUAL': 'Vous devez fournir ces données pour conclure un contrat avec nous.',
  'requirement.STATUTORY': 'La fourniture de ces données a un caractère réglementaire.',

  'ccpa.IDENTIFIERS': 'Identifiants',
  'ccpa.CUSTOMER_RECORDS': 'Dossiers clients (Cal. Civ. Code § 1798.80(e))',
  'ccpa.PROTECTED_CLASSIFICATIONS': 'Caractéristiques de catégories protégées',
  'ccpa.COMMERCIAL_INFORMATION': 'Informations commerciales',
  'ccpa.BIOMETRIC_INFORMATION': 'Informations biométriques',
  'ccpa.INTERNET_ACTIVITY': 'Informations sur l’activité sur Internet ou sur d’autres réseaux électroniques',
  'ccpa.GEOLOCATION': 'Données de géolocalisation',
  'ccpa.SENSORY_DATA': 'Informations audio, électroniques, visuelles, thermiques, olfactives ou similaires',
  'ccpa.PROFESSIONAL_INFORMATION': 'Informations professionnelles ou liées à l’emploi',
  'ccpa.EDUCATION_INFORMATION': 'Informations relatives à l’éducation',
  'ccpa.INFERENCES': 'Déductions tirées pour établir un profil',
  'ccpa.SENSITIVE_PERSONAL_INFORMATION': 'Informations personnelles sensibles',

  'role.PROCESSOR': 'sous-traitant',
  'role.INDEPENDENT_CONTROLLER': 'responsable du traitement indépendant',
  'role.JOINT_CONTROLLER': 'responsable conjoint du traitement',
  'role.CATEGORY': 'catégorie de destinataires',

  'safeguard.ADEQUACY_DECISION': 'décision d’adéquation',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'clauses contractuelles types',
  'safeguard.UK_IDTA': 'UK International Data Transfer Agreement',
  'safeguard.UK_ADDENDUM': 'avenant britannique aux clauses contractuelles types',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'EU-US Data Privacy Framework',
  'safeguard.PRIVACY_SHIELD': 'EU-US Privacy Shield',
  'safeguard.BINDING_CORPORATE_RULES': 'règles d’entreprise contraignantes',
  'safeguard.DEROGATION': 'dérogation pour des situations particulières',

  'safeguardInfo.ADEQUACY_DECISION':
    'La Commission européenne, ou l’autorité compétente du Royaume-Uni ou de la Suisse, a constaté que le pays assure un niveau de protection adéquat (art. 45 RGPD).',
  'safeguardInfo.STANDARD_CONTRACTUAL_CLAUSES':
    'Clauses contractuelles adoptées par la Commission européenne qui obligent le destinataire à protéger les données (art. 46, paragraphe 2, point c), RGPD).',
  'safeguardInfo.UK_IDTA':
    'L’accord de transfert international de données publié par l’Information Commissioner britannique pour les transferts depuis le Royaume-Uni.',
  'safeguardInfo.UK_ADDENDUM':
    'L’avenant publié par l’Information Commissioner britannique qui rend les clauses contractuelles types valables pour les transferts depuis le Royaume-Uni.',
  'safeguardInfo.DATA_PRIVACY_FRAMEWORK':
    'Le destinataire est certifié au titre de l’EU-US Data Privacy Framework (et de ses extensions britannique et suisse), que la Commission européenne a jugé adéquat.',
  'safeguardInfo.PRIVACY_SHIELD':
    'Un ancien cadre pour les transferts vers les États-Unis, invalidé par la Cour de justice de l’Union européenne le 16 juillet 2020\u00a0; mentionné tel qu’il figurait lors de l’entrée en vigueur de cette version.',
  'safeguardInfo.BINDING_CORPORATE_RULES':
    'Des règles de protection des données contraignantes pour toutes les sociétés du groupe du destinataire, approuvées par une autorité de contrôle (art. 47 RGPD).',
  'safeguardInfo.DEROGATION':
    'Un transfert autorisé dans une situation particulière (art. 49 RGPD), décrit pour le destinataire concerné.',

  'area.EEA': 'de l’Espace économique européen (EEE)',
  'area.UK': 'du Royaume-Uni',
  'area.CH': 'de la Suisse',
  'area.BR': 'du Brésil',

  'retentionUnit.DAYS': '{amount, plural, one {# jour} other {# jours}}',
  'retentionUnit.WEEKS': '{amount, plural, one {# semaine} other {# semaines}}',
  'retentionUnit.MONTHS': '{amount, plural, other {# mois}}',
  'retentionUnit.YEARS': '{amount, plural, one {# an} other {# ans}}',

  'retentionTrigger.COLLECTION': 'à compter de la collecte',
  'retentionTrigger.END_OF_RELATIONSHIP': 'à compter de la fin de la relation',
  'retentionTrigger.END_OF_ENQUIRY': 'à compter de la clôture de la demande',
  'retentionTrigger.LAST_INTERACTION': 'à compter de votre dernière interaction avec nous',
  'retentionTrigger.END_OF_RECRUITMENT': 'à compter de la fin du processus de recrutement',
  'retentionTrigger.CONSENT_WITHDRAWN': 'à compter du retrait de votre consentement',
  'retentionTrigger.END_OF_FINANCIAL_YEAR': 'à compter de la clôture de l’exercice comptable',

  'cookieKind.STRICTLY_NECESSARY': 'strictement nécessaire',
  'cookieKind.FUNCTIONAL': 'fonctionnel',
  'cookieKind.ANALYTICS': 'mesure d’audience',
  'cookieKind.MARKETING': 'marketing',

  'cookieUnit.MINUTES': '{amount, plural, one {# minute} other {# minutes}}',
  'cookieUnit.HOURS': '{amount, plural, one {# heure} other {# heures}}',
  'cookieUnit.DAYS': '{amount, plural, one {# jour} other {# jours}}',
  'cookieUnit.MONTHS': '{amount, plural, other {# mois}}',
  'cookieUnit.YEARS': '{amount, plural, one {# an} other {# ans}}',

  'right.ACCESS': 'Droit d’accès',
  'right.RECTIFICATION': 'Droit de rectification',
  'right.ERASURE': 'Droit à l’effacement',
  'right.RESTRICTION': 'Droit à la limitation du traitement',
  'right.OBJECTION': 'Droit d’opposition',
  'right.PORTABILITY': 'Droit à la portabilité des données',
  'right.WITHDRAW_CONSENT': 'Droit de retirer votre consentement',
  'right.AUTOMATED_DECISIONS': 'Droits en matière de décision automatisée',
  'right.COMPLAIN': 'Droit d’introduire une réclamation',
  'right.OPT_OUT_SALE_SHARING': 'Droit de s’opposer à la vente ou au partage',
  'right.LIMIT_SENSITIVE_USE': 'Droit de limiter l’utilisation des informations personnelles sensibles',
  'right.NON_DISCRIMINATION': 'Droit à la non-discrimination',

  'rightInfo.ACCESS':
    'Vous pouvez nous demander si nous traitons des données personnelles vous concernant et, le cas échéant, en obtenir une copie ainsi que des informations sur leur utilisation.',
  'rightInfo.RECTIFICATION':
    'Vous pouvez nous demander de corriger des données inexactes et de compléter des données incomplètes.',
  'rightInfo.ERASURE':
    'Vous pouvez nous demander d’effacer vos données personnelles, par exemple lorsque nous n’en avons plus besoin ou que vous retirez votre consentement.',
  'rightInfo.RESTRICTION':
    'Vous pouvez nous demander de limiter le traitement de vos données, par exemple pendant que nous vérifions leur exactitude.',
  'rightInfo.OBJECTION':
    'Vous pouvez vous opposer à un traitement fondé sur des intérêts légitimes ou sur une mission d’intérêt public, et à tout moment à la prospection.',
  'rightInfo.PORTABILITY':
    'Vous pouvez recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou nous demander de les transmettre à une autre organisation.',
  'rightInfo.WITHDRAW_CONSENT':
    'Lorsque nous nous fondons sur votre consentement, vous pouvez retirer votre consentement à tout moment, pour l’avenir.',
  'rightInfo.AUTOMATED_DECISIONS':
    'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
  'rightInfo.COMPLAIN': 'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle.',
  'rightInfo.OPT_OUT_SALE_SHARING':
    'Vous pouvez nous demander de ne pas vendre ni partager vos informations personnelles.',
  'rightInfo.LIMIT_SENSITIVE_USE':
    'Vous pouvez nous demander de limiter l’utilisation de vos informations personnelles sensibles à ce qui est nécessaire pour fournir nos services.',
  'rightInfo.NON_DISCRIMINATION': 'Nous ne vous traiterons pas différemment parce que vous exercez vos droits.',

  'measure.ENCRYPTION_IN_TRANSIT': 'chiffrement des données en transit',
  'measure.ENCRYPTION_AT_REST': 'chiffrement des données stockées',
  'measure.ACCESS_CONTROL': 'contrôle des accès selon le besoin d’en connaître',
  'measure.PSEUDONYMISATION': 'pseudonymisation lorsque c’est possible',
  'measure.STAFF_TRAINING': 'formation régulière du personnel à la protection des données',
  'measure.CONFIDENTIALITY_AGREEMENTS':
    'obligations de confidentialité pour toute personne ayant accès aux données personnelles',
  'measure.BACKUPS': 'sauvegardes régulières',
  'measure.PENETRATION_TESTING': 'tests de sécurité et d’intrusion réguliers',
  'measure.INCIDENT_RESPONSE': 'une procédure documentée de réponse aux incidents de sécurité',
  'measure.CERTIFIED_ISMS': 'un système de management de la sécurité de l’information certifié',

  'representative.EU': 'Représentant dans l’Union européenne (art. 27 RGPD)',
  'representative.UK': 'Représentant au Royaume-Uni (art. 27 UK GDPR)',
  'representative.CH': 'Représentant en Suisse (art. 14 LPD)',
};
