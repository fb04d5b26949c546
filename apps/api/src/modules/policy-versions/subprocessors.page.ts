import escapeHtml from 'escape-html';
import {
  displayName,
  localizeSnapshot,
  subprocessorsOf,
  type Language,
  type PolicySnapshot,
} from '@noticeboard/domain';
import { LOCALES } from '@noticeboard/policy-render';
import { htmlPage } from '../../http/html-page.js';
import { safeguardWords, SubprocessorsPageWords } from './subprocessors.messages.js';

export { safeguardWords };

/** English country names: the JSON list and the change notices' `countryName` (the HTML page names them per language). */
const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
/** How the public list and the change notices name each transfer safeguard, in English (see `safeguardWords`). */
export const SAFEGUARD_WORDS: Record<string, string> = safeguardWords('en');

const countryNames = new Map<Language, Intl.DisplayNames>();
/** A country's name as people read it in `language`. */
function countryIn(language: Language, code: string): string {
  let names = countryNames.get(language);
  if (!names) countryNames.set(language, (names = new Intl.DisplayNames([LOCALES[language]], { type: 'region' })));
  return names.of(code) ?? code;
}

export interface SubprocessorEntry {
  name: string;
  legalEntity: string | null;
  country: string | null;
  countryName: string | null;
  processingCountries: string[];
  service: string | null;
  safeguards: string[];
  privacyPolicyUrl: string | null;
}

export function subprocessorEntries(snapshot: PolicySnapshot): SubprocessorEntry[] {
  return subprocessorsOf(snapshot).map((r) => ({
    name: r.name,
    legalEntity: r.legalEntity,
    country: r.country,
    countryName: r.country ? (countryName.of(r.country) ?? r.country) : null,
    processingCountries: r.processingCountries,
    service: r.service,
    safeguards: r.safeguards,
    privacyPolicyUrl: r.privacyPolicyUrl,
  }));
}

/** The public sub-processor list: rendered once at publish time, like the policy, and served as stored bytes. */
export function renderSubprocessorsHtml(
  published: PolicySnapshot,
  version: number,
  effectiveDate: string,
  language: Language,
): string {
  // The tenant's text in the page's language (publishing refused gaps in every published language).
  const snapshot = localizeSnapshot(published, language).snapshot;
  const w = new SubprocessorsPageWords(language);
  const safeguards = safeguardWords(language);
  const rows = subprocessorEntries(snapshot)
    .map((s) => {
      const country = s.country ? escapeHtml(countryIn(language, s.country)) : '';
      const also = s.processingCountries.length
        ? w.html('country.also', { countries: s.processingCountries.map((c) => countryIn(language, c)).join(', ') })
        : '';
      const safeguardNames = s.safeguards.map((g) => safeguards[g] ?? g).join(', ') || '—';
      return `<tr><th scope="row">${escapeHtml(s.name)}</th><td>${escapeHtml(s.legalEntity ?? '')}</td><td>${[country, also].filter(Boolean).join(' ')}</td><td>${escapeHtml(s.service ?? '')}</td><td>${escapeHtml(safeguardNames)}</td></tr>`;
    })
    .join('\n');
  const organisation = displayName(snapshot.controller);
  const slug = escapeHtml(encodeURIComponent(snapshot.controller.slug));
  const date = {
    html: `<time datetime="${escapeHtml(effectiveDate)}">${escapeHtml(w.date(effectiveDate))}</time>`,
  };
  return htmlPage({
    title: w.text('title', { organisation }),
    lang: language,
    style:
      'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600;padding:.5rem 0}',
    body: `<h1>${w.html('heading', { organisation })}</h1>
<p>${w.html('intro', { version: String(version), date })}</p>
<table><caption>${w.html('caption')}</caption>
<thead><tr><th scope="col">${w.html('column.name')}</th><th scope="col">${w.html('column.legalEntity')}</th><th scope="col">${w.html('column.country')}</th><th scope="col">${w.html('column.service')}</th><th scope="col">${w.html('column.safeguards')}</th></tr></thead>
<tbody>
${rows || `<tr><td colspan="5">${w.html('empty')}</td></tr>`}
</tbody></table>
<section><h2>${w.html('subscribe.heading')}</h2>
<form method="post" action="/p/${slug}/subprocessors/subscribe?lang=${language}">
<label for="email">${w.html('subscribe.email')}</label> <input id="email" name="email" type="email" required autocomplete="email" maxlength="254"> <button type="submit">${w.html('subscribe.button')}</button>
</form>
<p>${w.html('subscribe.explanation')}</p>
</section>`,
  });
}
