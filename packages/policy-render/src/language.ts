import type { Language } from '@noticeboard/domain';

/** The languages the renderer writes, in the order a picker shows them (the catalogs in ./i18n). */
export const RENDER_LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it'];

function supported(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (RENDER_LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/**
 * The language to render: an explicit `?lang=` wins when supported ("de", "de-CH"), then the Accept-Language
 * header by quality (RFC 9110 § 12.5.4; ties keep header order; q=0 means "not this one"; `*` means the fallback),
 * then the fallback (the tenant's default language).
 */
export function negotiateLanguage(
  requested: string | null | undefined,
  acceptLanguage: string | null | undefined,
  fallback: Language,
): Language {
  const explicit = requested ? supported(requested) : null;
  if (explicit) return explicit;
  if (!acceptLanguage) return fallback;
  const ranges = acceptLanguage
    .slice(0, 4096)
    .split(',')
    .slice(0, 50)
    .map((entry, index) => {
      const [range = '', ...params] = entry.split(';').map((s) => s.trim());
      let q = 1;
      for (const param of params) {
        const m = /^q\s*=\s*(.*)$/i.exec(param);
        // A weight that is not 0..1 with at most three decimals makes the entry unusable, not preferred.
        if (m) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1]!) ? Number(m[1]) : 0;
      }
      return { range, q, index };
    })
    .filter((r) => r.range && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranges) {
    if (range === '*') return fallback;
    const language = supported(range);
    if (language) return language;
  }
  return fallback;
}
