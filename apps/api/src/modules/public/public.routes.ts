import { Router, type Request, type Response } from 'express';
import { isLanguage, LANGUAGES, type Language } from '@noticeboard/domain';
import { htmlPage, pageCsp } from '../../http/html-page.js';
import {
  PublishedDocumentEntity,
  type DocumentFormat,
  type DocumentKind,
} from '../policy-versions/policy-version.entity.js';
import { LIVE_VERSION_SQL } from '../policy-versions/policy-version.service.js';
import { etagOf, matchesEtag } from '../policy-versions/published-document.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import type { RequestContext } from '../../context/request-context.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { PublicPageWords, type PublicMessageKey } from './public.messages.js';
import {
  audienceLanguages,
  negotiateAudienceLanguage,
  setLanguageHeaders,
  tenantAudience,
  type AudienceLanguages,
} from './published-languages.js';
import type { CachedDocument, CachedPage, PublishedPageCache } from './published-page.cache.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from './public-tenant.js';

// The live version, and when (epoch ms) a later-dated version takes over from it: a cached live page ends then. And
// the tenant's default language: what the live page falls back to when the browser asks for nothing it publishes.
const LIVE_AND_NEXT_SQL = `
  SELECT live.version,
    (SELECT extract(epoch FROM min(effective_date)::timestamptz) * 1000 FROM policy_versions WHERE tenant_id = $1 AND effective_date > current_date) AS next_change_ms,
    (SELECT default_language FROM tenants WHERE tenant_id = $1) AS default_language
  FROM (${LIVE_VERSION_SQL}) AS live`;

/** A page's documents, the one to fall back to first: the tenant's default language, else English, else in order. */
function fallbackFirst<T extends { language: string }>(docs: T[], preferred: string | null): T[] {
  const rank = (l: string) => (l === preferred ? -2 : l === 'en' ? -1 : LANGUAGES.indexOf(l as Language));
  return [...docs].sort((a, b) => rank(a.language) - rank(b.language));
}

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

/** Without a tenant (an unknown address) a page may speak every language. */
const ANY_AUDIENCE = audienceLanguages(null, null);

/** The languages of the tenant in scope's audience (its published ones, else its default). */
async function audienceOf(ctx: RequestContext): Promise<AudienceLanguages> {
  const tenant = await ctx.em
    .getRepository(TenantEntity)
    .findOne({ select: { tenantId: true, defaultLanguage: true }, where: { tenantId: ctx.tenantId } });
  return tenantAudience(ctx, tenant?.defaultLanguage);
}

/** A 404 page in the language negotiated among the audience's. */
function notFoundPage(
  res: Response,
  req: Request,
  audience: AudienceLanguages,
  titleKey: PublicMessageKey,
  detailKey: PublicMessageKey,
): void {
  const w = new PublicPageWords(negotiateAudienceLanguage(req, audience));
  const title = w.text(titleKey);
  const body = htmlPage({ title, lang: w.language, body: `<h1>${w.html(titleKey)}</h1><p>${w.html(detailKey)}</p>` });
  setLanguageHeaders(res, w.language);
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

  type Missing = { missing: 'published' | 'version'; audience: AudienceLanguages };
  type Lookup = { page: CachedPage } | { missing: 'tenant' } | Missing;

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
    type Found = Missing | { page: CachedPage; expiresAt: number | null };
    const found = await inPublicTenant(
      site,
      req,
      VISITOR,
      { missing: 'tenant' as const },
      async (ctx): Promise<Found> => {
        const { tenantId } = ctx;
        let version = wanted.version;
        let expiresAt: number | null = null;
        let defaultLanguage: string | null = null;
        if (version === null) {
          const [live] = await ctx.em.query(LIVE_AND_NEXT_SQL, [tenantId]);
          version = live?.version ?? null;
          expiresAt = live?.next_change_ms == null ? null : Number(live.next_change_ms);
          defaultLanguage = live?.default_language ?? null;
        }
        // Only a 404 reads the tenant's languages: it answers in one its audience reads.
        if (version === null) return { missing: 'published', audience: await audienceOf(ctx) };
        const docs = await ctx.em
          .getRepository(PublishedDocumentEntity)
          .createQueryBuilder('d')
          .innerJoin(PolicyVersionEntity, 'v', 'v.tenantId = d.tenantId AND v.version = d.version')
          .where('d.tenantId = :tenantId AND d.version = :version AND d.kind = :kind AND d.format = :format', {
            tenantId,
            version,
            kind: wanted.kind,
            format: wanted.format,
          })
          // A version published before translations (its snapshot chose no languages) was rendered in every
          // language with the tenant's text in its default one: only the default language's page is whole.
          .andWhere(
            `(d.kind <> 'policy' OR v.snapshot IS NULL OR v.snapshot -> 'settings' -> 'publishedLanguages' IS NOT NULL
              OR d.language IN ('', v.snapshot -> 'controller' ->> 'defaultLanguage'))`,
          )
          .getMany();
        if (!docs.length) return { missing: 'version', audience: await audienceOf(ctx) };
        const page: CachedPage = {
          tenantId,
          docs: fallbackFirst(docs, defaultLanguage).map((d) => ({
            language: d.language,
            format: d.format,
            contentType: d.contentType,
            etag: d.etag,
            body: d.format === 'pdf' ? Buffer.from(d.body, 'base64') : Buffer.from(d.body),
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
      if (outcome.missing === 'tenant')
        return notFoundPage(res, req, ANY_AUDIENCE, 'notFound.title', 'notFound.tenant');
      const detail = outcome.missing === 'published' ? 'notFound.unpublished' : 'notFound.version';
      notFoundPage(res, req, outcome.audience, 'notFound.title', detail);
      return;
    }
    const { docs } = outcome.page;
    // Only among the languages this version is stored in (the tenant's published ones), the first the fallback.
    const languages = docs.map((d) => d.language).filter((l): l is Language => isLanguage(l));
    const language = languages.length ? negotiateAudienceLanguage(req, { languages, fallback: languages[0]! }) : null;
    const doc = docs.find((d) => d.language === language) ?? docs[0]!;
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
  route('/p/:slug/privacy.pdf', () => ({ kind: 'policy', format: 'pdf', version: null }));
  route('/p/:slug/privacy/embed', () => ({ kind: 'policy', format: 'fragment', version: null }));
  // The suffixed routes first: `/v/:n` alone would take "1.txt" as the version.
  route('/p/:slug/privacy/v/:n.txt', (req) => ({ kind: 'policy', format: 'text', version: versionOf(req) }));
  route('/p/:slug/privacy/v/:n.json', (req) => ({ kind: 'policy', format: 'json', version: versionOf(req) }));
  route('/p/:slug/privacy/v/:n.pdf', (req) => ({ kind: 'policy', format: 'pdf', version: versionOf(req) }));
  route('/p/:slug/privacy/v/:n', (req) => ({ kind: 'policy', format: 'html', version: versionOf(req) }));
  route('/p/:slug/subprocessors', () => ({ kind: 'subprocessors', format: 'html', version: null }));
  route('/p/:slug/subprocessors.json', () => ({ kind: 'subprocessors', format: 'json', version: null }));

  // The embed script: finds its own <script> tag, fetches the live fragment and shows it in a shadow root. Kept with
  // the pages (a live slug's costs no statement once cached; a publication, which may change the languages, drops
  // it); an old slug's redirects, an unknown one's is served. The fragment's language is the tag's `data-lang`,
  // else the browser's Accept-Language (the fetch sends all its languages), negotiated among the published ones;
  // the script carries its one sentence (the policy could not be loaded) in those languages only.
  async function embedScript(req: Request): Promise<CachedDocument> {
    const slug = String(req.params.slug ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    const key = [slug, 'embed.js'].join('\n');
    const cached = cache.get(key);
    if (cached?.docs[0]) return cached.docs[0];
    const started = cache.lookupStarted();
    const found = await inPublicTenant(site, req, VISITOR, null, async (ctx) => ({
      tenantId: ctx.tenantId,
      audience: await audienceOf(ctx),
    }));
    const { languages, fallback } = found?.audience ?? ANY_AUDIENCE;
    const failed = Object.fromEntries(languages.map((l) => [l, new PublicPageWords(l).text('embed.failed')]));
    const body = `(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var host = document.createElement('div');
  host.className = 'noticeboard-policy';
  script.parentNode.insertBefore(host, script);
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  var wanted = script.getAttribute('data-lang') || '';
  var failed = ${JSON.stringify(failed)};
  var shown = [wanted].concat(navigator.languages || [navigator.language])
    .map(function (tag) { return String(tag || '').toLowerCase().split(/[-_]/)[0]; })
    .filter(function (l) { return Object.prototype.hasOwnProperty.call(failed, l); })[0] || ${JSON.stringify(fallback)};
  fetch(origin + '/p/${slug}/privacy/embed' + (wanted ? '?lang=' + encodeURIComponent(wanted) : ''))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
    .then(function (html) { root.innerHTML = html; })
    .catch(function () { host.lang = shown; host.textContent = failed[shown]; });
})();
`;
    const doc: CachedDocument = {
      language: '',
      format: 'fragment',
      contentType: 'text/javascript; charset=utf-8',
      etag: etagOf(body),
      body: Buffer.from(body),
    };
    if (found) cache.keep(key, { tenantId: found.tenantId, docs: [doc] }, started, null);
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

  router.use('/p', (req, res) => notFoundPage(res, req, ANY_AUDIENCE, 'pageNotFound.title', 'pageNotFound.message'));
  return router;
}
