import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Empty } from '../../components/States.js';
import { POLICY_DIFF } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { fieldLabel, formatAuditValue } from '../settings/settings-format.js';
import { policyBase, PolicyHeader, PolicyPageState } from './PolicyHeader.js';
import {
  CHANGE_KIND_LABELS,
  changesBySection,
  comparisonOf,
  languageName,
  sideBySide,
  textNotComparedReason,
  type DiffLine,
} from './policy-format.js';
import { CompareForm, usePolicyVersions } from './VersionList.js';

type Diff = ResultOf<typeof POLICY_DIFF>['policyDiff'];
type Change = Diff['changes'][number];

const EMPTY = (
  <span className="muted" aria-label="empty">
    —
  </span>
);

/** One item's changed fields: each value in the older version beside the newer one. */
function FieldChanges({ change, from, to }: { change: Change; from: number; to: number }) {
  if (change.kind !== 'CHANGED' || change.fields.length === 0) return null;
  return (
    <table className="changes">
      <caption className="visually-hidden">Fields of {change.name} that changed</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Version {from}</th>
          <th scope="col">Version {to}</th>
        </tr>
      </thead>
      <tbody>
        {change.fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{fieldLabel(f.field)}</th>
            <td className="change-before">{formatAuditValue(f.before) || EMPTY}</td>
            <td className="change-after">{formatAuditValue(f.after) || EMPTY}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What changed, item by item, under the sections of the policy data. */
function ItemChanges({ diff, textOnly }: { diff: Diff; textOnly: boolean }) {
  const groups = changesBySection(diff.changes);
  return (
    <section className="card" aria-labelledby="item-changes-heading">
      <h2 id="item-changes-heading">What changed, item by item</h2>
      {textOnly ? (
        <Empty title="Not compared item by item">
          <p>An imported version is the text of an earlier policy, without policy data: compare the texts below.</p>
        </Empty>
      ) : groups.length === 0 ? (
        <Empty title="No item changed">
          <p>The policy data of the two versions is the same; only their dates and numbers differ.</p>
        </Empty>
      ) : (
        groups.map((group) => (
          <div key={group.section} className="diff-section">
            <h3>{group.label}</h3>
            <ul className="plain-list diff-items">
              {group.changes.map((c, i) => (
                <li key={`${c.id ?? c.name}-${i}`} className={`diff-item diff-item-${c.kind.toLowerCase()}`}>
                  <p>
                    <span className={`badge diff-kind diff-kind-${c.kind.toLowerCase()}`}>
                      {CHANGE_KIND_LABELS[c.kind] ?? c.kind}
                    </span>{' '}
                    <strong>{c.name}</strong>
                  </p>
                  <FieldChanges change={c} from={diff.from} to={diff.to} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** A line of one side of the text diff; what was removed or added is said in words too, not only by colour. */
function LineCells({ line }: { line: DiffLine | null }) {
  if (!line) return <td colSpan={2} className="diff-blank" />;
  return (
    <>
      <td className="diff-number">{line.number}</td>
      <td className={`diff-text diff-${line.kind}`}>
        {line.kind === 'same' ? null : (
          <>
            <span className="diff-marker" aria-hidden="true">
              {line.kind === 'removed' ? '−' : '+'}
            </span>
            <span className="visually-hidden">{line.kind === 'removed' ? 'Removed: ' : 'Added: '}</span>
          </>
        )}
        {line.text || '\u00a0'}
      </td>
    </>
  );
}

/**
 * The API compares texts line by line only within its limits (size, lines changed, time); beyond them it says why
 * instead. The item-by-item changes are complete either way, and each version's whole text is on its own page.
 */
function TextNotCompared({ diff, slug }: { diff: Diff; slug: string }) {
  const base = policyBase(slug);
  return (
    <div className="notice notice-info">
      <p>
        {diff.language ? (
          <>
            <strong>Too large to compare as text.</strong> The changes item by item above are complete.
          </>
        ) : (
          <strong>No language in common to compare.</strong>
        )}
      </p>
      {diff.textDiffOmitted ? <p className="small">{textNotComparedReason(diff.textDiffOmitted.message)}</p> : null}
      <p className="small">
        Read the whole text of <Link to={`${base}/versions/${diff.from}`}>version {diff.from}</Link> or{' '}
        <Link to={`${base}/versions/${diff.to}`}>version {diff.to}</Link>.
      </p>
    </div>
  );
}

/** The English texts of both versions side by side: the changed places, with a little context around each. */
function TextChanges({ diff, slug }: { diff: Diff; slug: string }) {
  const blocks = useMemo(() => (diff.textDiff === null ? null : sideBySide(diff.textDiff)), [diff.textDiff]);
  return (
    <section className="card" aria-labelledby="text-changes-heading">
      <h2 id="text-changes-heading">The text side by side</h2>
      <p className="muted small">
        {diff.language
          ? `The ${languageName(diff.language)} plain text of each version; unchanged stretches are folded away.`
          : 'The two versions have no language in common, so their texts are not compared.'}
      </p>
      {blocks === null ? (
        <TextNotCompared diff={diff} slug={slug} />
      ) : blocks.length === 0 ? (
        <Empty title="The texts are the same" />
      ) : (
        <div className="table-wrap">
          <table className="text-diff">
            <caption className="visually-hidden">
              Version {diff.from} on the left, version {diff.to} on the right
            </caption>
            <colgroup>
              <col className="diff-number-col" />
              <col />
              <col className="diff-number-col" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" colSpan={2}>
                  Version {diff.from}
                </th>
                <th scope="col" colSpan={2}>
                  Version {diff.to}
                </th>
              </tr>
            </thead>
            {blocks.map((block, b) => (
              <tbody key={b}>
                {block.skipped > 0 ? (
                  <tr className="diff-skipped">
                    <td colSpan={4}>
                      {block.skipped} unchanged line{block.skipped === 1 ? '' : 's'}
                    </td>
                  </tr>
                ) : null}
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    <LineCells line={row.old} />
                    <LineCells line={row.new} />
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}

/** `/tenants/:slug/policy/compare?from=…&to=…`: any two versions, item by item and as text side by side. */
export function VersionDiff() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const chosen = comparisonOf(params);
  const versions = usePolicyVersions(slug, 100);
  const { data, previousData, error, refetch } = useQuery(POLICY_DIFF, {
    ...inTenant(slug),
    variables: chosen ?? { from: 0, to: 0 },
    skip: !chosen,
    fetchPolicy: 'network-only',
  });
  const title = chosen ? `Compare versions ${chosen.from} and ${chosen.to}` : 'Compare versions';
  return (
    <>
      <PolicyHeader slug={slug} tenant={(data ?? previousData)?.currentTenant} title={title} subPage />
      {versions.versions ? (
        <CompareForm
          key={chosen ? `${chosen.from}-${chosen.to}` : 'none'}
          slug={slug}
          versions={versions.versions.map((v) => v.version)}
          initial={chosen}
        />
      ) : null}
      {!chosen ? (
        <div className="notice notice-error" role="alert">
          <p>Choose two versions to compare.</p>
        </div>
      ) : data ? (
        <>
          <ItemChanges
            diff={data.policyDiff}
            textOnly={
              versions.versions?.some(
                (v) => v.imported && (v.version === data.policyDiff.from || v.version === data.policyDiff.to),
              ) ?? false
            }
          />
          <TextChanges diff={data.policyDiff} slug={slug} />
        </>
      ) : (
        <PolicyPageState error={error} onRetry={() => void refetch()} loadingLabel="Comparing…" />
      )}
    </>
  );
}
