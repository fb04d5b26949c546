import { CLOUD_OFFICER_POLICY_2020 } from './cloud-officer-2020.js';
import type { DemoTenant } from './demo-tenant.js';
import { cloudOfficerTranslations } from './cloud-officer.translations.js';

/**
 * Cloud Officer Limited's privacy policy (last updated 10/01/2020), from `000_5a542e86b311ab2a.txt`.
 *
 * The 2020 text itself is version 1, imported word for word as an archived text dated 10 January 2020
 * (`cloud-officer-2020.ts`): only there may the EU-US Privacy Shield it cites appear, valid then, invalidated in
 * July 2020. The structured data below reads the same policy against today's law and is published as version 2,
 * as of the date it was modelled: no transfer instrument it can name today existed in January 2020 (the UK GDPR
 * applies from 2021, the UK Addendum from 21 March 2022).
 * Cloud Officer is a UK controller, so the "standard EU model clauses" the text names stand with the UK Addendum
 * that makes the European Commission's clauses valid for UK transfers. The text's "finding of adequacy" would today
 * be the UK Extension to the Data Privacy Framework, which needs each US entity's certification to that part of
 * the framework; the text gives none, so the recipients rely on the clauses alone. The recipients' legal entities and addresses are the companies' own, not in the policy text. "By continuing to
 * browse you agree to cookies" is not consent today and is left out. Its right to "prevent processing that is likely
 * to cause damage or distress" is the Data Protection Act 1998's, repealed: the UK GDPR's rights to object and to
 * restriction replace it, and the rights section lists them. "Your right to data portability does not apply unless
 * you are a subscriber" is not the law either (UK GDPR Art. 20(1): processing on consent or a contract): the rights
 * section says which purposes the right covers, from their legal bases. "None: it will not affect your application"
 * lost its "None:", which read as a second label after the policy's "If you do not provide it:".
 */

// What the policy states after each retention period: true of every period, so said once, under the retention
// table (a clause), rather than in the criteria of each purpose.
const LONGER_WHERE_NEEDED =
  'Whatever the period above, if the law requires us to keep personal data for longer, we keep it for the required period; where it is used in connection with legal proceedings (including prospective legal proceedings), we keep it for the duration of those proceedings and any enforcement.';

const US_TRANSFER =
  'Based in the United States of America, outside the UK and without a UK finding of adequacy for it: transfers rely on the standard EU model clauses, with the UK Addendum that makes them valid for transfers from the United Kingdom.';

const WITHIN_DUTIES =
  'Their use is limited to the performance of their duties and in line with the reason for processing.';

/** The kinds of dealing the policy has a section for, with the information each section calls "this information". */
const DEALINGS = [
  {
    key: 'website',
    label: 'website',
    audiences: ['visitors'],
    dataCategories: ['technical', 'visit'],
    staff: ['staff', 'group'],
  },
  {
    key: 'enquiries',
    label: 'enquiries and events',
    audiences: ['prospects', 'others'],
    dataCategories: ['contact', 'research', 'social', 'events'],
    staff: ['staff', 'group'],
  },
  {
    key: 'recruitment',
    label: 'recruitment',
    audiences: ['applicants'],
    dataCategories: ['application'],
    staff: ['recruitment-team'],
  },
];

export const cloudOfficer: DemoTenant = {
  source: '000_5a542e86b311ab2a.txt',
  profile: {
    slug: 'cloud-officer',
    legalName: 'Cloud Officer Limited',
    tradingName: 'Cloud Officer',
    offices: [
      {
        label: 'Richmond',
        address: {
          streetAddress: '1 Parkshot',
          locality: 'Richmond',
          region: 'Surrey',
          postalCode: 'TW9 2RD',
          country: 'GB',
        },
        registered: true,
      },
    ],
    contactEmail: 'hello@cloudofficer.co',
    website: 'https://cloudofficer.co',
    // "complain to the ICO if you believe we have breached Data Protection Laws (please contact the ICO via
    // ico.gov.uk)": the authority for its one regime, the UK GDPR (ico.gov.uk is the ICO's former address).
    // The policy says nothing of processing for customers or of a certification: those stay unanswered.
    supervisoryAuthorities: [
      {
        name: "Information Commissioner's Office (ICO)",
        country: 'GB',
        website: 'https://ico.org.uk',
        jurisdictions: ['UK_GDPR'],
      },
    ],
    // "the Data Protection Act 2018 and General Data Protection Regulation ((EU) 2016/679)"
    jurisdictions: ['UK_GDPR'],
    defaultLanguage: 'en',
  },
  settings: {
    securityMeasures: ['ACCESS_CONTROL', 'STAFF_TRAINING'],
    // Answers behind statements of absence: third parties "based outside the EEA, specifically in the United
    // States"; the source describes no automated decisions (it lists the right only) and says nothing on fees.
    automatedDecisionMaking: false,
    internationalTransfers: true,
    disclosesPersonalData: true,
    publishedLanguages: ['de', 'fr'],
    changeNotice:
      'We may amend this policy at any time; whenever we do, we post the revised version on our website. Please review it each time you visit our website, as it may have been updated since your last visit.',
  },

  audiences: [
    { key: 'visitors', name: 'Visitors to our website', description: 'Anyone who visits https://cloudofficer.co.' },
    {
      key: 'prospects',
      name: 'Prospective clients and suppliers',
      description:
        'People who contact us, or whom we contact, about becoming a client or supplier: by phone, email, a form on our website or otherwise.',
    },
    { key: 'applicants', name: 'Job applicants', description: 'People who apply for a position with us.' },
    {
      key: 'others',
      name: 'Other third parties',
      description:
        'Anyone else who makes an enquiry or complaint to us: by completing a form on our website, emailing us, writing to us or calling us.',
    },
  ],

  dataCategories: [
    {
      key: 'technical',
      name: 'Technical information',
      description:
        'The Internet Protocol (IP) address used to connect to the internet, login information, browser type and version, time zone setting, browser plug-in types and versions and hardware information.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'visit',
      name: 'Information about your visit',
      description:
        'The full Uniform Resource Locators (URL) clickstream to, through and from our website (including date and time); services, products and articles you viewed or searched for; page response times, download errors, length of visits to certain pages, page interaction information (such as scrolling, clicks and mouse-overs) and methods used to browse away from the page.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'contact',
      name: 'Name and contact details',
      description:
        'Your name and contact details, and any other details you give us when you make an enquiry, such as what you complete in a form on our website or what appears on a business card you give us.',
      sources: ['SUBJECT'],
      // Nobody has to enquire, deal with us or attend: giving it is voluntary (the source does not say otherwise).
      requirement: 'VOLUNTARY',
    },
    {
      key: 'business',
      name: 'Business information and communications',
      description:
        'Information and documentation you give us about your business activities, including communications with you and people within your business.',
      sources: ['SUBJECT'],
      // Nobody has to enquire, deal with us or attend: giving it is voluntary (the source does not say otherwise).
      requirement: 'VOLUNTARY',
    },
    {
      key: 'research',
      name: 'Information from public sources',
      description:
        'Information and documentation about you and your business that we obtain from publicly available information when we carry out research, to make sure we understand you and your business.',
      sources: ['PUBLIC'],
      sourceDetails: 'your website, social media and Companies House',
    },
    {
      key: 'events',
      name: 'Event and webinar information',
      description:
        'Information you give us when you attend our events or webinars, whether hosted by us or a third party, including when you register or give feedback. It may include sensitive personal information, such as dietary requirements.',
      sources: ['SUBJECT'],
      // Nobody has to enquire, deal with us or attend: giving it is voluntary (the source does not say otherwise).
      requirement: 'VOLUNTARY',
    },
    {
      key: 'newsletter',
      name: 'Newsletter engagement',
      description:
        'Whether you open our newsletters and click on the links (URLs) in them. To stop this, use the preference centre link in any newsletter and select Unsubscribe.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'social',
      name: 'Social media information',
      description:
        'Information about you from social media platforms, including when you interact with us on them or access our social media content. What we receive is governed by the privacy settings, policies and procedures of the platform, which we encourage you to review.',
      sources: ['THIRD_PARTY'],
      sourceDetails: 'social media platforms',
    },
    {
      key: 'application',
      name: 'Job application details',
      description:
        'Your name and contact details and the details you provide during the application process, including tests we ask you to complete, interviews you attend and pre-employment checks we are required by law to undertake.',
      sources: ['SUBJECT'],
      requirement: 'VOLUNTARY',
      consequenceOfNotProviding:
        'You don’t have to provide what we ask for, but it might affect your application if you don’t.',
    },
    {
      key: 'equal-opportunities',
      name: 'Equal opportunities information',
      description:
        'Information you choose to give us for equal opportunities monitoring. It is not made available to any staff outside our recruitment team, including hiring managers, in a way which can identify you.',
      sources: ['SUBJECT'],
      requirement: 'VOLUNTARY',
      consequenceOfNotProviding: 'It will not affect your application.',
    },
    {
      key: 'cctv',
      name: 'CCTV images',
      description:
        'Images of you recorded by the CCTV cameras that operate on our premises when you visit our offices.',
      sources: ['AUTOMATIC'],
    },
  ],

  recipients: [
    {
      key: 'staff',
      name: 'Our employees, contractors and agents',
      role: 'CATEGORY',
      service: WITHIN_DUTIES,
      dataCategories: [
        'technical',
        'visit',
        'contact',
        'business',
        'research',
        'events',
        'newsletter',
        'social',
        'cctv',
      ],
    },
    {
      key: 'group',
      name: 'Members of our group',
      role: 'CATEGORY',
      service: `Our subsidiaries, our ultimate holding company and its subsidiaries, as defined in section 1159 of the UK Companies Act 2006. ${WITHIN_DUTIES}`,
      dataCategories: ['technical', 'visit', 'contact', 'business', 'research'],
    },
    {
      key: 'google-analytics',
      name: 'Google Analytics',
      role: 'PROCESSOR',
      legalEntity: 'Google LLC',
      address: {
        streetAddress: '1600 Amphitheatre Parkway',
        locality: 'Mountain View',
        region: 'CA',
        postalCode: '94043',
        country: 'US',
      },
      country: 'US',
      service: 'Website analytics: helps us improve and optimise our website.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
      transferDetails: US_TRANSFER,
      dataCategories: ['technical', 'visit'],
    },
    {
      key: 'hubspot',
      name: 'HubSpot',
      role: 'PROCESSOR',
      legalEntity: 'HubSpot, Inc.',
      address: {
        streetAddress: '2 Canal Park',
        locality: 'Cambridge',
        region: 'MA',
        postalCode: '02141',
        country: 'US',
      },
      country: 'US',
      service: 'Website analytics: helps us improve and optimise our website.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
      transferDetails: US_TRANSFER,
      dataCategories: ['technical', 'visit'],
    },
    {
      key: 'salesforce',
      name: 'Salesforce',
      role: 'PROCESSOR',
      legalEntity: 'Salesforce, Inc.',
      address: {
        streetAddress: 'Salesforce Tower, 415 Mission Street, 3rd Floor',
        locality: 'San Francisco',
        region: 'CA',
        postalCode: '94105',
        country: 'US',
      },
      country: 'US',
      service: 'Website analytics: helps us improve and optimise our website.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
      transferDetails: US_TRANSFER,
      dataCategories: ['technical', 'visit'],
    },
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
      service: 'Website hosting: maintains and hosts our website.',
      safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
      transferDetails: US_TRANSFER,
      dataCategories: ['technical', 'visit'],
    },
    {
      key: 'crm',
      name: 'Our third-party CRM tools',
      role: 'CATEGORY',
      service: 'Customer relationship management: information about you is stored in them.',
      dataCategories: ['contact', 'business', 'research', 'events', 'newsletter', 'social'],
    },
    {
      key: 'event-partners',
      name: 'Event and webinar partners',
      role: 'CATEGORY',
      service: 'Third parties who help us arrange or host events and webinars you have registered to attend.',
      dataCategories: ['contact', 'events'],
    },
    {
      key: 'buyers',
      name: 'Prospective sellers or buyers of a business',
      role: 'CATEGORY',
      service:
        'If we sell or buy any business or assets, we may disclose your personal information to the prospective seller or buyer of that business or those assets.',
      dataCategories: ['contact', 'business', 'application'],
    },
    {
      key: 'legal-proceedings',
      name: 'Those involved in legal proceedings',
      role: 'CATEGORY',
      service: 'In connection with any legal proceedings, including prospective legal proceedings.',
    },
    {
      key: 'required-by-law',
      name: 'Recipients required by law',
      role: 'CATEGORY',
      service: 'Where we are required by law to share personal information.',
    },
    {
      key: 'telephony',
      name: 'Our telephony supplier',
      role: 'CATEGORY',
      service: 'Telephone services: it would get to see phone numbers if we call you.',
      dataCategories: ['contact', 'application'],
    },
    {
      key: 'broadband',
      name: 'Our broadband supplier',
      role: 'CATEGORY',
      service:
        'Internet connectivity: it could see email addresses, but not the content of what you send us, if you encrypt it.',
      dataCategories: ['contact', 'application'],
    },
    {
      key: 'recruitment-team',
      name: 'Our recruitment team',
      role: 'CATEGORY',
      service: WITHIN_DUTIES,
      dataCategories: ['application', 'equal-opportunities', 'social'],
    },
    {
      key: 'recruitment-providers',
      name: 'Third-party recruitment providers',
      role: 'CATEGORY',
      service: 'Recruitment providers we work with, to give them feedback on your job application.',
      dataCategories: ['application'],
    },
    {
      key: 'talent-platform',
      name: 'Our talent management platform provider',
      role: 'CATEGORY',
      service:
        'Its use is restricted to the processing of applications and the internal tracking and assessment of candidates.',
      dataCategories: ['application'],
    },
  ],

  purposes: [
    // Visitors to our website
    {
      key: 'website-operation',
      name: 'Running and securing our website',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Maintaining our website and keeping it safe and secure, and dealing with any issues you have reported with it.',
      audiences: ['visitors'],
      dataCategories: ['technical', 'visit'],
      recipients: ['staff', 'group', 'aws'],
      retention: {
        period: { amount: 12, unit: 'MONTHS', trigger: 'COLLECTION' },
        criteria: 'Then deleted automatically.',
      },
    },
    {
      key: 'website-improvement',
      name: 'Improving our website and internal operations',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Improving our website and making sure content is presented in the most effective manner for you and your device(s); our internal operations, including troubleshooting, data analysis, testing, research, and statistical and survey purposes.',
      audiences: ['visitors'],
      dataCategories: ['technical', 'visit'],
      recipients: ['staff', 'group', 'google-analytics', 'hubspot', 'salesforce'],
      retention: {
        period: { amount: 12, unit: 'MONTHS', trigger: 'COLLECTION' },
        criteria: 'Then deleted automatically.',
      },
    },
    {
      key: 'advertising',
      name: 'Measuring effectiveness and relevant advertising',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Measuring and understanding the effectiveness of our website and of any advertising we serve to you and others, and delivering relevant advertising to you.',
      audiences: ['visitors'],
      dataCategories: ['technical', 'visit'],
      recipients: ['staff', 'group', 'google-analytics', 'hubspot', 'salesforce'],
      retention: {
        period: { amount: 12, unit: 'MONTHS', trigger: 'COLLECTION' },
        criteria: 'Then deleted automatically.',
      },
    },
    // Prospective clients and suppliers
    {
      key: 'pre-contract',
      name: 'Answering enquiries and deciding whether to contract',
      description:
        'Providing you with the information you have requested from us, so that we can both decide whether to enter into a contract with each other.',
      legalBasis: 'CONTRACT',
      audiences: ['prospects'],
      dataCategories: ['contact', 'business', 'research', 'social'],
      recipients: ['staff', 'group', 'crm', 'telephony', 'broadband', 'buyers', 'legal-proceedings', 'required-by-law'],
      retention: {
        period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' },
        criteria: 'This applies if we do not enter into a contract.',
      },
    },
    {
      key: 'contract-records',
      name: 'Keeping records once we contract',
      description:
        'If we both decide to enter into a contract, we keep this information for the duration of our relationship. Our contract with you then sets out our views and practices regarding the use of a client’s or supplier’s personal information, not this policy.',
      legalBasis: 'CONTRACT',
      audiences: ['prospects'],
      dataCategories: ['contact', 'business'],
      recipients: ['staff', 'group', 'crm'],
      retention: { period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
    },
    {
      key: 'prospect-lists',
      name: 'Lists of prospective clients and suppliers',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Maintaining a list of prospective clients, and records of potential suppliers, including to recommend (or otherwise) you to others.',
      audiences: ['prospects'],
      dataCategories: ['contact', 'business', 'research'],
      recipients: ['staff', 'group', 'crm'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' } },
    },
    {
      key: 'service-improvement',
      name: 'Improving our services and products',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Improving our services and products.',
      audiences: ['prospects'],
      dataCategories: ['business', 'events'],
      recipients: ['staff', 'group'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' } },
    },
    {
      key: 'marketing',
      name: 'Newsletters and marketing communications',
      description:
        'You can unsubscribe at any time, for example with the “unsubscribe” link in each promotional email we send you; we honour your choice.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Sending you newsletters, updates, marketing communications and other information or materials about our services, products and events that we think may interest you or that you have requested, and notifying you about changes to our services, products and events.',
      directMarketing: true,
      audiences: ['prospects'],
      dataCategories: ['contact', 'newsletter'],
      recipients: ['staff', 'crm'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' } },
    },
    {
      key: 'events',
      name: 'Organising events and webinars',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Organising, and following up, events and webinars you have registered to attend.',
      audiences: ['prospects', 'others'],
      dataCategories: ['contact', 'events'],
      recipients: ['staff', 'event-partners', 'crm'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' } },
    },
    {
      key: 'suppression-list',
      name: 'Suppression list',
      description: 'You are free to change your marketing choices at any time.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Complying with your request not to be contacted: if you ask us not to contact you by email at a certain email address, we keep a copy of that address on a “suppression list”.',
      audiences: ['prospects', 'others'],
      dataCategories: ['contact'],
      recipients: ['staff', 'crm'],
      retention: { criteria: 'For as long as your request not to be contacted at that email address stands.' },
    },
    // Job applicants
    {
      key: 'applications',
      name: 'Evaluating your job application',
      description:
        'Assessing your suitability for employment, as steps prior to entering into an employment contract with you.',
      legalBasis: 'CONTRACT',
      audiences: ['applicants'],
      dataCategories: ['application', 'social'],
      recipients: [
        'recruitment-team',
        'recruitment-providers',
        'talent-platform',
        'telephony',
        'broadband',
        'buyers',
        'legal-proceedings',
        'required-by-law',
      ],
      retention: {
        criteria:
          'If you are successful, our practices are set out in your employment documentation. If you are unsuccessful, we may ask whether you would like your details kept in our talent pool.',
      },
    },
    {
      key: 'pre-employment-checks',
      name: 'Pre-employment checks',
      legalBasis: 'LEGAL_OBLIGATION',
      // A UK company's statutory duties under the UK GDPR are duties under UK law (Art. 6(3)).
      legalObligationOrigin: 'GB',
      legalObligation: 'The pre-employment checks we are required by law to undertake.',
      audiences: ['applicants'],
      dataCategories: ['application'],
      recipients: ['recruitment-team'],
      retention: {
        criteria:
          'For the period the law requires; if you are successful, as set out in your employment documentation.',
      },
    },
    {
      key: 'talent-pool',
      name: 'Talent pool',
      description:
        'If your application is unsuccessful and you agree, we keep your details in our talent pool and contact you should any further suitable vacancies arise.',
      legalBasis: 'CONSENT',
      audiences: ['applicants'],
      dataCategories: ['application'],
      recipients: ['recruitment-team', 'talent-platform'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_RECRUITMENT' } },
    },
    {
      key: 'equal-opportunities',
      name: 'Equal opportunities monitoring',
      description:
        'Equal opportunities information is used only for this, and is not made available to any staff outside our recruitment team, including hiring managers, in a way which can identify you.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Producing and monitoring equal opportunities statistics.',
      audiences: ['applicants'],
      dataCategories: ['equal-opportunities'],
      recipients: ['recruitment-team'],
      retention: { criteria: 'For as long as we keep your application.' },
    },
    // Other third parties
    {
      key: 'other-enquiries',
      name: 'Answering other enquiries',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Providing you with the information you have requested from us, and following up on your enquiry.',
      audiences: ['others'],
      dataCategories: ['contact', 'research', 'social'],
      recipients: ['staff', 'group', 'crm', 'telephony', 'broadband', 'buyers', 'legal-proceedings', 'required-by-law'],
      retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_ENQUIRY' } },
    },
    // Applicants and other third parties who visit our offices
    {
      key: 'cctv',
      name: 'CCTV at our offices',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Crime prevention and public safety on our premises.',
      audiences: ['applicants', 'others'],
      dataCategories: ['cctv'],
      recipients: ['staff'],
      retention: { criteria: 'As long as the other information we hold about you (see above).' },
    },
    // Every section of the policy ends with these two uses of "this information": one pair per kind of dealing,
    // so that each purpose covers only data its audiences actually give.
    ...DEALINGS.flatMap((d): DemoTenant['purposes'] => [
      {
        key: `protection-${d.key}`,
        name: `Protecting rights, property and safety: ${d.label}`,
        legalBasis: 'LEGITIMATE_INTERESTS',
        legitimateInterest:
          'Protecting the rights, property or safety of Cloud Officer, our clients, suppliers, contacts or others: our legitimate interest, or a third party’s.',
        audiences: d.audiences,
        dataCategories: d.dataCategories,
        recipients: [...d.staff, 'legal-proceedings', 'required-by-law'],
        retention: { criteria: 'As long as we keep the information for the purpose it was collected for.' },
      },
      {
        key: `law-${d.key}`,
        name: `Complying with the law: ${d.label}`,
        legalBasis: 'LEGAL_OBLIGATION',
        // A UK company's statutory duties under the UK GDPR are duties under UK law (Art. 6(3)).
        legalObligationOrigin: 'GB',
        legalObligation:
          'Where we are required by law to use or disclose your information, including to protect the rights, property or safety of Cloud Officer or others.',
        audiences: d.audiences,
        dataCategories: d.dataCategories,
        recipients: ['required-by-law', 'legal-proceedings'],
        retention: { criteria: 'For the period the law requires.' },
      },
    ]),
  ],

  cookies: [
    {
      // "Our Website uses cookies to distinguish you from other users of our Website. This helps us to provide you
      // with a good experience when you browse our Website and also allows us to improve our Website." The policy
      // names no cookie, so they are a group by category, set by the analytics provider it names ("with analytics
      // providers, Google Analytics, ... that assist us in the improvement and optimisation of our Website"); the
      // typical duration is that of Google Analytics' own cookies (2 years). They serve the improvement purpose, on
      // legitimate interests: "by continuing to browse you agree" is no consent, so none is claimed.
      name: 'Analytics cookies',
      describesGroup: true,
      provider: 'Google',
      recipient: 'google-analytics',
      kind: 'ANALYTICS',
      durationAmount: 2,
      durationUnit: 'YEARS',
      purpose: 'Distinguish you from other users of our website, so that we can see how it is used and improve it.',
      purposes: ['website-improvement'],
    },
  ],

  clauses: [
    {
      section: 'INTRODUCTION',
      title: 'Who this policy applies to',
      body: 'This policy does not apply to subscribers of our services or to our suppliers (please refer to the data protection provisions in our terms and conditions with you), or to our employees.',
    },
    { section: 'DATA_COLLECTED', title: null, body: 'We don’t record calls.' },
    {
      section: 'RECIPIENTS',
      title: 'Links to third-party websites and social media',
      body:
        'Our website may contain links to and from third-party websites. They have their own privacy policies, for which we don’t accept any responsibility or liability: please check them before you submit any personal information to those websites.\n\n' +
        'Our website has interfaces with social media websites such as Facebook, LinkedIn and Twitter. If you choose to “like” or share information from our website through them, review the privacy policy of that service: if you are a member of a social media website, the interface may allow it to connect your visit to our website to your personal information.',
    },
    {
      section: 'COOKIES',
      title: null,
      body: 'You can read more about how we use cookies in our Cookie Policy. You can enable or disable cookies by modifying the settings in your browser; [www.allaboutcookies.org](https://www.allaboutcookies.org) explains how, and has more information on cookies.',
    },
    {
      section: 'RIGHTS',
      title: 'Further rights',
      body:
        'You also have the right to:\n\n' +
        '- claim compensation from us for material or non-material damage you suffer because we breach data protection law (Art. 82 UK GDPR);\n' +
        '- be told without undue delay of a personal data breach which is likely to result in a high risk to your rights and freedoms (Art. 34 UK GDPR).\n\n' +
        'We may need certain personal information to provide the services and information you ask for, so changes to your preferences, or restrictions you ask us to make on how we use personal information, may affect what we can provide.',
    },
    { section: 'RETENTION', title: null, body: LONGER_WHERE_NEEDED },
    {
      section: 'SECURITY',
      title: null,
      body:
        'We maintain physical, technical and administrative safeguards, and require the same of any third parties we share your personal information with. We update and test our security technology on an ongoing basis.\n\n' +
        'The transmission of information via the internet isn’t always secure: although we will do our best to protect your personal information, we can’t guarantee the security of personal information transmitted to our website, and any transmission is at your own risk.',
    },
  ],

  earlierVersions: [
    {
      // "Last updated 10/01/2020": the text as published then, with its line breaks (its lists are "  • " lines).
      effectiveDate: '2020-01-10',
      format: 'PLAIN_TEXT',
      texts: [{ language: 'en', text: CLOUD_OFFICER_POLICY_2020 }],
      note: 'The privacy policy published at cloudofficer.co, last updated 10/01/2020 (seed text 000_5a542e86b311ab2a.txt).',
    },
  ],

  translations: cloudOfficerTranslations,
  publication: {
    // The date it was modelled: the text's own date (10 January 2020) precedes every transfer instrument it names.
    effectiveDate: '2026-11-22',
    changeSummary:
      'Cloud Officer’s privacy policy (last updated 10 January 2020) as structured data, read against the law in force today.',
  },
};
