import type { Request, Response } from 'express';
import { isLanguage, LANGUAGES, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { LIVE_VERSION_SQL } from '../policy-versions/policy-version.service.js';

/**
 * The languages the tenant's live version is stored in (a tenant publishes only the languages it chose and
 * completed), in the product's order. Empty before anything is published. (The domain's `publishedLanguagesOf`
 * is what a draft would publish; this is what the public is served now.)
 */
export async function liveLanguagesOf(ctx: Pick<RequestContext, 'em' | 'tenantId'>): Promise<Language[]> {
  const rows: { language: string }[] = await ctx.em.query(
    `SELECT DISTINCT d.language FROM published_documents d, (${LIVE_VERSION_SQL}) AS live
      WHERE d.tenant_id = $1 AND d.version = live.version AND d.kind = 'policy' AND d.language <> ''`,
    [ctx.tenantId],
  );
  const stored = new Set(rows.map((r) => r.language));
  return LANGUAGES.filter((l) => stored.has(l));
}

/** The languages a tenant's audience is addressed in, and the one used when nothing else fits. */
export interface AudienceLanguages {
  languages: readonly Language[];
  fallback: Language;
}

/**
 * A tenant's audience languages: its published ones, falling back to its default language when that is one of
 * them (else to the first); its default language alone before anything is published. Without a tenant (an
 * unknown address) every language the product writes, English first.
 */
export function audienceLanguages(
  published: readonly Language[] | null,
  tenantDefault: string | null | undefined,
): AudienceLanguages {
  const preferred: Language = tenantDefault && isLanguage(tenantDefault) ? tenantDefault : 'en';
  if (published === null) return { languages: LANGUAGES, fallback: 'en' };
  if (!published.length) return { languages: [preferred], fallback: preferred };
  return { languages: published, fallback: published.includes(preferred) ? preferred : published[0]! };
}

const primaryTag = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language of a public page: `?lang=` when it names one of the audience's languages ("es", "es-MX"), else
 * the best of them by the Accept-Language header (quality, then header order; `q=0` excludes, `*` means the
 * fallback), else the fallback. Never a language outside `audience.languages`.
 */
export function negotiateAudienceLanguage(req: Request, audience: AudienceLanguages): Language {
  const { languages, fallback } = audience;
  const requested = typeof req.query.lang === 'string' ? primaryTag(req.query.lang) : '';
  const explicit = languages.find((l) => l === requested);
  if (explicit) return explicit;
  if (!req.headers['accept-language']) return fallback;
  // The fallback first: a `*` (or a tie) then picks it.
  const best = req.acceptsLanguages([fallback, ...languages.filter((l) => l !== fallback)]);
  return best && isLanguage(best) ? best : fallback;
}

/** The headers of a page whose language was negotiated: which one it is, and that it varies by the browser's. */
export function setLanguageHeaders(res: Response, language: Language): void {
  res.setHeader('Content-Language', language);
  res.vary('Accept-Language');
}

/** The audience languages of the tenant in scope (one statement: its live version's languages). */
export async function tenantAudience(
  ctx: Pick<RequestContext, 'em' | 'tenantId'>,
  tenantDefault: string | null | undefined,
): Promise<AudienceLanguages> {
  return audienceLanguages(await liveLanguagesOf(ctx), tenantDefault);
}
