import { describe, expect, it } from 'vitest';
import { audience } from '../audiences/audience.js';
import { clause } from '../clauses/clause.js';
import { cookie } from '../cookies/cookie.js';
import { dataCategory } from '../data-categories/data-category.js';
import { JURISDICTIONS, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { policySettings } from '../policy/policy-settings.js';
import { buildPolicySnapshot, type PolicyParts, type PolicySnapshot } from '../policy/policy.js';
import type { LegalBasis } from '../purposes/legal-basis.js';
import { purpose } from '../purposes/purpose.js';
import { recipient } from '../recipients/recipient.js';
import { tenantProfile, type ControllerCertification } from '../tenants/tenant.js';
import { policyItems, policyTranslationStatus } from '../policy/policy-translation.js';
import { translatableTexts } from '../common/translation.js';
import {
  COMPLETENESS_CODES,
  COMPLETENESS_LOCATION_KINDS,
  checkCompleteness,
  isPublishable,
  type CompletenessCode,
  type CompletenessLocationKind,
  type CompletenessProblem,
  type CompletenessSeverity,
} from './completeness.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const A_VISITORS = uuid(0xa1);
const A_CUSTOMERS = uuid(0xa2);
const A_APPLICANTS = uuid(0xa3);
const A_SUPPLIERS = uuid(0xa4);
const C_CONTACT = uuid(0xc1);
const C_USAGE = uuid(0xc2);
const C_HEALTH = uuid(0xc3);
const C_COMPANY = uuid(0xc4);
const C_FAX = uuid(0xc5);
const P_SERVICE = uuid(0xf1);
const P_ANALYTICS = uuid(0xf2);
const P_RECRUITMENT = uuid(0xf3);
const P_PROSPECTING = uuid(0xf4);
const P_ACCOUNTING = uuid(0xf5);
const R_ZOOM = uuid(0xe1);
const R_GA = uuid(0xe2);
const R_ADVISERS = uuid(0xe3);
const K_GA = uuid(0xb1);
const K_SESSION = uuid(0xb2);
const S_SECURITY = uuid(0xd1);

const EU_UK: Jurisdiction[] = ['EU_GDPR', 'UK_GDPR'];

const ICO = {
  name: "Information Commissioner's Office",
  country: 'GB',
  website: 'https://ico.org.uk',
  email: null,
  phone: null,
  address: null,
};
const DPC = { ...ICO, name: 'Data Protection Commission', country: 'IE', website: 'https://www.dataprotection.ie' };
const DPF_CERTIFICATION: ControllerCertification = {
  framework: 'DATA_PRIVACY_FRAMEWORK',
  certifiedOn: '2023-10-01',
  ukExtension: false,
  swissFramework: false,
  recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'JAMS', url: 'https://www.jamsadr.com/dpf-dispute-resolution' },
  enforcementBody: 'FTC',
};

/** A UK company serving the UK and the EU whose policy says everything Art. 13 and 14 ask for. */
function completeParts(): PolicyParts {
  const withId = <T>(id: string, value: T) => ({ ...value, id });
  return {
    controller: tenantProfile.parse({
      legalName: 'Acme Analytics Ltd',
      tradingName: 'Acme',
      registrationNumber: '01234567',
      offices: [
        {
          label: 'Head office',
          address: { streetAddress: '1 Example Street', locality: 'London', postalCode: 'EC1A 1AA', country: 'GB' },
          registered: true,
        },
      ],
      contactEmail: 'privacy@acme.example',
      contactPhone: '+44 20 7946 0000',
      website: 'https://acme.example',
      dpo: { name: 'Dana Protector', email: 'dpo@acme.example' },
      representatives: [
        {
          region: 'EU',
          name: 'Acme EU Representative Ltd',
          email: 'eu-rep@acme.example',
          address: { streetAddress: '2 Sample Road', locality: 'Dublin', country: 'IE' },
        },
      ],
      supervisoryAuthority: { name: "Information Commissioner's Office", country: 'GB', website: 'https://ico.org.uk' },
      jurisdictions: ['UK_GDPR', 'EU_GDPR'],
      slug: 'acme',
    }),
    settings: policySettings.parse({
      rightsContactEmail: 'rights@acme.example',
      rightsContactUrl: 'https://acme.example/privacy/requests',
      automatedDecisionMaking: false,
      internationalTransfers: true,
      sellsOrSharesPersonalInformation: false,
      soldOrSharedInPreceding12Months: false,
      sensitivePersonalInformationOnlyForPermittedUses: true,
      // California, Brazil and Canada: answered, so serving those regimes adds no problem.
      sellsOrSharesPersonalInformationOfMinors: false,
      processesOptOutPreferenceSignals: true,
      operatesExclusivelyOnline: true,
      offersFinancialIncentives: false,
      authorisedAgentProof: 'SIGNED_PERMISSION',
      verificationProcess: 'we match the email address you write from with our records',
      processesChildrensData: false,
      accountablePersonName: 'Priya Officer',
      accountablePersonTitle: 'Privacy Officer',
    }),
    audiences: [
      withId(A_VISITORS, audience.parse({ name: 'Website visitors', position: 0 })),
      withId(A_CUSTOMERS, audience.parse({ name: 'Customers', position: 1 })),
      withId(A_APPLICANTS, audience.parse({ name: 'Job applicants', position: 2 })),
    ],
    dataCategories: [
      withId(
        C_CONTACT,
        dataCategory.parse({
          name: 'Contact details',
          sources: ['SUBJECT'],
          requirement: 'CONTRACTUAL',
          consequenceOfNotProviding: 'we cannot provide the service',
          ccpaCategory: 'IDENTIFIERS',
          position: 0,
        }),
      ),
      withId(
        C_USAGE,
        dataCategory.parse({
          name: 'Usage data',
          sources: ['AUTOMATIC'],
          ccpaCategory: 'INTERNET_ACTIVITY',
          position: 1,
        }),
      ),
      withId(
        C_HEALTH,
        dataCategory.parse({
          name: 'Health and adjustments',
          specialCategory: 'HEALTH',
          sources: ['SUBJECT'],
          requirement: 'VOLUNTARY',
          ccpaCategory: 'SENSITIVE_PERSONAL_INFORMATION',
          position: 2,
        }),
      ),
      withId(
        C_COMPANY,
        dataCategory.parse({
          name: 'Company information',
          sources: ['THIRD_PARTY', 'PUBLIC'],
          sourceDetails: 'list brokers and Companies House',
          ccpaCategory: 'PROFESSIONAL_INFORMATION',
          position: 3,
        }),
      ),
    ],
    purposes: [
      withId(
        P_SERVICE,
        purpose.parse({
          name: 'Providing the service',
          legalBasis: 'CONTRACT',
          audienceIds: [A_CUSTOMERS],
          dataCategoryIds: [C_CONTACT],
          recipientIds: [R_ZOOM],
          retention: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
          position: 0,
        }),
      ),
      withId(
        P_ANALYTICS,
        purpose.parse({
          name: 'Analytics',
          legalBasis: 'CONSENT',
          audienceIds: [A_VISITORS],
          dataCategoryIds: [C_USAGE],
          recipientIds: [R_GA],
          retention: { period: { amount: 14, unit: 'MONTHS', trigger: 'COLLECTION' } },
          position: 1,
        }),
      ),
      withId(
        P_RECRUITMENT,
        purpose.parse({
          name: 'Recruitment',
          legalBasis: 'LEGITIMATE_INTERESTS',
          legitimateInterest: 'finding the right people to hire',
          specialCategoryCondition: 'EMPLOYMENT_AND_SOCIAL_SECURITY',
          audienceIds: [A_APPLICANTS],
          dataCategoryIds: [C_CONTACT, C_HEALTH],
          retention: { criteria: 'until the role is filled, then six months for any legal claims' },
          position: 2,
        }),
      ),
      withId(
        P_PROSPECTING,
        purpose.parse({
          name: 'Business development',
          legalBasis: 'LEGITIMATE_INTERESTS',
          legitimateInterest: 'finding companies that may need our service',
          audienceIds: [A_CUSTOMERS],
          dataCategoryIds: [C_COMPANY],
          recipientIds: [R_ADVISERS],
          retention: { period: { amount: 2, unit: 'YEARS', trigger: 'LAST_INTERACTION' } },
          position: 3,
        }),
      ),
      withId(
        P_ACCOUNTING,
        purpose.parse({
          name: 'Accounting',
          legalBasis: 'LEGAL_OBLIGATION',
          legalObligation: 'Companies Act 2006, s. 386',
          legalObligationOrigin: 'GB',
          audienceIds: [A_CUSTOMERS],
          dataCategoryIds: [C_CONTACT],
          retention: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_FINANCIAL_YEAR' } },
          position: 4,
        }),
      ),
    ],
    recipients: [
      withId(
        R_ZOOM,
        recipient.parse({
          name: 'Zoom',
          role: 'PROCESSOR',
          legalEntity: 'Zoom Communications, Inc.',
          country: 'US',
          service: 'video meetings',
          safeguards: ['DATA_PRIVACY_FRAMEWORK', 'STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'],
          dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: true },
          position: 0,
        }),
      ),
      withId(
        R_GA,
        recipient.parse({
          name: 'Google Analytics',
          role: 'PROCESSOR',
          legalEntity: 'Google Ireland Limited',
          country: 'IE',
          processingCountries: ['US'],
          service: 'website analytics',
          safeguards: ['DATA_PRIVACY_FRAMEWORK'],
          dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: true },
          position: 1,
        }),
      ),
      withId(R_ADVISERS, recipient.parse({ name: 'Our professional advisers', role: 'CATEGORY', position: 2 })),
    ],
    cookies: [
      withId(
        K_GA,
        cookie.parse({
          name: '_ga',
          provider: 'Google',
          recipientId: R_GA,
          kind: 'ANALYTICS',
          durationAmount: 2,
          durationUnit: 'YEARS',
          purpose: 'tells visitors apart',
          purposeIds: [P_ANALYTICS],
          position: 0,
        }),
      ),
      withId(
        K_SESSION,
        cookie.parse({
          name: 'session',
          provider: 'Acme',
          kind: 'STRICTLY_NECESSARY',
          purpose: 'keeps you signed in',
          purposeIds: [P_SERVICE],
          position: 1,
        }),
      ),
    ],
    clauses: [withId(S_SECURITY, clause.parse({ section: 'SECURITY', body: 'We protect your data.', position: 0 }))],
  };
}

function complete(): PolicySnapshot {
  return buildPolicySnapshot(completeParts());
}

function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no ${id} in the snapshot`);
  return item;
}

/** Every code any test saw, to prove each code is exercised. */
const seen = new Set<CompletenessCode>();
function check(snapshot: PolicySnapshot): CompletenessProblem[] {
  const problems = checkCompleteness(snapshot);
  for (const p of problems) seen.add(p.code);
  return problems;
}

function problem(
  code: CompletenessCode,
  severity: CompletenessSeverity,
  requirement: string,
  jurisdictions: Jurisdiction[],
  location: [CompletenessLocationKind, string | null, string | null],
  message: string,
): CompletenessProblem {
  const [kind, id, field] = location;
  return { code, severity, requirement, jurisdictions, message, location: { kind, id, field } };
}

describe('a complete snapshot', () => {
  it('has no problems and is publishable', () => {
    const problems = check(complete());
    expect(problems).toEqual([]);
    expect(isPublishable(problems)).toBe(true);
  });

  it.each<Jurisdiction[]>([['EU_GDPR'], ['UK_GDPR'], ['CCPA_CPRA'], ['PIPEDA'], ['UK_GDPR', 'EU_GDPR', 'CCPA_CPRA']])(
    'stays complete for %j',
    (...jurisdictions) => {
      const s = complete();
      s.controller.jurisdictions = jurisdictions;
      // A UK statute is no Art. 6(1)(c) basis under the EU GDPR alone (Art. 6(3)): there the duty is Union law.
      if (!jurisdictions.includes('UK_GDPR')) find(s.purposes, P_ACCOUNTING).legalObligationOrigin = 'EU';
      expect(check(s)).toEqual([]);
    },
  );
});

interface Row {
  name: string;
  change: (s: PolicySnapshot) => void;
  expected: CompletenessProblem[];
}

const withCcpa = (s: PolicySnapshot) => {
  s.controller.jurisdictions = ['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA'];
};
const EU_UK_CCPA: Jurisdiction[] = ['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA'];

const CA: Jurisdiction[] = ['CCPA_CPRA'];
/** A California-only tenant that sells through its analytics purpose, with every answer selling needs given. */
const californiaSeller = (s: PolicySnapshot) => {
  s.controller.jurisdictions = CA;
  s.settings.sellsOrSharesPersonalInformation = true;
  s.settings.doNotSellOrShareUrl = 'https://acme.example/do-not-sell';
  find(s.purposes, P_ANALYTICS).saleOrSharing = true;
};
const caSetting = (code: CompletenessCode, requirement: string, field: string, message: string): CompletenessProblem =>
  problem(code, 'ERROR', requirement, CA, ['SETTINGS', null, field], message);

function californiaRows(): Row[] {
  return [
    {
      name: 'CCPA: a purpose that sells or shares names no recipient (categories of third parties, § 7011(e)(1)(E))',
      change: (s) => {
        californiaSeller(s);
        find(s.purposes, P_ANALYTICS).recipientIds = [];
        // Google Analytics stays in the policy through its cookie.
      },
      expected: [
        problem(
          'SALE_OR_SHARING_WITHOUT_RECIPIENT',
          'ERROR',
          '11 CCR § 7011(e)(1)(E)',
          CA,
          ['PURPOSE', P_ANALYTICS, 'recipientIds'],
          "purpose 'Analytics' sells or shares personal information but names no recipient, so the policy cannot say to which third parties",
        ),
      ],
    },
    {
      name: 'CCPA: a seller has not said whether it knowingly sells or shares data of consumers under 16',
      change: (s) => {
        californiaSeller(s);
        s.settings.sellsOrSharesPersonalInformationOfMinors = null;
      },
      expected: [
        caSetting(
          'MINORS_SALE_NOT_ANSWERED',
          '11 CCR § 7011(e)(1)(G)',
          'sellsOrSharesPersonalInformationOfMinors',
          'say whether you have actual knowledge that you sell or share the personal information of consumers under 16',
        ),
      ],
    },
    {
      name: 'CCPA: a seller has not said how it processes opt-out preference signals (§ 7025)',
      change: (s) => {
        californiaSeller(s);
        s.settings.processesOptOutPreferenceSignals = null;
      },
      expected: [
        caSetting(
          'OPT_OUT_SIGNALS_NOT_ANSWERED',
          '11 CCR § 7011(e), § 7025',
          'processesOptOutPreferenceSignals',
          'personal information is sold or shared: say whether opt-out preference signals (Global Privacy Control) are processed',
        ),
      ],
    },
    {
      name: 'CCPA: a seller answers that it ignores opt-out preference signals (§ 7025(b))',
      change: (s) => {
        californiaSeller(s);
        s.settings.processesOptOutPreferenceSignals = false;
      },
      expected: [
        caSetting(
          'OPT_OUT_SIGNALS_NOT_PROCESSED',
          '11 CCR § 7025(b)',
          'processesOptOutPreferenceSignals',
          'a business that sells or shares personal information must process opt-out preference signals as opt-out requests',
        ),
      ],
    },
    {
      name: 'CCPA: no toll-free number and no answer on operating exclusively online (§ 1798.130(a)(1))',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.operatesExclusivelyOnline = null;
      },
      expected: [
        caSetting(
          'REQUEST_METHODS_NOT_ANSWERED',
          'CCPA § 1798.130(a)(1)(A)',
          'operatesExclusivelyOnline',
          'give a toll-free number for requests, or answer that you operate exclusively online with a direct relationship with consumers (then an email address is enough)',
        ),
      ],
    },
    {
      name: 'CCPA: a business not exclusively online gives no toll-free number',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.operatesExclusivelyOnline = false;
      },
      expected: [
        caSetting(
          'TOLL_FREE_NUMBER_MISSING',
          'CCPA § 1798.130(a)(1)(A)',
          'tollFreeNumber',
          'a business that does not operate exclusively online must offer a toll-free number for requests',
        ),
      ],
    },
    {
      name: 'CCPA: authorised agents are not addressed (§ 7063)',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.authorisedAgentProof = null;
      },
      expected: [
        caSetting(
          'AUTHORISED_AGENT_PROCESS_MISSING',
          '11 CCR § 7011(e), § 7063',
          'authorisedAgentProof',
          'say what an authorised agent must provide to make a request on a consumer’s behalf',
        ),
      ],
    },
    {
      name: 'CCPA: the verification process is not described (§§ 7060–7062)',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.verificationProcess = null;
      },
      expected: [
        caSetting(
          'VERIFICATION_PROCESS_MISSING',
          '11 CCR § 7011(e), §§ 7060–7062',
          'verificationProcess',
          'describe how you verify requests to know, delete and correct, and what the consumer must provide',
        ),
      ],
    },
    {
      name: 'CCPA: financial incentives are not answered (§ 1798.125(b), § 7016)',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.offersFinancialIncentives = null;
      },
      expected: [
        caSetting(
          'FINANCIAL_INCENTIVES_NOT_ANSWERED',
          'CCPA § 1798.125(b); 11 CCR § 7016',
          'offersFinancialIncentives',
          'say whether you offer financial incentives or price or service differences for personal information',
        ),
      ],
    },
    {
      name: 'CCPA: a financial incentive is offered without a notice of financial incentive',
      change: (s) => {
        s.controller.jurisdictions = CA;
        s.settings.offersFinancialIncentives = true;
      },
      expected: [
        caSetting(
          'FINANCIAL_INCENTIVE_NOTICE_MISSING',
          '11 CCR § 7016(a)-(c)',
          'financialIncentiveNoticeUrl',
          'a financial incentive is offered: give the page with its notice of financial incentive',
        ),
      ],
    },
  ];
}

function brazilRows(): Row[] {
  const lgpd = (s: PolicySnapshot) => {
    s.controller.jurisdictions = ['LGPD'];
    // Transfers out of Brazil are not this table's subject: every recipient is answered as covered by SCCs.
    for (const r of s.recipients) r.safeguards = ['STANDARD_CONTRACTUAL_CLAUSES'];
  };
  const setting = (code: CompletenessCode, requirement: string, field: string, message: string) =>
    problem(code, 'ERROR', requirement, ['LGPD'], ['SETTINGS', null, field], message);
  return [
    {
      name: 'LGPD: a complete snapshot stays complete',
      change: lgpd,
      expected: [],
    },
    {
      name: 'LGPD: children’s and adolescents’ data is not answered (Art. 14)',
      change: (s) => {
        lgpd(s);
        s.settings.processesChildrensData = null;
      },
      expected: [
        setting(
          'CHILDREN_DATA_NOT_ANSWERED',
          'LGPD Art. 14',
          'processesChildrensData',
          'say whether you process personal data of children or adolescents',
        ),
      ],
    },
    {
      name: 'LGPD: children’s data is processed without the types published or the parental consent described',
      change: (s) => {
        lgpd(s);
        s.settings.processesChildrensData = true;
      },
      expected: [
        setting(
          'CHILDREN_DATA_TYPES_MISSING',
          'LGPD Art. 14, § 2',
          'childrensDataTypes',
          'children’s or adolescents’ data is processed: say which types of data you collect and how you use them',
        ),
        setting(
          'PARENTAL_CONSENT_PROCESS_MISSING',
          'LGPD Art. 14, §§ 1 and 5',
          'parentalConsentProcess',
          'children’s data is processed: say how you obtain and check the specific consent of a parent or legal guardian',
        ),
      ],
    },
    {
      name: 'LGPD: whether providing data is a condition of the service is unanswered (Art. 9, § 3)',
      change: (s) => {
        lgpd(s);
        find(s.dataCategories, C_CONTACT).requirement = null;
        find(s.dataCategories, C_CONTACT).consequenceOfNotProviding = null;
      },
      expected: [
        problem(
          'PROVISION_REQUIREMENT_NOT_ANSWERED',
          'ERROR',
          'LGPD Art. 9, § 3',
          ['LGPD'],
          ['DATA_CATEGORY', C_CONTACT, 'requirement'],
          "data category 'Contact details' is collected from the person but the policy does not say whether providing it is required (voluntary, contractual, needed for a contract or statutory)",
        ),
      ],
    },
    {
      name: 'LGPD: a recipient no purpose names has no purpose of shared use (Art. 9, V), which blocks',
      change: (s) => {
        lgpd(s);
        find(s.purposes, P_PROSPECTING).recipientIds = [];
      },
      expected: [
        problem(
          'SHARED_USE_PURPOSE_MISSING',
          'ERROR',
          'LGPD Art. 9, V',
          ['LGPD'],
          ['RECIPIENT', R_ADVISERS, null],
          "recipient 'Our professional advisers' is named by no purpose or cookie, so the policy does not say why data is shared with it",
        ),
      ],
    },
  ];
}

const ROWS: Row[] = [
  // Controller: Art. 13(1)(a)-(b), 13(2)(d)
  {
    name: 'the controller has no legal name',
    change: (s) => void (s.controller.legalName = ''),
    expected: [
      problem(
        'CONTROLLER_NAME_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(a)',
        EU_UK,
        ['CONTROLLER', null, 'legalName'],
        'the controller has no legal name',
      ),
    ],
  },
  {
    name: 'the controller has no contact email (rights still have their own route)',
    change: (s) => void (s.controller.contactEmail = ' '),
    expected: [
      problem(
        'CONTROLLER_CONTACT_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(a)',
        EU_UK,
        ['CONTROLLER', null, 'contactEmail'],
        'the controller has no contact email',
      ),
    ],
  },
  {
    name: 'the controller has no office (so no UK establishment is known either)',
    change: (s) => void (s.controller.offices = []),
    expected: [
      problem(
        'CONTROLLER_ADDRESS_MISSING',
        'WARNING',
        'GDPR Art. 13(1)(a)',
        EU_UK,
        ['CONTROLLER', null, 'offices'],
        'the controller has no office address',
      ),
      problem(
        'REPRESENTATIVE_MISSING',
        'ERROR',
        'UK GDPR Art. 13(1)(a), 27',
        ['UK_GDPR'],
        ['CONTROLLER', null, 'representatives'],
        'no office or country of establishment of the controller is entered, so none is known in the UK, and names no UK representative',
      ),
    ],
  },
  {
    name: 'a UK-only organisation without an office address, established in the UK, needs no UK representative',
    change: (s) => {
      s.controller.offices = [];
      s.controller.establishedIn = 'GB';
    },
    expected: [
      problem(
        'CONTROLLER_ADDRESS_MISSING',
        'WARNING',
        'GDPR Art. 13(1)(a)',
        EU_UK,
        ['CONTROLLER', null, 'offices'],
        'the controller has no office address',
      ),
    ],
  },
  {
    name: 'a Vietnamese company serving the EU and the UK names no representative',
    change: (s) => {
      s.controller.representatives = [];
      s.controller.offices = [
        {
          label: 'Head office',
          address: {
            streetAddress: '1 Le Loi',
            locality: 'Ho Chi Minh City',
            region: null,
            postalCode: null,
            country: 'VN',
          },
          registered: true,
        },
      ];
    },
    expected: [
      problem(
        'REPRESENTATIVE_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(a), 27',
        ['EU_GDPR'],
        ['CONTROLLER', null, 'representatives'],
        'the controller has no establishment in the EU and names no EU representative',
      ),
      problem(
        'REPRESENTATIVE_MISSING',
        'ERROR',
        'UK GDPR Art. 13(1)(a), 27',
        ['UK_GDPR'],
        ['CONTROLLER', null, 'representatives'],
        'the controller has no establishment in the UK and names no UK representative',
      ),
    ],
  },
  {
    name: 'a UK controller serving the EU names no EU representative',
    change: (s) => void (s.controller.representatives = []),
    expected: [
      problem(
        'REPRESENTATIVE_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(a), 27',
        ['EU_GDPR'],
        ['CONTROLLER', null, 'representatives'],
        'the controller has no establishment in the EU and names no EU representative',
      ),
    ],
  },
  {
    name: 'a controller established only in Ireland serving the UK names no UK representative',
    change: (s) => {
      const office = s.controller.offices[0]!;
      office.address = {
        streetAddress: '3 Quay Street',
        locality: 'Dublin',
        region: null,
        postalCode: null,
        country: 'IE',
      };
    },
    expected: [
      problem(
        'REPRESENTATIVE_MISSING',
        'ERROR',
        'UK GDPR Art. 13(1)(a), 27',
        ['UK_GDPR'],
        ['CONTROLLER', null, 'representatives'],
        'the controller has no establishment in the UK and names no UK representative',
      ),
    ],
  },
  {
    name: 'a controller outside Switzerland serving Switzerland names no Swiss representative',
    change: (s) => void (s.controller.jurisdictions = ['EU_GDPR', 'UK_GDPR', 'CH_FADP']),
    expected: [
      problem(
        'CH_REPRESENTATIVE_RECOMMENDED',
        'WARNING',
        'FADP Art. 14',
        ['CH_FADP'],
        ['CONTROLLER', null, 'representatives'],
        'the controller has no establishment in Switzerland and names no Swiss representative',
      ),
    ],
  },
  {
    name: 'the DPO cannot be contacted',
    change: (s) => void (s.controller.dpo = { name: 'Dana Protector', email: null, phone: null, address: null }),
    expected: [
      problem(
        'DPO_CONTACT_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(b)',
        EU_UK,
        ['CONTROLLER', null, 'dpo'],
        'the data protection officer has no email, phone or address',
      ),
    ],
  },
  {
    name: 'special-category data is processed without a DPO',
    change: (s) => void (s.controller.dpo = null),
    expected: [
      problem(
        'DPO_RECOMMENDED',
        'WARNING',
        'GDPR Art. 37(1)(c)',
        EU_UK,
        ['CONTROLLER', null, 'dpo'],
        "data category 'Health and adjustments' is special-category data but no data protection officer is named",
      ),
    ],
  },
  {
    name: 'no supervisory authority is named',
    change: (s) => void (s.controller.supervisoryAuthorities = []),
    expected: [
      problem(
        'SUPERVISORY_AUTHORITY_MISSING',
        'WARNING',
        'GDPR Art. 13(2)(d)',
        EU_UK,
        ['CONTROLLER', null, 'supervisoryAuthorities'],
        'no supervisory authority is named for complaints',
      ),
    ],
  },
  {
    name: 'an authority is named for the UK GDPR only, none for the EU GDPR',
    change: (s) =>
      void (s.controller.supervisoryAuthorities = [{ ...ICO, jurisdictions: ['UK_GDPR'], establishment: null }]),
    expected: [
      problem(
        'SUPERVISORY_AUTHORITY_MISSING',
        'WARNING',
        'GDPR Art. 13(2)(d)',
        ['EU_GDPR'],
        ['CONTROLLER', null, 'supervisoryAuthorities'],
        'no supervisory authority is named for complaints under the EU GDPR',
      ),
    ],
  },
  {
    name: 'one authority per regime, and an authority per establishment, leave nothing missing',
    change: (s) =>
      void (s.controller.supervisoryAuthorities = [
        { ...ICO, jurisdictions: ['UK_GDPR'], establishment: null },
        { ...DPC, jurisdictions: ['EU_GDPR'], establishment: 'Acme Analytics Ireland Ltd' },
        { ...DPC, name: 'CNIL', country: 'FR', jurisdictions: ['EU_GDPR'], establishment: 'Acme SAS' },
      ]),
    expected: [],
  },
  {
    name: 'the controller is certified under the DPF and its UK Extension but names no recourse mechanism',
    change: (s) =>
      void (s.controller.certifications = [{ ...DPF_CERTIFICATION, ukExtension: true, recourseMechanism: null }]),
    expected: [
      problem(
        'CERTIFICATION_RECOURSE_MECHANISM_MISSING',
        'ERROR',
        'EU-U.S. DPF Principles II.1.a.ix; DPF Principles II.1.a.ix (UK Extension)',
        EU_UK,
        ['CONTROLLER', null, 'certifications.0.recourseMechanism'],
        'the controller is certified under the Data Privacy Framework but names no independent recourse mechanism for complaints',
      ),
    ],
  },
  {
    name: 'a DPF certification without the UK Extension concerns the EU GDPR only',
    change: (s) => void (s.controller.certifications = [{ ...DPF_CERTIFICATION, recourseMechanism: null }]),
    expected: [
      problem(
        'CERTIFICATION_RECOURSE_MECHANISM_MISSING',
        'ERROR',
        'EU-U.S. DPF Principles II.1.a.ix',
        ['EU_GDPR'],
        ['CONTROLLER', null, 'certifications.0.recourseMechanism'],
        'the controller is certified under the Data Privacy Framework but names no independent recourse mechanism for complaints',
      ),
    ],
  },
  {
    name: 'a DPF certification with its recourse mechanism is complete',
    change: (s) => void (s.controller.certifications = [DPF_CERTIFICATION]),
    expected: [],
  },
  // Settings: Art. 13(2)(b)-(c)
  {
    name: 'there is no way to reach the controller at all (rights and consent withdrawal)',
    change: (s) => {
      s.controller.contactEmail = '';
      s.settings.rightsContactEmail = null;
      s.settings.rightsContactUrl = null;
    },
    expected: [
      problem(
        'CONTROLLER_CONTACT_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(a)',
        EU_UK,
        ['CONTROLLER', null, 'contactEmail'],
        'the controller has no contact email',
      ),
      problem(
        'RIGHTS_ROUTE_MISSING',
        'ERROR',
        'GDPR Art. 13(2)(b)',
        EU_UK,
        ['SETTINGS', null, 'rightsContactEmail'],
        'no way to exercise rights is given: add a rights contact email, page or channel, or a controller contact email',
      ),
      problem(
        'CONSENT_WITHDRAWAL_ROUTE_MISSING',
        'ERROR',
        'GDPR Art. 13(2)(c)',
        EU_UK,
        ['SETTINGS', null, 'rightsContactEmail'],
        "purpose 'Analytics' relies on consent but no withdrawal route is given",
      ),
    ],
  },
  // Settings: CCPA
  {
    name: 'a purpose sells or shares personal information but the settings say none is',
    change: (s) => {
      withCcpa(s);
      find(s.purposes, P_ANALYTICS).saleOrSharing = true;
      s.settings.doNotSellOrShareUrl = 'https://acme.example/do-not-sell';
    },
    expected: [
      problem(
        'SALE_OR_SHARING_NOT_STATED',
        'ERROR',
        'CCPA § 1798.130(a)(5)(C)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'sellsOrSharesPersonalInformation'],
        "purpose 'Analytics' sells or shares personal information but the policy states that none is sold or shared",
      ),
    ],
  },
  {
    name: 'the settings say personal information is sold but no purpose sells it',
    change: (s) => {
      withCcpa(s);
      s.settings.sellsOrSharesPersonalInformation = true;
      s.settings.doNotSellOrShareUrl = 'https://acme.example/do-not-sell';
    },
    expected: [
      problem(
        'SALE_OR_SHARING_WITHOUT_PURPOSE',
        'WARNING',
        'CCPA § 1798.130(a)(5)(B)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'sellsOrSharesPersonalInformation'],
        'the policy states that personal information is sold or shared but no purpose sells or shares it',
      ),
    ],
  },
  {
    name: 'sensitive personal information used beyond § 7027(m) with a rights email but no “Limit the Use” page',
    change: (s) => {
      withCcpa(s);
      s.settings.sensitivePersonalInformationOnlyForPermittedUses = false;
    },
    expected: [
      problem(
        'LIMIT_SENSITIVE_USE_ROUTE_MISSING',
        'ERROR',
        'CCPA § 1798.135(a)(2)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'limitSensitiveUseUrl'],
        'sensitive personal information is used beyond 11 CCR § 7027(m) but no page for the “Limit the Use of My Sensitive Personal Information” link is given (an email address is not enough)',
      ),
    ],
  },
  {
    name: 'selling personal information with a rights page and email but no “Do Not Sell or Share” page',
    change: (s) => {
      withCcpa(s);
      find(s.dataCategories, C_HEALTH).ccpaCategory = 'PROTECTED_CLASSIFICATIONS';
      find(s.purposes, P_ANALYTICS).saleOrSharing = true;
      s.settings.sellsOrSharesPersonalInformation = true;
    },
    expected: [
      problem(
        'SALE_OPT_OUT_ROUTE_MISSING',
        'ERROR',
        'CCPA § 1798.135(a)(1)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'doNotSellOrShareUrl'],
        'personal information is sold or shared but no page for the “Do Not Sell or Share My Personal Information” link is given (an email address is not enough)',
      ),
    ],
  },
  // California: 11 CCR § 7011(e) beyond the categories; each row serves the CCPA alone, so only it is cited.
  ...californiaRows(),
  // Brazil: LGPD Art. 9 and 14.
  ...brazilRows(),
  // Canada: PIPEDA Principle 4.1.
  {
    name: 'PIPEDA: the individual accountable for compliance is neither named nor given a title',
    change: (s) => {
      s.controller.jurisdictions = ['PIPEDA'];
      s.settings.accountablePersonName = null;
      s.settings.accountablePersonTitle = ' ';
    },
    expected: [
      problem(
        'ACCOUNTABLE_PERSON_MISSING',
        'ERROR',
        'PIPEDA Sch. 1, Principles 4.1, 4.1.1, 4.8.2(a)',
        ['PIPEDA'],
        ['SETTINGS', null, 'accountablePersonTitle'],
        'name the individual accountable for compliance with PIPEDA, or give their title',
      ),
    ],
  },
  // Audiences
  {
    name: 'an audience has no purpose',
    change: (s) => void s.audiences.push({ ...audience.parse({ name: 'Suppliers', position: 3 }), id: A_SUPPLIERS }),
    expected: [
      problem(
        'AUDIENCE_WITHOUT_PURPOSE',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['AUDIENCE', A_SUPPLIERS, null],
        "audience 'Suppliers' has no purpose",
      ),
    ],
  },
  // Data categories: Art. 13(2)(e), 14(1)(d), 14(2)(f), CCPA
  {
    name: 'a data category is not used by any purpose',
    change: (s) =>
      void s.dataCategories.push({
        ...dataCategory.parse({ name: 'Fax numbers', sources: ['SUBJECT'], position: 4 }),
        id: C_FAX,
      }),
    expected: [
      problem(
        'DATA_CATEGORY_UNUSED',
        'WARNING',
        'GDPR Art. 14(1)(d)',
        EU_UK,
        ['DATA_CATEGORY', C_FAX, null],
        "data category 'Fax numbers' is not used by any purpose",
      ),
    ],
  },
  {
    name: 'required data without the consequence of not providing it',
    change: (s) => void (find(s.dataCategories, C_CONTACT).consequenceOfNotProviding = null),
    expected: [
      problem(
        'CONSEQUENCE_MISSING',
        'ERROR',
        'GDPR Art. 13(2)(e)',
        EU_UK,
        ['DATA_CATEGORY', C_CONTACT, 'consequenceOfNotProviding'],
        "data category 'Contact details' is a contractual requirement but the consequence of not providing it is not given",
      ),
    ],
  },
  {
    name: 'data from third parties and public sources without naming them',
    change: (s) => void (find(s.dataCategories, C_COMPANY).sourceDetails = null),
    expected: [
      problem(
        'SOURCE_DETAILS_MISSING',
        'ERROR',
        'GDPR Art. 14(2)(f)',
        EU_UK,
        ['DATA_CATEGORY', C_COMPANY, 'sourceDetails'],
        "data category 'Company information' comes from third parties and public sources but the sources are not named",
      ),
    ],
  },
  {
    name: 'a used data category has no CCPA category',
    change: (s) => {
      withCcpa(s);
      find(s.dataCategories, C_USAGE).ccpaCategory = null;
    },
    expected: [
      problem(
        'CCPA_CATEGORY_MISSING',
        'ERROR',
        'CCPA § 1798.130(a)(5)(B)',
        ['CCPA_CPRA'],
        ['DATA_CATEGORY', C_USAGE, 'ccpaCategory'],
        "data category 'Usage data' has no CCPA category",
      ),
    ],
  },
  // Explicit answers behind statements of absence
  {
    name: 'automated decision-making not answered',
    change: (s) => void (s.settings.automatedDecisionMaking = null),
    expected: [
      problem(
        'AUTOMATED_DECISIONS_NOT_ANSWERED',
        'ERROR',
        'GDPR Art. 13(2)(f), 14(2)(g)',
        EU_UK,
        ['SETTINGS', null, 'automatedDecisionMaking'],
        'say whether decisions are made solely by automated means (the policy must state that there are none, or explain them)',
      ),
    ],
  },
  {
    name: 'automated decision-making answered no while a purpose explains its logic',
    change: (s) => void (find(s.purposes, P_RECRUITMENT).automatedDecisionLogic = 'a score ranks applicants'),
    expected: [
      problem(
        'AUTOMATED_DECISIONS_INCONSISTENT',
        'ERROR',
        'GDPR Art. 13(2)(f), 14(2)(g)',
        EU_UK,
        ['SETTINGS', null, 'automatedDecisionMaking'],
        "automated decision-making is answered no but purpose 'Recruitment' describes the logic of one",
      ),
    ],
  },
  {
    name: 'automated decision-making answered yes with no logic described',
    change: (s) => void (s.settings.automatedDecisionMaking = true),
    expected: [
      problem(
        'AUTOMATED_DECISIONS_INCONSISTENT',
        'ERROR',
        'GDPR Art. 13(2)(f), 14(2)(g)',
        EU_UK,
        ['SETTINGS', null, 'automatedDecisionMaking'],
        'automated decision-making is answered yes but no purpose explains the logic involved',
      ),
    ],
  },
  {
    name: 'international transfers not answered',
    change: (s) => void (s.settings.internationalTransfers = null),
    expected: [
      problem(
        'INTERNATIONAL_TRANSFERS_NOT_ANSWERED',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['SETTINGS', null, 'internationalTransfers'],
        'say whether personal data goes to other countries (the policy must state it, or that it does not)',
      ),
    ],
  },
  {
    name: 'no international transfers answered while recipients are outside or have no country',
    change: (s) => void (s.settings.internationalTransfers = false),
    expected: [
      problem(
        'INTERNATIONAL_TRANSFERS_INCONSISTENT',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['SETTINGS', null, 'internationalTransfers'],
        "international transfers are answered no, but 'Zoom' and 'Google Analytics' are outside, and 'Our professional advisers' has no country, so cannot be shown to be inside",
      ),
    ],
  },
  {
    name: 'international transfers answered yes while every recipient is inside (a UK-only tenant)',
    change: (s) => {
      s.controller.jurisdictions = ['UK_GDPR'];
      s.recipients = s.recipients.filter((r) => r.id === R_ADVISERS);
      find(s.recipients, R_ADVISERS).country = 'GB';
      for (const p of s.purposes) p.recipientIds = p.recipientIds.filter((id) => id === R_ADVISERS);
      s.cookies = s.cookies.filter((k) => k.recipientId === null);
    },
    expected: [
      problem(
        'INTERNATIONAL_TRANSFERS_INCONSISTENT',
        'ERROR',
        'UK GDPR Art. 13(1)(f)',
        ['UK_GDPR'],
        ['SETTINGS', null, 'internationalTransfers'],
        'international transfers are answered yes but every recipient is inside the area: give the countries where recipients process data',
      ),
    ],
  },
  {
    name: 'no recipients and no answer on disclosure',
    change: (s) => {
      s.recipients = [];
      for (const p of s.purposes) p.recipientIds = [];
      s.cookies = s.cookies.filter((k) => k.recipientId === null);
      s.settings.internationalTransfers = false;
    },
    expected: [
      problem(
        'DISCLOSURE_NOT_ANSWERED',
        'ERROR',
        'GDPR Art. 13(1)(e)',
        EU_UK,
        ['SETTINGS', null, 'disclosesPersonalData'],
        'no recipients are listed: add them, or answer that personal data goes to no other organisation',
      ),
    ],
  },
  {
    name: 'disclosure answered no while recipients are listed',
    change: (s) => void (s.settings.disclosesPersonalData = false),
    expected: [
      problem(
        'DISCLOSURE_INCONSISTENT',
        'ERROR',
        'GDPR Art. 13(1)(e)',
        EU_UK,
        ['SETTINGS', null, 'disclosesPersonalData'],
        "the policy is to say that no organisation receives personal data, but 'Zoom', 'Google Analytics' and 'Our professional advisers' are listed as recipients",
      ),
    ],
  },
  {
    name: 'a CCPA tenant that has not said whether it sells or shares',
    change: (s) => {
      withCcpa(s);
      s.settings.sellsOrSharesPersonalInformation = null;
    },
    expected: [
      problem(
        'SALE_OR_SHARING_NOT_ANSWERED',
        'ERROR',
        'CCPA § 1798.130(a)(5)(C)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'sellsOrSharesPersonalInformation'],
        'say whether personal information is sold or shared (the policy must state it either way)',
      ),
    ],
  },
  {
    name: 'a CCPA tenant that does not sell but has not said whether it did in the preceding 12 months',
    change: (s) => {
      withCcpa(s);
      s.settings.soldOrSharedInPreceding12Months = null;
    },
    expected: [
      problem(
        'SALE_OR_SHARING_PAST_YEAR_NOT_ANSWERED',
        'ERROR',
        'CCPA § 1798.130(a)(5)(C)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'soldOrSharedInPreceding12Months'],
        'say whether personal information was sold or shared in the preceding 12 months',
      ),
    ],
  },
  {
    name: 'sensitive personal information with no answer on its uses',
    change: (s) => {
      withCcpa(s);
      s.settings.sensitivePersonalInformationOnlyForPermittedUses = null;
    },
    expected: [
      problem(
        'SENSITIVE_USE_NOT_ANSWERED',
        'ERROR',
        'CCPA § 1798.121, § 1798.135(a)(2); 11 CCR § 7027(m)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'sensitivePersonalInformationOnlyForPermittedUses'],
        'sensitive personal information is processed: say whether it is used only for the purposes 11 CCR § 7027(m) lists',
      ),
    ],
  },
  {
    name: 'data collected from the person without saying whether providing it is required',
    change: (s) => void (find(s.dataCategories, C_HEALTH).requirement = null),
    expected: [
      problem(
        'PROVISION_REQUIREMENT_NOT_ANSWERED',
        'ERROR',
        'GDPR Art. 13(2)(e)',
        EU_UK,
        ['DATA_CATEGORY', C_HEALTH, 'requirement'],
        "data category 'Health and adjustments' is collected from the person but the policy does not say whether providing it is required (voluntary, contractual, needed for a contract or statutory)",
      ),
    ],
  },
  // Purposes: Art. 9(2), 13(1)(c)-(d), 13(2)(a), 14(1)(d)
  {
    name: 'the policy is empty',
    change: (s) => {
      s.audiences = [];
      s.dataCategories = [];
      s.purposes = [];
      s.recipients = [];
      s.cookies = [];
      s.settings.disclosesPersonalData = false;
      s.settings.internationalTransfers = false;
    },
    expected: [
      problem(
        'NO_PURPOSES',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['PURPOSE', null, null],
        'the policy has no purposes',
      ),
    ],
  },
  {
    name: 'a purpose (from an imported snapshot) has no legal basis',
    change: (s) => void (find(s.purposes, P_SERVICE).legalBasis = null as unknown as LegalBasis),
    expected: [
      problem(
        'PURPOSE_LEGAL_BASIS_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['PURPOSE', P_SERVICE, 'legalBasis'],
        "purpose 'Providing the service' has no legal basis",
      ),
    ],
  },
  {
    name: 'legitimate interests without the interest in words',
    change: (s) => void (find(s.purposes, P_PROSPECTING).legitimateInterest = null),
    expected: [
      problem(
        'LEGITIMATE_INTEREST_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(d)',
        EU_UK,
        ['PURPOSE', P_PROSPECTING, 'legitimateInterest'],
        "purpose 'Business development' relies on legitimate interests but does not say what the interest is",
      ),
    ],
  },
  {
    name: 'a legal obligation that is not named',
    change: (s) => void (find(s.purposes, P_ACCOUNTING).legalObligation = null),
    expected: [
      problem(
        'LEGAL_OBLIGATION_NOT_NAMED',
        'WARNING',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'legalObligation'],
        "purpose 'Accounting' relies on a legal obligation but does not name it",
      ),
    ],
  },
  {
    name: 'a further legal basis of legitimate interests without the interest',
    change: (s) => {
      const accounting = find(s.purposes, P_ACCOUNTING);
      accounting.legalBasisScope = 'records the law requires';
      accounting.additionalBases = [
        {
          legalBasis: 'LEGITIMATE_INTERESTS',
          scope: 'records kept longer for claims',
          legitimateInterest: null,
          legalObligation: null,
          legalObligationOrigin: null,
        },
      ];
    },
    expected: [
      problem(
        'LEGITIMATE_INTEREST_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(d)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'additionalBases.0.legitimateInterest'],
        "purpose 'Accounting' relies on legitimate interests but does not say what the interest is",
      ),
    ],
  },
  {
    name: 'a legal obligation without the law it comes from',
    change: (s) => void (find(s.purposes, P_ACCOUNTING).legalObligationOrigin = null),
    expected: [
      problem(
        'LEGAL_OBLIGATION_ORIGIN_MISSING',
        'WARNING',
        'GDPR Art. 6(3)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'legalObligationOrigin'],
        "purpose 'Accounting' relies on a legal obligation but does not say whose law imposes it",
      ),
    ],
  },
  {
    name: 'a legal obligation under a third country’s law',
    change: (s) => {
      const accounting = find(s.purposes, P_ACCOUNTING);
      accounting.legalObligation = 'Internal Revenue Code § 6001';
      accounting.legalObligationOrigin = 'US';
    },
    expected: [
      problem(
        'LEGAL_OBLIGATION_NOT_RECOGNISED',
        'ERROR',
        'GDPR Art. 6(1)(c), 6(3)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'legalObligationOrigin'],
        "purpose 'Accounting' relies on an obligation under the law of the United States, which is not Union or Member State law or UK law: choose another legal basis",
      ),
    ],
  },
  {
    name: 'criminal-offence data without its Art. 10 authority',
    change: (s) => {
      find(s.dataCategories, C_HEALTH).specialCategory = 'CRIMINAL_OFFENCES';
      find(s.purposes, P_RECRUITMENT).specialCategoryCondition = null;
    },
    expected: [
      problem(
        'CRIMINAL_OFFENCE_AUTHORITY_MISSING',
        'ERROR',
        'GDPR Art. 10; UK GDPR Art. 10; DPA 2018 s. 10(5), Sch. 1',
        EU_UK,
        ['PURPOSE', P_RECRUITMENT, 'criminalOffenceAuthority'],
        "purpose 'Recruitment' covers criminal-offence data ('Health and adjustments') without saying what authorises it: official authority or a law",
      ),
    ],
  },
  {
    name: 'criminal-offence data authorised by a law that is not named',
    change: (s) => {
      find(s.dataCategories, C_HEALTH).specialCategory = 'CRIMINAL_OFFENCES';
      const recruitment = find(s.purposes, P_RECRUITMENT);
      recruitment.specialCategoryCondition = null;
      recruitment.criminalOffenceAuthority = 'AUTHORISED_BY_LAW';
    },
    expected: [
      problem(
        'CRIMINAL_OFFENCE_LAW_NOT_NAMED',
        'ERROR',
        'GDPR Art. 10; UK GDPR Art. 10; DPA 2018 s. 10(5), Sch. 1',
        EU_UK,
        ['PURPOSE', P_RECRUITMENT, 'criminalOffenceLaw'],
        "purpose 'Recruitment' processes criminal-offence data as authorised by law but does not name the law",
      ),
    ],
  },
  {
    name: 'special-category data without an Art. 9(2) condition',
    change: (s) => void (find(s.purposes, P_RECRUITMENT).specialCategoryCondition = null),
    expected: [
      problem(
        'SPECIAL_CATEGORY_CONDITION_MISSING',
        'ERROR',
        'GDPR Art. 9(2)',
        EU_UK,
        ['PURPOSE', P_RECRUITMENT, 'specialCategoryCondition'],
        "purpose 'Recruitment' covers special-category data ('Health and adjustments') without an Art. 9(2) condition",
      ),
    ],
  },
  {
    name: 'a purpose concerns no audience',
    change: (s) => void (find(s.purposes, P_ACCOUNTING).audienceIds = []),
    expected: [
      problem(
        'PURPOSE_WITHOUT_AUDIENCE',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'audienceIds'],
        "purpose 'Accounting' has no audience",
      ),
    ],
  },
  {
    name: 'a purpose covers no data category',
    change: (s) => void (find(s.purposes, P_ACCOUNTING).dataCategoryIds = []),
    expected: [
      problem(
        'PURPOSE_WITHOUT_DATA_CATEGORY',
        'ERROR',
        'GDPR Art. 14(1)(d)',
        EU_UK,
        ['PURPOSE', P_ACCOUNTING, 'dataCategoryIds'],
        "purpose 'Accounting' covers no data category",
      ),
    ],
  },
  {
    name: 'a purpose has no retention',
    change: (s) => void (find(s.purposes, P_SERVICE).retention = { period: null, criteria: null, general: false }),
    expected: [
      problem(
        'RETENTION_MISSING',
        'ERROR',
        'GDPR Art. 13(2)(a)',
        EU_UK,
        ['PURPOSE', P_SERVICE, 'retention'],
        "purpose 'Providing the service' has no retention period or criteria",
      ),
    ],
  },
  {
    name: 'retention "as long as necessary", which is no period and names no criteria',
    change: (s) =>
      void (find(s.purposes, P_SERVICE).retention = {
        period: null,
        criteria: 'As long as necessary for the purposes for which it was collected.',
        general: false,
      }),
    expected: [
      problem(
        'RETENTION_NOT_SPECIFIC',
        'WARNING',
        'GDPR Art. 13(2)(a); WP260 rev.01 para. 48; UK GDPR Art. 13(2)(a)',
        EU_UK,
        ['PURPOSE', P_SERVICE, 'retention'],
        'purpose \'Providing the service\' keeps data "as long as necessary" without a period or the criteria that decide it',
      ),
    ],
  },
  {
    name: 'a purpose follows a general retention rule the settings do not state',
    change: (s) => void (find(s.purposes, P_SERVICE).retention = { period: null, criteria: null, general: true }),
    expected: [
      problem(
        'RETENTION_MISSING',
        'ERROR',
        'GDPR Art. 13(2)(a)',
        EU_UK,
        ['PURPOSE', P_SERVICE, 'retention'],
        "purpose 'Providing the service' follows the general retention rule, but the policy settings state none",
      ),
    ],
  },
  {
    name: 'a general retention rule "as long as necessary" that purposes follow',
    change: (s) => {
      s.settings.generalRetention = { period: null, criteria: 'As long as necessary.' };
      find(s.purposes, P_SERVICE).retention = { period: null, criteria: null, general: true };
    },
    expected: [
      problem(
        'RETENTION_NOT_SPECIFIC',
        'WARNING',
        'GDPR Art. 13(2)(a); WP260 rev.01 para. 48; UK GDPR Art. 13(2)(a)',
        EU_UK,
        ['SETTINGS', null, 'generalRetention'],
        'the general retention rule keeps data "as long as necessary" without a period or the criteria that decide it',
      ),
    ],
  },
  {
    name: 'a purpose that follows a stated general retention rule is complete',
    change: (s) => {
      s.settings.generalRetention = { period: null, criteria: 'Until the contract ends, then 6 years under tax law.' };
      find(s.purposes, P_SERVICE).retention = { period: null, criteria: null, general: true };
    },
    expected: [],
  },
  // Recipients: Art. 13(1)(e)-(f)
  {
    name: 'a joint controller without the essence of the arrangement',
    change: (s) => {
      const advisers = find(s.recipients, R_ADVISERS);
      advisers.role = 'JOINT_CONTROLLER';
      advisers.country = 'GB';
    },
    expected: [
      problem(
        'JOINT_ARRANGEMENT_MISSING',
        'ERROR',
        'GDPR Art. 26(2)',
        EU_UK,
        ['RECIPIENT', R_ADVISERS, 'jointArrangement'],
        "joint controller 'Our professional advisers' has no essence of the arrangement for people to read",
      ),
    ],
  },
  {
    name: 'a processor has no country',
    change: (s) => void (find(s.recipients, R_ZOOM).country = null),
    expected: [
      problem(
        'RECIPIENT_COUNTRY_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_ZOOM, 'country'],
        "recipient 'Zoom' has no country",
      ),
    ],
  },
  {
    name: 'a recipient in the United States without any safeguard',
    change: (s) => void (find(s.recipients, R_ZOOM).safeguards = []),
    expected: [
      problem(
        'TRANSFER_WITHOUT_SAFEGUARD',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_ZOOM, 'safeguards'],
        "recipient 'Zoom' is in the United States without a safeguard for EU GDPR and UK GDPR",
      ),
    ],
  },
  {
    name: 'a UK-only tenant: a recipient in the United States without any safeguard',
    change: (s) => {
      s.controller.jurisdictions = ['UK_GDPR'];
      find(s.recipients, R_ZOOM).safeguards = [];
    },
    expected: [
      problem(
        'TRANSFER_WITHOUT_SAFEGUARD',
        'ERROR',
        'UK GDPR Art. 13(1)(f)',
        ['UK_GDPR'],
        ['RECIPIENT', R_ZOOM, 'safeguards'],
        "recipient 'Zoom' is in the United States without a safeguard for UK GDPR",
      ),
    ],
  },
  {
    name: 'an EU recipient processing data in the United States without any safeguard',
    change: (s) => void (find(s.recipients, R_GA).safeguards = []),
    expected: [
      problem(
        'TRANSFER_WITHOUT_SAFEGUARD',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_GA, 'safeguards'],
        "recipient 'Google Analytics' processes data in the United States without a safeguard for EU GDPR and UK GDPR",
      ),
    ],
  },
  {
    name: 'EU standard contractual clauses alone for a UK transfer',
    change: (s) => void (find(s.recipients, R_ZOOM).safeguards = ['STANDARD_CONTRACTUAL_CLAUSES']),
    expected: [
      problem(
        'TRANSFER_UK_ADDENDUM_MISSING',
        'ERROR',
        'UK GDPR Art. 13(1)(f)',
        ['UK_GDPR'],
        ['RECIPIENT', R_ZOOM, 'safeguards'],
        "recipient 'Zoom' is in the United States on the EU standard contractual clauses without the UK Addendum (or the IDTA) for UK GDPR",
      ),
    ],
  },
  {
    name: 'only Privacy Shield',
    change: (s) => void (find(s.recipients, R_ZOOM).safeguards = ['PRIVACY_SHIELD']),
    expected: [
      problem(
        'TRANSFER_LEGACY_SAFEGUARD',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_ZOOM, 'safeguards'],
        "recipient 'Zoom' is in the United States with only the invalidated Privacy Shield as a safeguard for EU GDPR and UK GDPR",
      ),
    ],
  },
  {
    name: 'only the Data Privacy Framework for data also processed in India',
    change: (s) => {
      const zoom = find(s.recipients, R_ZOOM);
      zoom.safeguards = ['DATA_PRIVACY_FRAMEWORK'];
      zoom.processingCountries = ['IN'];
    },
    expected: [
      problem(
        'TRANSFER_DPF_OUTSIDE_US',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_ZOOM, 'safeguards'],
        "recipient 'Zoom' processes data in India with only the Data Privacy Framework, which covers the United States alone, for EU GDPR and UK GDPR",
      ),
    ],
  },
  {
    name: 'EU clauses and a DPF certification without the UK Extension, for a UK transfer',
    change: (s) => {
      const zoom = find(s.recipients, R_ZOOM);
      zoom.safeguards = ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'];
      zoom.dataPrivacyFramework = { certifiedOn: '2023-07-17', ukExtension: false, swissFramework: false };
    },
    expected: [
      problem(
        'TRANSFER_DPF_NOT_CERTIFIED',
        'ERROR',
        'UK GDPR Art. 13(1)(f)',
        ['UK_GDPR'],
        ['RECIPIENT', R_ZOOM, 'dataPrivacyFramework'],
        "recipient 'Zoom' is in the United States on a Data Privacy Framework certification that is not recorded or does not include the part of the framework required for UK GDPR",
      ),
    ],
  },
  {
    name: 'a derogation that is not named',
    change: (s) => void (find(s.recipients, R_ZOOM).safeguards = ['DEROGATION']),
    expected: [
      problem(
        'TRANSFER_DEROGATION_NOT_NAMED',
        'ERROR',
        'GDPR Art. 13(1)(f)',
        EU_UK,
        ['RECIPIENT', R_ZOOM, 'transferDetails'],
        "recipient 'Zoom' relies on a derogation but does not name it",
      ),
    ],
  },
  {
    name: 'a processor without a service description',
    change: (s) => void (find(s.recipients, R_GA).service = null),
    expected: [
      problem(
        'PROCESSOR_SERVICE_MISSING',
        'ERROR',
        'GDPR Art. 13(1)(e)',
        EU_UK,
        ['RECIPIENT', R_GA, 'service'],
        "processor 'Google Analytics' has no service description",
      ),
    ],
  },
  {
    name: 'a recipient referenced by nothing',
    change: (s) => void (find(s.purposes, P_PROSPECTING).recipientIds = []),
    expected: [
      problem(
        'RECIPIENT_UNUSED',
        'WARNING',
        'GDPR Art. 13(1)(e)',
        EU_UK,
        ['RECIPIENT', R_ADVISERS, null],
        "recipient 'Our professional advisers' is not referenced by any purpose or cookie",
      ),
    ],
  },
  // Cookies
  {
    name: 'an analytics cookie whose purpose relies on legitimate interests',
    change: (s) => {
      const analytics = find(s.purposes, P_ANALYTICS);
      analytics.legalBasis = 'LEGITIMATE_INTERESTS';
      analytics.legitimateInterest = 'understanding how the site is used';
    },
    expected: [
      problem(
        'COOKIE_WITHOUT_CONSENT_PURPOSE',
        'WARNING',
        'ePrivacy Directive Art. 5(3); PECR reg. 6',
        EU_UK,
        ['COOKIE', K_GA, 'purposeIds'],
        "cookie '_ga' is not strictly necessary, so it needs consent, but its purpose 'Analytics' does not rely on consent",
      ),
    ],
  },
  {
    // Counsel's finding (issue 17): any consent purpose anywhere in the policy used to satisfy the check.
    name: 'an analytics cookie linked to purposes on other bases while another purpose relies on consent',
    change: (s) => void (find(s.cookies, K_GA).purposeIds = [P_SERVICE, P_PROSPECTING]),
    expected: [
      problem(
        'COOKIE_WITHOUT_CONSENT_PURPOSE',
        'WARNING',
        'ePrivacy Directive Art. 5(3); PECR reg. 6',
        EU_UK,
        ['COOKIE', K_GA, 'purposeIds'],
        "cookie '_ga' is not strictly necessary, so it needs consent, but its purposes 'Providing the service' and 'Business development' do not rely on consent",
      ),
    ],
  },
  {
    name: 'a cookie linked to no purpose',
    change: (s) => void (find(s.cookies, K_SESSION).purposeIds = []),
    expected: [
      problem(
        'COOKIE_WITHOUT_PURPOSE',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['COOKIE', K_SESSION, 'purposeIds'],
        "cookie 'session' serves no purpose of the policy",
      ),
    ],
  },
  {
    name: 'a group of cookies linked to no purpose',
    change: (s) => {
      const ga = find(s.cookies, K_GA);
      ga.describesGroup = true;
      ga.name = 'Analytics cookies';
      ga.purposeIds = [];
    },
    expected: [
      problem(
        'COOKIE_WITHOUT_PURPOSE',
        'ERROR',
        'GDPR Art. 13(1)(c)',
        EU_UK,
        ['COOKIE', K_GA, 'purposeIds'],
        "cookie group 'Analytics cookies' serves no purpose of the policy",
      ),
    ],
  },
];

describe('each rule, breaking one thing in a complete snapshot', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const s = complete();
    row.change(s);
    expect(check(s)).toEqual(row.expected);
  });
});

describe('jurisdiction scoping', () => {
  it('a CCPA-only tenant gets no GDPR-only problems', () => {
    const s = complete();
    s.controller.jurisdictions = ['CCPA_CPRA'];
    s.controller.supervisoryAuthorities = [];
    s.controller.representatives = [];
    s.controller.offices = [];
    s.controller.dpo = null;
    find(s.purposes, P_PROSPECTING).legitimateInterest = null;
    find(s.purposes, P_RECRUITMENT).specialCategoryCondition = null;
    find(s.purposes, P_ACCOUNTING).legalObligation = null;
    find(s.dataCategories, C_CONTACT).consequenceOfNotProviding = null;
    find(s.dataCategories, C_COMPANY).sourceDetails = null;
    find(s.recipients, R_ZOOM).safeguards = [];
    find(s.recipients, R_GA).service = null;
    const analytics = find(s.purposes, P_ANALYTICS);
    analytics.legalBasis = 'LEGITIMATE_INTERESTS';
    analytics.legitimateInterest = 'understanding how the site is used';
    expect(check(s)).toEqual([]);
  });

  it('a CCPA-only tenant still gets the duties California shares, cited to the CCPA', () => {
    const s = complete();
    s.controller.jurisdictions = ['CCPA_CPRA'];
    find(s.purposes, P_SERVICE).retention = { period: null, criteria: null, general: false };
    find(s.dataCategories, C_USAGE).ccpaCategory = null;
    expect(check(s)).toEqual([
      problem(
        'CCPA_CATEGORY_MISSING',
        'ERROR',
        'CCPA § 1798.130(a)(5)(B)',
        ['CCPA_CPRA'],
        ['DATA_CATEGORY', C_USAGE, 'ccpaCategory'],
        "data category 'Usage data' has no CCPA category",
      ),
      problem(
        'RETENTION_MISSING',
        'ERROR',
        'CCPA § 1798.100(a)(3)',
        ['CCPA_CPRA'],
        ['PURPOSE', P_SERVICE, 'retention'],
        "purpose 'Providing the service' has no retention period or criteria",
      ),
    ]);
  });

  it('a CCPA category is only asked of categories a purpose uses', () => {
    const s = complete();
    withCcpa(s);
    s.dataCategories.push({
      ...dataCategory.parse({ name: 'Fax numbers', sources: ['SUBJECT'], position: 4 }),
      id: C_FAX,
    });
    expect(check(s).map((p) => p.code)).toEqual(['DATA_CATEGORY_UNUSED']);
    expect(check(s)[0]!.jurisdictions).toEqual(EU_UK_CCPA);
  });

  it('LGPD requires the email of the encarregado', () => {
    const s = complete();
    s.controller.jurisdictions = ['LGPD'];
    s.controller.dpo = null;
    expect(check(s).filter((p) => p.code === 'LGPD_DPO_EMAIL_MISSING')).toEqual([
      problem(
        'LGPD_DPO_EMAIL_MISSING',
        'ERROR',
        'LGPD Art. 41, § 1',
        ['LGPD'],
        ['CONTROLLER', null, 'dpo.email'],
        'no encarregado (data protection officer) is named with an email address',
      ),
    ]);

    s.controller.dpo = { name: 'Dana Protector', email: null, phone: '+55 11 5555 0000', address: null };
    expect(
      check(s)
        .filter((p) => p.code === 'LGPD_DPO_EMAIL_MISSING')
        .map((p) => p.message),
    ).toEqual(['the encarregado (data protection officer) has no email address']);

    s.controller.dpo = { name: 'Dana Protector', email: 'dpo@acme.example', phone: null, address: null };
    expect(check(s).map((p) => p.code)).not.toContain('LGPD_DPO_EMAIL_MISSING');
  });

  it('LGPD transfers are checked against Brazil, which recognises no Data Privacy Framework', () => {
    const s = complete();
    s.controller.jurisdictions = ['LGPD'];
    expect(check(s)).toEqual([
      problem(
        'TRANSFER_SAFEGUARD_NOT_RECOGNISED',
        'ERROR',
        'LGPD Art. 33',
        ['LGPD'],
        ['RECIPIENT', R_GA, 'safeguards'],
        "recipient 'Google Analytics' is in Ireland and processes data in the United States without a recognised safeguard for LGPD",
      ),
    ]);
  });

  it('a rights channel in words is a way to exercise rights and withdraw consent, but not a CCPA opt-out route', () => {
    const s = complete();
    withCcpa(s);
    s.controller.contactEmail = '';
    s.settings.rightsContactEmail = null;
    s.settings.rightsContactUrl = null;
    s.settings.rightsContactChannel = 'raise a support ticket in the customer portal';
    s.settings.sensitivePersonalInformationOnlyForPermittedUses = false;
    find(s.purposes, P_ANALYTICS).saleOrSharing = true;
    s.settings.sellsOrSharesPersonalInformation = true;
    expect(check(s).map((p) => [p.code, p.jurisdictions])).toEqual([
      ['CONTROLLER_CONTACT_MISSING', EU_UK],
      ['LIMIT_SENSITIVE_USE_ROUTE_MISSING', ['CCPA_CPRA']],
      ['SALE_OPT_OUT_ROUTE_MISSING', ['CCPA_CPRA']],
    ]);
  });

  it('a PIPEDA tenant needs a contact for the person accountable, and the controller contact suffices', () => {
    const s = complete();
    s.controller.jurisdictions = ['PIPEDA'];
    s.settings.rightsContactEmail = null;
    s.settings.rightsContactUrl = null;
    expect(check(s)).toEqual([]);
    s.controller.contactEmail = '';
    expect(check(s).map((p) => [p.code, p.requirement])).toEqual([
      ['CONTROLLER_CONTACT_MISSING', 'PIPEDA Sch. 1, Principle 4.8.2(a)'],
      ['RIGHTS_ROUTE_MISSING', 'PIPEDA Sch. 1, Principle 4.8.2(b)'],
      ['CONSENT_WITHDRAWAL_ROUTE_MISSING', 'PIPEDA Sch. 1, Principle 4.3.8'],
    ]);
  });

  it('a duty several regimes share names each of them and cites each provision once', () => {
    const s = complete();
    s.controller.jurisdictions = [...JURISDICTIONS];
    find(s.purposes, P_ACCOUNTING).audienceIds = [];
    const found = check(s).find((p) => p.code === 'PURPOSE_WITHOUT_AUDIENCE');
    expect(found?.jurisdictions).toEqual([...JURISDICTIONS]);
    expect(found?.requirement).toBe(
      'GDPR Art. 13(1)(c); CCPA § 1798.100(a)(1); LGPD Art. 9, I; PIPEDA Sch. 1, Principle 4.2; FADP Art. 19(2)(b)',
    );
  });

  it('data kept in the controller’s own country is no transfer: "no" stands for a UK company serving the EU', () => {
    const s = complete();
    s.recipients = s.recipients.filter((r) => r.id === R_ADVISERS);
    find(s.recipients, R_ADVISERS).country = 'GB';
    for (const p of s.purposes) p.recipientIds = p.recipientIds.filter((id) => id === R_ADVISERS);
    s.cookies = s.cookies.filter((k) => k.recipientId === null);
    s.settings.internationalTransfers = false;
    expect(check(s).filter((p) => p.code.startsWith('INTERNATIONAL_TRANSFERS'))).toEqual([]);
  });

  it('a controller with an office in the EU needs no EU representative', () => {
    const s = complete();
    s.controller.representatives = [];
    s.controller.offices.push({
      label: 'Dublin branch',
      address: { streetAddress: '3 Quay Street', locality: 'Dublin', region: null, postalCode: null, country: 'IE' },
      registered: false,
    });
    expect(check(s)).toEqual([]);
  });
});

describe('order', () => {
  function broken(): PolicySnapshot {
    const s = complete();
    s.controller.contactEmail = '';
    s.controller.supervisoryAuthorities = [];
    s.settings.rightsContactEmail = null;
    s.settings.rightsContactUrl = null;
    s.audiences.push({ ...audience.parse({ name: 'Suppliers', position: 3 }), id: A_SUPPLIERS });
    find(s.dataCategories, C_CONTACT).consequenceOfNotProviding = null;
    const service = find(s.purposes, P_SERVICE);
    service.retention = { period: null, criteria: null, general: false };
    service.audienceIds = [];
    find(s.purposes, P_RECRUITMENT).legitimateInterest = null;
    const analytics = find(s.purposes, P_ANALYTICS);
    analytics.legalBasis = 'LEGITIMATE_INTERESTS';
    analytics.legitimateInterest = 'understanding how the site is used';
    find(s.recipients, R_ZOOM).safeguards = [];
    return s;
  }

  it('lists problems by kind of element, then position in the snapshot, then code', () => {
    expect(check(broken()).map((p) => [p.location.kind, p.code, p.location.id])).toEqual([
      ['CONTROLLER', 'CONTROLLER_CONTACT_MISSING', null],
      ['CONTROLLER', 'SUPERVISORY_AUTHORITY_MISSING', null],
      ['SETTINGS', 'RIGHTS_ROUTE_MISSING', null],
      ['AUDIENCE', 'AUDIENCE_WITHOUT_PURPOSE', A_SUPPLIERS],
      ['DATA_CATEGORY', 'CONSEQUENCE_MISSING', C_CONTACT],
      ['PURPOSE', 'PURPOSE_WITHOUT_AUDIENCE', P_SERVICE],
      ['PURPOSE', 'RETENTION_MISSING', P_SERVICE],
      ['PURPOSE', 'LEGITIMATE_INTEREST_MISSING', P_RECRUITMENT],
      ['RECIPIENT', 'TRANSFER_WITHOUT_SAFEGUARD', R_ZOOM],
      ['COOKIE', 'COOKIE_WITHOUT_CONSENT_PURPOSE', K_GA],
    ]);
  });

  it('is the same on every run and for the same data given in another order', () => {
    const first = check(broken());
    expect(check(broken())).toEqual(first);
    const s = broken();
    const reversed = buildPolicySnapshot({
      ...s,
      audiences: [...s.audiences].reverse(),
      dataCategories: [...s.dataCategories].reverse(),
      purposes: [...s.purposes].reverse().map((p) => ({ ...p, dataCategoryIds: [...p.dataCategoryIds].reverse() })),
      recipients: [...s.recipients].reverse(),
      cookies: [...s.cookies].reverse(),
      clauses: [...s.clauses].reverse(),
    });
    expect(check(reversed)).toEqual(first);
  });

  it('orders several problems of one kind by the element they name', () => {
    const s = complete();
    s.controller.contactEmail = '';
    s.settings.rightsContactEmail = null;
    s.settings.rightsContactUrl = null;
    find(s.purposes, P_ACCOUNTING).legalBasis = 'CONSENT';
    find(s.purposes, P_ACCOUNTING).legalObligation = null;
    const withdrawals = check(s).filter((p) => p.code === 'CONSENT_WITHDRAWAL_ROUTE_MISSING');
    expect(withdrawals.map((p) => p.message)).toEqual([
      "purpose 'Analytics' relies on consent but no withdrawal route is given",
      "purpose 'Accounting' relies on consent but no withdrawal route is given",
    ]);
  });
});

describe('isPublishable', () => {
  it('is true without problems', () => {
    expect(isPublishable([])).toBe(true);
  });

  it('is true with warnings only', () => {
    const s = complete();
    s.controller.dpo = null;
    const problems = check(s);
    expect(problems.map((p) => p.severity)).toEqual(['WARNING']);
    expect(isPublishable(problems)).toBe(true);
  });

  it('is false with any error', () => {
    const s = complete();
    s.controller.dpo = null;
    s.purposes[0]!.retention = { period: null, criteria: null, general: false };
    const problems = check(s);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['DPO_RECOMMENDED', 'WARNING'],
      ['RETENTION_MISSING', 'ERROR'],
    ]);
    expect(isPublishable(problems)).toBe(false);
  });
});

describe('cookies, per regime', () => {
  /** The cookie rules' problems for a tenant under one regime only. */
  const cookieProblems = (jurisdiction: Jurisdiction, change: (s: PolicySnapshot) => void) => {
    const s = complete();
    s.controller.jurisdictions = [jurisdiction];
    change(s);
    return check(s)
      .filter((p) => p.location.kind === 'COOKIE')
      .map((p) => [p.code, p.severity, p.requirement, p.location.id]);
  };
  const onLegitimateInterests = (s: PolicySnapshot) => {
    const analytics = find(s.purposes, P_ANALYTICS);
    analytics.legalBasis = 'LEGITIMATE_INTERESTS';
    analytics.legitimateInterest = 'understanding how the site is used';
  };
  const unlinked = (s: PolicySnapshot) => void (find(s.cookies, K_GA).purposeIds = []);

  it.each<[Jurisdiction, string]>([
    ['EU_GDPR', 'GDPR Art. 13(1)(c)'],
    ['UK_GDPR', 'UK GDPR Art. 13(1)(c)'],
    ['CH_FADP', 'FADP Art. 19(2)(b); TCA Art. 45c(b)'],
    ['CCPA_CPRA', 'CCPA § 1798.100(a)(1)'],
    ['LGPD', 'LGPD Art. 9, I'],
    ['PIPEDA', 'PIPEDA Sch. 1, Principle 4.2'],
  ])('%s: a cookie linked to no purpose blocks publishing (%s)', (jurisdiction, requirement) => {
    expect(cookieProblems(jurisdiction, unlinked)).toEqual([['COOKIE_WITHOUT_PURPOSE', 'ERROR', requirement, K_GA]]);
  });

  it.each<[Jurisdiction, string | null]>([
    ['EU_GDPR', 'ePrivacy Directive Art. 5(3)'],
    ['UK_GDPR', 'PECR reg. 6'],
    // TCA Art. 45c asks to inform and to tell how to refuse, not for consent; the others have no cookie consent rule.
    ['CH_FADP', null],
    ['CCPA_CPRA', null],
    ['LGPD', null],
    ['PIPEDA', null],
  ])('%s: an analytics cookie on legitimate interests warns: %s', (jurisdiction, requirement) => {
    expect(cookieProblems(jurisdiction, onLegitimateInterests)).toEqual(
      requirement ? [['COOKIE_WITHOUT_CONSENT_PURPOSE', 'WARNING', requirement, K_GA]] : [],
    );
  });

  it.each<Jurisdiction>([...JURISDICTIONS])('%s: a cookie served by consent and another basis is fine', (j) => {
    expect(cookieProblems(j, (s) => void (find(s.cookies, K_GA).purposeIds = [P_SERVICE, P_ANALYTICS]))).toEqual([]);
  });

  it('a strictly necessary cookie needs a purpose but no consent', () => {
    expect(cookieProblems('EU_GDPR', (s) => void (find(s.cookies, K_SESSION).purposeIds = [P_PROSPECTING]))).toEqual(
      [],
    );
  });

  it('reads a snapshot published before cookies had purposes as cookies without one', () => {
    expect(
      cookieProblems('EU_GDPR', (s) => {
        for (const k of s.cookies) delete (k as Partial<typeof k>).purposeIds;
      }).map(([code, , , id]) => [code, id]),
    ).toEqual([
      ['COOKIE_WITHOUT_PURPOSE', K_GA],
      ['COOKIE_WITHOUT_PURPOSE', K_SESSION],
    ]);
  });
});

describe('translations of a published language', () => {
  /** Translates every text of the snapshot into `language`, as a translator would (a marked copy of the text). */
  function translateAll(s: PolicySnapshot, language: 'de' | 'fr'): void {
    for (const { kind, item } of policyItems(s))
      for (const t of translatableTexts(kind, item))
        ((item.translations ??= {})[language] ??= {})[t.path] = { value: `[${language}] ${t.text}`, source: t.text };
  }

  it('lists each text without a translation, at its field and language, and blocks publishing', () => {
    const s = complete();
    s.settings.publishedLanguages = ['de'];
    const problems = check(s);
    const texts = policyTranslationStatus(s, ['de']).filter((t) => t.required);
    expect(texts.length).toBeGreaterThan(20);
    expect(problems).toHaveLength(texts.length);
    expect(problems.every((p) => p.code === 'TRANSLATION_MISSING' && p.severity === 'ERROR')).toBe(true);
    expect(problems.find((p) => p.location.kind === 'PURPOSE' && p.location.field === 'name')).toMatchObject({
      requirement: 'GDPR Art. 12(1)',
      location: { kind: 'PURPOSE', id: P_SERVICE, field: 'name', language: 'de' },
    });
    expect(isPublishable(problems)).toBe(false);
  });

  it('is complete once every text is translated; a proper name may stay as it is', () => {
    const s = complete();
    s.settings.publishedLanguages = ['de', 'fr'];
    translateAll(s, 'de');
    translateAll(s, 'fr');
    delete find(s.recipients, R_ZOOM).translations!.de!.name;
    expect(check(s)).toEqual([]);
  });

  it('reports a translation whose default text changed since, and a copy not yet translated', () => {
    const s = complete();
    s.settings.publishedLanguages = ['fr'];
    translateAll(s, 'fr');
    find(s.audiences, A_VISITORS).name = 'People who visit our website';
    find(s.purposes, P_ANALYTICS).translations!.fr!.name!.untranslated = true;
    find(s.recipients, R_ZOOM).name = 'Zoom Video Communications';
    expect(check(s).map((p) => [p.code, p.location.kind, p.location.field, p.location.language])).toEqual([
      ['TRANSLATION_OUTDATED', 'AUDIENCE', 'name', 'fr'],
      ['TRANSLATION_UNTRANSLATED', 'PURPOSE', 'name', 'fr'],
      ['TRANSLATION_OUTDATED', 'RECIPIENT', 'name', 'fr'],
    ]);
  });

  it('asks nothing of languages the tenant does not publish', () => {
    const s = complete();
    s.settings.publishedLanguages = [];
    expect(check(s)).toEqual([]);
  });
});

describe('COMPLETENESS_CODES', () => {
  it('are unique SCREAMING_SNAKE codes', () => {
    expect(new Set(COMPLETENESS_CODES).size).toBe(COMPLETENESS_CODES.length);
    for (const code of COMPLETENESS_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it('location kinds follow the order of a policy', () => {
    expect(COMPLETENESS_LOCATION_KINDS).toEqual([
      'CONTROLLER',
      'SETTINGS',
      'AUDIENCE',
      'DATA_CATEGORY',
      'PURPOSE',
      'RECIPIENT',
      'COOKIE',
      'CLAUSE',
    ]);
  });

  // Last in the file: vitest runs a file's tests in order, so every test above has recorded its codes by now.
  it('every code is exercised by at least one test of this file', () => {
    expect([...seen].sort()).toEqual([...COMPLETENESS_CODES].sort());
  });
});
