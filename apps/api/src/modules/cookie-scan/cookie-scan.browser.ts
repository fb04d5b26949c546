import dns from 'node:dns/promises';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import type { BrowserContext, Cookie as BrowserCookie, Page } from 'playwright-core';
import { isPrivateHost, isPublicAddress } from '../webhooks/webhook.address.js';
import {
  isCappedLifetime,
  normalHost,
  sameSite,
  type CookieScanResultShape,
  type ObservedCookie,
  type ObservedStorageKey,
  type SameSite,
  type ScanPhase,
} from './cookie-scan.report.js';

/** Bounds of a scan: pages per phase, link depth from the start page, and time. */
export const SCAN_LIMITS = {
  maxPages: 50,
  maxDepth: 2,
  defaultPages: 10,
  pageTimeoutMs: 15_000,
  totalTimeoutMs: 120_000,
};

export interface CookieScanOptions {
  /** Pages visited per phase, the start page included (1…50; default 10). */
  maxPages?: number;
  /** Links followed from the start page (0…2; default 2). */
  maxDepth?: number;
  pageTimeoutMs?: number;
  totalTimeoutMs?: number;
  /**
   * Whether the browser may reach loopback, private and other non-public addresses. The webhooks' rule: allowed
   * outside production only.
   */
  allowPrivateAddresses: boolean;
  /** A CSS selector to click to accept cookies, for sites without our banner. */
  acceptSelector?: string | null;
  executablePath?: string;
  /** Resolves a host name to its addresses (tests replace it). */
  resolveHost?: (host: string) => Promise<string[]>;
}

export type CookieScanRefusalCode = 'INVALID_URL' | 'PRIVATE_ADDRESS' | 'UNREACHABLE';

/** A scan that could not start or reach its start page; the message names no resolved address. */
export class CookieScanRefused extends Error {
  constructor(
    readonly code: CookieScanRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'CookieScanRefused';
  }
}

export type VisitedPage = CookieScanResult['pages'][number];
export type ConsentMethod = CookieScanResult['consent']['method'];
/** What a scan found (see `CookieScanResultShape`, the form it is stored in). */
export type CookieScanResult = CookieScanResultShape;

const NOT_PUBLIC_MESSAGE = 'the address is not a public one: scanning local or private networks is not allowed';

const defaultResolve = async (host: string) => (await dns.lookup(host, { all: true })).map((a) => a.address);

/**
 * Whether a request must not leave the browser: anything but http(s) and ws(s), and, unless private addresses are
 * allowed, a host that is local by name or address or resolves to any non-public address. Name lookups that fail
 * are let through: the browser's own lookup then fails as well. The browser resolves the name again itself, so a
 * name re-pointed between the two lookups is not caught here (the webhooks pin the checked address; a browser
 * offers no such hook).
 */
export async function requestRefused(
  url: string,
  allowPrivateAddresses: boolean,
  resolveHost: (host: string) => Promise<string[]> = defaultResolve,
): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return false;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return true;
  if (allowPrivateAddresses) return false;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isPrivateHost(host)) return true;
  if (ipaddr.isValid(host)) return false;
  const addresses = await resolveHost(host).catch(() => null);
  return addresses !== null && addresses.some((a) => !isPublicAddress(a));
}

const SAME_SITE: Record<BrowserCookie['sameSite'], SameSite> = { Strict: 'STRICT', Lax: 'LAX', None: 'NONE' };

/** A page's URL without its fragment: `/a#x` and `/a` are one page. */
function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), Math.max(0, ms));
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

interface StorageKeys {
  origin: string;
  local: string[];
  session: string[];
}

/**
 * Scans one site: loads the start page and same-site pages linked from it without consent, then accepts (our
 * banner's `Noticeboard.consent.acceptAll()`, else the caller's selector) and loads the same pages again, listing
 * every cookie and storage key with the phase it first appeared in.
 */
export async function scanSite(startUrl: string, options: CookieScanOptions): Promise<CookieScanResult> {
  const limits = {
    maxPages: Math.min(Math.max(options.maxPages ?? SCAN_LIMITS.defaultPages, 1), SCAN_LIMITS.maxPages),
    maxDepth: Math.min(Math.max(options.maxDepth ?? SCAN_LIMITS.maxDepth, 0), SCAN_LIMITS.maxDepth),
    pageTimeoutMs: options.pageTimeoutMs ?? SCAN_LIMITS.pageTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? SCAN_LIMITS.totalTimeoutMs,
  };
  let start: URL;
  try {
    start = new URL(startUrl);
  } catch {
    throw new CookieScanRefused('INVALID_URL', 'must be an http or https URL');
  }
  if (!['http:', 'https:'].includes(start.protocol) || start.username || start.password)
    throw new CookieScanRefused('INVALID_URL', 'must be an http or https URL without a user name or password');
  const resolveHost = options.resolveHost ?? defaultResolve;
  if (await requestRefused(start.toString(), options.allowPrivateAddresses, resolveHost))
    throw new CookieScanRefused('PRIVATE_ADDRESS', NOT_PUBLIC_MESSAGE);

  const startedAt = new Date();
  const deadline = Date.now() + limits.totalTimeoutMs;
  const remaining = () => deadline - Date.now();
  const siteHost = start.hostname;
  const { chromium } = await import('playwright-core');
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'noticeboard-cookie-scan-'));
  let context: BrowserContext | null = null;
  // The browser goes whatever happens, and at the latest a little after the deadline.
  const backstop = setTimeout(() => void context?.close().catch(() => undefined), limits.totalTimeoutMs + 10_000);
  try {
    // A profile of its own, accepting third-party cookies as a browser's ordinary window does (a context without
    // a profile is incognito-like, and Chromium blocks them there): the scan is to see what a site may set.
    await fs.mkdir(path.join(profile, 'Default'));
    await fs.writeFile(
      path.join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
      // Service workers would make requests the routes below never see.
      serviceWorkers: 'block',
    });
    const blocked = new Map<string, number>();
    const verdicts = new Map<string, Promise<boolean>>();
    const refused = (url: string) => {
      let origin: string;
      try {
        origin = new URL(url).origin;
      } catch {
        return Promise.resolve(true);
      }
      if (!verdicts.has(origin)) verdicts.set(origin, requestRefused(url, options.allowPrivateAddresses, resolveHost));
      return verdicts.get(origin)!;
    };
    const noteBlocked = (url: string) => {
      const host = (() => {
        try {
          return new URL(url).host;
        } catch {
          return url.slice(0, 100);
        }
      })();
      blocked.set(host, (blocked.get(host) ?? 0) + 1);
    };
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (await refused(url)) {
        noteBlocked(url);
        await route.abort('blockedbyclient');
      } else await route.continue();
    });
    await context.routeWebSocket(/.*/, async (socket) => {
      if (await refused(socket.url())) {
        noteBlocked(socket.url());
        await socket.close({ code: 1008, reason: 'blocked' });
      } else socket.connectToServer();
    });

    const pages: VisitedPage[] = [];
    const storage = new Map<string, ObservedStorageKey>();
    let truncated = false;

    const noteStorage = (found: StorageKeys[], phase: ScanPhase) => {
      for (const { origin, local, session } of found) {
        const thirdParty = !sameSite(new URL(origin).hostname, siteHost);
        for (const [kind, keys] of [
          ['LOCAL_STORAGE', local],
          ['SESSION_STORAGE', session],
        ] as const) {
          for (const key of keys) {
            const id = `${kind} ${origin} ${key}`;
            if (!storage.has(id)) storage.set(id, { kind, origin, key, thirdParty, phase });
          }
        }
      }
    };

    const visit = async (page: Page, url: string, depth: number, phase: ScanPhase): Promise<string[]> => {
      const visited: VisitedPage = { url, depth, phase, status: null, error: null };
      pages.push(visited);
      try {
        const response = await page.goto(url, {
          waitUntil: 'load',
          timeout: Math.max(1, Math.min(limits.pageTimeoutMs, remaining())),
        });
        visited.status = response?.status() ?? null;
      } catch (error) {
        visited.error = (error as Error).message.split('\n')[0]!.slice(0, 300);
        return [];
      }
      // Scripts often set their cookies after `load`; give them until the network is quiet, briefly.
      await page
        .waitForLoadState('networkidle', { timeout: Math.max(1, Math.min(3_000, remaining())) })
        .catch(() => undefined);
      noteStorage(await storageOf(page, Math.min(5_000, Math.max(1, remaining()))), phase);
      return withTimeout(
        page.$$eval('a[href]', (links) => links.map((a) => (a as unknown as { href: string }).href)),
        Math.min(5_000, Math.max(1, remaining())),
        [] as string[],
      );
    };

    // Phase one: no interaction; breadth first over same-site links.
    const page = context.pages()[0] ?? (await context.newPage());
    const order: { url: string; depth: number }[] = [];
    const seen = new Set<string>([pageKey(start.toString())]);
    const queue = [{ url: start.toString(), depth: 0 }];
    while (queue.length) {
      if (order.length >= limits.maxPages || remaining() <= 0) {
        truncated = true;
        break;
      }
      const next = queue.shift()!;
      order.push(next);
      const links = await visit(page, next.url, next.depth, 'BEFORE_CONSENT');
      if (next.depth >= limits.maxDepth) continue;
      for (const link of links) {
        let target: URL;
        try {
          target = new URL(link);
        } catch {
          continue;
        }
        if (!['http:', 'https:'].includes(target.protocol) || !sameSite(target.hostname, siteHost)) continue;
        const key = pageKey(target.toString());
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push({ url: key, depth: next.depth + 1 });
      }
    }
    if (pages[0]?.status === null)
      throw new CookieScanRefused('UNREACHABLE', `the start page did not load: ${pages[0].error ?? 'no answer'}`);
    const before = await context.cookies();

    // Phase two: accept, then the same pages again.
    const consent =
      remaining() > 0 ? await accept(page, start.toString(), options.acceptSelector ?? null, limits) : null;
    let after: BrowserCookie[] = before;
    if (consent?.method && consent.method !== 'NONE') {
      for (const { url, depth } of order) {
        if (remaining() <= 0) {
          truncated = true;
          break;
        }
        await visit(page, url, depth, 'AFTER_CONSENT');
      }
      after = await context.cookies();
    }

    const scannedAt = Date.now() / 1000;
    const keyOf = (c: BrowserCookie) => `${c.name}\u0000${normalHost(c.domain)}\u0000${c.path}`;
    const beforeKeys = new Set(before.map(keyOf));
    const observed = (c: BrowserCookie, phase: ScanPhase): ObservedCookie => {
      const session = c.expires === -1 || c.expires === undefined;
      const lifetimeSeconds = session ? null : Math.max(0, Math.round(c.expires - scannedAt));
      return {
        name: c.name,
        domain: c.domain,
        path: c.path,
        expires: session ? null : Math.round(c.expires),
        lifetimeSeconds,
        lifetimeCapped: isCappedLifetime(lifetimeSeconds),
        httpOnly: c.httpOnly,
        secure: c.secure,
        sameSite: SAME_SITE[c.sameSite],
        thirdParty: !sameSite(c.domain, siteHost),
        phase,
      };
    };
    const cookies = [
      ...before.map((c) => observed(c, 'BEFORE_CONSENT')),
      ...after.filter((c) => !beforeKeys.has(keyOf(c))).map((c) => observed(c, 'AFTER_CONSENT')),
    ];
    return {
      startUrl: start.toString(),
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      pages,
      cookies,
      storage: [...storage.values()],
      consent: consent ?? { method: 'NONE', note: 'no time was left to give consent' },
      blockedHosts: [...blocked].map(([host, requests]) => ({ host, requests })),
      truncated,
    };
  } finally {
    clearTimeout(backstop);
    await context?.close().catch(() => undefined);
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** The storage keys of every frame of the page, each frame's origin once. */
async function storageOf(page: Page, timeoutMs: number): Promise<StorageKeys[]> {
  const frames = page.frames().filter((f) => /^https?:/.test(f.url()));
  const found = await Promise.all(
    frames.map((frame) =>
      withTimeout(
        frame.evaluate(() => {
          // The page's globals; the API is compiled without the DOM's types.
          const page = globalThis as unknown as {
            location: { origin: string };
            localStorage?: object;
            sessionStorage?: object;
          };
          // Reading a storage throws where the page may not use it (an opaque origin, storage turned off).
          const keys = (read: () => object | undefined) => {
            try {
              return Object.keys(read() ?? {});
            } catch {
              return [];
            }
          };
          return {
            origin: page.location.origin,
            local: keys(() => page.localStorage),
            session: keys(() => page.sessionStorage),
          };
        }),
        timeoutMs,
        null,
      ),
    ),
  );
  return found.filter((f): f is StorageKeys => f !== null);
}

type ConsentApi = { acceptAll?: () => unknown };

/**
 * Gives consent on the start page: our banner's API when the page has it, else a click on the caller's selector.
 * Says why not when neither is possible, so the report can tell "nothing more after consent" from "not tried".
 */
async function accept(
  page: Page,
  startUrl: string,
  selector: string | null,
  limits: { pageTimeoutMs: number },
): Promise<{ method: ConsentMethod; note: string | null }> {
  try {
    await page.goto(startUrl, { waitUntil: 'load', timeout: limits.pageTimeoutMs });
  } catch (error) {
    return { method: 'NONE', note: `the start page did not load again: ${(error as Error).message.split('\n')[0]}` };
  }
  const banner = await page
    .evaluate(async () => {
      const api = (globalThis as unknown as { Noticeboard?: { consent?: ConsentApi } }).Noticeboard?.consent;
      if (!api) return 'ABSENT';
      if (typeof api.acceptAll !== 'function') return 'NO_ACCEPT_ALL';
      await api.acceptAll();
      return 'ACCEPTED';
    })
    .catch(() => 'ABSENT' as const);
  if (banner === 'ACCEPTED') return { method: 'NOTICEBOARD_BANNER', note: null };
  if (selector) {
    try {
      await page.locator(selector).first().click({ timeout: limits.pageTimeoutMs });
      await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
      return { method: 'ACCEPT_SELECTOR', note: null };
    } catch (error) {
      return {
        method: 'NONE',
        note: `the accept selector could not be clicked: ${(error as Error).message.split('\n')[0]}`,
      };
    }
  }
  return {
    method: 'NONE',
    note:
      banner === 'NO_ACCEPT_ALL'
        ? 'the page has the Noticeboard banner but its API offers no acceptAll(): only what is set before any interaction is listed'
        : 'no Noticeboard banner and no accept selector: only what is set before any interaction is listed',
  };
}
