import escapeHtml from 'escape-html';
import type { Response } from 'express';

/**
 * Who may frame a server-made page, deliberately per page:
 * - `any`: published policy pages and the sub-processor list; customers embed them in their own websites.
 * - `self`: the request intake and identity check; only this origin (the portal) may show them in a frame, so no
 *   other website can overlay the form a requester fills in.
 * - `none`: the subscription pages; a confirmation or unsubscribe link acts on a click, so nothing may frame it.
 */
export type Framing = 'any' | 'self' | 'none';

/**
 * The Content-Security-Policy of every server-made page: no script at all, inline styles only, forms post to this
 * origin. `images` allows `data:` and `https:` images (published policies may show a logo).
 */
export function pageCsp(framing: Framing, options: { images?: boolean } = {}): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    ...(options.images ? ['img-src data: https:'] : []),
    "base-uri 'none'",
    "form-action 'self'",
    ...(framing === 'any' ? [] : [`frame-ancestors ${framing === 'self' ? "'self'" : "'none'"}`]),
  ].join('; ');
}

/** The look every server-made page shares: a narrow readable column. */
const BASE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}';

export interface HtmlPage {
  /** Plain text, escaped here. */
  title: string;
  /** The page's language (plain text, escaped here); English when not given. */
  lang?: string;
  /** HTML inside `<main>`: the caller escapes what it puts there. */
  body: string;
  /** CSS replacing the base style (a page with forms or tables). */
  style?: string;
}

/** A complete server-made HTML document. */
export function htmlPage(page: HtmlPage): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${page.style ?? BASE_STYLE}</style>
</head><body><main>
${page.body}
</main></body></html>
`;
}

/** Sends a page made for this request: never cached, never sniffed, with its CSP. */
export function sendHtmlPage(
  res: Response,
  status: number,
  html: string,
  framing: Framing,
  cacheControl = 'no-store',
): void {
  res.setHeader('Content-Security-Policy', pageCsp(framing));
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.status(status).type('text/html; charset=utf-8').send(html);
}
