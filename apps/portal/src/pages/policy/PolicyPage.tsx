import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { CompletenessPanel } from '../../components/CompletenessPanel.js';
import { Loading } from '../../components/States.js';
import { POLICY_PAGE } from '../../graphql/policy.operations.js';
import type { ResultOf } from '../../graphql/tada.js';
import { inTenant } from '../../lib/apollo.js';
import { formatDate, today } from '../../lib/format.js';
import { PolicyHeader, PolicyPageState } from './PolicyHeader.js';
import { PublicLinks } from './PublicLinks.js';
import { ImportDialog } from './ImportDialog.js';
import { PublishDialog, type PublishedVersion } from './PublishDialog.js';
import { usePolicyVersions, VersionList } from './VersionList.js';

// The renderer (and the domain rules it uses) is only needed here: loaded with this page, not with the portal.
const DraftPreview = lazy(() => import('./DraftPreview.js').then((m) => ({ default: m.DraftPreview })));

const TITLE = 'Publish & versions';

function publishedMessage(v: PublishedVersion): string {
  if (v.isLive) return `Version ${v.version} was published and is live now.`;
  return v.effectiveDate > today()
    ? `Version ${v.version} was published. It takes effect on ${formatDate(v.effectiveDate)}; until then the current version stays live.`
    : `Version ${v.version} was published, effective ${formatDate(v.effectiveDate)}.`;
}

/** The page below its heading: what was just published, the check, the public links, the preview and the versions. */
function PolicyOverview({
  data,
  versions,
  announcement,
}: {
  data: ResultOf<typeof POLICY_PAGE>;
  versions: ReturnType<typeof usePolicyVersions>;
  announcement: string | null;
}) {
  const tenant = data.currentTenant;
  return (
    <>
      <div role="status" aria-live="polite">
        {announcement ? <p className="notice notice-success">{announcement}</p> : null}
      </div>
      {!tenant.viewer.canEditPolicy ? (
        <p className="notice notice-info">
          Your role ({tenant.viewer.role.toLowerCase()}) can read this client&apos;s versions but not publish them.
        </p>
      ) : null}
      <div className="detail-grid policy-grid">
        <CompletenessPanel completeness={data.policyCompleteness} slug={tenant.slug} />
        <PublicLinks links={tenant.publicLinks} published={(versions.connection?.totalCount ?? 0) > 0} />
      </div>
      <section className="card" aria-labelledby="preview-heading">
        <div className="card-header">
          <h2 id="preview-heading">Preview of the draft</h2>
          <span className="muted small">As it would be published today; updates when the policy data changes.</span>
        </div>
        <Suspense fallback={<Loading label="Loading the preview…" />}>
          <DraftPreview
            snapshot={data.policyDraft.snapshot}
            defaultLanguage={tenant.defaultLanguage}
            publicUrl={tenant.publicLinks.privacyPolicy}
            slug={tenant.slug}
          />
        </Suspense>
      </section>
      <VersionList slug={tenant.slug} query={versions} />
    </>
  );
}

/**
 * `/tenants/:slug/policy`: whether the draft may be published and what blocks it, the draft rendered as it would be
 * published, publishing, the published versions, and the public links with the embed snippet.
 */
export function PolicyPage() {
  const { slug = '' } = useParams();
  const page = useQuery(POLICY_PAGE, {
    ...inTenant(slug),
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'network-only',
  });
  const versions = usePolicyVersions(slug);
  const [publishing, setPublishing] = useState(false);
  const [importing, setImporting] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const { refetch: refetchPage } = page;
  const { refetch: refetchVersions } = versions;

  // Fetched again when the person comes back to the tab: the draft may have been edited in another one.
  useEffect(() => {
    // A failure shows through the queries' own error state.
    const onFocus = () => void Promise.all([refetchPage(), refetchVersions()]).catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetchPage, refetchVersions]);

  const data = page.data;
  const tenant = data?.currentTenant;
  // Offered only when the API's permissions allow publishing (the same permission as editing the policy).
  const canPublish = tenant?.viewer.canEditPolicy ?? false;
  return (
    <>
      <PolicyHeader
        slug={slug}
        tenant={tenant}
        title={TITLE}
        actions={
          canPublish ? (
            <>
              <button type="button" className="button" onClick={() => setImporting(true)}>
                Import earlier version
              </button>
              <button type="button" className="button button-primary" onClick={() => setPublishing(true)}>
                Publish new version
              </button>
            </>
          ) : null
        }
      />
      {data ? (
        <PolicyOverview data={data} versions={versions} announcement={announcement} />
      ) : (
        <PolicyPageState error={page.error} onRetry={() => void page.refetch()} loadingLabel="Loading the draft…" />
      )}
      {data && canPublish ? (
        <PublishDialog
          open={publishing}
          slug={data.currentTenant.slug}
          blockingErrors={data.policyCompleteness.problems.filter((p) => p.severity === 'ERROR').length}
          onClose={() => setPublishing(false)}
          onPublished={(v) => {
            setPublishing(false);
            setAnnouncement(publishedMessage(v));
          }}
        />
      ) : null}
      {data && canPublish ? (
        <ImportDialog
          open={importing}
          slug={data.currentTenant.slug}
          onClose={() => setImporting(false)}
          onImported={(v) => {
            setImporting(false);
            setAnnouncement(
              `Version ${v.version} was imported: the earlier policy effective ${formatDate(v.effectiveDate)}, kept as written.`,
            );
          }}
        />
      ) : null}
    </>
  );
}
