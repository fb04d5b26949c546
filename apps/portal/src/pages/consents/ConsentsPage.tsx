import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { DONE, FailureNotice, Field, outcomeMessage, succeeded, useSubmit } from '../../components/form/index.js';
import { Empty, Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import { CONSENT_COUNTS, CONSENT_PROOF, CONSENT_SUBJECT, CONSENTS_TENANT } from '../../graphql/consents.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDateTime, label } from '../../lib/format.js';
import { ConsentLegend, PurposeChart } from './ConsentChart.js';
import { PERIOD_CHOICES, rangeFor, seriesOf } from './consent-chart.js';
import {
  CHOICE_LABELS,
  CHOICE_SYMBOLS,
  downloadJson,
  METHOD_LABELS,
  proofFileName,
  RECORDER_LABELS,
  type Choice,
} from './consent-format.js';
import { RecordConsentDialog, type ConsentPurposeOption } from './RecordConsentDialog.js';

type Subject = ResultOf<typeof CONSENT_SUBJECT>['consentSubject'];
type ConsentEvent = Subject['history']['edges'][number]['node'];

const HISTORY_PAGE = 25;

export function ChoiceBadge({ choice }: { choice: Choice }) {
  return (
    <span className={`badge consent-choice consent-choice-${choice.toLowerCase()}`}>
      <span aria-hidden="true">{CHOICE_SYMBOLS[choice]} </span>
      {CHOICE_LABELS[choice]}
    </span>
  );
}

function EventRow({ event }: { event: ConsentEvent }) {
  return (
    <tr>
      <th scope="row" className="nowrap">
        <time dateTime={event.recordedAt}>{formatDateTime(event.recordedAt)}</time>
      </th>
      <td>
        <ul className="plain-list consent-decisions">
          {event.decisions.map((d) => (
            <li key={d.purposeId}>
              <ChoiceBadge choice={d.choice} /> {d.purposeName}
              {d.byGpc ? <span className="muted small"> (Global Privacy Control)</span> : null}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <span>{label(METHOD_LABELS, event.method)}</span>
        <span className="muted small consent-recorder">by {label(RECORDER_LABELS, event.recordedBy)}</span>
      </td>
      <td>v{event.policyVersion}</td>
      <td className="consent-page-url">
        {event.pageUrl ? (
          <span title={event.pageUrl} className="break">
            {event.pageUrl}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="nowrap">{event.ipTruncated ?? <span className="muted">—</span>}</td>
      <td>{event.language ?? <span className="muted">—</span>}</td>
    </tr>
  );
}

/** One person's answers: the state per purpose, every event, and the proof export. */
function SubjectPanel({ slug, subjectId }: { slug: string; subjectId: string }) {
  const client = useApolloClient();
  const { data, error, refetch, fetchMore, loading } = useQuery(CONSENT_SUBJECT, {
    ...inTenant(slug),
    variables: { subjectId, first: HISTORY_PAGE },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const download = useSubmit();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const subject = data?.consentSubject;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = subject !== undefined;

  // Each lookup mounts a new panel: once its answer is in, move focus to it so screen readers read the result.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const onDownload = async () => {
    setDownloaded(null);
    await download.run(async () => {
      const result = await client.query({
        query: CONSENT_PROOF,
        variables: { subjectId },
        fetchPolicy: 'network-only',
        ...inTenant(slug),
      });
      const proof = result.data?.consentSubject;
      if (!proof) throw new Error('no proof in the answer');
      const fileName = proofFileName(slug, proof.subjectHash);
      downloadJson(fileName, proof.proof);
      setDownloaded(`The proof was saved as ${fileName}.`);
      return DONE;
    });
  };

  if (error && !subject) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!subject) return <Loading label="Looking up consents…" />;
  const events = subject.history.edges.map((e) => e.node);
  const hasConsents = subject.history.totalCount > 0;
  return (
    <section className="card" aria-labelledby="subject-heading">
      <div className="card-header">
        <div>
          <h2 id="subject-heading" ref={heading} tabIndex={-1}>
            Consents of this person
          </h2>
          <p className="muted small">
            Identifier hash <code className="break">{subject.subjectHash.slice(0, 16)}…</code>
          </p>
        </div>
        <div className="actions">
          {hasConsents ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void onDownload()}
              disabled={download.busy}
            >
              {download.busy ? 'Preparing the proof…' : 'Download proof (JSON)'}
            </button>
          ) : null}
        </div>
      </div>
      <div role="status" aria-live="polite">
        {downloaded ? <p className="notice notice-success">{downloaded}</p> : null}
      </div>
      <FailureNotice
        message={
          succeeded(download.outcome) ? null : `The proof could not be downloaded. ${outcomeMessage(download.outcome)}`
        }
      />
      {!hasConsents ? (
        <Empty title="No consents recorded for this identifier">
          <p>Check that it is written exactly as your website sends it (e-mail addresses are compared without case).</p>
        </Empty>
      ) : (
        <>
          <h3>Current state</h3>
          <div className="table-wrap">
            <table className="table consent-state">
              <caption className="visually-hidden">Answer in force per purpose</caption>
              <thead>
                <tr>
                  <th scope="col">Purpose</th>
                  <th scope="col">Answer in force</th>
                  <th scope="col">Since</th>
                </tr>
              </thead>
              <tbody>
                {subject.state.map((s) => (
                  <tr key={s.purposeId}>
                    <th scope="row">{s.purposeName}</th>
                    <td>
                      <ChoiceBadge choice={s.choice} />
                    </td>
                    <td>
                      <time dateTime={s.since}>{formatDateTime(s.since)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>History</h3>
          <p className="muted small">
            {subject.history.totalCount} event{subject.history.totalCount === 1 ? '' : 's'}, newest first. IP addresses
            are kept to network precision only.
          </p>
          {/* Focusable, so keyboard users can scroll the table sideways on a narrow window. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label="History of answers">
            <table className="table consent-history">
              <caption className="visually-hidden">Every answer this person gave, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Answers</th>
                  <th scope="col">Method</th>
                  <th scope="col">Policy</th>
                  <th scope="col">Page</th>
                  <th scope="col">IP (truncated)</th>
                  <th scope="col">Language</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <EventRow key={event.id} event={event} />
                ))}
              </tbody>
            </table>
          </div>
          {subject.history.pageInfo.hasNextPage ? (
            <p className="load-more">
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: subject.history.pageInfo.endCursor },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      consentSubject: {
                        ...fetchMoreResult.consentSubject,
                        history: {
                          ...fetchMoreResult.consentSubject.history,
                          edges: [
                            ...(prev.consentSubject?.history.edges ?? []),
                            ...fetchMoreResult.consentSubject.history.edges,
                          ],
                        },
                      },
                    }),
                  })
                }
              >
                {loading ? 'Loading…' : 'Show older events'}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Answers per purpose over a chosen period, one small chart per purpose. */
function CountsPanel({ slug, refreshKey }: { slug: string; refreshKey: number }) {
  const [periodId, setPeriodId] = useState(PERIOD_CHOICES[0]!.id);
  const choice = PERIOD_CHOICES.find((p) => p.id === periodId) ?? PERIOD_CHOICES[0]!;
  // UTC, as the API counts: the current period is the one the API puts today's answers in.
  const todayUtc = new Date().toISOString().slice(0, 10);
  const range = useMemo(() => rangeFor(choice, todayUtc), [choice, todayUtc]);
  const { data, error, refetch, loading } = useQuery(CONSENT_COUNTS, {
    ...inTenant(slug),
    variables: { from: range.from, to: range.to, interval: choice.interval },
    fetchPolicy: 'network-only',
  });
  useEffect(() => {
    if (refreshKey) void refetch();
  }, [refreshKey, refetch]);
  const series = data ? seriesOf(data.consentCounts, range.periods) : [];
  return (
    <section className="card" aria-labelledby="counts-heading" aria-busy={loading}>
      <div className="card-header">
        <h2 id="counts-heading">Answers over time</h2>
        <div className="filter">
          <label htmlFor="consent-period">Period</label>
          <select id="consent-period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
            {PERIOD_CHOICES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted small">
        Every answer given for each purpose, by the day it was recorded (UTC). A person who answers twice counts twice.
      </p>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading label="Counting answers…" />
      ) : series.length === 0 ? (
        <Empty title="No answers in this period">
          <p>Answers appear here once your website or an integration records consents.</p>
        </Empty>
      ) : (
        <>
          <ConsentLegend />
          <div className="consent-charts">
            {series.map((s) => (
              <PurposeChart key={s.purposeId} series={s} interval={choice.interval} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** `/tenants/:slug/consents`: look a person up, see and prove their answers, and see answers over time. */
export function ConsentsPage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(CONSENTS_TENANT, { ...inTenant(slug), fetchPolicy: 'network-only' });
  const tenant = data?.currentTenant;
  const [query, setQuery] = useState('');
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [recordFor, setRecordFor] = useState<string | null>(null);
  const [recorded, setRecorded] = useState(0);
  const [lookups, setLookups] = useState(0);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    document.title = `Consents · ${tenant?.displayName ?? slug} · Noticeboard`;
  }, [tenant?.displayName, slug]);

  const purposes: ConsentPurposeOption[] = (data?.purposes.edges ?? [])
    .map((e) => e.node)
    .filter((p) => p.reliesOnConsent || p.saleOrSharing);

  if (!tenant)
    return (
      <>
        <h1>Consents</h1>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <Loading />}
      </>
    );

  const onLookup = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = query.trim();
    if (!value) {
      setLookupError('Enter the identifier your website knows the person by.');
      return;
    }
    setLookupError(null);
    setStatus(null);
    setSubjectId(value);
    setLookups((n) => n + 1);
  };

  const header = (
    <div className="page-header">
      <div>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={`/tenants/${encodeURIComponent(tenant.slug)}`}>{tenant.displayName}</Link>
        </nav>
        <h1>Consents</h1>
      </div>
    </div>
  );

  if (!tenant.viewer.canReadConsents)
    return (
      <>
        {header}
        <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
        <div className="notice notice-info">
          <p>
            Your role in this client ({tenant.viewer.role.toLowerCase()}) does not include reading consents. Ask an
            administrator of the client if you need it.
          </p>
        </div>
      </>
    );

  return (
    <>
      {header}
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      <div role="status" aria-live="polite">
        {status ? <p className="notice notice-success">{status}</p> : null}
      </div>
      <section className="card" aria-labelledby="lookup-heading">
        <div className="card-header">
          <h2 id="lookup-heading">Find a person&apos;s consents</h2>
          {tenant.viewer.canRecordConsents && purposes.length ? (
            <button type="button" className="button" onClick={() => setRecordFor(subjectId ?? '')}>
              Record a consent
            </button>
          ) : null}
        </div>
        <form
          className="inline-form consent-lookup"
          onSubmit={onLookup}
          noValidate
          role="search"
          aria-label="Consents of a person"
        >
          <Field
            label="Identifier"
            hint="The e-mail address, account id or cookie id your website sends with consents. Only a keyed hash of it is stored and compared."
            problems={lookupError ? [{ path: 'subjectId', code: 'REQUIRED', message: lookupError }] : undefined}
          >
            {(p) => (
              <input
                {...p}
                name="subjectId"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary">
            Look up
          </button>
        </form>
      </section>
      {subjectId ? (
        <SubjectPanel key={`${subjectId}-${lookups}-${recorded}`} slug={tenant.slug} subjectId={subjectId} />
      ) : null}
      <CountsPanel slug={tenant.slug} refreshKey={recorded} />
      {tenant.viewer.canRecordConsents ? (
        <RecordConsentDialog
          open={recordFor !== null}
          slug={tenant.slug}
          subjectId={recordFor ?? ''}
          purposes={purposes}
          onClose={() => setRecordFor(null)}
          onRecorded={(recordedSubject, replayed) => {
            setRecordFor(null);
            setQuery(recordedSubject);
            setSubjectId(recordedSubject);
            setRecorded((n) => n + 1);
            setStatus(
              replayed
                ? 'This answer had already been recorded; nothing new was written.'
                : 'The consent was recorded.',
            );
          }}
        />
      ) : null}
    </>
  );
}
