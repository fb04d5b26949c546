import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { CompletenessPanel } from '../components/CompletenessPanel.js';
import { Empty, Loading } from '../components/States.js';
import { TenantNav } from '../components/TenantNav.js';
import { TENANT_OVERVIEW } from '../graphql/operations.js';
import { inTenant } from '../lib/apollo.js';
import { ErrorState, errorCode } from '../lib/errors.js';
import { formatDate, JURISDICTION_LABELS, label } from '../lib/format.js';
import { policyLocationPath } from '../lib/policy-location.js';

const PROFILE_FIELDS: {
  name: 'legalName' | 'tradingName' | 'contactEmail' | 'contactPhone' | 'website' | 'registrationNumber';
  label: string;
}[] = [
  { name: 'legalName', label: 'Legal name' },
  { name: 'tradingName', label: 'Trading name' },
  { name: 'contactEmail', label: 'Contact email' },
  { name: 'contactPhone', label: 'Contact phone' },
  { name: 'website', label: 'Website' },
  { name: 'registrationNumber', label: 'Registration number' },
];

export function TenantPage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(TENANT_OVERVIEW, { ...inTenant(slug), fetchPolicy: 'network-only' });
  const tenant = data?.currentTenant;

  useEffect(() => {
    document.title = `${tenant?.displayName ?? slug} · Noticeboard`;
  }, [tenant?.displayName, slug]);

  if (error && !data) {
    // The API does not say whether a client it will not show exists: both read as "not here for you".
    const absent = ['FORBIDDEN', 'NOT_FOUND'].includes(errorCode(error) ?? '');
    return (
      <>
        <h1>{absent ? 'Client not found' : slug}</h1>
        {absent ? (
          <div className="notice" role="alert">
            <p>There is no client at this address, or you are not a member of it.</p>
            <p>
              <Link to="/">Back to your clients</Link>
            </p>
          </div>
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
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
            {tenant.jurisdictions.map((j) => label(JURISDICTION_LABELS, j)).join(' · ')} · your role:{' '}
            {tenant.viewer.role.toLowerCase()}
          </p>
        </div>
        <div className="actions">
          {tenant.viewer.canReadRequests ? (
            <Link className="button" to={`/tenants/${tenant.slug}/requests`}>
              Requests
            </Link>
          ) : null}
          {/* Before the first version there is no live page to open (it would be a 404). */}
          {versions.length ? (
            <a className="button" href={tenant.publicLinks.privacyPolicy} target="_blank" rel="noreferrer">
              Live policy<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="muted">Not published yet</span>
          )}
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
            <div className="card-header">
              <h2 id="versions-heading">Published versions</h2>
              <Link to={`/tenants/${encodeURIComponent(tenant.slug)}/policy`}>Publish &amp; versions</Link>
            </div>
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
