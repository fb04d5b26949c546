import type { EnumMessageKey } from './keys.js';

/**
 * English wording: the source catalog. ICU MessageFormat (plural, select); `{name}` arguments may be text or
 * document nodes (links, dates). Keep apostrophes typographic (’): a straight one before `{` starts ICU quoting.
 */
export const en = {
  // document
  'doc.title': '{name} — Privacy Policy',
  'doc.effective': 'Effective date: {date}',
  'doc.version': 'Version {version}',
  'doc.draft': 'Draft — this version has not been published.',
  'doc.contents': 'Contents',
  'doc.contentsLabel': 'Table of contents',
  'doc.archived': 'Archived text',
  'archived.section': 'About this archived version',
  'archived.text': 'Text of the earlier policy',
  'archived.notice':
    'This is an archived text: the privacy policy {name} used before, imported as it was written and effective from {date}. It is kept as a record of what was stated then and describes the processing of its time, not today’s.',
  'common.none': '–',
  'common.gdpr': 'GDPR',
  'common.ukGdpr': 'UK GDPR',
  'common.withReference': '{label} ({reference})',
  'common.labelled': '{label}: {value}',

  // section headings
  'section.introduction': 'Introduction',
  'section.controller': 'Who we are',
  'section.data': 'The personal data we process',
  'section.recipients': 'Who receives your data',
  'section.transfers': 'International transfers',
  'section.retention': 'How long we keep your data',
  'section.cookies': 'Cookies and similar technologies',
  'section.rights': 'Your rights',
  'section.california': 'Notice for California residents',
  'section.brazil': 'Notice for data subjects in Brazil',
  'section.canada': 'Accountability for personal information in Canada',
  'section.security': 'How we protect your data',
  'section.children': 'Children',
  'section.automated': 'Automated decision-making',
  'section.changes': 'Changes to this policy',
  'section.contact': 'How to contact us',

  // introduction
  'intro.body':
    'This privacy policy explains how {controller} (“we”, “us”) collects and uses personal data: what we collect, where it comes from, why we use it and on which legal basis, who receives it, how long we keep it and which rights you have.',
  'intro.audiences': 'It concerns the following groups of people: {audiences}.',

  // controller
  'controller.identity': '{legalName} is the controller responsible for the processing of your personal data.',
  'controller.identityTrading':
    '{legalName}, trading as {tradingName}, is the controller responsible for the processing of your personal data.',
  'controller.registrationNumber': 'Registration number',
  'controller.registeredOffice': 'Registered office',
  'controller.offices': 'Our offices',
  'controller.group': 'Our group companies',
  'controller.groupIntro':
    'We belong to a group of companies. The following group companies are involved in processing personal data:',
  'controller.groupEntity': '{name}, {country}',
  'controller.dpo': 'Our data protection officer',
  'controller.dpoIntro':
    'We have appointed a data protection officer, whom you can contact about any question on the processing of your personal data:',
  'controller.representatives': 'Our representatives',
  'controller.representativesIntro': 'We have appointed the following representatives, whom you can also contact:',
  'controller.laws': 'Laws that apply',
  'controller.lawsIntro': 'We process personal data in accordance with the following laws:',
  // processing for customers (the tenant as their processor)
  'controller.processorHeading': 'When we process data on behalf of our customers',
  'controller.processor':
    'Where we process personal data on behalf of our business customers, we act as their {processor}, on their instructions: the customer is the controller of that data, and its own privacy policy applies, not this one.',
  'controller.processorTerm': 'processor',
  'controller.processorServices': 'This concerns: {services}.',
  'controller.processorAddress': 'Please address requests about that data to the customer concerned.',
  // the controller's own Data Privacy Framework certification (DPF Principles II.1.a)
  'dpf.heading': 'EU-U.S. Data Privacy Framework',
  'dpf.participation':
    '{controller} participates in {frameworks}, as set forth by the U.S. Department of Commerce, and has certified that it adheres to the Data Privacy Framework Principles (DPF Principles) with respect to all personal data received from {areas} in reliance on it. Its certification dates from {date}.',
  'dpf.list': 'You can confirm our participation on the Data Privacy Framework List: {link}.',
  'dpf.recourse':
    'If you have a complaint about our handling of personal data received in reliance on the DPF that we have not resolved, you can refer it, free of charge to you, to the independent recourse mechanism we have designated: {mechanism}.',
  'dpf.recourseUrl': 'How to file a complaint with it: {link}.',
  'dpf.enforcement': 'We are subject to the investigatory and enforcement powers of {body}.',
  'dpf.arbitration':
    'Under certain conditions, described in Annex I of the DPF Principles, you may invoke binding arbitration for a complaint that has not been resolved by other means.',
  'dpf.publicAuthorities':
    'We may be required to disclose personal data in response to lawful requests by public authorities, including to meet national security or law enforcement requirements.',
  'dpf.onwardTransfers':
    'If a third party to which we transfer personal data for processing on our behalf processes it in a manner inconsistent with the DPF Principles, we remain liable under the Principles unless we prove that we are not responsible for the event giving rise to the damage.',
  'dpf.framework.EU_US': 'the EU-U.S. Data Privacy Framework (EU-U.S. DPF)',
  'dpf.framework.UK_EXTENSION': 'the UK Extension to the EU-U.S. DPF',
  'dpf.framework.SWISS_US': 'the Swiss-U.S. Data Privacy Framework (Swiss-U.S. DPF)',
  'dpf.area.EU': 'the European Union',
  'dpf.area.UK': 'the United Kingdom',
  'dpf.area.CH': 'Switzerland',

  // fields
  'field.name': 'Name',
  'field.email': 'Email',
  'field.phone': 'Phone',
  'field.website': 'Website',
  'field.address': 'Address',
  'field.country': 'Country',
  'field.role': 'Role',

  // data section
  'data.intro':
    'What we collect, where it comes from and why we use it depends on your relationship with us. Please read the part that applies to you.',
  'data.otherProcessing': 'Other processing',
  'data.collected': 'What we collect',
  'data.sources': 'Where the data comes from',
  'data.purposes': 'Why we use it and on which legal basis',
  'data.specialCategory': 'special category data: {category}',
  'data.criminalOffenceData': 'data relating to criminal convictions and offences',
  'data.consequence': 'If you do not provide it: {consequence}',
  'data.sourceLine': '{category}: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'data.sourceListDetails': '{sources}. Details of these sources: {details}',
  'purpose.legalBasis': 'Legal basis: {basis}',
  'purpose.legalBasisFor': 'Legal basis, for {scope}: {basis}',
  'purpose.legitimateInterest': 'Our legitimate interest: {interest}',
  /** The label's words, lower case: a stored interest that starts with them is not labelled again. */
  'purpose.legitimateInterestLead': 'our legitimate interest',
  'purpose.legalObligation': 'The legal obligation: {obligation}',
  'purpose.specialCondition': 'For special category data ({categories}): {condition}',
  'purpose.criminalOffence': 'For data relating to criminal convictions and offences ({categories}): {authority}',
  'criminalOffenceAuthority.OFFICIAL_AUTHORITY': 'processing under the control of official authority',
  'criminalOffenceAuthority.AUTHORISED_BY_LAW': 'processing authorised by {law}',
  'purpose.dataUsed': 'Data used: {categories}',
  'purpose.recipients': 'Shared with: {recipients}',
  'purpose.withdraw': 'You can withdraw your consent at any time.',
  'purpose.directMarketing': 'This is direct marketing: you can object to it at any time (see {rights}).',
  'purpose.saleOrSharing': 'This involves selling or sharing personal information as the CCPA defines these terms.',
  'purpose.automated': 'This involves automated decision-making (see {section}).',

  // recipients
  'recipients.intro': 'We share personal data only where this is necessary for the purposes described above.',
  'recipients.none': 'We do not share personal data with other organisations.',
  'recipients.tableCaption': 'Overview of recipients',
  'recipients.processors': 'Service providers (processors)',
  'recipients.processorsIntro':
    'These service providers process personal data on our behalf and only on our instructions.',
  'recipients.processorsContract':
    'We have concluded a data processing agreement with each of them that obliges them to protect the data.',
  'recipients.controllers': 'Other controllers',
  'recipients.controllersIntro':
    'These organisations receive personal data and decide themselves how they use it (independent controllers), or decide together with us (joint controllers). Their own privacy policies apply to what they do.',
  'recipients.categories': 'Other categories of recipients',
  'recipients.legalEntity': 'Legal entity: {entity}',
  'recipients.address': 'Address: {address}',
  'recipients.service': 'Service: {service}',
  'recipients.jointArrangement': 'The essence of our arrangement as joint controllers: {arrangement}',
  'recipients.data': 'Data received: {categories}',
  'recipients.privacyPolicy': 'Privacy policy of {name}',
  'recipients.optOut': 'Opt out with {name}',

  // transfers
  'transfers.intro':
    'Some recipients are located, or process personal data, in countries outside {areas}. Where a country does not offer an adequate level of data protection, we protect your data with the safeguards listed here.',
  'transfers.none': 'We do not transfer personal data to countries outside {areas}.',
  'transfers.tableCaption': 'International transfers and their safeguards',
  'transfers.variousCountries': 'various countries',
  'transfers.safeguardsIntro': 'What these safeguards mean:',
  'transfers.copy': 'You can obtain a copy of the safeguards by contacting us at {email}.',
  'transfers.withDetails': '{instruments} — {details}',

  // retention
  'retention.intro':
    'We keep personal data only for as long as we need it for the purpose for which we collected it, or as long as the law requires:',
  'retention.general': 'Our general rule: {rule}',
  'retention.followsGeneral': 'Our general rule (see above)',
  'recipients.noSale': 'We do not sell personal data.',
  'volunteered.DELETED':
    'We do not ask you for special categories of personal data (such as data about your health, religious beliefs or political opinions). If you send us such data without being asked, we delete it.',
  'volunteered.PROCESSED_WITH_EXPLICIT_CONSENT':
    'We do not ask you for special categories of personal data (such as data about your health, religious beliefs or political opinions). If you choose to give us such data, we use it only for what you gave it for, on the basis of {consent}, which you can withdraw at any time.',
  'data.aboutOthers':
    'If you give us personal data about other people ({details}), please make sure they know about this policy and that you are allowed to share their data with us.',
  'contact.enquiryResponse': 'We reply to general enquiries within {time}.',
  'responseUnit.HOURS': '{amount, plural, one {# hour} other {# hours}}',
  'responseUnit.DAYS': '{amount, plural, one {# day} other {# days}}',
  'responseUnit.BUSINESS_DAYS': '{amount, plural, one {# business day} other {# business days}}',
  'retention.tableCaption': 'Retention periods by purpose',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  // cookies
  'cookies.intro':
    'We use cookies and similar technologies. The table below lists them, who sets them, what they are for and how long they are kept.',
  'cookies.tableCaption': 'Cookies and similar technologies we use',
  'cookies.session': 'session',
  // A row that describes a group of cookies by category, and its typical duration.
  'cookies.group': '{name} (a group of cookies)',
  'cookies.typicalDuration': 'typically up to {duration}',
  'cookies.purposeWithBasis': '{purpose} ({basis})',
  // Only when every cookie that is not strictly necessary serves consent-based purposes alone.
  'cookies.onlyWithConsent': 'We set cookies that are not strictly necessary only with your consent.',

  // table headers
  'table.recipient': 'Recipient',
  'table.role': 'Role',
  'table.countries': 'Countries',
  'table.safeguards': 'Safeguards',
  'table.purpose': 'Purpose',
  'table.retention': 'Retention period',
  'table.name': 'Name',
  'table.provider': 'Provider',
  'table.kind': 'Type',
  'table.duration': 'Duration',
  'table.cookieFunction': 'What it does',
  'table.cookiePurposes': 'Purposes (legal basis)',
  'table.category': 'Category',
  'table.includes': 'What it includes',

  // rights
  'rights.intro':
    'Depending on the law that applies to you, you have the following rights. The provisions that grant each right are given with it.',
  'rights.grantedBy': 'Granted by: {references}',
  'rights.portabilityScope':
    '{regimes, select, all {This right covers} other {Under {reference}, this right covers}} personal data we process by automated means on the basis of your consent or of a contract with you, which is the case for: {purposes}.',
  'rights.portabilityNone':
    '{regimes, select, all {This right covers only} other {Under {reference}, this right covers only}} personal data we process by automated means on the basis of your consent or of a contract with you; none of our processing rests on either basis.',
  'rights.withdrawHeading': 'Withdrawing your consent',
  'rights.withdraw':
    'Where we rely on your consent ({purposes}), you can withdraw your consent at any time, as easily as you gave it, for example by writing to {email}. Withdrawing your consent does not affect the lawfulness of processing before the withdrawal.',
  'rights.consentCookies': 'cookies that are not strictly necessary',
  'rights.withdrawOnline': 'You can also withdraw every consent you have given us in one step on {link}.',
  'rights.withdrawLink': 'our consent withdrawal page',
  'rights.objectHeading': 'Your right to object',
  'rights.object':
    'You have the right to object at any time, on grounds relating to your particular situation, to processing of your personal data based on legitimate interests or on a task in the public interest.',
  'rights.objectMarketing':
    'You have the right to object at any time to the use of your personal data for direct marketing, including profiling related to it. If you object, we will no longer use your data for direct marketing.',
  'rights.exerciseHeading': 'How to exercise your rights',
  'rights.exerciseEmail': 'To exercise your rights, write to us at {email}.',
  'rights.exerciseUrl': 'You can also use {link}.',
  'rights.exerciseChannel': 'You can also {channel}.',
  'rights.formLink': 'our online request form',
  'rights.verify':
    'We may ask you to confirm your identity before we act on a request. We answer within the time limits set by law.',
  'rights.free': 'We handle requests free of charge unless a request is manifestly unfounded or excessive.',
  'rights.fee': 'We may charge a reasonable fee for a request where the law allows it.',
  'rights.complaintHeading': 'Complaints to a supervisory authority',
  'rights.complaint':
    'If you believe that we process your personal data unlawfully, you have the right to lodge a complaint with a supervisory authority, in particular in the country where you live or work or where the alleged infringement took place.',
  'rights.authority': 'The supervisory authority responsible for us is {authority}.',
  'rights.authorities':
    '{count, plural, one {The supervisory authority responsible for us is:} other {The supervisory authorities responsible for us are:}}',
  'rights.authorityRegimes': 'Responsible under',
  'rights.authorityEstablishment': 'Responsible for our establishment',

  // California
  'ca.intro':
    'This notice applies to residents of California and supplements the rest of this policy, as required by the {law}.',
  'ca.categoriesIntro':
    'In the preceding 12 months we have collected the following categories of personal information. The table shows for each category where it comes from, why we use it, and the recipients to whom we disclose it for a business purpose or sell or share it. How long we keep it is set out above.',
  'ca.tableCaption': 'Categories of personal information collected',
  'ca.sells':
    'We sell or share personal information, as the CCPA defines these terms, for the following purposes: {purposes}.',
  'ca.sellsGeneral': 'We sell or share personal information, as the CCPA defines these terms.',
  'ca.doesNotSell': 'We do not sell or share personal information, as the CCPA defines these terms.',
  'ca.notSoldPastYear': 'We have not sold or shared personal information in the preceding 12 months.',
  'ca.soldPastYear': 'In the preceding 12 months we have sold or shared personal information.',
  'ca.optOut':
    'You have the right to opt out of the sale or sharing of your personal information. To opt out, write to us at {email}.',
  'ca.optOutLink': 'You can also opt out with {link}.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'We use sensitive personal information only for the purposes the CCPA permits without a right to limit its use (11 CCR § 7027(m)).',
  'ca.limit':
    'You have the right to limit the use of your sensitive personal information to what is necessary to provide the goods or services you request. To do so, write to us at {email}.',
  'ca.nonDiscrimination':
    'We will not discriminate against you for exercising your privacy rights, for example by denying you goods or services, charging you different prices or providing a different quality of service.',
  'ca.columnSources': 'Sources',
  'ca.columnPurposes': 'Purposes',
  'ca.columnDisclosedTo': 'Disclosed for a business purpose to',
  'ca.columnSoldOrSharedTo': 'Sold or shared to',
  'ca.minorsNoKnowledge':
    'We do not have actual knowledge that we sell or share the personal information of consumers under 16 years of age.',
  'ca.minorsAuthorised':
    'We sell or share the personal information of consumers under 16 years of age only with their affirmative authorisation or, for consumers under 13, that of their parent or guardian.',
  'ca.signals':
    'We process opt-out preference signals, such as the Global Privacy Control (GPC), as a valid request to opt out of the sale or sharing of personal information: for the browser or device that sends the signal and any consumer profile associated with it, including pseudonymous profiles, and for you as a consumer if we know who you are. To send such a signal, turn it on in a browser or browser extension that supports it.',
  'ca.limitLink': 'You can also limit its use with {link}.',
  'ca.limitLinkText': 'Limit the Use of My Sensitive Personal Information',
  'ca.tollFree': 'You can also make a request by calling us toll-free at {phone}.',
  'ca.verification':
    'Before we act on a request to know, delete or correct personal information, we verify your identity as follows: {process}',
  'ca.noIncentives':
    'We do not offer financial incentives or price or service differences in exchange for personal information.',
  'ca.incentives':
    'We offer financial incentives related to the collection, retention or sale of personal information. Their terms, and how you can take part and withdraw at any time, are set out in {link}.',
  'ca.incentivesLinkText': 'our notice of financial incentive',
  'ca.lastUpdated': 'This privacy policy was last updated on {date}.',

  // Brazil
  'br.intro':
    'This notice applies where the Brazilian General Data Protection Law (LGPD, Law No. 13,709/2018) applies to the processing of your personal data, and supplements the rest of this policy.',
  'br.condition':
    'Providing the following data is a condition for receiving our products or services: {categories}. If you do not provide it, we cannot provide them. You can exercise your rights as a data subject under Art. 18 LGPD (see {rights}) at any time by writing to {email}.',
  'br.children':
    'We process personal data of children and adolescents. The types of data we collect and how we use them: {types}',
  'br.parentalConsent':
    'Where we process the personal data of a child (under 12) on the basis of consent, we do so only with the specific and highlighted consent of at least one parent or legal guardian, which we obtain and check as follows: {process}',
  'br.childrenRights':
    'Parents and legal guardians can exercise the data subject’s rights on the child’s behalf (see {rights}).',
  'br.noChildren': 'We do not process personal data of children or adolescents.',

  // Canada
  'pipeda.accountable':
    'We have designated an individual who is accountable for our compliance with the Personal Information Protection and Electronic Documents Act (PIPEDA) and the principles in its Schedule 1. You can send questions and complaints about how we handle personal information to this person:',
  'pipeda.title': 'Title',

  // children
  'children.body':
    'Our services are not directed at children under {age}. We do not knowingly collect personal data from children under {age}. If you believe that a child under {age} has given us personal data, please contact us at {email} and we will delete it.',

  // security
  'security.intro': 'We protect personal data with appropriate technical and organisational measures, including:',

  // automated decisions
  'automated.none':
    'We do not use automated decision-making: we make no decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.',
  'automated.intro':
    'In the following cases we make decisions based solely on automated processing (automated decision-making). We explain the logic involved and what it means for you:',
  'automated.safeguards':
    'You can ask for a person to review such an automated decision, express your point of view and contest the decision.',

  // changes
  'changes.version': 'This is version {version} of this policy, effective from {date}.',
  'changes.policyUrl': 'We also publish this policy on our website at {link}.',
  'changes.draft': 'This is a draft of this policy that has not been published.',
  'changes.publicUrl': 'The current version is always available at {link}.',

  // contact
  'contact.intro':
    'If you have any questions about this policy or about how we use your personal data, please contact us:',
  'contact.postal': 'Post',
  'contact.dpo': 'You can also contact our data protection officer: {contact}.',

  // enums ----------------------------------------------------------------------------------------------------
  'legalBasis.CONSENT': 'your consent',
  'legalBasis.CONTRACT': 'performance of a contract with you, or steps at your request before entering into one',
  'legalBasis.LEGAL_OBLIGATION': 'compliance with a legal obligation',
  'legalBasis.VITAL_INTERESTS': 'protection of your vital interests or those of another person',
  'legalBasis.PUBLIC_TASK': 'performance of a task carried out in the public interest',
  'legalBasis.LEGITIMATE_INTERESTS': 'our legitimate interests',

  'specialCondition.EXPLICIT_CONSENT': 'your explicit consent',
  'specialCondition.EMPLOYMENT_AND_SOCIAL_SECURITY':
    'obligations and rights in employment, social security and social protection law',
  'specialCondition.VITAL_INTERESTS': 'protection of vital interests where you cannot give consent',
  'specialCondition.NOT_FOR_PROFIT_BODY': 'legitimate activities of a not-for-profit body',
  'specialCondition.MADE_PUBLIC_BY_SUBJECT': 'data you have manifestly made public',
  'specialCondition.LEGAL_CLAIMS': 'the establishment, exercise or defence of legal claims',
  'specialCondition.SUBSTANTIAL_PUBLIC_INTEREST': 'reasons of substantial public interest',
  'specialCondition.HEALTH_OR_SOCIAL_CARE': 'health or social care',
  'specialCondition.PUBLIC_HEALTH': 'reasons of public interest in public health',
  'specialCondition.ARCHIVING_RESEARCH_STATISTICS':
    'archiving, scientific or historical research or statistical purposes',

  'specialCategory.RACIAL_OR_ETHNIC_ORIGIN': 'racial or ethnic origin',
  'specialCategory.POLITICAL_OPINIONS': 'political opinions',
  'specialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS': 'religious or philosophical beliefs',
  'specialCategory.TRADE_UNION_MEMBERSHIP': 'trade union membership',
  'specialCategory.GENETIC': 'genetic data',
  'specialCategory.BIOMETRIC': 'biometric data',
  'specialCategory.HEALTH': 'health data',
  'specialCategory.SEX_LIFE_OR_ORIENTATION': 'sex life or sexual orientation',
  'specialCategory.CRIMINAL_OFFENCES': 'criminal convictions and offences',

  'source.SUBJECT': 'from you directly',
  'source.THIRD_PARTY': 'from third parties',
  'source.PUBLIC': 'from publicly available sources',
  'source.AUTOMATIC': 'automatically, when you use our services',

  'requirement.VOLUNTARY': 'Providing this data is voluntary.',
  'requirement.CONTRACTUAL': 'Providing this data is a contractual requirement.',
  'requirement.PRE_CONTRACTUAL': 'You need to provide this data to enter into a contract with us.',
  'requirement.STATUTORY': 'Providing this data is a statutory requirement.',

  'ccpa.IDENTIFIERS': 'Identifiers',
  'ccpa.CUSTOMER_RECORDS': 'Customer records (Cal. Civ. Code § 1798.80(e))',
  'ccpa.PROTECTED_CLASSIFICATIONS': 'Characteristics of protected classifications',
  'ccpa.COMMERCIAL_INFORMATION': 'Commercial information',
  'ccpa.BIOMETRIC_INFORMATION': 'Biometric information',
  'ccpa.INTERNET_ACTIVITY': 'Internet or other electronic network activity information',
  'ccpa.GEOLOCATION': 'Geolocation data',
  'ccpa.SENSORY_DATA': 'Audio, electronic, visual, thermal, olfactory or similar information',
  'ccpa.PROFESSIONAL_INFORMATION': 'Professional or employment-related information',
  'ccpa.EDUCATION_INFORMATION': 'Education information',
  'ccpa.INFERENCES': 'Inferences drawn to create a profile',
  'ccpa.SENSITIVE_PERSONAL_INFORMATION': 'Sensitive personal information',

  'role.PROCESSOR': 'processor',
  'role.INDEPENDENT_CONTROLLER': 'independent controller',
  'role.JOINT_CONTROLLER': 'joint controller',
  'role.CATEGORY': 'category of recipients',

  'instrument.EU_ADEQUACY_DECISION': 'adequacy decision of the European Commission',
  'instrument.EU_STANDARD_CONTRACTUAL_CLAUSES': 'standard contractual clauses of the European Commission',
  'instrument.EU_US_DATA_PRIVACY_FRAMEWORK': 'EU-US Data Privacy Framework',
  'instrument.EU_BINDING_CORPORATE_RULES': 'binding corporate rules',
  'instrument.EU_DEROGATION': 'derogation for a specific situation',
  'instrument.UK_ADEQUACY_REGULATIONS': 'UK adequacy regulations',
  'instrument.UK_IDTA': 'International Data Transfer Agreement',
  'instrument.UK_ADDENDUM': 'UK Addendum to the standard contractual clauses of the European Commission',
  'instrument.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'UK Extension to the EU-US Data Privacy Framework',
  'instrument.UK_BINDING_CORPORATE_RULES': 'binding corporate rules',
  'instrument.UK_DEROGATION': 'derogation for a specific situation',
  'instrument.CH_ADEQUACY_DECISION': 'adequacy decision of the Swiss Federal Council',
  'instrument.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'standard contractual clauses of the European Commission, as recognised by the FDPIC',
  'instrument.CH_US_DATA_PRIVACY_FRAMEWORK': 'Swiss-US Data Privacy Framework',
  'instrument.CH_BINDING_CORPORATE_RULES': 'binding corporate rules',
  'instrument.CH_EXCEPTION': 'exception for a specific situation',
  'instrument.BR_STANDARD_CONTRACTUAL_CLAUSES': 'standard contractual clauses of the ANPD',
  'instrument.BR_GLOBAL_CORPORATE_RULES': 'global corporate rules',
  'instrument.BR_DEROGATION': 'transfer allowed for a specific situation',

  'instrumentRef.EU_ADEQUACY_DECISION': 'Art. 45(3) GDPR',
  'instrumentRef.EU_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 46(2)(c) GDPR',
  'instrumentRef.EU_US_DATA_PRIVACY_FRAMEWORK': 'Art. 45(3) GDPR',
  'instrumentRef.EU_BINDING_CORPORATE_RULES': 'Art. 46(2)(b) and Art. 47 GDPR',
  'instrumentRef.EU_DEROGATION': 'Art. 49(1) GDPR',
  'instrumentRef.UK_ADEQUACY_REGULATIONS': 'Art. 45(1) UK GDPR and s.17A DPA 2018',
  'instrumentRef.UK_IDTA': 'Art. 46(2)(d) UK GDPR and s.119A DPA 2018',
  'instrumentRef.UK_ADDENDUM': 'Art. 46(2)(d) UK GDPR and s.119A DPA 2018',
  'instrumentRef.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'Art. 45(1) UK GDPR and s.17A DPA 2018',
  'instrumentRef.UK_BINDING_CORPORATE_RULES': 'Art. 46(2)(b) and Art. 47 UK GDPR',
  'instrumentRef.UK_DEROGATION': 'Art. 49(1) UK GDPR',
  'instrumentRef.CH_ADEQUACY_DECISION': 'Art. 16(1) FADP',
  'instrumentRef.CH_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 16(2)(d) FADP',
  'instrumentRef.CH_US_DATA_PRIVACY_FRAMEWORK': 'Art. 16(1) FADP',
  'instrumentRef.CH_BINDING_CORPORATE_RULES': 'Art. 16(2)(e) FADP',
  'instrumentRef.CH_EXCEPTION': 'Art. 17 FADP',
  'instrumentRef.BR_STANDARD_CONTRACTUAL_CLAUSES': 'Art. 33, II, b LGPD',
  'instrumentRef.BR_GLOBAL_CORPORATE_RULES': 'Art. 33, II, c LGPD',
  'instrumentRef.BR_DEROGATION': 'Art. 33, III to IX LGPD',

  'instrumentInfo.EU_ADEQUACY_DECISION':
    'The European Commission has decided that the country ensures an adequate level of protection for personal data.',
  'instrumentInfo.EU_STANDARD_CONTRACTUAL_CLAUSES':
    'Contract terms adopted by the European Commission in Implementing Decision (EU) 2021/914 of 4 June 2021, by which the recipient undertakes to protect the data.',
  'instrumentInfo.EU_US_DATA_PRIVACY_FRAMEWORK':
    'Certification of the organisation receiving the data in the United States under the EU-US Data Privacy Framework. In Implementing Decision (EU) 2023/1795 of 10 July 2023, the European Commission found that certified organisations ensure an adequate level of protection.',
  'instrumentInfo.EU_BINDING_CORPORATE_RULES':
    'Data protection rules binding on every company of the recipient’s group, approved by a supervisory authority.',
  'instrumentInfo.EU_DEROGATION':
    'A transfer allowed for a specific situation under Art. 49 GDPR, as described for the recipient concerned.',
  'instrumentInfo.UK_ADEQUACY_REGULATIONS':
    'The United Kingdom has found, in adequacy regulations, that the country ensures an adequate level of protection for personal data.',
  'instrumentInfo.UK_IDTA':
    'The International Data Transfer Agreement (IDTA) issued by the UK Information Commissioner under section 119A of the Data Protection Act 2018, in force since 21 March 2022, by which the recipient undertakes to protect the data.',
  'instrumentInfo.UK_ADDENDUM':
    'The addendum issued by the UK Information Commissioner under section 119A of the Data Protection Act 2018, in force since 21 March 2022, which makes the European Commission’s standard contractual clauses valid for transfers from the United Kingdom.',
  'instrumentInfo.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'Participation of the organisation receiving the data in the United States in the UK Extension to the EU-US Data Privacy Framework. The UK government found transfers to participating organisations adequate in the Data Protection (Adequacy) (United States of America) Regulations 2023, in force since 12 October 2023.',
  'instrumentInfo.UK_BINDING_CORPORATE_RULES':
    'Data protection rules binding on every company of the recipient’s group, approved by the UK Information Commissioner.',
  'instrumentInfo.UK_DEROGATION':
    'A transfer allowed for a specific situation under Art. 49 UK GDPR, as described for the recipient concerned.',
  'instrumentInfo.CH_ADEQUACY_DECISION':
    'The Swiss Federal Council has decided that the country ensures an adequate level of data protection (Annex 1 to the Data Protection Ordinance).',
  'instrumentInfo.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'The European Commission’s standard contractual clauses (Implementing Decision (EU) 2021/914), recognised by the Federal Data Protection and Information Commissioner (FDPIC) and adapted as Swiss law requires, by which the recipient undertakes to protect the data.',
  'instrumentInfo.CH_US_DATA_PRIVACY_FRAMEWORK':
    'Certification of the organisation receiving the data in the United States under the Swiss-US Data Privacy Framework, which the Swiss Federal Council has recognised as ensuring an adequate level of protection since 15 September 2024.',
  'instrumentInfo.CH_BINDING_CORPORATE_RULES':
    'Data protection rules binding on every company of the recipient’s group, approved by the FDPIC or by the data protection authority of a State with adequate protection.',
  'instrumentInfo.CH_EXCEPTION':
    'A transfer allowed for a specific situation under Art. 17 FADP, as described for the recipient concerned.',
  'instrumentInfo.BR_STANDARD_CONTRACTUAL_CLAUSES':
    'The standard contractual clauses approved by the Brazilian National Data Protection Authority (ANPD) in Resolution CD/ANPD No. 19 of 23 August 2024, by which the recipient undertakes to protect the data.',
  'instrumentInfo.BR_GLOBAL_CORPORATE_RULES':
    'Data protection rules binding on every company of the recipient’s group, approved by the ANPD under Resolution CD/ANPD No. 19 of 23 August 2024.',
  'instrumentInfo.BR_DEROGATION':
    'A transfer allowed for a specific situation under Art. 33 LGPD, as described for the recipient concerned.',

  'transfersFrom.EEA': 'Transfers from the European Economic Area (GDPR)',
  'transfersFrom.UK': 'Transfers from the United Kingdom (UK GDPR)',
  'transfersFrom.CH': 'Transfers from Switzerland (FADP)',
  'transfersFrom.BR': 'Transfers from Brazil (LGPD)',

  'area.EEA': 'the European Economic Area (EEA)',
  'area.UK': 'the United Kingdom',
  'area.CH': 'Switzerland',
  'area.BR': 'Brazil',

  'retentionUnit.DAYS': '{amount, plural, one {# day} other {# days}}',
  'retentionUnit.WEEKS': '{amount, plural, one {# week} other {# weeks}}',
  'retentionUnit.MONTHS': '{amount, plural, one {# month} other {# months}}',
  'retentionUnit.YEARS': '{amount, plural, one {# year} other {# years}}',

  'retentionTrigger.COLLECTION': 'from collection',
  'retentionTrigger.END_OF_RELATIONSHIP': 'from the end of the relationship',
  'retentionTrigger.END_OF_ENQUIRY': 'from the end of the enquiry',
  'retentionTrigger.LAST_INTERACTION': 'from your last interaction with us',
  'retentionTrigger.END_OF_RECRUITMENT': 'from the end of the recruitment process',
  'retentionTrigger.CONSENT_WITHDRAWN': 'from the withdrawal of your consent',
  'retentionTrigger.END_OF_FINANCIAL_YEAR': 'from the end of the financial year',

  'cookieKind.STRICTLY_NECESSARY': 'strictly necessary',
  'cookieKind.FUNCTIONAL': 'functional',
  'cookieKind.ANALYTICS': 'analytics',
  'cookieKind.MARKETING': 'marketing',

  'cookieUnit.MINUTES': '{amount, plural, one {# minute} other {# minutes}}',
  'cookieUnit.HOURS': '{amount, plural, one {# hour} other {# hours}}',
  'cookieUnit.DAYS': '{amount, plural, one {# day} other {# days}}',
  'cookieUnit.MONTHS': '{amount, plural, one {# month} other {# months}}',
  'cookieUnit.YEARS': '{amount, plural, one {# year} other {# years}}',

  'right.ACCESS': 'Right of access',
  'right.RECTIFICATION': 'Right to rectification',
  'right.ERASURE': 'Right to erasure',
  'right.RESTRICTION': 'Right to restriction of processing',
  'right.OBJECTION': 'Right to object',
  'right.PORTABILITY': 'Right to data portability',
  'right.WITHDRAW_CONSENT': 'Right to withdraw consent',
  'right.AUTOMATED_DECISIONS': 'Rights in automated decision-making',
  'right.COMPLAIN': 'Right to lodge a complaint',
  'right.OPT_OUT_SALE_SHARING': 'Right to opt out of sale or sharing',
  'right.LIMIT_SENSITIVE_USE': 'Right to limit the use of sensitive personal information',
  'right.NON_DISCRIMINATION': 'Right to non-discrimination',

  'rightInfo.ACCESS':
    'You can ask whether we process personal data about you and, if we do, for a copy of it and information about how we use it.',
  'rightInfo.RECTIFICATION': 'You can ask us to correct inaccurate personal data and to complete incomplete data.',
  'rightInfo.ERASURE':
    'You can ask us to delete your personal data, for example when we no longer need it or you withdraw your consent.',
  'rightInfo.RESTRICTION':
    'You can ask us to restrict the processing of your personal data, for example while we check its accuracy.',
  'rightInfo.OBJECTION':
    'You can object to processing based on legitimate interests or a public task, and at any time to direct marketing.',
  'rightInfo.PORTABILITY':
    'You can receive personal data you gave us in a structured, commonly used and machine-readable format, or ask us to send it to another organisation.',
  'rightInfo.WITHDRAW_CONSENT':
    'Where we rely on your consent, you can withdraw your consent at any time, with effect for the future.',
  'rightInfo.AUTOMATED_DECISIONS':
    'You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you.',
  'rightInfo.COMPLAIN': 'You can lodge a complaint with a supervisory authority.',
  'rightInfo.OPT_OUT_SALE_SHARING': 'You can tell us not to sell or share your personal information.',
  'rightInfo.LIMIT_SENSITIVE_USE':
    'You can ask us to limit the use of your sensitive personal information to what is necessary to provide our services.',
  'rightInfo.NON_DISCRIMINATION': 'We will not treat you differently because you exercise your rights.',

  'measure.ENCRYPTION_IN_TRANSIT': 'encryption of data in transit',
  'measure.ENCRYPTION_AT_REST': 'encryption of stored data',
  'measure.ACCESS_CONTROL': 'access control on a need-to-know basis',
  'measure.PSEUDONYMISATION': 'pseudonymisation where possible',
  'measure.STAFF_TRAINING': 'regular data protection training for staff',
  'measure.CONFIDENTIALITY_AGREEMENTS': 'confidentiality obligations for everyone with access to personal data',
  'measure.BACKUPS': 'regular backups',
  'measure.PENETRATION_TESTING': 'regular security and penetration testing',
  'measure.INCIDENT_RESPONSE': 'a documented procedure for responding to security incidents',
  'measure.CERTIFIED_ISMS': 'a certified information security management system',

  'representative.EU': 'Representative in the European Union (Art. 27 GDPR)',
  'representative.UK': 'Representative in the United Kingdom (Art. 27 UK GDPR)',
  'representative.CH': 'Representative in Switzerland (Art. 14 FADP)',
  'regime.EU_GDPR': 'EU GDPR',
  'regime.UK_GDPR': 'UK GDPR',
  'regime.CCPA_CPRA': 'CCPA/CPRA',
  'regime.LGPD': 'LGPD',
  'regime.PIPEDA': 'PIPEDA',
  'regime.CH_FADP': 'Swiss FADP',
  'processorRequests.FORWARDED_TO_CUSTOMER':
    'We pass on to the customer concerned any request about that data that we receive, and support it in answering.',
  'processorRequests.REFERRED_TO_CUSTOMER':
    'If you send such a request to us, we will refer you to the customer concerned.',
  'dpf.recourse.EU_DPA_PANEL': 'the panel established by the EU data protection authorities',
  'dpf.recourse.EU_ADR_PROVIDER': '{name}, an alternative dispute resolution provider based in the European Union',
  'dpf.recourse.US_ADR_PROVIDER': '{name}, an alternative dispute resolution provider based in the United States',
  'dpf.body.FTC': 'the U.S. Federal Trade Commission (FTC)',
  'dpf.body.DOT': 'the U.S. Department of Transportation',

  'agentProof.SIGNED_PERMISSION':
    'You can use an authorised agent to make a request on your behalf. We ask the agent for proof that you gave them signed permission to do so.',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION':
    'You can use an authorised agent to make a request on your behalf. We ask the agent for proof that you gave them signed permission to do so, and we may ask you to verify your own identity with us or to confirm that you gave the agent permission.',
} satisfies Record<EnumMessageKey, string> & Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
