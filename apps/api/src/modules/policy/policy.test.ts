import { describe, expect, it } from 'vitest';
import { seed } from '../../test/seed.js';
import { create } from '../../test/policy-fixture.js';
import { graphql, having, REFUSAL, type VariablesOf } from '../../test/graphql.js';

const SETTINGS_FIELDS = graphql(`fragment PolicySettingsFields on PolicySettings {
  rightsContactEmail rightsContactUrl rightsContactChannel childrenMinimumAge securityMeasures changeNotice policyUrl accentColor updatedAt
  automatedDecisionMaking internationalTransfers disclosesPersonalData sellsOrSharesPersonalInformation
  soldOrSharedInPreceding12Months sensitivePersonalInformationOnlyForPermittedUses rightsRequestsFreeOfCharge }`);
const SETTINGS = graphql(`{ policySettings { ...PolicySettingsFields } }`, [SETTINGS_FIELDS]);
const UPDATE = graphql(
  `mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) {
  __typename ... on PolicySettings { ...PolicySettingsFields } ...Refusal } }`,
  [SETTINGS_FIELDS, REFUSAL],
);
const DRAFT = graphql(
  `{ policyDraft { snapshot problems { path code } rights { right grants { jurisdiction reference } } } }`,
);

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
  changeNotice: null,
  policyUrl: null,
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
    expect(s.settings).toEqual({ ...DEFAULTS, childrenMinimumAge: 13 });
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
        specialCategoryCondition: null,
        directMarketing: false,
        saleOrSharing: false,
        automatedDecisionLogic: null,
        audienceIds: [visitors, customers].sort(),
        dataCategoryIds: [usage],
        recipientIds: [host],
        retention: { period: { amount: 14, unit: 'MONTHS', trigger: 'COLLECTION' }, criteria: null },
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
        provider: 'Google',
        recipientId: host,
        kind: 'ANALYTICS',
        durationAmount: null,
        durationUnit: null,
        purpose: 'counts visits',
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
      settings: DEFAULTS,
      audiences: [],
      dataCategories: [],
      purposes: [],
      recipients: [],
      cookies: [],
      clauses: [],
    });
  });
});
