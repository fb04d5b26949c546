import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CopyField } from '../../components/CopyField.js';
import {
  DONE,
  FormActions,
  formReader,
  outcomeOf,
  ProblemsSummary,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { Loading } from '../../components/States.js';
import type { ResultOf } from '../../graphql/tada.js';
import { UPDATE_CONSENT_SETTINGS, WEBSITE_SETTINGS } from '../../graphql/website.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { RemoveRow, Repeater, useRows } from '../edit/editor-kit.js';
import { StatusNotice } from './settings-ui.js';
import { useSettingsTenant } from './TenantSettingsLayout.js';
import {
  bannerSnippet,
  blockingMarkup,
  cspDirectives,
  originsToSave,
  problemsAtRows,
  publicUrlOf,
} from './website-settings.js';

type WebsiteData = ResultOf<typeof WEBSITE_SETTINGS>;

const ORIGINS_HINT =
  'Each one a scheme and host, with a port when it is not the usual one: https://www.example.com or http://localhost:3000. ' +
  'A wildcard covers the subdomains of a domain the organisation registers, only over https: https://*.example.com ' +
  '(never a public suffix such as https://*.co.uk).';

/** The allowed origins as rows to edit: add one, remove one, save them all; each API problem shows at its row. */
function OriginsForm({ tenantId, origins, onSaved }: { tenantId: string; origins: string[]; onSaved: () => void }) {
  const [update] = useMutation(UPDATE_CONSENT_SETTINGS, inTenant(tenantId));
  const submit = useSubmit();
  const rows = useRows(origins);
  const lastInput = useRef<HTMLInputElement>(null);
  const shownCount = useRef(rows.rows.length);

  // A row just added takes the focus, so it can be typed into at once.
  useEffect(() => {
    if (rows.rows.length > shownCount.current) lastInput.current?.focus();
    shownCount.current = rows.rows.length;
  }, [rows.rows.length]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    const { origins: allowedOrigins, rowOf } = originsToSave(rows.rows.map((_, i) => f.text(`allowedOrigins.${i}`)));
    const saved = await submit.run(() =>
      outcomeOf(
        () =>
          update({
            variables: { input: { allowedOrigins } },
            refetchQueries: ['WebsiteSettings'],
            awaitRefetchQueries: true,
          }),
        (r) => {
          const failed = validationFailed(r.data?.updateConsentSettings);
          return failed ? { problems: problemsAtRows(failed.problems, rowOf) } : null;
        },
      ),
    );
    if (saved) onSaved();
  };

  return (
    <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate aria-label="Allowed origins">
      <ProblemsSummary outcome={submit.outcome} shown={['allowedOrigins']} />
      <Repeater
        name="allowedOrigins"
        legend="Allowed origins"
        hint={ORIGINS_HINT}
        count={rows.rows.length}
        addLabel="Add origin"
        onAdd={rows.add}
        problems={submit.outcome.problems}
      >
        {rows.rows.map((row, i) => (
          <li key={row.key} className="repeat-row">
            <div className="repeat-row-header">
              <TextField
                name={`allowedOrigins.${i}`}
                label={`Origin ${i + 1}`}
                type="url"
                inputMode="url"
                placeholder="https://www.example.com"
                defaultValue={row.value}
                problems={submit.at(`allowedOrigins.${i}`)}
                inputRef={i === rows.rows.length - 1 ? lastInput : undefined}
                className="filter-grow"
              />
              <RemoveRow
                label={`origin ${i + 1}`}
                onRemove={() => {
                  rows.remove(row.key);
                  // The problems name rows by position, which removing a row changes.
                  submit.show(DONE);
                }}
              />
            </div>
          </li>
        ))}
      </Repeater>
      <FormActions busy={submit.busy} saveLabel="Save origins" />
    </form>
  );
}

/** The origins as a list, for people who may read the settings but not change them. */
function OriginsList({ origins }: { origins: string[] }) {
  return origins.length === 0 ? (
    <p className="muted">No origin is allowed yet.</p>
  ) : (
    <ul className="plain-list" aria-label="Allowed origins">
      {origins.map((o) => (
        <li key={o}>
          <code className="break">{o}</code>
        </li>
      ))}
    </ul>
  );
}

/** What the website pastes in: the banner's tag, the CSP it needs, the markup that waits for consent, the links. */
function Snippets({ data }: { data: WebsiteData }) {
  const { currentTenant: tenant, consentSettings: settings } = data;
  const publicUrl = [tenant.publicLinks.privacyPolicy, settings.withdrawalPageUrl, settings.endpointUrl]
    .map((link) => publicUrlOf(link, tenant.slug))
    .find((url) => url !== null);
  const consentPurposes = data.purposes.edges.map((e) => e.node).filter((p) => p.reliesOnConsent);

  return (
    <>
      <section className="card" aria-labelledby="website-snippet-heading">
        <h2 id="website-snippet-heading">The consent banner</h2>
        {publicUrl ? (
          <>
            <CopyField
              label="Banner script tag"
              hint={
                'Paste it into every page of the website, once. It shows the live notice in the visitor’s language and records each choice; data-lang="de" on the tag picks a language.'
              }
              value={bannerSnippet(publicUrl, tenant.slug)}
              copiedMessage="Copied the banner script tag to the clipboard."
            />
            <h3>Content-Security-Policy</h3>
            <CopyField
              label="Directives to add"
              hint="For a site with a strict policy: the banner loads from this address and sends the choices to it. It needs no eval, no inline handlers and no inline styles."
              value={cspDirectives(publicUrl)}
              copiedMessage="Copied the directives to the clipboard."
            />
          </>
        ) : (
          <p className="notice notice-error" role="alert">
            The public address of this client could not be worked out from its links.
          </p>
        )}
        <h3>Links</h3>
        <ul className="link-list">
          <li>
            <span className="link-list-label">Withdrawal page (people withdraw every consent in one step)</span>
            <a href={settings.withdrawalPageUrl} target="_blank" rel="noreferrer" className="break">
              {settings.withdrawalPageUrl}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
          <li>
            <span className="link-list-label">Notice a banner of your own shows (JSON)</span>
            <a href={settings.noticeUrl} target="_blank" rel="noreferrer" className="break">
              {settings.noticeUrl}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
          <li>
            <span className="link-list-label">Where a banner of your own posts the choices</span>
            <code className="break">{settings.endpointUrl}</code>
          </li>
        </ul>
      </section>

      <section className="card" aria-labelledby="website-blocking-heading">
        <h2 id="website-blocking-heading">Blocking until consent</h2>
        <p className="muted">
          A script or frame marked like this runs only once its purpose is granted; several purpose keys separated by
          spaces must all be. Blocked inline scripts need the page’s nonce, blocked external scripts their host in
          script-src, and blocked frames their origin in frame-src.
        </p>
        <CopyField
          label="Markup"
          value={blockingMarkup()}
          rows={4}
          copiedMessage="Copied the markup to the clipboard."
        />
        <h3>Purpose keys</h3>
        {consentPurposes.length === 0 ? (
          <p className="muted">This client has no purpose that relies on consent.</p>
        ) : (
          <>
            <p className="muted small">
              The banner asks about the purposes of the live policy; put a key in place of PURPOSE_ID.
            </p>
            {consentPurposes.map((p) => (
              <CopyField
                key={p.id}
                label={p.name}
                hint={
                  p.saleOrSharing
                    ? 'Sells or shares personal information: refused for visitors with Global Privacy Control.'
                    : undefined
                }
                value={p.id}
                rows={1}
                copiedMessage={`Copied the key of ${p.name} to the clipboard.`}
              />
            ))}
          </>
        )}
      </section>
    </>
  );
}

/** `/tenants/:slug/settings/website`: which origins may record consents, and what the website pastes in. */
export function WebsiteSettings() {
  const tenant = useSettingsTenant();
  const { data, error, refetch } = useQuery(WEBSITE_SETTINGS, { ...inTenant(tenant.id), fetchPolicy: 'network-only' });
  const [status, setStatus] = useState<string | null>(null);

  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <Loading />;
  const origins = data.consentSettings.allowedOrigins;
  const canEdit = data.currentTenant.viewer.canUpdateProfile;

  return (
    <div className="stack">
      <section className="card" aria-labelledby="website-origins-heading">
        <h2 id="website-origins-heading">Allowed origins</h2>
        <p className="muted">
          Browsers may record consents only from these websites; a choice sent from any other is refused (403). Servers
          and API keys are not limited by them.
        </p>
        <StatusNotice message={status} onDismiss={() => setStatus(null)} />
        {origins.length === 0 ? (
          <p className="notice notice-warning">
            No origin is allowed yet: the banner shows on the website, but the choices it sends are refused until the
            website’s origin is added here.
          </p>
        ) : null}
        {canEdit ? (
          <OriginsForm
            // Saved, the form starts again from the origins as the API keeps them (lower case, without duplicates).
            key={origins.join('\n')}
            tenantId={tenant.id}
            origins={origins}
            onSaved={() => setStatus('The allowed origins were saved.')}
          />
        ) : (
          <>
            <OriginsList origins={origins} />
            <p className="muted small">Only people who may change this client’s settings can change the origins.</p>
          </>
        )}
      </section>
      <Snippets data={data} />
    </div>
  );
}
