import { describe, expect, it } from 'vitest';
import { seed } from '../../test/seed.js';
import { create } from '../../test/policy-fixture.js';
import { graphql, having, REFUSAL, type VariablesOf } from '../../test/graphql.js';

const SETTINGS_FIELDS = graphql(`fragment PolicySettingsFields on PolicySettings {
  rightsContactEmail rightsContactUrl rightsContactChannel childrenMinimumAge securityMeasures changeNotice policyUrl accentColor updatedAt
  automatedDecisionMaking internationalTransfers disclosesPersonalData sellsOrSharesPersonalInformation
  soldOrSharedInPreceding12Months sensitivePersonalInformationOnlyForPermittedUses rightsRequestsFreeOfCharge
  sellsOrSharesPersonalInformationOfMinors processesOptOutPreferenceSignals operatesExclusivelyOnline
  offersFinancialIncentives tollFreeNumber doNotSellOrShareUrl limitSensitiveUseUrl financialIncentiveNoticeUrl
  authorisedAgentProof verificationProcess processesChildrensData childrensDataTypes parentalConsentProcess
  accountablePersonName accountablePersonTitle accountablePersonEmail
  sellsPersonalData volunteeredSpecialCategoryData dataAboutOthers enquiryResponseTime { amount unit }
  generalRetention { criteria period { amount unit trigger } } }`);
const SETTINGS = graphql(`{ policySettings { ...PolicySettingsFields } }`, [SETTINGS_FIELDS]);
const UPDATE = graphql(
  `mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) {
  __typename ... on PolicySettings { ...PolicySettingsFields } ...Refusal } }`,
  [SETTINGS_FIELDS, REFUSAL],
);
const DRAFT = graphql(
  `{ policyDraft { snapshot problems { path code } rights { right grants { jurisdiction reference } } } }`,
);

/** California, Brazil and Canada: unanswered and empty until given. */
const REGIONAL_DEFAULTS = {
  sellsOrSharesPersonalInformationOfMinors: null,
  processesOptOutPreferenceSignals: null,
  operatesExclusivelyOnline: null,
  offersFinancialIncentives: null,
  tollFreeNumber: null,
  doNotSellOrShareUrl: null,
  limitSensitiveUseUrl: null,
  financialIncentiveNoticeUrl: null,
  authorisedAgentProof: null,
  verificationProcess: null,
  processesChildrensData: null,
  childrensDataTypes: null,
  parentalConsentProcess: null,
  accountablePersonName: null,
  accountablePersonTitle: null,
  accountablePersonEmail: null,
};

const DEFAULTS = {
  rightsContactEmail: null,
  rightsContactUrl: null,
  rightsContactChannel: null,
  childrenMinimumAge: null,
  securityMeasures: [],
  automatedDecisionMaking: null,
  internationalTransfers: null,
  disclosesPersonalData: null,
  sellsOrSharesPersonalInformation: null,
  soldOrSharedInPreceding12Months: null,
  sensitivePersonalInformationOnlyForPermittedUses: null,
  rightsRequestsFreeOfCharge: null,
  ...REGIONAL_DEFAULTS,
  changeNotice: null,
  policyUrl: null,
  sellsPersonalData: null,
  volunteeredSpecialCategoryData: null,
  dataAboutOthers: null,
  enquiryResponseTime: null,
  generalRetention: null,
  accentColor: null,
};

describe('policy settings', () => {
  it('are the defaults until first saved', async () => {
    const tenant = await (await seed.agency()).tenant();
    expect((await tenant.admin.gql(SETTINGS)).policySettings).toEqual({ ...DEFAULTS, updatedAt: null });
  });

  it('update saves the one row, merging the given fields over what is saved', async () => {
    const tenant = await (await seed.agency()).tenant();
    const first = (
      await tenant.admin.gql(UPDATE, {
        input: {
          rightsContactEmail: ' Privacy@Tenant.test ',
          securityMeasures: ['BACKUPS', 'ENCRYPTION_IN_TRANSIT'],
          accentColor: '#1A6DD1',
        },
      })
    ).updatePolicySettings;
    expect(first).toMatchObject({
      __typename: 'PolicySettings',
      ...DEFAULTS,
      rightsContactEmail: 'privacy@tenant.test',
      securityMeasures: ['ENCRYPTION_IN_TRANSIT', 'BACKUPS'],
      accentColor: '#1a6dd1',
    });
    expect(having(first, 'updatedAt').updatedAt).toEqual(expect.any(String));
    const second = (await tenant.admin.gql(UPDATE, { input: { childrenMinimumAge: 16, accentColor: null } }))
      .updatePolicySettings;
    expect(second).toMatchObject({
      rightsContactEmail: 'privacy@tenant.test',
      securityMeasures: ['ENCRYPTION_IN_TRANSIT', 'BACKUPS'],
      childrenMinimumAge: 16,
      accentColor: null,
    });
    const { __typename: _t, ...saved } = second;
    expect((await tenant.admin.gql(SETTINGS)).policySettings).toEqual(saved);
  });

  it('hold explicit answers: unanswered until given, kept when left out, cleared back to unanswered by null', async () => {
    const tenant = await (await seed.agency()).tenant();
    const given = (
      await tenant.admin.gql(UPDATE, {
        input: { automatedDecisionMaking: false, internationalTransfers: true, rightsRequestsFreeOfCharge: false },
      })
    ).updatePolicySettings;
    expect(given).toMatchObject({
      automatedDecisionMaking: false,
      internationalTransfers: true,
      rightsRequestsFreeOfCharge: false,
      disclosesPersonalData: null,
    });
    const cleared = (
      await tenant.admin.gql(UPDATE, {
        input: { internationalTransfers: null, sellsOrSharesPersonalInformation: false },
      })
    ).updatePolicySettings;
    expect(cleared).toMatchObject({
      automatedDecisionMaking: false,
      internationalTransfers: null,
      sellsOrSharesPersonalInformation: false,
      rightsRequestsFreeOfCharge: false,
    });
    expect((await tenant.admin.gql(DRAFT)).policyDraft.snapshot.settings).toMatchObject({
      automatedDecisionMaking: false,
      internationalTransfers: null,
      sellsOrSharesPersonalInformation: false,
    });
  });

  it('hold another rights channel and the address of the company’s own copy, and the draft carries them', async () => {
    const tenant = await (await seed.agency()).tenant();
    const input = {
      rightsContactChannel: ' raise a support ticket within the customer portal ',
      policyUrl: 'http://www.Example.com/company/privacy-policy',
    };
    expect((await tenant.admin.gql(UPDATE, { input })).updatePolicySettings).toMatchObject({
      __typename: 'PolicySettings',
      rightsContactChannel: 'raise a support ticket within the customer portal',
      policyUrl: 'http://www.Example.com/company/privacy-policy',
    });
    expect((await tenant.admin.gql(DRAFT)).policyDraft.snapshot.settings).toEqual({
      ...DEFAULTS,
      publishedLanguages: [],
      rightsContactChannel: 'raise a support ticket within the customer portal',
      policyUrl: 'http://www.Example.com/company/privacy-policy',
    });
    expect(
      (await tenant.admin.gql(UPDATE, { input: { policyUrl: 'www.example.com/privacy' } })).updatePolicySettings,
    ).toEqual({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'policyUrl', code: 'INVALID_FORMAT' }],
    });
    await expect(tenant.admin.gql(UPDATE, { input: { rightsContactChannel: 'x'.repeat(301) } })).rejects.toHaveCode(
      'BAD_USER_INPUT',
    );
  });

  it('hold the California, Brazil and Canada disclosures, which the draft carries and the completeness check reads', async () => {
    const tenant = await (await seed.agency()).tenant({ jurisdictions: ['CCPA_CPRA', 'LGPD', 'PIPEDA'] });
    const COMPLETENESS = graphql('{ policyCompleteness { problems { code requirement location { field } } } }');
    const regional = async () =>
      (await tenant.admin.gql(COMPLETENESS)).policyCompleteness.problems
        .filter((p) =>
          [
            'REQUEST_METHODS_NOT_ANSWERED',
            'AUTHORISED_AGENT_PROCESS_MISSING',
            'VERIFICATION_PROCESS_MISSING',
            'FINANCIAL_INCENTIVES_NOT_ANSWERED',
            'FINANCIAL_INCENTIVE_NOTICE_MISSING',
            'CHILDREN_DATA_NOT_ANSWERED',
            'CHILDREN_DATA_TYPES_MISSING',
            'PARENTAL_CONSENT_PROCESS_MISSING',
            'ACCOUNTABLE_PERSON_MISSING',
          ].includes(p.code),
        )
        .map((p) => [p.code, p.requirement, p.location.field]);
    expect(await regional()).toEqual([
      ['ACCOUNTABLE_PERSON_MISSING', 'PIPEDA Sch. 1, Principles 4.1, 4.1.1, 4.8.2(a)', 'accountablePersonTitle'],
      ['AUTHORISED_AGENT_PROCESS_MISSING', '11 CCR § 7011(e), § 7063', 'authorisedAgentProof'],
      ['CHILDREN_DATA_NOT_ANSWERED', 'LGPD Art. 14', 'processesChildrensData'],
      ['FINANCIAL_INCENTIVES_NOT_ANSWERED', 'CCPA § 1798.125(b); 11 CCR § 7016', 'offersFinancialIncentives'],
      ['REQUEST_METHODS_NOT_ANSWERED', 'CCPA § 1798.130(a)(1)(A)', 'operatesExclusivelyOnline'],
      ['VERIFICATION_PROCESS_MISSING', '11 CCR § 7011(e), §§ 7060–7062', 'verificationProcess'],
    ]);
    const input = {
      operatesExclusivelyOnline: false,
      tollFreeNumber: ' +1 800 555 0100 ',
      doNotSellOrShareUrl: 'https://tenant.test/do-not-sell',
      limitSensitiveUseUrl: 'https://tenant.test/limit-use',
      offersFinancialIncentives: true,
      financialIncentiveNoticeUrl: 'https://tenant.test/rewards-notice',
      authorisedAgentProof: 'SIGNED_PERMISSION',
      verificationProcess: 'we match the email address you write from with our records',
      processesChildrensData: true,
      childrensDataTypes: 'first name and school year, to run the class account',
      parentalConsentProcess: 'a parent confirms by a link we email before the account opens',
      accountablePersonName: 'Priya Officer',
      accountablePersonTitle: 'Chief Privacy Officer',
      accountablePersonEmail: 'Priya@Tenant.test',
    } as const;
    const expected = { ...input, tollFreeNumber: '+1 800 555 0100', accountablePersonEmail: 'priya@tenant.test' };
    expect((await tenant.admin.gql(UPDATE, { input })).updatePolicySettings).toMatchObject({
      __typename: 'PolicySettings',
      ...expected,
    });
    expect((await tenant.admin.gql(DRAFT)).policyDraft.snapshot.settings).toMatchObject(expected);
    expect(await regional()).toEqual([]);
    // Details go with the answer that calls for them: "none offered" with a notice is refused, and nothing is written.
    expect(
      (await tenant.admin.gql(UPDATE, { input: { offersFinancialIncentives: false, doNotSellOrShareUrl: null } }))
        .updatePolicySettings,
    ).toEqual({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'financialIncentiveNoticeUrl', code: 'INCONSISTENT' }],
    });
    expect((await tenant.admin.gql(SETTINGS)).policySettings).toMatchObject(expected);
    expect(
      (await tenant.admin.gql(UPDATE, { input: { doNotSellOrShareUrl: 'http://tenant.test/do-not-sell' } }))
        .updatePolicySettings,
    ).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'doNotSellOrShareUrl', code: 'NOT_ALLOWED' }],
    });
    await expect(tenant.admin.gql(UPDATE, { input: { verificationProcess: 'x'.repeat(1001) } })).rejects.toHaveCode(
      'BAD_USER_INPUT',
    );
    // Cleared back to unanswered by null.
    expect(
      (
        await tenant.admin.gql(UPDATE, {
          input: { processesChildrensData: null, childrensDataTypes: null, parentalConsentProcess: null },
        })
      ).updatePolicySettings,
    ).toMatchObject({ processesChildrensData: null, childrensDataTypes: null });
    expect((await regional()).map(([code]) => code)).toEqual(['CHILDREN_DATA_NOT_ANSWERED']);
  });

  it('hold the statements about the company as a whole, which purposes and the draft refer to', async () => {
    const tenant = await (await seed.agency()).tenant();
    const rule = 'Until the contract ends, then for 6 years under tax law.';
    const input = {
      sellsPersonalData: false,
      volunteeredSpecialCategoryData: 'PROCESSED_WITH_EXPLICIT_CONSENT',
      dataAboutOthers: 'the names of colleagues you invite',
      enquiryResponseTime: { amount: 2, unit: 'BUSINESS_DAYS' },
      generalRetention: { criteria: rule },
    } as const;
    const expected = { ...input, generalRetention: { criteria: rule, period: null } };
    expect((await tenant.admin.gql(UPDATE, { input })).updatePolicySettings).toMatchObject(expected);
    const purposeId = await create(tenant.admin, 'Purpose', {
      name: 'Billing',
      legalBasis: 'CONTRACT',
      retention: { general: true },
    });
    const { snapshot } = (await tenant.admin.gql(DRAFT)).policyDraft;
    expect(snapshot.settings).toMatchObject(expected);
    expect(snapshot.purposes).toEqual([
      expect.objectContaining({ id: purposeId, retention: { period: null, criteria: null, general: true } }),
    ]);
    const empty = await tenant.admin.gql(UPDATE, { input: { generalRetention: { criteria: ' ' } } });
    expect(empty.updatePolicySettings).toMatchObject({
      __typename: 'ValidationFailed',
      problems: [{ path: 'generalRetention', code: 'REQUIRED' }],
    });
  });

  it('refuses invalid settings with typed problems and writes nothing', async () => {
    const tenant = await (await seed.agency()).tenant();
    const cases: [VariablesOf<typeof UPDATE>['input'], { path: string; code: string }[]][] = [
      [{ rightsContactUrl: 'http://tenant.test/rights' }, [{ path: 'rightsContactUrl', code: 'NOT_ALLOWED' }]],
      [{ childrenMinimumAge: 30 }, [{ path: 'childrenMinimumAge', code: 'OUT_OF_RANGE' }]],
      [{ accentColor: 'blue' }, [{ path: 'accentColor', code: 'INVALID_FORMAT' }]],
      [{ rightsContactEmail: 'not-an-email' }, [{ path: 'rightsContactEmail', code: 'INVALID_FORMAT' }]],
    ];
    for (const [input, problems] of cases) {
      expect((await tenant.admin.gql(UPDATE, { input })).updatePolicySettings, JSON.stringify(input)).toEqual({
        __typename: 'ValidationFailed',
        code: 'VALIDATION_FAILED',
        problems,
      });
    }
    expect((await tenant.admin.gql(SETTINGS)).policySettings).toEqual({ ...DEFAULTS, updatedAt: null });
  });

  it('a viewer reads them and the draft but cannot update', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(SETTINGS)).policySettings).toEqual({ ...DEFAULTS, updatedAt: null });
    expect((await viewer.gql(DRAFT)).policyDraft.problems).toEqual([]);
    await expect(viewer.gql(UPDATE, { input: { childrenMinimumAge: 16 } })).rejects.toHaveCode('FORBIDDEN');
    expect((await tenant.admin.gql(SETTINGS)).policySettings.childrenMinimumAge).toBeNull();
  });

  it("are the tenant's own", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([agency.tenant(), agency.tenant()]);
    await other.admin.gql(UPDATE, { input: { childrenMinimumAge: 13 } });
    expect((await tenant.admin.gql(SETTINGS)).policySettings.childrenMinimumAge).toBeNull();
    expect((await other.admin.gql(SETTINGS)).policySettings.childrenMinimumAge).toBe(13);
  });
});

describe('policy draft', () => {
  it("assembles the tenant's whole policy into a deterministic snapshot", async () => {
    const agency = await seed.agency();
    const [tenant, other] = await Promise.all([
      agency.tenant({ legalName: 'Acme Ltd', jurisdictions: ['UK_GDPR', 'CCPA_CPRA'] }),
      agency.tenant({ legalName: 'Other Ltd' }),
    ]);
    const c = tenant.admin;
    await other.admin.gql(graphql(`mutation { createAudience(input: { name: "Not ours" }) { __typename } }`));
    await c.gql(UPDATE, { input: { childrenMinimumAge: 13 } });
    const visitors = await create(c, 'Audience', { name: 'Visitors', position: 1 });
    const customers = await create(c, 'Audience', { name: 'Customers', position: 0 });
    const usage = await create(c, 'DataCategory', { name: 'Usage data', sources: ['AUTOMATIC'] });
    const contact = await create(c, 'DataCategory', { name: 'Contact details', sources: ['SUBJECT'] });
    const host = await create(c, 'Recipient', {
      name: 'Host',
      role: 'PROCESSOR',
      country: 'US',
      service: 'hosting',
      safeguards: ['UK_IDTA'],
      dataCategoryIds: [usage, contact],
    });
    const purpose = await create(c, 'Purpose', {
      name: 'Analytics',
      legalBasis: 'CONSENT',
      audienceIds: [visitors, customers],
      dataCategoryIds: [usage],
      recipientIds: [host],
      retention: { period: { amount: 14, unit: 'MONTHS', trigger: 'COLLECTION' } },
    });
    const cookie = await create(c, 'Cookie', {
      name: '_ga',
      provider: 'Google',
      recipientId: host,
      kind: 'ANALYTICS',
      purpose: 'counts visits',
      purposeIds: [purpose],
    });
    const clause = await create(c, 'Clause', { section: 'CHILDREN', body: 'Ask a parent.' });

    const first = (await c.gql(DRAFT)).policyDraft;
    const second = (await c.gql(DRAFT)).policyDraft;
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.problems).toEqual([]);
    expect(first.rights.map((r: { right: string }) => r.right)).toContain('OPT_OUT_SALE_SHARING');
    expect(first.rights.find((r: { right: string }) => r.right === 'ACCESS')?.grants).toEqual([
      { jurisdiction: 'UK_GDPR', reference: 'UK GDPR Art. 15' },
      { jurisdiction: 'CCPA_CPRA', reference: 'Cal. Civ. Code § 1798.110' },
    ]);

    const s = first.snapshot;
    expect(Object.keys(s)).toEqual([
      'schemaVersion',
      'controller',
      'settings',
      'audiences',
      'dataCategories',
      'purposes',
      'recipients',
      'cookies',
      'clauses',
    ]);
    expect(s.schemaVersion).toBe(1);
    expect(s.controller).toMatchObject({
      legalName: 'Acme Ltd',
      slug: tenant.slug,
      jurisdictions: ['UK_GDPR', 'CCPA_CPRA'],
    });
    expect(s.settings).toEqual({ ...DEFAULTS, childrenMinimumAge: 13, publishedLanguages: [] });
    expect(s.audiences).toEqual([
      { id: customers, name: 'Customers', description: null, position: 0 },
      { id: visitors, name: 'Visitors', description: null, position: 1 },
    ]);
    expect((s.dataCategories as { id: string }[]).map((x) => x.id)).toEqual([usage, contact].sort());
    expect((s.dataCategories as { id: string }[]).find((x) => x.id === usage)).toEqual({
      id: usage,
      name: 'Usage data',
      description: null,
      specialCategory: null,
      sources: ['AUTOMATIC'],
      sourceDetails: null,
      requirement: null, // not answered: the policy says nothing about it
      consequenceOfNotProviding: null,
      ccpaCategory: null,
      position: 0,
    });
    expect(s.purposes).toEqual([
      {
        id: purpose,
        name: 'Analytics',
        description: null,
        legalBasis: 'CONSENT',
        legitimateInterest: null,
        legalObligation: null,
        legalObligationOrigin: null,
        legalBasisScope: null,
        additionalBases: [],
        specialCategoryCondition: null,
        criminalOffenceAuthority: null,
        criminalOffenceLaw: null,
        directMarketing: false,
        saleOrSharing: false,
        automatedDecisionLogic: null,
        audienceIds: [visitors, customers].sort(),
        dataCategoryIds: [usage],
        audienceCategories: [],
        recipientIds: [host],
        retention: { period: { amount: 14, unit: 'MONTHS', trigger: 'COLLECTION' }, criteria: null, general: false },
        position: 0,
      },
    ]);
    expect(s.recipients).toEqual([
      expect.objectContaining({
        id: host,
        name: 'Host',
        country: 'US',
        safeguards: ['UK_IDTA'],
        dataCategoryIds: [usage, contact].sort(),
        dpaSignedOn: null,
      }),
    ]);
    expect(s.cookies).toEqual([
      {
        id: cookie,
        name: '_ga',
        describesGroup: false,
        provider: 'Google',
        recipientId: host,
        kind: 'ANALYTICS',
        durationAmount: null,
        durationUnit: null,
        purpose: 'counts visits',
        purposeIds: [purpose],
        position: 0,
      },
    ]);
    expect(s.clauses).toEqual([{ id: clause, section: 'CHILDREN', title: null, body: 'Ask a parent.', position: 0 }]);
  });

  it('of an empty tenant has the defaults and no items', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { snapshot, problems } = (await tenant.admin.gql(DRAFT)).policyDraft;
    expect(problems).toEqual([]);
    expect(snapshot).toMatchObject({
      settings: { ...DEFAULTS, publishedLanguages: [] },
      audiences: [],
      dataCategories: [],
      purposes: [],
      recipients: [],
      cookies: [],
      clauses: [],
    });
  });
});
