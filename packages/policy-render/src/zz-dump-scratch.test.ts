import { writeFileSync, mkdirSync } from 'node:fs';
import {
  DEFAULT_POLICY_SETTINGS,
  buildPolicySnapshot,
  recipient,
  tenantProfile,
  type Jurisdiction,
  type PolicySnapshot,
  type RecipientInput,
} from '@noticeboard/domain';
import { it } from 'vitest';
import { textContent } from './test/dom.js';
import { ID, fixtureSnapshot } from './test/fixture.js';
import { htmlFacts, render } from './test/render-helpers.js';

const out = '/tmp/esit-dump';
mkdirSync(out, { recursive: true });
const dump = (name: string, s: PolicySnapshot) => {
  for (const l of ['de', 'es', 'it'] as const) {
    const r = render(s, l);
    writeFileSync(
      `${out}/${name}.${l}.txt`,
      textContent(htmlFacts(r.html).dom)
        .replace(/[ \t\r\n]+/g, ' ')
        .replace(/\. /g, '.\n'),
    );
    writeFileSync(`${out}/${name}.${l}.plain.txt`, r.text);
  }
};
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const OFFICES: Record<string, { locality: string; postalCode: string }> = {
  GB: { locality: 'London', postalCode: 'EC1A 1AA' },
  CH: { locality: 'Zürich', postalCode: '8001' },
  BR: { locality: 'São Paulo', postalCode: '01310-100' },
  DE: { locality: 'Berlin', postalCode: '10117' },
};
function policy(jurisdictions: Jurisdiction[], home: string, recipients: RecipientInput[]): PolicySnapshot {
  return buildPolicySnapshot({
    controller: tenantProfile.parse({
      legalName: 'Acme Ltd',
      slug: 'acme',
      contactEmail: 'privacy@acme.example',
      jurisdictions,
      offices: [
        {
          label: 'Head office',
          registered: true,
          address: { streetAddress: '1 Main Street', country: home, ...OFFICES[home]! },
        },
      ],
    }),
    settings: DEFAULT_POLICY_SETTINGS,
    audiences: [],
    dataCategories: [],
    purposes: [],
    recipients: recipients.map((r, i) => ({ id: uuid(i + 1), ...recipient.parse({ ...r, position: i }) })),
    cookies: [],
    clauses: [],
  });
}
const CERTIFIED = { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: true };
const analytics = (extra: Partial<RecipientInput> = {}): RecipientInput => ({
  name: 'Analytics Inc.',
  role: 'PROCESSOR',
  country: 'US',
  service: 'website analytics',
  safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
  dataPrivacyFramework: CERTIFIED,
  ...extra,
});

it('dumps', () => {
  dump('fixture', fixtureSnapshot());
  const ICO = {
    name: "Information Commissioner's Office",
    country: 'GB',
    website: 'https://ico.org.uk',
    email: null,
    phone: '0303 123 1113',
    address: null,
  };
  const BFDI = {
    name: 'Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
    country: 'DE',
    website: 'https://www.bfdi.bund.de',
    email: null,
    phone: null,
    address: null,
  };
  let s = fixtureSnapshot();
  s.controller = {
    ...s.controller,
    supervisoryAuthorities: [
      { ...BFDI, jurisdictions: ['EU_GDPR'], establishment: 'Cloud Officer GmbH' },
      { ...ICO, jurisdictions: ['UK_GDPR'], establishment: null },
    ],
    processorRole: {
      actsAsProcessor: true,
      services: 'the documents our customers store in Cloud Officer',
      requestHandling: 'FORWARDED_TO_CUSTOMER',
    },
    certifications: [
      {
        framework: 'DATA_PRIVACY_FRAMEWORK',
        certifiedOn: '2023-10-01',
        ukExtension: true,
        swissFramework: false,
        recourseMechanism: {
          kind: 'US_ADR_PROVIDER',
          name: 'JAMS',
          url: 'https://www.jamsadr.com/dpf-dispute-resolution',
        },
        enforcementBody: 'FTC',
      },
    ],
  };
  dump('concepts', s);
  s = fixtureSnapshot();
  s.controller = { ...s.controller, jurisdictions: ['UK_GDPR', 'EU_GDPR', 'CCPA_CPRA'] };
  dump('ccpa', s);
  s = fixtureSnapshot();
  s.purposes = s.purposes.filter((x) => x.legalBasis !== 'CONSENT' && x.legalBasis !== 'CONTRACT');
  dump('noneportable', s);
  s = fixtureSnapshot();
  const health = s.dataCategories.find((c) => c.id === ID.health)!;
  health.name = 'Criminal record check';
  health.specialCategory = 'CRIMINAL_OFFENCES';
  const recruitment = s.purposes.find((x) => x.id === ID.recruitment)!;
  recruitment.specialCategoryCondition = null;
  recruitment.criminalOffenceAuthority = 'AUTHORISED_BY_LAW';
  recruitment.criminalOffenceLaw = 'DPA 2018 Sch. 1 para. 6';
  const linkedin = s.recipients.find((r) => r.id === ID.linkedin)!;
  linkedin.role = 'JOINT_CONTROLLER';
  linkedin.jointArrangement = 'LinkedIn answers requests about its platform; we answer those about our adverts.';
  const newsletter = s.purposes.find((x) => x.id === ID.marketing)!;
  newsletter.legalBasisScope = 'people who sign up on the website';
  newsletter.additionalBases = [
    {
      legalBasis: 'LEGITIMATE_INTERESTS',
      scope: 'existing customers',
      legitimateInterest: 'telling customers about products like those they bought',
      legalObligation: null,
      legalObligationOrigin: null,
    },
  ];
  dump('art10', s);
  s = fixtureSnapshot();
  s.settings = {
    ...s.settings,
    generalRetention: { period: null, criteria: 'Until the contract ends, then for 6 years under tax law.' },
    sellsPersonalData: false,
    volunteeredSpecialCategoryData: 'DELETED',
    dataAboutOthers: 'the names of colleagues you invite',
    enquiryResponseTime: { amount: 2, unit: 'BUSINESS_DAYS' },
  };
  s.purposes.find((x) => x.id === ID.marketing)!.retention = { period: null, criteria: null, general: true };
  dump('general', s);
  s.settings.volunteeredSpecialCategoryData = 'PROCESSED_WITH_EXPLICIT_CONSENT';
  dump('general2', s);
  dump('tr-uk', policy(['UK_GDPR'], 'GB', [analytics()]));
  dump('tr-ch', policy(['CH_FADP'], 'CH', [analytics()]));
  dump('tr-br', policy(['LGPD'], 'BR', [analytics()]));
  dump('tr-jp', policy(['EU_GDPR'], 'DE', [analytics({ country: 'JP', safeguards: [], dataPrivacyFramework: null })]));
  dump('tr-eu', policy(['EU_GDPR'], 'DE', [analytics()]));
});
