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
  'doc.archived': 'Texte archivé',
  'archived.section': 'À propos de cette version archivée',
  'archived.text': 'Texte de l’ancienne politique',
  'archived.notice':
    'Ceci est un texte archivé\u00a0: l’ancienne politique de confidentialité de {name}, importée telle qu’elle a été rédigée et en vigueur à partir du {date}. Elle est conservée comme trace de ce qui était déclaré à l’époque et décrit les traitements de cette période, non ceux d’aujourd’hui.',
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
  'section.brazil': 'Informations pour les personnes concernées au Brésil',
  'section.canada': 'Responsabilité à l’égard des renseignements personnels au Canada',
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
  'controller.processorHeading': 'Lorsque nous traitons des données pour le compte de nos clients',
  'controller.processor':
    'Lorsque nous traitons des données personnelles pour le compte de nos clients professionnels, nous agissons en tant que leur {processor}, sur leurs instructions\u00a0: le client est le responsable du traitement de ces données, et c’est sa propre politique de confidentialité qui s’applique, non la présente.',
  'controller.processorTerm': 'sous-traitant',
  'controller.processorServices': 'Cela concerne\u00a0: {services}.',
  'controller.processorAddress': 'Veuillez adresser vos demandes relatives à ces données au client concerné.',
  'dpf.heading': 'EU-U.S. Data Privacy Framework',
  'dpf.participation':
    '{controller} participe {frameworks}, tel qu’établi par le ministère du Commerce des États-Unis, et a certifié qu’elle respecte les principes du cadre de protection des données (principes du DPF) pour toutes les données personnelles reçues {areas} sur ce fondement. Sa certification date du {date}.',
  'dpf.list': 'Vous pouvez vérifier notre participation sur la Data Privacy Framework List\u00a0: {link}.',
  'dpf.recourse':
    'Si vous avez une réclamation concernant notre traitement de données personnelles reçues sur le fondement du DPF que nous n’avons pas résolue, vous pouvez la soumettre, gratuitement, au mécanisme de recours indépendant que nous avons désigné\u00a0: {mechanism}.',
  'dpf.recourseUrl': 'Pour lui soumettre une réclamation\u00a0: {link}.',
  'dpf.enforcement': 'Nous sommes soumis aux pouvoirs d’enquête et d’exécution {body}.',
  'dpf.arbitration':
    'Dans certaines conditions, décrites à l’annexe I des principes du DPF, vous pouvez recourir à un arbitrage contraignant pour une réclamation qui n’a pas été résolue par d’autres moyens.',
  'dpf.publicAuthorities':
    'Nous pouvons être tenus de communiquer des données personnelles en réponse à des demandes légales des autorités publiques, y compris pour satisfaire à des exigences de sécurité nationale ou d’application de la loi.',
  'dpf.onwardTransfers':
    'Si un tiers auquel nous transférons des données personnelles pour qu’il les traite pour notre compte les traite d’une manière non conforme aux principes du DPF, nous en restons responsables au titre de ces principes, sauf si nous prouvons que nous ne sommes pas responsables du fait dommageable.',
  'dpf.framework.EU_US': 'au cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework)',
  'dpf.framework.UK_EXTENSION': 'à l’extension britannique de ce cadre (UK Extension)',
  'dpf.framework.SWISS_US': 'au cadre de protection des données Suisse-États-Unis (Swiss-U.S. Data Privacy Framework)',
  'dpf.area.EU': 'de l’Union européenne',
  'dpf.area.UK': 'du Royaume-Uni',
  'dpf.area.CH': 'de Suisse',

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
  'data.collected': 'Ce que nous collectons',
  'data.sources': 'D’où proviennent les données',
  'data.purposes': 'Pourquoi nous les utilisons et sur quelle base juridique',
  'data.specialCategory': 'catégorie particulière de données\u00a0: {category}',
  'data.criminalOffenceData': 'données relatives aux condamnations pénales et aux infractions',
  'data.consequence': 'Si vous ne les fournissez pas\u00a0: {consequence}',
  'data.sourceLine': '{category}\u00a0: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'data.sourceListDetails': '{sources}. Précisions sur ces sources\u00a0: {details}',
  'purpose.legalBasis': 'Base juridique\u00a0: {basis}',
  'purpose.legalBasisFor': 'Base juridique, pour {scope}\u00a0: {basis}',
  'purpose.legitimateInterest': 'Notre intérêt légitime\u00a0: {interest}',
  'purpose.legitimateInterestLead': 'notre intérêt légitime',
  'purpose.legalObligation': 'L’obligation légale\u00a0: {obligation}',
  'purpose.specialCondition': 'Pour les catégories particulières de données ({categories})\u00a0: {condition}',
  'purpose.criminalOffence':
    'Pour les données relatives aux condamnations pénales et aux infractions ({categories})\u00a0: {authority}',
  'criminalOffenceAuthority.OFFICIAL_AUTHORITY': 'traitement effectué sous le contrôle de l’autorité publique',
  'criminalOffenceAuthority.AUTHORISED_BY_LAW': 'traitement autorisé par {law}',
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
    'Ces prestataires traitent des données personnelles pour notre compte et uniquement sur nos instructions.',
  'recipients.processorsContract':
    'Nous avons conclu avec chacun d’eux un contrat de sous-traitance qui les oblige à protéger les données.',
  'recipients.controllers': 'Autres responsables du traitement',
  'recipients.controllersIntro':
    'Ces organisations reçoivent des données personnelles et décident elles-mêmes de leur utilisation (responsables du traitement indépendants), ou en décident avec nous (responsables conjoints). Leurs propres politiques de confidentialité s’appliquent à leurs traitements.',
  'recipients.categories': 'Autres catégories de destinataires',
  'recipients.legalEntity': 'Entité juridique\u00a0: {entity}',
  'recipients.address': 'Adresse\u00a0: {address}',
  'recipients.service': 'Service\u00a0: {service}',
  'recipients.jointArrangement': 'Les grandes lignes de notre accord de responsables conjoints\u00a0: {arrangement}',
  'recipients.data': 'Données reçues\u00a0: {categories}',
  'recipients.privacyPolicy': 'Politique de confidentialité de {name}',
  'recipients.optOut': 'Opposition auprès de {name}',

  'transfers.intro':
    'Certains destinataires sont établis, ou traitent des données personnelles, dans des pays situés en dehors {areas}. Lorsqu’un pays n’offre pas un niveau de protection adéquat, nous protégeons vos données au moyen des garanties indiquées ici.',
  'transfers.none': 'Nous ne transférons pas de données personnelles vers des pays situés en dehors {areas}.',
  'transfers.tableCaption': 'Transferts internationaux et garanties',
  'transfers.variousCountries': 'divers pays',
  'transfers.safeguardsIntro': 'Ce que signifient ces garanties\u00a0:',
  'transfers.copy': 'Vous pouvez obtenir une copie des garanties en nous écrivant à {email}.',
  'transfers.withDetails': '{instruments} — {details}',

  'retention.intro':
    'Nous ne conservons les données personnelles que le temps nécessaire à la finalité pour laquelle nous les avons collectées, ou aussi longtemps que la loi l’exige\u00a0:',
  'retention.general': 'Notre règle générale\u00a0: {rule}',
  'retention.followsGeneral': 'Notre règle générale (voir ci-dessus)',
  'recipients.noSale': 'Nous ne vendons pas de données personnelles.',
  'volunteered.DELETED':
    'Nous ne vous demandons pas de catégories particulières de données personnelles (par exemple des données concernant votre santé, vos convictions religieuses ou vos opinions politiques). Si vous nous en transmettez sans que nous les ayons demandées, nous les supprimons.',
  'volunteered.PROCESSED_WITH_EXPLICIT_CONSENT':
    'Nous ne vous demandons pas de catégories particulières de données personnelles (par exemple des données concernant votre santé, vos convictions religieuses ou vos opinions politiques). Si vous choisissez de nous en communiquer, nous ne les utilisons que pour la finalité pour laquelle vous les avez fournies, sur la base de {consent}, que vous pouvez retirer à tout moment.',
  'data.aboutOthers':
    'Si vous nous communiquez des données personnelles concernant d’autres personnes ({details}), veillez à ce qu’elles connaissent la présente politique et que vous soyez en droit de nous transmettre leurs données.',
  'contact.enquiryResponse': 'Nous répondons aux demandes générales dans un délai de {time}.',
  'responseUnit.HOURS': '{amount, plural, one {# heure} other {# heures}}',
  'responseUnit.DAYS': '{amount, plural, one {# jour} other {# jours}}',
  'responseUnit.BUSINESS_DAYS': '{amount, plural, one {# jour ouvré} other {# jours ouvrés}}',
  'retention.tableCaption': 'Durées de conservation par finalité',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Nous utilisons des cookies et des technologies similaires. Le tableau ci-dessous indique lesquels, qui les dépose, à quoi ils servent et combien de temps ils sont conservés.',
  'cookies.tableCaption': 'Cookies et technologies similaires utilisés',
  'cookies.session': 'session',
  'cookies.group': '{name} (groupe de cookies)',
  'cookies.typicalDuration': 'généralement jusqu’à {duration}',
  'cookies.purposeWithBasis': '{purpose} ({basis})',
  'cookies.onlyWithConsent':
    'Nous ne déposons les cookies qui ne sont pas strictement nécessaires qu’avec votre consentement.',

  'table.recipient': 'Destinataire',
  'table.role': 'Rôle',
  'table.countries': 'Pays',
  'table.safeguards': 'Garanties',
  'table.purpose': 'Finalité',
  'table.retention': 'Durée de conservation',
  'table.name': 'Nom',
  'table.provider': 'Fournisseur',
  'table.kind': 'Type',
  'table.duration': 'Durée',
  'table.cookieFunction': 'Fonction',
  'table.cookiePurposes': 'Finalités (base juridique)',
  'table.category': 'Catégorie',
  'table.includes': 'Contenu',

  'rights.intro':
    'Selon la loi qui vous est applicable, vous disposez des droits suivants. Les dispositions qui accordent chaque droit sont indiquées avec celui-ci.',
  'rights.grantedBy': 'Prévu par\u00a0: {references}',
  'rights.portabilityScope':
    '{regimes, select, all {Ce droit porte sur} other {En vertu des dispositions applicables ({reference}), ce droit porte sur}} les données personnelles que nous traitons de manière automatisée sur la base de votre consentement ou d’un contrat conclu avec vous, ce qui est le cas pour\u00a0: {purposes}.',
  'rights.portabilityNone':
    '{regimes, select, all {Ce droit ne porte que sur} other {En vertu des dispositions applicables ({reference}), ce droit ne porte que sur}} les données personnelles que nous traitons de manière automatisée sur la base de votre consentement ou d’un contrat conclu avec vous\u00a0; aucun de nos traitements ne repose sur l’une de ces bases.',
  'rights.withdrawHeading': 'Retirer votre consentement',
  'rights.withdraw':
    'Lorsque nous nous fondons sur votre consentement ({purposes}), vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné, par exemple en écrivant à {email}. Le retrait du consentement ne compromet pas la licéité du traitement effectué avant ce retrait.',
  'rights.consentCookies': 'cookies non strictement nécessaires',
  'rights.withdrawOnline':
    'Vous pouvez également retirer en une seule étape tous les consentements que vous nous avez donnés sur {link}.',
  'rights.withdrawLink': 'notre page de retrait du consentement',
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
    'Nous pouvons vous demander de confirmer votre identité avant de donner suite à une demande. Nous répondons dans les délais prévus par la loi.',
  'rights.free': 'Nous traitons les demandes gratuitement, sauf demande manifestement infondée ou excessive.',
  'rights.fee': 'Nous pouvons demander des frais raisonnables pour une demande lorsque la loi le permet.',
  'rights.complaintHeading': 'Réclamation auprès d’une autorité de contrôle',
  'rights.complaint':
    'Si vous estimez que nous traitons vos données personnelles de manière illicite, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans le pays de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait été commise.',
  'rights.authority': 'Autorité de contrôle compétente à notre égard\u00a0: {authority}.',
  'rights.authorities':
    '{count, plural, one {L’autorité de contrôle compétente à notre égard est\u00a0:} other {Les autorités de contrôle compétentes à notre égard sont\u00a0:}}',
  'rights.authorityRegimes': 'Compétente au titre de',
  'rights.authorityEstablishment': 'Compétente pour notre établissement',

  'ca.intro':
    'Ces informations s’appliquent aux résidents de Californie et complètent le reste de cette politique, comme l’exige le {law}.',
  'ca.categoriesIntro':
    'Au cours des 12 derniers mois, nous avons collecté les catégories d’informations personnelles suivantes. Le tableau indique pour chaque catégorie sa provenance, l’usage que nous en faisons et les destinataires auxquels nous la communiquons à des fins professionnelles ou la vendons ou partageons. Leur durée de conservation est décrite plus haut.',
  'ca.tableCaption': 'Catégories d’informations personnelles collectées',
  'ca.sells':
    'Nous vendons ou partageons des informations personnelles, au sens du CCPA, pour les finalités suivantes\u00a0: {purposes}.',
  'ca.sellsGeneral': 'Nous vendons ou partageons des informations personnelles, au sens du CCPA.',
  'ca.doesNotSell': 'Nous ne vendons ni ne partageons d’informations personnelles, au sens du CCPA.',
  'ca.notSoldPastYear': 'Nous n’avons ni vendu ni partagé d’informations personnelles au cours des 12 derniers mois.',
  'ca.soldPastYear': 'Au cours des 12 derniers mois, nous avons vendu ou partagé des informations personnelles.',
  'ca.optOut':
    'Vous avez le droit de vous opposer à la vente ou au partage de vos informations personnelles (opt-out). Pour cela, écrivez-nous à {email}.',
  'ca.optOutLink': 'Vous pouvez également vous y opposer via {link}.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Nous n’utilisons les informations personnelles sensibles qu’aux fins que le CCPA autorise sans droit d’en limiter l’utilisation (11 CCR § 7027(m)).',
  'ca.limit':
    'Vous avez le droit de limiter l’utilisation de vos informations personnelles sensibles à ce qui est nécessaire pour fournir les biens ou services que vous demandez. Pour cela, écrivez-nous à {email}.',
  'ca.nonDiscrimination':
    'Nous ne vous traiterons pas de manière discriminatoire parce que vous exercez vos droits, par exemple en vous refusant des biens ou des services, en vous facturant des prix différents ou en vous offrant une qualité de service différente.',
  'ca.columnSources': 'Provenance',
  'ca.columnPurposes': 'Finalités',
  'ca.columnDisclosedTo': 'Communiquées à des fins professionnelles à',
  'ca.columnSoldOrSharedTo': 'Vendues ou partagées à',
  'ca.minorsNoKnowledge':
    'Nous n’avons pas connaissance effective de vendre ou de partager les informations personnelles de consommateurs de moins de 16 ans.',
  'ca.minorsAuthorised':
    'Nous ne vendons ou ne partageons les informations personnelles de consommateurs de moins de 16 ans qu’avec leur autorisation expresse ou, pour les consommateurs de moins de 13 ans, celle de leur parent ou tuteur.',
  'ca.signals':
    'Nous traitons les signaux de préférence d’opposition, tels que le Global Privacy Control (GPC), comme une demande valable d’opposition à la vente ou au partage des informations personnelles\u00a0: pour le navigateur ou l’appareil qui envoie le signal et pour tout profil de consommateur qui y est associé, y compris les profils pseudonymes, ainsi que pour vous en tant que consommateur si nous savons qui vous êtes. Pour envoyer un tel signal, activez-le dans un navigateur ou une extension de navigateur qui le prend en charge.',
  'ca.limitLink': 'Vous pouvez également en limiter l’utilisation via {link}.',
  'ca.limitLinkText': 'Limit the Use of My Sensitive Personal Information',
  'ca.tollFree': 'Vous pouvez également faire une demande en nous appelant gratuitement au {phone}.',
  'ca.verification':
    'Avant de donner suite à une demande d’accès, de suppression ou de rectification d’informations personnelles, nous vérifions votre identité comme suit\u00a0: {process}',
  'ca.noIncentives':
    'Nous n’offrons ni incitations financières ni différences de prix ou de service en contrepartie d’informations personnelles.',
  'ca.incentives':
    'Nous offrons des incitations financières liées à la collecte, à la conservation ou à la vente d’informations personnelles. Leurs conditions, et la manière d’y participer et d’y renoncer à tout moment, sont décrites dans {link}.',
  'ca.incentivesLinkText': 'notre avis relatif aux incitations financières',
  'ca.lastUpdated': 'Cette politique de confidentialité a été mise à jour pour la dernière fois le {date}.',

  // Brazil
  'br.intro':
    'Ces informations s’appliquent lorsque la loi générale brésilienne sur la protection des données (LGPD, loi n° 13.709/2018) régit le traitement de vos données personnelles, et complètent le reste de cette politique.',
  'br.condition':
    'La communication des données suivantes est une condition pour bénéficier de nos produits ou services\u00a0: {categories}. Si vous ne les communiquez pas, nous ne pouvons pas les fournir. Vous pouvez exercer à tout moment vos droits de personne concernée prévus à l’art. 18 LGPD (voir {rights}) en nous écrivant à {email}.',
  'br.children':
    'Nous traitons des données personnelles d’enfants et d’adolescents. Les types de données que nous collectons et l’usage que nous en faisons\u00a0: {types}',
  'br.parentalConsent':
    'Lorsque nous traitons les données personnelles d’un enfant (de moins de 12 ans) sur la base du consentement, nous ne le faisons qu’avec le consentement spécifique et mis en évidence d’au moins un parent ou représentant légal, que nous recueillons et vérifions comme suit\u00a0: {process}',
  'br.childrenRights':
    'Les parents et représentants légaux peuvent exercer les droits de la personne concernée pour le compte de l’enfant (voir {rights}).',
  'br.noChildren': 'Nous ne traitons pas de données personnelles d’enfants ou d’adolescents.',

  // Canada
  'pipeda.accountable':
    'Nous avons désigné une personne responsable du respect de la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE) et des principes de son annexe 1. Vous pouvez adresser vos questions et plaintes sur notre traitement des renseignements personnels à cette personne\u00a0:',
  'pipeda.title': 'Fonction',

  'children.body':
    'Nos services ne s’adressent pas aux enfants de moins de {age} ans. Nous ne collectons pas sciemment de données personnelles concernant des enfants de moins de {age} ans. Si vous pensez qu’un enfant de moins de {age} ans nous a communiqué des données personnelles, contactez-nous à {email} et nous les supprimerons.',

  'security.intro':
    'Nous protégeons les données personnelles par des mesures techniques et organisationnelles appropriées, notamment\u00a0:',

  'automated.none':
    'Nous n’avons pas recours à la prise de décision automatisée\u00a0: nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire.',
  'automated.intro':
    'Dans les cas suivants, nous prenons des décisions fondées exclusivement sur un traitement automatisé (prise de décision automatisée). Nous expliquons la logique sous-jacente et ce qu’elle signifie pour vous\u00a0:',
  'automated.safeguards':
    'Vous pouvez demander qu’une personne réexamine une telle décision automatisée, exprimer votre point de vue et contester la décision.',

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

  'instrument.EU_ADEQUACY_DECISION': 'décision d’adéquation de la Commission européenne',
  'instrument.EU_STANDARD_CONTRACTUAL_CLAUSES': 'clauses contractuelles types de la Commission européenne',
  'instrument.EU_US_DATA_PRIVACY_FRAMEWORK': 'cadre de protection des données UE-États-Unis',
  'instrument.EU_BINDING_CORPORATE_RULES': 'règles d’entreprise contraignantes',
  'instrument.EU_DEROGATION': 'dérogation pour une situation particulière',
  'instrument.UK_ADEQUACY_REGULATIONS': 'règlement d’adéquation du Royaume-Uni',
  'instrument.UK_IDTA': 'accord de transfert international de données du Royaume-Uni',
  'instrument.UK_ADDENDUM':
    'avenant britannique (UK Addendum) aux clauses contractuelles types de la Commission européenne',
  'instrument.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'extension britannique du cadre de protection des données UE-États-Unis',
  'instrument.UK_BINDING_CORPORATE_RULES': 'règles d’entreprise contraignantes',
  'instrument.UK_DEROGATION': 'dérogation pour une situation particulière',
  'instrument.CH_ADEQUACY_DECISION': 'décision d’adéquation du Conseil fédéral suisse',
  'instrument.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'clauses contractuelles types de la Commission européenne reconnues par le PFPDT',
  'instrument.CH_US_DATA_PRIVACY_FRAMEWORK': 'cadre de protection des données Suisse-États-Unis',
  'instrument.CH_BINDING_CORPORATE_RULES': 'règles d’entreprise contraignantes',
  'instrument.CH_EXCEPTION': 'exception pour une situation particulière',
  'instrument.BR_STANDARD_CONTRACTUAL_CLAUSES': 'clauses contractuelles types de l’ANPD',
  'instrument.BR_GLOBAL_CORPORATE_RULES': 'règles d’entreprise globales',
  'instrument.BR_DEROGATION': 'dérogation pour une situation particulière',

  'instrumentRef.EU_ADEQUACY_DECISION': 'art. 45, paragraphe 3, RGPD',
  'instrumentRef.EU_STANDARD_CONTRACTUAL_CLAUSES': 'art. 46, paragraphe 2, point c), RGPD',
  'instrumentRef.EU_US_DATA_PRIVACY_FRAMEWORK': 'art. 45, paragraphe 3, RGPD',
  'instrumentRef.EU_BINDING_CORPORATE_RULES': 'art. 46, paragraphe 2, point b), et art. 47 RGPD',
  'instrumentRef.EU_DEROGATION': 'art. 49, paragraphe 1, RGPD',
  'instrumentRef.UK_ADEQUACY_REGULATIONS': 'art. 45, paragraphe 1, UK GDPR et section 17A DPA 2018',
  'instrumentRef.UK_IDTA': 'art. 46, paragraphe 2, point d), UK GDPR et section 119A DPA 2018',
  'instrumentRef.UK_ADDENDUM': 'art. 46, paragraphe 2, point d), UK GDPR et section 119A DPA 2018',
  'instrumentRef.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'art. 45, paragraphe 1, UK GDPR et section 17A DPA 2018',
  'instrumentRef.UK_BINDING_CORPORATE_RULES': 'art. 46, paragraphe 2, point b), et art. 47 UK GDPR',
  'instrumentRef.UK_DEROGATION': 'art. 49, paragraphe 1, UK GDPR',
  'instrumentRef.CH_ADEQUACY_DECISION': 'art. 16, al. 1, LPD',
  'instrumentRef.CH_STANDARD_CONTRACTUAL_CLAUSES': 'art. 16, al. 2, let. d, LPD',
  'instrumentRef.CH_US_DATA_PRIVACY_FRAMEWORK': 'art. 16, al. 1, LPD',
  'instrumentRef.CH_BINDING_CORPORATE_RULES': 'art. 16, al. 2, let. e, LPD',
  'instrumentRef.CH_EXCEPTION': 'art. 17 LPD',
  'instrumentRef.BR_STANDARD_CONTRACTUAL_CLAUSES': 'art. 33, II, b, LGPD',
  'instrumentRef.BR_GLOBAL_CORPORATE_RULES': 'art. 33, II, c, LGPD',
  'instrumentRef.BR_DEROGATION': 'art. 33, III à IX, LGPD',

  'instrumentInfo.EU_ADEQUACY_DECISION':
    'La Commission européenne a constaté que le pays assure un niveau de protection adéquat des données personnelles.',
  'instrumentInfo.EU_STANDARD_CONTRACTUAL_CLAUSES':
    'Des clauses contractuelles adoptées par la Commission européenne par la décision d’exécution (UE) 2021/914 du 4 juin 2021, par lesquelles le destinataire s’engage à protéger les données.',
  'instrumentInfo.EU_US_DATA_PRIVACY_FRAMEWORK':
    'La certification de l’organisation qui reçoit les données aux États-Unis au titre du cadre de protection des données UE-États-Unis (EU-US Data Privacy Framework). Par la décision d’exécution (UE) 2023/1795 du 10 juillet 2023, la Commission européenne a constaté que les organisations certifiées assurent un niveau de protection adéquat.',
  'instrumentInfo.EU_BINDING_CORPORATE_RULES':
    'Des règles de protection des données contraignantes pour toutes les sociétés du groupe du destinataire, approuvées par une autorité de contrôle.',
  'instrumentInfo.EU_DEROGATION':
    'Un transfert autorisé dans une situation particulière en vertu de l’art. 49 RGPD, décrit pour le destinataire concerné.',
  'instrumentInfo.UK_ADEQUACY_REGULATIONS':
    'Le Royaume-Uni a constaté, par un règlement d’adéquation, que le pays assure un niveau de protection adéquat des données personnelles.',
  'instrumentInfo.UK_IDTA':
    'L’accord de transfert international de données (IDTA) publié par l’Information Commissioner britannique en vertu de la section 119A du Data Protection Act 2018, en vigueur depuis le 21 mars 2022, par lequel le destinataire s’engage à protéger les données.',
  'instrumentInfo.UK_ADDENDUM':
    'L’avenant publié par l’Information Commissioner britannique en vertu de la section 119A du Data Protection Act 2018, en vigueur depuis le 21 mars 2022, qui rend les clauses contractuelles types de la Commission européenne valables pour les transferts depuis le Royaume-Uni.',
  'instrumentInfo.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'La participation de l’organisation qui reçoit les données aux États-Unis à l’extension britannique du cadre de protection des données UE-États-Unis. Le gouvernement britannique a reconnu les transferts vers les organisations participantes comme adéquats par les Data Protection (Adequacy) (United States of America) Regulations 2023, en vigueur depuis le 12 octobre 2023.',
  'instrumentInfo.UK_BINDING_CORPORATE_RULES':
    'Des règles de protection des données contraignantes pour toutes les sociétés du groupe du destinataire, approuvées par l’Information Commissioner britannique.',
  'instrumentInfo.UK_DEROGATION':
    'Un transfert autorisé dans une situation particulière en vertu de l’art. 49 UK GDPR, décrit pour le destinataire concerné.',
  'instrumentInfo.CH_ADEQUACY_DECISION':
    'Le Conseil fédéral suisse a constaté que le pays garantit un niveau de protection adéquat (annexe 1 de l’ordonnance sur la protection des données).',
  'instrumentInfo.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'Les clauses contractuelles types de la Commission européenne (décision d’exécution (UE) 2021/914), reconnues par le Préposé fédéral à la protection des données et à la transparence (PFPDT) et adaptées au droit suisse, par lesquelles le destinataire s’engage à protéger les données.',
  'instrumentInfo.CH_US_DATA_PRIVACY_FRAMEWORK':
    'La certification de l’organisation qui reçoit les données aux États-Unis au titre du cadre de protection des données Suisse-États-Unis (Swiss-US Data Privacy Framework), que le Conseil fédéral suisse reconnaît comme adéquat depuis le 15 septembre 2024.',
  'instrumentInfo.CH_BINDING_CORPORATE_RULES':
    'Des règles de protection des données contraignantes pour toutes les sociétés du groupe du destinataire, approuvées par le PFPDT ou par l’autorité de protection des données d’un État offrant un niveau de protection adéquat.',
  'instrumentInfo.CH_EXCEPTION':
    'Un transfert autorisé dans une situation particulière en vertu de l’art. 17 LPD, décrit pour le destinataire concerné.',
  'instrumentInfo.BR_STANDARD_CONTRACTUAL_CLAUSES':
    'Les clauses contractuelles types approuvées par l’autorité brésilienne de protection des données (ANPD) par la résolution CD/ANPD n°\u00a019 du 23 août 2024, par lesquelles le destinataire s’engage à protéger les données.',
  'instrumentInfo.BR_GLOBAL_CORPORATE_RULES':
    'Des règles de protection des données contraignantes pour toutes les sociétés du groupe du destinataire, approuvées par l’ANPD en vertu de la résolution CD/ANPD n°\u00a019 du 23 août 2024.',
  'instrumentInfo.BR_DEROGATION':
    'Un transfert autorisé dans une situation particulière en vertu de l’art. 33 LGPD, décrit pour le destinataire concerné.',

  'transfersFrom.EEA': 'Transferts depuis l’Espace économique européen (RGPD)',
  'transfersFrom.UK': 'Transferts depuis le Royaume-Uni (UK GDPR)',
  'transfersFrom.CH': 'Transferts depuis la Suisse (LPD)',
  'transfersFrom.BR': 'Transferts depuis le Brésil (LGPD)',

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
  'regime.EU_GDPR': 'RGPD',
  'regime.UK_GDPR': 'UK GDPR',
  'regime.CCPA_CPRA': 'CCPA/CPRA',
  'regime.LGPD': 'LGPD',
  'regime.PIPEDA': 'LPRPDE',
  'regime.CH_FADP': 'LPD (Suisse)',
  'processorRequests.FORWARDED_TO_CUSTOMER':
    'Nous transmettons au client concerné toute demande relative à ces données que nous recevons, et l’aidons à y répondre.',
  'processorRequests.REFERRED_TO_CUSTOMER':
    'Si vous nous adressez une telle demande, nous vous orienterons vers le client concerné.',
  'dpf.recourse.EU_DPA_PANEL': 'le comité constitué par les autorités de protection des données de l’UE',
  'dpf.recourse.EU_ADR_PROVIDER':
    '{name}, un organisme de règlement extrajudiciaire des litiges établi dans l’Union européenne',
  'dpf.recourse.US_ADR_PROVIDER': '{name}, un organisme de règlement extrajudiciaire des litiges établi aux États-Unis',
  'dpf.body.FTC': 'de la Federal Trade Commission (FTC) des États-Unis',
  'dpf.body.DOT': 'du ministère des Transports des États-Unis (Department of Transportation)',

  'agentProof.SIGNED_PERMISSION':
    'Vous pouvez charger un mandataire autorisé (authorized agent) de faire une demande en votre nom. Nous lui demandons la preuve que vous lui avez donné une autorisation signée à cet effet.',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION':
    'Vous pouvez charger un mandataire autorisé (authorized agent) de faire une demande en votre nom. Nous lui demandons la preuve que vous lui avez donné une autorisation signée à cet effet, et nous pouvons vous demander de confirmer vous-même votre identité auprès de nous ou de confirmer que vous avez donné cette autorisation au mandataire.',
};
