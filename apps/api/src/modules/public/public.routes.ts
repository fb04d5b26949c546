import escapeHtml from 'escape-html';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { isLanguage, type Language } from '@noticeboard/domain';
import { negotiateLanguage } from '@noticeboard/policy-render';
import type { Logger } from '../../logger.js';
import { PublishedDocumentEntity, type DocumentFormat, type DocumentKind } from '../policy-versions/policy-version.entity.js';
import { LIVE_VERSION_SQL } from '../policy-versions/policy-version.service.js';
import { etagOf, matchesEtag } from '../policy-versions/published-document.js';
import { inPublicTenant } from './public-tenant.js';

const LIVE_CACHE = 'public, max-age=60, must-revalidate';
const VERSION_CACHE = 'public, max-age=31536000, immutable';
// Published pages hold no script; the policy forbids any, and any framing is fine (customers embed them). The one
// form (subscribing to the sub-processor list) posts to this server.
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; base-uri 'none'; form-action 'self'";

interface Wanted {
  kind: DocumentKind;
  format: DocumentFormat;
  /** Null for the live version. */
  version: number | null;
}

function notFoundPage(res: Response, req: Request, title: string, detail: string): void {
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body></html>
`;
  send(req, res, 404, { body, contentType: 'text/html; charset=utf-8', etag: etagOf(body), cache: 'no-cache', csp: true });
}

function send(
  req: Request,
  res: Response,
  status: number,
  doc: { body: string; contentType: string; etag: string; cache: string; csp?: boolean; language?: string },
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
export function publicRoutes(dataSource: DataSource, logger: Logger): Router {
  const router = Router();

  async function serve(req: Request, res: Response, wanted: Wanted): Promise<void> {
    const requested = typeof req.query.lang === 'string' ? req.query.lang : null;
    const outcome = await inPublicTenant(dataSource, req, { missing: 'tenant' as const }, async (tx, tenantId) => {
      const version = wanted.version ?? (await tx.manager.query(LIVE_VERSION_SQL, [tenantId]))[0]?.version ?? null;
      if (version === null) return { missing: 'published' as const };
      const docs = await tx.manager.getRepository(PublishedDocumentEntity).findBy({ tenantId, version, kind: wanted.kind, format: wanted.format });
      if (!docs.length) return { missing: 'version' as const };
      const languages = docs.map((d) => d.language).filter((l): l is Language => isLanguage(l));
      const language = languages.length ? negotiateLanguage(requested, req.headers['accept-language'], languages.includes('en') ? 'en' : languages[0]!) : null;
      const chosen = docs.find((d) => d.language === (languages.includes(language as Language) ? language : languages[0])) ?? docs[0]!;
      return { doc: chosen };
    });
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
    const { doc } = outcome;
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
        logger.error({ err: error, path: req.path }, 'public page failed');
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

  // The embed script: finds its own <script> tag, fetches the live fragment and shows it in a shadow root.
  router.get('/p/:slug/embed.js', (req, res) => {
    const slug = String(req.params.slug ?? '').toLowerCase().replace(/[^a-z0-9-]/g, '');
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
    send(req, res, 200, { body, contentType: 'text/javascript; charset=utf-8', etag: etagOf(body), cache: 'public, max-age=3600' });
  });

  router.use('/p', (req, res) => notFoundPage(res, req, 'Page not found', 'There is no public page at this address.'));
  return router;
}
