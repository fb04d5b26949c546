import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '@noticeboard/domain';
import { makeComplete, publish, translateDraft, publishIn } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { graphql } from '../../test/graphql.js';
import { catalogDisagreements } from './message-catalog.js';
import { PUBLIC_CATALOGS } from './public.messages.js';

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${inject('apiUrl')}${path}`, { headers });

/** A tenant whose live policy is in exactly `languages`. */
async function tenantPublishedIn(languages: ('EN' | 'DE' | 'FR' | 'ES' | 'IT')[], defaultLanguage = 'DE') {
  const tenant = await (await seed.agency()).tenant({ defaultLanguage } as any);
  await publishIn(tenant, languages);
  return tenant;
}

async function publishedTenant() {
  const agency = await seed.agency();
  const tenant = await agency.tenant();
  const policy = await makeComplete(tenant);
  // Published in German and French too, so every language a visitor may ask for is there.
  await translateDraft(tenant, ['DE', 'FR']);
  await publish(tenant.admin, 'First version', '2026-01-01');
  return { agency, tenant, policy };
}

describe('public pages', () => {
  it('serve the policy as a PDF, live and per version, in each published language, with its ETag', async () => {
    const { tenant } = await publishedTenant();
    const pdf = await get(`/p/${tenant.slug}/privacy.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-language')).toBe('en');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.includes(Buffer.from('/StructTreeRoot'))).toBe(true);
    const etag = pdf.headers.get('etag')!;
    expect((await get(`/p/${tenant.slug}/privacy.pdf`, { 'if-none-match': etag })).status).toBe(304);
    const german = await get(`/p/${tenant.slug}/privacy/v/1.pdf?lang=de`);
    expect([german.status, german.headers.get('content-language')]).toEqual([200, 'de']);
    expect(german.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await german.arrayBuffer()).equals(bytes)).toBe(false);
    expect((await get(`/p/${tenant.slug}/privacy/v/9.pdf`)).status).toBe(404);
  });

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

  it("answer a 404 in the tenant's published languages (its default before it publishes), an unknown address in any", async () => {
    const agency = await seed.agency();
    const unpublished = await agency.tenant({ defaultLanguage: 'DE' } as any);
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await get(path, headers);
      expect(res.status).toBe(404);
      expect(res.headers.get('vary')).toContain('Accept-Language');
      const html = await res.text();
      expect(html).toContain(`<html lang="${res.headers.get('content-language')}">`);
      return { language: res.headers.get('content-language'), html };
    };
    const german = await page(`/p/${unpublished.slug}/privacy?lang=es`, { 'accept-language': 'it' });
    expect(german.language).toBe('de');
    expect(german.html).toContain('Diese Organisation hat hier noch keine Datenschutzerklärung veröffentlicht.');
    const italianOnly = await tenantPublishedIn(['IT']);
    const italian = await page(`/p/${italianOnly.slug}/privacy/v/7?lang=de`);
    expect(italian.language).toBe('it');
    expect(italian.html).toContain('<h1>Informativa sulla privacy non trovata</h1>');
    const spanish = await page('/p/no-such-company-here/privacy', { 'accept-language': 'es-AR, en;q=0.3' });
    expect(spanish.language).toBe('es');
    expect(spanish.html).toContain('No hay ninguna organización en esta dirección.');
    expect((await page('/p/', { 'accept-language': 'it' })).html).toContain('Pagina non trovata');
  });

  it('give the embed script the data-lang of its tag, else the browser languages, and its message in the published languages only', async () => {
    const tenant = await tenantPublishedIn(['ES', 'IT']);
    const script = await (await get(`/p/${tenant.slug}/embed.js`)).text();
    expect(script).toContain(
      `'/p/${tenant.slug}/privacy/embed' + (wanted ? '?lang=' + encodeURIComponent(wanted) : '')`,
    );
    expect(script).toContain('"es":"No se ha podido cargar la política de privacidad."');
    expect(script).toContain('"it":"Non è stato possibile caricare l’informativa sulla privacy."');
    expect(script).not.toContain('The privacy policy could not be loaded.');
    expect(script).not.toContain('Datenschutzerklärung');
    expect(script).not.toContain("navigator.language || ''");
    // The fragment itself: the asked language when published, else one that is.
    expect((await get(`/p/${tenant.slug}/privacy/embed?lang=it`)).headers.get('content-language')).toBe('it');
    const notPublished = await get(`/p/${tenant.slug}/privacy/embed?lang=en`);
    expect(['es', 'it']).toContain(notPublished.headers.get('content-language'));
  });

  it("serve the live policy only in its published languages, falling back to the tenant's default", async () => {
    const tenant = await tenantPublishedIn(['EN', 'DE'], 'DE');
    const languageOf = async (query: string, acceptLanguage?: string) => {
      const res = await get(
        `/p/${tenant.slug}/privacy${query}`,
        acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('vary')).toContain('Accept-Language');
      return res.headers.get('content-language');
    };
    expect(await languageOf('', 'ja')).toBe('de');
    expect(await languageOf('?lang=es')).toBe('de');
    expect(await languageOf('', 'es, en;q=0.5, de;q=0.4')).toBe('en');
    expect(await languageOf('?lang=it', 'fr, de;q=0.5')).toBe('de');
    expect(await languageOf('?lang=en-GB', 'de')).toBe('en');
  });

  it('serve a version published before translations only in its default language: its other pages mixed languages', async () => {
    const tenant = await (await seed.agency()).tenant();
    await makeComplete(tenant);
    await translateDraft(tenant, ['DE']);
    await publish(tenant.admin);
    // As a version published before translations existed: its snapshot chose no languages.
    const admin = new pg.Client({ connectionString: inject('databaseUrl') });
    await admin.connect();
    try {
      await admin.query(
        `UPDATE policy_versions SET snapshot = snapshot #- '{settings,publishedLanguages}' WHERE tenant_id = $1`,
        [tenant.id],
      );
    } finally {
      await admin.end();
    }
    for (const path of [`/p/${tenant.slug}/privacy?lang=de`, `/p/${tenant.slug}/privacy/v/1.txt?lang=de`]) {
      const res = await get(path);
      expect(res.headers.get('content-language')).toBe('en');
      expect(await res.text()).not.toContain('[de] ');
    }
  });

  it('have their own words in every language, with the keys and ICU arguments of English', () => {
    expect(Object.keys(PUBLIC_CATALOGS).sort()).toEqual([...LANGUAGES].sort());
    expect(catalogDisagreements(PUBLIC_CATALOGS)).toEqual([]);
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
