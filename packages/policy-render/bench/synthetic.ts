/**
 * A large synthetic policy for the benchmark: 6 audiences, 24 data categories, 30 purposes, 50 recipients,
 * 40 cookies, 6 clauses, three jurisdictions (so the California notice is rendered too).
 */
import {
  COOKIE_KINDS,
  DATA_SOURCES,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  RETENTION_TRIGGERS,
  SECURITY_MEASURES,
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

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8000-${(kind * 0x10000 + n).toString(16).padStart(12, '0')}`;
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const COUNTRIES = ['US', 'IE', 'DE', 'FR', 'IN', 'GB', 'NL', 'JP', 'BR', 'CA', 'SG', 'AU'];

export function syntheticSnapshot(
  sizes = { audiences: 6, categories: 24, purposes: 30, recipients: 50, cookies: 40 },
): PolicySnapshot {
  const audiences = Array.from({ length: sizes.audiences }, (_, i) => ({
    ...audience.parse({
      name: `Audience ${i + 1}`,
      description: `People of kind ${i + 1} who deal with us in some way.`,
      position: i,
    }),
    id: uuid(1, i),
  }));
  const categories = Array.from({ length: sizes.categories }, (_, i) => {
    const sources = [pick(DATA_SOURCES, i), pick(DATA_SOURCES, i + 1)];
    const indirect = sources.some((s) => s === 'THIRD_PARTY' || s === 'PUBLIC');
    return {
      ...dataCategory.parse({
        name: `Data category ${i + 1}`,
        description: `Fields ${i + 1}a, ${i + 1}b and ${i + 1}c, as entered in our forms & systems.`,
        specialCategory: i % 8 === 0 ? 'HEALTH' : null,
        sources,
        sourceDetails: indirect ? `partners & public registers no. ${i + 1}` : null,
        requirement: i % 3 === 0 ? 'CONTRACTUAL' : 'VOLUNTARY',
        consequenceOfNotProviding: i % 3 === 0 ? 'we cannot provide the service you asked for.' : null,
        ccpaCategory:
          i % 8 === 0
            ? 'SENSITIVE_PERSONAL_INFORMATION'
            : pick(['IDENTIFIERS', 'COMMERCIAL_INFORMATION', 'INTERNET_ACTIVITY', 'GEOLOCATION'] as const, i),
        position: i,
      }),
      id: uuid(2, i),
    };
  });
  const recipients = Array.from({ length: sizes.recipients }, (_, i) => {
    const role = pick(RECIPIENT_ROLES, i);
    const country = role === 'CATEGORY' ? null : pick(COUNTRIES, i);
    return {
      ...recipient.parse({
        name: `Recipient ${i + 1}`,
        role,
        legalEntity: role === 'CATEGORY' ? null : `Recipient ${i + 1} Holdings Ltd`,
        address: country
          ? { streetAddress: `${i + 1} Market Street`, locality: 'Springfield', postalCode: `${10000 + i}`, country }
          : null,
        country,
        processingCountries: i % 4 === 0 ? ['US', 'IN'] : [],
        service: `service number ${i + 1} for our operations`,
        safeguards:
          i % 2 === 0 ? ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'] : i % 5 === 0 ? ['DATA_PRIVACY_FRAMEWORK'] : [],
        privacyPolicyUrl: `https://recipient${i + 1}.example/privacy?x=1&y=2`,
        optOutUrl: i % 7 === 0 ? `https://recipient${i + 1}.example/opt-out` : null,
        dataCategoryIds: [uuid(2, i % sizes.categories), uuid(2, (i + 5) % sizes.categories)],
        position: i,
      }),
      id: uuid(3, i),
    };
  });
  const purposes = Array.from({ length: sizes.purposes }, (_, i) => {
    const legalBasis = pick(LEGAL_BASES, i);
    const categoryIds = [
      uuid(2, i % sizes.categories),
      uuid(2, (i + 3) % sizes.categories),
      uuid(2, (i + 7) % sizes.categories),
    ];
    const special = categoryIds.some((id) => categories.find((c) => c.id === id)?.specialCategory);
    return {
      ...purpose.parse({
        name: `Purpose ${i + 1}`,
        description: `Why we do thing ${i + 1}, explained in a sentence or two for the people concerned.`,
        legalBasis,
        legitimateInterest:
          legalBasis === 'LEGITIMATE_INTERESTS' ? `running business function ${i + 1} efficiently` : null,
        legalObligation: legalBasis === 'LEGAL_OBLIGATION' ? `record-keeping law no. ${i + 1}` : null,
        specialCategoryCondition: special ? 'EXPLICIT_CONSENT' : null,
        directMarketing: i % 6 === 0,
        saleOrSharing: i % 10 === 0 && (legalBasis === 'CONSENT' || legalBasis === 'LEGITIMATE_INTERESTS'),
        automatedDecisionLogic:
          i % 15 === 0
            ? `Scores ${i + 1} are computed from the data and applications below a threshold are declined.`
            : null,
        audienceIds: [uuid(1, i % sizes.audiences), uuid(1, (i + 2) % sizes.audiences)],
        dataCategoryIds: categoryIds,
        recipientIds: [
          uuid(3, i % sizes.recipients),
          uuid(3, (i + 11) % sizes.recipients),
          uuid(3, (i + 23) % sizes.recipients),
        ],
        retention:
          i % 4 === 3
            ? { criteria: 'As long as the account exists, then deleted within 30 days.' }
            : {
                period: {
                  amount: (i % 12) + 1,
                  unit: pick(['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const, i),
                  trigger: pick(RETENTION_TRIGGERS, i),
                },
              },
        position: i,
      }),
      id: uuid(4, i),
    };
  });
  const cookies = Array.from({ length: sizes.cookies }, (_, i) => ({
    ...cookie.parse({
      name: `cookie_${i + 1}`,
      provider: `Provider ${i + 1}`,
      recipientId: i % 3 === 0 ? uuid(3, i % sizes.recipients) : null,
      kind: pick(COOKIE_KINDS, i),
      durationAmount: i % 5 === 0 ? null : (i % 24) + 1,
      durationUnit: i % 5 === 0 ? null : pick(['MINUTES', 'HOURS', 'DAYS', 'MONTHS', 'YEARS'] as const, i),
      purpose: `Remembers setting ${i + 1}.`,
      position: i,
    }),
    id: uuid(5, i),
  }));
  const clauses = (['INTRODUCTION', 'PURPOSES', 'RECIPIENTS', 'SECURITY', 'RIGHTS', 'CHANGES'] as const).map(
    (section, i) => ({
      ...clause.parse({
        section,
        title: i % 2 ? `Clause ${i + 1}` : null,
        body: `Some **markdown** with a [link](https://example.com/${i}) and a list:\n\n- one\n- two *three*\n\n<b>raw html</b> & entities &amp; more.`,
        position: i,
      }),
      id: uuid(6, i),
    }),
  );
  return buildPolicySnapshot({
    controller: tenantProfile.parse({
      legalName: 'Benchmark Holdings Limited',
      tradingName: 'Benchmark',
      registrationNumber: '01234567',
      slug: 'benchmark',
      offices: [
        {
          label: 'HQ',
          registered: true,
          address: { streetAddress: '1 Bench Road', locality: 'London', postalCode: 'E1 6AN', country: 'GB' },
        },
        { label: 'Dublin', address: { streetAddress: '2 Quay', locality: 'Dublin', postalCode: 'D01', country: 'IE' } },
      ],
      contactEmail: 'privacy@bench.example',
      contactPhone: '+44 20 0000 0000',
      website: 'https://bench.example',
      dpo: { name: 'D. P. Officer', email: 'dpo@bench.example' },
      supervisoryAuthority: { name: 'Information Commissioner', country: 'GB', website: 'https://ico.org.uk' },
      jurisdictions: ['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA'],
    }),
    settings: policySettings.parse({
      rightsContactEmail: 'rights@bench.example',
      childrenMinimumAge: 13,
      securityMeasures: [...SECURITY_MEASURES],
      accentColor: '#aa3300',
    }),
    audiences,
    dataCategories: categories,
    purposes,
    recipients,
    cookies,
    clauses,
  });
}
