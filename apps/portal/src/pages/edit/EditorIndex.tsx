import { Link } from 'react-router';
import { EDITOR_SECTIONS, policyLocationPath, type PolicyLocationKind } from '../../lib/policy-location.js';
import { useEditor } from './editor-kit.js';
import { sectionCount, sectionProblems } from './EditorLayout.js';

const DESCRIPTIONS: Record<PolicyLocationKind, string> = {
  CONTROLLER: 'Who the controller is: names, offices, contact, DPO, representatives, supervisory authority, regimes.',
  SETTINGS: 'Policy-wide statements: rights contact, sale or sharing, security measures, children, changes.',
  AUDIENCE: 'The groups of people the policy speaks to: visitors, customers, applicants…',
  DATA_CATEGORY: 'What personal data is collected, where it comes from, and whether it is special-category data.',
  PURPOSE: 'Why data is used: legal basis, audiences and data covered, recipients, retention.',
  RECIPIENT: 'Who receives the data: processors from the agency catalog or the client’s own, with transfer safeguards.',
  COOKIE:
    'Cookies and similar technologies, one by one or by category, with their provider, lifetime and the purposes they serve.',
  CLAUSE: 'Free text (markdown) placed in a named section of the policy.',
};

/** `/tenants/:slug/edit`: each section with how many items it holds and what the completeness check found there. */
export function EditorIndex() {
  const { data, tenant } = useEditor();
  const kinds = Object.keys(EDITOR_SECTIONS) as PolicyLocationKind[];
  return (
    <ul className="editor-index" aria-label="Sections of the policy">
      {kinds.map((kind) => {
        const count = sectionCount(data, kind);
        const problems = sectionProblems(data, kind);
        const errors = problems.filter((p) => p.severity === 'ERROR').length;
        const warnings = problems.length - errors;
        return (
          <li key={kind} className="card editor-index-item">
            <h2>
              <Link to={policyLocationPath(tenant.slug, { kind })}>{EDITOR_SECTIONS[kind].label}</Link>
            </h2>
            <p className="muted small">{DESCRIPTIONS[kind]}</p>
            <p className="small">
              {count !== null ? `${count} ${count === 1 ? 'item' : 'items'}` : null}
              {count !== null ? ' · ' : null}
              {errors ? (
                <span className="error-text">{errors} to fix</span>
              ) : (
                <span className="ok-text">nothing to fix</span>
              )}
              {warnings ? (
                <span className="warn-text">
                  {' '}
                  · {warnings} warning{warnings === 1 ? '' : 's'}
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
