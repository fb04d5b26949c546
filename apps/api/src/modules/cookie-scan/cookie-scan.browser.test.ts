import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieScanRefused, requestRefused, scanSite, type CookieScanResult } from './cookie-scan.browser.js';

const YEAR_DAYS = 365;
const DAY = 86_400;

/** A real HTTP server on a free loopback port, answering each path with its page. */
async function site(routes: Record<string, (res: http.ServerResponse) => void>) {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    route(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const html = (res: http.ServerResponse, body: string, headers: Record<string, string | string[]> = {}) =>
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers }).end(`<!doctype html>${body}`);

let first: Awaited<ReturnType<typeof site>>;
let third: Awaited<ReturnType<typeof site>>;
let start: string;

beforeAll(async () => {
  // The third party is reached as `localhost`: another site than 127.0.0.1 for the browser, on loopback.
  third = await site({
    '/pixel': (res) =>
      res
        .writeHead(200, {
          'Content-Type': 'image/gif',
          'Set-Cookie': 'tracker=t1; Max-Age=2592000; Path=/; SameSite=None; Secure',
        })
        .end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')),
  });
  first = await site({
    '/': (res) =>
      html(
        res,
        `<title>Home</title>
        <script>
          document.cookie = '_ga=GA1.1.42.1700000000; expires=' + new Date(Date.now() + 2 * ${YEAR_DAYS} * 864e5).toUTCString() + '; path=/';
          localStorage.setItem('theme', 'dark');
          sessionStorage.setItem('visit', '1');
          window.Noticeboard = { consent: { acceptAll: function () {
            document.cookie = '_fbp=fb.1.1700000000.1; max-age=' + 90 * 86400 + '; path=/';
            return Promise.resolve();
          } } };
        </script>
        <img src="http://localhost:${third.port}/pixel" alt="">
        <a href="/second">Second</a> <a href="/second#again">Again</a>
        <a href="http://example.invalid/elsewhere">Elsewhere</a> <a href="mailto:x@example.com">Mail</a>`,
        { 'Set-Cookie': 'session=s1; Path=/; HttpOnly; SameSite=Lax' },
      ),
    '/second': (res) =>
      html(res, `<title>Second</title><a href="/deep">Deep</a>`, {
        'Set-Cookie': 'prefs=p1; Max-Age=3600; Path=/',
      }),
    '/deep': (res) => html(res, `<title>Deep</title><a href="/too-deep">Too deep</a>`),
    '/too-deep': (res) => html(res, `<title>Too deep</title>`, { 'Set-Cookie': 'toodeep=1; Path=/' }),
  });
  start = `http://127.0.0.1:${first.port}/`;
}, 30_000);

afterAll(() => {
  first?.server.close();
  third?.server.close();
});

const cookie = (result: CookieScanResult, name: string) => result.cookies.find((c) => c.name === name);

describe('scanning a site for cookies', () => {
  it('lists first- and third-party cookies with domain and lifetime, storage keys, and what consent adds', async () => {
    const result = await scanSite(start, { allowPrivateAddresses: true });

    expect(result.pages.map((p) => [new URL(p.url).pathname, p.depth, p.phase, p.status])).toEqual([
      ['/', 0, 'BEFORE_CONSENT', 200],
      ['/second', 1, 'BEFORE_CONSENT', 200],
      ['/deep', 2, 'BEFORE_CONSENT', 200],
      ['/', 0, 'AFTER_CONSENT', 200],
      ['/second', 1, 'AFTER_CONSENT', 200],
      ['/deep', 2, 'AFTER_CONSENT', 200],
    ]);
    expect(result.truncated).toBe(false);
    expect(result.consent).toEqual({ method: 'NOTICEBOARD_BANNER', note: null });

    expect(cookie(result, 'session')).toMatchObject({
      domain: '127.0.0.1',
      path: '/',
      expires: null,
      lifetimeSeconds: null,
      httpOnly: true,
      sameSite: 'LAX',
      thirdParty: false,
      phase: 'BEFORE_CONSENT',
    });
    const ga = cookie(result, '_ga')!;
    expect(ga).toMatchObject({ domain: '127.0.0.1', httpOnly: false, thirdParty: false, phase: 'BEFORE_CONSENT' });
    // Asked for 2 years; the browser keeps it 400 days at most, and the report says so.
    expect(ga.lifetimeSeconds! / DAY).toBeCloseTo(400, 0);
    expect(ga.lifetimeCapped).toBe(true);
    expect(cookie(result, 'session')!.lifetimeCapped).toBe(false);
    expect(cookie(result, 'prefs')).toMatchObject({ domain: '127.0.0.1', thirdParty: false });
    expect(cookie(result, 'prefs')!.lifetimeSeconds).toBeGreaterThan(3500);
    expect(cookie(result, 'prefs')!.lifetimeSeconds).toBeLessThanOrEqual(3600);
    const tracker = cookie(result, 'tracker')!;
    expect(tracker).toMatchObject({ domain: 'localhost', secure: true, sameSite: 'NONE', thirdParty: true });
    expect(tracker.lifetimeSeconds! / DAY).toBeCloseTo(30, 0);
    expect(cookie(result, '_fbp')).toMatchObject({ phase: 'AFTER_CONSENT', thirdParty: false });
    expect(cookie(result, '_fbp')!.lifetimeSeconds! / DAY).toBeCloseTo(90, 0);
    // Beyond depth 2: never visited, so never set.
    expect(cookie(result, 'toodeep')).toBeUndefined();

    expect(result.storage).toEqual(
      expect.arrayContaining([
        { kind: 'LOCAL_STORAGE', origin: start.slice(0, -1), key: 'theme', thirdParty: false, phase: 'BEFORE_CONSENT' },
        {
          kind: 'SESSION_STORAGE',
          origin: start.slice(0, -1),
          key: 'visit',
          thirdParty: false,
          phase: 'BEFORE_CONSENT',
        },
      ]),
    );
    expect(result.storage).toHaveLength(2);
  }, 90_000);

  it('visits at most the pages it is given, and says links were left', async () => {
    const result = await scanSite(start, { allowPrivateAddresses: true, maxPages: 1, acceptSelector: null });
    expect(result.pages.map((p) => [new URL(p.url).pathname, p.phase])).toEqual([
      ['/', 'BEFORE_CONSENT'],
      ['/', 'AFTER_CONSENT'],
    ]);
    expect(result.truncated).toBe(true);
    expect(cookie(result, 'prefs')).toBeUndefined();
  }, 60_000);

  it('refuses a private address when private addresses are not allowed, before starting a browser', async () => {
    const refusal = await scanSite(start, { allowPrivateAddresses: false }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CookieScanRefused);
    expect(refusal).toMatchObject({ code: 'PRIVATE_ADDRESS' });
    expect((refusal as Error).message).not.toContain('127.0.0.1');
    await expect(
      scanSite('http://intranet.example/', { allowPrivateAddresses: false, resolveHost: async () => ['10.1.2.3'] }),
    ).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    await expect(scanSite('ftp://example.com/', { allowPrivateAddresses: true })).rejects.toMatchObject({
      code: 'INVALID_URL',
    });
    await expect(scanSite('not a url', { allowPrivateAddresses: true })).rejects.toMatchObject({
      code: 'INVALID_URL',
    });
  });

  it('reports a start page that does not load as unreachable', async () => {
    const closed = await site({});
    closed.server.close();
    await new Promise((resolve) => closed.server.once('close', resolve));
    await expect(
      scanSite(`http://127.0.0.1:${closed.port}/`, { allowPrivateAddresses: true, pageTimeoutMs: 5_000 }),
    ).rejects.toMatchObject({ code: 'UNREACHABLE' });
  }, 60_000);
});

describe('which requests the browser may make', () => {
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it('refuses local and private hosts and names resolving to them unless private addresses are allowed', async () => {
    expect(await requestRefused('http://127.0.0.1:8080/x', false)).toBe(true);
    expect(await requestRefused('http://[::1]/', false)).toBe(true);
    expect(await requestRefused('http://printer.local/', false)).toBe(true);
    expect(await requestRefused('http://169.254.169.254/latest/meta-data', false)).toBe(true);
    expect(await requestRefused('https://cdn.example/a.js', false, resolvesTo('93.184.216.34', '10.0.0.5'))).toBe(true);
    expect(await requestRefused('wss://push.example/', false, resolvesTo('192.168.1.1'))).toBe(true);
    expect(await requestRefused('https://cdn.example/a.js', false, resolvesTo('93.184.216.34'))).toBe(false);
    expect(await requestRefused('http://8.8.8.8/', false)).toBe(false);
    expect(await requestRefused('http://127.0.0.1:8080/x', true)).toBe(false);
  });

  it('refuses schemes other than http(s) and ws(s) always, and lets inline data through', async () => {
    expect(await requestRefused('file:///etc/passwd', true)).toBe(true);
    expect(await requestRefused('ftp://example.com/', true)).toBe(true);
    expect(await requestRefused('data:text/plain,hi', false)).toBe(false);
  });
});
