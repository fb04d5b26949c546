import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Empty, Loading } from '../../components/States.js';
import { POLICY_VERSIONS } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { formatDate, formatDateTime, today } from '../../lib/format.js';
import { policyBase } from './PolicyHeader.js';
import { defaultComparison } from './policy-format.js';
import { ImportedBadge, VersionBadge } from './policy-ui.js';

type Version = ResultOf<typeof POLICY_VERSIONS>['policyVersions']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** The versions of the policy (published and imported), newest effective date first, with older pages on request. */
export function usePolicyVersions(slug: string, pageSize = PAGE_SIZE) {
  const query = useQuery(POLICY_VERSIONS, {
    ...inTenant(slug),
    variables: { last: pageSize },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.policyVersions;
  const versions = connection ? connection.edges.map((e) => e.node).reverse() : undefined;
  const loadOlder = () =>
    query.fetchMore({
      variables: { last: pageSize, before: connection?.pageInfo.startCursor ?? null },
      // The connection runs oldest first: an older page goes in front, and its pageInfo says what is before it.
      updateQuery: (previous, { fetchMoreResult }) => ({
        policyVersions: {
          ...fetchMoreResult.policyVersions,
          edges: [...fetchMoreResult.policyVersions.edges, ...(previous.policyVersions?.edges ?? [])],
        },
      }),
    });
  return { ...query, connection, versions, loadOlder };
}

/** Two versions to compare; submitting opens the side-by-side comparison. */
export function CompareForm({
  slug,
  versions,
  initial,
}: {
  slug: string;
  versions: readonly number[];
  initial?: { from: number; to: number } | null;
}) {
  const navigate = useNavigate();
  const id = useId();
  const fallback = initial ?? defaultComparison(versions);
  const [from, setFrom] = useState(fallback?.from);
  const [to, setTo] = useState(fallback?.to);
  if (versions.length < 2 || from === undefined || to === undefined) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(`${policyBase(slug)}/compare?from=${from}&to=${to}`);
  };
  const select = (label: string, value: number, onChange: (v: number) => void) => (
    <div className="filter">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            Version {v}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="compare-form" onSubmit={onSubmit} aria-label="Compare two versions">
      {select('Older', from, setFrom)}
      {select('Newer', to, setTo)}
      <button type="submit" className="button" disabled={from === to}>
        Compare
      </button>
      {from === to ? <p className="muted small compare-note">Choose two different versions.</p> : null}
    </form>
  );
}

function VersionRow({ slug, version }: { slug: string; version: Version }) {
  return (
    <tr>
      <th scope="row" className="nowrap">
        <Link to={`${policyBase(slug)}/versions/${version.version}`}>Version {version.version}</Link>{' '}
        <VersionBadge version={version} /> <ImportedBadge version={version} />
      </th>
      <td className="nowrap">{formatDate(version.effectiveDate)}</td>
      <td className="nowrap">
        <time dateTime={version.publishedAt}>{formatDateTime(version.publishedAt)}</time>
        {version.publishedBy ? <div className="muted small">by {version.publishedBy}</div> : null}
      </td>
      <td className="version-summary">{version.changeSummary}</td>
    </tr>
  );
}

/** Every version: which one is live, when each takes effect, which were imported, and a way to compare any two. */
export function VersionList({ slug, query }: { slug: string; query: ReturnType<typeof usePolicyVersions> }) {
  const { versions, connection, error, refetch, loadOlder, loading } = query;
  const live = versions?.find((v) => v.isLive);
  return (
    <section className="card" aria-labelledby="versions-heading">
      <div className="card-header">
        <h2 id="versions-heading">Published versions</h2>
        {connection?.totalCount ? (
          <span className="muted small">
            {connection.totalCount === 1 ? '1 version' : `${connection.totalCount} versions`}
          </span>
        ) : null}
      </div>
      {error && !versions ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !versions ? (
        <Loading label="Loading versions…" />
      ) : versions.length === 0 ? (
        <Empty title="Not published yet">
          <p>Publish the draft to create version 1; the public links answer from then on.</p>
        </Empty>
      ) : (
        <>
          <p className="muted">
            {live ? `Version ${live.version} is live: the public links serve it.` : null}{' '}
            {versions.some((v) => !v.isLive && v.effectiveDate > today())
              ? 'A scheduled version takes over on its effective date.'
              : null}
            {versions.some((v) => v.imported)
              ? ' Imported versions are the client’s earlier policies, kept as written.'
              : null}
          </p>
          <CompareForm key={versions.length} slug={slug} versions={versions.map((v) => v.version)} />
          <div className="table-wrap">
            <table className="table version-table">
              <caption className="visually-hidden">Published versions, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Effective</th>
                  <th scope="col">Published</th>
                  <th scope="col">What changed</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <VersionRow key={v.version} slug={slug} version={v} />
                ))}
              </tbody>
            </table>
          </div>
          {connection?.pageInfo.hasPreviousPage ? (
            <p className="load-more">
              <button type="button" className="button" onClick={() => void loadOlder()} disabled={loading}>
                {loading ? 'Loading…' : 'Show older versions'}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
