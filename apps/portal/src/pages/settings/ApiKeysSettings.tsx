import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Dialog } from '../../components/Dialog.js';
import { Empty, Loading } from '../../components/States.js';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY } from '../../graphql/settings.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime } from '../../lib/format.js';
import { API_KEY_ROLE_VALUES, API_KEY_ROLES, roleOptions } from './settings-format.js';
import {
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  RadioGroup,
  succeeded,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { NotPermitted, SecretReveal, StatusBadge, StatusNotice } from './settings-ui.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';

type ApiKeyRow = ResultOf<typeof API_KEYS>['apiKeys']['edges'][number]['node'];

function CreateKeyForm({
  tenantId,
  onCreated,
}: {
  tenantId: string;
  onCreated: (token: string, name: string) => void;
}) {
  const [create] = useMutation(CREATE_API_KEY, inTenant(tenantId));
  const submit = useSubmit();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const name = f.text('name');
    let token: string | null = null;
    await submit.run(() =>
      outcomeOf(
        () =>
          create({
            variables: { input: { name, role: f.oneOf('role', API_KEY_ROLE_VALUES) } },
            refetchQueries: ['ApiKeys'],
            awaitRefetchQueries: true,
          }),
        (r) => {
          const answer = r.data?.createApiKey;
          if (answer?.__typename === 'ApiKeyCreated') token = answer.token;
          return validationFailed(answer);
        },
      ),
    );
    if (token) onCreated(token, name);
  };
  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
      <ProblemsSummary outcome={submit.outcome} shown={['name', 'role']} />
      <TextField
        name="name"
        label="Key name"
        hint="Say what uses it, e.g. “Shop consent sync”: the audit log names changes by it."
        required
        markRequired={false}
        maxLength={120}
        problems={submit.at('name')}
      />
      <RadioGroup
        name="role"
        legend="What the key may do"
        options={roleOptions(API_KEY_ROLES)}
        defaultValue="VIEWER"
        problems={submit.at('role')}
      />
      <FormActions busy={submit.busy} saveLabel="Create key" busyLabel="Creating…" />
    </form>
  );
}

/** `/tenants/:slug/settings/api-keys`: create (token shown once), list, revoke. */
export function ApiKeysSettings() {
  const tenant = useSettingsTenant();
  const allowed = tenant.viewer.canManageApiKeys;
  const keys = useQuery(API_KEYS, {
    variables: { first: 100 },
    ...inTenant(tenant.id),
    fetchPolicy: 'network-only',
    skip: !allowed,
  });
  const [revoke] = useMutation(REVOKE_API_KEY, inTenant(tenant.id));
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (!allowed) return <NotPermitted what="this client’s API keys" />;
  const connection = keys.data?.apiKeys;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const closeCreate = () => {
    setCreating(false);
    if (created) setStatus(`The key “${created.name}” was created.`);
    setCreated(null);
  };

  return (
    <section className="card" aria-labelledby="keys-heading">
      <div className="card-header">
        <h2 id="keys-heading">API keys</h2>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          Create API key
        </button>
      </div>
      <p className="muted">
        An integration sends its key as <code>Authorization: Bearer &lt;key&gt;</code> to <code>/graphql</code>; the key
        works only in {tenant.displayName}. Keys never administer.
      </p>
      <StatusNotice message={status} onDismiss={() => setStatus(null)} />
      {keys.error && !connection ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : !connection ? (
        <Loading label="Loading API keys…" />
      ) : rows.length === 0 ? (
        <Empty title="No API keys yet">
          <p>Create one for each integration, so you can revoke one without stopping the others.</p>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">API keys of {tenant.displayName}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key ends in</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((k) => (
                <tr key={k.id} className={k.revokedAt ? 'row-muted' : undefined}>
                  <th scope="row" className="break">
                    {k.name}
                  </th>
                  <td>
                    <code>{k.tokenHint}</code>
                  </td>
                  <td>{k.role.toLowerCase()}</td>
                  <td className="nowrap">{formatDateTime(k.createdAt)}</td>
                  <td className="nowrap">
                    {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : <span className="muted">never</span>}
                  </td>
                  <td>
                    {k.revokedAt ? (
                      <StatusBadge tone="neutral">Revoked {formatDateTime(k.revokedAt)}</StatusBadge>
                    ) : (
                      <StatusBadge tone="ok">Active</StatusBadge>
                    )}
                  </td>
                  <td>
                    {k.revokedAt ? null : (
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => setRevoking(k)}
                      >
                        Revoke<span className="visually-hidden"> {k.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Dialog title={created ? 'Your new API key' : 'Create an API key'} open={creating} onClose={closeCreate}>
        {created ? (
          <div className="form">
            <SecretReveal
              label="API key"
              value={created.token}
              warning="This is the only time the key is shown: Noticeboard keeps only a fingerprint of it. If you lose it, revoke it and create another."
            />
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={closeCreate}>
                I have stored the key
              </button>
            </div>
          </div>
        ) : (
          <CreateKeyForm tenantId={tenant.id} onCreated={(token, name) => setCreated({ token, name })} />
        )}
      </Dialog>
      <ConfirmDialog
        title="Revoke API key"
        open={revoking !== null}
        confirmLabel="Revoke key"
        busyLabel="Revoking…"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          const key = revoking!;
          const outcome = await outcomeOf(
            () => revoke({ variables: { id: key.id }, refetchQueries: ['ApiKeys'], awaitRefetchQueries: true }),
            () => null,
          );
          if (succeeded(outcome)) setStatus(`The key “${key.name}” was revoked.`);
          return outcome;
        }}
      >
        {revoking ? (
          <p>
            Revoke <strong>{revoking.name}</strong> (ending in <code>{revoking.tokenHint}</code>)? Whatever uses it is
            refused from now on. This cannot be undone.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
