import { describe, expect, inject, it } from 'vitest';
import { makeComplete, publish } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql } from '../../test/graphql.js';

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${inject('apiUrl')}${path}`, { headers });

async function publishedTenant() {
  const agency = await seed.agency();
  const tenant = await agency.tenant();
  const policy = await makeComplete(tenant);
  await publish(tenant.admin, 'First version', '2026-01-01');
  return { agency, tenant, policy };
}

describe('public pages', () => {
  it('serve the live policy as HTML with a strong ETag and cache headers, and 304 on If-None-Match', async () => {
    const { tenant } = await publishedTenant();
    const res = await get(`/p/${tenant.slug}/privacy`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(res.headers.get('content-language')).toBe('en');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Amazon Web Services');
    const again = await get(`/p/${tenant.slug}/privacy`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // Served from storage: the same bytes every time.
    expect(await (await get(`/p/${tenant.slug}/privacy`)).text()).toBe(html);
  });

  it('serve text and JSON, numbered versions (immutable caching), and languages by ?lang= or Accept-Language', async () => {
    const { tenant } = await publishedTenant();
    const text = await get(`/p/${tenant.slug}/privacy.txt`);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toContain('Amazon Web Services');
    const json = await get(`/p/${tenant.slug}/privacy.json`);
    const body = (await json.json()) as any;
    expect(body).toMatchObject({
      tenant: tenant.slug,
      version: 1,
      effectiveDate: '2026-01-01',
      changeSummary: 'First version',
    });
    expect(body.policy.recipients[0].name).toBe('Amazon Web Services');
    const v1 = await get(`/p/${tenant.slug}/privacy/v/1.txt`);
    expect(v1.status).toBe(200);
    expect(v1.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const de = await get(`/p/${tenant.slug}/privacy?lang=de`);
    expect(de.headers.get('content-language')).toBe('de');
    expect(await de.text()).toMatch(/<html[^>]+lang="de"/);
    const fr = await get(`/p/${tenant.slug}/privacy`, { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' });
    expect(fr.headers.get('content-language')).toBe('fr');
    expect(fr.headers.get('vary')).toContain('Accept-Language');
    expect(fr.headers.get('etag')).not.toBe(de.headers.get('etag'));
  });

  it('show a clear 404 page for an unknown tenant, one with nothing published, and an unknown version', async () => {
    const agency = await seed.agency();
    const unpublished = await agency.tenant();
    const { tenant } = await publishedTenant();
    for (const [path, words] of [
      ['/p/no-such-company-here/privacy', 'no organisation'],
      [`/p/${unpublished.slug}/privacy`, 'not published'],
      [`/p/${tenant.slug}/privacy/v/99`, 'no such version'],
      [`/p/${tenant.slug}/privacy/v/abc.txt`, 'no such version'],
      ['/p/<script>/privacy', 'no organisation'],
    ] as const) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('etag')).toMatch(/^"/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html.toLowerCase()).toContain(words);
      expect(html).not.toContain('<script>');
    }
  });

  it('serve the sub-processor list as HTML and JSON, and an embed script with a CORS-enabled fragment', async () => {
    const { tenant } = await publishedTenant();
    const list = (await (await get(`/p/${tenant.slug}/subprocessors.json`)).json()) as any;
    expect(list.subprocessors).toEqual([
      expect.objectContaining({
        name: 'Amazon Web Services',
        country: 'LU',
        processingCountries: ['US'],
        safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'],
      }),
    ]);
    const html = await (await get(`/p/${tenant.slug}/subprocessors`)).text();
    expect(html).toContain('Amazon Web Services EMEA SARL');
    expect(html).toContain('standard contractual clauses');
    const script = await get(`/p/${tenant.slug}/embed.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain(`/p/${tenant.slug}/privacy/embed`);
    const fragment = await get(`/p/${tenant.slug}/privacy/embed?lang=fr`);
    expect(fragment.headers.get('access-control-allow-origin')).toBe('*');
    const fragmentHtml = await fragment.text();
    expect(fragmentHtml).toContain('<article');
    expect(fragmentHtml).not.toMatch(/<html/i);
    const links = await tenant.admin.gql(
      graphql('{ currentTenant { publicLinks { privacyPolicy embedSnippet subprocessorsJson } } }'),
    );
    expect(links.currentTenant.publicLinks.embedSnippet).toMatch(
      new RegExp(`<script src="[^"]+/p/${tenant.slug}/embed.js" async></script>`),
    );
  });

  it("never show another tenant: a slug serves only its own tenant's versions", async () => {
    const [{ tenant: a }, { tenant: b }] = await Promise.all([publishedTenant(), publishedTenant()]);
    const textA = (await (await get(`/p/${a.slug}/privacy.json`)).json()) as any;
    const textB = (await (await get(`/p/${b.slug}/privacy.json`)).json()) as any;
    expect(textA.tenant).toBe(a.slug);
    expect(textB.tenant).toBe(b.slug);
    expect(textA.policy.controller.legalName).not.toBe(textB.policy.controller.legalName);
  });
});
