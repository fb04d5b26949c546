import type { Address, RecipientRole, TransferSafeguard } from '@noticeboard/domain';

export interface CatalogDefault {
  name: string;
  role: RecipientRole;
  legalEntity: string;
  address: Address;
  country: string;
  processingCountries: string[];
  service: string;
  safeguards: TransferSafeguard[];
  privacyPolicyUrl: string;
  optOutUrl?: string;
}

const googleIreland = {
  legalEntity: 'Google Ireland Limited',
  address: {
    streetAddress: 'Gordon House, Barrow Street',
    locality: 'Dublin 4',
    region: null,
    postalCode: 'D04 E5W5',
    country: 'IE',
  },
  country: 'IE',
  processingCountries: ['US'],
  safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'] as TransferSafeguard[],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
};

/**
 * What every new agency's catalog starts with: the recipients small companies name most often. Their transfers
 * rest on the European Commission's standard contractual clauses with the UK Addendum, which their data
 * processing terms incorporate. The Data Privacy Framework is left for the agency to add: relying on it needs the
 * entity's certification (its date and its UK and Swiss parts) as the DPF List shows it, which a default cannot
 * vouch for.
 */
export const DEFAULT_CATALOG: CatalogDefault[] = [
  {
    name: 'Amazon Web Services',
    role: 'PROCESSOR',
    legalEntity: 'Amazon Web Services EMEA SARL',
    address: {
      streetAddress: '38 Avenue John F. Kennedy',
      locality: 'Luxembourg',
      region: null,
      postalCode: 'L-1855',
      country: 'LU',
    },
    country: 'LU',
    processingCountries: ['US'],
    service: 'cloud hosting and infrastructure',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://aws.amazon.com/privacy/',
  },
  {
    name: 'Google Analytics',
    role: 'PROCESSOR',
    ...googleIreland,
    service: 'website analytics',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  },
  { name: 'Google Tag Manager', role: 'PROCESSOR', ...googleIreland, service: 'website tag management' },
  { name: 'reCAPTCHA', role: 'PROCESSOR', ...googleIreland, service: 'protection of web forms against spam and abuse' },
  {
    name: 'HubSpot',
    role: 'PROCESSOR',
    legalEntity: 'HubSpot Ireland Limited',
    address: {
      streetAddress: "One Sir John Rogerson's Quay",
      locality: 'Dublin 2',
      region: null,
      postalCode: null,
      country: 'IE',
    },
    country: 'IE',
    processingCountries: ['US'],
    service: 'customer relationship management and marketing email',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
  },
  {
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
    processingCountries: [],
    service: 'customer relationship management',
    safeguards: ['BINDING_CORPORATE_RULES', 'STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://www.salesforce.com/company/privacy/',
  },
  {
    name: 'Zoom',
    role: 'PROCESSOR',
    legalEntity: 'Zoom Video Communications, Inc.',
    address: {
      streetAddress: '55 Almaden Boulevard, 6th Floor',
      locality: 'San Jose',
      region: 'CA',
      postalCode: '95113',
      country: 'US',
    },
    country: 'US',
    processingCountries: [],
    service: 'video meetings',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://explore.zoom.us/en/privacy/',
  },
  {
    name: 'Miro',
    role: 'PROCESSOR',
    legalEntity: 'RealtimeBoard, Inc. (Miro)',
    address: {
      streetAddress: '201 Spear St, Suite 1100',
      locality: 'San Francisco',
      region: 'CA',
      postalCode: '94105',
      country: 'US',
    },
    country: 'US',
    processingCountries: [],
    service: 'online collaborative whiteboard',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://miro.com/legal/privacy-policy/',
  },
  {
    name: 'Pipedrive',
    role: 'PROCESSOR',
    legalEntity: 'Pipedrive OÜ',
    address: {
      streetAddress: 'Mustamäe tee 3a',
      locality: 'Tallinn',
      region: null,
      postalCode: '10615',
      country: 'EE',
    },
    country: 'EE',
    processingCountries: [],
    service: 'sales pipeline management (CRM)',
    safeguards: [],
    privacyPolicyUrl: 'https://www.pipedrive.com/en/privacy',
  },
  {
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
    processingCountries: [],
    service: 'workflow automation between applications',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
    privacyPolicyUrl: 'https://zapier.com/privacy',
  },
];
