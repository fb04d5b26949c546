/**
 * A realistic policy for tests: a UK company with a German subsidiary serving the UK and the EU, three audiences,
 * special-category data, US processors under standard contractual clauses, independent controllers, cookies,
 * and clauses in markdown (one with a <script> and a javascript: link). Built with the domain's own parsers, so
 * it has exactly the shape a published version stores.
 */
import {
  audience,
  buildPolicySnapshot,
  clause,
  cookie,
  dataCategory,
  policySettings,
  purpose,
  recipient,
  tenantProfile,
  type PolicySnapshot,
} from '@noticeboard/domain';
import type { RenderOptions } from '../index.js';

export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const ID = {
  visitors: uuid(0xa1),
  customers: uuid(0xa2),
  applicants: uuid(0xa3),
  contact: uuid(0xc1),
  usage: uuid(0xc2),
  cv: uuid(0xc3),
  health: uuid(0xc4),
  billing: uuid(0xc5),
  analytics: uuid(0xf1),
  marketing: uuid(0xf2),
  services: uuid(0xf3),
  accounting: uuid(0xf4),
  recruitment: uuid(0xf5),
  screening: uuid(0xf6),
  aws: uuid(0xe1),
  mailchimp: uuid(0xe2),
  plausible: uuid(0xe3),
  greenhouse: uuid(0xe4),
  linkedin: uuid(0xe5),
  accountants: uuid(0xe6),
  hmrc: uuid(0xe7),
} as const;

export const OPTIONS: RenderOptions = {
  language: 'en',
  effectiveDate: '2026-11-22',
  version: 3,
  publicUrl: 'https://noticeboard.example/p/cloud-officer/privacy',
  // The fixture's own text is English: tests render it in every language to check the generated sentences.
  untranslated: 'keep',
};

const controller = tenantProfile.parse({
  legalName: 'Cloud Officer Limited',
  tradingName: 'Cloud Officer',
  registrationNumber: '09876543',
  slug: 'cloud-officer',
  groupEntities: [
    {
      legalName: 'Cloud Officer GmbH',
      country: 'DE',
      registrationNumber: 'HRB 123456 B',
      role: 'sales and customer support in Germany, Austria and Switzerland',
      address: { streetAddress: 'Friedrichstraße 68', locality: 'Berlin', postalCode: '10117', country: 'DE' },
    },
  ],
  offices: [
    {
      label: 'Head office',
      registered: true,
      address: { streetAddress: '10 Finsbury Square', locality: 'London', postalCode: 'EC2A 1AF', country: 'GB' },
    },
    {
      label: 'Manchester studio',
      address: { streetAddress: '1 Spinningfields', locality: 'Manchester', postalCode: 'M3 3AP', country: 'GB' },
    },
  ],
  contactEmail: 'privacy@cloudofficer.example',
  contactPhone: '+44 20 7946 0000',
  website: 'https://cloudofficer.example',
  dpo: { name: 'Dana Protector', email: 'dpo@cloudofficer.example' },
  representatives: [
    {
      region: 'EU',
      name: 'EU Rep Services Limited',
      email: 'eu-rep@eurep.example',
      address: { streetAddress: '1 Grand Canal Square', locality: 'Dublin', postalCode: 'D02 P820', country: 'IE' },
    },
  ],
  supervisoryAuthority: {
    name: "Information Commissioner's Office",
    country: 'GB',
    website: 'https://ico.org.uk',
    phone: '0303 123 1113',
    address: {
      streetAddress: 'Wycliffe House, Water Lane',
      locality: 'Wilmslow',
      postalCode: 'SK9 5AF',
      country: 'GB',
    },
  },
  jurisdictions: ['UK_GDPR', 'EU_GDPR'],
  defaultLanguage: 'en',
});

const withId = <T>(id: string, value: T): T & { id: string } => ({ ...value, id });

export function fixtureSnapshot(): PolicySnapshot {
  return buildPolicySnapshot({
    controller,
    settings: policySettings.parse({
      rightsContactEmail: 'rights@cloudofficer.example',
      rightsContactUrl: 'https://cloudofficer.example/privacy-requests',
      rightsContactChannel: 'raise a support ticket in the customer portal',
      childrenMinimumAge: 16,
      securityMeasures: ['ENCRYPTION_IN_TRANSIT', 'ENCRYPTION_AT_REST', 'ACCESS_CONTROL', 'STAFF_TRAINING', 'BACKUPS'],
      automatedDecisionMaking: true,
      internationalTransfers: true,
      disclosesPersonalData: true,
      sellsOrSharesPersonalInformation: false,
      soldOrSharedInPreceding12Months: false,
      sensitivePersonalInformationOnlyForPermittedUses: true,
      rightsRequestsFreeOfCharge: true,
      changeNotice: 'We will email customers about significant changes at least 30 days before they take effect.',
      policyUrl: 'http://www.cloudofficer.example/company/privacy-policy',
      accentColor: '#0A7D5A',
    }),
    audiences: [
      withId(
        ID.visitors,
        audience.parse({
          name: 'Website visitors',
          description: 'People who visit cloudofficer.example.',
          position: 0,
        }),
      ),
      withId(
        ID.customers,
        audience.parse({
          name: 'Customers',
          description: 'Businesses that buy our services, and the people who work for them.',
          position: 1,
        }),
      ),
      withId(ID.applicants, audience.parse({ name: 'Job applicants', position: 2 })),
    ],
    dataCategories: [
      withId(
        ID.contact,
        dataCategory.parse({
          name: 'Contact details',
          description: 'Name, job title, email address, phone number and postal address.',
          sources: ['SUBJECT', 'THIRD_PARTY'],
          sourceDetails: 'list brokers and resellers',
          requirement: 'CONTRACTUAL',
          consequenceOfNotProviding: 'we cannot provide our services to you.',
          ccpaCategory: 'IDENTIFIERS',
          position: 0,
        }),
      ),
      withId(
        ID.usage,
        dataCategory.parse({
          name: 'Usage data',
          description: 'Pages visited, referring site, device type and browser.',
          sources: ['AUTOMATIC'],
          ccpaCategory: 'INTERNET_ACTIVITY',
          position: 1,
        }),
      ),
      withId(
        ID.cv,
        dataCategory.parse({
          name: 'Application documents',
          description: 'CV, cover letter, work history and references.',
          sources: ['SUBJECT', 'PUBLIC'],
          sourceDetails: 'professional networking sites such as LinkedIn',
          requirement: 'PRE_CONTRACTUAL',
          consequenceOfNotProviding: 'we cannot consider your application.',
          ccpaCategory: 'PROFESSIONAL_INFORMATION',
          position: 2,
        }),
      ),
      withId(
        ID.health,
        dataCategory.parse({
          name: 'Health information',
          description: 'Disabilities you tell us about so that we can adjust the interview.',
          specialCategory: 'HEALTH',
          sources: ['SUBJECT'],
          requirement: 'VOLUNTARY',
          ccpaCategory: 'SENSITIVE_PERSONAL_INFORMATION',
          position: 3,
        }),
      ),
      withId(
        ID.billing,
        dataCategory.parse({
          name: 'Billing information',
          description: 'Invoices, payment records and VAT number.',
          sources: ['SUBJECT'],
          requirement: 'STATUTORY',
          consequenceOfNotProviding: 'we cannot invoice you, as tax law requires.',
          ccpaCategory: 'COMMERCIAL_INFORMATION',
          position: 4,
        }),
      ),
    ],
    purposes: [
      withId(
        ID.analytics,
        purpose.parse({
          name: 'Website analytics',
          description: 'We count visits and see which pages are read, without cookies.',
          legalBasis: 'LEGITIMATE_INTERESTS',
          legitimateInterest: 'understanding how visitors use our website so that we can improve it',
          audienceIds: [ID.visitors],
          dataCategoryIds: [ID.usage],
          recipientIds: [ID.plausible],
          retention: { period: { amount: 24, unit: 'MONTHS', trigger: 'COLLECTION' } },
          position: 0,
        }),
      ),
      withId(
        ID.marketing,
        purpose.parse({
          name: 'Newsletter',
          description: 'A monthly email about new features and events.',
          legalBasis: 'CONSENT',
          directMarketing: true,
          audienceIds: [ID.visitors, ID.customers],
          dataCategoryIds: [ID.contact],
          recipientIds: [ID.mailchimp],
          retention: { period: { amount: 6, unit: 'MONTHS', trigger: 'CONSENT_WITHDRAWN' } },
          position: 1,
        }),
      ),
      withId(
        ID.services,
        purpose.parse({
          name: 'Providing our services',
          legalBasis: 'CONTRACT',
          audienceIds: [ID.customers],
          dataCategoryIds: [ID.contact, ID.billing],
          recipientIds: [ID.aws, ID.accountants],
          retention: { period: { amount: 12, unit: 'MONTHS', trigger: 'END_OF_RELATIONSHIP' } },
          position: 2,
        }),
      ),
      withId(
        ID.accounting,
        purpose.parse({
          name: 'Accounting and tax',
          legalBasis: 'LEGAL_OBLIGATION',
          legalObligation: 'bookkeeping duties under the Companies Act 2006 and HMRC record-keeping rules',
          audienceIds: [ID.customers],
          dataCategoryIds: [ID.billing],
          recipientIds: [ID.accountants, ID.hmrc],
          retention: { period: { amount: 7, unit: 'YEARS', trigger: 'END_OF_FINANCIAL_YEAR' } },
          position: 3,
        }),
      ),
      withId(
        ID.recruitment,
        purpose.parse({
          name: 'Recruitment',
          description: 'Assessing your application and arranging interviews.',
          legalBasis: 'CONTRACT',
          specialCategoryCondition: 'EMPLOYMENT_AND_SOCIAL_SECURITY',
          audienceIds: [ID.applicants],
          dataCategoryIds: [ID.cv, ID.health],
          recipientIds: [ID.greenhouse, ID.linkedin],
          retention: {
            period: { amount: 6, unit: 'MONTHS', trigger: 'END_OF_RECRUITMENT' },
            criteria: 'Longer only if you agree that we keep your application for future vacancies.',
          },
          position: 4,
        }),
      ),
      withId(
        ID.screening,
        purpose.parse({
          name: 'Application screening',
          legalBasis: 'LEGITIMATE_INTERESTS',
          legitimateInterest: 'handling a large number of applications quickly and consistently',
          automatedDecisionLogic:
            'Applications that state no right to work in the United Kingdom are declined automatically; a recruiter reviews every other application.',
          audienceIds: [ID.applicants],
          dataCategoryIds: [ID.cv],
          recipientIds: [ID.greenhouse],
          retention: { criteria: 'Until the end of the recruitment process.' },
          position: 5,
        }),
      ),
    ],
    recipients: [
      withId(
        ID.aws,
        recipient.parse({
          name: 'Amazon Web Services',
          role: 'PROCESSOR',
          legalEntity: 'Amazon Web Services EMEA SARL',
          address: {
            streetAddress: '38 Avenue John F. Kennedy',
            locality: 'Luxembourg',
            postalCode: 'L-1855',
            country: 'LU',
          },
          country: 'LU',
          processingCountries: ['IE', 'US'],
          service: 'cloud hosting',
          safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
          privacyPolicyUrl: 'https://aws.amazon.com/privacy/',
          dataCategoryIds: [ID.contact, ID.billing],
          position: 0,
        }),
      ),
      withId(
        ID.mailchimp,
        recipient.parse({
          name: 'Mailchimp',
          role: 'PROCESSOR',
          legalEntity: 'The Rocket Science Group LLC',
          address: {
            streetAddress: '405 N Angier Ave NE',
            locality: 'Atlanta',
            region: 'GA',
            postalCode: '30308',
            country: 'US',
          },
          country: 'US',
          service: 'sending our newsletter',
          safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
          transferDetails: 'EU Commission SCCs 2021/914, module 2',
          dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true },
          privacyPolicyUrl: 'https://www.intuit.com/privacy/statement/?a=1&b=2',
          dataCategoryIds: [ID.contact],
          position: 1,
        }),
      ),
      withId(
        ID.plausible,
        recipient.parse({
          name: 'Plausible Analytics',
          role: 'PROCESSOR',
          legalEntity: 'Plausible Insights OÜ',
          country: 'EE',
          service: 'cookieless website analytics',
          dataCategoryIds: [ID.usage],
          position: 2,
        }),
      ),
      withId(
        ID.greenhouse,
        recipient.parse({
          name: 'Greenhouse',
          role: 'PROCESSOR',
          legalEntity: 'Greenhouse Software, Inc.',
          country: 'US',
          service: 'applicant tracking',
          safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_IDTA'],
          dataCategoryIds: [ID.cv, ID.health],
          position: 3,
        }),
      ),
      withId(
        ID.linkedin,
        recipient.parse({
          name: 'LinkedIn',
          role: 'INDEPENDENT_CONTROLLER',
          legalEntity: 'LinkedIn Ireland Unlimited Company',
          address: { streetAddress: 'Wilton Place', locality: 'Dublin', postalCode: 'D02 YD49', country: 'IE' },
          country: 'IE',
          service: 'publishing our job advertisements',
          privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
          optOutUrl: 'https://www.linkedin.com/psettings/',
          dataCategoryIds: [ID.cv],
          position: 4,
        }),
      ),
      withId(
        ID.accountants,
        recipient.parse({
          name: 'Our accountants and auditors',
          role: 'CATEGORY',
          service: 'bookkeeping and the statutory audit',
          dataCategoryIds: [ID.billing],
          position: 5,
        }),
      ),
      withId(
        ID.hmrc,
        recipient.parse({
          name: 'HM Revenue & Customs',
          role: 'INDEPENDENT_CONTROLLER',
          country: 'GB',
          dataCategoryIds: [ID.billing],
          position: 6,
        }),
      ),
    ],
    cookies: [
      withId(
        uuid(0xb1),
        cookie.parse({
          name: '__Host-session',
          provider: 'Cloud Officer',
          kind: 'STRICTLY_NECESSARY',
          purpose: 'Keeps you signed in.',
          purposeIds: [ID.services],
          position: 0,
        }),
      ),
      withId(
        uuid(0xb2),
        cookie.parse({
          name: 'nb_consent',
          provider: 'Cloud Officer',
          kind: 'STRICTLY_NECESSARY',
          durationAmount: 6,
          durationUnit: 'MONTHS',
          purpose: 'Remembers your cookie choices.',
          purposeIds: [ID.services],
          position: 1,
        }),
      ),
      withId(
        uuid(0xb3),
        cookie.parse({
          name: '_mcid',
          provider: 'Mailchimp',
          recipientId: ID.mailchimp,
          kind: 'MARKETING',
          durationAmount: 1,
          durationUnit: 'YEARS',
          purpose: 'Recognises newsletter subscribers who visit our website.',
          purposeIds: [ID.marketing],
          position: 2,
        }),
      ),
    ],
    clauses: [
      withId(
        uuid(0xd1),
        clause.parse({
          section: 'SECURITY',
          title: 'Certifications',
          body: [
            'We are **ISO/IEC 27001** certified. Read *more* in [our trust centre](https://cloudofficer.example/trust) or [click here](javascript:alert(1)).',
            '',
            '<script>alert("pwned")</script>',
            '',
            '## Audits',
            '',
            '- yearly external audit',
            '- `SOC 2` report on request, email [security](mailto:security@cloudofficer.example)',
            '',
            '<img src=x onerror="alert(2)"> AT&amp;T & co',
          ].join('\n'),
          position: 0,
        }),
      ),
      withId(
        uuid(0xd2),
        clause.parse({
          section: 'INTRODUCTION',
          body: 'Please read this policy carefully. Questions? Write to [our privacy team](mailto:privacy@cloudofficer.example).',
          position: 0,
        }),
      ),
    ],
  });
}
