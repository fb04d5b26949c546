/** The neutral blue used when the tenant has no accent colour. */
export const DEFAULT_ACCENT = '#1a5fb4';

/** A `#rrggbb` colour, or the default: the value lands in CSS, so nothing else gets through. */
export function accentColor(value: string | null | undefined): string {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : DEFAULT_ACCENT;
}

/** Styles of the policy, every rule scoped to `.nb-policy` so the fragment can be embedded in any page. */
export function policyCss(accent: string): string {
  return `.nb-policy{--nb-accent:${accentColor(accent)};--nb-text:#1f2328;--nb-muted:#57606a;--nb-border:#d0d7de;--nb-soft:#f6f8fa;color:var(--nb-text);background:#fff;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:48rem;margin:0 auto;padding:2rem 1.25rem;overflow-wrap:break-word;hyphens:auto}
.nb-policy *{box-sizing:border-box}
.nb-policy .nb-header{border-bottom:4px solid var(--nb-accent);padding-bottom:1rem;margin-bottom:1.5rem}
.nb-policy h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
.nb-policy .nb-meta{color:var(--nb-muted);margin:0}
.nb-policy h2{font-size:1.5rem;line-height:1.3;margin:2.5rem 0 .75rem;padding-top:1rem;border-top:1px solid var(--nb-border)}
.nb-policy h3{font-size:1.2rem;line-height:1.35;margin:1.75rem 0 .5rem}
.nb-policy h4{font-size:1.05rem;margin:1.25rem 0 .5rem}
.nb-policy h5,.nb-policy h6{font-size:1rem;margin:1rem 0 .5rem}
.nb-policy p{margin:.5rem 0}
.nb-policy a{color:var(--nb-accent);text-decoration-thickness:1px;text-underline-offset:2px}
.nb-policy a:focus-visible{outline:2px solid var(--nb-accent);outline-offset:2px}
.nb-policy section{scroll-margin-top:1rem}
.nb-policy .nb-toc{background:var(--nb-soft);border-left:4px solid var(--nb-accent);padding:1rem 1.25rem;margin:1.5rem 0}
.nb-policy .nb-toc h2{border:0;margin:0 0 .5rem;padding:0;font-size:1.1rem}
.nb-policy .nb-toc ol{margin:0;padding-left:1.5rem}
.nb-policy .nb-toc ol ol{list-style:none;padding-left:.75rem;font-size:.95em}
.nb-policy ul,.nb-policy ol{padding-left:1.5rem}
.nb-policy li{margin:.2rem 0}
.nb-policy dl{margin:.75rem 0}
.nb-policy dt{font-weight:600;margin-top:.75rem}
.nb-policy dd{margin:0 0 0 1.25rem}
.nb-policy dd>p{margin:.2rem 0}
.nb-policy .nb-table{overflow-x:auto;margin:1rem 0}
.nb-policy table{border-collapse:collapse;width:100%;font-size:.95em}
.nb-policy caption{text-align:left;font-weight:600;padding:0 0 .5rem}
.nb-policy th,.nb-policy td{border:1px solid var(--nb-border);padding:.4rem .6rem;text-align:left;vertical-align:top}
.nb-policy thead th{background:var(--nb-soft)}
.nb-policy tbody th{font-weight:600}
.nb-policy .nb-important{border-left:4px solid var(--nb-accent);background:var(--nb-soft);padding:.5rem .75rem;font-weight:600}
.nb-policy blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--nb-border);color:var(--nb-muted)}
.nb-policy pre{background:var(--nb-soft);padding:.75rem;overflow-x:auto;white-space:pre-wrap}
.nb-policy code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
@media print{
.nb-policy{max-width:none;padding:0;font-size:11pt;line-height:1.45;color:#000}
.nb-policy a{color:#000;text-decoration:underline}
.nb-policy a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.nb-policy h2,.nb-policy h3,.nb-policy h4,.nb-policy caption,.nb-policy dt{break-after:avoid}
.nb-policy tr,.nb-policy li,.nb-policy dd,.nb-policy .nb-important{break-inside:avoid}
.nb-policy .nb-toc{background:none;border:1px solid #000}
.nb-policy .nb-important,.nb-policy thead th,.nb-policy pre{background:none}
.nb-policy th,.nb-policy td{border-color:#000}
}`;
}

/** Page-level styles of the standalone document. */
export const PAGE_CSS = `:root{color-scheme:light}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff}
@media print{@page{margin:18mm 16mm}}`;
