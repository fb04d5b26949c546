import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import {
  CheckboxGroup,
  DONE,
  FormActions,
  formReader,
  outcomeOf,
  problemsOutcome,
  ProblemsSummary,
  succeeded,
  TextField,
  useSubmit,
  validationFailed,
} from '../../components/form/index.js';
import { Empty, Loading } from '../../components/States.js';
import { CATALOG_ENTRIES, DELETE_CATALOG_ENTRY, REPUBLISH_TENANTS } from '../../graphql/catalog.operations.js';
import { ME } from '../../graphql/operations.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDate, label, today } from '../../lib/format.js';
import { RECIPIENT_ROLE_LABELS, SAFEGUARD_LABELS } from '../edit/policy-labels.js';
import {
  describeOutcome,
  languageProgress,
  outcomeTally,
  reachedTenants,
  type RepublishResult,
} from './catalog-format.js';
import { CatalogEntryDialog, type CatalogEntry, type Propagation } from './CatalogEntryDialog.js';
import { LanguageBadges } from './CatalogTranslations.js';

type Tenant = ReturnType<typeof reachedTenants>[number];
const FIELDS = ['tenantIds', 'effectiveDate', 'changeSummary'];
interface OutcomeRow {
  tenant: Tenant;
  kind: ReturnType<typeof describeOutcome>['kind'];
  text: string;
}

function EntryFacts({ entry }: { entry: CatalogEntry }) {
  const address = entry.address;
  return (
    <dl className="facts catalog-facts">
      <div className="fact">
        <dt>Legal entity</dt>
        <dd>{entry.legalEntity ?? <span className="muted">Not given</span>}</dd>
      </div>
      <div className="fact">
        <dt>Address</dt>
        <dd>
          {address ? (
            [
              address.streetAddress,
              [address.postalCode, address.locality].filter(Boolean).join(' '),
              address.region,
              address.country,
            ]
              .filter(Boolean)
              .join(', ')
          ) : (
            <span className="muted">Not given</span>
          )}
        </dd>
      </div>
      <div className="fact">
        <dt>Country</dt>
        <dd>
          {entry.country ?? <span className="muted">Not given</span>}
          {entry.processingCountries.length ? (
            <span className="muted"> · processes data in {entry.processingCountries.join(', ')}</span>
          ) : null}
        </dd>
      </div>
      <div className="fact">
        <dt>Safeguards</dt>
        <dd>
          {entry.safeguards.length ? (
            entry.safeguards.map((s) => label(SAFEGUARD_LABELS, s)).join(', ')
          ) : (
            <span className="muted">None</span>
          )}
        </dd>
      </div>
      <div className="fact">
        <dt>Translations</dt>
        <dd>
          <LanguageBadges progress={languageProgress(entry.translations, entry)} />
        </dd>
      </div>
      <div className="fact">
        <dt>Privacy policy</dt>
        <dd>
          {entry.privacyPolicyUrl ? (
            <a href={entry.privacyPolicyUrl} target="_blank" rel="noreferrer" className="break">
              {entry.privacyPolicyUrl}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="muted">Not given</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** Which clients name the entry, each with the date its DPA with the recipient was signed. */
function EntryTenants({ entry, canSeeLinks }: { entry: CatalogEntry; canSeeLinks: boolean }) {
  if (!canSeeLinks) return <p className="muted small">Agency owners see which clients use this entry.</p>;
  if (!entry.linkedTenants.length) return <p className="muted small">No client uses this entry yet.</p>;
  return (
    <div className="catalog-tenants">
      <h4 id={`reach-${entry.id}`}>
        Used by {entry.linkedTenants.length} client{entry.linkedTenants.length === 1 ? '' : 's'}
      </h4>
      <ul className="plain-list" aria-labelledby={`reach-${entry.id}`}>
        {entry.linkedTenants.map((link) => (
          <li key={link.recipientId}>
            <Link to={`/tenants/${encodeURIComponent(link.tenantSlug)}`}>{link.tenantName}</Link>
            <span className="muted small">
              {' '}
              · {link.dpaSignedOn ? `DPA signed ${formatDate(link.dpaSignedOn)}` : 'no DPA date recorded'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Chooses clients and publishes each one's draft as a new version; shows what happened to each. */
function RepublishPanel({ tenants, preselected }: { tenants: Tenant[]; preselected: ReadonlySet<string> }) {
  const [republish] = useMutation(REPUBLISH_TENANTS);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(preselected));
  const submit = useSubmit();
  const [outcomes, setOutcomes] = useState<OutcomeRow[] | null>(null);

  useEffect(() => {
    if (preselected.size) setChosen(new Set(preselected));
  }, [preselected]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formReader(event.currentTarget);
    setOutcomes(null);
    if (!chosen.size) {
      submit.show(problemsOutcome({ path: 'tenantIds', code: 'REQUIRED', message: 'choose at least one client' }));
      return;
    }
    await submit.run(async () => {
      const { data } = await republish({
        variables: {
          input: {
            tenantIds: [...chosen],
            effectiveDate: f.raw('effectiveDate'),
            changeSummary: f.raw('changeSummary'),
          },
        },
      });
      const results = data?.republishTenants ?? [];
      // The summary and date are checked the same way for every client: their problems belong to the form.
      const refused = results.every((r) => r.result.__typename === 'ValidationFailed');
      const first = validationFailed(results[0]?.result);
      if (refused && first) return problemsOutcome(...first.problems);
      const byId = new Map(tenants.map((t) => [t.tenantId, t]));
      setOutcomes(
        results.map((r) => ({
          tenant: byId.get(r.tenantId) ?? { tenantId: r.tenantId, tenantSlug: '', tenantName: r.tenantId },
          ...describeOutcome(r.result as RepublishResult),
        })),
      );
      return DONE;
    });
  };

  return (
    <section className="card" aria-labelledby="republish-heading">
      <h2 id="republish-heading">Republish clients</h2>
      <p className="muted">
        A change to an entry reaches the drafts of the clients that use it. Republishing publishes each chosen
        client&apos;s draft as a new version, when it is complete and differs from the live one.
      </p>
      {tenants.length === 0 ? (
        <Empty title="No client uses the catalog yet">
          <p>Clients appear here once a recipient is added to their policy from the catalog.</p>
        </Empty>
      ) : (
        <form className="form" onSubmit={submit.onSubmit(onSubmit)} noValidate>
          <ProblemsSummary outcome={submit.outcome} shown={FIELDS} />
          <CheckboxGroup
            name="tenantIds"
            legend="Clients to republish"
            options={tenants.map((t) => [t.tenantId, t.tenantName] as const)}
            values={[...chosen]}
            onChange={(ids) => setChosen(new Set(ids))}
            problems={submit.under('tenantIds')}
          />
          <div className="form-grid">
            <TextField
              name="effectiveDate"
              label="Effective from"
              type="date"
              defaultValue={today()}
              required
              markRequired={false}
              problems={submit.at('effectiveDate')}
            />
            <TextField
              name="changeSummary"
              label="What changed"
              hint="Shown in each client's version list and sent to subscribers."
              required
              markRequired={false}
              problems={submit.at('changeSummary')}
            />
          </div>
          <FormActions
            busy={submit.busy}
            saveLabel={`Republish ${chosen.size} client${chosen.size === 1 ? '' : 's'}`}
            busyLabel="Republishing…"
          />
        </form>
      )}
      <div role="status" aria-live="polite">
        {outcomes ? (
          <div className="republish-results">
            <h3>Results: {outcomeTally(outcomes.map((o) => o.kind))}</h3>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">What republishing did for each client</caption>
                <thead>
                  <tr>
                    <th scope="col">Client</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {outcomes.map((o) => (
                    <tr key={o.tenant.tenantId}>
                      <th scope="row">
                        {o.tenant.tenantSlug ? (
                          <Link to={`/tenants/${encodeURIComponent(o.tenant.tenantSlug)}`}>{o.tenant.tenantName}</Link>
                        ) : (
                          o.tenant.tenantName
                        )}
                      </th>
                      <td>
                        <span className={`badge republish-${o.kind}`}>{o.kind}</span> {o.text}
                        {o.kind === 'incomplete' && o.tenant.tenantSlug ? (
                          <>
                            {' '}
                            ·{' '}
                            <Link to={`/tenants/${encodeURIComponent(o.tenant.tenantSlug)}`}>see what is missing</Link>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** `/catalog`: the agency's common recipients, the clients each reaches, and republishing after a change. */
export function CatalogPage() {
  const me = useQuery(ME);
  const { data, error, refetch, fetchMore, loading } = useQuery(CATALOG_ENTRIES, {
    variables: { first: 100 },
    notifyOnNetworkStatusChange: true,
  });
  const [editing, setEditing] = useState<CatalogEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CatalogEntry | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reached, setReached] = useState<Propagation[] | null>(null);
  const [deleteEntry] = useMutation(DELETE_CATALOG_ENTRY);

  useEffect(() => {
    document.title = 'Recipient catalog · Noticeboard';
  }, []);

  const canManage = me.data?.me.canManageAgency ?? false;
  const canSeeLinks = me.data?.me.agencyRole === 'OWNER';
  const entries = (data?.catalogEntries.edges ?? []).map((e) => ({ __typename: 'CatalogEntry' as const, ...e.node }));
  const tenants = reachedTenants(entries);
  const [preselected, setPreselected] = useState<ReadonlySet<string>>(new Set());

  const onSaved = (entry: CatalogEntry, propagation: Propagation[] | null) => {
    setEditing(null);
    setReached(propagation);
    if (propagation) setPreselected(new Set(propagation.filter((p) => p.differsFromPublished).map((p) => p.tenantId)));
    const due = propagation?.filter((p) => p.differsFromPublished).length ?? 0;
    setStatus(
      propagation
        ? `${entry.name} was saved. It reached ${propagation.length} client${propagation.length === 1 ? '' : 's'}; ${due} now differ${due === 1 ? 's' : ''} from ${due === 1 ? 'its' : 'their'} published policy.`
        : `${entry.name} was added to the catalog.`,
    );
  };

  const onDelete = async (entry: CatalogEntry) => {
    const outcome = await outcomeOf(
      () => deleteEntry({ variables: { id: entry.id }, refetchQueries: ['CatalogEntries'], awaitRefetchQueries: true }),
      () => null,
    );
    if (succeeded(outcome)) {
      setStatus(`${entry.name} was removed from the catalog. Clients that used it keep it as their own recipient.`);
      setReached(null);
    }
    return outcome;
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Recipient catalog</h1>
          <p className="muted">
            Recipients your clients commonly share data with, kept once for the whole agency. A change here reaches
            every client that uses the entry.
          </p>
        </div>
        {canManage ? (
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
              New entry
            </button>
          </div>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {status ? (
          <div className="notice notice-success">
            <p>{status}</p>
            {reached?.length ? (
              <ul className="plain-list small">
                {reached.map((r) => (
                  <li key={r.tenantId}>
                    {r.tenantName}:{' '}
                    {r.latestVersion === null
                      ? 'never published'
                      : r.differsFromPublished
                        ? `differs from published version ${r.latestVersion}`
                        : `same as published version ${r.latestVersion}`}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label="Loading the catalog…" />
      ) : entries.length === 0 ? (
        <Empty title="The catalog is empty">
          {canManage ? (
            <p>Add the recipients your clients use most, such as their hosting or analytics provider.</p>
          ) : null}
        </Empty>
      ) : (
        <>
          {/* Above the list, so it is at hand right after an edit reports the clients it reached. */}
          {canManage && canSeeLinks ? <RepublishPanel tenants={tenants} preselected={preselected} /> : null}
          <p className="muted small">
            {data.catalogEntries.totalCount} entr{data.catalogEntries.totalCount === 1 ? 'y' : 'ies'}, by name.
          </p>
          <ul className="catalog-list" aria-label="Catalog entries">
            {entries.map((entry) => (
              <li key={entry.id} className="card catalog-entry" aria-labelledby={`entry-${entry.id}`}>
                <div className="card-header">
                  <div>
                    <h2 id={`entry-${entry.id}`}>{entry.name}</h2>
                    <p className="muted small">
                      {label(RECIPIENT_ROLE_LABELS, entry.role)}
                      {entry.service ? ` · ${entry.service}` : ''}
                    </p>
                  </div>
                  {canManage ? (
                    <div className="actions">
                      <button type="button" className="button button-small" onClick={() => setEditing(entry)}>
                        Edit<span className="visually-hidden"> {entry.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        onClick={() => setDeleting(entry)}
                      >
                        Delete<span className="visually-hidden"> {entry.name}</span>
                      </button>
                    </div>
                  ) : null}
                </div>
                <div className="catalog-entry-body">
                  <EntryFacts entry={entry} />
                  <EntryTenants entry={entry} canSeeLinks={canSeeLinks} />
                </div>
              </li>
            ))}
          </ul>
          {data.catalogEntries.pageInfo.hasNextPage ? (
            <p className="load-more">
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: data.catalogEntries.pageInfo.endCursor },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      catalogEntries: {
                        ...fetchMoreResult.catalogEntries,
                        edges: [...(prev.catalogEntries?.edges ?? []), ...fetchMoreResult.catalogEntries.edges],
                      },
                    }),
                  })
                }
              >
                {loading ? 'Loading…' : 'Show more entries'}
              </button>
            </p>
          ) : null}
        </>
      )}
      {canManage ? (
        <>
          <CatalogEntryDialog
            open={editing !== null}
            entry={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={onSaved}
          />
          <ConfirmDialog
            title={deleting ? `Delete ${deleting.name}?` : 'Delete entry?'}
            open={deleting !== null}
            confirmLabel="Delete entry"
            busyLabel="Deleting…"
            onConfirm={() => onDelete(deleting!)}
            onClose={() => setDeleting(null)}
          >
            <p>
              The entry leaves the catalog.{' '}
              {deleting?.linkedTenants.length
                ? `The ${deleting.linkedTenants.length} client${deleting.linkedTenants.length === 1 ? '' : 's'} using it keep the recipient as their own, and later catalog changes no longer reach it.`
                : 'No client uses it.'}
            </p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
