import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DueBadge, StateBadge } from '../components/Badges.js';
import { Empty, Loading } from '../components/States.js';
import {
  AGENCY_REQUESTS,
  REQUEST_ROW,
  REQUEST_SETTINGS_FIELDS,
  TENANT_REQUESTS,
  TENANTS,
} from '../graphql/operations.js';
import { readFragment, type VariablesOf } from '../graphql/tada.js';
import { inTenant } from '../lib/apollo.js';
import { choiceOrNull, type Choices } from '../components/form/index.js';
import { ErrorState } from '../lib/errors.js';
import { formatDate, label, OPEN_STATES, REQUEST_STATE_LABELS, REQUEST_TYPE_LABELS } from '../lib/format.js';
import { RecordRequestDialog } from './RecordRequestDialog.js';
import { RequestSettingsPanel } from './RequestSettingsPanel.js';

type Filters = VariablesOf<typeof AGENCY_REQUESTS>;

/** The requests inbox: every tenant's (agency) or one tenant's (`/tenants/:slug/requests`), soonest due first. */
/** A filter's value as a one-item list of the API's enum, or null (no filter) when blank or not one of `choices`. */
function choiceList<T extends string>(value: string, choices: Choices<T>): T[] | null {
  const chosen = choiceOrNull(value, choices);
  return chosen ? [chosen] : null;
}

export function RequestsInbox() {
  const { slug } = useParams();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? 'OPEN';
  const type = params.get('type') ?? '';
  const tenant = params.get('tenant') ?? '';
  const overdue = params.get('overdue') === '1';
  const search = useDeferredValue(params.get('q') ?? '');

  useEffect(() => {
    document.title = `Requests${slug ? ` · ${slug}` : ''} · Noticeboard`;
  }, [slug]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const variables: Filters = {
    first: 100,
    states: state === 'OPEN' ? [...OPEN_STATES] : state === 'ALL' ? null : choiceList(state, REQUEST_STATE_LABELS),
    types: choiceList(type, REQUEST_TYPE_LABELS),
    overdue: overdue ? true : null,
    search: search.trim() || null,
    tenantIds: !slug && tenant ? [tenant] : null,
  };
  const tenants = useQuery(TENANTS, { variables: { first: 100 }, skip: Boolean(slug) });
  const agency = useQuery(AGENCY_REQUESTS, { variables, skip: Boolean(slug) });
  const { tenantIds: _ignored, ...tenantVariables } = variables;
  const single = useQuery(TENANT_REQUESTS, {
    variables: tenantVariables,
    skip: !slug,
    ...inTenant(slug ?? ''),
    fetchPolicy: 'network-only',
  });
  const query = slug ? single : agency;
  const connection = slug ? single.data?.dataSubjectRequests : agency.data?.agencyDataSubjectRequests;
  const rows = (connection?.edges ?? []).map((e) => readFragment(REQUEST_ROW, e.node));
  // The last answer stays while the page's query is fetched again, so the dialogs it opens keep their state.
  const tenantData = slug ? (single.data ?? single.previousData) : undefined;
  const currentTenant = tenantData?.currentTenant;
  const tenantName = currentTenant?.legalName ?? rows[0]?.tenant.legalName;
  const settings = tenantData ? readFragment(REQUEST_SETTINGS_FIELDS, tenantData.requestSettings) : null;
  const [loadingMore, setLoadingMore] = useState(false);
  const [recording, setRecording] = useState(false);

  /** The next page after the last row shown, appended (the API gives at most 100 at a time). */
  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      if (slug)
        await single.fetchMore({
          variables: { after },
          updateQuery: (prev, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            dataSubjectRequests: {
              ...fetchMoreResult.dataSubjectRequests,
              edges: [...prev.dataSubjectRequests.edges, ...fetchMoreResult.dataSubjectRequests.edges],
            },
          }),
        });
      else
        await agency.fetchMore({
          variables: { after },
          updateQuery: (prev, { fetchMoreResult }) => ({
            agencyDataSubjectRequests: {
              ...fetchMoreResult.agencyDataSubjectRequests,
              edges: [...prev.agencyDataSubjectRequests.edges, ...fetchMoreResult.agencyDataSubjectRequests.edges],
            },
          }),
        });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          {slug ? (
            <nav aria-label="Breadcrumb" className="breadcrumb">
              <Link to={`/tenants/${slug}`}>{tenantName ?? slug}</Link>
            </nav>
          ) : null}
          <h1>{slug ? 'Requests' : 'Requests inbox'}</h1>
          <p className="muted">
            {slug
              ? 'This client’s data-subject requests, soonest due first.'
              : 'Data-subject requests of every client, soonest due first.'}
          </p>
        </div>
        {slug && currentTenant?.viewer.canHandleRequests ? (
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setRecording(true)}>
              Record a request
            </button>
          </div>
        ) : null}
      </div>
      {slug && settings && currentTenant ? (
        <>
          <RequestSettingsPanel tenant={slug} settings={settings} canEdit={currentTenant.viewer.canUpdateProfile} />
          {currentTenant.viewer.canHandleRequests ? (
            <RecordRequestDialog
              tenant={slug}
              jurisdictions={currentTenant.jurisdictions}
              timeZone={settings.timeZone}
              open={recording}
              onClose={() => setRecording(false)}
            />
          ) : null}
        </>
      ) : null}

      <form className="filters" role="search" aria-label="Filter requests" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="f-state">State</label>
          <select
            id="f-state"
            value={state}
            onChange={(e) => set('state', e.target.value === 'OPEN' ? '' : e.target.value)}
          >
            <option value="OPEN">Open</option>
            <option value="ALL">All</option>
            {Object.entries(REQUEST_STATE_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="f-type">Type</label>
          <select id="f-type" value={type} onChange={(e) => set('type', e.target.value)}>
            <option value="">All types</option>
            {Object.entries(REQUEST_TYPE_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        {!slug ? (
          <div className="filter">
            <label htmlFor="f-tenant">Client</label>
            <select id="f-tenant" value={tenant} onChange={(e) => set('tenant', e.target.value)}>
              <option value="">All clients</option>
              {tenants.data?.tenants.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="filter filter-grow">
          <label htmlFor="f-search">Search</label>
          <input
            id="f-search"
            type="search"
            value={params.get('q') ?? ''}
            onChange={(e) => set('q', e.target.value)}
            placeholder="Reference, name or email"
          />
        </div>
        <label className="checkbox filter-check">
          <input type="checkbox" checked={overdue} onChange={(e) => set('overdue', e.target.checked ? '1' : '')} />
          Overdue only
        </label>
      </form>

      <section className="card" aria-label="Requests">
        {query.error && !connection ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !connection ? (
          <Loading label="Loading requests…" />
        ) : rows.length === 0 ? (
          <Empty title="No requests match">
            <p>
              Change the filters, wait for people to use the request form, or record one that came by phone or post.
            </p>
            {settings?.formUrl ? (
              <p>
                People make requests at{' '}
                <a href={settings.formUrl} target="_blank" rel="noreferrer">
                  the client’s request form
                </a>
                , which every published policy links from its rights section.
              </p>
            ) : null}
          </Empty>
        ) : (
          <>
            <p className="muted small" role="status">
              {connection.totalCount} request{connection.totalCount === 1 ? '' : 's'}
              {connection.totalCount > rows.length ? `, ${rows.length} shown` : ''}
            </p>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Requests, soonest due first</caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    {!slug ? <th scope="col">Client</th> : null}
                    <th scope="col">Type</th>
                    <th scope="col">Requester</th>
                    <th scope="col">State</th>
                    <th scope="col">Due</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} className={r.isOverdue ? 'row-overdue' : undefined}>
                      <th scope="row">
                        <Link to={`/tenants/${r.tenant.slug}/requests/${r.id}`}>{r.reference}</Link>
                        <div className="muted small">received {formatDate(r.receivedAt)}</div>
                      </th>
                      {!slug ? <td>{r.tenant.legalName}</td> : null}
                      <td>{label(REQUEST_TYPE_LABELS, r.type)}</td>
                      <td>
                        {r.requesterName}
                        <div className="muted small">{r.requesterEmail}</div>
                      </td>
                      <td>
                        <StateBadge state={r.state} />
                        {r.extended ? (
                          <>
                            {' '}
                            <span className="badge badge-extended">Extended</span>
                          </>
                        ) : null}
                      </td>
                      <td>
                        <span className="nowrap">{formatDate(r.dueOn)}</span>{' '}
                        {r.state === 'MERGED' ? (
                          <span className="badge badge-closed">closed</span>
                        ) : (
                          <DueBadge daysLeft={r.daysLeft} isOverdue={r.isOverdue} state={r.state} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {connection.pageInfo.hasNextPage ? (
              <p className="load-more">
                <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : 'Show more requests'}
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
