import vm from 'node:vm';
import { LANGUAGES } from '@noticeboard/domain';
import { describe, expect, inject, it } from 'vitest';
import { create, makeConsentReady, publish } from '../../test/policy-fixture.js';
import { seed } from '../../test/seed.js';
import { consentModeSignals, cookieKindsByPurpose } from './consent-banner.consent-mode.js';
import { BANNER_CATALOGS } from './consent-banner.messages.js';
import { BANNER_CACHE } from './consent-banner.routes.js';

const apiUrl = () => inject('apiUrl');
const MAX_SCRIPT_BYTES = 40 * 1024;

const script = (slug: string, headers: Record<string, string> = {}) =>
  fetch(`${apiUrl()}/p/${slug}/consent.js`, { headers });

/** A tenant with a live policy: one purpose on consent (analytics) and one that sells/shares, also on consent (ads). */
async function consentTenant() {
  const tenant = await (await seed.agency()).tenant();
  return { tenant, ...(await makeConsentReady(tenant)) };
}

describe('GET /p/:slug/consent.js', () => {
  it('serves the banner as one static script: JavaScript, small, without eval, cached with its ETag', async () => {
    const { tenant } = await consentTenant();
    const res = await script(tenant.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe(BANNER_CACHE);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThanOrEqual(MAX_SCRIPT_BYTES);
    const text = body.toString('utf8');
    // It parses as a classic script, and nothing in it evaluates text or sets markup or inline handlers.
    expect(() => new vm.Script(text)).not.toThrow();
    expect(text).not.toMatch(/\beval\s*\(|new Function|setTimeout\(\s*['"]|innerHTML|outerHTML|insertAdjacentHTML/);
    expect(text).not.toMatch(/\son[a-z]+\s*=|setAttribute\(\s*['"]on/);
    // It asks this tenant's notice, from the origin it was loaded from, and carries the banner's five languages.
    expect(text).toContain(JSON.stringify(tenant.slug));
    expect(text).toContain("'/consents/notice'");
    for (const language of LANGUAGES) expect(text).toContain(BANNER_CATALOGS[language].acceptAll);

    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await script(tenant.slug, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('cache-control')).toBe(BANNER_CACHE);
    // The same bytes for every request of the tenant (nothing per visitor), so the ETag is stable.
    expect((await script(tenant.slug)).headers.get('etag')).toBe(etag);
    expect((await script(tenant.slug, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('answers an unknown address with a 404 whose body is only a JavaScript comment', async () => {
    for (const slug of ['no-such-organisation', 'Not_A_Slug!']) {
      const res = await script(encodeURIComponent(slug));
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const text = await res.text();
      expect(text).toMatch(/^\/\*[^]*\*\/\s*$/);
      expect(text).toContain('no organisation at this address');
    }
  });

  it('gives a tenant with nothing published a script that does nothing but say so in the console', async () => {
    const tenant = await (await seed.agency()).tenant();
    const res = await script(tenant.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const text = await res.text();
    const warnings: unknown[] = [];
    const sandbox = { window: {} as Record<string, unknown>, console: { warn: (m: unknown) => warnings.push(m) } };
    sandbox.window.console = sandbox.console;
    vm.runInNewContext(text, sandbox);
    expect(warnings).toEqual([expect.stringContaining(`${tenant.slug} has not published a privacy policy yet`)]);
    expect(text).not.toMatch(/fetch|Noticeboard\.consent|document/);
  });
});

describe('the notice the banner builds from', () => {
  it('marks what sells or shares, and maps each purpose to Consent Mode signals from its cookies', async () => {
    const { tenant, analytics, ads } = await consentTenant();
    const notice = async () =>
      (await (await fetch(`${apiUrl()}/p/${tenant.slug}/consents/notice`)).json()) as {
        purposes: { id: string; saleOrSharing: boolean; consentMode: string[] }[];
      };
    const byId = (n: Awaited<ReturnType<typeof notice>>) => new Map(n.purposes.map((p) => [p.id, p]));

    // No cookies yet: only selling or sharing says anything about advertising.
    const first = byId(await notice());
    expect(first.get(analytics)).toMatchObject({ saleOrSharing: false, consentMode: [] });
    expect(first.get(ads)).toMatchObject({ saleOrSharing: true, consentMode: ['ad_user_data', 'ad_personalization'] });

    // Cookies that serve them, published: the live version's snapshot maps them.
    const cookie = { describesGroup: true, provider: 'Example', durationAmount: 1, durationUnit: 'YEARS' as const };
    await create(tenant.admin, 'Cookie', {
      ...cookie,
      name: 'Analytics cookies',
      kind: 'ANALYTICS',
      purpose: 'Counting visits.',
      purposeIds: [analytics],
    });
    await create(tenant.admin, 'Cookie', {
      ...cookie,
      name: 'Advertising cookies',
      kind: 'MARKETING',
      purpose: 'Showing relevant ads.',
      purposeIds: [ads],
    });
    expect(await publish(tenant.admin, 'Cookies', '2026-02-01')).toMatchObject({ __typename: 'PolicyVersion' });
    const second = byId(await notice());
    expect(second.get(analytics)?.consentMode).toEqual(['analytics_storage']);
    expect(second.get(ads)?.consentMode).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('maps cookie kinds and selling or sharing to signals, each once, in a fixed order', () => {
    expect(consentModeSignals({ saleOrSharing: false, cookieKinds: [] })).toEqual([]);
    expect(consentModeSignals({ saleOrSharing: false, cookieKinds: ['STRICTLY_NECESSARY', 'FUNCTIONAL'] })).toEqual([]);
    expect(consentModeSignals({ saleOrSharing: false, cookieKinds: ['ANALYTICS', 'ANALYTICS'] })).toEqual([
      'analytics_storage',
    ]);
    expect(consentModeSignals({ saleOrSharing: true, cookieKinds: ['ANALYTICS', 'MARKETING'] })).toEqual([
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
    ]);
    const kinds = cookieKindsByPurpose([
      { kind: 'ANALYTICS', purposeIds: ['a', 'b'] },
      { kind: 'MARKETING', purposeIds: ['b'] },
      { kind: 'MARKETING' },
      { kind: 'FUNCTIONAL', purposeIds: null },
    ]);
    expect([...kinds.entries()].map(([id, set]) => [id, [...set]])).toEqual([
      ['a', ['ANALYTICS']],
      ['b', ['ANALYTICS', 'MARKETING']],
    ]);
  });
});

describe('the banner words', () => {
  it('has every message in each of the five languages, as plain text', () => {
    const keys = Object.keys(BANNER_CATALOGS.en).sort();
    for (const language of LANGUAGES) {
      const catalog = BANNER_CATALOGS[language];
      expect(Object.keys(catalog).sort()).toEqual(keys);
      for (const text of Object.values(catalog)) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/[{}<>]/);
      }
      if (language !== 'en') expect(catalog.acceptAll).not.toBe(BANNER_CATALOGS.en.acceptAll);
    }
  });
});
