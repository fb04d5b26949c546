import type { Problem } from '../../lib/errors.js';

/** What a client's website pastes to use the consent banner, built from the API's public addresses. */

/**
 * The public address the client's pages are served under (`https://noticeboard.example`), from any of its public
 * links (`<publicUrl>/p/<slug>/…`); null when the link is not one of the client's.
 */
export function publicUrlOf(link: string, slug: string): string | null {
  const marker = `/p/${encodeURIComponent(slug)}/`;
  const at = link.indexOf(marker);
  return at < 0 ? null : link.slice(0, at);
}

/** The one tag that embeds the consent banner. */
export function bannerSnippet(publicUrl: string, slug: string): string {
  return `<script src="${publicUrl}/p/${encodeURIComponent(slug)}/consent.js" async></script>`;
}

/** The Content-Security-Policy directives a site with a strict policy adds for the banner (README). */
export function cspDirectives(publicUrl: string): string {
  const origin = new URL(publicUrl).origin;
  return `script-src 'nonce-PAGE_NONCE' ${origin};\nconnect-src ${origin};`;
}

/** How a script or frame waits for consent to a purpose (its id is the purpose key). */
export function blockingMarkup(purposeKey = 'PURPOSE_ID'): string {
  return [
    `<script type="text/plain" data-consent="${purposeKey}" src="https://analytics.example/tag.js"></script>`,
    `<script type="text/plain" data-consent="${purposeKey}" nonce="PAGE_NONCE">startAnalytics();</script>`,
    `<iframe data-consent="${purposeKey}" data-consent-src="https://video.example/embed/1" title="Video"></iframe>`,
  ].join('\n');
}

/**
 * The origins to save from the rows of the form: trimmed, blank rows left out (an added row not filled in is no
 * origin), with the row each one came from, so the API's problems (`allowedOrigins.<index sent>`) find their row.
 */
export function originsToSave(rows: readonly string[]): { origins: string[]; rowOf: number[] } {
  const origins: string[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, i) => {
    const origin = row.trim();
    if (!origin) return;
    origins.push(origin);
    rowOf.push(i);
  });
  return { origins, rowOf };
}

/** The API's problems with their paths moved from the index sent to the index of the row on screen. */
export function problemsAtRows(problems: readonly Problem[], rowOf: readonly number[]): Problem[] {
  return problems.map((p) => {
    const match = /^allowedOrigins\.(\d+)(\..*)?$/.exec(p.path);
    const row = match ? rowOf[Number(match[1])] : undefined;
    return row === undefined ? p : { ...p, path: `allowedOrigins.${row}${match![2] ?? ''}` };
  });
}
