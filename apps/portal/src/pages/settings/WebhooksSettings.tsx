import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Dialog } from '../../components/Dialog.js';
import { Empty, Loading } from '../../components/States.js';
import {
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_ENDPOINTS,
} from '../../graphql/settings.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { WEBHOOK_EVENT_VALUES, WEBHOOK_EVENTS } from './settings-format.js';
import {
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  succeeded,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { NotPermitted, SecretReveal, StatusBadge, StatusNotice } from './settings-ui.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

export type WebhookEndpointRow = ResultOf<typeof WEBHOOK_ENDPOINTS>['webhookEndpoints']['edges'][number]['node'];

const SECRET_WARNING =
  'This is the only time the signing secret is shown. Verify the Noticeboard-Signature header of each delivery with it; if you lose it, rotate it.';

export const eventLabel = (value: string) => WEBHOOK_EVENTS.find((e) => e.value === value);

/** Create or edit an endpoint: URL, description, events (from the API's enum) and whether it is enabled. */
function EndpointForm({
  tenantId,
  endpoint,
  onSaved,
}: {
  tenantId: string;
  endpoint: WebhookEndpointRow | null;
  onSaved: (result: { secret: string | null; url: string }) => void;
}) {
  const [create] = useMutation(CREATE_WEBHOOK_ENDPOINT, inTenant(tenantId));
  const [update] = useMutation(UPDATE_WEBHOOK_ENDPOINT, inTenant(tenantId));
  const submit = useSubmit();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const url = f.text('url');
    const description = f.optional('description');
    const events = f.allOf('events', WEBHOOK_EVENT_VALUES);
    const enabled = f.checked('enabled');
    const refetch = { refetchQueries: ['WebhookEndpoints'], awaitRefetchQueries: true };
    let secret: string | null = null;
    const saved = await submit.run(() =>
      endpoint
        ? outcomeOf(
            () => update({ variables: { input: { id: endpoint.id, url, description, events, enabled } }, ...refetch }),
            (r) => validationFailed(r.data?.updateWebhookEndpoint),
          )
        : outcomeOf(
            () => create({ variables: { input: { url, description, events, enabled } }, ...refetch }),
            (r) => {
              const answer = r.data?.createWebhookEndpoint;
              if (answer?.__typename === 'WebhookEndpointSecret') secret = answer.secret;
              return validationFailed(answer);
            },
          ),
    );
    if (saved) onSaved({ secret, url });
  };

  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['url', 'description', 'events', 'enabled']} />
      <TextField
        name="url"
        label="Endpoint URL"
        hint="Where the events are POSTed as JSON; https in production."
        type="url"
        inputMode="url"
        defaultValue={endpoint?.url}
        placeholder="https://example.com/hooks/noticeboard"
        required
        markRequired={false}
        problems={submit.at('url')}
      />
      <TextField
        name="description"
        label="Description"
        hint="Optional: what receives the events."
        defaultValue={endpoint?.description}
        problems={submit.at('description')}
      />
      <fieldset
        className={`field${submit.at('events') ? ' field-invalid' : ''}`}
        aria-describedby={submit.at('events') ? 'webhook-events-error' : undefined}
      >
        <legend>Events</legend>
        <p className="hint">At least one.</p>
        <div className="event-options">
          {WEBHOOK_EVENTS.map((e) => (
            <label key={e.value} className="checkbox">
              <input
                type="checkbox"
                name="events"
                value={e.value}
                defaultChecked={endpoint?.events.includes(e.value) ?? false}
              />
              <span>
                {e.label} <code className="muted small">{e.wire}</code>
              </span>
            </label>
          ))}
        </div>
        {submit.at('events') ? (
          <p className="field-error" id="webhook-events-error">
            {submit
              .at('events')!
              .map((p) => p.message)
              .join(' ')}
          </p>
        ) : null}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name="enabled" defaultChecked={endpoint?.enabled ?? true} />
        Enabled (a disabled endpoint gets no new deliveries)
      </label>
      <FormActions busy={submit.busy} saveLabel={endpoint ? 'Save endpoint' : 'Create endpoint'} />
    </form>
  );
}

/** `/tenants/:slug/settings/webhooks`: the endpoints, with create, edit, rotate secret and delete. */
export function WebhooksSettings() {
  const tenant = useSettingsTenant();
  const allowed = tenant.viewer.canManageApiKeys;
  const endpoints = useQuery(WEBHOOK_ENDPOINTS, {
    variables: { first: 100 },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  const [rotate] = useMutation(ROTATE_WEBHOOK_SECRET, inTenant(tenant.id));
  const [remove] = useMutation(DELETE_WEBHOOK_ENDPOINT, inTenant(tenant.id));
  const [editing, setEditing] = useState<WebhookEndpointRow | 'new' | null>(null);
  const [secret, setSecret] = useState<{ value: string; url: string } | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpointRow | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpointRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (!allowed) return <NotPermitted what="this client’s webhooks" />;
  const connection = endpoints.data?.webhookEndpoints;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const base = `/tenants/${encodeURIComponent(tenant.slug)}/settings/webhooks`;

  return (
    <section className="card" aria-labelledby="webhooks-heading">
      <div className="card-header">
        <h2 id="webhooks-heading">Webhook endpoints</h2>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          Add endpoint
        </button>
      </div>
      <p className="muted">
        Each event is POSTed to every enabled endpoint that chose it, signed with the endpoint’s secret, and retried
        with backoff until it is answered with 2xx.
      </p>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      {endpoints.error && !connection ? (
        <ErrorState error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : !connection ? (
        <Loading label="Loading endpoints…" />
      ) : rows.length === 0 ? (
        <Empty title="No webhook endpoints yet">
          <p>
            Add one to have your systems told when a policy is published, a consent is recorded or a request comes in.
          </p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Webhook endpoints of {tenant.displayName}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
                <th scope="col">Secret ends in</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr key={w.id}>
                  <th scope="row" className="break">
                    <Link to={`${base}/${w.id}`}>{w.url}</Link>
                    {w.description ? <div className="muted small">{w.description}</div> : null}
                    <div className="muted small">added {formatDateTime(w.createdAt)}</div>
                  </th>
                  <td>
                    <ul className="plain-list small">
                      {w.events.map((e) => (
                        <li key={e}>
                          <code>{eventLabel(e)?.wire ?? e}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {w.enabled ? (
                      <StatusBadge tone="ok">Enabled</StatusBadge>
                    ) : (
                      <StatusBadge tone="neutral">Disabled</StatusBadge>
                    )}
                  </td>
                  <td>
                    <code>{w.secretHint}</code>
                  </td>
                  <td>
                    <div className="row-actions">
                      <Link className="button button-small" to={`${base}/${w.id}`}>
                        Deliveries<span className="visually-hidden"> to {w.url}</span>
                      </Link>
                      <button type="button" className="button button-small" onClick={() => setEditing(w)}>
                        Edit<span className="visually-hidden"> {w.url}</span>
                      </button>
                      <button type="button" className="button button-small" onClick={() => setRotating(w)}>
                        Rotate secret<span className="visually-hidden"> of {w.url}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => setDeleting(w)}
                      >
                        Delete<span className="visually-hidden"> {w.url}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Dialog
        title={editing === 'new' ? 'Add a webhook endpoint' : 'Edit webhook endpoint'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <EndpointForm
            tenantId={tenant.id}
            endpoint={editing === 'new' ? null : editing}
            onSaved={({ secret: value, url }) => {
              setEditing(null);
              if (value) setSecret({ value, url });
              else setStatus(`The endpoint ${url} was saved.`);
            }}
          />
        ) : null}
      </Dialog>
      <Dialog
        title="Signing secret"
        open={secret !== null}
        onClose={() => {
          if (secret) setStatus(`The endpoint ${secret.url} is ready.`);
          setSecret(null);
        }}
      >
        {secret ? (
          <div className="form">
            <p>
              For <span className="break">{secret.url}</span>
            </p>
            <SecretReveal label="Signing secret" value={secret.value} warning={SECRET_WARNING} />
            <div className="form-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setStatus(`The endpoint ${secret.url} is ready.`);
                  setSecret(null);
                }}
              >
                I have stored the secret
              </button>
            </div>
          </div>
        ) : null}
      </Dialog>
      <ConfirmDialog
        title="Rotate signing secret"
        open={rotating !== null}
        danger={false}
        confirmLabel="Rotate secret"
        busyLabel="Rotating…"
        onClose={() => setRotating(null)}
        onConfirm={async () => {
          const endpoint = rotating!;
          let value: string | null = null;
          const outcome = await outcomeOf(
            () =>
              rotate({
                variables: { id: endpoint.id },
                refetchQueries: ['WebhookEndpoints'],
                awaitRefetchQueries: true,
              }),
            (r) => {
              value = r.data?.rotateWebhookSecret.secret ?? null;
              return null;
            },
          );
          if (value) setSecret({ value, url: endpoint.url });
          return outcome;
        }}
      >
        {rotating ? (
          <p>
            Replace the secret of <span className="break">{rotating.url}</span> now? Deliveries are signed with the new
            secret at once, so the receiver must be updated too.
          </p>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        title="Delete webhook endpoint"
        open={deleting !== null}
        confirmLabel="Delete endpoint"
        busyLabel="Deleting…"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          const endpoint = deleting!;
          const outcome = await outcomeOf(
            () =>
              remove({
                variables: { id: endpoint.id },
                refetchQueries: ['WebhookEndpoints'],
                awaitRefetchQueries: true,
              }),
            () => null,
          );
          if (succeeded(outcome)) setStatus(`The endpoint ${endpoint.url} was deleted.`);
          return outcome;
        }}
      >
        {deleting ? (
          <p>
            Delete <span className="break">{deleting.url}</span> and its delivery log? Pending attempts stop. This
            cannot be undone.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
