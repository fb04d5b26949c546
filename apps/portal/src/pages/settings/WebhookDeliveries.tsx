import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, Loading } from '../../components/States.js';
import { WEBHOOK_DELIVERIES } from '../../graphql/settings.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime, label } from '../../lib/format.js';
import {
  currentCursor,
  DELIVERY_STATUS_LABELS,
  firstPage,
  formatDuration,
  WEBHOOK_EVENT_VALUES,
  WEBHOOK_EVENTS,
} from './settings-format.js';
import { NotPermitted, Pager, StatusBadge } from './settings-ui.js';
import { choiceOrNull } from '../../components/form/index.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';
import { eventLabel } from './WebhooksSettings.js';

const PAGE_SIZE = 25;
const DELIVERY_TONES: Record<string, 'ok' | 'warn' | 'danger' | 'info'> = {
  SUCCEEDED: 'ok',
  RETRYING: 'warn',
  FAILED: 'danger',
  PENDING: 'info',
};

/** `/tenants/:slug/settings/webhooks/:endpointId`: one endpoint and its delivery log, newest first, paged. */
export function WebhookDeliveries() {
  const tenant = useSettingsTenant();
  const { endpointId = '' } = useParams();
  const allowed = tenant.viewer.canManageApiKeys;
  const [status, setStatus] = useState('');
  const [eventType, setEventType] = useState('');
  const [pages, setPages] = useState(firstPage);
  const query = useQuery(WEBHOOK_DELIVERIES, {
    variables: {
      id: endpointId,
      first: PAGE_SIZE,
      after: currentCursor(pages),
      status: choiceOrNull(status, DELIVERY_STATUS_LABELS),
      eventType: choiceOrNull(eventType, WEBHOOK_EVENT_VALUES),
    },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  const endpoint = query.data?.webhookEndpoint;
  const deliveries = endpoint?.deliveries;
  const rows = deliveries?.edges.map((e) => e.node) ?? [];
  // While attempts are still to come, look again now and then so the log shows how they went.
  const inFlight = rows.some((d) => d.status === 'PENDING' || d.status === 'RETRYING');
  useQueryPolling(query, inFlight ? 3000 : 0);

  if (!allowed) return <NotPermitted what="this client’s webhooks" />;
  const base = `/tenants/${encodeURIComponent(tenant.slug)}/settings/webhooks`;
  const filter = (set: (v: string) => void) => (value: string) => {
    set(value);
    setPages(firstPage);
  };

  return (
    <section className="card" aria-labelledby="deliveries-heading">
      <p className="small">
        <Link to={base}>← All webhook endpoints</Link>
      </p>
      <h2 id="deliveries-heading" className="break">
        Deliveries{endpoint ? ` to ${endpoint.url}` : ''}
      </h2>
      {endpoint ? (
        <p className="muted small">
          {endpoint.enabled ? 'Enabled' : 'Disabled'} · events:{' '}
          {endpoint.events.map((e) => eventLabel(e)?.wire ?? e).join(', ')} · secret ends in{' '}
          <code>{endpoint.secretHint}</code>
        </p>
      ) : null}
      <form className="filters" role="search" aria-label="Filter deliveries" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="d-status">Status</label>
          <select id="d-status" value={status} onChange={(e) => filter(setStatus)(e.target.value)}>
            <option value="">Any status</option>
            {Object.entries(DELIVERY_STATUS_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="d-event">Event</label>
          <select id="d-event" value={eventType} onChange={(e) => filter(setEventType)(e.target.value)}>
            <option value="">Any event</option>
            {WEBHOOK_EVENTS.map((e) => (
              <option key={e.value} value={e.value}>
                {e.wire}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Refresh
        </button>
      </form>
      {query.error && !deliveries ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !deliveries ? (
        <Loading label="Loading deliveries…" />
      ) : rows.length === 0 ? (
        <Empty title={status || eventType ? 'No deliveries match' : 'No deliveries yet'}>
          <p>A delivery is logged here as soon as one of the chosen events happens.</p>
        </Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Deliveries to this endpoint, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Response</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className="nowrap">
                      {formatDateTime(d.createdAt)}
                    </th>
                    <td>
                      <code>{eventLabel(d.eventType)?.wire ?? d.eventType}</code>
                    </td>
                    <td>
                      <StatusBadge tone={DELIVERY_TONES[d.status] ?? 'info'}>
                        {label(DELIVERY_STATUS_LABELS, d.status)}
                      </StatusBadge>
                      {d.deliveredAt ? <div className="muted small">at {formatDateTime(d.deliveredAt)}</div> : null}
                      {d.nextAttemptAt ? (
                        <div className="muted small">next try {formatDateTime(d.nextAttemptAt)}</div>
                      ) : null}
                    </td>
                    <td>{d.attempts}</td>
                    <td className="nowrap">
                      {d.lastStatusCode !== null && d.lastStatusCode !== undefined ? (
                        `HTTP ${d.lastStatusCode}`
                      ) : (
                        <span className="muted">no answer</span>
                      )}
                      {d.responseTimeMs !== null && d.responseTimeMs !== undefined ? (
                        <div className="muted small">{formatDuration(d.responseTimeMs)}</div>
                      ) : null}
                    </td>
                    <td>
                      {d.lastError ? <p className="small error-text">{d.lastError}</p> : null}
                      <details>
                        <summary>Payload</summary>
                        <p className="muted small">
                          Event id <code>{d.eventId}</code>
                        </p>
                        <pre className="payload">{JSON.stringify(d.payload, null, 2)}</pre>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Deliveries"
            pages={pages}
            onPages={setPages}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            connection={deliveries}
          />
        </>
      )}
    </section>
  );
}

/** Polls a query while `interval` is not 0. */
function useQueryPolling(query: { startPolling: (ms: number) => void; stopPolling: () => void }, interval: number) {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!interval) return undefined;
    startPolling(interval);
    return () => stopPolling();
  }, [interval, startPolling, stopPolling]);
}
