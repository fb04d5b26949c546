import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { makeConsentReady } from '../../test/policy-fixture.js';
import { seed, type AgencySeed } from '../../test/seed.js';
import { graphql, having } from '../../test/graphql.js';

/**
 * The attack: a tenant is renamed or deleted; another agency takes its old slug, allows the client's website as an
 * origin and receives what the old embed, banner and request form on that website still send.
 */

const CREATE = graphql(`mutation ($input: CreateTenantInput!) { createTenant(input: $input) {
  __typename ... on Tenant { id slug } ... on ValidationFailed { message problems { path code message } } } }`);
const UPDATE = graphql(`mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) {
  __typename ... on Tenant { id slug } ... on ValidationFailed { message problems { path code message } } } }`);
const DELETE = graphql(`mutation ($id: ID!) { deleteTenant(id: $id) { deletedId } }`);

const url = (path: string) => `${inject('apiUrl')}${path}`;
/** A request whose redirect is not followed, to read it. */
const ask = (path: string, init: RequestInit = {}) => fetch(url(path), { ...init, redirect: 'manual' });
const acme = () => `acme-${randomUUID().slice(0, 8)}`;

async function create(agency: AgencySeed, slug: string) {
  return (
    await agency.owner.gql(CREATE, {
      input: { legalName: 'Acme', slug, contactEmail: 'privacy@acme.test', jurisdictions: ['EU_GDPR'] },
    })
  ).createTenant;
}
async function rename(agency: AgencySeed, id: string, slug: string) {
  return (await agency.owner.gql(UPDATE, { input: { id, slug } })).updateTenant;
}

/** Refused as taken, without a word about whose it was. */
function expectTaken(
  result: { __typename: string; problems?: { path: string; code: string; message: string }[] },
  slug: string,
) {
  expect(result.__typename).toBe('ValidationFailed');
  expect(result.problems).toEqual([{ path: 'slug', code: 'DUPLICATE', message: expect.stringContaining(slug) }]);
  expect(result.problems![0]!.message).not.toMatch(/agency|retired|renamed|deleted/i);
}

describe('addresses stay with their tenant', () => {
  it("another agency cannot take a renamed tenant's old slug, by creating or renaming a tenant; the tenant may rename back", async () => {
    const [a, b] = await Promise.all([seed.agency(), seed.agency()]);
    const old = acme();
    const tenant = await create(a, old);
    expect(await rename(a, having(tenant, 'id').id, `${old}-ltd`)).toMatchObject({ slug: `${old}-ltd` });

    expectTaken(await create(b, old), old);
    const own = await b.tenant();
    expectTaken(await rename(b, own.id, old), old);

    expect(await rename(a, having(tenant, 'id').id, old)).toEqual({
      __typename: 'Tenant',
      id: having(tenant, 'id').id,
      slug: old,
    });
    // Now the other one is the old address, kept for A.
    expectTaken(await create(b, `${old}-ltd`), `${old}-ltd`);
  });

  it('old addresses answer a permanent redirect to the current one, keeping the rest of the path and the query; a chain leads to the last', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ slug: acme() });
    await makeConsentReady(tenant, tenant.admin, { languages: ['DE', 'FR'] });
    const old = tenant.slug;
    await rename(agency, tenant.id, `${old}-ltd`);

    const de = await ask(`/p/${old}/privacy?lang=de`);
    expect(de.status).toBe(301);
    expect(de.headers.get('location')).toBe(`/p/${old}-ltd/privacy?lang=de`);
    const followed = await fetch(url(`/p/${old}/privacy?lang=de`));
    expect(followed.status).toBe(200);
    expect(followed.headers.get('content-language')).toBe('de');

    await rename(agency, tenant.id, `${old}-group`);
    for (const path of [
      '/privacy',
      '/privacy.txt',
      '/privacy.json',
      '/privacy/v/1.txt?x=1',
      '/privacy/embed?lang=fr',
      '/subprocessors',
      '/subprocessors.json',
      '/embed.js',
      '/consents/notice',
      '/requests/new?lang=de',
      '/requests/verify?reference=R-1',
      '/subprocessors/subscribe',
      '/subprocessors/confirm?token=abc',
      '/subprocessors/unsubscribe?token=abc',
    ]) {
      for (const from of [old, `${old}-ltd`]) {
        const res = await ask(`/p/${from}${path}`);
        expect({ path, from, status: res.status, location: res.headers.get('location') }).toEqual({
          path,
          from,
          status: 301,
          location: `/p/${old}-group${path}`,
        });
      }
    }
    expect((await ask(`/p/${old}-group/privacy`)).status).toBe(200);
  });

  it('a consent posted to the old address is redirected with 308 and, followed, recorded in the tenant that had it', async () => {
    const agency = await seed.agency();
    const tenant = await agency.tenant({ slug: acme() });
    const { analytics } = await makeConsentReady(tenant);
    await tenant.admin.gql(
      graphql(`mutation ($input: UpdateConsentSettingsInput!) { updateConsentSettings(input: $input) { __typename } }`),
      {
        input: { allowedOrigins: ['https://shop.example'] },
      },
    );
    const old = tenant.slug;
    await rename(agency, tenant.id, `${old}-ltd`);
    const body = JSON.stringify({
      subjectId: 'visitor-1',
      granted: [analytics],
      method: 'BANNER',
      noticeText: 'Measure visits?',
      idempotencyKey: `k-${randomUUID()}`,
    });
    const headers = { 'content-type': 'application/json', origin: 'https://shop.example' };

    // A browser's preflight is never redirected: it is answered, and so is the redirect it leads to.
    const preflight = await ask(`/p/${old}/consents`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');

    const moved = await ask(`/p/${old}/consents?src=banner`, { method: 'POST', headers, body });
    expect(moved.status).toBe(308);
    expect(moved.headers.get('location')).toBe(`/p/${old}-ltd/consents?src=banner`);
    expect(moved.headers.get('access-control-allow-origin')).toBe('https://shop.example');

    const recorded = await fetch(url(`/p/${old}/consents`), { method: 'POST', headers, body });
    expect(recorded.status).toBe(201);
    const { consentSubject } = await tenant.admin.gql(
      graphql(`query ($s: String!) { consentSubject(subjectId: $s) { state { purposeId choice } } }`),
      { s: 'visitor-1' },
    );
    expect(consentSubject.state).toEqual([{ purposeId: analytics, choice: 'GRANTED' }]);
  });

  it("a deleted tenant's slugs stay reserved for its agency: another agency is refused, its own may reuse them", async () => {
    const [a, b] = await Promise.all([seed.agency(), seed.agency()]);
    const old = acme();
    const tenant = await create(a, old);
    await rename(a, having(tenant, 'id').id, `${old}-ltd`);
    expect((await a.owner.gql(DELETE, { id: having(tenant, 'id').id })).deleteTenant).toEqual({
      deletedId: having(tenant, 'id').id,
    });

    for (const slug of [old, `${old}-ltd`]) {
      expectTaken(await create(b, slug), slug);
      // Nothing answers there any more, and nothing redirects.
      expect((await ask(`/p/${slug}/privacy`)).status).toBe(404);
    }

    const again = await create(a, old);
    expect(again).toEqual({ __typename: 'Tenant', id: expect.any(String), slug: old });
    const sibling = await a.tenant();
    expect(await rename(a, sibling.id, `${old}-ltd`)).toMatchObject({ slug: `${old}-ltd` });
    expectTaken(await create(b, old), old);
  });
});
