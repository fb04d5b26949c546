import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../config.js';

const portalPage = path.join(repoRoot, 'apps', 'portal', 'dist', 'index.html');
const built = fs.existsSync(portalPage);

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

// The API serves the portal only once it is built (`pnpm build`), as in every deployment.
describe.skipIf(!built)('the portal page', () => {
  it('carries a Content-Security-Policy that forbids framing and loads only this origin, at every client-side route', async () => {
    for (const route of ['/', '/login', '/t/some-tenant/policy', '/index.html']) {
      const res = await fetch(`${inject('apiUrl')}${route}`);
      expect({ route, status: res.status }).toEqual({ route, status: 200 });
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), route).toEqual(["'none'"]);
      expect(csp.get('default-src'), route).toEqual(["'self'"]);
      expect(csp.get('script-src'), route).toEqual(["'self'"]);
      expect(csp.get('connect-src'), route).toEqual(["'self'"]);
      expect(csp.get('object-src'), route).toEqual(["'none'"]);
      expect(csp.get('base-uri'), route).toEqual(["'none'"]);
      expect(res.headers.get('x-frame-options'), route).toBe('DENY');
    }
  });

  it('fits the build: every script and stylesheet the page loads is on this origin, and it has no inline script', async () => {
    const html = await (await fetch(`${inject('apiUrl')}/`)).text();
    const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source, source).toMatch(/^\/(?!\/)/);
      expect((await fetch(`${inject('apiUrl')}${source}`)).status, source).toBe(200);
    }
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
