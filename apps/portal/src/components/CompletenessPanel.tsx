import { Link } from 'react-router';
import { sentence } from '../lib/format.js';
import { EDITOR_SECTIONS, policyLocationPath, type PolicyLocation } from '../lib/policy-location.js';
import { Empty } from './States.js';

/** A problem of the API's completeness check (`policyCompleteness.problems`, `PolicyIncomplete.completeness`). */
export interface CompletenessProblemView {
  code: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
  /** The provision that asks for it, e.g. "GDPR Art. 13(1)(c)". */
  requirement: string;
  location: PolicyLocation;
}

/** "offices" → "offices", "dataCategoryIds" → "data category ids", "dpo.email" → "dpo email". */
function fieldWords(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._]/g, ' ')
    .toLowerCase();
}

/** "DE" → "German": the language a translation problem is about. */
function languageInWords(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(code.toLowerCase()) ?? code;
}

/**
 * Errors first, then warnings: each with its severity in words, the message as a link to the editor at the item
 * and field that fix it, and the provision that requires it.
 */
export function ProblemList({ problems, slug }: { problems: readonly CompletenessProblemView[]; slug: string }) {
  const ordered = [
    ...problems.filter((p) => p.severity === 'ERROR'),
    ...problems.filter((p) => p.severity !== 'ERROR'),
  ];
  return (
    <ul className="problem-list">
      {ordered.map((p, i) => (
        <li key={`${p.code}-${p.location.id ?? ''}-${i}`} className={`problem problem-${p.severity.toLowerCase()}`}>
          <span className="problem-severity">{p.severity === 'ERROR' ? 'Error' : 'Warning'}</span>
          <div>
            <p>
              {/* Opens the editor at the item and field to fix (a translation problem: the translations page at the text). */}
              <Link to={policyLocationPath(slug, p.location)}>{sentence(p.message)}</Link>
            </p>
            <p className="muted small">
              {p.requirement} · {EDITOR_SECTIONS[p.location.kind].label}
              {p.location.field ? ` · ${fieldWords(p.location.field)}` : ''}
              {p.location.language ? ` · in ${languageInWords(p.location.language)}` : ''}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The completeness check of a client's draft: whether it may be published, and every problem linked to its fix. */
export function CompletenessPanel({
  completeness,
  slug,
}: {
  completeness: { publishable: boolean; problems: readonly CompletenessProblemView[] };
  slug: string;
}) {
  const errors = completeness.problems.filter((p) => p.severity === 'ERROR').length;
  const warnings = completeness.problems.length - errors;
  return (
    <section className="card" aria-labelledby="completeness-heading">
      <div className="card-header">
        <h2 id="completeness-heading">Policy completeness</h2>
        <span className={completeness.publishable ? 'badge badge-completed' : 'badge badge-danger'}>
          {completeness.publishable ? 'Ready to publish' : 'Not ready to publish'}
        </span>
      </div>
      {completeness.problems.length === 0 ? (
        <Empty title="Nothing missing">
          <p>The draft covers every requirement of this client&apos;s regimes.</p>
        </Empty>
      ) : (
        <>
          <p className="muted">
            {errors} to fix before publishing, {warnings} warning{warnings === 1 ? '' : 's'}.{' '}
            {errors ? 'Errors block publishing; warnings do not.' : 'Warnings do not block publishing.'}
          </p>
          <ProblemList problems={completeness.problems} slug={slug} />
        </>
      )}
    </section>
  );
}
