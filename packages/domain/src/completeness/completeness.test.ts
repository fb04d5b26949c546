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
import { tenantProfile } from '../tenants/tenant.js';
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
    name: 'the controller has no office',
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
        'the controller has no office in the EU and names no EU representative',
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
        'the controller has no office in the UK and names no UK representative',
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
        'the controller has no office in Switzerland and names no Swiss representative',
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
    change: (s) => void (s.controller.supervisoryAuthority = null),
    expected: [
      problem(
        'SUPERVISORY_AUTHORITY_MISSING',
        'WARNING',
        'GDPR Art. 13(2)(d)',
        EU_UK,
        ['CONTROLLER', null, 'supervisoryAuthority'],
        'no supervisory authority is named for complaints',
      ),
    ],
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
    name: 'sensitive personal information used beyond § 7027(m) without a rights page or email',
    change: (s) => {
      withCcpa(s);
      s.settings.sensitivePersonalInformationOnlyForPermittedUses = false;
      s.settings.rightsContactEmail = null;
      s.settings.rightsContactUrl = null;
    },
    expected: [
      problem(
        'LIMIT_SENSITIVE_USE_ROUTE_MISSING',
        'ERROR',
        'CCPA § 1798.135(a)(2)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'rightsContactUrl'],
        'sensitive personal information is processed but no route to limit its use is given: add a rights contact page or email',
      ),
    ],
  },
  {
    name: 'selling personal information without a rights page or email (the controller email is not an opt-out route)',
    change: (s) => {
      withCcpa(s);
      find(s.dataCategories, C_HEALTH).ccpaCategory = 'PROTECTED_CLASSIFICATIONS';
      find(s.purposes, P_ANALYTICS).saleOrSharing = true;
      s.settings.sellsOrSharesPersonalInformation = true;
      s.settings.rightsContactEmail = null;
      s.settings.rightsContactUrl = null;
    },
    expected: [
      problem(
        'SALE_OPT_OUT_ROUTE_MISSING',
        'ERROR',
        'CCPA § 1798.135(a)(1)',
        ['CCPA_CPRA'],
        ['SETTINGS', null, 'rightsContactUrl'],
        'personal information is sold or shared but no opt-out route is given: add a rights contact page or email',
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
    change: (s) => void (find(s.purposes, P_SERVICE).retention = { period: null, criteria: null }),
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
  // Recipients: Art. 13(1)(e)-(f)
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
    name: 'analytics cookies while no purpose relies on consent',
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
        ['COOKIE', K_GA, 'kind'],
        "cookie '_ga' needs consent but no purpose relies on consent",
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
    s.controller.supervisoryAuthority = null;
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
    find(s.purposes, P_SERVICE).retention = { period: null, criteria: null };
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
    s.controller.supervisoryAuthority = null;
    s.settings.rightsContactEmail = null;
    s.settings.rightsContactUrl = null;
    s.audiences.push({ ...audience.parse({ name: 'Suppliers', position: 3 }), id: A_SUPPLIERS });
    find(s.dataCategories, C_CONTACT).consequenceOfNotProviding = null;
    const service = find(s.purposes, P_SERVICE);
    service.retention = { period: null, criteria: null };
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
    s.purposes[0]!.retention = { period: null, criteria: null };
    const problems = check(s);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['DPO_RECOMMENDED', 'WARNING'],
      ['RETENTION_MISSING', 'ERROR'],
    ]);
    expect(isPublishable(problems)).toBe(false);
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
