import escapeHtml from 'escape-html';
import { Router, type Request, type Response } from 'express';
import { isLanguage, type Language } from '@noticeboard/domain';
import { negotiateLanguage } from '@noticeboard/policy-render';
import { htmlPage, pageCsp } from '../../http/html-page.js';
import {
  PublishedDocumentEntity,
  type DocumentFormat,
  type DocumentKind,
} from '../policy-versions/policy-version.entity.js';
import { LIVE_VERSION_SQL } from '../policy-versions/policy-version.service.js';
import { etagOf, matchesEtag } from '../policy-versions/published-document.js';
import type { CachedDocument, CachedPage, PublishedPageCache } from './published-page.cache.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from './public-tenant.js';

// The live version, and when (epoch ms) a later-dated version takes over from it: a cached live page ends then.
const LIVE_AND_NEXT_SQL = `
  SELECT live.version,
    (SELECT extract(epoch FROM min(effective_date)::timestamptz) * 1000 FROM policy_versions WHERE tenant_id = $1 AND effective_date > current_date) AS next_change_ms
  FROM (${LIVE_VERSION_SQL}) AS live`;

const LIVE_CACHE = 'public, max-age=60, must-revalidate';
const VERSION_CACHE = 'public, max-age=31536000, immutable';
// Published pages hold no script; the policy forbids any, and any framing is fine (customers embed them). The one
// form (subscribing to the sub-processor list) posts to this server.
const HTML_CSP = pageCsp('any', { images: true });

const VISITOR = { kind: 'public' } as const;

interface Wanted {
  kind: DocumentKind;
  format: DocumentFormat;
  /** Null for the live version. */
  version: number | null;
}

function notFoundPage(res: Response, req: Request, title: string, detail: string): void {
  const body = htmlPage({ title, body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>` });
  send(req, res, 404, {
    body,
    contentType: 'text/html; charset=utf-8',
    etag: etagOf(body),
    cache: 'no-cache',
    csp: true,
  });
}

function send(
  req: Request,
  res: Response,
  status: number,
  doc: { body: string | Buffer; contentType: string; etag: string; cache: string; csp?: boolean; language?: string },
): void {
  res.setHeader('ETag', doc.etag);
  res.setHeader('Cache-Control', doc.cache);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (doc.csp) res.setHeader('Content-Security-Policy', HTML_CSP);
  if (doc.language) res.setHeader('Content-Language', doc.language);
  if (status === 200 && matchesEtag(req.headers['if-none-match'], doc.etag)) {
    res.status(304).end();
    return;
  }
  res.status(status).type(doc.contentType).send(doc.body);
}

/**
 * The public, unauthenticated pages: the live policy and each version, as HTML, text and JSON, the sub-processor
 * list, and the embed script. They serve the bytes stored at publish time with their ETag; nothing is rendered
 * per request. Every lookup runs as the application role with only the tenant of the slug in scope.
 */
export function publicRoutes(site: PublicSite, cache: PublishedPageCache): Router {
  const { logger } = site;
  const router = Router();

  type Lookup = { page: CachedPage } | { missing: 'tenant' | 'published' | 'version' };

  /** The page's documents in every language: from this process's cache, else from the database (and then cached). */
  async function lookup(req: Request, wanted: Wanted): Promise<Lookup> {
    const key = [
      String(req.params.slug ?? '').toLowerCase(),
      wanted.kind,
      wanted.format,
      wanted.version ?? 'live',
    ].join('\n');
    const cached = cache.get(key);
    if (cached) return { page: cached };
    const started = cache.lookupStarted();
    type Found = { missing: 'published' | 'version' } | { page: CachedPage; expiresAt: number | null };
    const found = await inPublicTenant(
      site,
      req,
      VISITOR,
      { missing: 'tenant' as const },
      async (ctx): Promise<Found> => {
        const { tenantId } = ctx;
        let version = wanted.version;
        let expiresAt: number | null = null;
        if (version === null) {
          const [live] = await ctx.em.query(LIVE_AND_NEXT_SQL, [tenantId]);
          version = live?.version ?? null;
          expiresAt = live?.next_change_ms == null ? null : Number(live.next_change_ms);
        }
        if (version === null) return { missing: 'published' };
        const docs = await ctx.em
          .getRepository(PublishedDocumentEntity)
          .findBy({ tenantId, version, kind: wanted.kind, format: wanted.format });
        if (!docs.length) return { missing: 'version' };
        const page: CachedPage = {
          tenantId,
          docs: docs.map((d) => ({
            language: d.language,
            format: d.format,
            contentType: d.contentType,
            etag: d.etag,
            body: Buffer.from(d.body),
          })),
        };
        return { page, expiresAt };
      },
    );
    if ('page' in found) cache.keep(key, found.page, started, found.expiresAt);
    return found;
  }

  async function serve(req: Request, res: Response, wanted: Wanted): Promise<void> {
    const outcome = await lookup(req, wanted);
    if ('missing' in outcome) {
      const detail =
        outcome.missing === 'tenant'
          ? 'There is no organisation at this address. Check the link you followed.'
          : outcome.missing === 'published'
            ? 'This organisation has not published a privacy policy here yet.'
            : 'There is no such version of this privacy policy.';
      notFoundPage(res, req, 'Privacy policy not found', detail);
      return;
    }
    const { docs } = outcome.page;
    const requested = typeof req.query.lang === 'string' ? req.query.lang : null;
    const languages = docs.map((d) => d.language).filter((l): l is Language => isLanguage(l));
    const language = languages.length
      ? negotiateLanguage(requested, req.headers['accept-language'], languages.includes('en') ? 'en' : languages[0]!)
      : null;
    const doc =
      docs.find((d) => d.language === (languages.includes(language as Language) ? language : languages[0])) ?? docs[0]!;
    if (wanted.format === 'fragment') res.setHeader('Access-Control-Allow-Origin', '*');
    if (doc.language) res.setHeader('Vary', 'Accept-Language');
    send(req, res, 200, {
      body: doc.body,
      contentType: doc.contentType,
      etag: doc.etag,
      cache: wanted.version === null ? LIVE_CACHE : VERSION_CACHE,
      csp: doc.format === 'html' || doc.format === 'fragment',
      language: doc.language || undefined,
    });
  }

  const route = (path: string, wanted: (req: Request) => Wanted) =>
    router.get(path, (req, res, next) => {
      serve(req, res, wanted(req)).catch((error: unknown) => {
        if (!isSlugMoved(error)) logger.error({ err: error, path: req.path }, 'public page failed');
        next(error);
      });
    });
  const versionOf = (req: Request) => {
    const n = Number(req.params.n);
    return Number.isInteger(n) && n > 0 && n < 2 ** 31 ? n : -1;
  };

  route('/p/:slug/privacy', () => ({ kind: 'policy', format: 'html', version: null }));
  route('/p/:slug/privacy.txt', () => ({ kind: 'policy', format: 'text', version: null }));
  route('/p/:slug/privacy.json', () => ({ kind: 'policy', format: 'json', version: null }));
  route('/p/:slug/privacy/embed', () => ({ kind: 'policy', format: 'fragment', version: null }));
  // The suffixed routes first: `/v/:n` alone would take "1.txt" as the version.
  route('/p/:slug/privacy/v/:n.txt', (req) => ({ kind: 'policy', format: 'text', version: versionOf(req) }));
  route('/p/:slug/privacy/v/:n.json', (req) => ({ kind: 'policy', format: 'json', version: versionOf(req) }));
  route('/p/:slug/privacy/v/:n', (req) => ({ kind: 'policy', format: 'html', version: versionOf(req) }));
  route('/p/:slug/subprocessors', () => ({ kind: 'subprocessors', format: 'html', version: null }));
  route('/p/:slug/subprocessors.json', () => ({ kind: 'subprocessors', format: 'json', version: null }));

  // The embed script: finds its own <script> tag, fetches the live fragment and shows it in a shadow root. Kept with
  // the pages (a live slug's costs no statement once cached); an old slug's redirects, an unknown one's is served.
  async function embedScript(req: Request): Promise<CachedDocument> {
    const slug = String(req.params.slug ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    const key = [slug, 'embed.js'].join('\n');
    const cached = cache.get(key);
    if (cached?.docs[0]) return cached.docs[0];
    const started = cache.lookupStarted();
    const tenantId = await inPublicTenant(site, req, VISITOR, null, async (ctx) => ctx.tenantId);
    const body = `(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var host = document.createElement('div');
  host.className = 'noticeboard-policy';
  script.parentNode.insertBefore(host, script);
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var lang = script.getAttribute('data-lang') || (navigator.language || '');
  fetch(origin + '/p/${slug}/privacy/embed?lang=' + encodeURIComponent(lang))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
    .then(function (html) { root.innerHTML = html; })
    .catch(function () { host.textContent = 'The privacy policy could not be loaded.'; });
})();
`;
    const doc: CachedDocument = {
      language: '',
      format: 'fragment',
      contentType: 'text/javascript; charset=utf-8',
      etag: etagOf(body),
      body: Buffer.from(body),
    };
    if (tenantId) cache.keep(key, { tenantId, docs: [doc] }, started, null);
    return doc;
  }
  router.get('/p/:slug/embed.js', (req, res, next) => {
    embedScript(req).then(
      (doc) =>
        send(req, res, 200, {
          body: doc.body,
          contentType: doc.contentType,
          etag: doc.etag,
          cache: 'public, max-age=3600',
        }),
      (error: unknown) => {
        if (!isSlugMoved(error)) logger.error({ err: error, path: req.path }, 'embed script failed');
        next(error);
      },
    );
  });

  router.use('/p', (req, res) => notFoundPage(res, req, 'Page not found', 'There is no public page at this address.'));
  return router;
}
