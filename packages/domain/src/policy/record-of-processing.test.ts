import { describe, expect, it } from 'vitest';
import { audience } from '../audiences/audience.js';
import { dataCategory } from '../data-categories/data-category.js';
import { purpose } from '../purposes/purpose.js';
import { recipient } from '../recipients/recipient.js';
import { tenantProfile } from '../tenants/tenant.js';
import { DEFAULT_POLICY_SETTINGS } from './policy-settings.js';
import { buildPolicySnapshot, type PolicySnapshot } from './policy.js';
import { recordOfProcessing } from './record-of-processing.js';

const withId = <T>(id: string, value: T) => ({ id, ...value });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ID1 = uuid(1);
const ID2 = uuid(2);
const ID3 = uuid(3);
const ID4 = uuid(4);
const ID5 = uuid(5);
const ID6 = uuid(6);
const ID7 = uuid(7);
const ID8 = uuid(8);
const ID9 = uuid(9);
const ID10 = uuid(10);
const controller = tenantProfile.parse({
  slug: 'acme',
  legalName: 'Acme Ltd',
  tradingName: 'Acme',
  contactEmail: 'privacy@acme.test',
  jurisdictions: ['UK_GDPR', 'CCPA_CPRA'],
  offices: [
    {
      label: 'HQ',
      registered: true,
      address: { streetAddress: '1 Main Street', locality: 'London', postalCode: 'EC1A 1AA', country: 'GB' },
    },
  ],
  dpo: { name: 'Dana Officer', email: 'dpo@acme.test' },
});
const customers = withId(ID1, audience.parse({ name: 'Customers' }));
const contact = withId(ID2, dataCategory.parse({ name: 'Contact details', sources: ['SUBJECT'] }));
const health = withId(
  ID3,
  dataCategory.parse({ name: 'Health data', specialCategory: 'HEALTH', sources: ['SUBJECT'] }),
);
const hosting = withId(
  ID4,
  recipient.parse({
    name: 'CloudHost',
    role: 'PROCESSOR',
    country: 'US',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'],
  }),
);
const crm = withId(ID5, recipient.parse({ name: 'CRM Inc', role: 'PROCESSOR', country: 'US' }));
const partner = withId(
  ID6,
  recipient.parse({ name: 'Partner', role: 'JOINT_CONTROLLER', legalEntity: 'Partner GmbH', country: 'DE' }),
);

const snapshot = (extra: Partial<PolicySnapshot> = {}, settings: Record<string, unknown> = {}): PolicySnapshot =>
  buildPolicySnapshot({
    controller,
    settings: { ...DEFAULT_POLICY_SETTINGS, ...settings },
    audiences: [customers],
    dataCategories: [contact, health],
    purposes: [
      withId(
        ID7,
        purpose.parse({
          name: 'Customer support',
          description: 'Answering questions',
          legalBasis: 'CONTRACT',
          audienceIds: [ID1],
          dataCategoryIds: [ID2, ID3],
          recipientIds: [ID4, ID6],
          retention: { period: { amount: 2, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
        }),
      ),
      withId(
        ID8,
        purpose.parse({
          name: 'Newsletter',
          legalBasis: 'CONSENT',
          audienceIds: [],
          dataCategoryIds: [],
          recipientIds: [ID5],
          retention: {},
        }),
      ),
    ],
    recipients: [hosting, crm, partner],
    cookies: [],
    clauses: [],
    ...extra,
  });

describe('the record of processing activities (Art. 30(1))', () => {
  it('gives the controller’s part: name, contact, joint controllers, representatives and DPO', () => {
    expect(recordOfProcessing(snapshot()).controller).toEqual({
      name: 'Acme Ltd (Acme)',
      contact: '1 Main Street, EC1A 1AA London, GB; privacy@acme.test',
      jointControllers: 'Partner GmbH',
      representatives: 'None appointed',
      dataProtectionOfficer: 'Dana Officer, dpo@acme.test',
    });
  });

  it('has one activity per purpose with every element, transfers with their safeguards', () => {
    const [support] = recordOfProcessing(
      snapshot({}, { securityMeasures: ['ENCRYPTION_AT_REST', 'ACCESS_CONTROL'] }),
    ).activities;
    expect(support).toEqual({
      purposeId: ID7,
      purpose: 'Customer support: Answering questions',
      legalBasis: expect.stringContaining('6(1)(b)'),
      dataSubjects: 'Customers',
      personalData: 'Contact details; Health data (special category)',
      recipients: 'CloudHost (processor, US); Partner (joint controller, DE)',
      transfers: 'CloudHost to US: standard contractual clauses; Partner to DE: adequacy decision',
      retention: '2 years from the end of the relationship',
      security: 'encryption at rest; access control',
      missing: [],
    });
  });

  it('says what is missing instead of leaving a blank, and lists it', () => {
    const newsletter = recordOfProcessing(snapshot()).activities[1]!;
    expect(newsletter.dataSubjects).toBe('Not recorded: the categories of data subjects');
    expect(newsletter.personalData).toBe('Not recorded: the categories of personal data');
    expect(newsletter.transfers).toBe('CRM Inc to US: Not recorded: the safeguard (Art. 46) or derogation (Art. 49)');
    expect(newsletter.retention).toMatch(/^Not recorded: the time limit for erasure/);
    expect(newsletter.security).toMatch(/^Not recorded: a general description of the technical and organisational/);
    expect(newsletter.missing).toEqual(['dataSubjects', 'personalData', 'transfers', 'retention', 'security']);
  });

  it('a purpose sharing nothing has no recipients and no transfers, which are answers, not gaps', () => {
    const alone = snapshot({
      purposes: [
        withId(
          ID9,
          purpose.parse({
            name: 'Accounting',
            legalBasis: 'LEGAL_OBLIGATION',
            legalObligation: 'Companies Act 2006',
            audienceIds: [ID1],
            dataCategoryIds: [ID2],
            recipientIds: [],
            retention: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_FINANCIAL_YEAR' } },
          }),
        ),
      ],
    });
    const [accounting] = recordOfProcessing(alone).activities;
    expect([accounting!.recipients, accounting!.transfers]).toEqual(['None', 'None']);
    expect(accounting!.missing).toEqual(['security']);
  });

  it('follows the general retention rule where the purpose refers to it', () => {
    const general = snapshot(
      {
        purposes: [
          withId(
            ID10,
            purpose.parse({
              name: 'Website',
              legalBasis: 'LEGITIMATE_INTERESTS',
              legitimateInterest: 'Keeping the site working',
              audienceIds: [ID1],
              dataCategoryIds: [ID2],
              recipientIds: [],
              retention: { general: true },
            }),
          ),
        ],
      },
      { generalRetention: { period: null, criteria: 'As long as the account is open' } },
    );
    expect(recordOfProcessing(general).activities[0]!.retention).toBe('As long as the account is open');
  });

  it('says whether a regime requires the record', () => {
    expect(recordOfProcessing(snapshot())).toMatchObject({ required: true, regimes: ['UK GDPR'] });
    const californian = snapshot({ controller: { ...controller, jurisdictions: ['CCPA_CPRA'] } });
    expect(recordOfProcessing(californian)).toMatchObject({ required: false, regimes: [] });
  });
});
