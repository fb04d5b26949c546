import type { DemoTenant } from './demo-tenant.js';
import { cloudOpsTranslations } from './cloudops.translations.js';

/**
 * CloudOps JSC's "Privacy Policy & Terms of Use" (undated), from `003_6e034c90af08bdc7.txt`: a GDPR policy
 * built from per-tool sections (hosting, analytics, calendar, video conferences, bot protection, CRM).
 *
 * The published text leaves the controller's postal address blank, so the profile has no office. It names no
 * particular supervisory authority (only "the competent supervisory agency"). Where a section gives several legal
 * bases, each becomes its own purpose; where it relies on the policy's general transfer rule ("standard contractual
 * clauses with the provider") rather than saying so itself (reCAPTCHA, Zapier, Pipedrive, AWS), the recipient
 * carries standard contractual clauses. AWS's and Zapier's legal entities and AWS's address are the companies' own.
 *
 * Zoom processes meeting data on our instructions under a data processing agreement: a processor. The text's
 * exception, that Zoom may analyse user data for service and security purposes and use it for its own marketing,
 * is use for Zoom's own purposes, which a processor may not make (GDPR Art. 28(10)): for that use Zoom is an
 * independent controller, so it is a second recipient with that role.
 */

const OPTIMISED_OFFERING =
  'A technologically perfect online offering, designed and optimised in an economically efficient manner';

/** The policy's general storage rule, which most sections repeat. */
const AS_LONG_AS_NEEDED =
  'Only as long as required by the purpose of the processing; longer where we still need the data to pursue our rights or for our other legitimate interests, or where the law requires us to keep it (for example record-keeping under tax law).';

const ZOOM_ADDRESS = {
  streetAddress: '55 Almaden Boulevard, 6th Floor',
  locality: 'San Jose',
  region: 'CA',
  postalCode: '95113',
  country: 'US',
};
const ZOOM_TRANSFER =
  'We have a contract based on the EU standard contractual clauses with Zoom, in which it guarantees to protect your data in compliance with the GDPR.';

const GOOGLE_IRELAND = {
  streetAddress: 'Gordon House, Barrow Street',
  locality: 'Dublin',
  postalCode: 'D04 E5W5',
  country: 'IE',
};
const GOOGLE_PRIVACY = 'https://www.google.de/intl/de/policies/privacy/';
const GOOGLE_DPA =
  'Under our data processing agreement with Google (the Google Ads Data Processing Terms, https://business.safety.google/adsprocessorterms/), Google processes your data only on our instructions and transfers it to the USA only on the basis of the standard contractual clauses.';

export const cloudOps: DemoTenant = {
  source: '003_6e034c90af08bdc7.txt',
  profile: {
    slug: 'cloudops',
    legalName: 'CloudOps JSC',
    contactEmail: 'info@cloudops.vn',
    // "CloudOps JSC", info@cloudops.vn: a Vietnamese joint-stock company (the source elides its address as "……"),
    // with no establishment in the EU that the policy names.
    establishedIn: 'VN',
    // "the existing data-protection law, in particular the General Data Protection Regulation (GDPR)"
    jurisdictions: ['EU_GDPR'],
    defaultLanguage: 'en',
  },
  settings: {
    securityMeasures: ['ENCRYPTION_IN_TRANSIT', 'PSEUDONYMISATION'],
    // Answers behind statements of absence: Google "may transfer [data] to countries outside of the EU, in
    // particular to the USA"; information is provided "free of charge"; no automated decisions are described.
    automatedDecisionMaking: false,
    internationalTransfers: true,
    disclosesPersonalData: true,
    rightsRequestsFreeOfCharge: true,
    // "In general, your data will only remain stored as long as required by the purpose of the respective data
    // processing. A longer storage is an option, in particular when required in order to pursue our rights, for other
    // legitimate interests of ours or when there is a statutory duty …": the company-wide rule, stated once.
    generalRetention: { criteria: AS_LONG_AS_NEEDED },
    publishedLanguages: ['de', 'fr'],
    changeNotice:
      'If factual or legal reasons compel us to amend this privacy policy, we will update this page accordingly. This will not change the consent you have given.',
  },

  audiences: [
    {
      key: 'visitors',
      name: 'Visitors to our website',
      description: 'Everyone who uses our website, whatever the device or software.',
    },
    {
      key: 'customers',
      name: 'Customers',
      description: 'Users who establish, negotiate or amend a contract with us, including one without remuneration.',
    },
    {
      key: 'enquirers',
      name: 'People who contact us',
      description:
        'People who contact us electronically or through a contact form, request an offer or a return call, or make an appointment.',
    },
    {
      key: 'participants',
      name: 'Participants in our online meetings',
      description: 'People who take part in our video conferences, webinars and online meetings.',
    },
  ],

  dataCategories: [
    {
      key: 'inventory',
      name: 'Inventory data',
      description:
        'Customer data (for example name and address), contact data (for example e-mail address and phone number) and service data (for example services ordered, duration and payment), as far as necessary to establish, negotiate or amend a contract.',
      sources: ['SUBJECT'],
      requirement: 'PRE_CONTRACTUAL',
      consequenceOfNotProviding:
        'We cannot provide our services or conclude a contract with you. We tell you which information is required.',
    },
    {
      key: 'usage',
      name: 'Usage data',
      description:
        'Usage information (for example visited websites or parts, duration of visit, interest in services), content data (for example data, text, images, sounds and videos you enter or upload) and meta data (for example identity of your device, location and IP address).',
      sources: ['SUBJECT', 'AUTOMATIC'],
      // "All data that you enter in our website is provided voluntarily"
      requirement: 'VOLUNTARY',
    },
    {
      key: 'server-logs',
      name: 'Server log files',
      description:
        'Your IP address, type and version of your browser, host name, time of visit, the page from which you came to our page, name of the page opened, exact time of usage and the amount of data transferred. Used only for statistical purposes; they do not allow us to identify you.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'requests',
      name: 'Contact request data',
      description:
        'What you give us when you contact us by mail, fax, phone, messenger or a contact form, or ask for an offer: for example name, contact information and the content of your request.',
      sources: ['SUBJECT'],
      // "All data that you enter in our website is provided voluntarily"
      requirement: 'VOLUNTARY',
    },
    {
      key: 'return-call',
      name: 'Return-call data',
      description:
        'Your first name (so we can address you personally), your phone number (so we can call you) and your e-mail address (so we can confirm your request).',
      sources: ['SUBJECT'],
      // "All data that you enter in our website is provided voluntarily"
      requirement: 'VOLUNTARY',
    },
    {
      key: 'appointments',
      name: 'Appointment data',
      description: 'The data requested in the Pipedrive appointment form, and your IP address at the time of entry.',
      sources: ['SUBJECT', 'AUTOMATIC'],
      // "All data that you enter in our website is provided voluntarily"
      requirement: 'VOLUNTARY',
    },
    {
      key: 'meetings',
      name: 'Online meeting data',
      description:
        'Contractual data (such as name and e-mail), usage data (such as the browser used, visited websites, duration of the visit, referrer URL and IP address) and content data (audio and video communication and recordings, chat protocols, shared screen content).',
      sources: ['SUBJECT', 'AUTOMATIC'],
      // "All data that you enter in our website is provided voluntarily"
      requirement: 'VOLUNTARY',
    },
    {
      key: 'analytics',
      name: 'Website usage profiles',
      description:
        'Pseudonymous profiles of how you use our website, built with cookies. Your IP address is anonymised (anonymizeIp) before it is transferred to Google.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'bot-detection',
      name: 'Bot-detection data',
      description:
        'IP address of the device used, identification of the browser and the operating system, date and duration of the visit, and user behaviour such as mouse movements.',
      sources: ['AUTOMATIC'],
    },
  ],

  recipients: [
    {
      key: 'aws',
      name: 'Amazon Web Services',
      role: 'PROCESSOR',
      legalEntity: 'Amazon Web Services, Inc.',
      address: {
        streetAddress: '410 Terry Avenue North',
        locality: 'Seattle',
        region: 'WA',
        postalCode: '98109',
        country: 'US',
      },
      country: 'US',
      service:
        'Hosting: presents our website on the internet and stores the server log files, under a data processing agreement that obliges it to follow our instructions.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      privacyPolicyUrl: 'https://aws.amazon.com/service-terms/',
      dataCategories: ['server-logs', 'usage', 'inventory', 'requests'],
    },
    {
      key: 'google-analytics',
      name: 'Google Analytics',
      role: 'PROCESSOR',
      legalEntity: 'Google Ireland Limited',
      address: GOOGLE_IRELAND,
      country: 'IE',
      processingCountries: ['US'],
      service:
        'Website analytics: pseudonymous profiles of how our website is used, which we use to improve our offers. Google does not combine your data with other data it collects to find out your identity.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails: GOOGLE_DPA,
      privacyPolicyUrl: GOOGLE_PRIVACY,
      optOutUrl: 'http://tools.google.com/dlpage/gaoptout',
      dataCategories: ['analytics'],
    },
    {
      key: 'tag-manager',
      name: 'Google Tag Manager',
      role: 'PROCESSOR',
      legalEntity: 'Google Ireland Limited',
      address: GOOGLE_IRELAND,
      country: 'IE',
      processingCountries: ['US'],
      service:
        'Administering the tags of our website. The Tag Manager itself works without cookies and collects no personal data; it only activates other tags, which this policy describes, and respects your cookie settings.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails: GOOGLE_DPA,
      privacyPolicyUrl: GOOGLE_PRIVACY,
    },
    {
      key: 'recaptcha',
      name: 'Google reCAPTCHA',
      role: 'PROCESSOR',
      legalEntity: 'Google Ireland Limited',
      address: { ...GOOGLE_IRELAND, streetAddress: 'Gordon House, 4 Barrow St' },
      country: 'IE',
      processingCountries: ['US'],
      service: 'Checks whether entries on our website are made by a human or by automated machine processing.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails:
        'Personal data can be transferred to a server of Google in the USA. The IP address is connected with your Google account only if you are logged into it when using reCAPTCHA.',
      privacyPolicyUrl: GOOGLE_PRIVACY,
      dataCategories: ['bot-detection'],
    },
    {
      key: 'pipedrive',
      name: 'Pipedrive',
      role: 'PROCESSOR',
      legalEntity: 'Pipedrive OÜ',
      address: { streetAddress: 'Mustamäe tee 3a', locality: 'Tallinn', postalCode: '10615', country: 'EE' },
      country: 'EE',
      processingCountries: ['DE', 'US'],
      service:
        'Pipedrive CRM: our online calendar for appointments, and our integrated hosting and marketing solution (content management, contact forms, newsletter software, tracking and analysis, customer relationship management), under a data processing contract.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails:
        'All Pipedrive databases are stored in Frankfurt, Germany; your data might be transmitted to the USA.',
      privacyPolicyUrl: 'https://www.pipedrive.com/en/privacy',
      dataCategories: ['appointments', 'requests', 'usage'],
    },
    {
      key: 'miro',
      name: 'Miro',
      role: 'PROCESSOR',
      legalEntity: 'Miro Inc.',
      address: {
        streetAddress: '201 Spear St #1100',
        locality: 'San Francisco',
        region: 'CA',
        postalCode: '94105',
        country: 'US',
      },
      country: 'US',
      service:
        'Whiteboards integrated into our video conferences. Miro stores customer information on its servers, used only for statistical purposes.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails:
        'Our data-processing agreement with Miro allows the transfer of your data to the USA only within the framework of the standard contractual clauses.',
      privacyPolicyUrl: 'https://miro.com/legal/privacy-policy/',
      dataCategories: ['meetings'],
    },
    {
      key: 'zoom',
      name: 'Zoom',
      role: 'PROCESSOR',
      legalEntity: 'Zoom Video Communications, Inc.',
      address: ZOOM_ADDRESS,
      country: 'US',
      service:
        'Video conferences, audio conferences, webinars and other online meetings, under a data processing agreement that obliges it to follow our instructions.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails: ZOOM_TRANSFER,
      privacyPolicyUrl: 'https://zoom.us/privacy',
      dataCategories: ['meetings'],
    },
    {
      key: 'zoom-own-purposes',
      name: 'Zoom, for its own purposes',
      role: 'INDEPENDENT_CONTROLLER',
      legalEntity: 'Zoom Video Communications, Inc.',
      address: ZOOM_ADDRESS,
      country: 'US',
      service:
        'Zoom may also analyse user data for service and security purposes, and use it for its own marketing purposes, under its own terms (https://zoom.us/terms) and privacy policy (https://zoom.us/privacy). Otherwise, neither we nor Zoom pass your data to third parties.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      transferDetails: ZOOM_TRANSFER,
      dataCategories: ['meetings'],
    },
    {
      key: 'zapier',
      name: 'Zapier',
      role: 'PROCESSOR',
      legalEntity: 'Zapier, Inc.',
      address: {
        streetAddress: '548 Market St #62411',
        locality: 'San Francisco',
        region: 'CA',
        postalCode: '94104',
        country: 'US',
      },
      country: 'US',
      service:
        'Integrating our databases and tools: your customer information (but not your payment information) is transmitted to Zapier.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
      privacyPolicyUrl: 'https://zapier.com/privacy/',
      dataCategories: ['inventory'],
    },
    {
      key: 'authorities',
      name: 'Government authorities and agencies',
      role: 'CATEGORY',
      service: 'When a government or an agency legitimately asks us to hand over your data.',
    },
  ],

  purposes: [
    {
      key: 'contracts',
      name: 'Establishing and performing contracts',
      description:
        'Establishing, negotiating, amending and performing a contract with you, including passing your data to third parties as far as the contract requires.',
      legalBasis: 'CONTRACT',
      audiences: ['customers'],
      dataCategories: ['inventory'],
      recipients: ['aws', 'pipedrive', 'zapier'],
      retention: {
        period: { amount: 3, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' },
        criteria:
          'Until the contract has been completely performed or terminated, plus the limitation period (generally 2 or 3 years) and an adequate extra time for potential interruptions of the limitation period.',
      },
    },
    {
      key: 'tax-records',
      name: 'Keeping records required by tax law',
      legalBasis: 'LEGAL_OBLIGATION',
      legalObligation: 'Our legal obligation to keep records under tax law.',
      audiences: ['customers'],
      dataCategories: ['inventory'],
      retention: {
        period: { amount: 10, unit: 'YEARS', trigger: 'END_OF_FINANCIAL_YEAR' },
        criteria: 'Usually 6 or even 10 years, depending on the record.',
      },
    },
    {
      key: 'website-analysis',
      name: 'Analysing and securing our website',
      description:
        'We combine usage data only as far as necessary for billing; otherwise only pseudonymously, and only as long as you have not objected. You can send us your objection at any time.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Analysing, optimising and securing the offers on our website, and analysing your use of it.',
      audiences: ['visitors'],
      dataCategories: ['usage'],
      recipients: ['aws'],
      retention: {
        criteria:
          'Only as long as required for the proper functionality of our website and as long as we have a legitimate interest; statistical information is stored primarily in pseudonymous form.',
      },
    },
    {
      key: 'hosting',
      name: 'Hosting our website',
      description:
        'Our provider stores server log files each time the website is used; they are used only for statistical purposes.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}.`,
      audiences: ['visitors'],
      dataCategories: ['server-logs'],
      recipients: ['aws'],
      retention: {
        criteria:
          'Only as long as required for the proper functionality of our website and as long as we have a legitimate interest.',
      },
    },
    {
      key: 'enquiries',
      name: 'Answering your enquiries',
      description:
        'Where your request concerns entering into or performing a contract, the processing is also necessary for that contract.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Effective communication with customers and interested users: processing your request, follow-up questions and related questions.',
      audiences: ['enquirers'],
      dataCategories: ['requests'],
      recipients: ['pipedrive', 'aws'],
      retention: {
        criteria:
          'As long as processing the request requires, in particular as long as storage is still necessary to perform the contract, to pursue our rights or for our other legitimate interests, or as long as the law requires us to keep it (for example tax-law requirements to maintain files).',
      },
    },
    {
      key: 'offers',
      name: 'Preparing offers you request',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Communication with interested users who ask us for an offer for our goods and services.',
      audiences: ['enquirers'],
      dataCategories: ['requests'],
      recipients: ['pipedrive'],
      retention: {
        criteria:
          'Until you end your access by sending an e-mail to us; after that, as long as needed to perform the contract.',
      },
    },
    {
      key: 'return-calls',
      name: 'Return calls',
      description:
        'On our service page you can ask for a call from one of our customer service agents. We use this data only for your specific request.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Communication with interested users who ask us to call them back.',
      audiences: ['enquirers'],
      dataCategories: ['return-call'],
      retention: {
        period: { amount: 6, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' },
        criteria:
          'After your request has been completed, so that we can refer to the results already achieved if you make further service requests.',
      },
    },
    {
      key: 'analytics',
      name: 'Website analytics',
      description: 'You can block Google Analytics with Google’s browser add-on, or with an opt-out cookie.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}: analysing the use of our website to improve our offers.`,
      audiences: ['visitors'],
      dataCategories: ['analytics'],
      recipients: ['google-analytics', 'tag-manager'],
      retention: { general: true },
    },
    {
      key: 'appointments',
      name: 'Making appointments',
      description:
        'Neither we nor Pipedrive pass the data you enter on to third parties; it serves only statistical purposes and arranging appointments.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}: making appointments through our online calendar.`,
      audiences: ['enquirers', 'customers'],
      dataCategories: ['appointments'],
      recipients: ['pipedrive'],
      retention: {
        criteria:
          'As long as the reason for the appointment is still relevant, in particular as long as storage is still necessary to perform the contract, to pursue our rights or for our other legitimate interests, or as long as the law requires us to keep it. If the appointment passes without any consequences, your data is deleted.',
      },
    },
    {
      key: 'meetings',
      name: 'Online meetings and webinars',
      description:
        'Video conferences, audio conferences, webinars and other online meetings with you, as part of our contractual or pre-contractual relationship. You can register with an alias or a one-time e-mail address, and switch off your audio and video.',
      legalBasis: 'CONTRACT',
      audiences: ['participants'],
      dataCategories: ['meetings'],
      recipients: ['zoom', 'zoom-own-purposes'],
      retention: {
        criteria:
          'As long as necessary to perform the contract, to pursue our legal rights or for our other legitimate interests, or as long as the law requires us to keep it.',
      },
    },
    {
      key: 'recordings',
      name: 'Recording online meetings',
      description: 'Only if you have consented beforehand.',
      legalBasis: 'CONSENT',
      audiences: ['participants'],
      dataCategories: ['meetings'],
      recipients: ['zoom', 'zoom-own-purposes'],
      retention: { criteria: 'As long as necessary for the purposes of your consent.' },
    },
    {
      key: 'whiteboards',
      name: 'Whiteboards in online meetings',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}: integrating whiteboards into our video conferences to improve their appearance.`,
      audiences: ['participants'],
      dataCategories: ['meetings'],
      recipients: ['miro'],
      retention: { general: true },
    },
    {
      key: 'bot-protection',
      name: 'Protecting our website against spam and bots',
      description:
        'If you don’t want your data to be transmitted, log out of your Google account before using our forms, or deactivate JavaScript in your browser or install a script blocker (this can impair the use of websites).',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}: fending off spam, DDoS attacks and similar automated attacks on our forms.`,
      audiences: ['visitors', 'enquirers'],
      dataCategories: ['bot-detection'],
      recipients: ['recaptcha'],
      retention: { general: true },
    },
    {
      key: 'crm',
      name: 'Contact forms, newsletters and customer management',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'A flawlessly functioning online offer and its economic and efficient design and optimisation: our contact forms, newsletter, tracking and analysis, and customer relationship management.',
      audiences: ['enquirers', 'customers'],
      dataCategories: ['requests', 'usage'],
      recipients: ['pipedrive'],
      retention: { general: true },
    },
    {
      key: 'integration',
      name: 'Integrating our databases and tools',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: `${OPTIMISED_OFFERING}: integrating our different databases and tools.`,
      audiences: ['customers'],
      dataCategories: ['inventory'],
      recipients: ['zapier'],
      retention: { general: true },
    },
    {
      key: 'authorities',
      name: 'Handing data to authorities',
      legalBasis: 'LEGAL_OBLIGATION',
      legalObligation:
        'Our legal obligation to hand over customer data when a government or an agency legitimately asks us to.',
      audiences: ['customers'],
      dataCategories: ['inventory'],
      recipients: ['authorities'],
      retention: { criteria: 'As long as the law requires.' },
    },
  ],

  cookies: [
    {
      // "Google applies different technologies, among them also storing cookies": Google Analytics' own cookie.
      name: '_ga',
      provider: 'Google',
      recipient: 'google-analytics',
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose:
        'Stores information about the use of our website for Google Analytics, which we use to improve our offers.',
      // "Based on our legitimate interest in a technologically perfect online offering ... pursuant to Art. 6 para. 1
      // (f) GDPR, we use the Google Analytics tool": the analytics purpose, on legitimate interests, so the policy
      // says what it relies on and not that it waits for consent (a COOKIE_WITHOUT_CONSENT_PURPOSE warning).
      purposes: ['analytics'],
    },
  ],

  clauses: [
    {
      section: 'PURPOSES',
      title: 'Consent',
      body:
        'Whenever we ask for your consent, we tell you in clear language and in an easily accessible way what you are consenting to. Any consent we ask for is voluntary, and any advantage you wish to gain by granting it is also available without consent: simply ask us.\n\n' +
        'You can revoke your consent at any time, without any particular formal requirement: for example through our contact form, by e-mail, or with a link to unsubscribe (if we offer one). Revoking it does not affect the lawfulness of the processing carried out up to that point.',
    },
    {
      section: 'RECIPIENTS',
      title: null,
      body: 'We dislike spam as much as you do: we do not transfer your data to third parties unless the law permits it, and every transfer to a third party is mentioned in this privacy policy.',
    },
  ],

  // GDPR Art. 27: a controller outside the EU that offers services to people in the EU designates a representative
  // there in writing, and Art. 13(1)(a) names it. The policy names none, so the gate refuses it, as it should.
  heldBack: {
    reason: 'CloudOps JSC is established outside the EU and its policy names no EU representative (GDPR Art. 27)',
    errors: ['REPRESENTATIVE_MISSING'],
  },
  translations: cloudOpsTranslations,
  publication: {
    // The policy is undated: the date it was modelled.
    effectiveDate: '2026-11-22',
    changeSummary: 'CloudOps JSC’s privacy policy (undated) as structured data.',
  },
};
