import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Empty, Loading } from '../../components/States.js';
import { AUDIT_ACTORS, AUDIT_LOG } from '../../graphql/settings.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDate, formatDateTime, label } from '../../lib/format.js';
import {
  AUDIT_ACTOR_KIND_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_OPERATION_LABELS,
  auditChanges,
  currentCursor,
  dayRange,
  firstPage,
} from './settings-format.js';
import { NotPermitted, Pager } from './settings-ui.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

type Entry = ResultOf<typeof AUDIT_LOG>['auditLog']['edges'][number]['node'];

const PAGE_SIZE = 25;
const FILTERS = ['actor', 'action', 'entity', 'from', 'to'] as const;

/** The changed fields of one entry as a small table a person can read: before and after, or the values set or lost. */
function Changes({ entry }: { entry: Entry }) {
  const rows = auditChanges(entry.operation, entry.before, entry.after);
  if (!rows.length) return <span className="muted small">No field changed</span>;
  const update = entry.operation === 'UPDATE';
  const empty = (
    <span className="muted" aria-label="empty">
      —
    </span>
  );
  return (
    <table className="changes">
      <caption className="visually-hidden">
        {update ? 'Fields before and after the change' : entry.operation === 'INSERT' ? 'Values set' : 'Values removed'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {update ? (
            <>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </>
          ) : (
            <th scope="col">{entry.operation === 'INSERT' ? 'Set to' : 'Was'}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field}>
            <th scope="row">{r.label}</th>
            {update ? (
              <>
                <td className="change-before">{r.before || empty}</td>
                <td className="change-after">{r.after || empty}</td>
              </>
            ) : (
              <td>{(entry.operation === 'INSERT' ? r.after : r.before) || empty}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/tenants/:slug/settings/audit`: every change in the client, newest first, filtered by actor, action, record type and days. */
export function AuditSettings() {
  const tenant = useSettingsTenant();
  const allowed = tenant.viewer.canReadAudit;
  const [params, setParams] = useSearchParams();
  const [pages, setPages] = useState(firstPage);
  const value = (key: (typeof FILTERS)[number]) => params.get(key) ?? '';
  const range = dayRange(value('from'), value('to'));
  const query = useQuery(AUDIT_LOG, {
    variables: {
      first: PAGE_SIZE,
      after: currentCursor(pages),
      actorId: value('actor') || null,
      action: value('action').trim() || null,
      entity: value('entity') || null,
      since: range.since,
      until: range.until,
    },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  const actors = useQuery(AUDIT_ACTORS, {
    variables: { withKeys: tenant.viewer.canManageApiKeys },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });

  if (!allowed) return <NotPermitted what="this client’s audit log" />;
  const connection = query.data?.auditLog;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  // People and keys of the client, and whoever acted on this page (e.g. an agency owner who is not listed as a member).
  const actorOptions = new Map<string, string>();
  for (const { node } of actors.data?.tenantMembers.edges ?? [])
    actorOptions.set(node.userId, `${node.name} (${node.email})`);
  for (const { node } of actors.data?.apiKeys?.edges ?? [])
    actorOptions.set(node.id, `API key “${node.name}”${node.revokedAt ? ' (revoked)' : ''}`);
  for (const r of rows)
    if (r.actorId && !actorOptions.has(r.actorId)) actorOptions.set(r.actorId, r.actorName ?? r.actorId);
  if (value('actor') && !actorOptions.has(value('actor'))) actorOptions.set(value('actor'), 'The chosen actor');
  const actions = [...new Set(rows.map((r) => r.action).filter((a): a is string => Boolean(a)))].sort();
  const filtered = FILTERS.some((f) => value(f));
  // The filters in force, in words, for the count above the table.
  const appliedFilters = [
    value('actor') ? `actor ${actorOptions.get(value('actor'))}` : null,
    value('action') ? `action ${value('action')}` : null,
    value('entity') ? `record type ${AUDIT_ENTITY_LABELS[value('entity')] ?? value('entity')}` : null,
    value('from') ? `from ${formatDate(value('from'))}` : null,
    value('to') ? `to ${formatDate(value('to'))}` : null,
  ].filter((f): f is string => f !== null);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTERS) {
      const v = String(form.get(key) ?? '').trim();
      if (v) next.set(key, v);
    }
    setPages(firstPage);
    setParams(next, { replace: true });
  };
  const clear = () => {
    setPages(firstPage);
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p className="muted">
        Every change in {tenant.displayName}, by whom and through which action, newest first. Entries are never changed
        or removed.
      </p>
      {/* Keyed by the URL's filters so the fields show them after Apply, Clear or a shared link. */}
      <form
        key={params.toString()}
        className="filters"
        role="search"
        aria-label="Filter the audit log"
        onSubmit={apply}
      >
        <div className="filter">
          <label htmlFor="a-actor">Actor</label>
          <select id="a-actor" name="actor" className="actor-select" defaultValue={value('actor')}>
            <option value="">Anyone</option>
            {[...actorOptions].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="a-action">Action</label>
          <input
            id="a-action"
            name="action"
            defaultValue={value('action')}
            list="a-action-list"
            placeholder="e.g. createApiKey"
            autoComplete="off"
            aria-describedby="a-action-hint"
          />
          <span id="a-action-hint" className="visually-hidden">
            The exact name of the operation, as shown in the Action column.
          </span>
          <datalist id="a-action-list">
            {actions.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="filter">
          <label htmlFor="a-entity">Record type</label>
          <select id="a-entity" name="entity" defaultValue={value('entity')}>
            <option value="">Any</option>
            {Object.entries(AUDIT_ENTITY_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="a-from">From</label>
          <input id="a-from" name="from" type="date" defaultValue={value('from')} />
        </div>
        <div className="filter">
          <label htmlFor="a-to">To</label>
          <input id="a-to" name="to" type="date" defaultValue={value('to')} />
        </div>
        <div className="filter-buttons">
          <button type="submit" className="button button-primary">
            Apply filters
          </button>
          {filtered ? (
            <button type="button" className="button" onClick={clear}>
              Clear
            </button>
          ) : null}
        </div>
      </form>
      {query.error && !connection ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !connection ? (
        <Loading label="Loading the audit log…" />
      ) : rows.length === 0 ? (
        <Empty title={filtered ? 'No changes match' : 'No changes yet'}>
          {filtered ? <p>Change or clear the filters.</p> : null}
        </Empty>
      ) : (
        <>
          <p className="muted small" role="status">
            {connection.totalCount === 1 ? '1 change' : `${connection.totalCount} changes`}
            {filtered ? ` matching ${appliedFilters.join(', ')}` : ''}
          </p>
          <div className="table-wrap">
            <table className="table audit-table">
              <caption className="visually-hidden">Audit log entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Action</th>
                  <th scope="col">Record</th>
                  <th scope="col">Changes</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="nowrap">
                      {formatDateTime(r.at)}
                    </th>
                    <td className="break">
                      {r.actorName ??
                        (r.actorKind === 'SYSTEM' ? 'Noticeboard' : <span className="muted">unknown</span>)}
                      <div className="muted small">{label(AUDIT_ACTOR_KIND_LABELS, r.actorKind)}</div>
                    </td>
                    <td>
                      {r.action ? <code>{r.action}</code> : <span className="muted">–</span>}
                      <div className="muted small">{label(AUDIT_OPERATION_LABELS, r.operation)}</div>
                    </td>
                    <td>
                      {AUDIT_ENTITY_LABELS[r.entity] ?? r.entity}
                      {r.entityId ? <div className="muted small break">{r.entityId}</div> : null}
                    </td>
                    <td>
                      <Changes entry={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Audit log"
            pages={pages}
            onPages={setPages}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            connection={connection}
          />
        </>
      )}
    </section>
  );
}
