import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, Loading } from '../components/States.js';
import { TenantNav } from '../components/TenantNav.js';
import { TENANT_OVERVIEW } from '../graphql/operations.js';
import type { ResultOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';
import { ErrorState } from '../lib/errors.js';
import { formatDate, JURISDICTION_LABELS, label } from '../lib/format.js';
import { EDITOR_SECTIONS, policyLocationPath } from '../lib/policy-location.js';

type Completeness = ResultOf<typeof TENANT_OVERVIEW>['policyCompleteness'];

const PROFILE_FIELDS: { name: 'legalName' | 'tradingName' | 'contactEmail' | 'contactPhone' | 'website' | 'registrationNumber'; label: string }[] = [
  { name: 'legalName', label: 'Legal name' },
  { name: 'tradingName', label: 'Trading name' },
  { name: 'contactEmail', label: 'Contact email' },
  { name: 'contactPhone', label: 'Contact phone' },
  { name: 'website', label: 'Website' },
  { name: 'registrationNumber', label: 'Registration number' },
];

function CompletenessPanel({ completeness, slug }: { completeness: Completeness; slug: string }) {
  const errors = completeness.problems.filter((p) => p.severity === 'ERROR');
  const warnings = completeness.problems.filter((p) => p.severity === 'WARNING');
  return (
    <section className="card" aria-labelledby="completeness-heading">
      <div className="card-header">
        <h2 id="completeness-heading">Policy completeness</h2>
        <span className={completeness.publishable ? 'badge badge-completed' : 'badge badge-danger'}>{completeness.publishable ? 'Ready to publish' : 'Not ready to publish'}</span>
      </div>
      {completeness.problems.length === 0 ? (
        <Empty title="Nothing missing">
          <p>The draft covers every requirement of this client&apos;s regimes.</p>
        </Empty>
      ) : (
        <>
          <p className="muted">
            {errors.length} to fix before publishing, {warnings.length} warning{warnings.length === 1 ? '' : 's'}.
          </p>
          <ul className="problem-list">
            {[...errors, ...warnings].map((p, i) => (
              <li key={`${p.code}-${p.location.id ?? ''}-${i}`} className={`problem problem-${p.severity.toLowerCase()}`}>
                <span className="problem-severity">{p.severity === 'ERROR' ? 'Fix' : 'Warning'}</span>
                <div>
                  <p>
                    {/* Opens the editor at the item and field to fix. */}
                    <Link to={policyLocationPath(slug, p.location)}>{p.message}</Link>
                  </p>
                  <p className="muted small">
                    {p.requirement} · {EDITOR_SECTIONS[p.location.kind].label}
                    {p.location.field ? ` · ${p.location.field}` : ''}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function TenantPage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(TENANT_OVERVIEW, { ...inTenant(slug), fetchPolicy: 'network-only' });
  const tenant = data?.currentTenant;

  useEffect(() => {
    document.title = `${tenant?.displayName ?? slug} · Noticeboard`;
  }, [tenant?.displayName, slug]);

  if (error && !data)
    return (
      <>
        <h1>{slug}</h1>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data || !tenant)
    return (
      <>
        <h1>{slug}</h1>
        <Loading />
      </>
    );
  const versions = data.policyVersions.edges.map((e) => e.node).reverse();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{tenant.displayName}</h1>
          <p className="muted">
            {tenant.jurisdictions.map((j) => label(JURISDICTION_LABELS, j)).join(' · ')} · your role: {tenant.viewer.role.toLowerCase()}
          </p>
        </div>
        <div className="actions">
          {tenant.viewer.canReadRequests ? (
            <Link className="button" to={`/tenants/${tenant.slug}/requests`}>
              Requests
            </Link>
          ) : null}
          <a className="button" href={tenant.publicLinks.privacyPolicy} target="_blank" rel="noreferrer">
            Live policy<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </div>
      </div>
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      <div className="detail-grid">
        <section className="card" aria-labelledby="profile-heading">
          <div className="card-header">
            <h2 id="profile-heading">Company profile</h2>
            {tenant.viewer.canUpdateProfile ? (
              <Link className="button" to={policyLocationPath(tenant.slug, { kind: 'CONTROLLER' })}>
                Edit profile
              </Link>
            ) : null}
          </div>
          <dl className="facts">
            {PROFILE_FIELDS.map((f) => (
              <div key={f.name} className="fact">
                <dt>{f.label}</dt>
                <dd>{tenant[f.name] ?? <span className="muted">–</span>}</dd>
              </div>
            ))}
          </dl>
        </section>
        <div className="stack">
          <CompletenessPanel completeness={data.policyCompleteness} slug={tenant.slug} />
          <section className="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Published versions</h2>
            {versions.length === 0 ? (
              <Empty title="Not published yet" />
            ) : (
              <ul className="version-list">
                {versions.map((v) => (
                  <li key={v.version}>
                    <a href={v.url} target="_blank" rel="noreferrer">
                      Version {v.version}
                    </a>{' '}
                    {v.isLive ? <span className="badge badge-completed">live</span> : null}
                    <div className="muted small">
                      effective {formatDate(v.effectiveDate)} · {v.changeSummary}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
