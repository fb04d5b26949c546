import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Empty, Loading } from '../../components/States.js';
import { DELETE_SUBPROCESSOR_SUBSCRIBER, SUBPROCESSOR_SUBSCRIBERS } from '../../graphql/settings.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime, label } from '../../lib/format.js';
import { currentCursor, firstPage, SUBSCRIBER_STATUS_LABELS } from './settings-format.js';
import { choiceOrNull, outcomeOf, succeeded } from '../../components/form/index.js';
import { NotPermitted, Pager, StatusBadge, StatusNotice } from './settings-ui.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

type Subscriber = ResultOf<typeof SUBPROCESSOR_SUBSCRIBERS>['subprocessorSubscribers']['edges'][number]['node'];

const PAGE_SIZE = 25;
const TONES: Record<string, 'ok' | 'info' | 'neutral'> = { CONFIRMED: 'ok', PENDING: 'info', UNSUBSCRIBED: 'neutral' };

/** `/tenants/:slug/settings/subscribers`: who is told when the sub-processor list changes; remove one. */
export function SubscribersSettings() {
  const tenant = useSettingsTenant();
  const allowed = tenant.viewer.canManageMembers;
  const [status, setStatus] = useState('');
  const [pages, setPages] = useState(firstPage);
  const query = useQuery(SUBPROCESSOR_SUBSCRIBERS, {
    variables: {
      first: PAGE_SIZE,
      after: currentCursor(pages),
      status: choiceOrNull(status, SUBSCRIBER_STATUS_LABELS),
    },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  const [remove] = useMutation(DELETE_SUBPROCESSOR_SUBSCRIBER, inTenant(tenant.id));
  const [removing, setRemoving] = useState<Subscriber | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!allowed) return <NotPermitted what="this client’s sub-processor subscribers" />;
  const connection = query.data?.subprocessorSubscribers;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section className="card" aria-labelledby="subscribers-heading">
      <h2 id="subscribers-heading">Sub-processor subscribers</h2>
      <p className="muted">
        People subscribe on the public sub-processor page and confirm by email; confirmed subscribers are emailed when a
        published version changes the list.
      </p>
      <StatusNotice message={notice} onDismiss={() => setNotice(null)} />
      <form className="filters" role="search" aria-label="Filter subscribers" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="s-status">Status</label>
          <select
            id="s-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setPages(firstPage);
            }}
          >
            <option value="">Any status</option>
            {Object.entries(SUBSCRIBER_STATUS_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </form>
      {query.error && !connection ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !connection ? (
        <Loading label="Loading subscribers…" />
      ) : rows.length === 0 ? (
        <Empty title={status ? 'No subscribers match' : 'No subscribers yet'} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Sub-processor subscribers, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Status</th>
                  <th scope="col">Subscribed</th>
                  <th scope="col">Confirmed</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className="break">
                      {s.email}
                    </th>
                    <td>
                      <StatusBadge tone={TONES[s.status] ?? 'neutral'}>
                        {label(SUBSCRIBER_STATUS_LABELS, s.status)}
                      </StatusBadge>
                      {s.unsubscribedAt ? (
                        <div className="muted small">on {formatDateTime(s.unsubscribedAt)}</div>
                      ) : null}
                    </td>
                    <td className="nowrap">{formatDateTime(s.createdAt)}</td>
                    <td className="nowrap">
                      {s.confirmedAt ? formatDateTime(s.confirmedAt) : <span className="muted">not yet</span>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => setRemoving(s)}
                      >
                        Remove<span className="visually-hidden"> {s.email}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Subscribers"
            pages={pages}
            onPages={setPages}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            connection={connection}
          />
        </>
      )}
      <ConfirmDialog
        title="Remove subscriber"
        open={removing !== null}
        confirmLabel="Remove subscriber"
        busyLabel="Removing…"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          const who = removing!;
          const outcome = await outcomeOf(
            () =>
              remove({
                variables: { id: who.id },
                refetchQueries: ['SubprocessorSubscribers'],
                awaitRefetchQueries: true,
              }),
            () => null,
          );
          if (succeeded(outcome)) setNotice(`${who.email} was removed.`);
          return outcome;
        }}
      >
        {removing ? (
          <p>
            Remove <strong className="break">{removing.email}</strong> and their links altogether? They get no further
            notices; they can subscribe again on the public page.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
