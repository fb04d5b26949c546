import escapeHtml from 'escape-html';
import { displayName, subprocessorsOf, type PolicySnapshot } from '@noticeboard/domain';
import { htmlPage } from '../../http/html-page.js';

const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
/** How the public list and the change notices name each transfer safeguard. */
export const SAFEGUARD_WORDS: Record<string, string> = {
  ADEQUACY_DECISION: 'adequacy decision',
  STANDARD_CONTRACTUAL_CLAUSES: 'standard contractual clauses',
  UK_IDTA: 'UK International Data Transfer Agreement',
  UK_ADDENDUM: 'UK Addendum to the standard contractual clauses',
  // The framework by its family name: its EU, UK and Swiss parts are the policy's to name, per regime.
  DATA_PRIVACY_FRAMEWORK: 'Data Privacy Framework',
  PRIVACY_SHIELD: 'EU-US Privacy Shield',
  BINDING_CORPORATE_RULES: 'binding corporate rules',
  DEROGATION: 'derogation (Art. 49)',
};

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
export function renderSubprocessorsHtml(snapshot: PolicySnapshot, version: number, effectiveDate: string): string {
  const rows = subprocessorEntries(snapshot)
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.name)}</th><td>${escapeHtml(s.legalEntity ?? '')}</td><td>${escapeHtml(s.countryName ?? '')}${
          s.processingCountries.length
            ? ` (also ${escapeHtml(s.processingCountries.map((c) => countryName.of(c) ?? c).join(', '))})`
            : ''
        }</td><td>${escapeHtml(s.service ?? '')}</td><td>${escapeHtml(s.safeguards.map((g) => SAFEGUARD_WORDS[g] ?? g).join(', ') || '—')}</td></tr>`,
    )
    .join('\n');
  const name = escapeHtml(displayName(snapshot.controller));
  return htmlPage({
    title: `${displayName(snapshot.controller)} — Sub-processors`,
    style:
      'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:600;padding:.5rem 0}',
    body: `<h1>${name}: sub-processors</h1>
<p>The processors that handle personal data on our behalf, as of version ${version} of our privacy policy (effective <time datetime="${escapeHtml(effectiveDate)}">${escapeHtml(effectiveDate)}</time>).</p>
<table><caption>Sub-processors</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Legal entity</th><th scope="col">Country</th><th scope="col">Service</th><th scope="col">Transfer safeguard</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">We use no sub-processors.</td></tr>'}
</tbody></table>
<section><h2>Get notified of changes</h2>
<form method="post" action="/p/${escapeHtml(encodeURIComponent(snapshot.controller.slug))}/subprocessors/subscribe">
<label for="email">Email address</label> <input id="email" name="email" type="email" required autocomplete="email" maxlength="254"> <button type="submit">Subscribe</button>
</form>
<p>We first send a link to confirm the address; every notice has a link to unsubscribe.</p>
</section>`,
  });
}
