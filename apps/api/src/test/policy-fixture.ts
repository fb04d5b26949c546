import { expect } from 'vitest';
import type { Client } from './client.js';
import type { TenantSeed } from './seed.js';
import { graphql, having, type TadaDocumentNode, type VariablesOf } from './graphql.js';

/** The create mutation of each building block of the policy: the new one's id, or a user error's message. */
const CREATE = {
  Audience: graphql(
    `mutation ($input: CreateAudienceInput!) { created: createAudience(input: $input) { __typename ... on Audience { id } ... on UserError { message } } }`,
  ),
  DataCategory: graphql(
    `mutation ($input: CreateDataCategoryInput!) { created: createDataCategory(input: $input) { __typename ... on DataCategory { id } ... on UserError { message } } }`,
  ),
  Recipient: graphql(
    `mutation ($input: CreateRecipientInput!) { created: createRecipient(input: $input) { __typename ... on Recipient { id } ... on UserError { message } } }`,
  ),
  Purpose: graphql(
    `mutation ($input: CreatePurposeInput!) { created: createPurpose(input: $input) { __typename ... on Purpose { id } ... on UserError { message } } }`,
  ),
  Cookie: graphql(
    `mutation ($input: CreateCookieInput!) { created: createCookie(input: $input) { __typename ... on Cookie { id } ... on UserError { message } } }`,
  ),
  Clause: graphql(
    `mutation ($input: CreateClauseInput!) { created: createClause(input: $input) { __typename ... on Clause { id } ... on UserError { message } } }`,
  ),
};

export type BuildingBlock = keyof typeof CREATE;
export type CreateInput<T extends BuildingBlock> = VariablesOf<(typeof CREATE)[T]>['input'];

/** Runs the create mutation of `type` and returns the new id, failing loudly on a user error. */
export async function create<T extends BuildingBlock>(client: Client, type: T, input: CreateInput<T>): Promise<string> {
  // Every document above answers `created` with an id or a message; only the input differs by type.
  const document = CREATE[type] as TadaDocumentNode<
    { created: { __typename: string; id?: string; message?: string } },
    { input: CreateInput<T> }
  >;
  const { created } = await client.gql(document, { input });
  if (!created.id) throw new Error(`create${type} failed: ${JSON.stringify(created)}`);
  return created.id;
}

export interface CompletePolicy {
  audienceId: string;
  categoryId: string;
  purposeId: string;
  recipientId: string;
}

/**
 * Gives a UK/EU tenant everything the completeness gate asks for: controller facts, an audience, a data
 * category, a purpose with basis and retention, a safeguarded processor, the supervisory authority.
 */
export async function makeComplete(tenant: TenantSeed, client: Client = tenant.admin): Promise<CompletePolicy> {
  await client.gql(graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { __typename } }`), {
    input: {
      id: tenant.id,
      jurisdictions: ['UK_GDPR'],
      offices: [
        {
          label: 'Head office',
          registered: true,
          address: { streetAddress: '1 High Street', locality: 'London', postalCode: 'EC1A 1AA', country: 'GB' },
        },
      ],
      supervisoryAuthority: { name: "Information Commissioner's Office", country: 'GB', website: 'https://ico.org.uk' },
    },
  });
  const audienceId = await create(client, 'Audience', { name: 'Customers' });
  const categoryId = await create(client, 'DataCategory', {
    name: 'Contact details',
    description: 'name, email address',
    sources: ['SUBJECT'],
    requirement: 'VOLUNTARY',
    ccpaCategory: 'IDENTIFIERS',
  });
  const recipientId = await create(client, 'Recipient', {
    name: 'Amazon Web Services',
    role: 'PROCESSOR',
    legalEntity: 'Amazon Web Services EMEA SARL',
    country: 'LU',
    processingCountries: ['US'],
    service: 'cloud hosting',
    safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
    // For a UK tenant the framework counts only with the UK Extension.
    dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true },
    dataCategoryIds: [categoryId],
  });
  const purposeId = await create(client, 'Purpose', {
    name: 'Providing our service',
    legalBasis: 'CONTRACT',
    audienceIds: [audienceId],
    dataCategoryIds: [categoryId],
    recipientIds: [recipientId],
    retention: { period: { amount: 6, unit: 'YEARS', trigger: 'END_OF_RELATIONSHIP' } },
  });
  // The answers behind statements of absence: no automated decisions; data reaches the United States.
  await client.gql(SAVE_ANSWERS, { input: { automatedDecisionMaking: false, internationalTransfers: true } });
  return { audienceId, categoryId, purposeId, recipientId };
}

const SAVE_ANSWERS = graphql(
  `mutation ($input: UpdatePolicySettingsInput!) { updatePolicySettings(input: $input) { __typename } }`,
);

export const PUBLISH = graphql(`mutation ($input: PublishPolicyInput!) { publishPolicy(input: $input) {
  __typename
  ... on PolicyVersion { version effectiveDate isLive url snapshotHash }
  ... on PolicyIncomplete { code message completeness { code severity message requirement location { kind id field } } }
  ... on PolicyUnchanged { code latestVersion }
  ... on ValidationFailed { problems { path code } } } }`);

export async function publish(client: Client, changeSummary = 'First version', effectiveDate = '2026-01-01') {
  const data = await client.gql(PUBLISH, { input: { effectiveDate, changeSummary } });
  return data.publishPolicy;
}

const TRANSLATION_STATUS = graphql(`query ($language: Language!) { policyTranslations(language: $language) {
  texts { kind itemId field text state } } }`);
const TRANSLATE = graphql(`mutation ($input: TranslatePolicyTextsInput!) { translatePolicyTexts(input: $input) {
  __typename ... on PolicyTranslations { progress { language complete } } ... on ValidationFailed { problems { path code message } } } }`);

/**
 * Publishes `languages` besides the default and translates every text of the draft into each through the API, each
 * value the text behind the language's tag ("[de] Website visitors"): for tests of languages, not of wording.
 */
export async function translateDraft(
  tenant: TenantSeed,
  languages: ('DE' | 'FR' | 'ES' | 'IT' | 'EN')[],
  client: Client = tenant.admin,
): Promise<void> {
  await client.gql(SAVE_ANSWERS, { input: { publishedLanguages: languages } });
  for (const language of languages) {
    const { policyTranslations } = await client.gql(TRANSLATION_STATUS, { language });
    const texts = policyTranslations.texts
      .filter((t) => t.state !== 'CURRENT')
      .map((t) => ({ kind: t.kind, itemId: t.itemId, field: t.field, value: `[${language.toLowerCase()}] ${t.text}` }));
    const { translatePolicyTexts } = await client.gql(TRANSLATE, { input: { language, texts } });
    if (translatePolicyTexts.__typename !== 'PolicyTranslations')
      throw new Error(`translating into ${language} failed: ${JSON.stringify(translatePolicyTexts)}`);
    expect(translatePolicyTexts.progress.find((p) => p.language === language)?.complete).toBe(true);
  }
}

const IMPORT_EARLIER = graphql(`mutation ($input: ImportPolicyVersionInput!) { importPolicyVersion(input: $input) {
  __typename ... on PolicyVersion { languages isLive } } }`);

/**
 * Makes the tenant's live policy one in exactly `languages`, through the real path that stores only the languages
 * given (an imported earlier policy, in effect): its languages are then the tenant's published languages.
 */
export async function publishIn(tenant: TenantSeed, languages: ('EN' | 'DE' | 'FR' | 'ES' | 'IT')[]): Promise<void> {
  const { importPolicyVersion } = await tenant.admin.gql(IMPORT_EARLIER, {
    input: {
      effectiveDate: '2025-06-01',
      texts: languages.map((language) => ({ language, text: `# Policy (${language})\n\nWe keep little data.` })),
    },
  });
  expect(importPolicyVersion).toMatchObject({ __typename: 'PolicyVersion', isLive: true, languages });
}

/** The ids of what a tenant already has, by list (each aliased `list`). */
const EXISTING = {
  audiences: graphql('{ list: audiences(first: 100) { edges { node { id } } } }'),
  dataCategories: graphql('{ list: dataCategories(first: 100) { edges { node { id } } } }'),
  recipients: graphql('{ list: recipients(first: 100) { edges { node { id } } } }'),
};

export interface ConsentPurposes {
  /** A purpose on consent. */
  analytics: string;
  /** A purpose on consent that sells or shares personal information. */
  ads: string;
  /** A purpose on contract: takes no answers. */
  contract: string;
}

/** A complete policy with two purposes that take consent answers, published as version 1. */
export async function makeConsentReady(
  tenant: TenantSeed,
  client: Client = tenant.admin,
  opts: { adoptExisting?: boolean; languages?: Parameters<typeof translateDraft>[1] } = {},
): Promise<ConsentPurposes> {
  const { purposeId: contract, audienceId, categoryId } = await makeComplete(tenant, client);
  // A tenant already holding other test objects: the analytics purpose covers them all, so the gate passes.
  const ids = async (list: (typeof EXISTING)[keyof typeof EXISTING]) =>
    opts.adoptExisting ? (await client.gql(list)).list.edges.map((e) => e.node.id) : [];
  const [audienceIds, dataCategoryIds, recipientIds] = [
    [...new Set([audienceId, ...(await ids(EXISTING.audiences))])],
    [...new Set([categoryId, ...(await ids(EXISTING.dataCategories))])],
    await ids(EXISTING.recipients),
  ];
  const purpose = (
    input: Omit<CreateInput<'Purpose'>, 'audienceIds' | 'dataCategoryIds' | 'recipientIds' | 'retention'>,
  ) =>
    create(client, 'Purpose', {
      audienceIds,
      dataCategoryIds,
      recipientIds,
      retention: { period: { amount: 13, unit: 'MONTHS', trigger: 'COLLECTION' } },
      ...input,
    });
  const analytics = await purpose({
    name: 'Analytics',
    description: 'measuring visits to improve the site',
    legalBasis: 'CONSENT',
  });
  const ads = await purpose({ name: 'Targeted advertising', legalBasis: 'CONSENT', saleOrSharing: true });
  await client.gql(SAVE_ANSWERS, {
    input: { rightsContactEmail: 'privacy@tenant.test', sellsOrSharesPersonalInformation: true },
  });
  if (opts.languages) await translateDraft(tenant, opts.languages, client);
  const published = await publish(client);
  if (published.__typename !== 'PolicyVersion') throw new Error(`publishing failed: ${JSON.stringify(published)}`);
  return { analytics, ads, contract };
}

const WORDS = [
  'personal',
  'data',
  'we',
  'process',
  'your',
  'for',
  'the',
  'purpose',
  'of',
  'and',
  'retain',
  'it',
  'until',
  'contract',
  'ends',
  'consent',
  'withdrawn',
  'recipients',
  'outside',
  'kingdom',
  'safeguards',
  'apply',
];

/** Markdown of exactly `chars` characters: paragraphs of about `paragraph` characters, different words for each `seed`. */
export function prose(seed: number, chars: number, paragraph: number): string {
  let state = seed * 7919 + 17;
  const word = () => WORDS[(state = (state * 1103515245 + 12345) % 2147483648) % WORDS.length]!;
  const paragraphs: string[] = [];
  for (let length = 0; length < chars + paragraph;) {
    let p = `Paragraph ${seed}.${paragraphs.length}:`;
    while (p.length < paragraph) p += ` ${word()}`;
    paragraphs.push(`${p}.`);
    length += p.length + 3;
  }
  return `${paragraphs.join('\n\n').slice(0, chars - 1)}.`;
}

const CREATE_CLAUSE = graphql(
  `mutation ($input: CreateClauseInput!) { createClause(input: $input) { __typename ... on Clause { id } ... on UserError { message } } }`,
);
const UPDATE_CLAUSE = graphql(
  `mutation ($input: UpdateClauseInput!) { updateClause(input: $input) { __typename ... on UserError { message } } }`,
);

/** A complete policy with a clause of each of `before` published as version 1, then edited to `after` as version 2. */
export async function twoVersions(tenant: TenantSeed, before: string[], after: string[]): Promise<void> {
  await makeComplete(tenant);
  const ids: string[] = [];
  for (const [i, body] of before.entries()) {
    const created = (
      await tenant.admin.gql(CREATE_CLAUSE, { input: { section: 'SECURITY', title: `Clause ${i}`, body } })
    ).createClause;
    expect(created.__typename, JSON.stringify(created)).toBe('Clause');
    ids.push(having(created, 'id').id);
  }
  expect(await publish(tenant.admin, 'Long clauses', '2026-01-01')).toMatchObject({ version: 1 });
  for (const [i, id] of ids.entries()) {
    const updated = (await tenant.admin.gql(UPDATE_CLAUSE, { input: { id, body: after[i] } })).updateClause;
    expect(updated.__typename, JSON.stringify(updated)).toBe('Clause');
  }
  expect(await publish(tenant.admin, 'Every clause changed', '2026-02-01')).toMatchObject({ version: 2 });
}
