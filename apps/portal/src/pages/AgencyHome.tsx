import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DueBadge } from '../components/Badges.js';
import { DueChart } from '../components/DueChart.js';
import { Empty, Loading } from '../components/States.js';
import { AGENCY_REQUESTS, ME, REQUEST_ROW, TENANTS } from '../graphql/operations.js';
import { readFragment, type ResultOf } from '../graphql/tada.js';
import { ErrorState } from '../lib/errors.js';
import { formatDate, OPEN_STATES } from '../lib/format.js';
import { CreateTenantDialog, type CreatedTenant } from './CreateTenantDialog.js';

type Request = ResultOf<typeof REQUEST_ROW>;

interface OpenSummary {
  open: number;
  overdue: number;
  next: Request | null;
}

function summarise(requests: readonly Request[]): Map<string, OpenSummary> {
  const map = new Map<string, OpenSummary>();
  for (const r of requests) {
    const s = map.get(r.tenant.id) ?? { open: 0, overdue: 0, next: null };
    s.open++;
    if (r.isOverdue) s.overdue++;
    if (!s.next || r.dueOn < s.next.dueOn) s.next = r;
    map.set(r.tenant.id, s);
  }
  return map;
}

type TenantRow = ResultOf<typeof TENANTS>['tenants']['edges'][number]['node'];
type PolicyStatus = NonNullable<TenantRow['policyStatus']>;
type ConsentActivity = NonNullable<TenantRow['consentActivity']>;

/** Published version and completeness of one tenant, from the status the tenants list carries for every card. */
function PolicyCells({ status }: { status: PolicyStatus | null }) {
  if (!status)
    return (
      <td colSpan={2} className="muted">
        Not available
      </td>
    );
  const problems = status.errorCount + status.warningCount;
  return (
    <>
      <td>
        {status.latestVersion !== null ? (
          <span>
            v{status.latestVersion} · {formatDate(status.latestEffectiveDate!)}
            {status.liveVersion !== status.latestVersion ? (
              <span className="muted small"> (v{status.liveVersion} live until then)</span>
            ) : null}
            {status.hasUnpublishedChanges ? <div className="warn-text small">Unpublished changes</div> : null}
          </span>
        ) : (
          <span className="muted">Not published</span>
        )}
      </td>
      <td>
        {problems === 0 ? (
          <span className="ok-text">✓ Complete</span>
        ) : (
          <span className={status.errorCount ? 'error-text' : 'warn-text'}>
            {status.errorCount ? `${status.errorCount} to fix` : ''}
            {status.errorCount && status.warningCount ? ', ' : ''}
            {status.warningCount ? `${status.warningCount} warning${status.warningCount === 1 ? '' : 's'}` : ''}
          </span>
        )}
      </td>
    </>
  );
}

/** Consent answers of the last 30 days, and when the newest came in. */
function ConsentCell({ activity, slug }: { activity: ConsentActivity | null; slug: string }) {
  if (!activity) return <td className="muted">–</td>;
  if (!activity.lastRecordedAt) return <td className="muted">None yet</td>;
  return (
    <td>
      {activity.events ? (
        <>
          <Link to={`/tenants/${slug}/consents`}>
            {activity.events} {activity.events === 1 ? 'answer' : 'answers'}
          </Link>{' '}
          in {activity.days} days
        </>
      ) : (
        <span className="muted">None in {activity.days} days</span>
      )}
      <div className="muted small">last {formatDate(activity.lastRecordedAt)}</div>
    </td>
  );
}

/** The home's "Show" filter: which clients need what. */
const ATTENTION: Record<
  string,
  { label: string; none: string; matches: (t: TenantRow, requests: OpenSummary | undefined) => boolean }
> = {
  '': { label: 'All clients', none: 'No client', matches: () => true },
  fix: {
    label: 'With problems to fix',
    none: 'No client has problems to fix',
    matches: (t) => (t.policyStatus?.errorCount ?? 0) > 0,
  },
  unpublished: {
    label: 'With unpublished changes',
    none: 'No client has unpublished changes',
    matches: (t) => Boolean(t.policyStatus?.hasUnpublishedChanges),
  },
  never: {
    label: 'Never published',
    none: 'Every client has published',
    matches: (t) => t.policyStatus !== null && t.policyStatus?.latestVersion === null,
  },
  overdue: {
    label: 'With overdue requests',
    none: 'No client has overdue requests',
    matches: (_t, r) => (r?.overdue ?? 0) > 0,
  },
};

export function AgencyHome() {
  const me = useQuery(ME);
  // Each card's policy status changes as the clients' policies are edited elsewhere in the portal: ask again on each visit.
  const tenants = useQuery(TENANTS, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const requests = useQuery(AGENCY_REQUESTS, { variables: { first: 100, states: [...OPEN_STATES] } });
  const [filter, setFilter] = useState('');
  const [attention, setAttention] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedTenant | null>(null);

  useEffect(() => {
    document.title = 'Clients · Noticeboard';
  }, []);

  const openRequests = useMemo(
    () => (requests.data?.agencyDataSubjectRequests.edges ?? []).map((e) => readFragment(REQUEST_ROW, e.node)),
    [requests.data],
  );
  const byTenant = useMemo(() => summarise(openRequests), [openRequests]);
  const all = tenants.data?.tenants.edges.map((e) => e.node) ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = all.filter(
    (t) =>
      (!needle || [t.legalName, t.displayName, t.slug].some((s) => s.toLowerCase().includes(needle))) &&
      ATTENTION[attention]!.matches(t, byTenant.get(t.id)),
  );
  const overdueTotal = openRequests.filter((r) => r.isOverdue).length;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Clients</h1>
          <p className="muted">
            {me.data?.me.agency
              ? `Every client of ${me.data.me.agency.name} at a glance.`
              : 'Every client at a glance.'}
          </p>
        </div>
        {me.data?.me.canCreateTenants ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New client
          </button>
        ) : null}
      </div>

      {created ? (
        <div className="notice notice-success" role="status">
          <p>
            {created.displayName} was created. <Link to={`/tenants/${created.slug}`}>Open {created.displayName}</Link>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="summary-heading" className="summary-grid">
        <h2 id="summary-heading" className="visually-hidden">
          Summary
        </h2>
        <div className="stat">
          <span className="stat-value">{tenants.data?.tenants.totalCount ?? '–'}</span>
          <span className="stat-label">clients</span>
        </div>
        <div className="stat">
          <span className="stat-value">{requests.data?.agencyDataSubjectRequests.totalCount ?? '–'}</span>
          <span className="stat-label">open requests</span>
        </div>
        <div className={`stat${overdueTotal ? ' stat-alert' : ''}`}>
          <span className="stat-value">{requests.data ? overdueTotal : '–'}</span>
          <span className="stat-label">overdue</span>
        </div>
      </section>

      <section aria-labelledby="clients-heading" className="card">
        <div className="card-header">
          <h2 id="clients-heading">Clients</h2>
          <div className="search">
            <label htmlFor="client-attention">Show</label>
            <select id="client-attention" value={attention} onChange={(e) => setAttention(e.target.value)}>
              {Object.entries(ATTENTION).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor="client-filter">Find a client</label>
            <input
              id="client-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder="Name or slug"
            />
          </div>
        </div>
        {tenants.error && !tenants.data ? (
          <ErrorState error={tenants.error} onRetry={() => void tenants.refetch()} />
        ) : !tenants.data ? (
          <Loading label="Loading clients…" />
        ) : all.length === 0 ? (
          <Empty title="No clients yet">
            <p>Create the first client to start keeping its privacy policy.</p>
          </Empty>
        ) : shown.length === 0 ? (
          <Empty title={needle ? `No client matches “${filter}”` : ATTENTION[attention]!.none} />
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Clients, with their policy and requests</caption>
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Published</th>
                  <th scope="col">Completeness</th>
                  <th scope="col">Consents</th>
                  <th scope="col">Open requests</th>
                  <th scope="col">Next due</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((t) => {
                  const s = byTenant.get(t.id);
                  return (
                    <tr key={t.id}>
                      <th scope="row">
                        <Link to={`/tenants/${t.slug}`}>{t.displayName}</Link>
                        {t.displayName !== t.legalName ? <div className="muted small">{t.legalName}</div> : null}
                      </th>
                      <PolicyCells status={t.policyStatus ?? null} />
                      <ConsentCell activity={t.consentActivity ?? null} slug={t.slug} />
                      <td>
                        {s ? (
                          <Link to={`/tenants/${t.slug}/requests`}>
                            {s.open} open{s.overdue ? <span className="error-text"> · {s.overdue} overdue</span> : null}
                          </Link>
                        ) : (
                          <span className="muted">None</span>
                        )}
                      </td>
                      <td>
                        {s?.next ? (
                          <>
                            {formatDate(s.next.dueOn)}{' '}
                            <DueBadge daysLeft={s.next.daysLeft} isOverdue={s.next.isOverdue} state={s.next.state} />
                          </>
                        ) : (
                          <span className="muted">–</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="due-heading" className="card">
        <div className="card-header">
          <h2 id="due-heading">Requests due</h2>
          <Link to="/requests">Open the inbox</Link>
        </div>
        {requests.error && !requests.data ? (
          <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
        ) : !requests.data ? (
          <Loading label="Loading requests…" />
        ) : (
          <DueChart items={openRequests} />
        )}
      </section>

      <CreateTenantDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(t) => {
          setCreating(false);
          setCreated(t);
        }}
      />
    </>
  );
}
