import { describe, expect, inject, it } from 'vitest';
import { create, makeComplete, publish, translateDraft } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql, having } from '../../test/graphql.js';

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${inject('apiUrl')}${path}`, { headers });

const UPDATE_AUDIENCE = graphql(`mutation ($input: UpdateAudienceInput!) { updateAudience(input: $input) {
  __typename ... on Audience { name translations { language field value source state } }
  ... on ValidationFailed { problems { path code } } } }`);
const AUDIENCE = graphql(`query ($id: ID!) { audience(id: $id) { name translations { language field value state } } }`);
const STATUS = graphql(`query ($language: Language) { policyTranslations(language: $language) {
  defaultLanguage
  progress { language published required current missing outdated untranslated complete }
  texts { kind itemId itemLabel field text required language state value source } } }`);
const TRANSLATE = graphql(`mutation ($input: TranslatePolicyTextsInput!) { translatePolicyTexts(input: $input) {
  __typename ... on PolicyTranslations { progress { language complete missing } texts { itemId field state value } }
  ... on ValidationFailed { problems { path code message } } } }`);
const SETTINGS = graphql(`mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) {
  __typename ... on PolicySettings { publishedLanguages } ... on ValidationFailed { problems { path code } } } }`);
const COMPLETENESS = graphql(
  '{ policyCompleteness { publishable problems { code severity location { kind id field language } } } }',
);

describe('translations of an item, through its own mutations', () => {
  it('keeps each translation with the text it was made from, so a change of the text shows it outdated', async () => {
    const tenant = await (await seed.agency()).tenant();
    const id = await create(tenant.admin, 'Audience', {
      name: 'Website visitors',
      description: 'People who visit our website',
      translations: [
        { language: 'DE', field: 'name', value: 'Besucher unserer Website' },
        { language: 'FR', field: 'description', value: 'Personnes qui visitent notre site', untranslated: false },
      ],
    });
    expect((await tenant.admin.gql(AUDIENCE, { id })).audience.translations).toEqual([
      { language: 'DE', field: 'name', value: 'Besucher unserer Website', state: 'CURRENT' },
      { language: 'FR', field: 'description', value: 'Personnes qui visitent notre site', state: 'CURRENT' },
    ]);

    // The English changes: the German no longer says what it says, and sending it back unchanged does not hide it.
    const renamed = await tenant.admin.gql(UPDATE_AUDIENCE, { input: { id, name: 'Visitors of our website' } });
    expect(having(renamed.updateAudience, 'translations').translations[0]).toMatchObject({
      language: 'DE',
      state: 'OUTDATED',
      source: 'Website visitors',
    });
    const resent = await tenant.admin.gql(UPDATE_AUDIENCE, {
      input: {
        id,
        translations: [
          { language: 'DE', field: 'name', value: 'Besucher unserer Website' },
          { language: 'FR', field: 'description', value: 'Personnes qui visitent notre site' },
        ],
      },
    });
    expect(having(resent.updateAudience, 'translations').translations[0]!.state).toBe('OUTDATED');
    // Confirmed as still right, it is current again; a translation left out of the set is removed.
    const confirmed = await tenant.admin.gql(UPDATE_AUDIENCE, {
      input: {
        id,
        translations: [{ language: 'DE', field: 'name', value: 'Besucher unserer Website', confirmed: true }],
      },
    });
    expect(having(confirmed.updateAudience, 'translations').translations).toEqual([
      {
        language: 'DE',
        field: 'name',
        value: 'Besucher unserer Website',
        source: 'Visitors of our website',
        state: 'CURRENT',
      },
    ]);
  });

  it('refuses a translation into the default language, of a field without text, twice, or too long: nothing written', async () => {
    const tenant = await (await seed.agency()).tenant();
    const id = await create(tenant.admin, 'Audience', { name: 'Customers' });
    const refused = await tenant.admin.gql(UPDATE_AUDIENCE, {
      input: {
        id,
        name: 'Our customers',
        translations: [
          { language: 'EN', field: 'name', value: 'Customers' },
          { language: 'DE', field: 'description', value: 'Kunden, die bei uns kaufen' },
          { language: 'DE', field: 'colour', value: 'blau' },
          { language: 'FR', field: 'name', value: 'Clients' },
          { language: 'FR', field: 'name', value: 'Nos clients' },
          { language: 'IT', field: 'name', value: ' ' },
        ],
      },
    });
    expect(having(refused.updateAudience, 'problems').problems).toEqual([
      { path: 'translations.0.language', code: 'NOT_ALLOWED' },
      { path: 'translations.1.field', code: 'INCONSISTENT' },
      { path: 'translations.2.field', code: 'UNKNOWN_REFERENCE' },
      { path: 'translations.4', code: 'DUPLICATE' },
      { path: 'translations.5.value', code: 'REQUIRED' },
    ]);
    expect((await tenant.admin.gql(AUDIENCE, { id })).audience).toEqual({ name: 'Customers', translations: [] });
    const tooLong = await tenant.admin.gql(UPDATE_AUDIENCE, {
      input: { id, translations: [{ language: 'DE', field: 'name', value: 'x'.repeat(40_001) }] },
    });
    expect(having(tooLong.updateAudience, 'problems').problems).toEqual([
      { path: 'translations.0.value', code: 'TOO_LONG' },
    ]);
  });
});

describe('a language is published only when complete', () => {
  it('reports each text missing its translation, refuses to publish, then publishes and serves only whole languages', async () => {
    const tenant = await (await seed.agency()).tenant();
    await makeComplete(tenant);
    expect(
      having(
        (await tenant.admin.gql(SETTINGS, { input: { publishedLanguages: ['IT'] } })).updatePolicySettings,
        'publishedLanguages',
      ),
    ).toEqual({
      __typename: 'PolicySettings',
      publishedLanguages: ['IT'],
    });

    const before = (await tenant.admin.gql(STATUS, { language: 'IT' })).policyTranslations;
    expect(before.defaultLanguage).toBe('EN');
    // Published languages first; nothing translated yet.
    expect(before.progress[0]).toMatchObject({ language: 'IT', published: true, current: 0, complete: false });
    expect(before.progress.map((p) => p.language)).toEqual(['IT', 'DE', 'FR', 'ES']);
    const required = before.texts.filter((t) => t.required);
    expect(required.length).toBeGreaterThan(3);
    expect(before.texts.every((t) => t.language === 'IT' && t.state === 'MISSING')).toBe(true);

    const gate = (await tenant.admin.gql(COMPLETENESS)).policyCompleteness;
    expect(gate.publishable).toBe(false);
    const gaps = gate.problems.filter((p) => p.code === 'TRANSLATION_MISSING');
    expect(gaps).toHaveLength(required.length);
    expect(gaps.every((p) => p.severity === 'ERROR' && p.location.language === 'IT')).toBe(true);
    expect(gaps.map((p) => `${p.location.id ?? p.location.kind}/${p.location.field}`).sort()).toEqual(
      required.map((t) => `${t.itemId ?? t.kind}/${t.field}`).sort(),
    );
    expect((await publish(tenant.admin)).__typename).toBe('PolicyIncomplete');

    await translateDraft(tenant, ['IT']);
    expect((await publish(tenant.admin)).__typename).toBe('PolicyVersion');

    // Italian and English are served; German was never published, so a German reader gets the default language.
    const italian = await get(`/p/${tenant.slug}/privacy?lang=it`);
    expect(italian.headers.get('content-language')).toBe('it');
    expect(italian.headers.get('vary')).toContain('Accept-Language');
    const html = await italian.text();
    expect(html).toMatch(/<html[^>]+lang="it"/);
    expect(html).toContain('[it] ');
    // The rights section links the request form, in the page's language.
    expect(html).toContain(`/p/${tenant.slug}/requests/new?lang=it"`);
    for (const german of [
      await get(`/p/${tenant.slug}/privacy?lang=de`),
      await get(`/p/${tenant.slug}/privacy`, { 'accept-language': 'de-DE, de;q=0.9' }),
    ]) {
      expect(german.headers.get('content-language')).toBe('en');
      expect(await german.text()).not.toContain('[it] ');
    }
    const byHeader = await get(`/p/${tenant.slug}/privacy.txt`, { 'accept-language': 'it-CH, en;q=0.5' });
    expect(byHeader.headers.get('content-language')).toBe('it');
  });

  it('translates several texts at once, all or nothing, and names the text a problem is about', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { audienceId, purposeId } = await makeComplete(tenant);
    const refused = await tenant.admin.gql(TRANSLATE, {
      input: {
        language: 'DE',
        texts: [
          { kind: 'AUDIENCE', itemId: audienceId, field: 'name', value: 'Kunden' },
          { kind: 'PURPOSE', itemId: purposeId, field: 'nonsense', value: 'x' },
          { kind: 'PURPOSE', itemId: '00000000-0000-4000-8000-000000000000', field: 'name', value: 'x' },
        ],
      },
    });
    expect(having(refused.translatePolicyTexts, 'problems').problems.map((p) => [p.path, p.code])).toEqual([
      ['texts.1.field', 'UNKNOWN_REFERENCE'],
      ['texts.2.itemId', 'UNKNOWN_REFERENCE'],
    ]);
    const untouched = (await tenant.admin.gql(STATUS, { language: 'DE' })).policyTranslations.texts;
    expect(untouched.find((t) => t.itemId === audienceId && t.field === 'name')?.state).toBe('MISSING');

    // A copy of the default text is a starting point, not a translation: marked, and not current.
    const copied = await tenant.admin.gql(TRANSLATE, {
      input: {
        language: 'DE',
        texts: [{ kind: 'AUDIENCE', itemId: audienceId, field: 'name', value: 'Customers', untranslated: true }],
      },
    });
    expect(
      having(copied.translatePolicyTexts, 'texts').texts.find((t) => t.itemId === audienceId && t.field === 'name'),
    ).toMatchObject({ state: 'UNTRANSLATED', value: 'Customers' });

    // The default language is not a translation.
    const own = await tenant.admin.gql(TRANSLATE, {
      input: { language: 'EN', texts: [{ kind: 'AUDIENCE', itemId: audienceId, field: 'name', value: 'x' }] },
    });
    expect(having(own.translatePolicyTexts, 'problems').problems).toEqual([
      { path: 'language', code: 'NOT_ALLOWED', message: expect.any(String) },
    ]);
  });

  it('lets a viewer read the progress but not translate', async () => {
    const tenant = await (await seed.agency()).tenant();
    const { audienceId } = await makeComplete(tenant);
    const { client: viewer } = await tenant.user('VIEWER');
    expect((await viewer.gql(STATUS, {})).policyTranslations.progress).toHaveLength(4);
    await expect(
      viewer.gql(TRANSLATE, {
        input: { language: 'FR', texts: [{ kind: 'AUDIENCE', itemId: audienceId, field: 'name', value: 'Clients' }] },
      }),
    ).rejects.toHaveCode('FORBIDDEN');
  });
});

const ENTRIES = graphql('{ catalogEntries(first: 100) { edges { node { id name service } } } }');
const UPDATE_ENTRY = graphql(`mutation ($input: UpdateCatalogEntryInput!) { updateCatalogEntry(input: $input) {
  __typename ... on CatalogEntryUpdated { entry { translations { language field value state } } } } }`);
const ADD = graphql(`mutation ($input: AddRecipientFromCatalogInput!) { addRecipientFromCatalog(input: $input) {
  __typename ... on Recipient { id service translations { language field value state } } } }`);
const UPDATE_RECIPIENT = graphql(`mutation ($input: UpdateRecipientInput!) { updateRecipient(input: $input) {
  __typename ... on ValidationFailed { problems { path code } } } }`);

describe('the catalog in several languages', () => {
  it("gives a German client the entry's German text, with the English as its translation", async () => {
    const agency = await seed.agency();
    const entries = (await agency.owner.gql(ENTRIES)).catalogEntries.edges.map((e) => e.node);
    const zoom = entries.find((e) => e.name === 'Zoom')!;
    const translated = await agency.owner.gql(UPDATE_ENTRY, {
      input: { id: zoom.id, translations: [{ language: 'DE', field: 'service', value: 'Videokonferenzen' }] },
    });
    expect(having(translated.updateCatalogEntry, 'entry').entry.translations).toEqual([
      { language: 'DE', field: 'service', value: 'Videokonferenzen', state: 'CURRENT' },
    ]);

    const german = await agency.tenant({ defaultLanguage: 'DE' });
    const added = having(
      (await german.admin.gql(ADD, { input: { catalogEntryId: zoom.id } })).addRecipientFromCatalog,
      'service',
    );
    expect(added.service).toBe('Videokonferenzen');
    expect(added.translations).toEqual([{ language: 'EN', field: 'service', value: zoom.service, state: 'CURRENT' }]);

    // The catalog owns that text in every language: the client cannot change its translation.
    const refused = await german.admin.gql(UPDATE_RECIPIENT, {
      input: { id: added.id, translations: [{ language: 'EN', field: 'service', value: 'video calls' }] },
    });
    expect(having(refused.updateRecipient, 'problems').problems).toEqual([
      { path: 'translations.0', code: 'NOT_ALLOWED' },
    ]);
  });
});

const UPDATE_TENANT = graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) {
  __typename ... on Tenant { defaultLanguage } ... on ValidationFailed { problems { path code message } } } }`);
const POLICY_SETTINGS = graphql('{ policySettings { publishedLanguages } }');

describe('changing the default language', () => {
  it('relabels texts nothing was translated from, refuses a half-translated language, and swaps a complete one', async () => {
    const agency = await seed.agency();
    // Typed in German under the wrong default: nothing translated yet, so the texts are simply German.
    const mislabelled = await agency.tenant();
    const kunden = await create(mislabelled.admin, 'Audience', { name: 'Kunden' });
    const relabelled = await mislabelled.admin.gql(UPDATE_TENANT, {
      input: { id: mislabelled.id, defaultLanguage: 'DE' },
    });
    expect(relabelled.updateTenant).toMatchObject({ __typename: 'Tenant', defaultLanguage: 'DE' });
    expect((await mislabelled.admin.gql(AUDIENCE, { id: kunden })).audience).toEqual({
      name: 'Kunden',
      translations: [],
    });

    const tenant = await agency.tenant();
    const { audienceId } = await makeComplete(tenant);
    await tenant.admin.gql(TRANSLATE, {
      input: { language: 'DE', texts: [{ kind: 'AUDIENCE', itemId: audienceId, field: 'name', value: 'Kunden' }] },
    });
    const refused = await tenant.admin.gql(UPDATE_TENANT, { input: { id: tenant.id, defaultLanguage: 'DE' } });
    expect(having(refused.updateTenant, 'problems').problems).toEqual([
      { path: 'defaultLanguage', code: 'INCONSISTENT', message: expect.stringMatching(/not translated into de/) },
    ]);

    await translateDraft(tenant, ['DE']);
    const before = (await tenant.admin.gql(AUDIENCE, { id: audienceId })).audience.name;
    const swapped = await tenant.admin.gql(UPDATE_TENANT, { input: { id: tenant.id, defaultLanguage: 'DE' } });
    expect(swapped.updateTenant).toMatchObject({ __typename: 'Tenant', defaultLanguage: 'DE' });
    expect((await tenant.admin.gql(AUDIENCE, { id: audienceId })).audience).toEqual({
      name: 'Kunden',
      translations: [{ language: 'EN', field: 'name', value: before, state: 'CURRENT' }],
    });
    // English is still published, now as a translation, and complete: the policy publishes in both at once.
    expect((await tenant.admin.gql(POLICY_SETTINGS)).policySettings.publishedLanguages).toEqual(['EN']);
    const status = (await tenant.admin.gql(STATUS, { language: 'EN' })).policyTranslations;
    expect(status.progress.find((p) => p.language === 'EN')).toMatchObject({ published: true, complete: true });
    expect((await publish(tenant.admin)).__typename).toBe('PolicyVersion');
  });
});
