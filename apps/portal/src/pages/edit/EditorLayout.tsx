import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { Loading } from '../../components/States.js';
import { TenantNav } from '../../components/TenantNav.js';
import { POLICY_EDITOR, POLICY_EDITOR_LISTS } from '../../graphql/edit.operations.js';
import { inTenant } from '../../lib/apollo.js';
import { ErrorState } from '../../lib/errors.js';
import { EDITOR_SECTIONS, translationsPath, type PolicyLocationKind } from '../../lib/policy-location.js';
import type { EditorContext, EditorData } from './editor-kit.js';

const SECTION_KINDS = Object.keys(EDITOR_SECTIONS) as PolicyLocationKind[];

/** How many items a section holds (null for the single-form sections). */
export function sectionCount(data: EditorData, kind: PolicyLocationKind): number | null {
  switch (kind) {
    case 'CONTROLLER':
    case 'SETTINGS':
      return null;
    case 'AUDIENCE':
      return data.audiences.totalCount;
    case 'DATA_CATEGORY':
      return data.dataCategories.totalCount;
    case 'PURPOSE':
      return data.purposes.totalCount;
    case 'RECIPIENT':
      return data.recipients.totalCount;
    case 'COOKIE':
      return data.cookies.totalCount;
    case 'CLAUSE':
      return data.clauses.totalCount;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function sectionProblems(data: EditorData, kind: PolicyLocationKind) {
  return data.policyCompleteness.problems.filter((p) => p.location.kind === kind);
}

/** `/tenants/:slug/edit/*`: the client's heading, its sections, the editor's section navigation, and the section. */
export function EditorLayout() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const options = { ...inTenant(slug), fetchPolicy: 'network-only', nextFetchPolicy: 'network-only' } as const;
  const main = useQuery(POLICY_EDITOR, options);
  const lists = useQuery(POLICY_EDITOR_LISTS, options);
  const data: EditorData | undefined = main.data && lists.data ? { ...main.data, ...lists.data } : undefined;
  const error = main.error ?? lists.error;
  const refetch = () => Promise.all([main.refetch(), lists.refetch()]);
  const tenant = data?.currentTenant;
  const base = `/tenants/${encodeURIComponent(slug)}/edit`;
  const segment = location.pathname.slice(base.length).split('/').filter(Boolean)[0];
  const kind = SECTION_KINDS.find((k) => EDITOR_SECTIONS[k].path === segment);
  const title = kind ? EDITOR_SECTIONS[kind].label : 'Policy data';

  useEffect(() => {
    document.title = `${title} · ${tenant?.displayName ?? slug} · Noticeboard`;
  }, [title, tenant?.displayName, slug]);

  if (!data || !tenant)
    return (
      <>
        <h1>{title}</h1>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <Loading label="Loading the policy…" />}
      </>
    );

  const context: EditorContext = { data, tenant, refresh: () => refetch() };
  return (
    <>
      <div className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={`/tenants/${encodeURIComponent(tenant.slug)}`}>{tenant.displayName}</Link>
            {kind ? (
              <>
                {' '}
                <span aria-hidden="true">›</span> <Link to={base}>Policy data</Link>
              </>
            ) : null}
          </nav>
          <h1>{title}</h1>
        </div>
        <div className="actions">
          <span className={data.policyCompleteness.publishable ? 'badge badge-completed' : 'badge badge-danger'}>
            {data.policyCompleteness.publishable ? 'Ready to publish' : 'Not ready to publish'}
          </span>
        </div>
      </div>
      <TenantNav slug={tenant.slug} viewer={tenant.viewer} />
      {!tenant.viewer.canEditPolicy ? (
        <p className="notice notice-info">
          Your role ({tenant.viewer.role.toLowerCase()}) can read this client&apos;s policy data but not change it.
        </p>
      ) : null}
      <div className="editor-layout">
        <nav aria-label="Policy data sections" className="editor-nav">
          <ul>
            {SECTION_KINDS.map((k) => {
              const count = sectionCount(data, k);
              const problems = sectionProblems(data, k);
              const errors = problems.filter((p) => p.severity === 'ERROR').length;
              return (
                <li key={k}>
                  <NavLink to={`${base}/${EDITOR_SECTIONS[k].path}`}>
                    <span>{EDITOR_SECTIONS[k].label}</span>
                    <span className="editor-nav-meta">
                      {count !== null ? <span className="count">{count}</span> : null}
                      {errors ? (
                        <span className="count count-danger" title={`${errors} to fix`}>
                          {errors}
                          <span className="visually-hidden"> to fix</span>
                        </span>
                      ) : null}
                    </span>
                  </NavLink>
                </li>
              );
            })}
          </ul>
          <p className="editor-nav-extra small">
            <Link to={translationsPath(tenant.slug)}>Translate these texts</Link>
          </p>
        </nav>
        <div className="editor-content">
          <Outlet context={context} />
        </div>
      </div>
    </>
  );
}
