import type { DemoTenant } from './demo-tenant.js';
import { cloudSentricTranslations } from './cloudsentric.translations.js';

/**
 * CloudSentric's privacy policy (undated), from `001_b4da181fe4863e88.txt`: a UK-only provider of network
 * services. The policy states no retention periods; the criteria below follow from each purpose and say no
 * more than the text implies. It names no supervisory authority; the ICO is the UK's. Access "for a prescribed
 * fee" is left out: the UK GDPR makes access free.
 *
 * The policy gives no email address: people "raise a support ticket within the customer portal". The model
 * requires a contact email, so `contactEmail` holds an address on the company's domain that is NOT in the text.
 */
export const cloudSentric: DemoTenant = {
  source: '001_b4da181fe4863e88.txt',
  profile: {
    slug: 'cloudsentric',
    legalName: 'CloudSentric',
    contactEmail: 'privacy@cloudsentric.com',
    website: 'http://www.CloudSentric.com',
    supervisoryAuthority: {
      name: "Information Commissioner's Office (ICO)",
      country: 'GB',
      website: 'https://ico.org.uk',
    },
    // "As CloudSentric is a UK only based organisation": the policy gives no address, but where it is established.
    establishedIn: 'GB',
    // A UK-only organisation; its rights section cites the law of "countries within the European Economic Area".
    jurisdictions: ['UK_GDPR'],
    defaultLanguage: 'en',
  },
  settings: {
    rightsContactChannel: 'raise a support ticket within the customer portal',
    securityMeasures: ['ACCESS_CONTROL'],
    // Answers behind statements of absence, from the source: "As CloudSentric is a UK only based organisation the
    // data is held in the UK only"; it describes no automated decisions. Its "prescribed fee" for access is the
    // repealed Data Protection Act 1998's, so the fee question stays unanswered rather than restated.
    automatedDecisionMaking: false,
    internationalTransfers: false,
    disclosesPersonalData: true,
    publishedLanguages: ['de', 'fr', 'es', 'it'],
    changeNotice:
      'We may update this policy from time to time, as part of our commitment to compliance with data privacy requirements and to reflect changes in our operating procedures, and will post the revised policy on our website.',
    policyUrl: 'http://www.CloudSentric.com/company/privacy-policy',
  },

  audiences: [
    {
      key: 'customers',
      name: 'Customers',
      description: 'Organisations that order our products and services, and the people we deal with there.',
    },
    {
      key: 'end-users',
      name: 'End users',
      description:
        'People who use the services our customers and resellers provide over the network CloudSentric services use.',
    },
    {
      key: 'prospects',
      name: 'Potential customers',
      description:
        'People who make enquiries about our products and services, and people at organisations we consider may be interested in them.',
    },
  ],

  dataCategories: [
    {
      key: 'contact',
      name: 'Company and contact details',
      description:
        'Company name, company size and sector; individual contact names and job titles for delivery, installation, support and billing; postal address; telephone and fax numbers; e-mail addresses.',
      sources: ['SUBJECT', 'THIRD_PARTY'],
      // "CloudSentric needs certain personal data to enable it to provide its products and services"
      requirement: 'CONTRACTUAL',
      consequenceOfNotProviding: 'Without it, we cannot provide our products and services to you.',
      sourceDetails: 'resellers who pass on personal data to CloudSentric about end users',
    },
    {
      key: 'prospect-contacts',
      name: 'Prospect contact information',
      description:
        'Contact information about organisations we consider may be interested in CloudSentric products and services.',
      sources: ['THIRD_PARTY'],
      sourceDetails: 'third-party list brokers',
    },
    {
      key: 'network',
      name: 'Network data',
      description:
        'Data generated over the network used by CloudSentric services: IP addresses and email addresses for incoming and outgoing data, and network usage data.',
      sources: ['AUTOMATIC'],
    },
    {
      key: 'credit',
      name: 'Credit information',
      description:
        'Financial information about customers and end users, used to assess our risks in granting credit terms.',
      sources: ['THIRD_PARTY'],
      sourceDetails: 'third parties that provide financial information for credit assessment',
    },
  ],

  recipients: [
    {
      key: 'departments',
      name: 'Our internal departments',
      role: 'CATEGORY',
      country: 'GB', // "the data is held in the UK only"
      service:
        'Sales and support departments, to fulfil sales and support obligations, and finance departments, to enable invoicing.',
      dataCategories: ['contact', 'network', 'credit'],
    },
    {
      key: 'contractors',
      name: 'Our service contractors',
      role: 'CATEGORY',
      country: 'GB', // "the data is held in the UK only"
      service:
        'Third parties we have contracted with to help provide services to our customers, such as delivery, installation and systems support services.',
      dataCategories: ['contact', 'network'],
    },
    {
      key: 'law-enforcement',
      name: 'Law enforcement agencies',
      role: 'CATEGORY',
      country: 'GB', // "the data is held in the UK only"
      service:
        'We cooperate with law enforcement agencies on allegations of abuse or violation of system or network security, as set out in the applicable Acceptable Use Policy.',
      dataCategories: ['contact', 'network'],
    },
    {
      key: 'required-by-law',
      name: 'Recipients required by law',
      role: 'CATEGORY',
      country: 'GB', // "the data is held in the UK only"
      service: 'Where CloudSentric is under an obligation by law to disclose personal data.',
    },
  ],

  purposes: [
    {
      key: 'service',
      name: 'Providing the CloudSentric service',
      description:
        'Order processing (orders placed by telephone, fax or email or by application form), delivery, installation and support services, invoicing, and answering general customer enquiries.',
      legalBasis: 'CONTRACT',
      audiences: ['customers', 'end-users'],
      dataCategories: ['contact', 'network'],
      recipients: ['departments', 'contractors'],
      retention: {
        criteria:
          'For as long as we provide the service and need the data to invoice for it and to answer your enquiries.',
      },
    },
    {
      key: 'enquiries',
      name: 'Answering enquiries',
      description:
        'Answering enquiries from existing and potential customers, including information gathered at marketing events and via the CloudSentric website.',
      legalBasis: 'CONTRACT',
      audiences: ['prospects'],
      dataCategories: ['contact'],
      recipients: ['departments'],
      retention: {
        criteria:
          'For as long as we need it to answer your enquiry, and for as long as we provide the service to you if you become a customer.',
      },
    },
    {
      key: 'improvement',
      name: 'Improving our service',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Improving the level and type of service CloudSentric offers its customers, through sales analysis and customer usage statistics.',
      audiences: ['customers', 'end-users'],
      dataCategories: ['contact', 'network'],
      recipients: ['departments'],
      retention: { criteria: 'For as long as we provide the service.' },
    },
    {
      key: 'marketing',
      name: 'Direct marketing',
      description:
        'You can say whether you wish to receive such information when you first place an order with CloudSentric, or at any later time by contacting us, and object to any unsolicited information about promotions or new products and services.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Informing customers, end users and potential customers about CloudSentric and CloudSentric affiliate products and services, and other information we feel may be of interest.',
      directMarketing: true,
      audiences: ['customers', 'end-users', 'prospects'],
      dataCategories: ['contact'],
      recipients: ['departments'],
      retention: { criteria: 'Until you tell us you no longer wish to receive such information.' },
    },
    {
      key: 'prospecting',
      name: 'Finding potential customers',
      description:
        'You can object at any time to any unsolicited information about promotions or new products and services.',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Contacting organisations we consider may be interested in CloudSentric products and services, about those products and services.',
      directMarketing: true,
      audiences: ['prospects'],
      dataCategories: ['prospect-contacts'],
      recipients: ['departments'],
      retention: { criteria: 'Until you tell us you no longer wish to receive such information.' },
    },
    {
      key: 'credit',
      name: 'Credit checks',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest: 'Assessing our risks in granting credit terms to customers and end users.',
      audiences: ['customers', 'end-users'],
      dataCategories: ['credit', 'contact'],
      recipients: ['departments'],
      retention: { criteria: 'For as long as we extend credit terms to you.' },
    },
    {
      key: 'network-security',
      name: 'Investigating network abuse',
      legalBasis: 'LEGITIMATE_INTERESTS',
      legitimateInterest:
        'Actively investigating allegations of abuse or violation of system or network security, and cooperating with law enforcement agencies on them, as set out in the applicable Acceptable Use Policy.',
      audiences: ['customers', 'end-users'],
      dataCategories: ['network', 'contact'],
      recipients: ['law-enforcement'],
      retention: { criteria: 'For the duration of the investigation and of any proceedings that follow it.' },
    },
    {
      key: 'legal-disclosures',
      name: 'Disclosures required by law',
      legalBasis: 'LEGAL_OBLIGATION',
      // A UK company's statutory duties under the UK GDPR are duties under UK law (Art. 6(3)).
      legalObligationOrigin: 'GB',
      legalObligation: 'Where CloudSentric is under an obligation by law to disclose personal data.',
      audiences: ['customers', 'end-users'],
      dataCategories: ['contact', 'network'],
      recipients: ['required-by-law', 'law-enforcement'],
      retention: { criteria: 'For the period the law requires.' },
    },
  ],

  cookies: [],

  clauses: [
    {
      section: 'RECIPIENTS',
      title: null,
      body: 'As a general rule, CloudSentric does not disclose personal data to unaffiliated third parties except where the customer has consented, where the law obliges us to, or where we have contracted with third parties to help provide services to our customers.',
    },
    {
      section: 'TRANSFERS',
      title: null,
      body: 'CloudSentric is a UK-only organisation: the data is held in the UK only.',
    },
    {
      section: 'SECURITY',
      title: null,
      body: 'CloudSentric takes customer confidentiality and security very seriously. Our internal security procedures restrict access to, and disclosure of, personal data within CloudSentric, and are reviewed from time to time to check that they are complied with and effective.',
    },
  ],

  translations: cloudSentricTranslations,
  publication: {
    // The policy is undated: the date it was modelled.
    effectiveDate: '2026-11-22',
    changeSummary:
      'CloudSentric’s privacy policy, as published at www.CloudSentric.com/company/privacy-policy (undated), as structured data.',
  },
};
