import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Field, ProblemSummary } from '../components/Field.js';
import { Empty, Loading } from '../components/States.js';
import { TenantNav } from '../components/TenantNav.js';
import { TENANT_OVERVIEW, UPDATE_TENANT } from '../graphql/operations.js';
import type { ResultOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';
import { ErrorState, friendlyMessage, problemsByPath, problemsFromError, unplaced, type Problem } from '../lib/errors.js';
import { formatDate, JURISDICTION_LABELS, label } from '../lib/format.js';

type Tenant = ResultOf<typeof TENANT_OVERVIEW>['currentTenant'];
type Completeness = ResultOf<typeof TENANT_OVERVIEW>['policyCompleteness'];

const PROFILE_FIELDS: { name: 'legalName' | 'tradingName' | 'contactEmail' | 'contactPhone' | 'website' | 'registrationNumber'; label: string; type?: string; required?: boolean }[] = [
  { name: 'legalName', label: 'Legal name', required: true },
  { name: 'tradingName', label: 'Trading name' },
  { name: 'contactEmail', label: 'Contact email', type: 'email', required: true },
  { name: 'contactPhone', label: 'Contact phone', type: 'tel' },
  { name: 'website', label: 'Website', type: 'url' },
  { name: 'registrationNumber', label: 'Registration number' },
];

function ProfileForm({ tenant, onDone }: { tenant: Tenant; onDone: () => void }) {
  const [update, { loading }] = useMutation(UPDATE_TENANT, inTenant(tenant.id));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const byPath = problemsByPath(problems);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const optional = (name: string) => value(name) || null;
    setProblems([]);
    setFailure(null);
    try {
      const { data } = await update({
        variables: {
          input: {
            id: tenant.id,
            legalName: value('legalName'),
            contactEmail: value('contactEmail'),
            tradingName: optional('tradingName'),
            contactPhone: optional('contactPhone'),
            website: optional('website'),
            registrationNumber: optional('registrationNumber'),
            jurisdictions: form.getAll('jurisdictions').map(String) as never,
          },
        },
        refetchQueries: ['TenantOverview'],
        awaitRefetchQueries: true,
      });
      const result = data?.updateTenant;
      if (result?.__typename === 'ValidationFailed') setProblems([...result.problems]);
      else onDone();
    } catch (error) {
      const fromInput = problemsFromError(error);
      if (fromInput.length) setProblems(fromInput);
      else setFailure(friendlyMessage(error));
    }
  };

  const rest = unplaced(problems, [...PROFILE_FIELDS.map((f) => f.name), 'jurisdictions']);
  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <ProblemSummary failure={failure} problems={problems} unplaced={rest} />
      <div className="form-grid">
        {PROFILE_FIELDS.map((f) => (
          <Field key={f.name} label={f.label} problems={byPath.get(f.name)}>
            {(p) => <input {...p} name={f.name} type={f.type ?? 'text'} defaultValue={tenant[f.name] ?? ''} required={f.required} />}
          </Field>
        ))}
      </div>
      <fieldset className={`field${byPath.get('jurisdictions') ? ' field-invalid' : ''}`}>
        <legend>Jurisdictions</legend>
        <div className="checkbox-grid">
          {Object.entries(JURISDICTION_LABELS).map(([value, text]) => (
            <label key={value} className="checkbox">
              <input type="checkbox" name="jurisdictions" value={value} defaultChecked={tenant.jurisdictions.includes(value as never)} />
              {text}
            </label>
          ))}
        </div>
        {byPath.get('jurisdictions') ? <p className="field-error">{byPath.get('jurisdictions')!.map((p) => p.message).join(' ')}</p> : null}
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save profile'}
        </button>
      </div>
    </form>
  );
}

function CompletenessPanel({ completeness }: { completeness: Completeness }) {
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
                  <p>{p.message}</p>
                  <p className="muted small">
                    {p.requirement} · {label({}, p.location.kind)}
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
  const [editing, setEditing] = useState(false);
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
            {tenant.viewer.canUpdateProfile && !editing ? (
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit profile
              </button>
            ) : null}
          </div>
          {editing ? (
            <ProfileForm tenant={tenant} onDone={() => setEditing(false)} />
          ) : (
            <dl className="facts">
              {PROFILE_FIELDS.map((f) => (
                <div key={f.name} className="fact">
                  <dt>{f.label}</dt>
                  <dd>{tenant[f.name] ?? <span className="muted">–</span>}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
        <div className="stack">
          <CompletenessPanel completeness={data.policyCompleteness} />
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
