import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  checkCompleteness,
  JURISDICTION_INFO,
  nonEssentialCookiesOnlyWithConsent,
  LEGAL_BASIS_REFERENCE,
  supervisoryAuthoritiesOf,
  transferInstrumentsNotInForce,
  type Address,
  type PolicySnapshot,
  type Right,
} from '@noticeboard/domain';
import { renderPolicy } from '@noticeboard/policy-render';
import { seed } from '../../test/seed.js';
import { asOwner, uniqueSlug } from '../../test/demo-tenant-kit.js';
import { graphql } from '../../test/graphql.js';
import { factsMissing, type DemoFacts } from './facts.js';
import { DEMO_TENANTS, loadDemoTenant, type DemoTenant } from './index.js';

const DRAFT = graphql(
  `{ policyDraft { snapshot problems { path code message } rights { right grants { reference } } } }`,
);
function factsOf(demo: DemoTenant): DemoFacts {
  const file = demo.source.replace(/\.txt$/, '.facts.json');
  const facts = JSON.parse(readFileSync(new URL(`./facts/${file}`, import.meta.url), 'utf8')) as DemoFacts;
  expect(facts.source).toBe(demo.source);
  return facts;
}

// ---- the proxy for the rendered text, until the renderer lands -------------------------------------------------
// The snapshot holds enums and country codes where the rendered policy has words: add the words a renderer
// prints for them (the titles of the GDPR articles, the safeguards' names, country names), and the laws cited.

const RIGHT_TITLES: Record<Right, string> = {
  ACCESS: 'right of access',
  RECTIFICATION: 'right to rectification',
  ERASURE: 'right to erasure',
  RESTRICTION: 'right to restriction of processing',
  OBJECTION: 'right to object',
  PORTABILITY: 'right to data portability',
  WITHDRAW_CONSENT: 'right to withdraw consent',
  AUTOMATED_DECISIONS: 'rights related to automated decision-making',
  COMPLAIN: 'right to lodge a complaint with a supervisory authority',
  OPT_OUT_SALE_SHARING: 'right to opt out of sale or sharing',
  LIMIT_SENSITIVE_USE: 'right to limit the use of sensitive personal information',
  NON_DISCRIMINATION: 'right to non-discrimination',
};
const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
const countryName = new Intl.DisplayNames(['en'], { type: 'region' });

function proxyText(snapshot: PolicySnapshot, rights: { right: Right; grants: { reference: string }[] }[]): string {
  const countries = new Set<string>();
  const addresses: (Address | null)[] = [
    ...snapshot.controller.offices.map((o) => o.address),
    ...supervisoryAuthoritiesOf(snapshot.controller).map((a) => a.address),
  ];
  supervisoryAuthoritiesOf(snapshot.controller).forEach((a) => countries.add(a.country));
  for (const r of snapshot.recipients) {
    [r.country, ...r.processingCountries].forEach((c) => c && countries.add(c));
    addresses.push(r.address);
  }
  addresses.forEach((a) => a && countries.add(a.country));
  return [
    JSON.stringify(snapshot),
    ...snapshot.controller.jurisdictions.map((j) => `${JURISDICTION_INFO[j].name}: ${JURISDICTION_INFO[j].law}`),
    ...rights.map((r) => `${RIGHT_TITLES[r.right]} (${r.grants.map((g) => g.reference).join(', ')})`),
    ...snapshot.purposes.map((p) => `${words(p.legalBasis)} (${LEGAL_BASIS_REFERENCE[p.legalBasis]})`),
    ...snapshot.purposes.flatMap((p) =>
      p.retention.period ? [`${p.retention.period.amount} ${words(p.retention.period.unit)}`] : [],
    ),
    ...snapshot.recipients.flatMap((r) => r.safeguards.map(words)),
    ...[...countries].map((c) => countryName.of(c) ?? c),
  ].join('\n');
}

describe.each(DEMO_TENANTS.map((demo) => [demo.profile.slug, demo] as const))('the demo tenant %s', (_slug, demo) => {
  it('loads through the services, complete and consistent, and states every fact of its policy', async () => {
    const agency = await seed.agency();
    const slug = uniqueSlug(demo);
    const { tenantId } = await asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug }));

    const { policyDraft } = await agency.owner.inTenant(tenantId).gql(DRAFT);
    const snapshot = policyDraft.snapshot as unknown as PolicySnapshot;
    expect(policyDraft.problems).toEqual([]);
    expect(snapshot.controller).toMatchObject({
      slug,
      legalName: demo.profile.legalName,
      jurisdictions: demo.profile.jurisdictions,
    });
    expect({
      audiences: snapshot.audiences.map((a) => a.name),
      dataCategories: snapshot.dataCategories.map((c) => c.name),
      purposes: snapshot.purposes.map((p) => p.name),
      recipients: snapshot.recipients.map((r) => r.name),
      cookies: snapshot.cookies.length,
      clauses: snapshot.clauses.length,
    }).toEqual({
      audiences: demo.audiences.map((a) => a.name),
      dataCategories: demo.dataCategories.map((c) => c.name),
      purposes: demo.purposes.map((p) => p.name),
      recipients: demo.recipients.map((r) => r.name),
      cookies: demo.cookies.length,
      clauses: demo.clauses.length,
    });
    // Every purpose concerns someone and some data; every key became a link.
    for (const [i, p] of snapshot.purposes.entries()) {
      const source = demo.purposes[i]!;
      expect([p.audienceIds.length, p.dataCategoryIds.length, p.recipientIds.length], p.name).toEqual([
        source.audiences.length,
        source.dataCategories.length,
        source.recipients?.length ?? 0,
      ]);
      expect(p.audienceIds.length, p.name).toBeGreaterThan(0);
      expect(p.dataCategoryIds.length, p.name).toBeGreaterThan(0);
    }
    // Every cookie serves the purposes its source policy gives it (issue 17): each key became a link.
    for (const [i, k] of snapshot.cookies.entries()) {
      expect(k.purposeIds.length, k.name).toBe(demo.cookies[i]!.purposes.length);
      expect(k.purposeIds.length, k.name).toBeGreaterThan(0);
    }

    expect(factsMissing(proxyText(snapshot, policyDraft.rights), factsOf(demo))).toEqual([]);
    // The gate lets the tenant publish, or refuses it for exactly the reason the demo states (issue 17).
    const errors = checkCompleteness(snapshot).filter((p) => p.severity === 'ERROR');
    expect(errors.map((p) => p.code)).toEqual(demo.heldBack?.errors ?? []);
    // Every transfer instrument the version names applies on its effective date (issue 17).
    expect(transferInstrumentsNotInForce(snapshot, demo.publication.effectiveDate)).toEqual([]);

    // Counsel's findings in every language: legal-regression.test.ts.
    // "Only with your consent" while a cookie that needs consent serves a purpose on another basis (issue 17).
    const { text } = renderPolicy(snapshot, {
      language: 'en',
      effectiveDate: demo.publication.effectiveDate,
      version: 1,
    });
    const consentClaimed = /cookies that are not strictly necessary only with your consent/.test(text);
    expect(consentClaimed).toBe(nonEssentialCookiesOnlyWithConsent(snapshot.cookies, snapshot.purposes));
  });
});

describe('loadDemoTenant', () => {
  const [demo] = DEMO_TENANTS as [DemoTenant];

  it('restores the caller’s scope, and the tenant belongs to the owner’s agency', async () => {
    const agency = await seed.agency();
    const slug = uniqueSlug(demo);
    const scopes = await asOwner(agency, async (ctx) => {
      const before = ctx.tx.currentScope;
      const { tenantId } = await loadDemoTenant(ctx, demo, { slug });
      return { before, after: ctx.tx.currentScope, tenantId };
    });
    expect(scopes.after).toEqual(scopes.before);
    expect(scopes.before.tenantId).toBeNull();
    const { tenant } = await agency.owner.gql(graphql(`query ($id: ID!) { tenant(id: $id) { slug } }`), {
      id: scopes.tenantId,
    });
    expect(tenant.slug).toBe(slug);
  });

  it('throws naming the refused item and its problems, and leaves nothing behind', async () => {
    const agency = await seed.agency();
    const slug = uniqueSlug(demo);
    const broken: DemoTenant = {
      ...demo,
      purposes: [
        ...demo.purposes,
        {
          key: 'broken',
          name: 'Broken',
          legalBasis: 'LEGITIMATE_INTERESTS',
          audiences: [],
          dataCategories: [],
          retention: {},
        },
      ],
    };
    await expect(asOwner(agency, (ctx) => loadDemoTenant(ctx, broken, { slug }))).rejects.toThrow(
      /demo tenant ".*": purpose "broken" was refused\n(.|\n)*retention REQUIRED(.|\n)*legitimateInterest REQUIRED/,
    );
    // The transaction rolled back: the slug is free again.
    await expect(asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug }))).resolves.toEqual({
      tenantId: expect.any(String),
    });
  });

  it('throws on a translation of an item it does not have, before writing anything', async () => {
    const agency = await seed.agency();
    const broken: DemoTenant = { ...demo, translations: { de: { purposes: { 'no-such-purpose': { name: 'X' } } } } };
    await expect(asOwner(agency, (ctx) => loadDemoTenant(ctx, broken, { slug: uniqueSlug(demo) }))).rejects.toThrow(
      'translations name no item: de purposes.no-such-purpose',
    );
  });

  it('throws on a key that names nothing', async () => {
    const agency = await seed.agency();
    const broken: DemoTenant = {
      ...demo,
      purposes: [{ ...demo.purposes[0]!, audiences: ['nobody'] }],
      translations: undefined,
    };
    await expect(asOwner(agency, (ctx) => loadDemoTenant(ctx, broken, { slug: uniqueSlug(demo) }))).rejects.toThrow(
      `refers to an unknown audience "nobody"`,
    );
  });

  it('refuses a slug that is taken', async () => {
    const agency = await seed.agency();
    const slug = uniqueSlug(demo);
    await asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug }));
    await expect(asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug }))).rejects.toThrow(
      /the tenant was refused\n\s+slug DUPLICATE/,
    );
  });
});

describe('the demo data modules', () => {
  it('have unique slugs and keys, one data module per seed policy', () => {
    expect(new Set(DEMO_TENANTS.map((d) => d.profile.slug)).size).toBe(DEMO_TENANTS.length);
    expect(new Set(DEMO_TENANTS.map((d) => d.source)).size).toBe(DEMO_TENANTS.length);
    for (const demo of DEMO_TENANTS) {
      for (const list of [demo.audiences, demo.dataCategories, demo.recipients, demo.purposes]) {
        expect(new Set(list.map((x) => x.key)).size, demo.profile.slug).toBe(list.length);
      }
      expect(demo.publication.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('model a processor’s use of the data for its own purposes as an independent controller (GDPR Art. 28(10))', () => {
    for (const demo of DEMO_TENANTS) {
      for (const r of demo.recipients.filter((x) => x.role === 'PROCESSOR')) {
        expect(r.service ?? '', `${demo.profile.slug}: ${r.key}`).not.toMatch(/\bown (marketing|purposes)\b/i);
      }
    }
    const cloudOps = DEMO_TENANTS.find((d) => d.profile.slug === 'cloudops')!;
    expect(cloudOps.recipients.find((r) => r.key === 'zoom-own-purposes')).toMatchObject({
      role: 'INDEPENDENT_CONTROLLER',
      legalEntity: 'Zoom Video Communications, Inc.',
      service: expect.stringContaining('its own marketing purposes'),
    });
  });
});

describe('the demo tenants’ earlier policies (issue 17)', () => {
  const withEarlier = DEMO_TENANTS.filter((d) => d.earlierVersions?.length);

  it('are dated before the publication, and only they cite the EU-US Privacy Shield, never the 2023 framework', () => {
    expect(withEarlier.map((d) => d.profile.slug)).toContain('cloud-officer');
    for (const demo of withEarlier) {
      for (const earlier of demo.earlierVersions!) {
        expect(earlier.effectiveDate < demo.publication.effectiveDate, demo.profile.slug).toBe(true);
        for (const { text } of earlier.texts) expect(text).not.toMatch(/Data Privacy Framework|\bDPF\b/);
      }
    }
    const cloudOfficer = DEMO_TENANTS.find((d) => d.profile.slug === 'cloud-officer')!;
    expect(cloudOfficer.earlierVersions).toEqual([
      expect.objectContaining({ effectiveDate: '2020-01-10', texts: [expect.objectContaining({ language: 'en' })] }),
    ]);
    expect(cloudOfficer.earlierVersions![0]!.texts[0]!.text).toContain('EU-US Privacy Shield');
    // The structured data, published as today's version, names no legacy safeguard.
    for (const demo of DEMO_TENANTS)
      for (const r of demo.recipients)
        expect(r.safeguards ?? [], `${demo.profile.slug}: ${r.key}`).not.toContain('PRIVACY_SHIELD');
  });

  it.each(withEarlier.map((demo) => [demo.profile.slug, demo] as const))(
    '%s: the earlier text is version 1, imported and archived; the model is published after it',
    async (_slug, demo) => {
      const agency = await seed.agency();
      const slug = uniqueSlug(demo);
      const { tenantId } = await asOwner(agency, (ctx) => loadDemoTenant(ctx, demo, { slug }));
      const client = agency.owner.inTenant(tenantId);
      for (const earlier of demo.earlierVersions!) {
        const { importPolicyVersion } = await client.gql(
          graphql(
            'mutation ($input: ImportPolicyVersionInput!) { importPolicyVersion(input: $input) { __typename ... on PolicyVersion { version imported } } }',
          ),
          {
            input: {
              ...earlier,
              texts: earlier.texts.map((t) => ({ ...t, language: t.language.toUpperCase() as 'EN' })),
            },
          },
        );
        expect(importPolicyVersion).toMatchObject({ __typename: 'PolicyVersion', imported: true });
      }
      if (!demo.heldBack) {
        const { publishPolicy } = await client.gql(
          graphql(
            'mutation ($input: PublishPolicyInput!) { publishPolicy(input: $input) { __typename ... on PolicyVersion { version isLive } } }',
          ),
          { input: demo.publication },
        );
        expect(publishPolicy).toMatchObject({ __typename: 'PolicyVersion', version: demo.earlierVersions!.length + 1 });
      }
      const { policyVersions } = await client.gql(
        graphql('{ policyVersions { edges { node { version effectiveDate imported snapshot } } } }'),
      );
      expect(policyVersions.edges[0]!.node).toMatchObject({
        version: 1,
        effectiveDate: demo.earlierVersions![0]!.effectiveDate,
        imported: true,
        snapshot: null,
      });
      const page = await fetch(`${inject('apiUrl')}/p/${slug}/privacy/v/1.txt`);
      const text = await page.text();
      expect(text).toContain('Archived text');
      expect(text).toContain(demo.earlierVersions![0]!.texts[0]!.text.split('\n')[0]!);
      if (demo.profile.slug === 'cloud-officer') {
        expect(text).toContain('EU-US Privacy Shield');
        expect(text).not.toMatch(/Data Privacy Framework/);
      }
    },
  );
});
