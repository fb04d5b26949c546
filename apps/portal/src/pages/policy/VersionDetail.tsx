import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../components/States.js';
import { POLICY_VERSION } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDate, formatDateTime, today } from '../../lib/format.js';
import { policyBase, PolicyHeader, PolicyPageState } from './PolicyHeader.js';
import { languageName, versionStatus, type ApiLanguage, type VersionStatus } from './policy-format.js';
import { ChoiceGroup, ImportedBadge, LanguageChoice, PolicyFrame, VersionBadge } from './policy-ui.js';

type View = 'formatted' | 'text';

const STATUS_TEXT: Record<VersionStatus, (effectiveDate: string) => string> = {
  live: () => 'Live: the public links serve this version.',
  scheduled: (date) => `Scheduled: the public links serve it from ${formatDate(date)}.`,
  superseded: () => 'Superseded: a newer version is live.',
};

const VIEWS = [
  { value: 'formatted' as const, label: 'Formatted' },
  { value: 'text' as const, label: 'Plain text' },
];

type Version = ResultOf<typeof POLICY_VERSION>['policyVersion'];

/** When the version takes effect, when it was published, what changed, whether it is live, and its content hash. */
function VersionFacts({ version: v }: { version: Version }) {
  return (
    <section className="card" aria-labelledby="version-facts-heading">
      <h2 id="version-facts-heading">About this version</h2>
      <dl className="facts">
        <div className="fact">
          <dt>Effective</dt>
          <dd>{formatDate(v.effectiveDate)}</dd>
        </div>
        <div className="fact">
          <dt>Published</dt>
          <dd>
            <time dateTime={v.publishedAt}>{formatDateTime(v.publishedAt)}</time>
            {v.publishedBy ? ` by ${v.publishedBy}` : null}
          </dd>
        </div>
        <div className="fact">
          <dt>What changed</dt>
          <dd className="pre-line">{v.changeSummary}</dd>
        </div>
        <div className="fact">
          <dt>Status</dt>
          <dd>{STATUS_TEXT[versionStatus(v, today())](v.effectiveDate)}</dd>
        </div>
        <div className="fact">
          <dt>Content hash</dt>
          <dd>
            <code className="break">{v.snapshotHash}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** `/tenants/:slug/policy/versions/:version`: one published version as its public URL serves it, in each language. */
export function VersionDetail() {
  const { slug = '', version: versionParam = '' } = useParams();
  const versionNumber = Number(versionParam);
  const isVersionNumber = Number.isInteger(versionNumber) && versionNumber > 0;
  const [language, setLanguage] = useState<ApiLanguage>('EN');
  const [view, setView] = useState<View>('formatted');
  const { data, previousData, error, refetch, loading } = useQuery(POLICY_VERSION, {
    ...inTenant(slug),
    variables: { version: versionNumber, language },
    // An address that names no version number is not asked about; a number the client has not published is the
    // API's NOT_FOUND, shown as an error.
    skip: !isVersionNumber,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const title = `Version ${versionParam}`;
  // While another language of the same version loads, the facts stay and the document area says it is loading.
  const shown = data ?? (previousData?.policyVersion.version === versionNumber ? previousData : undefined);
  const v = shown?.policyVersion;
  const base = policyBase(slug);
  return (
    <>
      <PolicyHeader
        slug={slug}
        tenant={shown?.currentTenant}
        title={title}
        subPage
        actions={
          v ? (
            <>
              <VersionBadge version={v} />
              <ImportedBadge version={v} />
              {v.version > 1 ? (
                <Link className="button" to={`${base}/compare?from=${v.version - 1}&to=${v.version}`}>
                  Compare with version {v.version - 1}
                </Link>
              ) : null}
              <a className="button" href={v.url} target="_blank" rel="noreferrer">
                Public page<span className="visually-hidden"> of version {v.version} (opens in a new tab)</span>
              </a>
            </>
          ) : null
        }
      />
      {v ? (
        <>
          <VersionFacts version={v} />
          <section className="card" aria-labelledby="version-document-heading">
            <h2 id="version-document-heading">Published document</h2>
            <p className="muted small">
              {v.imported
                ? 'The earlier policy as imported, under its archive marking, exactly as its public page serves it.'
                : 'Exactly as stored when it was published, and as its public page serves it.'}
            </p>
            <div className="choice-bar">
              <LanguageChoice
                legend="Language"
                languages={v.languages}
                value={v.languages.includes(language) ? language : (v.languages[0] ?? language)}
                onChange={setLanguage}
              />
              <ChoiceGroup legend="Show as" options={VIEWS} value={view} onChange={setView} />
            </div>
            {error ? (
              <ErrorState error={error} onRetry={() => void refetch()} />
            ) : loading || !data ? (
              <Loading label={`Loading the ${languageName(language)} text…`} />
            ) : view === 'formatted' ? (
              <PolicyFrame title={`Version ${v.version} in ${languageName(language)}`} html={v.html} />
            ) : (
              <pre
                className="policy-text"
                lang={language.toLowerCase()}
                tabIndex={0}
                aria-label={`Version ${v.version} in ${languageName(language)}, plain text`}
              >
                {v.text}
              </pre>
            )}
          </section>
        </>
      ) : !isVersionNumber ? (
        <div className="notice notice-error" role="alert">
          <p>
            “{versionParam}” is not a version number. <Link to={base}>See the published versions</Link>.
          </p>
        </div>
      ) : (
        <PolicyPageState error={error} onRetry={() => void refetch()} loadingLabel="Loading the version…" />
      )}
    </>
  );
}
