import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Empty, Loading } from '../../components/States.js';
import { EMAIL_MESSAGE, EMAIL_OUTBOX } from '../../graphql/settings.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime, label } from '../../lib/format.js';
import { currentCursor, EMAIL_KIND_LABELS, EMAIL_STATUS_LABELS, firstPage } from './settings-format.js';
import { NotPermitted, Pager, StatusBadge } from './settings-ui.js';
import { choiceOrNull } from '../../components/form/index.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

const PAGE_SIZE = 25;
const TONES: Record<string, 'ok' | 'info' | 'danger' | 'neutral'> = {
  SENT: 'ok',
  QUEUED: 'info',
  FAILED: 'danger',
  NOT_SENT: 'neutral',
};

export function EmailStatus({ status }: { status: string }) {
  return <StatusBadge tone={TONES[status] ?? 'neutral'}>{label(EMAIL_STATUS_LABELS, status)}</StatusBadge>;
}

/** `/tenants/:slug/settings/outbox`: every email sent for the client, newest first, with its delivery status. */
export function OutboxSettings() {
  const tenant = useSettingsTenant();
  const allowed = tenant.viewer.canReadAudit;
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [pages, setPages] = useState(firstPage);
  const query = useQuery(EMAIL_OUTBOX, {
    variables: {
      first: PAGE_SIZE,
      after: currentCursor(pages),
      status: choiceOrNull(status, EMAIL_STATUS_LABELS),
      kind: choiceOrNull(kind, EMAIL_KIND_LABELS),
    },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });

  if (!allowed) return <NotPermitted what="this client’s email outbox" />;
  const connection = query.data?.emailOutbox;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const base = `/tenants/${encodeURIComponent(tenant.slug)}/settings/outbox`;

  return (
    <section className="card" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Email outbox</h2>
      <p className="muted">
        Identity checks and notices to requesters, and sub-processor notices to subscribers. Failed emails are retried
        before they are given up.
      </p>
      <form className="filters" role="search" aria-label="Filter emails" onSubmit={(e) => e.preventDefault()}>
        <div className="filter">
          <label htmlFor="o-status">Status</label>
          <select
            id="o-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setPages(firstPage);
            }}
          >
            <option value="">Any status</option>
            {Object.entries(EMAIL_STATUS_LABELS).map(([v, t]) => (
              <option key={v} value={v}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="o-kind">Kind</label>
          <select
            id="o-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setPages(firstPage);
            }}
          >
            <option value="">Any kind</option>
            {Object.entries(EMAIL_KIND_LABELS).map(([v, t]) => (
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
        <Loading label="Loading emails…" />
      ) : rows.length === 0 ? (
        <Empty title={status || kind ? 'No emails match' : 'No emails yet'} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Emails sent for {tenant.displayName}, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Subject</th>
                  <th scope="col">Recipient</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link to={`${base}/${m.id}`}>{m.subject}</Link>
                    </th>
                    <td className="break">{m.to}</td>
                    <td>{label(EMAIL_KIND_LABELS, m.kind)}</td>
                    <td>
                      <EmailStatus status={m.status} />
                      {m.attempts > 1 ? <div className="muted small">{m.attempts} attempts</div> : null}
                    </td>
                    <td className="nowrap">
                      {formatDateTime(m.sentAt ?? m.createdAt)}
                      <div className="muted small">{m.sentAt ? 'sent' : 'queued'}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Emails"
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

/** `/tenants/:slug/settings/outbox/:messageId`: one email as it was sent, with its delivery history. */
export function OutboxMessage() {
  const tenant = useSettingsTenant();
  const { messageId = '' } = useParams();
  const allowed = tenant.viewer.canReadAudit;
  const query = useQuery(EMAIL_MESSAGE, {
    variables: { id: messageId },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  if (!allowed) return <NotPermitted what="this client’s email outbox" />;
  const m = query.data?.emailMessage;
  const base = `/tenants/${encodeURIComponent(tenant.slug)}/settings/outbox`;
  return (
    <section className="card" aria-labelledby="message-heading">
      <p className="small">
        <Link to={base}>← All emails</Link>
      </p>
      {query.error && !m ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !m ? (
        <Loading label="Loading the email…" />
      ) : (
        <>
          <h2 id="message-heading">{m.subject}</h2>
          <dl className="facts">
            <div className="fact">
              <dt>To</dt>
              <dd className="break">{m.to}</dd>
            </div>
            <div className="fact">
              <dt>Kind</dt>
              <dd>{label(EMAIL_KIND_LABELS, m.kind)}</dd>
            </div>
            <div className="fact">
              <dt>Status</dt>
              <dd>
                <EmailStatus status={m.status} />
              </dd>
            </div>
            <div className="fact">
              <dt>Queued</dt>
              <dd>{formatDateTime(m.createdAt)}</dd>
            </div>
            <div className="fact">
              <dt>Sent</dt>
              <dd>{m.sentAt ? formatDateTime(m.sentAt) : <span className="muted">not sent</span>}</dd>
            </div>
            <div className="fact">
              <dt>Attempts</dt>
              <dd>{m.attempts}</dd>
            </div>
            {m.nextAttemptAt ? (
              <div className="fact">
                <dt>Next attempt</dt>
                <dd>{formatDateTime(m.nextAttemptAt)}</dd>
              </div>
            ) : null}
            {m.lastError ? (
              <div className="fact">
                <dt>{m.status === 'FAILED' ? 'Last error' : 'Note'}</dt>
                <dd className={m.status === 'FAILED' ? 'error-text' : undefined}>{m.lastError}</dd>
              </div>
            ) : null}
          </dl>
          <h3>Message</h3>
          <pre className="email-body">{m.textBody}</pre>
          {m.htmlBody ? (
            <details>
              <summary>HTML version</summary>
              {/* The HTML body is shown without scripts or network access, in its own sandboxed frame. */}
              <iframe className="email-html" title={`HTML version of “${m.subject}”`} sandbox="" srcDoc={m.htmlBody} />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
